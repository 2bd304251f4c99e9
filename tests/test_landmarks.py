"""Landmarks a screen reader lists on the project and donor pages: each region's name is its
own (axe: landmark-unique) and no complementary aside sits inside another landmark (axe:
landmark-complementary-is-top-level)."""

from collections import Counter
from datetime import date

import pytest
from bs4 import BeautifulSoup

from . import factories

LANDMARK_TAGS = {"section", "aside", "form", "nav", "main", "header", "footer"}


@pytest.fixture
def fresh(settings):
    settings.PAGE_CACHE_SECONDS = 0


def landmark_names(html):
    """(role, name source) of every element that is a named landmark, as axe sees them."""
    soup = BeautifulSoup(html, "html.parser")
    names = []
    for element in soup.find_all(True):
        role = element.get("role") or (element.name if element.name in LANDMARK_TAGS else None)
        if role in (None, "presentation", "none"):
            continue
        if role in ("section", "region", "form") and not (element.get("aria-labelledby") or element.get("aria-label")):
            continue  # without a name, not a landmark
        role = "region" if role == "section" else role
        label = element.get("aria-labelledby")
        names.append((role, soup.find(id=label).get_text(" ", strip=True) if label else element.get("aria-label")))
    return soup, names


def assert_landmarks_unique_and_asides_top_level(html):
    soup, names = landmark_names(html)
    repeated = [name for name, count in Counter(names).items() if count > 1 and name[1]]
    assert repeated == []
    for aside in soup.find_all("aside"):
        assert not aside.find_parent(["section", "aside", "nav", "form"]), aside.get("class")


def test_project_page_names_each_region_once(site, client, fresh):
    org = factories.organisation(site.members["ka"])
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    project = factories.project(
        org,
        "results-and-funding",
        "შედეგები და დაფინანსება",
        donors=[(eu, "1000", "EUR")],
        results=[("ტრენინგები", "10", "8", date(2024, 12, 31))],
    )
    html = client.get(project.url).content.decode()
    assert 'id="results-heading"' in html and 'id="funding-heading"' in html
    assert_landmarks_unique_and_asides_top_level(html)


def test_donor_page_has_no_nested_aside_and_unique_regions(site, client, fresh):
    org = factories.organisation(site.members["ka"])
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    factories.project(org, "funded", "დაფინანსებული პროექტი", donors=[(eu, "1000", "EUR")])
    html = client.get(eu.url).content.decode()
    assert 'id="projects-heading"' in html and "filter-form" in html and "data-table" in html
    assert_landmarks_unique_and_asides_top_level(html)
