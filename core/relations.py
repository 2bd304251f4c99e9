"""How content relates, in one place: which pages are published by an organisation, funded by a
donor, in a place or region, in a year, about a project or on a topic, and which pages show them.

Each page model that takes part says so next to its fields, as
``relations = Relations(place="municipalities", project="project_links__project", …)``: the
lookup from that model to the related object. This module turns those declarations into query
conditions on ``Page`` (or on one page type) that the listings, the search page's filters and
facets, the feeds and the page cache's purges all use. A new relation (say, events in several
municipalities) is a new field and a changed declaration on its model; nothing here or in the
places that ask changes. README, "Where things live", walks through it.

Matching across languages: a translated page may keep pointing at the source language's version
of a related page or snippet (wagtail-localize synchronises such fields as they are), so related
pages are matched by ``translation_key`` and places and topics by their ``slug``, which is the
same in every language.

This module imports no app of the project: it finds the declaring models through Wagtail's list
of page models.
"""

import functools
import operator
from dataclasses import dataclass, fields

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce, TruncDate
from wagtail.models import Page, get_page_models

from core.listing import kept_until_published
from core.visibility import live_public


@dataclass(frozen=True)
class Relations:
    """A page model's relations: each the lookup path from the model to the related object."""

    date: str | None = None  # the date the page is listed under (listings' order, "in a year")
    starts: str | None = None  # when it starts, for what is upcoming (events)
    news: bool = False  # listed among the news and events
    place: str | None = None  # → municipality (by slug)
    region: str | None = None  # → region (by slug)
    project: str | None = None  # → the projects it is about (by translation key)
    donor: str | None = None  # → the donors that fund it (by translation key)
    partner: str | None = None  # → organisations implementing it besides its publisher
    topic: str | None = None  # → topics (by slug)


RELATION_NAMES = tuple(field.name for field in fields(Relations))
NOTHING = Q(pk__in=[])


@functools.cache
def declaring(name):
    """[(page model, lookup path)] for the page models that declare relation ``name``."""
    if name not in RELATION_NAMES:
        raise ValueError(f"unknown relation {name!r}")
    found = []
    for model in get_page_models():
        declared = getattr(model, "relations", None)
        value = getattr(declared, name, None) if isinstance(declared, Relations) else None
        if value:
            found.append((model, value))
    return found


def target_models(name):
    """The models relation ``name`` leads to (e.g. the municipality snippet for "place")."""
    found = set()
    for model, path in declaring(name):
        target = model
        for part in path.split("__"):
            target = target._meta.get_field(part).related_model
        found.add(target)
    return found


def _lookup(model, path, on):
    """The lookup to ``path`` of ``model`` from ``on``: Page (or None), a tuple of page types (a
    Page queryset of those types), or one page type. None when ``on`` cannot have the relation."""
    if on is None or on is Page:
        return f"{model._meta.model_name}__{path}"
    if isinstance(on, tuple):
        return f"{model._meta.model_name}__{path}" if any(issubclass(each, model) for each in on) else None
    return path if issubclass(on, model) else None


def declaring_on(name, on=None):
    """Whether any page type ``on`` stands for declares relation ``name``."""
    return any(_lookup(model, path, on) for model, path in declaring(name))


def _any(name, suffix, value, on=None, joined=False):
    """Pages (of type ``on``, or any) whose relation ``name`` matches ``<suffix>=value``.

    For listings, each declaring type's pages as a subquery from the relation's own tables, so a
    page is listed once however many of its rows match (no DISTINCT); joined through the page
    table instead, every page of a language was joined to every type's relation tables first (90
    ms for a project's news at 100 000 pages). ``joined``: the joins, for the search backends'
    page filter (search_page.query), where PostgreSQL plans the subqueries inside its per-match
    check badly (3 s instead of 0.25 s for a filtered search at 100 000 pages)."""
    conditions = []
    for model, path in declaring(name):
        lookup = _lookup(model, path, on)
        if lookup is None:
            continue
        if joined:
            conditions.append(Q(**{f"{lookup}__{suffix}": value}))
        else:
            matching = model._base_manager.filter(**{f"{path}__{suffix}": value}).values("pk")
            conditions.append(Q(pk__in=matching))
    return functools.reduce(operator.or_, conditions) if conditions else NOTHING


# --- Conditions: each a Q on Page, or on the page type given as ``on`` ---------------------------


def published_by(organisation, on=None, versions=None, joined=False):
    """Pages below the organisation's page in any language's version of its section, and what it
    implements as a partner. Its own page is not "published by" it. ``versions``: the (path,
    depth) of its language versions, when the caller has them already."""
    if versions is None:
        versions = organisation.get_translations(inclusive=True).values_list("path", "depth")
    conditions = [Q(path__startswith=path, depth__gt=depth) for path, depth in versions]
    if declaring_on("partner", on):
        conditions.append(_any("partner", "translation_key", organisation.translation_key, on, joined))
    return functools.reduce(operator.or_, conditions) if conditions else NOTHING


def publishers_among(organisations, pages):
    """The ``organisations`` (section pages of one locale) that published_by() finds one of
    ``pages`` (a Page queryset of that locale) for: a page below theirs, or one they implement
    as a partner. Its inverse, in one query."""
    below = pages.filter(path__startswith=OuterRef("path"), depth__gt=OuterRef("depth"))
    partners = related_keys("partner", pages)
    return organisations.filter(Q(Exists(below.values("pk"))) | Q(translation_key__in=sorted(partners)))


def funded_by(donor, on=None, joined=False):
    """Projects the donor funds and news and events about them."""
    return _any("donor", "translation_key", donor.translation_key, on, joined)


def in_place(municipality, on=None, joined=False):
    return _any("place", "slug", municipality.slug, on, joined)


def in_region(region, on=None, joined=False):
    return _any("region", "slug", region.slug, on, joined)


def in_year(year, on=None, joined=False):
    """News by their date, events by the day they start, projects by the year they start."""
    return _any("date", "year", year, on, joined)


def about_projects(project_translation_keys, on=None, joined=False):
    """Pages about any of the projects (translation keys: a list or a subquery)."""
    return _any("project", "translation_key__in", project_translation_keys, on, joined)


def with_topic(topic, on=None, joined=False):
    return _any("topic", "slug", topic.slug, on, joined)


# The filters of the listings and the search page, by their URL parameter's name.
FILTERS = {
    "organisation": published_by,
    "donor": funded_by,
    "municipality": in_place,
    "region": in_region,
    "year": in_year,
    "topic": with_topic,
    "project": lambda project, on=None, joined=False: about_projects([project.translation_key], on, joined),
}


def listing_filters(filters, on=None, one_locale=False, joined=False):
    """One condition for every filter in ``filters`` ({name: the chosen page, place, topic or year});
    names that are not relations (e.g. a project's status) and empty values are left out.
    ``one_locale``: the pages filtered are of the chosen organisation's language, so only that
    version of its section matters. ``joined``: see _any()."""
    condition = Q()
    for name, value in filters.items():
        if name == "organisation" and one_locale and value is not None:
            condition &= published_by(value, on=on, versions=[(value.path, value.depth)], joined=joined)
        elif name in FILTERS and value not in (None, ""):
            condition &= FILTERS[name](value, on=on, joined=joined)
    return condition


# --- Dates and the news listing ------------------------------------------------------------------


def _date_of(model, path, on):
    lookup = _lookup(model, path, on)
    field = model._meta.get_field(path)
    return TruncDate(lookup) if isinstance(field, models.DateTimeField) else models.F(lookup)


def listing_date(on=None, news_only=False):
    """The date a page is listed under (a news item's date, the day an event starts, the day a
    project starts), as one expression over the page types that have one."""
    parts = [
        _date_of(model, path, on)
        for model, path in declaring("date")
        if (not news_only or getattr(model.relations, "news", False)) and _lookup(model, path, on)
    ]
    if not parts:
        return models.Value(None, output_field=models.DateField())
    return parts[0] if len(parts) == 1 else Coalesce(*parts)


def news_models():
    return [
        model
        for model in get_page_models()
        if isinstance(getattr(model, "relations", None), Relations) and model.relations.news
    ]


def dated_news_items(locale):
    """Live public news and events of one locale, each annotated with ``sort_date``: the date of
    a news item, the day an event starts; so one list (and one year filter) holds both."""
    return (
        live_public(Page.objects.filter(locale=locale))
        .type(*news_models())
        .annotate(sort_date=listing_date(news_only=True))
    )


def news_items(locale):
    """Live news and events of one locale, newest first, as specific pages."""
    return dated_news_items(locale).order_by("-sort_date", "-pk").specific()


# How far NewestNews reads each type's newest (the first 50 pages of a listing of ten).
NEWEST_READ_AHEAD = 500


class NewestNews:
    """The live news and events of a locale, newest first as ``news_items`` orders them, for
    reading from the top (the home page, feeds, the unfiltered news index): a sliceable list
    with a count, as Django's paginator takes it. Each type's newest are read from its own
    date column first (its index), then only those are sorted together: ordering a whole
    language's news by a date kept in a different table per type read every one of them
    (50–70 ms at 100 000 pages)."""

    ordered = True

    def __init__(self, locale):
        self.locale = locale

    def count(self):
        locale_id = getattr(self.locale, "pk", self.locale)
        return kept_until_published(f"news-count:{locale_id}", lambda: news_items(self.locale).count())

    def __len__(self):
        return self.count()

    def _newest_ids(self, stop):
        ids = []
        for model in news_models():
            date = _date_of(model, model.relations.date, model)
            of_type = live_public(model.objects.filter(locale=self.locale)).order_by(date.desc(), "-pk")
            ids += of_type.values_list("pk", flat=True)[:stop]
        return ids

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key : key + 1][0]
        if key.stop is None or key.step is not None or key.stop > NEWEST_READ_AHEAD:
            # Deep pages: the candidates would outnumber what one sort of them all costs.
            return list(news_items(self.locale)[key])
        return list(news_items(self.locale).filter(pk__in=self._newest_ids(key.stop))[key])


def news_about(locale, project_translation_keys):
    """Live news and events of one locale about any of the projects, newest first."""
    return news_items(locale).filter(about_projects(project_translation_keys, on=tuple(news_models())))


def upcoming(items, now):
    """The events of ``items`` that start from ``now`` on, soonest first."""
    starts = [models.F(_lookup(model, path, Page)) for model, path in declaring("starts")]
    if not starts:
        return items.none()
    start = starts[0] if len(starts) == 1 else Coalesce(*starts)
    return items.annotate(starts_at=start).filter(starts_at__gte=now).order_by("starts_at")


# --- Counting and following relations ------------------------------------------------------------


def count_by(name, key, ids):
    """{value of ``<relation>__<key>``: how many of the pages ``ids`` have it}, over every page
    type declaring the relation: one statement (a GROUP BY per type, their rows together), no
    page loaded. A page has one type, so the counts of the types add up."""
    per_model = [
        model.objects.filter(pk__in=ids)
        .order_by()
        .values(value=models.F(f"{path}__{key}"))
        .annotate(n=models.Count("pk", distinct=True))
        for model, path in declaring(name)
    ]
    if not per_model:
        return {}
    rows = per_model[0].union(*per_model[1:], all=True) if len(per_model) > 1 else per_model[0]
    counts = {}
    for row in rows:
        if row["value"] is not None:
            counts[row["value"]] = counts.get(row["value"], 0) + row["n"]
    return counts


def related_keys(name, pages, key="translation_key"):
    """The ``key`` of everything ``pages`` (a Page queryset) relate to by relation ``name``."""
    per_model = [
        model.objects.filter(pk__in=pages.values("pk")).order_by().values_list(f"{path}__{key}", flat=True)
        for model, path in declaring(name)
    ]
    if not per_model:
        return set()
    values = per_model[0].union(*per_model[1:]) if len(per_model) > 1 else per_model[0].distinct()
    return {value for value in values if value is not None}


# --- Which pages show what: for the page cache's purges ----------------------------------------


def index_pages_showing(kind, locale=None):
    """The index pages of ``locale`` (of every locale if None) that list or filter by ``kind`` of
    content (their model's ``shows``: "news", "project", "organisation", "donor", "place", "topic")."""
    index_models = [model for model in get_page_models() if kind in getattr(model, "shows", ())]
    if not index_models:
        return Page.objects.none()
    pages = Page.objects.type(*index_models)
    return pages if locale is None else pages.filter(locale=locale)


def pks(queryset):
    return set(queryset.values_list("pk", flat=True))
