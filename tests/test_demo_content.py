"""The demo content: loads, renders everywhere, and a second run changes nothing."""

import re
from collections import defaultdict
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.demo import data
from news.models import EventPage, NewsPage
from partners.models import (
    DonorPage,
    ExchangeRate,
    Municipality,
    OpenDataSettings,
    PartnerOrganisationPage,
    ProjectDonor,
    ProjectPage,
    ProjectResult,
    Region,
)
from partners.models.funding import dac_sectors

GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")
AZERBAIJANI = re.compile("[əƏıİşŞçÇğĞöÖüÜ]")


@pytest.fixture
def demo(demo_content, db):
    """The demo content, loaded once per test process (conftest: demo_content)."""


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "regions": Region.objects.count(),
        "municipalities": Municipality.objects.count(),
        "images": get_image_model().objects.count(),
        "fundings": ProjectDonor.objects.count(),
        "results": ProjectResult.objects.count(),
        "exchange rates": ExchangeRate.objects.count(),
        "titles": sorted(Page.objects.values_list("locale__language_code", "url_path", "title")),
    }


def test_demo_content_loads_twice_without_changes(demo, capsys):
    before = snapshot()
    call_command("load_demo_content")
    assert "nothing changed" in capsys.readouterr().out
    assert snapshot() == before

    # (Same loaded database, to spare a second load.) Every page type in both languages:
    for model in (PartnerOrganisationPage, DonorPage, ProjectPage, NewsPage, EventPage):
        for code in ("ka", "az"):
            assert model.objects.live().filter(locale__language_code=code).exists(), (model, code)
    # Some content exists in one language only, as on a real coalition site.
    single = [p for p in NewsPage.objects.live() if len(p.get_translations(inclusive=True)) == 1]
    assert {p.locale.language_code for p in single} >= {"ka"}
    assert (
        NewsPage.objects.live()
        .filter(locale__language_code="az")
        .exclude(translation_key__in=NewsPage.objects.filter(locale__language_code="ka").values("translation_key"))
        .exists()
    )
    # The demo's images carry their content hash, as uploads do: uploading one again reuses it.
    assert not get_image_model().objects.filter(file_hash="").exists()
    # Translations share relations to same-language objects.
    for project in ProjectPage.objects.filter(locale__language_code="az"):
        assert all(m.locale_id == project.locale_id for m in project.municipalities.all())
        assert all(f.donor.locale_id == project.locale_id for f in project.fundings.all())


def test_every_demo_page_renders_and_donors_show_their_projects(demo, client):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert len(pages) > 60
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    for event in EventPage.objects.live():
        assert client.get(event.url + event.reverse_subpage("ics")).status_code == 200

    eu = DonorPage.objects.get(slug="european-union", locale__language_code="ka")
    cache.clear()  # the loop filled the page cache; a cached answer has no template context
    response = client.get(eu.url)
    expected = set(
        ProjectPage.objects.live().filter(locale=eu.locale, fundings__donor=eu).values_list("title", flat=True)
    )
    assert expected
    assert {p.title for p in response.context["projects"]} == expected
    # Every project–donor link states its amount, so a donor sees what its money went to.
    assert not ProjectDonor.objects.filter(amount__isnull=True).exists()
    stated = ProjectDonor.objects.filter(project__locale=eu.locale, donor=eu, project__live=True)
    total = sum(f.amount for f in stated)
    assert response.context["portfolio"].totals() == [("EUR", total)]
    # … which are those of home/demo/data.py (of the projects that exist in Georgian).
    in_data = [
        Decimal(f["amount"])
        for item in data.PROJECTS
        if "ka" in item["title"]
        for f in item["donors"]
        if f["donor"] == "european-union" and f["currency"] == "EUR"
    ]
    assert total == sum(in_data)


@pytest.mark.parametrize("turn", ["first", "second"])
def test_what_a_test_writes_into_the_shared_demo_content_is_gone_for_the_next(demo, turn):
    """The demo content is loaded once per test process and shared (conftest: demo_content);
    each test's transaction is rolled back, search index included."""
    from search_page.query import search_pages

    assert not Page.objects.filter(title__startswith="written by a test").exists()
    assert not search_pages("zyxwvutsrq", Page.objects.first().locale)
    news = NewsPage.objects.live().filter(locale__language_code="ka").first()
    news.title = f"written by a test zyxwvutsrq {turn}"
    news.save_revision().publish()
    Region.objects.all().delete()
    assert search_pages("zyxwvutsrq", news.locale)


def test_other_tests_do_not_see_the_demo_content(db):
    assert not PartnerOrganisationPage.objects.exists() and not Region.objects.exists()


def test_every_demo_project_states_its_money_results_and_sector(demo):
    projects = ProjectPage.objects.select_related("locale")
    assert {p.locale.language_code for p in projects} == {"ka", "az", "en"}
    result_keys = defaultdict(dict)  # project translation key → {language: result keys in order}
    for project in projects:
        code = project.locale.language_code
        fundings = list(project.fundings.all())
        assert fundings and all(f.amount for f in fundings), (code, project.slug)
        results = list(project.results.all())
        assert len(results) >= 2, (code, project.slug)
        for result in results:
            assert result.locale_id == project.locale_id
            assert result.indicator and result.target
            texts = f"{result.indicator} {result.target} {result.achieved}"
            if code == "ka":
                assert GEORGIAN.search(result.indicator) and GEORGIAN.search(result.target), texts
            else:
                assert not GEORGIAN.search(texts), texts
            if code == "az":
                assert AZERBAIJANI.search(result.indicator), texts
            if code == "en":
                assert not AZERBAIJANI.search(texts), texts
        # A result's versions share its translation key, as wagtail-localize's translations do.
        result_keys[project.translation_key][code] = [r.translation_key for r in results]
        assert project.dac_sector in dac_sectors(), (code, project.slug)
    for by_language in result_keys.values():
        assert len({tuple(keys) for keys in by_language.values()}) == 1, by_language

    # Several currencies, each with an (illustrative) rate to the combined currency.
    currencies = set(ProjectDonor.objects.values_list("currency", flat=True))
    assert currencies >= {"GEL", "EUR", "USD"}
    assert ProjectDonor.objects.filter(currency="GEL").count() >= 2
    open_data = OpenDataSettings.load()
    assert open_data.combined_currency == "EUR" and open_data.reporting_organisation_identifier
    for currency in currencies - {open_data.combined_currency}:
        assert ExchangeRate.objects.filter(currency=currency).exists(), currency


def test_demo_regions_know_their_country_and_organisations_their_identifiers(demo):
    countries = {r["slug"]: r["country"] for r in data.REGIONS}
    assert {s for s, country in countries.items() if country == "AZ"} == {
        "lankaran-astara",
        "quba-khachmaz",
        "shaki-zagatala",
    }
    # The demo's regions among every region of both countries (bootstrap_site loads them all).
    regions = Region.objects.filter(slug__in=countries)
    assert {r.slug for r in regions} == set(countries)
    for region in regions:
        assert region.country == countries[region.slug], region.slug

    # Synchronised across languages, as the admin keeps them.
    for model, items in ((DonorPage, data.DONORS), (PartnerOrganisationPage, data.ORGANISATIONS)):
        for item in items:
            identifiers = set(model.objects.filter(slug=item["slug"]).values_list("iati_identifier", flat=True))
            assert identifiers == {item.get("iati_identifier", "")}, item["slug"]
    assert DonorPage.objects.filter(slug="undp", iati_identifier="XM-DAC-41114").exists()
    types = dict(PartnerOrganisationPage.objects.values_list("slug", "iati_organisation_type"))
    assert types["heks-eper"] == types["people-in-need"] == "21" and types["wic"] == "22"
