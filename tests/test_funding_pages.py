"""What donors come for, on the pages: a project's funding and results, a donor's portfolio with
its breakdowns, and the figures' rules (never a sum across currencies; a combined figure only
with exchange rates, and with their date; amounts spread over years and places adding up)."""

from datetime import date
from decimal import Decimal

import pytest

from partners.models import ExchangeRate
from partners.models.portfolio import _split, yearly_shares

from . import factories


def test_an_amount_spread_over_years_adds_up_and_no_period_is_longer_than_a_year():
    shares = yearly_shares(Decimal("1000000.01"), date(2023, 3, 1), date(2025, 2, 28))
    assert [(first.isoformat(), last.isoformat()) for first, last, _ in shares] == [
        ("2023-03-01", "2023-12-31"),
        ("2024-01-01", "2024-12-31"),
        ("2025-01-01", "2025-02-28"),
    ]
    assert sum(part for _, _, part in shares) == Decimal("1000000.01")
    # In proportion to the days: 306, 366 and 59 of 731.
    assert shares[1][2] == (Decimal("1000000.01") * 366 / 731).quantize(Decimal("0.01"))
    # An open-ended project's amount falls in its first year.
    assert yearly_shares(Decimal(10), date(2024, 5, 1), None) == [(date(2024, 5, 1), date(2024, 12, 31), 10)]
    assert _split(Decimal("100"), [1, 1, 1]) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # the tests read the response's context


@pytest.fixture
def portfolio_site(site):
    ka = site.locales["ka"]
    imereti = factories.region(ka, "imereti", "იმერეთი")
    kakheti = factories.region(ka, "kakheti", "კახეთი")
    kutaisi = factories.municipality(ka, "kutaisi", "ქუთაისი", region=imereti)
    vani = factories.municipality(ka, "vani", "ვანი", region=imereti)
    telavi = factories.municipality(ka, "telavi", "თელავი", region=kakheti)
    wic = factories.organisation(site.members["ka"])
    cif = factories.organisation(site.members["ka"], slug="cif", title="სამოქალაქო ინტეგრაციის ფონდი", acronym="CIF")
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    sida = factories.donor(site.donors["ka"], "sida", "შვედეთის სააგენტო")
    a = factories.project(
        wic,
        "a",
        "პროექტი ა",
        start=date(2023, 1, 1),
        end=date(2024, 12, 31),
        donors=[(eu, "200000", "EUR"), (sida, "50000", "USD")],
        municipalities=[kutaisi, vani],
        results=[("სამოქმედო გეგმები", "8 მუნიციპალიტეტი", "6 მუნიციპალიტეტი", date(2024, 12, 31))],
        dac_sector="15150",
    )
    b = factories.project(
        cif,
        "b",
        "პროექტი ბ",
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        donors=[(eu, "300000", "GEL")],
        municipalities=[telavi],
    )
    c = factories.project(cif, "c", "პროექტი გ", start=date(2040, 1, 1), donors=[(eu, None, "EUR")])
    return locals()


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_the_project_page_shows_each_donor_the_totals_per_currency_and_the_results(client, portfolio_site):
    html = get(client, portfolio_site["a"].url).content.decode()
    assert "200 000 EUR" in html.replace("\xa0", " ") or "200,000 EUR" in html
    funding = get(client, portfolio_site["a"].url).context["funding"]
    assert funding["totals"] == [("EUR", Decimal("200000")), ("USD", Decimal("50000"))]
    # No exchange rates: no combined figure, and nothing anywhere adds EUR and USD.
    assert funding["combined"] is None
    assert "250" not in html
    # Results, and the places as links to the project index filtered by them.
    assert "სამოქმედო გეგმები" in html and "6 მუნიციპალიტეტი" in html
    assert "/ka/projects/?municipality=kutaisi" in html
    assert "15150" in html


def test_a_combined_figure_appears_only_with_exchange_rates_and_carries_their_date(client, portfolio_site):
    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    funding = get(client, portfolio_site["a"].url).context["funding"]
    assert funding["combined"] == Decimal("245000")  # 200 000 EUR + 50 000 USD × 0.9
    assert (funding["combined_currency"], funding["rates_date"]) == ("EUR", date(2026, 11, 30))
    # The donor EU has GEL too, with no rate: no combined figure there.
    portfolio = get(client, portfolio_site["eu"].url).context["portfolio"]
    assert portfolio.combined_total() is None
    ExchangeRate.objects.create(currency="GEL", rate=Decimal("0.33"), date=date(2026, 11, 1))
    portfolio = get(client, portfolio_site["eu"].url).context["portfolio"]
    assert portfolio.combined_total() == Decimal("299000")  # 200 000 + 300 000 × 0.33
    assert portfolio.rates_date == date(2026, 11, 1)  # the oldest rate used


def test_the_donor_portfolio_breaks_the_totals_down_by_year_place_and_member(client, portfolio_site):
    response = get(client, portfolio_site["eu"].url)
    portfolio = response.context["portfolio"]
    assert portfolio.totals() == [("EUR", Decimal("200000")), ("GEL", Decimal("300000"))]
    # Every breakdown adds up to the totals, currency by currency.
    for rows in (portfolio.by_year(), portfolio.by_region(), portfolio.by_municipality(), portfolio.by_member()):
        for currency, total in portfolio.totals():
            assert sum(row.amounts.get(currency, 0) for row in rows) == total
    by_year = {row.label: row.amounts for row in portfolio.by_year()}
    assert by_year["2023"] == {"EUR": Decimal("99863.20")}  # 365 of the 731 days
    assert by_year["2024"] == {"EUR": Decimal("100136.80"), "GEL": Decimal("300000")}
    by_municipality = {row.label: row.amounts for row in portfolio.by_municipality()}
    assert by_municipality["ქუთაისი"] == by_municipality["ვანი"] == {"EUR": Decimal("100000.00")}
    by_region = {row.label: row.amounts for row in portfolio.by_region()}
    assert by_region == {"იმერეთი": {"EUR": Decimal("200000.00")}, "კახეთი": {"GEL": Decimal("300000")}}
    by_member = {row.label: row.amounts for row in portfolio.by_member()}
    assert by_member["სამოქალაქო ინტეგრაციის ფონდი"] == {"GEL": Decimal("300000")}
    # Every project is listed, the one without a stated amount too.
    assert {p.slug for p in response.context["projects"]} == {"a", "b", "c"}
    # Each place and member in the tables leads to this donor's projects there.
    html = response.content.decode()
    for query in ("donor=eu&amp;region=imereti", "donor=eu&amp;municipality=telavi", "donor=eu&amp;organisation=cif"):
        assert f'href="/ka/projects/?{query}"' in html


def test_the_donor_portfolio_filters_and_orders_its_projects(client, portfolio_site):
    eu = portfolio_site["eu"].url
    response = get(client, f"{eu}?region=kakheti")
    assert [p.slug for p in response.context["projects"]] == ["b"]
    assert response.context["portfolio"].totals() == [("GEL", Decimal("300000"))]
    assert [p.slug for p in get(client, f"{eu}?status=planned").context["projects"]] == ["c"]
    assert [p.slug for p in get(client, f"{eu}?order=oldest").context["projects"]] == ["a", "b", "c"]
    assert [p.slug for p in get(client, f"{eu}?order=newest").context["projects"]] == ["c", "b", "a"]
    # By amount: within a currency (no rates), the unstated last.
    ExchangeRate.objects.create(currency="GEL", rate=Decimal("0.33"), date=date(2026, 11, 1))
    assert [p.slug for p in get(client, f"{eu}?order=largest").context["projects"]] == ["a", "b", "c"]
    assert [p.slug for p in get(client, f"{eu}?order=smallest").context["projects"]] == ["b", "a", "c"]
    # Nonsense narrows nothing and is no error.
    response = get(client, f"{eu}?order=%00&region=atlantis&status=x")
    assert len(response.context["projects"]) == 3
    # The export links carry the same filters.
    html = get(client, f"{eu}?region=kakheti").content.decode()
    assert "/ka/open-data/projects.csv?region=kakheti&amp;donor=eu" in html


def test_a_translated_project_shows_its_own_languages_results(client, site, portfolio_site):
    az = site.locales["az"]
    for page in (portfolio_site["wic"],):
        page.copy_for_translation(az).save_revision().publish()
    project = portfolio_site["a"].copy_for_translation(az)
    project.title = "Layihə A"
    project.save()
    result = project.results.get()
    result.indicator, result.target, result.achieved = "Fəaliyyət planları", "8 bələdiyyə", "6 bələdiyyə"
    result.save()
    project.save_revision().publish()
    html = get(client, project.url).content.decode()
    assert "Fəaliyyət planları" in html and "სამოქმედო" not in html
    assert result.translation_key == portfolio_site["a"].results.get().translation_key


def test_a_new_exchange_rate_shows_at_once_on_cached_pages(client, settings, portfolio_site):
    settings.PAGE_CACHE_SECONDS = 600
    url = portfolio_site["a"].url
    assert "at the exchange rates of" not in client.get(url).content.decode()
    assert client.get(url)["X-Cache"] == "hit"
    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    html = response.content.decode()
    assert "245" in html and ("at the exchange rates of" in html or "2026" in html)


def test_the_sector_is_named_in_the_readers_and_the_editors_language(client, site, portfolio_site):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    assert "დემოკრატიული მონაწილეობა" in get(client, portfolio_site["a"].url).content.decode()
    editor = get_user_model().objects.create_superuser("staff", "staff@example.org", "a-long-pass")
    client.force_login(editor)
    edit = f"/admin/pages/{portfolio_site['a'].pk}/edit/"
    for language, name in (("ka", "15150 დემოკრატიული მონაწილეობა"), ("en", "15150 Democratic participation")):
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = language
        profile.save()
        assert name in get(client, edit).content.decode(), language


def test_a_donor_with_many_projects_lists_them_page_by_page_with_the_totals_of_all(client, site, portfolio_site):
    from partners.models.donors import PROJECTS_PER_PAGE

    eu = portfolio_site["eu"]
    for i in range(PROJECTS_PER_PAGE):
        factories.project(
            portfolio_site["wic"], f"many-{i}", f"პროექტი {i}", start=date(2010, 1, 1), donors=[(eu, "1", "EUR")]
        )
    first = get(client, eu.url)
    assert len(first.context["projects"]) == PROJECTS_PER_PAGE
    assert first.context["portfolio"].totals() == [("EUR", Decimal("200025")), ("GEL", Decimal("300000"))]
    last = get(client, f"{eu.url}?page=2&order=oldest")
    assert [p.slug for p in last.context["projects"]] == ["a", "b", "c"]
    assert 'href="?page=1&amp;order=oldest" rel="prev"' in last.content.decode()
    assert get(client, f"{eu.url}?page=abc").context["page_obj"].number == 1
    assert get(client, f"{eu.url}?page=99999").context["page_obj"].number == 2
    assert "page=" not in get(client, f"{eu.url}?page=2").context["export_query"]
