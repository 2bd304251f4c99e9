"""Search filters and facets: organisation (publisher or implementing partner), donor (projects
it funds and news about them), municipality and year; counts of the current results, labels in
the reader's language, bad values ignored; the same filters on OpenSearch."""

from datetime import date, datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from home.site_setup import ensure_translation
from search_page.query import search_pages

from .. import factories
from ..conftest import make_site, shared_by_module

QUERY = "ტრენინგი"


@pytest.fixture(scope="module")
def shared_content(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        site = make_site()
        ka, az = site.locales["ka"], site.locales["az"]
        zugdidi = factories.municipality(ka, "zugdidi", "ზუგდიდი")
        az_zugdidi = zugdidi.copy_for_translation(az)
        az_zugdidi.name = "Zuqdidi"
        az_zugdidi.save()
        kutaisi = factories.municipality(ka, "kutaisi", "ქუთაისი")
        wic = factories.organisation(site.members["ka"], "wic", "ქალთა ცენტრი", "WIC")
        ensure_translation(wic, az, title="Qadın Mərkəzi")
        sukhumi = factories.organisation(site.members["ka"], "sukhumi", "ფონდი სოხუმი", "")
        eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
        ensure_translation(eu, az, title="Avropa İttifaqı")
        project = factories.project(
            wic,
            "training-project",
            "ტრენინგი ახალგაზრდებისთვის",
            start=date(2021, 3, 1),
            donors=[(eu, "1000", "EUR")],
            municipalities=[zugdidi],
            partners=[sukhumi],
        )
        pages = {
            "project": project,
            "news": factories.news(
                wic,
                "kutaisi-training",
                "ტრენინგი ქუთაისში",
                on=date(2024, 5, 1),
                municipalities=[kutaisi],
                projects=[project],
            ),
            "event": factories.event(
                sukhumi,
                "zugdidi-training",
                "ტრენინგი ზუგდიდში",
                start=timezone.make_aware(datetime(2024, 1, 1, 0, 30)),
                municipality=zugdidi,
            ),
            "coalition": factories.news(site.news["ka"], "results", "ტრენინგების შედეგები", on=date(2024, 2, 1)),
            "other": factories.news(wic, "meeting", "შეხვედრა", on=date(2024, 3, 1)),
        }
        yield pages


@pytest.fixture
def content(shared_content, db):
    return shared_content


def titles(response):
    return {page.title for page in response.context["page_obj"].object_list}


def facet(response, name):
    found = [f for f in response.context["facets"] if f["name"] == name]
    return {value["label"]: value["count"] for value in found[0]["values"]} if found else {}


def test_facets_count_the_current_results(client, content):
    response = client.get("/ka/search/", {"q": QUERY})
    assert len(titles(response)) == 4
    # The organisation publishes (project, news) or implements as a partner (project).
    assert facet(response, "organisation") == {"ქალთა ცენტრი": 2, "ფონდი სოხუმი": 2}
    # The donor funds the project; the news item is about that project.
    assert facet(response, "donor") == {"ევროკავშირი": 2}
    assert facet(response, "municipality") == {"ზუგდიდი": 2, "ქუთაისი": 1}
    # News by date, events by their start day in Tbilisi (2023 in UTC), projects by their start.
    assert facet(response, "year") == {"2024": 3, "2021": 1}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"organisation": "wic"}, {"project", "news"}),
        ({"organisation": "sukhumi"}, {"project", "event"}),
        ({"donor": "eu"}, {"project", "news"}),
        ({"municipality": "zugdidi"}, {"project", "event"}),
        ({"municipality": "kutaisi"}, {"news"}),
        ({"year": "2024"}, {"news", "coalition", "event"}),
        ({"year": "2023"}, set()),
        ({"organisation": "sukhumi", "year": "2024"}, {"event"}),
        ({"organisation": "wic", "type": "news"}, {"news"}),
        ({"donor": "eu", "municipality": "kutaisi"}, {"news"}),
    ],
)
def test_filters_narrow_the_results(client, content, params, expected):
    response = client.get("/ka/search/", {"q": QUERY, **params})
    assert response.status_code == 200
    assert titles(response) == {content[key].title for key in expected}
    # Every value of a facet now counts within the narrowed results.
    for name in ("organisation", "donor", "municipality", "year"):
        assert all(count <= len(expected) for count in facet(response, name).values())


def test_selected_filter_is_shown_and_removable(client, content):
    response = client.get("/ka/search/", {"q": QUERY, "municipality": "zugdidi", "page": "1"})
    [active] = response.context["active_filters"]
    assert active["value_label"] == "ზუგდიდი"
    assert "municipality" not in active["remove_url"] and "q=" in active["remove_url"]
    html = response.content.decode()
    assert 'type="hidden" name="municipality" value="zugdidi"' in html
    assert [v["selected"] for f in response.context["facets"] if f["name"] == "municipality" for v in f["values"]] == [
        True
    ]
    # The facet links keep the query and the other filters, and go back to page one.
    url = next(v["url"] for f in response.context["facets"] if f["name"] == "year" for v in f["values"])
    assert "municipality=zugdidi" in url and "page=" not in url


def test_facets_are_labelled_in_the_readers_language(client, content):
    response = client.get("/az/search/", {"q": QUERY, "all_languages": "on"})
    assert len(titles(response)) == 4
    assert facet(response, "municipality") == {"Zuqdidi": 2, "ქუთაისი": 1}  # no Azerbaijani Kutaisi
    assert facet(response, "donor") == {"Avropa İttifaqı": 2}
    assert facet(response, "organisation") == {"Qadın Mərkəzi": 2, "ფონდი სოხუმი": 2}
    # The Azerbaijani version's slug filters the Georgian pages too.
    narrowed = client.get("/az/search/", {"q": QUERY, "all_languages": "on", "organisation": "wic"})
    assert titles(narrowed) == {content["project"].title, content["news"].title}
    assert narrowed.context["active_filters"][0]["value_label"] == "Qadın Mərkəzi"


@pytest.mark.parametrize(
    "params",
    [
        {"organisation": "abc"},
        {"year": "99999"},
        {"municipality": "-1"},
        {"donor": "<script>"},
        {"year": "abc"},
        {"year": "-2024"},
        {"year": "2024.5"},
        {"organisation": "x" * 10_000},
        {"municipality": "\x00"},
        {"donor": "😀"},
        {"organisation": ["wic", "sukhumi"]},
        {"type": "nothing", "year": "", "organisation": ""},
    ],
)
def test_bad_filter_values_are_ignored(client, content, params):
    response = client.get("/ka/search/", {"q": QUERY, **params})
    assert response.status_code == 200
    if isinstance(params.get("organisation"), list):  # the last value wins, as Django reads it
        assert titles(response) == {content["project"].title, content["event"].title}
    else:
        assert len(titles(response)) == 4
        assert response.context["active_filters"] == []


def test_unpublished_organisation_is_no_filter(client, content):
    from partners.models import PartnerOrganisationPage

    for version in PartnerOrganisationPage.objects.filter(slug="wic"):
        version.unpublish()
    response = client.get("/ka/search/", {"q": QUERY, "organisation": "wic"})
    assert len(titles(response)) == 4 and "ქალთა ცენტრი" not in facet(response, "organisation")


def test_search_pages_keeps_its_signature_and_takes_filters(content):
    from partners.models import Municipality

    locale = content["news"].locale
    assert len(list(search_pages(QUERY, locale))) == 4
    zugdidi = Municipality.objects.get(slug="zugdidi", locale=locale)
    found = search_pages(QUERY, locale, filters={"municipality": zugdidi, "year": 2021})
    assert [page.title for page in found] == [content["project"].title]


def test_facets_take_a_fixed_number_of_queries(content, django_assert_num_queries):
    # Counting runs in the database: as many queries for four results as for one.
    from search_page.facets import facets

    # organisations (theirs, then one count each), donors and municipalities (the counts over
    # every page type in one statement, then labels), years (1)
    queries = 7
    locale = content["news"].locale
    with django_assert_num_queries(queries):
        assert facets([page.pk for page in content.values()], locale)["year"]
    with django_assert_num_queries(queries):
        assert facets([content["news"].pk], locale)["year"]


def test_filters_run_on_opensearch_too(content):
    osmem_server = pytest.importorskip("osmem_server")
    from partners.models import Municipality, PartnerOrganisationPage

    locale = content["news"].locale
    filters = {
        "organisation": PartnerOrganisationPage.objects.get(slug="sukhumi"),
        "municipality": Municipality.objects.get(slug="zugdidi", locale=locale),
    }
    on_database = {page.pk for page in search_pages(QUERY, locale, filters=filters)}
    with osmem_server.OsmemServer.start() as server:
        opensearch = {
            "default": {"BACKEND": "search.backends.opensearch", "URLS": [server.url], "INDEX": "coalition-facets-test"}
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=opensearch):
            call_command("update_index", stdout=StringIO(), stderr=StringIO())
            on_opensearch = {page.pk for page in search_pages(QUERY, locale, filters=filters)}
            by_year = {page.pk for page in search_pages(QUERY, locale, filters={"year": 2024})}
    assert on_database == on_opensearch == {content["project"].pk, content["event"].pk}
    assert by_year == {content["news"].pk, content["coalition"].pk, content["event"].pk}
