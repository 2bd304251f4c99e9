"""The URLs the benchmark times, chosen from what the database holds: no page ids or slugs are
assumed, so the same choice works on the demo content and on any benchmark database."""

import math
import random
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit
from xml.etree import ElementTree

from django.db.models import Count
from django.urls import reverse
from django.utils import translation

from benchmarks.search.pages import SLUG_PREFIX
from benchmarks.search.texts import corpus, make_queries
from home.models import HomePage
from news.models import EventPage, NewsIndexPage, NewsPage
from partners.models import DonorPage, Municipality, PartnerOrganisationPage, ProjectIndexPage, ProjectPage

LANGUAGE = "ka"
# A word frequent in each language's demo and synthetic texts: a search with many matches.
SEARCH_WORDS = {"ka": "ქალთა", "az": "qadın"}
DEEP_PAGE = 1000
API_PAGES = "/api/v2/pages/"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@dataclass
class Target:
    """One URL to time; ``url`` is None when the database has no such page (``missing`` says why)."""

    name: str
    url: str | None
    search: bool = False  # the search budget rather than the page one
    missing: str = ""


def _path(page):
    """The page's URL path (the site's URLs may carry a host when there are several sites)."""
    return urlsplit(page.get_url()).path if page is not None else None


def _first(model, **filters):
    return model.objects.live().public().filter(locale__language_code=LANGUAGE, **filters).order_by("pk").first()


def _page_target(name, page, what):
    return Target(name, _path(page), missing="" if page is not None else f"no live public {what} in {LANGUAGE!r}")


def _with_query(path, **params):
    return f"{path}?{urlencode(params)}"


def _busiest_municipality():
    """The municipality of the language named by the most news items: the heaviest filter."""
    return (
        Municipality.objects.filter(locale__language_code=LANGUAGE)
        .annotate(news_items=Count("news"))
        .order_by("-news_items", "pk")
        .first()
    )


def _deepest_news_page(index):
    """DEEP_PAGE, or the news index's last page when it has fewer (as its own listing counts)."""
    pages = math.ceil(index.get_listing({}).count() / index.page_size)
    return max(1, min(DEEP_PAGE, pages))


def _reverse(name, language=LANGUAGE):
    with translation.override(language):
        return reverse(name)


def page_targets():
    """[Target] of every kind of public page, in the order they are timed."""
    search = _reverse("search")
    word = SEARCH_WORDS[LANGUAGE]
    place = _busiest_municipality()
    no_place = f"no municipality in {LANGUAGE!r}"
    news_index = _first(NewsIndexPage)
    news_path = _path(news_index)
    demo_news = (
        NewsPage.objects.live()
        .public()
        .filter(locale__language_code=LANGUAGE)
        .exclude(slug__startswith=SLUG_PREFIX)
        # One about projects when there is one: its page lists their other news too.
        .annotate(projects=Count("project_links"))
        .order_by("-projects", "pk")
        .first()
    )
    targets = [
        Target("search ka", _with_query(search, q=word), search=True),
        Target("search az", _with_query(_reverse("search", "az"), q=SEARCH_WORDS["az"]), search=True),
        Target(
            "search ka, a municipality",
            _with_query(search, q=word, municipality=place.slug) if place else None,
            search=True,
            missing=no_place,
        ),
        Target("search ka, page 2", _with_query(search, q=word, page=2), search=True),
        _page_target("home", _first(HomePage), "home page"),
        _page_target("news index", news_index, "news index"),
    ]
    if news_index is not None:
        deep = _deepest_news_page(news_index)
        targets += [
            Target(f"news index, page {deep}", _with_query(news_path, page=deep)),
            Target(
                "news index, a municipality",
                _with_query(news_path, municipality=place.slug) if place else None,
                missing=no_place,
            ),
        ]
    targets += [
        _page_target("news item (demo)", demo_news, "demo news item"),
        _page_target("news item (synthetic)", _first(NewsPage, slug__startswith=SLUG_PREFIX), "synthetic news item"),
        _page_target("event", _first(EventPage), "event"),
        _page_target("project index", _first(ProjectIndexPage), "project index"),
        _page_target("project", _first(ProjectPage), "project"),
        _page_target("donor", _first(DonorPage), "donor"),
        _page_target("organisation", _first(PartnerOrganisationPage), "organisation"),
        Target("suggestions", _with_query(_reverse("search_suggest"), q=word[:3])),
        Target("API search", _with_query(API_PAGES, search=word, locale=LANGUAGE)),
        Target("news feed", f"{news_path}feed/" if news_path else None, missing="no news index"),
        Target("sitemap", reverse("sitemap")),
    ]
    return targets


def sitemap_section_targets(client, index_url):
    """The sitemap index's first section and that section's last page, as the index lists them
    (``<loc>`` entries); none when the sitemap is not an index."""
    response = client.get(index_url)
    if response.status_code != 200:
        return [Target("sitemap section", None, missing=f"the sitemap answered {response.status_code}")]
    root = ElementTree.fromstring(response.content)
    locations = [loc.text.strip() for loc in root.findall("sm:sitemap/sm:loc", SITEMAP_NS) if loc.text]
    if not locations:
        return []  # a plain sitemap (a <urlset>): no sections
    paths = [_local(location) for location in locations]
    first = paths[0]
    section = urlsplit(first).path
    pages = [path for path in paths if urlsplit(path).path == section]
    targets = [Target("sitemap section", first)]
    if pages[-1] != first:
        targets.append(Target("sitemap section, last page", pages[-1]))
    return targets


def _local(location):
    """An absolute URL of the sitemap as a path and query for the test client."""
    parts = urlsplit(location)
    return quote(parts.path, safe="/%") + (f"?{parts.query}" if parts.query else "")


def load_paths(count):
    """(search page paths, API search paths), each through ``count`` different queries, Georgian
    and Azerbaijani in turn (the search benchmark's mix: words, phrases, Latin-typed Georgian,
    Mtavruli, Azerbaijani without diacritics …), so the load is not one query repeated."""
    generated = make_queries(corpus(), 3 * count, random.Random(1))
    by_language = {
        language: list(dict.fromkeys(query for lang, _kind, query in generated if lang == language))
        for language in SEARCH_WORDS
    }
    in_turn = [
        (language, query)
        for queries in zip(*by_language.values(), strict=False)  # as far as the shorter list goes
        for language, query in zip(by_language, queries, strict=True)
    ][:count]
    search = [_with_query(_reverse("search", language), q=query) for language, query in in_turn]
    api = [_with_query(API_PAGES, search=query, locale=language) for language, query in in_turn]
    return search, api
