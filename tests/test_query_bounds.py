"""Every public page takes a bounded number of SQL queries: as many when it shows 25 cards,
places, partners and donors as when it shows one (what templates show is fetched with the list,
never from inside a template loop), and no more than its budget here.

The content is built twice over in one module-wide transaction: first one of everything, then
25 (25 organisations, donors and places; one project funded, implemented and held in all of
them; 25 news items and events about it, each in every place). Each page's queries are counted
in both states, with the page cache off.
"""

from datetime import date, datetime, timedelta
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from news.models import EventPage, EventPageProject, NewsPage, NewsPageProject
from partners.models import ProjectDonor, ProjectPage

from . import factories
from .conftest import make_site, shared_by_module

MANY = 25
WORD = "მონიტორინგი"

# The most queries each page may take, as measured on PostgreSQL (SQLite takes as many, or
# fewer on the search page: no planner settings, one statement for the matches). Wagtail itself
# takes 7 of them on a routed page (the site, the locale, the home page, the route in two, the
# page's view restrictions in two). README, "Whole pages", says what the rest are.
BUDGETS = {
    "home": 18,  # the newest news: one query per news type on its date index, then one sort
    "news index": 20,
    "news index, filtered": 23,
    "news index, page 2": 20,
    "news item": 19,
    "event": 19,
    "event calendar file": 8,
    "project index": 17,
    "project index, filtered": 19,
    "project": 21,  # its results: one query
    "member directory": 11,
    "organisation": 20,
    "donor directory": 11,
    "donor": 25,  # its portfolio: amounts, projects, donors, places; the filters' regions, municipalities, members
    "search": 29,
    "search, all languages": 29,
    "search, filtered": 35,
    "search, page 2": 29,
    "suggestions": 10,
    "news feed": 14,
    "organisation feed": 11,
    "sitemap index": 10,
    "sitemap": 5,
    "API search": 19,
    "API listing": 14,  # with its places, topics and projects (core/api_fields.py), read for all at once
    "API projects": 14,  # with their results
}

URLS = {
    "home": "/ka/",
    "news index": "/ka/news/",
    "news index, filtered": "/ka/news/?municipality=place-0&organisation=org-0",
    "news index, page 2": "/ka/news/?page=2",
    "news item": "/ka/members/org-0/news-0/",
    "event": "/ka/members/org-0/event-0/",
    "event calendar file": "/ka/members/org-0/event-0/ics/",
    "project index": "/ka/projects/",
    "project index, filtered": "/ka/projects/?donor=donor-0&municipality=place-0",
    "project": "/ka/members/org-0/main-project/",
    "member directory": "/ka/members/",
    "organisation": "/ka/members/org-0/",
    "donor directory": "/ka/donors/",
    "donor": "/ka/donors/donor-0/",
    "search": f"/ka/search/?q={WORD}",
    "search, all languages": f"/ka/search/?q={WORD}&all_languages=on",
    "search, filtered": f"/ka/search/?q={WORD}&municipality=place-0&organisation=org-0",
    "search, page 2": f"/ka/search/?q={WORD}&page=2",
    "suggestions": "/ka/search/suggest/?q=მონიტ",
    "news feed": "/ka/news/feed/",
    "organisation feed": "/ka/members/org-0/feed/",
    "sitemap index": "/sitemap.xml",
    "sitemap": "/sitemap-ka.xml",
    "API search": f"/api/v2/pages/?search={WORD}&locale=ka",
    "API listing": "/api/v2/pages/?type=news.NewsPage&fields=*&limit=20",
    "API projects": "/api/v2/pages/?type=partners.ProjectPage&fields=*&limit=20",
}


def grow(site, start, stop):
    """Organisations, donors and places number ``start``…``stop - 1``, and as many news items
    and events; the main project gains them all as donors, partners and places."""
    ka = site.locales["ka"]
    numbers = range(start, stop)
    orgs = [factories.organisation(site.members["ka"], f"org-{n}", f"ორგანიზაცია {n}", f"O{n}") for n in numbers]
    donors = [factories.donor(site.donors["ka"], f"donor-{n}", f"დონორი {n}") for n in numbers]
    places = [factories.municipality(ka, f"place-{n}", f"ადგილი {n}") for n in numbers]
    main_org = orgs[0] if start == 0 else type(orgs[0]).objects.get(slug="org-0")
    if start == 0:
        project = factories.project(main_org, "main-project", f"{WORD} პროექტი")
    else:
        project = ProjectPage.objects.get(slug="main-project")
    for n, (org, donor, place) in enumerate(zip(orgs, donors, places, strict=True), start):
        project.fundings.add(ProjectDonor(donor=donor, amount=1000 + n, currency="EUR"))
        project.partner_organisations.add(org)
        project.municipalities.add(place)
        factories.project(org, f"project-{n}", f"{WORD} {n}", start=date(2020, 1, 1) + timedelta(days=n))
    factories.publish(project)
    all_places = list(type(places[0]).objects.filter(locale=ka, slug__startswith="place-"))
    for n in range(start, stop):
        news = NewsPage(
            title=f"{WORD} სიახლე {n}", slug=f"news-{n}", date=date(2024, 1, 1) + timedelta(days=n), locale=ka
        )
        news.project_links = [NewsPageProject(project=project)]
        news.municipalities.set(all_places)
        news.topics.set([factories.topic(ka, f"თემა {n}", f"topic-{n}")])
        factories.add_page(main_org, news)
        start_at = timezone.make_aware(datetime(2030, 1, 1, 10)) + timedelta(days=n)
        event = EventPage(
            title=f"{WORD} შეხვედრა {n}", slug=f"event-{n}", start=start_at, locale=ka, municipality=places[n - start]
        )
        event.project_links = [EventPageProject(project=project)]
        factories.add_page(main_org, event)


def count_queries(client, url):
    """The queries of a request after a first one (a running site's caches are warm: the
    locales, the sites' root paths, content types)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


@pytest.fixture(scope="module")
def counted(django_db_setup, django_db_blocker):
    """{page: its queries with one of everything}, then the content grown to MANY of everything."""
    with shared_by_module(django_db_blocker), override_settings(PAGE_CACHE_SECONDS=0):
        site = make_site()
        grow(site, 0, 1)
        client = Client()
        few = {name: count_queries(client, url) for name, url in URLS.items()}
        grow(site, 1, MANY)
        yield few


@pytest.mark.parametrize("name", list(URLS))
def test_queries_do_not_grow_with_what_the_page_shows(counted, name, db, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    many = count_queries(client, URLS[name])
    assert many <= counted[name], f"{name}: {counted[name]} queries with one item, {many} with {MANY}"
    assert many <= BUDGETS[name], f"{name}: {many} queries, budget {BUDGETS[name]}"


def test_the_sitemap_is_an_index_of_pages_of_urls(counted, db, client, settings, monkeypatch):
    """However many pages, no sitemap response lists more than its page size: the index names
    every page of every language's sitemap, and together they list every live page once."""
    from coalition.sitemaps import MultilingualSitemap

    settings.PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr(MultilingualSitemap, "limit", 20)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    sections = ["/" + loc.text.split("://", 1)[1].split("/", 1)[1] for loc in index.findall("s:sitemap/s:loc", ns)]
    assert "/sitemap-ka.xml?p=2" in sections
    listed = []
    for section in sections:
        client.get(section)  # warm, as count_queries() measures
        with CaptureQueriesContext(connection) as captured:
            urls = ElementTree.fromstring(client.get(section).content).findall("s:url/s:loc", ns)
        assert 0 < len(urls) <= 20 and len(captured.captured_queries) <= BUDGETS["sitemap"]
        listed += [url.text for url in urls]
    live = Page.objects.live().public().filter(depth__gt=1).count()
    assert len(listed) == len(set(listed)) == live
