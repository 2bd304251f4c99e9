"""The funding overview (funding/): the coalition's stated amounts per currency in every language,
by year (a chart per currency), region (a tile map), donor and member; never a sum across
currencies, a combined figure only with exchange rates and with their date; the charts' labels
equal the tables' figures; well-formed SVG with nothing the public CSP forbids; an empty site
says so; a bounded number of queries."""

import re
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from funding.models import FundingOverviewPage
from funding.tile_map import LAYOUT, bounds_for, fit, legend_for, shade_of
from home.site_setup import ensure_translation
from partners.models import ExchangeRate

from .. import factories

SVG = "{http://www.w3.org/2000/svg}"
URL = "/{}/funding/"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # the tests read the response's context and count queries


def overview_pages(site):
    """The overview under each language's home page (bootstrap_site creates them)."""
    return site.funding


def translate(page, code, site, **fields):
    return ensure_translation(page, site.locales[code], **fields)


def translated_region(region, code, site, name):
    copy = region.copy_for_translation(site.locales[code])
    copy.name = name
    copy.save()
    return copy


@pytest.fixture
def funded(site):
    """Two donors, two members, three regions (one of them in Azerbaijan) and four projects:
    EUR and USD amounts (one project states none), in Georgian, translated into az and en."""
    ka = site.locales["ka"]
    imereti = factories.region(ka, "imereti", "იმერეთი")
    kakheti = factories.region(ka, "kakheti", "კახეთი")
    lankaran_astara = factories.region(ka, "lankaran-astara", "ლენქორან-ასტარა")
    kutaisi = factories.municipality(ka, "kutaisi", "ქუთაისი", region=imereti)
    vani = factories.municipality(ka, "vani", "ვანი", region=imereti)
    telavi = factories.municipality(ka, "telavi", "თელავი", region=kakheti)
    lankaran = factories.municipality(ka, "lankaran", "ლენქორანი", region=lankaran_astara)
    wic = factories.organisation(site.members["ka"])
    cif = factories.organisation(site.members["ka"], "cif", "სამოქალაქო ინტეგრაციის ფონდი", "CIF")
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    sida = factories.donor(site.donors["ka"], "sida", "შვედეთის სააგენტო")
    projects = [
        factories.project(
            wic,
            "a",
            "პროექტი ა",
            start=date(2023, 1, 1),
            end=date(2024, 12, 31),
            donors=[(eu, "200000", "EUR"), (sida, "50000", "USD")],
            municipalities=[kutaisi, vani],
        ),
        factories.project(
            cif,
            "b",
            "პროექტი ბ",
            start=date(2024, 1, 1),
            end=date(2024, 12, 31),
            donors=[(sida, "120000", "USD")],
            municipalities=[telavi],
        ),
        factories.project(
            cif,
            "c",
            "პროექტი გ",
            start=date(2025, 1, 1),
            end=date(2025, 12, 31),
            donors=[(eu, "80000", "EUR")],
            municipalities=[lankaran],
        ),
        factories.project(wic, "d", "პროექტი დ", start=date(2025, 3, 1), donors=[(eu, None, "EUR")]),
    ]
    # The az and en versions keep the Georgian places and donors (as wagtail-localize's
    # synchronised fields do); the donors and Imereti exist in az only.
    for code in ("az", "en"):
        for org in (wic, cif):
            translate(org, code, site)
        for project in projects:
            translate(project, code, site)
    for donor in (eu, sida):
        translate(donor, "az", site, title={"eu": "Avropa İttifaqı", "sida": "İsveç Agentliyi"}[donor.slug])
    translated_region(imereti, "az", site, "İmereti")
    return {"pages": overview_pages(site), "projects": projects, "eu": eu, "kutaisi": kutaisi, "cif": cif}


def html_of(client, code):
    response = client.get(URL.format(code))
    assert response.status_code == 200, code
    return response, response.content.decode()


def number(value, code):
    """An amount as the page writes it in language ``code``."""
    with translation.override(code):
        return str(floatformat(Decimal(value), "0g"))


def svgs(html, css_class):
    """The SVG elements of that class in the page, parsed (each must be well-formed XML)."""
    return [ElementTree.fromstring(m) for m in re.findall(rf'<svg [^>]*class="{css_class}".*?</svg>', html, re.S)]


def table(html, dom_id):
    """{"head": [...], "body": [[cells]], "foot": [...]} of the table with that id, as text."""
    markup = re.search(rf'<table [^>]*id="{dom_id}-table".*?</table>', html, re.S).group(0)

    def cells(row):
        return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]

    def rows(part):
        section = re.search(rf"<{part}>(.*?)</{part}>", markup, re.S).group(1)
        return [cells(row) for row in re.findall(r"<tr>(.*?)</tr>", section, re.S)]

    return {"head": rows("thead")[0], "body": rows("tbody"), "foot": rows("tfoot")[0]}


# --- The figures -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ka", "az", "en"])
def test_the_totals_are_per_currency_in_every_language_and_never_added_across(client, funded, code):
    response, html = html_of(client, code)
    context = response.context
    assert context["totals"] == [("EUR", Decimal("280000")), ("USD", Decimal("170000"))]
    assert f"{number(280000, code)} EUR" in html and f"{number(170000, code)} USD" in html
    # 280 000 EUR + 170 000 USD: no such sum, no combined figure, no combined column.
    assert number(450000, code) not in html
    assert context["combined_total"] is None and "≈" not in html
    by_donor = table(html, "by-donor")
    assert by_donor["head"][2:] == ["EUR", "USD"]
    assert by_donor["foot"] == [by_donor["foot"][0], "3", number(280000, code), number(170000, code)]
    by_member = {row[0]: row[1:] for row in table(html, "by-member")["body"]}
    assert by_member == {
        "ქალთა საინფორმაციო ცენტრი": ["1", number(200000, code), number(50000, code)],
        "სამოქალაქო ინტეგრაციის ფონდი": ["2", number(80000, code), number(120000, code)],
    }


def test_the_breakdowns_add_up_and_a_project_in_several_municipalities_is_divided(client, funded):
    _, html = html_of(client, "ka")
    by_year = {row[0]: row[1:] for row in table(html, "by-year")["body"]}
    # 200 000 EUR and 50 000 USD over 2023 (365 days) and 2024 (366 of 731).
    assert by_year == {
        "2023": ["1", number("99863.20", "ka"), number("24965.80", "ka")],
        "2024": ["2", number("100136.80", "ka"), number("145034.20", "ka")],
        "2025": ["1", number(80000, "ka"), "—"],
    }
    by_region = {row[0]: row[1:] for row in table(html, "by-region")["body"]}
    assert by_region == {
        "იმერეთი": ["1", number(200000, "ka"), number(50000, "ka")],
        "კახეთი": ["1", "—", number(120000, "ka")],
        "ლენქორან-ასტარა": ["1", number(80000, "ka"), "—"],
    }
    # A year with nothing stated between two that have amounts is still a row (and a bar's place).
    factories.project(
        funded["cif"],
        "late",
        "გვიანი",
        start=date(2027, 1, 1),
        end=date(2027, 12, 31),
        donors=[(funded["eu"], "10", "EUR")],
    )
    _, html = html_of(client, "ka")
    assert [row[0] for row in table(html, "by-year")["body"]] == ["2023", "2024", "2025", "2026", "2027"]
    assert table(html, "by-year")["body"][3] == ["2026", "0", "—", "—"]
    assert "A project in several municipalities is divided equally among them." in html_of(client, "en")[1]


def test_a_combined_figure_appears_only_with_exchange_rates_and_with_their_date(client, funded):
    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    for code in ("ka", "az", "en"):
        response, html = html_of(client, code)
        # 280 000 EUR + 170 000 USD × 0.9, at the rate of 30 November 2026.
        assert response.context["combined_total"] == Decimal("433000")
        assert response.context["rates_date"] == date(2026, 11, 30)
        assert number(433000, code) in html and "2026" in html and "≈ EUR" in html
        by_region = table(html, "by-region")
        assert by_region["head"][-1].startswith("≈ EUR") and "2026" in by_region["head"][-1]
        assert by_region["foot"][-1] == number(433000, code)
    _, html = html_of(client, "en")
    assert "Shaded by the combined amount in EUR, at the exchange rates of 30 November 2026." in html
    # A third currency without a rate: no combined figure anywhere.
    factories.project(funded["cif"], "e", "პროექტი ე", start=date(2025, 1, 1), donors=[(funded["eu"], "1000", "GBP")])
    response, html = html_of(client, "ka")
    assert response.context["combined_total"] is None and "≈" not in html
    assert number(433000, "ka") not in html


def test_the_charts_say_what_the_table_says(client, funded):
    for code in ("ka", "az", "en"):
        _, html = html_of(client, code)
        by_year = table(html, "by-year")
        charts = svgs(html, "chart")
        assert [chart.get("data-currency") for chart in charts] == ["EUR", "USD"]  # one per currency
        for column, chart in enumerate(charts, start=2):
            years = [t.text for t in chart.iter(f"{SVG}text") if t.get("class") == "chart__label"]
            values = [t.text for t in chart.iter(f"{SVG}text") if t.get("class") == "chart__value"]
            assert years == [row[0] for row in by_year["body"]]
            assert values == [row[column] for row in by_year["body"]]
            # Bars only where there is an amount, as long as their amounts say.
            bars = [float(rect.get("width")) for rect in chart.iter(f"{SVG}rect")]
            assert len(bars) == len([v for v in values if v != "—"])


def test_the_region_map_shades_the_regions_and_says_by_what(client, funded):
    _, html = html_of(client, "ka")
    georgia, azerbaijan = svgs(html, "tile-map")
    tiles = {g.get("data-region"): g for svg in (georgia, azerbaijan) for g in svg.iter(f"{SVG}g")}
    assert set(tiles) == {tile.slug for tiles in LAYOUT.values() for tile in tiles}
    shaded = {slug for slug, g in tiles.items() if "tile-shade-0" not in g.get("class")}
    assert shaded == {"imereti", "kakheti", "lankaran-astara"}
    # A region in the database is named in the page's language; one that is not, by its code.
    assert "იმერეთი" in ElementTree.tostring(tiles["imereti"], encoding="unicode")
    assert "GU" in ElementTree.tostring(tiles["guria"], encoding="unicode")
    # No exchange rates: shaded by the number of projects (one each), and the legend says so.
    assert "Shaded by the number of projects." in html_of(client, "en")[1]
    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    _, html = html_of(client, "ka")
    tiles = {g.get("data-region"): g.get("class") for svg in svgs(html, "tile-map") for g in svg.iter(f"{SVG}g")}
    # 245 000 (Imereti) is the most, 80 000 (Lankaran-Astara) the least.
    assert "tile-shade-4" in tiles["imereti"] and "tile-shade-2" in tiles["lankaran-astara"]


def test_names_lead_to_the_project_index_filtered_by_them(client, funded):
    _, html = html_of(client, "ka")
    for query in ("donor=eu", "donor=sida", "region=imereti", "region=kakheti", "organisation=cif"):
        assert f'href="/ka/projects/?{query}"' in html, query
    for url in ("projects_csv", "projects_json", "iati_activities"):
        with translation.override("ka"):
            assert f'href="{reverse(url)}"' in html, url
    # In az, Imereti and the donors exist in az: linked; Kakheti does not: named, not linked.
    _, html = html_of(client, "az")
    assert 'href="/az/projects/?region=imereti"' in html and "region=kakheti" not in html
    assert 'href="/az/projects/?donor=eu"' in html and "Avropa İttifaqı" in html
    # In en, the donors exist in Georgian only: named in Georgian, not linked.
    _, html = html_of(client, "en")
    assert "donor=eu" not in html and "ევროკავშირი" in html


# --- The markup ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ka", "az", "en"])
def test_the_svg_is_well_formed_and_nothing_inline_breaks_the_csp(client, funded, code):
    response, html = html_of(client, code)
    assert "Content-Security-Policy" in response
    assert "style=" not in html
    for script in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in script, script  # no inline script
    assert "<svg" in html
    everything = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert len(everything) == len(svgs(html, "chart")) + len(svgs(html, "tile-map")) == 4
    for markup in everything:
        svg = ElementTree.fromstring(markup)
        assert svg.get("role") == "img"
        ids = {element.get("id") for element in svg.iter() if element.get("id")}
        labels = svg.get("aria-labelledby").split()
        assert labels and set(labels) <= ids
        assert svg.find(f"{SVG}title").text and svg.find(f"{SVG}desc").text
    for caption in ("by-year", "by-region", "by-donor", "by-member"):
        assert f'<caption id="{caption}-caption">' in html
    assert html.count('scope="col"') >= 16 and 'scope="row"' in html


@pytest.mark.parametrize("code", ["ka", "az", "en"])
def test_a_site_without_funding_says_so(client, site, code):
    overview_pages(site)
    response, html = html_of(client, code)
    assert response.context["has_figures"] is False
    if code == "en":
        assert "No funding has been stated for any project yet." in html
    assert 'class="empty-state"' in html and "<svg" not in html and "<table" not in html


def test_projects_without_amounts_are_no_funding(client, site):
    overview_pages(site)
    org = factories.organisation(site.members["ka"])
    factories.project(org, "x", "პროექტი", donors=[(factories.donor(site.donors["ka"]), None, "EUR")])
    _, html = html_of(client, "ka")
    assert 'class="empty-state"' in html and "<svg" not in html


# --- Cost and freshness ----------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # a running site's caches are warm (locales, rates, content types)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def grow(site, funded, start, stop):
    """Projects ``start``…``stop - 1``, each with its own member, donor, region and place, in
    ka and (with its places and donor kept Georgian, and its own region translated) in az."""
    ka = site.locales["ka"]
    for n in range(start, stop):
        region = factories.region(ka, f"region-{n}", f"რეგიონი {n}")
        translated_region(region, "az", site, f"Region {n}")
        place = factories.municipality(ka, f"place-{n}", f"ადგილი {n}", region=region)
        place_az = place.copy_for_translation(site.locales["az"])
        place_az.save()
        org = factories.organisation(site.members["ka"], f"org-{n}", f"ორგანიზაცია {n}", f"O{n}")
        donor = factories.donor(site.donors["ka"], f"donor-{n}", f"დონორი {n}")
        project = factories.project(
            org,
            f"p-{n}",
            f"პროექტი {n}",
            start=date(2020 + n, 1, 1),
            end=date(2021 + n, 6, 30),
            donors=[(donor, "1000", "EUR"), (funded["eu"], "500", "USD")],
            municipalities=[place, funded["kutaisi"]],
        )
        translate(donor, "az", site)
        translate(org, "az", site)
        translate(project, "az", site)


@pytest.mark.parametrize("code", ["ka", "az"])
def test_the_queries_do_not_grow_with_the_projects(client, site, funded, code):
    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    grow(site, funded, 0, 1)
    one = count_queries(client, URL.format(code))
    grow(site, funded, 1, 5)
    five = count_queries(client, URL.format(code))
    assert five == one, f"{one} queries with one project, {five} with five"
    assert five <= 25


def test_publishing_a_project_refreshes_the_cached_overview(client, settings, funded):
    settings.PAGE_CACHE_SECONDS = 600
    url = URL.format("ka")
    for _ in range(2):
        client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    factories.project(
        funded["cif"], "new", "ახალი პროექტი", start=date(2025, 1, 1), donors=[(funded["eu"], "20000", "EUR")]
    )
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert f"{number(300000, 'ka')} EUR" in response.content.decode()
    # A new exchange rate: the combined figure appears at once.
    assert client.get(url)["X-Cache"] == "hit"
    ExchangeRate.objects.create(currency="USD", rate=Decimal("0.9"), date=date(2026, 11, 30))
    response = client.get(url)
    assert response["X-Cache"] == "miss" and number(453000, "ka") in response.content.decode()


# --- The page in the tree, and the map's drawing ---------------------------------------------


def test_one_overview_per_language_under_the_home_page(site):
    for code in ("ka", "az", "en"):
        site.homes[code].refresh_from_db()  # its count of children, for can_create_at
        assert site.funding[code].get_parent().specific == site.homes[code]
        assert site.funding[code].url == f"/{code}/funding/"
        assert not FundingOverviewPage.can_create_at(site.homes[code])
    assert not FundingOverviewPage.can_create_at(site.projects["ka"])


def test_the_layout_places_each_region_once_and_every_label_fits():
    for tiles in LAYOUT.values():
        assert len({(tile.col, tile.row) for tile in tiles}) == len(tiles)
        assert len({tile.code for tile in tiles}) == len(tiles)
    assert len(LAYOUT["GE"]) == 12 and len(LAYOUT["AZ"]) == 14
    for name in ("რაჭა-ლეჩხუმი და ქვემო სვანეთი", "სამეგრელო-ზემო სვანეთი", "Mountainous Shirvan", "Dağlıq Şirvan"):
        size, lines = fit(name)
        assert size >= 12 and "".join(lines).replace(" ", "") == name.replace(" ", "")


def test_the_legend_covers_every_value():
    assert bounds_for([1, 1, 1], integer=True) == [1]
    assert shade_of(1, [1]) == 4 and shade_of(0, [1]) == 0
    bounds = bounds_for([Decimal(245000), Decimal(108000), Decimal(80000)], integer=False)
    assert bounds[-1] >= 245000
    assert [shade_of(v, bounds) for v in (245000, 108000, 80000)] == [4, 2, 2]
    assert len(legend_for(bounds, integer=False)) == len(bounds)
    assert legend_for([1, 2, 3], integer=True) == [(2, "1"), (3, "2"), (4, "3")]
