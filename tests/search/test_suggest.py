"""Suggestions as one types (/<lang>/search/suggest/?q=): pages of the current language, the last
word completed from the analysed tokens of titles and summaries, so Georgian and Azerbaijani word forms and Latin
typing reach the right titles; any input is a 200 with a (possibly empty) list."""

from datetime import date

import pytest

from .. import factories
from ..conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def shared_pages(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        site = make_site()
        ka, az = site.news["ka"], site.news["az"]
        pages = {
            "zugdidi": factories.news(ka, "zugdidi", "კონფერენცია ზუგდიდში", on=date(2024, 9, 1)),
            "kutaisi": factories.news(ka, "kutaisi", "ქუთაისის ფესტივალი", lead="ზუგდიდელი მონაწილეები"),
            "women": factories.news(az, "qadin", "Qadın sahibkarları üçün təlimlər"),
            "groups": factories.news(az, "icma", "İcma qrupları Zaqatalada"),
            "sahil": factories.news(az, "sahil", "Sahil təmizliyi"),
        }
        pages["org"] = factories.organisation(site.members["ka"], "sukhumi", "ფონდი სოხუმი", "")
        yield pages


@pytest.fixture
def pages(shared_pages, db):
    return shared_pages


def suggest(client, language, query):
    response = client.get(f"/{language}/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


@pytest.mark.parametrize(
    "language, query, expected",
    [
        ("ka", "ზუგდიდ", "zugdidi"),  # the stem of ზუგდიდში, typed halfway
        ("ka", "კონფერენცია ზუგ", "zugdidi"),
        ("ka", "zugdid", "zugdidi"),  # Latin typing of Georgian
        ("ka", "ᲙᲝᲜᲤᲔᲠ", "zugdidi"),  # Mtavruli capitals, unfinished
        ("ka", "ქუთაის", "kutaisi"),
        ("ka", "სოხ", "org"),
        ("ka", "მონაწ", "kutaisi"),  # a word of the lead, not of the title
        ("az", "qadin sah", "women"),  # no diacritics, last word unfinished
        ("az", "QADIN SAHIBKARLARI ", "women"),
        ("az", "icma qrup", "groups"),
        ("az", "zaqatala", "groups"),  # Zaqatalada
    ],
)
def test_partial_words_suggest_the_right_page(client, pages, language, query, expected):
    suggestions = suggest(client, language, query)
    page = pages[expected]
    assert suggestions[0] == {
        "title": page.title,
        "url": page.url,
        "type": page.specific_class._meta.model_name,
        "type_label": str(page.specific_class._meta.verbose_name),
    }


def test_the_last_word_is_completed_not_guessed(client, pages):
    # "sah" begins both sahibkarları and Sahil; "qadin" rules out Sahil.
    assert {s["title"] for s in suggest(client, "az", "sah")} == {pages["women"].title, pages["sahil"].title}
    assert [s["title"] for s in suggest(client, "az", "qadin sah")] == [pages["women"].title]
    assert suggest(client, "az", "qadin sahx") == []


def test_suggestions_are_of_the_current_language_only(client, pages):
    assert suggest(client, "az", "ზუგდიდ") == []
    assert suggest(client, "en", "qadin sah") == []


def test_at_most_eight_suggestions(client, pages):
    parent = pages["zugdidi"].get_parent()
    for number in range(10):
        factories.news(parent, f"festival-{number}", f"ფესტივალი {number}")
    assert len(suggest(client, "ka", "ფესტ")) == 8


def test_new_pages_are_suggested_at_once(client, pages):
    assert suggest(client, "ka", "ბათუმ") == []
    factories.news(pages["zugdidi"].get_parent(), "batumi", "ბათუმის ფორუმი")
    assert [s["title"] for s in suggest(client, "ka", "ბათუმ")] == ["ბათუმის ფორუმი"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00",
        "a\x00",
        "x" * 10_000,
        "ზ" * 300,
        "😀",
        "😀🙈 ",
        "\" * : & | ! ( ) ' -",
        "%",
        "_",
        "'; DROP TABLE wagtailcore_page; --",
        "ზ",
        "OR",
        "AND NOT",
    ],
)
def test_bad_input_gives_an_empty_list(client, pages, query):
    assert suggest(client, "ka", query) == []


def test_suggestions_may_be_cached_briefly(client, pages):
    response = client.get("/ka/search/suggest/", {"q": "ზუგდიდ"})
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]


def test_search_inputs_are_wired_to_the_suggestions(client, pages):
    for url in ("/ka/", "/ka/search/?q=x"):
        html = client.get(url, follow=True).content.decode()
        assert 'data-suggest-url="/ka/search/suggest/"' in html
        assert 'search_page/js/autocomplete.js" defer></script>' in html
        assert "<script>" not in html and " style=" not in html
