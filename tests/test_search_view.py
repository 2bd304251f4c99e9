"""The public search page: finds pages of the current language and survives bad input.
(Georgian and Azerbaijani word forms: tests/search/.)"""

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


@pytest.mark.parametrize("query", [
    "", "   ", "\x00", "a\x00b", "x" * 10_000, "😀🙈", "שלום עולם", "\" * : & | ! ( ) ' -",
    "'; DROP TABLE wagtailcore_page; --", "%", "_",
])
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
