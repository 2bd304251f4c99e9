"""Every place of Georgia and Azerbaijan (partners/places_data.py), loaded idempotently, and the
admin's municipality chooser and place listings searching them for every editor."""

import importlib
import re
from collections import Counter

import pytest
from django.apps import apps as live_apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from home.site_setup import bootstrap_site
from partners import places_data
from partners.models import Municipality, Region
from partners.places_loading import ensure_places

from . import two_sections

GEORGIAN_NAME = re.compile(r"^[\u10d0-\u10ff]+([ -][\u10d0-\u10ff]+)*$")
GEORGIAN_LETTER = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")
COUNTRY = {slug: country for slug, country, *_names in places_data.REGIONS}


def test_the_lists_hold_every_place_of_the_sources():
    # Georgia: Local Self-Government Code, Annex: 64 municipalities (5 self-governing cities
    # among them), in 12 regions; plus the 12 of the occupied territories Georgian law lists.
    # Azerbaijan: decree of 7 July 2021: 14 economic regions; 66 districts and 11 cities.
    regions = Counter(COUNTRY.values())
    assert regions == {"GE": places_data.GEORGIAN_REGIONS, "AZ": places_data.AZERBAIJANI_REGIONS}
    assert regions == {"GE": 12, "AZ": 14}
    georgian = [m[0] for m in places_data.MUNICIPALITIES if COUNTRY[m[1]] == "GE"]
    azerbaijani = [m[0] for m in places_data.MUNICIPALITIES if COUNTRY[m[1]] == "AZ"]
    assert len(set(georgian) - places_data.OCCUPIED) == places_data.GEORGIAN_MUNICIPALITIES == 64
    assert places_data.OCCUPIED <= set(georgian)
    assert len(places_data.OCCUPIED) == places_data.GEORGIAN_OCCUPIED_MUNICIPALITIES
    assert places_data.CITIES <= set(azerbaijani)
    assert len(places_data.CITIES) == places_data.AZERBAIJANI_CITIES == 11
    assert len(set(azerbaijani) - places_data.CITIES) == places_data.AZERBAIJANI_DISTRICTS == 66
    slugs = [m[0] for m in places_data.MUNICIPALITIES]
    assert len(slugs) == len(set(slugs)) and len(COUNTRY) == len(places_data.REGIONS)
    assert {m[1] for m in places_data.MUNICIPALITIES} == set(COUNTRY)  # every region has places


def test_names_are_in_their_script_and_slugs_latin():
    for slug, _where, ka, az, en in places_data.REGIONS + places_data.MUNICIPALITIES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", slug), slug
        assert GEORGIAN_NAME.match(ka), (slug, ka)
        assert az and not GEORGIAN_LETTER.search(az), (slug, az)
        assert en.isascii() and not GEORGIAN_LETTER.search(en), (slug, en)


def test_the_demo_slugs_are_the_same_places():
    from home.demo import data as demo

    ours = {m[0]: m[1] for m in places_data.MUNICIPALITIES}
    for item in demo.MUNICIPALITIES:
        assert ours[item["slug"]] == item["region"], item["slug"]
    for item in demo.REGIONS:
        assert COUNTRY[item["slug"]] == item["country"], item["slug"]


def rows(model):
    return sorted(model.objects.values_list("slug", "locale__language_code", "name", "translation_key"))


@pytest.fixture
def site(site):
    """The fresh install with every place, as bootstrap_site makes it (conftest's leaves them out)."""
    ensure_places()
    return site


def test_bootstrap_loads_every_place_in_every_language_once(db):
    bootstrap_site()
    for model, records in ((Region, places_data.REGIONS), (Municipality, places_data.MUNICIPALITIES)):
        assert model.objects.count() == 3 * len(records)
        for slug, *_rest in records:
            versions = model.objects.filter(slug=slug)
            assert {v.locale.language_code for v in versions} == {"ka", "az", "en"}, slug
            assert len({v.translation_key for v in versions}) == 1, slug
    lagodekhi = Municipality.objects.filter(slug="lagodekhi").select_related("region", "locale")
    assert {(m.locale.language_code, m.name, m.region.slug) for m in lagodekhi} == {
        ("ka", "ლაგოდეხი", "kakheti"),
        ("az", "Laqodexi", "kakheti"),
        ("en", "Lagodekhi", "kakheti"),
    }
    assert all(m.region.locale_id == m.locale_id for m in Municipality.objects.select_related("region"))
    before = rows(Region), rows(Municipality)
    assert ensure_places() == 0
    assert (rows(Region), rows(Municipality)) == before


def test_missing_languages_join_the_existing_place_and_editors_names_stay(site):
    gori = Municipality.objects.get(slug="gori", locale=site.locales["ka"])
    gori.name = "გორი (რედაქტირებული)"
    gori.save()
    Municipality.objects.filter(slug="gori").exclude(pk=gori.pk).delete()
    Region.objects.filter(slug="karabakh").exclude(locale=site.locales["az"]).delete()
    assert ensure_places() == 4
    gori.refresh_from_db()
    assert gori.name == "გორი (რედაქტირებული)"
    assert {m.translation_key for m in Municipality.objects.filter(slug="gori")} == {gori.translation_key}
    assert Region.objects.filter(slug="karabakh").values("translation_key").distinct().count() == 1


def test_the_migration_completes_a_database_in_use_and_leaves_a_fresh_one(db):
    migration = importlib.import_module("partners.migrations.0004_every_place")
    Locale.objects.filter(language_code__in=["az", "en"]).delete()
    migration.add_places(live_apps, None)  # a fresh database: only the default locale
    assert not Region.objects.exists()
    en = Locale.objects.create(language_code="en")
    ka = Locale.objects.get(language_code="ka")
    # The demo's Tbilisi in Georgian (its own name), then the migration.
    tbilisi = Region.objects.create(slug="tbilisi", name="ქ. თბილისი", locale=ka, country="GE")
    migration.add_places(live_apps, None)
    assert Municipality.objects.count() == 2 * len(places_data.MUNICIPALITIES)
    assert Region.objects.get(slug="tbilisi", locale=ka).name == "ქ. თბილისი"
    assert Region.objects.get(slug="tbilisi", locale=en).translation_key == tbilisi.translation_key
    before = rows(Region), rows(Municipality)
    migration.add_places(live_apps, None)
    assert (rows(Region), rows(Municipality)) == before


# --- The admin: choosing and finding places --------------------------------------------


@pytest.fixture
def superuser(site):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", two_sections.PASSWORD)


@pytest.fixture
def member_editor(site):
    return two_sections.build(site).editor_a


def chooser_search(client, query, locale):
    return client.get(
        reverse("wagtailsnippetchoosers_partners_municipality:choose_results"), {"q": query, "locale": locale}
    )


@pytest.mark.parametrize("who", ["superuser", "member_editor"])
@pytest.mark.parametrize(("query", "locale", "name"), [("lag", "en", "Lagodekhi"), ("ლაგ", "ka", "ლაგოდეხი")])
def test_the_chooser_finds_lagodekhi(client, request, who, query, locale, name):
    client.force_login(request.getfixturevalue(who))
    response = chooser_search(client, query, locale)
    assert response.status_code == 200
    assert name in response.content.decode()
    # The chooser's first page (with its search box) too.
    response = client.get(
        reverse("wagtailsnippetchoosers_partners_municipality:choose"), {"q": query, "locale": locale}
    )
    assert response.status_code == 200 and name in response.json()["html"]


@pytest.mark.parametrize("query", ["", "\x00", "lag\x00", "ლ" * 500, "a" * 500, "%_'\"<>", "   "])
@pytest.mark.parametrize("who", ["superuser", "member_editor"])
def test_odd_queries_do_not_break_the_chooser(client, request, who, query):
    client.force_login(request.getfixturevalue(who))
    for locale in ("ka", "az", ""):
        assert chooser_search(client, query, locale).status_code in (200, 400), (query, locale)


@pytest.mark.parametrize("model", ["region", "municipality"])
def test_the_places_listings_search(client, superuser, model):
    client.force_login(superuser)
    name = {"region": "Kakheti", "municipality": "Lagodekhi"}[model]
    for url_name in (f"wagtailsnippets_partners_{model}:list", f"wagtailsnippets_partners_{model}:list_results"):
        response = client.get(reverse(url_name), {"q": name[:4], "locale": "en"})
        assert response.status_code == 200, url_name
        assert name in response.content.decode()
        for query in ("\x00", "x" * 500):
            assert client.get(reverse(url_name), {"q": query}).status_code in (200, 400)
