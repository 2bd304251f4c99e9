"""The news and project indexes' filters offer only the values that some live page of that
listing has in the page's language; a value asked for that is not offered is said to be
ignored, with a way to clear it, never an error."""

import re
from datetime import date

import pytest

from partners.models import Municipality

from . import factories
from .conftest import make_site


def options(html, name):
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="([^"]*)"', select)


@pytest.fixture
def content(db, settings):
    settings.PAGE_CACHE_SECONDS = 0
    site = make_site()
    ka, az = site.locales["ka"], site.locales["az"]
    zugdidi = factories.municipality(ka, "zugdidi", "ზუგდიდი")
    factories.municipality(ka, "lankaran", "ლენქორანი")
    Municipality.objects.create(locale=az, name="Lənkəran", slug="lankaran-az")
    with_news = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი", "WIC")
    factories.organisation(site.members["ka"], "silent", "ჩუმი ორგანიზაცია", "")
    project = factories.project(with_news, "par", "მონიტორინგი", start=date(2019, 1, 1), municipalities=[zugdidi])
    factories.news(with_news, "n1", "სიახლე", on=date(2024, 5, 1), municipalities=[zugdidi], topics=["ტრენინგი"])
    factories.project(with_news, "draft", "პროექტი", start=date(2019, 1, 1)).unpublish()
    return site, project


def test_news_filters_offer_only_values_with_news_in_that_language(content, client):
    html = client.get("/ka/news/").content.decode()
    assert options(html, "municipality") == ["", "zugdidi"]  # not Lankaran: no Georgian news there
    assert options(html, "organisation") == ["", "wic"]  # not the organisation without news
    assert options(html, "project") == [""]  # no news item is about a project
    assert options(html, "year") == ["", "2024"]
    assert len(options(html, "topic")) == 2  # the one topic some news item has


def test_project_filters_offer_only_values_with_live_projects(content, client):
    html = client.get("/ka/projects/").content.decode()
    assert options(html, "municipality") == ["", "zugdidi"]
    assert options(html, "organisation") == ["", "wic"]
    assert options(html, "status") == ["", "ongoing"]  # started in 2019, open-ended
    assert options(html, "donor") == [""]


def test_a_value_not_offered_is_said_to_be_ignored(content, client):
    response = client.get("/ka/news/?municipality=lankaran")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="lankaran"' not in html
    assert "notice--warning" in html and 'class="filter-form__clear"' in html
    assert "/n1/" in html  # the list without that filter
    assert 'class="filter-form__clear"' in html


@pytest.mark.parametrize("value", ["\x00", "x" * 300, "არა-ადგილი", "%ff", ""])
def test_odd_values_get_a_page(content, client, value):
    assert client.get("/ka/news/", {"municipality": value, "year": value, "topic": value}).status_code == 200
    assert client.get("/ka/projects/", {"municipality": value, "status": value}).status_code == 200
