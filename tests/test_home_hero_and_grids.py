"""The home page's hero heading (a mission line instead of the site's name a third time, the
title when it is empty) and the grid classes that keep a grid from ending with a lone item."""

import re

import pytest
from django.template import Context, Template

from core.templatetags.grids import COLUMNS, columns_for, grid_class
from home.demo import data as demo_data
from home.demo.loader import DemoLoader
from home.models import HomePage

from . import factories


@pytest.fixture
def fresh(settings):
    settings.PAGE_CACHE_SECONDS = 0


def h1(html):
    return re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S)


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_the_hero_heading_is_the_home_pages_h1_and_the_title_still_names_the_site(site, client, fresh):
    home = HomePage.objects.get(pk=site.homes["ka"].pk)
    home.title = "სამოქალაქო საზოგადოების კოალიცია"
    home.hero_heading = "ერთად ადგილობრივი დემოკრატიისთვის"
    home.save_revision().publish()

    html = client.get("/ka/").content.decode()
    assert h1(html) == ["ერთად ადგილობრივი დემოკრატიისთვის"]
    assert "სამოქალაქო საზოგადოების კოალიცია" in title(html)
    # The header and the footer name the coalition; the page's content no longer does.
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    assert "სამოქალაქო საზოგადოების კოალიცია" not in main


def test_without_a_hero_heading_the_h1_is_the_title(site, client, fresh):
    home = HomePage.objects.get(pk=site.homes["az"].pk)
    home.title = "Vətəndaş Cəmiyyəti Koalisiyası"
    home.hero_heading = ""
    home.save_revision().publish()

    html = client.get("/az/").content.decode()
    assert h1(html) == ["Vətəndaş Cəmiyyəti Koalisiyası"]


def test_the_demo_sets_a_hero_heading_in_every_language(site):
    headings = demo_data.SITE["hero_heading"]
    assert set(headings) == {"ka", "az", "en"}
    assert all(heading and heading not in demo_data.SITE["name"][code] for code, heading in headings.items())
    # A home page loaded before there were hero headings gets one, and keeps its own intro.
    loaded_before = HomePage.objects.get(pk=site.homes["az"].pk)
    loaded_before.intro = "Köhnə giriş"
    loaded_before.save_revision().publish()
    loader = DemoLoader()
    loader.homes, loader.projects = site.homes, {}
    loader.load_home_pages()
    for code, home in site.homes.items():
        home = HomePage.objects.get(pk=home.pk)
        assert home.hero_heading == headings[code]
        assert home.live_revision.as_object().hero_heading == headings[code]  # published
    assert HomePage.objects.get(pk=site.homes["az"].pk).intro == "Köhnə giriş"


@pytest.mark.parametrize(
    ("count", "fewest", "most", "expected"),
    [
        (9, 3, 5, 3),  # 3/3/3, not 4/4/1 or 5/4
        (6, 3, 5, 3),  # 3/3, not 4/2
        (10, 3, 5, 5),
        (7, 3, 4, 4),  # 4/3, not 3/3/1
        (5, 3, 4, 3),  # 3/2, not 4/1
        (12, 3, 4, 4),  # both full: the more columns
        (3, 2, 3, 3),  # one row: as wide as the most columns make them
        (2, 3, 5, 5),
        (0, 2, 3, 3),
    ],
)
def test_columns_leave_the_fullest_last_row(count, fewest, most, expected):
    assert columns_for(count, fewest, most) == expected


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_no_grid_ends_with_a_row_less_than_half_full_where_it_can_be_helped(kind):
    for count in range(1, 40):
        for fewest, most in COLUMNS[kind].values():
            columns = columns_for(count, fewest, most)
            assert fewest <= columns <= most
            last = count % columns or columns
            if count > columns and any((count % c or c) * 2 >= c for c in range(fewest, most + 1)):
                assert last * 2 >= columns, (kind, count, columns)


def test_grid_class_names_a_column_count_per_breakpoint(site):
    members = [factories.organisation(site.members["ka"], f"org-{n}", f"ორგანიზაცია {n}", "") for n in range(9)]
    assert grid_class(members, "logos") == "grid-p2 grid-t3 grid-d3"
    assert grid_class(6, "cards") == "grid-p1 grid-t2 grid-d3"
    assert grid_class(members, "no-such-kind") == ""
    assert grid_class(None, "logos") == ""
    rendered = Template('{% load grids %}<ul class="{{ items|grid_class:"organisations" }}">').render(
        Context({"items": members[:4]})
    )
    assert rendered == '<ul class="grid-p1 grid-t2 grid-d2">'


def test_the_members_directory_asks_for_balanced_columns(site, client, fresh):
    for n in range(7):
        factories.organisation(site.members["ka"], f"member-{n}", f"წევრი {n}", "")
    html = client.get(site.members["ka"].url).content.decode()
    assert 'class="org-list grid-p1 grid-t2 grid-d2"' in html  # 7 in 2..3 columns: 4 rows of 2, not 3/3/1
