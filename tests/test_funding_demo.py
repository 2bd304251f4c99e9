"""On the demo site, in ka, az and en, as a donor would use it: every project page shows its
funding and results, every donor page its portfolio, the overview its chart and map, and the
exports downloaded from those pages add up to the pages' totals."""

import csv
import io
import json
import re
from collections import defaultdict
from decimal import Decimal

import pytest
from wagtail.models import Locale

from funding.models import FundingOverviewPage
from partners.models import DonorPage, ProjectPage
from partners.models.portfolio import Portfolio

LANGUAGES = ["ka", "az", "en"]


@pytest.fixture
def demo(demo_content, db, settings):
    settings.PAGE_CACHE_SECONDS = 0


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def csv_totals(client, url):
    body = client.get(url).content.decode("utf-8")
    totals = defaultdict(Decimal)
    for row in csv.DictReader(io.StringIO(body.removeprefix("\ufeff"))):
        if row["amount"]:
            totals[row["currency"]] += Decimal(row["amount"])
    return sorted(totals.items())


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_demo_project_shows_its_funding_and_results(client, demo, code):
    projects = ProjectPage.objects.live().filter(locale__language_code=code)
    assert projects.exists()
    for project in projects:
        html = text(client, project.url)
        assert 'id="funding-heading"' in html and 'id="results-heading"' in html, project.url
        for funding in project.fundings.all():
            assert f"{funding.amount:,.0f}".replace(",", "") in re.sub(r"[\s\xa0 ,]", "", html), project.url


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_donor_page_shows_its_portfolio_and_its_export_adds_up_to_it(client, demo, code):
    donors = DonorPage.objects.live().filter(locale__language_code=code)
    seen = 0
    for donor in donors:
        html = text(client, donor.url)
        portfolio = client.get(donor.url).context["portfolio"]
        if not portfolio.totals():
            continue
        seen += 1
        assert 'id="breakdown-heading"' in html and 'id="by-year-table"' in html and 'id="by-region-table"' in html
        assert csv_totals(client, f"/{code}/open-data/projects.csv?donor={donor.slug}") == portfolio.totals()
        document = json.loads(client.get(f"/{code}/open-data/projects.json?donor={donor.slug}").content)
        assert [(t["currency"], Decimal(t["amount"])) for t in document["totals"]] == portfolio.totals()
        assert f"/{code}/open-data/projects.csv?donor={donor.slug}" in html
    assert seen >= 3


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_overview_shows_chart_map_and_the_same_totals_as_the_export(client, demo, code):
    overview = FundingOverviewPage.objects.live().get(locale__language_code=code)
    html = text(client, overview.url)
    assert html.count("<svg") >= 3 and 'role="img"' in html and "<table" in html
    assert "<script" not in html.split("</header>", 1)[1].split("<footer", 1)[0]
    locale = Locale.objects.get(language_code=code)
    expected = Portfolio.of(ProjectPage.objects.live().public().filter(locale=locale), locale).totals()
    assert expected, "the demo states amounts in every language"
    assert csv_totals(client, f"/{code}/open-data/projects.csv") == expected
    for currency, total in expected:
        assert f"{total:,.0f}".replace(",", "") + currency in re.sub(r"[\s\xa0 ,]", "", html)
