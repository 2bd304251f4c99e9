"""Wagtail's API v2 at /api/v2/ (coalition/api.py): ``?search=`` finds Georgian and Azerbaijani
word forms through the same analysis as the public search page, ``?locale=`` keeps one language,
only live public pages are listed, and bad input is a 400 with a message, never a 500. On the
demo content, loaded once for the module."""

import pytest
from wagtail.models import Locale, Page, PageViewRestriction

from news.models import NewsIndexPage, NewsPage
from search_page.query import search_pages

from ..factories import news
from .test_search_languages import QUERIES, relevant

PAGES = "/api/v2/pages/"


@pytest.fixture(scope="module")
def demo(demo_content):
    """The demo content, loaded once per test process (conftest: demo_content)."""


def listed(client, **params):
    """Every item the pages endpoint lists for ``params``, following its pages (20 at most each)."""
    items, offset = [], 0
    while True:
        response = client.get(PAGES, {**params, "offset": offset, "limit": 20})
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        offset += 20
        if offset >= body["meta"]["total_count"]:
            return items


@pytest.mark.django_db
@pytest.mark.parametrize("query, language, stems", QUERIES)
def test_search_finds_word_forms_in_one_language(demo, client, query, language, stems):
    items = listed(client, search=query, locale=language)
    found = [item["id"] for item in items]
    assert {item["meta"]["locale"] for item in items} == {language}
    expected = relevant(language, stems)
    assert expected and expected <= set(found)
    # The same backend and analysis as the public search page, in the same order.
    assert found == [page.pk for page in search_pages(query, Locale.objects.get(language_code=language))]


@pytest.mark.django_db
def test_search_without_a_locale_covers_every_language_and_or_widens(demo, client):
    everywhere = {item["meta"]["locale"] for item in listed(client, search="zugdidi")}
    assert {"ka", "en"} <= everywhere
    both = {item["id"] for item in listed(client, search="qadin sahibkarlari", locale="az")}
    either = {item["id"] for item in listed(client, search="qadin sahibkarlari", locale="az", search_operator="or")}
    assert both and both < either
    # The type filter combines with search.
    projects = listed(client, search="layihələri", locale="az", type="partners.ProjectPage")
    assert projects and {item["meta"]["type"] for item in projects} == {"partners.ProjectPage"}


@pytest.mark.django_db
def test_only_live_public_pages_are_found(demo, client):
    index = NewsIndexPage.objects.get(locale__language_code="ka")
    news(index, slug="kutaisi-public", title="ქუთაისში გახსნილი სივრცე")
    private = news(index, slug="kutaisi-private", title="ქუთაისში დახურული შეხვედრა")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-password"
    )
    draft = NewsPage(
        title="ქუთაისში დაგეგმილი ღონისძიება", slug="kutaisi-draft", date=private.date, locale=index.locale, live=False
    )
    index.add_child(instance=draft)
    draft.save_revision()
    # The search backend finds all three; the API lists only the live public one.
    indexed = {page.slug for page in Page.objects.search("ქუთაისში")}
    assert indexed >= {"kutaisi-public", "kutaisi-private", "kutaisi-draft"}
    slugs = {item["meta"]["slug"] for item in listed(client, search="ქუთაისში", locale="ka", fields="slug")}
    assert "kutaisi-public" in slugs
    assert not slugs & {"kutaisi-private", "kutaisi-draft"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, message",
    [
        ({"search": ""}, "search must not be empty"),
        ({"search": "   "}, "search must not be empty"),
        ({"search": "ქუთაისი\x00"}, "NUL"),
        ({"search": "ქუთაისი " * 2000}, "at most"),
        ({"search": "ქუთაისი", "search_operator": "bogus"}, "search_operator"),
        ({"search": "ქუთაისი", "offset": "abc"}, "offset"),
        ({"search": "ქუთაისი", "limit": "-1"}, "limit"),
        ({"search": "ქუთაისი", "locale": "xx"}, "locale"),
        ({"search": "ქუთაისი", "locale": "k\x00a"}, "locale"),
        ({"search": "ქუთაისი", "type": "news.Bogus"}, "type"),
        ({"search": "ქუთაისი", "bogus": "1"}, "bogus"),
    ],
)
def test_bad_input_is_a_400_with_a_message(demo, client, params, message):
    response = client.get(PAGES, params)
    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_images_and_documents_are_searchable_and_checked(demo, client, endpoint):
    assert client.get(f"/api/v2/{endpoint}/", {"search": "ქუთაისი"}).status_code == 200
    assert client.get(f"/api/v2/{endpoint}/", {"search": "x", "search_operator": "bogus"}).status_code == 400
    assert client.get(f"/api/v2/{endpoint}/", {"search": "\x00"}).status_code == 400


@pytest.mark.django_db
def test_punctuation_only_finds_nothing(demo, client):
    response = client.get(PAGES, {"search": "?!", "locale": "ka"})
    assert response.status_code == 200 and response.json()["items"] == []
