"""News and project indexes: filters, pagination and bad input."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        yield _build_content()


@pytest.fixture
def site(content, db):
    return content["site"]


def _build_content():
    site = make_site()
    ka = site.locales["ka"]
    imereti = factories.region(ka, "imereti", "იმერეთი")
    kutaisi = factories.municipality(ka, "kutaisi", "ქუთაისი", imereti)
    zugdidi = factories.municipality(ka, "zugdidi", "ზუგდიდი")
    wic = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი", "WIC")
    sukhumi = factories.organisation(site.members["ka"], "sukhumi", "ფონდი სოხუმი", "")
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    undp = factories.donor(site.donors["ka"], "undp", "გაეროს განვითარების პროგრამა")
    today = timezone.localdate()
    p_eu = factories.project(
        wic,
        "par-monitoring",
        "მონიტორინგი",
        start=date(2019, 1, 1),
        end=date(2020, 12, 31),
        donors=[(eu, "100000", "EUR")],
        municipalities=[kutaisi],
    )
    p_undp = factories.project(
        sukhumi,
        "advocacy",
        "ადვოკატირება",
        start=today - timedelta(days=10),
        donors=[(undp, None, "USD")],
        municipalities=[zugdidi],
        partners=[wic],
    )
    p_planned = factories.project(
        sukhumi,
        "planned",
        "დაგეგმილი",
        start=today + timedelta(days=100),
        donors=[(eu, "5000", "EUR"), (undp, "7000", "USD")],
    )
    n1 = factories.news(
        wic,
        "kutaisi-meeting",
        "შეხვედრა ქუთაისში",
        on=date(2020, 3, 1),
        projects=[p_eu],
        municipalities=[kutaisi],
        topics=[factories.topic(ka, "მონიტორინგი", "monitoring")],
    )
    n2 = factories.news(
        sukhumi,
        "zugdidi-conference",
        "კონფერენცია ზუგდიდში",
        on=date(2024, 9, 1),
        projects=[p_undp],
        municipalities=[zugdidi],
        topics=[factories.topic(ka, "ადვოკატირება", "advocacy")],
    )
    n3 = factories.news(site.news["ka"], "coalition-statement", "კოალიციის განცხადება", on=date(2024, 10, 1))
    ev = factories.event(
        sukhumi,
        "zugdidi-forum",
        "ფორუმი ზუგდიდში",
        start=timezone.make_aware(timezone.datetime(2024, 11, 5, 11, 0)),
        municipality=zugdidi,
    )
    return locals()


def listing_titles(response):
    return [item.title for item in response.context["page_obj"].object_list]


def test_news_index_lists_news_and_events_of_all_publishers_newest_first(client, site, content):
    response = client.get(site.news["ka"].url)
    assert response.status_code == 200
    assert listing_titles(response) == [
        "ფორუმი ზუგდიდში",
        "კოალიციის განცხადება",
        "კონფერენცია ზუგდიდში",
        "შეხვედრა ქუთაისში",
    ]
    # Publishers are attached for "published by"; the coalition's own news has none.
    publishers = {item.title: item.publisher for item in response.context["page_obj"].object_list}
    assert publishers["შეხვედრა ქუთაისში"].slug == "wic"
    assert publishers["კოალიციის განცხადება"] is None


@pytest.mark.parametrize(
    "query, expected",
    [
        ("organisation=sukhumi", ["ფორუმი ზუგდიდში", "კონფერენცია ზუგდიდში"]),
        ("organisation=wic", ["შეხვედრა ქუთაისში"]),
        ("project=par-monitoring", ["შეხვედრა ქუთაისში"]),
        ("municipality=zugdidi", ["ფორუმი ზუგდიდში", "კონფერენცია ზუგდიდში"]),
        ("topic=monitoring", ["შეხვედრა ქუთაისში"]),
        ("year=2020", ["შეხვედრა ქუთაისში"]),
        ("year=2024&organisation=sukhumi", ["ფორუმი ზუგდიდში", "კონფერენცია ზუგდიდში"]),
    ],
)
def test_news_index_filters(client, site, content, query, expected):
    response = client.get(f"{site.news['ka'].url}?{query}")
    assert response.status_code == 200
    assert listing_titles(response) == expected


@pytest.mark.parametrize(
    "query",
    [
        "organisation=nobody",
        "year=abc",
        "year=1800",
        "project=%00",
        "topic=" + "x" * 5000,
        "municipality=<script>",
        "page=abc",
        "page=-1",
        "page=99999",
        "page=1.5",
        "page=",
    ],
)
def test_news_index_bad_input_is_a_normal_page(client, site, content, query):
    response = client.get(f"{site.news['ka'].url}?{query}")
    assert response.status_code == 200
    assert len(listing_titles(response)) == 4  # the bad filter narrows nothing


def test_unknown_filter_value_is_reported(client, site, content):
    response = client.get(f"{site.news['ka'].url}?organisation=nobody")
    assert response.context["filter_form"].errors
    assert "<script>" not in response.content.decode()


def test_news_index_pagination(client, site, content):
    for i in range(25):
        factories.news(site.news["ka"], f"bulk-{i}", f"ამბავი {i}", on=date(2023, 1, 1) + timedelta(days=i))
    url = site.news["ka"].url
    first = client.get(url)
    assert first.context["paginator"].count == 29
    assert first.context["paginator"].num_pages == 3
    assert len(first.context["page_obj"].object_list) == 10
    last = client.get(url + "?page=3")
    assert len(last.context["page_obj"].object_list) == 9
    assert client.get(url + "?page=99999").context["page_obj"].number == 3
    assert client.get(url + "?page=abc").context["page_obj"].number == 1
    # Filters survive pagination.
    filtered = client.get(url + "?year=2023&page=2")
    assert filtered.context["paginator"].count == 25
    assert filtered.context["page_obj"].number == 2
    assert "year=2023" in filtered.context["filter_query"]


def test_news_index_is_per_locale(client, site, content):
    factories.news(site.news["az"], "az-only", "Yalnız Azərbaycan dilində", on=date(2024, 1, 1))
    az = client.get(site.news["az"].url)
    assert listing_titles(az) == ["Yalnız Azərbaycan dilində"]
    assert "Yalnız Azərbaycan dilində" not in listing_titles(client.get(site.news["ka"].url))


def project_titles(response):
    return sorted(item.title for item in response.context["page_obj"].object_list)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["ადვოკატირება", "დაგეგმილი", "მონიტორინგი"]),
        ("donor=eu", ["დაგეგმილი", "მონიტორინგი"]),
        ("donor=undp", ["ადვოკატირება", "დაგეგმილი"]),
        ("status=planned", ["დაგეგმილი"]),
        ("status=ongoing", ["ადვოკატირება"]),
        ("status=completed", ["მონიტორინგი"]),
        ("municipality=kutaisi", ["მონიტორინგი"]),
        ("region=imereti", ["მონიტორინგი"]),
        # An organisation's projects: those it publishes and those it implements as a partner.
        ("organisation=wic", ["ადვოკატირება", "მონიტორინგი"]),
        ("organisation=sukhumi", ["ადვოკატირება", "დაგეგმილი"]),
        ("donor=eu&status=planned", ["დაგეგმილი"]),
        ("status=bogus", ["ადვოკატირება", "დაგეგმილი", "მონიტორინგი"]),
        ("donor=nobody&page=xyz", ["ადვოკატირება", "დაგეგმილი", "მონიტორინგი"]),
    ],
)
def test_project_index_filters(client, site, content, query, expected):
    response = client.get(f"{site.projects['ka'].url}?{query}")
    assert response.status_code == 200
    assert project_titles(response) == expected


def test_newest_news_reads_from_the_top_as_the_full_ordering_does(site, settings):
    """NewestNews (each type's newest first, then those sorted) gives what ordering them all
    gives: news and events on the same days, ties broken by id, every slice."""
    from datetime import datetime

    from core import relations

    ka = site.news["ka"]
    for n in range(12):
        factories.news(ka, f"n{n}", f"სიახლე {n}", on=date(2024, 5, 1 + n % 4))
        start = timezone.make_aware(datetime(2024, 5, 1 + n % 5, 9 + n % 3))
        factories.event(ka, f"e{n}", f"შეხვედრა {n}", start=start)
    locale = site.locales["ka"]
    everything = [page.pk for page in relations.news_items(locale)]
    newest = relations.NewestNews(locale)
    assert newest.count() == len(everything) >= 24
    for start, stop in [(0, 6), (0, 10), (10, 20), (20, 30), (5, 7)]:
        assert [page.pk for page in newest[start:stop]] == everything[start:stop]
    assert newest[3].pk == everything[3]
