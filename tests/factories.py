"""Small builders for test content on top of bootstrap_site's tree."""

from datetime import date, datetime
from decimal import Decimal

from django.utils import timezone

from core.publishing import publish
from news.models import EventPage, NewsPage, NewsPageProject
from partners.models import (
    DonorPage,
    Municipality,
    PartnerOrganisationPage,
    ProjectDonor,
    ProjectPage,
    ProjectResult,
    Region,
)


def add_page(parent, page):
    parent.add_child(instance=page)
    return publish(page)


def region(locale, slug="imereti", name="იმერეთი"):
    return Region.objects.create(locale=locale, slug=slug, name=name)


def municipality(locale, slug="kutaisi", name="ქუთაისი", region=None):
    return Municipality.objects.create(locale=locale, slug=slug, name=name, region=region)


def organisation(members_index, slug="wic", title="ქალთა საინფორმაციო ცენტრი", acronym="WIC", offices=(), **fields):
    page = PartnerOrganisationPage(title=title, slug=slug, acronym=acronym, locale=members_index.locale, **fields)
    page.offices = list(offices)
    return add_page(members_index, page)


def donor(donors_index, slug="eu", title="ევროკავშირი", kind=DonorPage.Kind.MULTILATERAL, **fields):
    return add_page(donors_index, DonorPage(title=title, slug=slug, kind=kind, locale=donors_index.locale, **fields))


def project(
    org,
    slug="project",
    title="პროექტი",
    start=date(2020, 1, 1),
    end=None,
    donors=(),
    municipalities=(),
    partners=(),
    contacts=(),
    results=(),
    **fields,
):
    page = ProjectPage(title=title, slug=slug, start_date=start, end_date=end, locale=org.locale, **fields)
    page.results = [
        ProjectResult(indicator=indicator, target=target, achieved=achieved, due_date=due, locale=org.locale)
        for indicator, target, achieved, due in results
    ]
    page.fundings = [
        ProjectDonor(donor=d, amount=Decimal(amount) if amount is not None else None, currency=currency)
        for d, amount, currency in donors
    ]
    page.municipalities.set(list(municipalities))
    page.partner_organisations.set(list(partners))
    page.contacts = list(contacts)
    return add_page(org, page)


def news(parent, slug="news", title="სიახლე", on=date(2024, 5, 1), projects=(), municipalities=(), tags=(), **fields):
    page = NewsPage(title=title, slug=slug, date=on, locale=parent.locale, **fields)
    page.project_links = [NewsPageProject(project=p) for p in projects]
    page.municipalities.set(list(municipalities))
    page.tags.set(list(tags))
    return add_page(parent, page)


def event(parent, slug="event", title="შეხვედრა", start=None, end=None, **fields):
    start = start or timezone.make_aware(datetime(2024, 6, 1, 14, 0))
    return add_page(parent, EventPage(title=title, slug=slug, start=start, end=end, locale=parent.locale, **fields))
