"""The project list as open data: CSV and JSON exports in the reader's language, one row per
project–donor link, honouring the project index's filters; their totals are the pages' totals.
And the API's results field."""

import csv
import io
import json
from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opendata.exports import COLUMNS

from . import factories
from .test_funding_pages import portfolio_site  # noqa: F401  (a fixture)


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def read_csv(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="projects-')
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff"), "spreadsheets need the byte order mark to read UTF-8"
    reader = csv.DictReader(io.StringIO(body[1:]))
    assert reader.fieldnames == COLUMNS
    return list(reader)


def sums(rows):
    totals = defaultdict(Decimal)
    for row in rows:
        if row["amount"]:
            totals[row["currency"]] += Decimal(row["amount"])
    return sorted(totals.items())


def test_the_csv_has_a_row_per_project_donor_link_and_the_donor_pages_totals(client, portfolio_site):  # noqa: F811
    rows = read_csv(client, "/ka/open-data/projects.csv")
    assert sorted((r["project_title"], r["donor"], r["amount"], r["currency"]) for r in rows) == [
        ("პროექტი ა", "ევროკავშირი", "200000.00", "EUR"),
        ("პროექტი ა", "შვედეთის სააგენტო", "50000.00", "USD"),
        ("პროექტი ბ", "ევროკავშირი", "300000.00", "GEL"),
        ("პროექტი გ", "ევროკავშირი", "", ""),  # not stated: listed, counted nowhere
    ]
    a = next(r for r in rows if r["project_title"] == "პროექტი ა")
    assert (a["start_date"], a["end_date"], a["status"], a["dac_sector"]) == (
        "2023-01-01",
        "2024-12-31",
        "completed",
        "15150",
    )
    assert (a["municipalities"], a["regions"], a["countries"]) == ("ვანი; ქუთაისი", "იმერეთი", "GE")
    assert a["organisation"] == "ქალთა საინფორმაციო ცენტრი" and a["language"] == "ka"
    assert a["project_url"].startswith("http") and a["project_url"].endswith("/ka/members/wic/a/")

    eu_rows = read_csv(client, "/ka/open-data/projects.csv?donor=eu")
    donor_page = client.get(portfolio_site["eu"].url).context["portfolio"]
    assert sums(eu_rows) == donor_page.totals() == [("EUR", Decimal("200000")), ("GEL", Decimal("300000"))]


def test_the_json_export_states_its_filters_columns_and_totals(client, portfolio_site):  # noqa: F811
    response = client.get("/ka/open-data/projects.json?donor=eu&status=completed")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["language"] == "ka" and document["columns"] == COLUMNS
    assert document["filters"] == {"donor": "eu", "status": "completed"}
    assert {row["project_title"] for row in document["rows"]} == {"პროექტი ა", "პროექტი ბ"}
    assert document["totals"] == [
        {"currency": "EUR", "amount": "200000.00"},
        {"currency": "GEL", "amount": "300000.00"},
    ]
    assert "ევროკავშირი" in response.content.decode("utf-8"), "letters, not \\u escapes"


def test_exports_honour_the_filters_and_shrug_off_nonsense(client, portfolio_site):  # noqa: F811
    assert {r["project_title"] for r in read_csv(client, "/ka/open-data/projects.csv?region=kakheti")} == {"პროექტი ბ"}
    assert {r["project_title"] for r in read_csv(client, "/ka/open-data/projects.csv?organisation=cif")} == {
        "პროექტი ბ",
        "პროექტი გ",
    }
    rows = read_csv(client, "/ka/open-data/projects.csv?region=atlantis&donor=%00&status=" + "x" * 5000)
    assert len(rows) == 4
    # Another language lists that language's projects (none translated here): a header and no row.
    assert read_csv(client, "/en/open-data/projects.csv") == []
    assert json.loads(client.get("/az/open-data/projects.json").content)["rows"] == []


def test_an_export_asks_the_database_a_fixed_number_of_times(client, site):
    org = factories.organisation(site.members["ka"])
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    kutaisi = factories.municipality(site.locales["ka"])

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ka/open-data/projects.csv").status_code == 200
        return len(captured)

    factories.project(org, "p0", "პროექტი 0", donors=[(eu, "1", "EUR")], municipalities=[kutaisi], partners=[org])
    count()  # the site's root paths are cached from the first request on
    one = count()
    for i in range(1, 6):
        factories.project(org, f"p{i}", f"პროექტი {i}", donors=[(eu, "1", "EUR")], municipalities=[kutaisi])
    assert count() == one


def test_the_api_serves_results_and_sector(client, portfolio_site):  # noqa: F811
    response = client.get("/api/v2/pages/?type=partners.ProjectPage&fields=results,dac_sector&locale=ka")
    assert response.status_code == 200
    found = {item["meta"]["slug"]: item for item in response.json()["items"]}
    assert found["a"]["dac_sector"] == "15150"
    assert found["a"]["results"] == [
        {
            "indicator": "სამოქმედო გეგმები",
            "target": "8 მუნიციპალიტეტი",
            "achieved": "6 მუნიციპალიტეტი",
            "due_date": "2024-12-31",
        }
    ]
    assert found["b"]["results"] == []


@pytest.mark.parametrize(
    "url, form_field",
    [
        ("/admin/snippets/partners/exchangerate/add/", 'name="rate"'),
        ("/admin/settings/partners/opendatasettings/", 'name="reporting_organisation_identifier"'),
    ],
)
def test_only_coalition_staff_maintain_exchange_rates_and_open_data_settings(client, site, url, form_field):
    from .two_sections import build

    client.force_login(build(site).editor_a)
    response = client.get(url, follow=True)
    assert form_field not in response.content.decode()
    assert response.redirect_chain and response.redirect_chain[-1][0] == "/admin/"
    client.force_login(get_user_model().objects.create_superuser("staff", "staff@example.org", "a-long-pass"))
    response = client.get(url, follow=True)
    assert response.status_code == 200 and form_field in response.content.decode()


def test_the_rate_of_a_currency_must_be_positive_and_one_a_day(db):
    from django.db import IntegrityError, transaction

    from partners.models import ExchangeRate

    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    for rate, day in ((Decimal("0.8"), date(2026, 11, 30)), (Decimal("-1"), date(2026, 12, 1))):
        with pytest.raises(IntegrityError), transaction.atomic():
            ExchangeRate.objects.create(currency="USD", rate=rate, date=day)
