"""A search of several words whose full matches do not fill the first page goes on with the pages
that have some of the words, under their own heading (search_page.query.partial_matches)."""

import re
from datetime import date

import pytest
from wagtail.models import PageViewRestriction

from search_page.query import PAGE_SIZE, first_page, partial_matches, search_pages

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def shared_content(django_db_setup, django_db_blocker):
    """Georgian news about waste: one says both "ნაგავი" and "გატანა", two only "ნაგავი", one only
    "გატანა"; one about waste is private, one is Azerbaijani."""
    with shared_by_module(django_db_blocker):
        site = make_site()
        news = site.news["ka"]
        factories.news(news, "schedule", "ნაგვის გატანის ახალი განრიგი ზესტაფონში", on=date(2024, 3, 1))
        factories.news(news, "sorting", "ნაგვის დახარისხება ოზურგეთში", lead="ნაგავი და ნაგვის ურნები")
        factories.news(news, "landfill", "ნაგავსაყრელის საჯარო განხილვა", lead="ნაგვის პრობლემა რუსთავში")
        factories.news(news, "export", "ღვინის გატანა ევროპაში")
        factories.news(news, "unrelated", "ახალგაზრდული ფორუმი ქუთაისში")
        private = factories.news(news, "private-waste", "ნაგვის შიდა შეხვედრა")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        factories.news(site.news["az"], "az-waste", "ნაგვის გატანა (az)")
        yield site


@pytest.fixture
def site(shared_content, db, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the tests read the context
    return shared_content


def slugs(pages):
    return [page.slug for page in pages]


def test_the_full_matches_come_first_then_those_with_some_of_the_words(site, client):
    response = client.get("/ka/search/", {"q": "ნაგვის გატანა"})
    assert slugs(response.context["page_obj"].object_list) == ["schedule"]
    partial = slugs(response.context["partial_matches"])
    assert set(partial) == {"sorting", "landfill", "export"}
    html = response.content.decode()
    assert "1 result for" in html or "1 შედეგი" in html
    section = html[html.index('class="search-partial"') :]
    assert "გატანის ახალი განრიგი" not in section
    # The partial results are marked like any result: the word they do have.
    assert re.search(r"<mark>ნაგვის</mark> დახარისხება", section)


def test_partial_matches_are_only_live_public_pages_of_the_language(site, client):
    partial = slugs(client.get("/ka/search/", {"q": "ნაგვის შეხვედრა"}).context["partial_matches"])
    assert "private-waste" not in partial and "az-waste" not in partial
    assert partial and set(partial) <= {"schedule", "sorting", "landfill"}


def test_when_no_page_has_every_word_the_partial_matches_answer(site, client):
    response = client.get("/ka/search/", {"q": "ნაგვის ურნები ბათუმში"})
    assert list(response.context["page_obj"].object_list) == []
    assert "sorting" in slugs(response.context["partial_matches"])
    html = response.content.decode()
    assert "search-partial" in html
    # Said as what it is, not as "nothing was found"; the help stays, without the tip to use fewer
    # words (the partial matches are what fewer words would find).
    assert response.context["ways_on"]["empty"]
    assert "search-help__lead" not in html and "search-help__tip-words" not in html
    assert "search-help__tip-spelling" in html


def test_one_word_is_not_relaxed(site, client):
    response = client.get("/ka/search/", {"q": "ბათუმში"})
    assert response.context["partial_matches"] == []
    html = response.content.decode()
    assert "search-partial" not in html and "search-help__lead" in html


def test_a_full_first_page_asks_for_no_partial_matches(site, client, django_assert_num_queries):
    for n in range(PAGE_SIZE):
        factories.news(site.news["ka"], f"schedule-{n}", f"ნაგვის გატანა {n}")
    full = list(search_pages("ნაგვის გატანა", site.locales["ka"])[:PAGE_SIZE])
    assert len(full) == PAGE_SIZE
    with django_assert_num_queries(0):
        assert partial_matches("ნაგვის გატანა", full, site.locales["ka"]) == []
    response = client.get("/ka/search/", {"q": "ნაგვის გატანა"})
    assert response.context["partial_matches"] == []


def test_the_first_page_is_the_full_matches_then_the_partial_ones(site):
    page = slugs(first_page("ნაგვის გატანა", site.locales["ka"]))
    assert page[0] == "schedule" and set(page[1:]) == {"sorting", "landfill", "export"}


def test_a_full_match_is_not_repeated_among_the_partial_ones(site, client):
    response = client.get("/ka/search/", {"q": "ნაგვის გატანა", "page": "2"})
    assert response.context["page_obj"].number == 1  # one page only: Django's paginator gives the last
    assert "schedule" not in slugs(response.context["partial_matches"])


@pytest.mark.parametrize(
    "query", ["ნაგვის \x00 გატანა", "ნაგვის " + "ა" * 300, '"ნაგვის გატანა" ურნები', "ნაგვის -გატანა"]
)
def test_odd_queries_of_several_words_are_normal_pages(site, client, query):
    assert client.get("/ka/search/", {"q": query}).status_code == 200


def test_partial_matches_cost_a_bounded_number_of_queries(site, client, django_assert_max_num_queries):
    """The search page of a short first page: one search more than without (the partial matches)
    and their specific pages; never a query per result."""
    client.get("/ka/search/", {"q": "ნაგვის გატანა"})  # caches warm
    # Measured: 39 on PostgreSQL, where each search is 2 to 4 statements more (planner settings in a
    # savepoint, search.backends); fewer on SQLite.
    with django_assert_max_num_queries(45) as captured:
        client.get("/ka/search/", {"q": "ნაგვის გატანა"})
    few = len(captured.captured_queries)
    for n in range(4):
        factories.news(site.news["ka"], f"more-waste-{n}", f"ნაგვის ურნები {n}")
    client.get("/ka/search/", {"q": "ნაგვის გატანა"})
    with django_assert_max_num_queries(few) as captured:
        response = client.get("/ka/search/", {"q": "ნაგვის გატანა"})
    assert len(response.context["partial_matches"]) == 3 + 4
