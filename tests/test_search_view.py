"""The public search page: finds pages of the current language and survives bad input.
(Georgian and Azerbaijani word forms: tests/search/.)"""

import re

import pytest

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def shared_news(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        site = make_site()
        factories.news(site.news["az"], "az-news", "Zaqatala təlimləri", lead="Qadınlar üçün təlim")
        yield factories.news(site.news["ka"], "training", "Training in Zugdidi", lead="ტრენინგი ზუგდიდში")


@pytest.fixture
def news(shared_news, db):
    return shared_news


def test_search_finds_pages_of_the_current_language(client, news):
    response = client.get("/ka/search/", {"q": "Zugdidi"})
    assert response.status_code == 200
    assert [p.title for p in response.context["page_obj"].object_list] == ["Training in Zugdidi"]
    az = client.get("/az/search/", {"q": "Zugdidi"})
    assert list(az.context["page_obj"].object_list) == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00",
        "a\x00b",
        "x" * 10_000,
        "😀🙈",
        "שלום עולם",
        "\" * : & | ! ( ) ' -",
        "'; DROP TABLE wagtailcore_page; --",
        "%",
        "_",
    ],
)
def test_search_bad_input_is_a_normal_page(client, news, query):
    response = client.get("/ka/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200


@pytest.mark.parametrize("page", ["abc", "-1", "99999", "0", ""])
def test_search_bad_page_numbers(client, news, page):
    response = client.get("/ka/search/", {"q": "Zugdidi", "page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


def test_not_found_page_is_a_styled_404(client, news):
    response = client.get("/ka/no-such-page/")
    assert response.status_code == 404
    assert 'lang="ka"' in response.content.decode()


def test_search_page_without_a_query_has_no_facets_or_promotions(client, news):
    response = client.get("/ka/search/", {"organisation": "nobody", "year": "2024"})
    assert response.status_code == 200
    assert response.context["facets"] == [] and response.context["promoted_pages"] == []
    assert [f["name"] for f in response.context["active_filters"]] == ["year"]


def test_filters_that_exclude_everything_say_so(client, news):
    response = client.get("/ka/search/", {"q": "Zugdidi", "year": "1999"})
    assert list(response.context["page_obj"].object_list) == []
    html = response.content.decode()
    assert "empty-state" in html and 'href="?q=Zugdidi"' in html  # the filter can be removed


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Zugdidi", "organisation": "\x00", "donor": "x" * 10_000, "municipality": "-1", "year": "99999"},
        {"q": "\x00", "year": "2024", "type": "news", "all_languages": "maybe", "page": "-1"},
    ],
)
def test_search_bad_filters_are_a_normal_page(client, news, params):
    assert client.get("/ka/search/", params).status_code == 200


def test_facet_counts_are_kept_until_something_is_published(site, client, settings):
    """The same search's facets come from the cache (fewer queries: no counting), and a
    publication counts afresh."""
    from datetime import date

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0
    factories.news(site.news["ka"], "first", "ზუგდიდის შეხვედრა", on=date(2023, 3, 1))
    url = "/ka/search/?q=ზუგდიდი"

    def facet_values():
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url).content.decode()
        return html.count("search-facet__count"), len(captured.captured_queries)

    counted, counting_queries = facet_values()
    kept, kept_queries = facet_values()
    assert counted == kept >= 1 and kept_queries < counting_queries
    factories.news(site.news["ka"], "second", "ზუგდიდის ფორუმი", on=date(1999, 3, 1))
    assert facet_values()[0] == counted + 1  # a year no other page has, to narrow by


@pytest.mark.parametrize("code, description", [("ka", "ძიება სიახლეებში"), ("az", "Xəbərlər, tədbirlər")])
def test_search_results_are_kept_out_of_indexes_but_described(client, news, code, description):
    """noindex (search engines ask sites to keep internal search out of their index), links still
    followed, and a description in the page's language as every page has (make audit: SEO)."""
    html = client.get(f"/{code}/search/?q=x").content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert re.search(rf'<meta name="description" content="{description}[^"]+">', html)
