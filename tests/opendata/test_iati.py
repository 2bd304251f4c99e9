"""/iati/activities.xml, the IATI activity file: valid by IATI's own schema, rulesets and
codelists (iati_checks.py, with IATI's reference data vendored beside it), and saying what the
database says: one activity per project in its source language, every language's texts, the
donors, the budgets adding up to the stated amounts per currency, places, status and sector."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree

from core.visibility import live_public
from home.site_setup import ensure_translation
from partners.models import OpenDataSettings, ProjectDonor, ProjectPage
from partners.models.portfolio import yearly_shares

from . import iati_checks, iati_content
from .iati_content import AZ_MEMBER_ID, COALITION_ID, EU_ID, SWEDEN_ID, WIC_ID

URL = "/iati/activities.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Warnings of standard.json this file need not meet, each with the reason. None so far: the
# checker applies even the rules IATI's validator skips for registered publishers (idCondition,
# iati_checks._result), and checks identifiers' prefixes against IATI's list of agencies.
EXCUSED_WARNINGS = {}


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def content(site):
    return iati_content.build(site)


def fetch(client):
    response = client.get(URL)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return etree.fromstring(response.content)


def assert_valid(document):
    """The schema, every error and (but for the excused) every warning of the rulesets, and the codelists."""
    assert iati_checks.schema_errors(document) == []
    failures = iati_checks.rule_failures(document)
    assert [str(f) for f in failures if f.severity == "error"] == []
    assert [str(f) for f in failures if f.severity != "error" and f.id not in EXCUSED_WARNINGS] == []
    assert iati_checks.codelist_errors(document) == []


def activity_of(document, project):
    found = document.xpath("iati-activity[contains(iati-identifier, $key)]", key=str(project.translation_key))
    assert len(found) == 1, project
    return found[0]


def narratives(element, path):
    return {n.get(XML_LANG): n.text for n in element.xpath(f"{path}/narrative")}


def test_the_file_passes_the_schema_the_rulesets_and_the_codelists(client, content):
    response = client.get(URL)
    assert response["Cache-Control"] == "max-age=300"
    assert response.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    document = etree.fromstring(response.content)
    assert document.get("version") == "2.03"
    assert_valid(document)


def test_one_activity_per_project_in_its_source_language(client, content):
    document = fetch(client)
    shown = [content.completed, content.ongoing, content.planned, content.azerbaijani]
    assert sorted(document.xpath("iati-activity/iati-identifier/text()")) == sorted(
        f"{COALITION_ID}-{project.translation_key}" for project in shown
    ), "one per translation key (not per language version); no draft, no private project"
    assert activity_of(document, content.completed).get(XML_LANG) == "ka"
    assert activity_of(document, content.azerbaijani).get(XML_LANG) == "az"
    for activity in document.xpath("iati-activity"):
        assert activity.xpath("reporting-org/@ref") == [COALITION_ID]
        assert narratives(activity, "reporting-org")["en"] == "Civil Society Coalition"


def test_every_language_version_gives_its_narratives(client, content):
    completed = activity_of(fetch(client), content.completed)
    assert narratives(completed, "title") == {
        "ka": "ადგილობრივი ბიუჯეტების მონიტორინგი",
        "az": "Yerli büdcələrin monitorinqi",
        "en": "Monitoring local budgets",
    }
    assert narratives(completed, "description[@type='1']")["en"] == "Women monitor local budgets."
    assert set(narratives(completed, "description[@type='2']")) == {"ka", "az"}, "no empty English goal"
    assert narratives(completed, "location[@ref='kutaisi']/name") == {
        "ka": "ქუთაისი",
        "az": "Kutaisi",
        "en": "Kutaisi (en)",
    }
    assert all(n.get(XML_LANG) for n in completed.iter("narrative"))
    # Each language version's page, as a link in its language, on the address the file was asked on.
    links = {link.get("url"): link.xpath("language/@code") for link in completed.xpath("document-link")}
    assert links == {
        f"http://testserver{page.url}": [page.locale.language_code]
        for page in content.completed.get_translations(inclusive=True)
    }


def test_descriptions_fall_back_and_text_is_cleaned(client, content):
    document = fetch(client)
    ongoing = activity_of(document, content.ongoing)
    # No summary: the goal is the description, and not repeated as the objectives.
    assert narratives(ongoing, "description[@type='1']") == {"ka": "სათემო ორგანიზაციების გაძლიერება."}
    assert ongoing.xpath("description[@type='2']") == []
    planned = activity_of(document, content.planned)
    assert narratives(planned, "title") == {"ka": "დაგეგმილი პროექტი"}, "no control character"


def test_donors_fund_and_members_and_partners_implement(client, content):
    completed = activity_of(fetch(client), content.completed)
    funders = [
        (o.get("ref"), o.get("type"), narratives(o, ".").get("ka"))
        for o in completed.xpath("participating-org[@role='1']")
    ]
    assert funders == [
        (EU_ID, "40", "ევროკავშირი"),
        (SWEDEN_ID, "10", "შვედეთის მთავრობა"),
        (None, "60", "ღია საზოგადოების ფონდი"),
    ]
    implementers = [(o.get("ref"), o.get("type")) for o in completed.xpath("participating-org[@role='4']")]
    assert implementers == [(WIC_ID, "22"), (None, "22")], "the publisher first and once, then the partner"
    assert narratives(completed, "participating-org[@ref='XI-IATI-EC_NEAR']")["en"] == "European Union"
    # A donor funding in two currencies and one without a stated amount: each named once.
    ongoing = activity_of(fetch(client), content.ongoing)
    assert ongoing.xpath("participating-org[@role='1']/@type") == ["40", "60"]


def stated_amounts(project):
    sums = defaultdict(Decimal)
    for funding in ProjectDonor.objects.filter(project=project, amount__isnull=False):
        sums[funding.currency] += funding.amount
    return dict(sums)


def budgets(activity):
    return [
        (
            b.find("period-start").get("iso-date"),
            b.find("period-end").get("iso-date"),
            b.find("value").get("currency"),
            Decimal(b.find("value").text),
        )
        for b in activity.xpath("budget")
    ]


def test_budgets_add_up_per_currency_to_the_stated_amounts(client, content):
    document = fetch(client)
    for project in (content.completed, content.ongoing, content.planned, content.azerbaijani):
        found = budgets(activity_of(document, project))
        totals = defaultdict(Decimal)
        for start, end, currency, value in found:
            totals[currency] += value
            assert start[:4] == end[:4], "a budget never spans two calendar years"
        assert dict(totals) == stated_amounts(project), project.title
        assert len({(start, currency) for start, _end, currency, _value in found}) == len(found), "no overlap"
        assert all(
            b.get("type") == "1" and b.get("status") == "2" for b in activity_of(document, project).xpath("budget")
        )

    # The completed project: each year's part of each donor, summed per currency (EU and the foundation in EUR).
    expected = defaultdict(Decimal)
    for amount, currency in (("200000", "EUR"), ("50000", "USD"), ("10000", "EUR")):
        for start, end, part in yearly_shares(Decimal(amount), date(2022, 3, 1), date(2024, 6, 30)):
            expected[(start.isoformat(), end.isoformat(), currency)] += part
    assert budgets(activity_of(document, content.completed)) == [
        (*key, value) for key, value in sorted(expected.items())
    ]
    assert activity_of(document, content.completed).get("default-currency") == "EUR"
    # An open-ended project's amounts fall in its first year (yearly_shares), GEL and EUR apart.
    assert budgets(activity_of(document, content.ongoing)) == [
        ("2024-01-01", "2024-12-31", "EUR", Decimal("5000")),
        ("2024-01-01", "2024-12-31", "GEL", Decimal("30000")),
    ]


def test_status_dates_sector_and_countries(client, content):
    document = fetch(client)

    def facts(project):
        activity = activity_of(document, project)
        return (
            activity.xpath("activity-status/@code")[0],
            [(d.get("type"), d.get("iso-date")) for d in activity.xpath("activity-date")],
            activity.xpath("sector[@vocabulary='1']/@code"),
            [(c.get("code"), c.get("percentage")) for c in activity.xpath("recipient-country")],
        )

    assert facts(content.completed) == (
        "3",
        [("2", "2022-03-01"), ("4", "2024-06-30")],
        ["15150"],
        [("AZ", "50"), ("GE", "50")],
    )
    start, end = content.planned.start_date.isoformat(), content.planned.end_date.isoformat()
    assert facts(content.planned) == ("1", [("1", start), ("3", end)], ["15170"], [("GE", None)])
    # Open-ended, no sector chosen, no place: "sectors not specified", the coalition's country.
    assert facts(content.ongoing) == ("2", [("2", "2024-01-01")], ["99810"], [("GE", None)])
    # No place either, but its publisher is registered in Azerbaijan.
    assert facts(content.azerbaijani)[3] == [("AZ", None)]


def test_results_are_qualitative_indicators_in_every_language(client, content):
    result = activity_of(fetch(client), content.completed).find("result")
    assert narratives(result, "title") == {
        "ka": "სამოქმედო გეგმები",
        "az": "Fəaliyyət planları",
        "en": "Action plans adopted",
    }
    indicator = result.find("indicator")
    assert indicator.get("measure") == "5" and narratives(indicator, "title") == narratives(result, "title")
    period = indicator.find("period")
    assert (period.find("period-start").get("iso-date"), period.find("period-end").get("iso-date")) == (
        "2022-03-01",
        "2024-06-30",
    )
    assert narratives(period, "target/comment")["en"] == "8 municipalities"
    assert narratives(period, "actual/comment")["az"] == "6 bələdiyyə"
    assert period.xpath("target/@value | actual/@value") == [], "qualitative: no value (rule 8.9.3)"


def test_members_with_an_identifier_can_report_their_own_projects(client, content):
    iati_content.configure(reporter=OpenDataSettings.Reporter.MEMBER)
    document = fetch(client)
    assert_valid(document)
    reporters = {
        project.slug: activity_of(document, project).xpath("reporting-org/@ref")[0]
        for project in (content.completed, content.ongoing, content.azerbaijani)
    }
    # CIF has no identifier: the coalition reports its project.
    assert reporters == {"monitoring": WIC_ID, "open-ended": COALITION_ID, "dialoq": AZ_MEMBER_ID}
    completed = activity_of(document, content.completed)
    assert completed.findtext("iati-identifier") == f"{WIC_ID}-{content.completed.translation_key}"
    assert narratives(completed, "reporting-org")["az"] == "Qadın İnformasiya Mərkəzi"


@pytest.mark.parametrize("identifier", ["", "   ", "GE NAPR 1", "GE-NAPR/1"])
def test_without_a_valid_coalition_identifier_the_answer_says_what_to_set(client, content, identifier):
    iati_content.configure(identifier=identifier)
    response = client.get(URL)
    assert response.status_code == 503
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Settings → Open data" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_without_projects_there_is_no_file_to_validate(client, site):
    iati_content.configure()
    response = client.get(URL)
    assert response.status_code == 404
    assert "no-cache" in response["Cache-Control"] and "public projects" in response.content.decode()
    assert client.post(URL).status_code == 405


def test_an_identifier_with_surrounding_spaces_is_trimmed(client, content):
    iati_content.configure(identifier=f"  {COALITION_ID}\n")
    assert fetch(client).xpath("iati-activity[1]/reporting-org/@ref") == [COALITION_ID]


def test_the_number_of_queries_does_not_grow_with_the_projects(client, content):
    def count():
        fetch(client)  # locales and site root paths read once per process first
        with CaptureQueriesContext(connection) as captured:
            fetch(client)
        return len(captured)

    few = count()
    for i in range(5):
        project = content.completed.copy(update_attrs={"slug": f"copy-{i}", "title": f"ასლი {i}"}, keep_live=True)
        ensure_translation(ProjectPage.objects.get(pk=project.pk), content.az, title=f"Surət {i}")
    many = count()
    assert len(fetch(client).xpath("iati-activity")) == 9
    # 12 on the 4 projects: the settings, the site and its home pages (the coalition's name), the
    # projects, their publishers (one per language of the source versions), donors, partners,
    # places, the organisations' and places' names in every language, the results.
    assert many == few <= 14


@pytest.mark.parametrize("reporter", OpenDataSettings.Reporter.values)
def test_the_whole_demo_content_makes_a_valid_file(client, demo_content, db, reporter):
    """Whatever the demo holds now (it grows: amounts, results, sectors, identifiers), with the
    coalition's identifier it sets (ours where it sets none)."""
    identifier = OpenDataSettings.load().reporting_organisation_identifier or COALITION_ID
    iati_content.configure(identifier=identifier, reporter=reporter)
    document = fetch(client)
    assert_valid(document)
    projects = live_public(ProjectPage.objects.filter(alias_of__isnull=True)).order_by("pk")
    sources = {}
    for project in projects:
        sources.setdefault(project.translation_key, project)
    assert len(document.xpath("iati-activity")) == len(sources) > 0
    for source in sources.values():
        activity = activity_of(document, source)
        totals = defaultdict(Decimal)
        for _start, _end, currency, value in budgets(activity):
            totals[currency] += value
        assert dict(totals) == stated_amounts(source), source.title
        assert activity.get(XML_LANG) == source.locale.language_code
