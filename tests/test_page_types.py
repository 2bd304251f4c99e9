"""Every page type is created under its allowed parent and renders its fields; the tree
refuses other parents, in the model and in the Wagtail admin."""

from datetime import date, datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from funding.models import FundingOverviewPage
from home.models import HomePage, StandardPage
from news.models import EventPage, NewsIndexPage, NewsPage
from partners.models import (
    DonorIndexPage,
    DonorPage,
    PartnerIndexPage,
    PartnerOffice,
    PartnerOrganisationPage,
    ProjectContact,
    ProjectIndexPage,
    ProjectPage,
)

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        yield _build_tree()


def _build_tree():
    site = make_site()
    ka = site.locales["ka"]
    kutaisi = factories.municipality(ka, "kutaisi", "ქუთაისი", factories.region(ka, "imereti", "იმერეთი"))
    org = factories.organisation(
        site.members["ka"],
        "chca",
        "ჰუმანიტარული ცენტრი „აფხაზეთი“",
        "CHCA",
        about="<p>სოციალური დაცვა და ადვოკატირება.</p>",
        website="https://chca.example.org",
        offices=[PartnerOffice(city="ქუთაისი", phone="+995 431 24 16 51", email="kutaisi@chca.example.org")],
    )
    donor = factories.donor(
        site.donors["ka"],
        "czech-mfa",
        "ჩეხეთის საგარეო საქმეთა სამინისტრო",
        country="ჩეხეთი",
        website="https://mzv.example.cz",
        about="<p>ორმხრივი დახმარება.</p>",
    )
    project = factories.project(
        org,
        "social-dialogue",
        "სოციალური დაცვის სტრატეგიული დიალოგი",
        start=date(2017, 1, 1),
        end=date(2018, 5, 31),
        donors=[(donor, "250000", "EUR")],
        municipalities=[kutaisi],
        summary="მრჩეველთა საბჭო გორში.",
        goal="საჯარო და სამოქალაქო სექტორის კავშირის გაძლიერება.",
        target_groups="<ul><li>არასამთავრობო ორგანიზაციები</li></ul>",
        activities="<ul><li>ბიუჯეტის მონიტორინგი</li></ul>",
        expected_results="<p>ადგილობრივი სტრატეგია</p>",
        contacts=[ProjectContact(name="ნინო მოდებაძე", role="კოორდინატორი", phone="+995 555 10 19 66")],
    )
    news = factories.news(
        org,
        "gori-council",
        "მრჩეველთა საბჭო შეიკრიბა",
        on=date(2017, 6, 2),
        lead="საბჭომ სტრატეგიის პროექტი განიხილა.",
        projects=[project],
        municipalities=[kutaisi],
        topics=["სოციალური დაცვა"],
        source_credit="CHCA",
        body=[("paragraph", "<p>სხდომა გორში გაიმართა.</p>")],
    )
    event = factories.event(
        org,
        "khashuri-workshop",
        "სამუშაო შეხვედრა ხაშურში",
        start=timezone.make_aware(datetime(2018, 11, 7, 14, 0)),
        end=timezone.make_aware(datetime(2018, 11, 7, 17, 0)),
        venue="ხაშურის მერია",
        municipality=kutaisi,
        contact_name="ნინო მოდებაძე",
        contact_phone="+995 555 10 19 66",
        lead="შეხვედრა თვითმმართველობასთან.",
    )
    standard = factories.add_page(
        site.homes["ka"],
        StandardPage(
            title="ჩვენს შესახებ",
            slug="about",
            intro="კოალიცია აერთიანებს ორგანიზაციებს.",
            locale=ka,
            body=[("heading", "ისტორია"), ("paragraph", "<p>დაარსდა 2018 წელს.</p>")],
        ),
    )
    return locals()


def get_ok(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def test_home_page_shows_news_projects_members_and_donors(client, site, tree):
    html = get_ok(client, site.homes["ka"])
    for text in ["მრჩეველთა საბჭო შეიკრიბა", "ჰუმანიტარული ცენტრი „აფხაზეთი“", "ჩეხეთის საგარეო საქმეთა სამინისტრო"]:
        assert text in html


def test_organisation_page_renders_its_fields_and_work(client, tree):
    html = get_ok(client, tree["org"])
    for text in [
        "CHCA",
        "სოციალური დაცვა და ადვოკატირება.",
        "https://chca.example.org",
        "+995 431 24 16 51",
        "kutaisi@chca.example.org",
        "სოციალური დაცვის სტრატეგიული დიალოგი",
        "მრჩეველთა საბჭო შეიკრიბა",
    ]:
        assert text in html, text


def test_project_page_renders_its_fields_and_relations(client, tree):
    html = get_ok(client, tree["project"])
    for text in [
        "მრჩეველთა საბჭო გორში.",
        "საჯარო და სამოქალაქო სექტორის კავშირის გაძლიერება.",
        "არასამთავრობო ორგანიზაციები",
        "ბიუჯეტის მონიტორინგი",
        "ადგილობრივი სტრატეგია",
        "ქუთაისი",
        "ჩეხეთის საგარეო საქმეთა სამინისტრო",
        "EUR",
        "ნინო მოდებაძე",
        "+995 555 10 19 66",
        "მრჩეველთა საბჭო შეიკრიბა",
        tree["org"].url,
        tree["donor"].url,
    ]:
        assert text in html, text


def test_news_page_renders_its_fields_and_publisher(client, tree):
    html = get_ok(client, tree["news"])
    for text in [
        "მრჩეველთა საბჭო შეიკრიბა",
        "საბჭომ სტრატეგიის პროექტი განიხილა.",
        "სხდომა გორში გაიმართა.",
        "სოციალური დაცვა",
        "ქუთაისი",
        "სოციალური დაცვის სტრატეგიული დიალოგი",
        "2017-06-02",
        "ჰუმანიტარული ცენტრი „აფხაზეთი“",
        tree["org"].url,
    ]:
        assert text in html, text
    assert tree["news"].publisher.pk == tree["org"].pk


def test_event_page_renders_and_offers_an_ics_file(client, tree):
    import icalendar

    html = get_ok(client, tree["event"])
    for text in [
        "სამუშაო შეხვედრა ხაშურში",
        "ხაშურის მერია",
        "ნინო მოდებაძე",
        "+995 555 10 19 66",
        "2018-11-07T14:00:00+04:00",
        "ics/",
    ]:
        assert text in html, text
    response = client.get(tree["event"].url + tree["event"].reverse_subpage("ics"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    event = icalendar.Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "სამუშაო შეხვედრა ხაშურში"
    assert event.decoded("DTSTART") == tree["event"].start
    assert "ხაშურის მერია" in str(event["LOCATION"])


def test_donor_and_standard_pages_render(client, tree):
    html = get_ok(client, tree["donor"])
    for text in [
        "ჩეხეთის საგარეო საქმეთა სამინისტრო",
        "ჩეხეთი",
        "ორმხრივი დახმარება.",
        "სოციალური დაცვის სტრატეგიული დიალოგი",
    ]:
        assert text in html, text
    html = get_ok(client, tree["standard"])
    for text in ["ჩვენს შესახებ", "კოალიცია აერთიანებს ორგანიზაციებს.", "ისტორია", "დაარსდა 2018 წელს."]:
        assert text in html, text


def test_index_pages_render(client, site, tree):
    assert "ჰუმანიტარული ცენტრი „აფხაზეთი“" in get_ok(client, site.members["ka"])
    assert "ჩეხეთის საგარეო საქმეთა სამინისტრო" in get_ok(client, site.donors["ka"])
    assert "სოციალური დაცვის სტრატეგიული დიალოგი" in get_ok(client, site.projects["ka"])
    assert "მრჩეველთა საბჭო შეიკრიბა" in get_ok(client, site.news["ka"])


ALLOWED = {
    HomePage: {NewsIndexPage, ProjectIndexPage, PartnerIndexPage, DonorIndexPage, FundingOverviewPage, StandardPage},
    FundingOverviewPage: set(),
    NewsIndexPage: {NewsPage, EventPage},
    PartnerIndexPage: {PartnerOrganisationPage},
    PartnerOrganisationPage: {NewsPage, EventPage, ProjectPage},
    DonorIndexPage: {DonorPage},
    ProjectIndexPage: set(),
    StandardPage: {StandardPage},
    NewsPage: set(),
    EventPage: set(),
    ProjectPage: set(),
    DonorPage: set(),
}


def test_the_tree_allows_exactly_the_designed_children():
    for parent, children in ALLOWED.items():
        assert set(parent.allowed_subpage_models()) == children, parent.__name__


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "secret-pass")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "model, parent_key",
    [
        (NewsPage, "donor"),
        (ProjectPage, "projects_index"),
        (DonorPage, "members_index"),
        (PartnerOrganisationPage, "news_index"),
        (EventPage, "donors_index"),
    ],
)
def test_admin_refuses_disallowed_parents(admin_client, site, tree, model, parent_key):
    parents = {
        "donor": tree["donor"],
        "projects_index": site.projects["ka"],
        "members_index": site.members["ka"],
        "news_index": site.news["ka"],
        "donors_index": site.donors["ka"],
    }
    parent = parents[parent_key]
    assert not model.can_create_at(parent)
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    # Wagtail answers a PermissionDenied in its admin with a redirect to the dashboard.
    for response in (admin_client.get(url), admin_client.post(url, {"title": "x", "slug": "x"})):
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not model.objects.filter(slug="x").exists()


def test_admin_can_create_a_news_item_in_an_organisation_section(admin_client, tree):
    org = tree["org"]
    url = f"/admin/pages/add/news/newspage/{org.pk}/"
    assert admin_client.get(url).status_code == 200
    data = {
        "title": "ახალი ამბავი",
        "slug": "new-item",
        "date": "2024-05-02",
        "lead": "მოკლედ.",
        "body-count": "0",
        "source_credit": "",
        "project_links-TOTAL_FORMS": "0",
        "project_links-INITIAL_FORMS": "0",
        "project_links-MIN_NUM_FORMS": "0",
        "project_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(slug="new-item")
    assert page.live and page.get_parent().pk == org.pk and page.locale == org.locale


def test_dates_and_times_follow_each_language(client, site, tree):
    html = get_ok(client, tree["event"])
    assert "7 ნოემბერი, 2018" in html
    assert "14:00" in html and "p.m." not in html


def test_an_organisation_page_lists_its_past_events_with_its_news(client, site):
    from datetime import datetime

    from django.utils import timezone

    org = factories.organisation(site.members["ka"], "fund", "ფონდი", "F")
    factories.event(org, "workshop", "ძველი სემინარი", start=timezone.make_aware(datetime(2019, 5, 1, 10)))
    html = client.get(org.url).content.decode()
    assert "ძველი სემინარი" in html
    assert "empty-state" not in html  # not "this organisation has not published any news yet"
