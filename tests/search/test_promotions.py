"""Editors' promoted results (wagtail.contrib.search_promotions): pinned pages come first on the
search page for their (normalised) query, marked as recommended, in the reader's language, and
are not repeated among the ordinary results."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from home.site_setup import ensure_translation

from .. import factories
from ..conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def shared_pages(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        site = make_site()
        ka = site.news["ka"]
        pages = {
            # Twelve ordinary results: more than one page of ten.
            **{
                f"training-{n}": factories.news(ka, f"training-{n}", f"ტრენინგი {n}", on=date(2024, 1, n + 1))
                for n in range(12)
            },
            "guide": factories.news(ka, "guide", "მეგზური ტრენინგების შესახებ", on=date(2020, 1, 1)),
            "handbook": factories.news(ka, "handbook", "სახელმძღვანელო", on=date(2019, 1, 1)),
            "az-only": factories.news(site.news["az"], "az-only", "Təlim bələdçisi"),
        }
        pages["az-guide"] = ensure_translation(pages["guide"], site.locales["az"], title="Təlimlər haqqında bələdçi")
        pages["project"] = factories.project(factories.organisation(site.members["ka"]), "p", "ტრენინგის პროექტი")
        yield pages


@pytest.fixture
def pages(shared_pages, db):
    return shared_pages


def promote(query, *pages, description=""):
    query = Query.get(query)
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order, description=description)
    return query


def results(response):
    return [page.pk for page in response.context["page_obj"].object_list]


def promoted(response):
    return [page.pk for page in response.context["promoted_pages"]]


def test_promoted_page_comes_first_marked_and_once(client, pages):
    promote("ტრენინგი", pages["guide"], description="ყველაფერი ტრენინგებზე")
    response = client.get("/ka/search/", {"q": "ტრენინგი"})
    assert promoted(response) == [pages["guide"].pk]
    assert pages["guide"].pk not in results(response)
    html = response.content.decode()
    first_result = response.context["page_obj"].object_list[0]
    assert html.index(f'href="{pages["guide"].url}"') < html.index(f'href="{first_result.url}"')
    assert 'class="search-result__badge"' in html and "ყველაფერი ტრენინგებზე" in html
    assert response.context["result_count"] == 14  # 12 + the project + the promoted page
    # Not on the following pages, and never among them either.
    second = client.get("/ka/search/", {"q": "ტრენინგი", "page": 2})
    assert promoted(second) == [] and pages["guide"].pk not in results(second)
    assert len(results(response)) + len(results(second)) == 13


def test_a_page_that_does_not_match_the_words_can_be_promoted_in_order(client, pages):
    promote("ტრენინგი", pages["handbook"], pages["guide"])
    response = client.get("/ka/search/", {"q": "  ᲢᲠᲔᲜᲘᲜᲒᲘ "})  # normalised: spaces, capitals
    assert promoted(response) == [pages["handbook"].pk, pages["guide"].pk]


def test_promotions_follow_the_readers_language(client, pages):
    promote("ტრენინგი", pages["guide"], pages["handbook"])
    # /az/: the Azerbaijani translation of the promoted Georgian page; no translation, no promotion.
    az = client.get("/az/search/", {"q": "ტრენინგი"})
    assert promoted(az) == [pages["az-guide"].pk]
    # All languages: the promoted pages themselves.
    everywhere = client.get("/az/search/", {"q": "ტრენინგი", "all_languages": "on"})
    assert promoted(everywhere) == [pages["guide"].pk, pages["handbook"].pk]


def test_promotions_respect_type_and_filters_and_publication(client, pages):
    promote("ტრენინგი", pages["guide"])
    assert promoted(client.get("/ka/search/", {"q": "ტრენინგი", "type": "project"})) == []
    assert promoted(client.get("/ka/search/", {"q": "ტრენინგი", "year": "2024"})) == []
    assert promoted(client.get("/ka/search/", {"q": "ტრენინგი", "year": "2020"})) == [pages["guide"].pk]
    pages["guide"].unpublish()
    assert promoted(client.get("/ka/search/", {"q": "ტრენინგი"})) == []


def test_external_links_can_be_promoted(client, pages):
    query = Query.get("ტრენინგი")
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/trainings",
        external_link_text="Training calendar",
        sort_order=0,
    )
    response = client.get("/ka/search/", {"q": "ტრენინგი"})
    assert [link.external_link_url for link in response.context["promoted_links"]] == ["https://example.org/trainings"]
    assert 'href="https://example.org/trainings"' in response.content.decode()
    assert client.get("/ka/search/", {"q": "ტრენინგი", "type": "news"}).context["promoted_links"] == []


def test_editor_promotes_a_page_in_the_admin(client, pages):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsearchpromotions:add"),
        {
            "query_string": "Handbook",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": pages["handbook"].pk,
            "editors_picks-0-description": "",
        },
    )
    assert response.status_code == 302
    client.logout()
    response = client.get("/ka/search/", {"q": "handbook"})
    assert promoted(response) == [pages["handbook"].pk]
    assert "სახელმძღვანელო" in response.content.decode()


def test_searches_are_not_recorded(client, pages):
    # A public GET writes nothing: no Query rows for every string a bot tries, no hit counts.
    client.get("/ka/search/", {"q": "ტრენინგი"})
    client.get("/ka/search/", {"q": "anything at all"})
    assert Query.objects.count() == 0 and QueryDailyHits.objects.count() == 0


@pytest.mark.parametrize("query", ["", "\x00", "x" * 10_000, "😀", "%", "_"])
def test_bad_queries_find_no_promotions(client, pages, query):
    promote("ტრენინგი", pages["guide"])
    response = client.get("/ka/search/", {"q": query})
    assert response.status_code == 200 and response.context["promoted_pages"] == []
