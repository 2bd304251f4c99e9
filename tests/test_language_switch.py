"""The language switch keeps a listing's filters and a search's words: pages by their
translation's slug there, places by their (shared) slug; the page number is dropped."""

import re
from datetime import date
from urllib.parse import urlencode

import pytest

from . import factories
from .conftest import make_site


def switch_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: href.replace("&amp;", "&") for href, code in re.findall(r'href="([^"]*)" lang="(\w+)"', nav)}


@pytest.fixture
def content(db, settings):
    settings.PAGE_CACHE_SECONDS = 0
    site = make_site()
    ka, az = site.locales["ka"], site.locales["az"]
    zugdidi = factories.municipality(ka, "zugdidi", "ზუგდიდი")
    wic = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი", "WIC")
    wic_az = wic.copy_for_translation(az, copy_parents=False, alias=False)
    wic_az.slug = "qadin-merkezi"
    wic_az.save_revision().publish()
    for n in range(12):
        factories.project(wic, f"p{n}", f"პროექტი {n}", start=date(2019, 1, 1), municipalities=[zugdidi])
    return site


def test_project_filters_are_carried_and_the_page_dropped(content, client):
    links = switch_links(client.get("/ka/projects/?organisation=wic&municipality=zugdidi&page=2").content.decode())
    assert links["az"] == "/az/projects/?municipality=zugdidi&organisation=qadin-merkezi"
    assert links["ka"] == "/ka/projects/?municipality=zugdidi&organisation=wic"
    # No English version of the organisation: that filter cannot be carried.
    assert links["en"] == "/en/projects/?municipality=zugdidi"


def test_unfiltered_listing_links_have_no_query(content, client):
    links = switch_links(client.get("/ka/projects/?page=2").content.decode())
    assert links["az"] == "/az/projects/"


def test_search_words_and_filters_are_carried_without_the_page(content, client):
    html = client.get("/ka/search/", {"q": "პროექტი", "type": "project", "organisation": "wic", "page": "2"})
    links = switch_links(html.content.decode())
    words = urlencode({"q": "პროექტი"})
    assert links["az"] == f"/az/search/?{words}&type=project&organisation=qadin-merkezi"


def test_the_page_cache_keeps_languages_apart(content, client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    ka = client.get("/ka/projects/?municipality=zugdidi").content.decode()
    az = client.get("/az/projects/?municipality=zugdidi").content.decode()
    assert '<html lang="ka"' in ka and '<html lang="az"' in az
