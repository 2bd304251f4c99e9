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
from topics.models import Topic


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


def topic(locale, name="ტრენინგი", slug=None, source=None):
    """A topic of ``locale``; with ``source``, that topic's translation (sharing its slug)."""
    if source is not None:
        return Topic.objects.create(locale=locale, name=name, slug=source.slug, translation_key=source.translation_key)
    return Topic.objects.create(locale=locale, name=name, slug=slug or "")


def topics_named(locale, topics):
    """Topics as given, a name standing for the topic of that name in ``locale`` (made if missing)."""
    return [
        item
        if isinstance(item, Topic)
        else Topic.objects.filter(locale=locale, name=item).first() or topic(locale, item)
        for item in topics
    ]


def news(parent, slug="news", title="სიახლე", on=date(2024, 5, 1), projects=(), municipalities=(), topics=(), **fields):
    page = NewsPage(title=title, slug=slug, date=on, locale=parent.locale, **fields)
    page.project_links = [NewsPageProject(project=p) for p in projects]
    page.municipalities.set(list(municipalities))
    page.topics.set(topics_named(parent.locale, topics))
    return add_page(parent, page)


def event(parent, slug="event", title="შეხვედრა", start=None, end=None, topics=(), **fields):
    start = start or timezone.make_aware(datetime(2024, 6, 1, 14, 0))
    page = EventPage(title=title, slug=slug, start=start, end=end, locale=parent.locale, **fields)
    page.topics.set(topics_named(parent.locale, topics))
    return add_page(parent, page)
