"""A search that finds nothing (or few) offers a way on: the same words in the other languages,
the search without each of its narrowings, tips; each count is the one the linked page shows."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search_page import empty

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def shared_content(django_db_setup, django_db_blocker):
    """Georgian: two trainings, one published by WIC in Zugdidi in 2024, one in 2023 by nobody;
    Azerbaijani: two pages about Qəbələ (found on no Georgian page), one about Zugdidi."""
    with shared_by_module(django_db_blocker):
        site = make_site()
        ka, az = site.locales["ka"], site.locales["az"]
        zugdidi = factories.municipality(ka, "zugdidi", "ზუგდიდი")
        factories.municipality(az, "zugdidi", "Zuqdidi")
        wic = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი")
        factories.news(
            wic, "zugdidi-training", "Training in Zugdidi", lead="ტრენინგი ზუგდიდში", municipalities=[zugdidi]
        )
        factories.news(site.news["ka"], "kutaisi-training", "ტრენინგი ქუთაისში", on=date(2023, 3, 1))
        factories.news(site.news["az"], "qebele-training", "Qəbələ təlimi")
        factories.news(site.news["az"], "qebele-forum", "Qəbələ forumu")
        factories.news(site.news["az"], "zugdidi-az", "Zugdidi təlimi")
        yield site


@pytest.fixture
def site(shared_content, db, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the tests read the context
    return shared_content


def search(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return response


def test_words_found_only_in_azerbaijani_link_there_with_the_count(site, client):
    response = search(client, "/ka/search/", q="Qəbələ", type="news")
    assert list(response.context["page_obj"].object_list) == []
    languages = response.context["ways_on"]["languages"]
    assert [(each["code"], each["counted"].count) for each in languages] == [("az", 2)]  # none in English
    url = languages[0]["url"]
    assert url.startswith("/az/search/?") and "type=news" in url
    html = response.content.decode()
    assert f'href="{url.replace("&", "&amp;")}" hreflang="az"' in html and "Azərbaycanca" in html

    there = search(client, url)
    assert there.context["result_count"] == 2
    assert sorted(p.title for p in there.context["page_obj"].object_list) == ["Qəbələ forumu", "Qəbələ təlimi"]


def test_the_count_is_what_the_other_page_shows_with_its_promotions(site, client):
    """Editors promoted an Azerbaijani page without the words: the Azerbaijani page shows it
    too, and so the Georgian page counts it."""
    other = factories.news(site.news["az"], "other", "Başqa xəbər")
    SearchPromotion.objects.create(query=Query.get("qəbələ"), page=other, sort_order=0)
    response = search(client, "/ka/search/", q="Qəbələ")
    (az,) = response.context["ways_on"]["languages"]
    there = search(client, az["url"])
    assert az["counted"].count == there.context["result_count"] == 3
    assert [p.title for p in there.context["promoted_pages"]] == ["Başqa xəbər"]


def test_a_search_that_finds_few_also_names_the_other_languages(site, client):
    response = search(client, "/ka/search/", q="Zugdidi")
    assert [p.title for p in response.context["page_obj"].object_list] == ["Training in Zugdidi"]
    assert [(each["code"], each["counted"].count) for each in response.context["ways_on"]["languages"]] == [("az", 1)]
    assert "search-help--few" in response.content.decode()


def test_a_search_that_finds_enough_or_all_languages_names_none(site, client):
    for n in range(empty.FEW_RESULTS + 1):
        factories.news(site.news["ka"], f"zugdidi-{n}", f"Zugdidi {n}")
    assert search(client, "/ka/search/", q="Zugdidi").context["ways_on"]["languages"] == []
    everywhere = search(client, "/ka/search/", q="Qəbələ", all_languages="on")
    assert everywhere.context["result_count"] == 2 and everywhere.context["ways_on"]["languages"] == []


def test_filters_that_exclude_everything_each_say_what_removing_them_finds(site, client):
    # WIC's training is of 2024, the 2023 one is not WIC's.
    response = search(client, "/ka/search/", q="ტრენინგი", organisation="wic", year="2023")
    assert response.context["result_count"] == 0
    ways_on = response.context["ways_on"]
    rows = {row["name"]: row for row in ways_on["without"]}
    assert {name: row["counted"].count for name, row in rows.items()} == {"organisation": 1, "year": 1}
    assert ways_on["without_all"]["counted"].count == 2
    html = response.content.decode().replace("&amp;", "&")
    for row in rows.values():  # each a link, named by its value
        assert re.search(f'<a href="{re.escape(row["url"])}">[^<]*{re.escape(row["value_label"])}', html)
    assert [row["value_label"] for row in rows.values()] == ["ქალთა საინფორმაციო ცენტრი", "2023"]

    without_year = search(client, "/ka/search/" + rows["year"]["url"])
    assert [p.title for p in without_year.context["page_obj"].object_list] == ["Training in Zugdidi"]
    assert (
        "year" not in without_year.wsgi_request.GET
        and without_year.context["active_filters"][0]["name"] == "organisation"
    )
    without_organisation = search(client, "/ka/search/" + rows["organisation"]["url"])
    assert [p.title for p in without_organisation.context["page_obj"].object_list] == ["ტრენინგი ქუთაისში"]
    assert search(client, "/ka/search/" + ways_on["without_all"]["url"]).context["result_count"] == 2


def test_a_type_is_a_narrowing_too_and_one_that_finds_nothing_is_no_link(site, client):
    response = search(client, "/ka/search/", q="ტრენინგი", type="event", year="2024")
    rows = response.context["ways_on"]["without"]
    assert [(row["name"], row["counted"].count) for row in rows] == [("type", 1), ("year", 0)]
    html = response.content.decode()
    assert f'<a href="{rows[0]["url"]}">' in html.replace("&amp;", "&")
    assert f'<a href="{rows[1]["url"]}">' not in html.replace("&amp;", "&")
    assert search(client, "/ka/search/" + rows[0]["url"]).context["result_count"] == 1


def test_words_found_nowhere_blame_no_filter_and_give_tips(site, client):
    response = search(client, "/ka/search/", q="xyzzy plugh", year="2024")
    ways_on = response.context["ways_on"]
    assert ways_on["without"] == [] and ways_on["without_all"] is None and ways_on["languages"] == []
    html = response.content.decode()
    assert "search-help-filters" not in html
    assert "search-help__tip-words" in html and "search-help__tip-latin" in html  # several words; Georgian


def test_tips_fit_the_language(site, client):
    ka = search(client, "/ka/search/", q="xyzzy").content.decode()
    az = search(client, "/az/search/", q="xyzzy").content.decode()
    assert "tip-marks" not in ka and "tip-latin" in ka and "tip-words" not in ka  # one word
    assert "tip-marks" in az and "tip-latin" not in az


def test_did_you_mean_offers_the_spelling_the_pages_use_and_its_link_finds_them(site, client):
    """The vocabulary of the language's live public pages (search.spelling) gives the spelling; the
    link searches it with the filters kept, and finds what the search page then shows."""
    response = search(client, "/ka/search/", q="ტრენინი", year="2023")
    assert response.context["result_count"] == 0
    spelling = response.context["ways_on"]["did_you_mean"]
    assert spelling["query"] == "ტრენინგი"
    assert f'href="{spelling["url"]}"' in response.content.decode().replace("&amp;", "&")
    there = search(client, "/ka/search/" + spelling["url"])
    assert [p.title for p in there.context["page_obj"].object_list] == ["ტრენინგი ქუთაისში"]  # the year kept

    response = search(client, "/az/search/", q="Qbələ forumu")  # one word of two misspelt
    spelling = response.context["ways_on"]["did_you_mean"]
    assert spelling["query"] == "Qəbələ forumu"
    there = search(client, "/az/search/" + spelling["url"])
    assert [p.title for p in there.context["page_obj"].object_list] == ["Qəbələ forumu"]
    assert there.context["ways_on"]["did_you_mean"] is None  # found: nothing to correct


def test_did_you_mean_offers_nothing_that_finds_nothing(site, client):
    # ტრენინგი is in no page of 2022: its link would show nothing.
    assert search(client, "/ka/search/", q="ტრენინი", year="2022").context["ways_on"]["did_you_mean"] is None
    assert search(client, "/ka/search/", q="xyzzy").context["ways_on"]["did_you_mean"] is None
    html = search(client, "/ka/search/", q="ტრენინგი", year="2022").content.decode()
    assert "search-help__spelling" not in html  # a known word, not corrected


def queries_of(client, url):
    client.get(url)  # warm, as a running site is (locales, content types)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


# Measured on PostgreSQL (17 on SQLite): the search page's 19 for a search that finds nothing,
# and 22 for its help: whether the words are promoted, a count in each other language, the ids
# of the search without narrowings, the organisation's sections, one count of them all, whether
# the words are in the spelling vocabulary; each search is 2 to 4 statements more there (planner
# settings in a savepoint, search.backends). A misspelt word adds the corrections tried, each
# counted (tests/test_spelling.py bounds them).
EMPTY_SEARCH_BUDGET = 41


def test_the_help_takes_a_bounded_number_of_queries(site, client, django_assert_max_num_queries):
    """The worst case: every narrowing (the type and three filters) and the other languages
    counted, however many pages they find."""
    url = "/ka/search/?q=Zugdidi&type=news&organisation=wic&municipality=zugdidi&year=2023"
    few = queries_of(client, url)
    for n in range(12):
        factories.news(site.news["az"], f"zugdidi-{n}", f"Zugdidi {n}", on=date(2020 + n % 5, 1, 1))
        factories.news(site.news["ka"], f"zugdidi-{n}", f"Zugdidi {n}", on=date(2020 + n % 5, 1, 1))
    assert queries_of(client, url) == few  # not one more for more pages found elsewhere
    with django_assert_max_num_queries(EMPTY_SEARCH_BUDGET):
        response = client.get(url)
    ways_on = response.context["ways_on"]
    assert [(each["code"], each["counted"].count) for each in ways_on["languages"]] == [("az", 13)]
    assert [row["name"] for row in ways_on["without"]] == ["type", "organisation", "municipality", "year"]
    assert ways_on["without_all"]["counted"].count == 13


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"q": ""}, ""),
        ({"q": "   \t "}, ""),
        ({"q": "\x00"}, ""),
        ({"q": "Qəbələ\x00xyzzy"}, "Qəbələ xyzzy"),
        ({"q": "x" * 2000}, "x" * 200),
        ({"q": "ab " * 700}, ("ab " * 67).strip()),
        ({"q": "xyzzy", "page": "abc"}, "xyzzy"),
        ({"q": "xyzzy", "page": "99999"}, "xyzzy"),
        ({"q": "Qəbələ", "page": "99999", "year": "1"}, "Qəbələ"),
        ({"q": "ტრენინგი", "organisation": "\x00", "year": "2023", "type": "nothing"}, "ტრენინგი"),
    ],
)
def test_bad_input_gives_a_clear_answer(site, client, params, shown):
    response = search(client, "/ka/search/", **params)
    assert response.context["search_query"] == shown
    html = response.content.decode()
    if shown:
        assert response.context["ways_on"] is not None
    else:
        assert response.context["ways_on"] is None and "empty-state" in html


def test_narrowings_count_promoted_pages_as_their_pages_show_them(site, client):
    """Editors promoted a WIC page of 2022 for the words: each search without a filter shows it
    when it passes the other filters, and so the counts include it."""
    wic = site.members["ka"].get_children().get(slug="wic")
    forum = factories.news(wic, "forum", "ქალთა ფორუმი", on=date(2022, 5, 1))
    SearchPromotion.objects.create(query=Query.get("ტრენინგი"), page=forum, sort_order=0)
    response = search(client, "/ka/search/", q="ტრენინგი", organisation="wic", year="2023")
    ways_on = response.context["ways_on"]
    rows = {row["name"]: row for row in ways_on["without"]}
    assert {name: row["counted"].count for name, row in rows.items()} == {"organisation": 1, "year": 2}
    assert ways_on["without_all"]["counted"].count == 3
    for url, count in [(rows["organisation"]["url"], 1), (rows["year"]["url"], 2), (ways_on["without_all"]["url"], 3)]:
        assert search(client, "/ka/search/" + url).context["result_count"] == count
