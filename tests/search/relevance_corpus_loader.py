"""Loads the documents of the large relevance set (``relevance_corpus*.py``) as real, published
pages on a bootstrapped test site (``tests.conftest.make_site``), through the test factories:
places, donors and organisations (with acronyms) in both languages as translations of each other
(and in English, for their English names),
projects under their implementers with their donors, partners and municipalities, news items
with their places and projects, events with their place and venue."""

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta

from django.utils import timezone

from partners.models import Municipality
from search.indexing import deferred_indexing

from ..factories import donor, event, news, organisation, project
from . import relevance_corpus, relevance_corpus_az, relevance_corpus_ka

LANGUAGES = {"ka": relevance_corpus_ka, "az": relevance_corpus_az}


def _rich(text):
    return f"<p>{text}</p>"


def _body(text):
    return [("paragraph", _rich(text))] if text else []


def load_corpus(site):
    """Creates every document; returns {(language, slug): page id}, the keys the grades use."""
    keys = defaultdict(uuid.uuid4)  # (model, slug) -> a translation key the two languages share
    pages = {}

    def key(model, slug, language):
        shared = model in ("place", "donor", "organisation") or slug in relevance_corpus_az.TRANSLATIONS
        return keys[(model, slug)] if language == "ka" or shared else uuid.uuid4()

    def remember(language, page):
        assert (language, page.slug) not in pages, f"{language}/{page.slug} twice"
        pages[(language, page.slug)] = page.pk
        return page

    # Each page indexed once at the end, instead of on every save and publish.
    with deferred_indexing():
        for language, corpus in LANGUAGES.items():
            column = 0 if language == "ka" else 1
            places = {
                slug: Municipality.objects.create(
                    locale=site.locales[language],
                    slug=slug,
                    name=names[column],
                    translation_key=key("place", slug, language),
                )
                for slug, names in relevance_corpus.PLACES.items()
            }
            donors = {
                item["slug"]: remember(
                    language,
                    donor(
                        site.donors[language],
                        slug=item["slug"],
                        title=item["title"][language],
                        kind=item["kind"],
                        country=item["country"][language],
                        about=_rich(item["about"][language]),
                        translation_key=key("donor", item["slug"], language),
                    ),
                )
                for item in relevance_corpus.DONORS
            }
            organisations = {
                item["slug"]: remember(
                    language,
                    organisation(
                        site.members[language],
                        slug=item["slug"],
                        title=item["title"][language],
                        acronym=item["acronym"],
                        about=_rich(item["about"][language]),
                        translation_key=key("organisation", item["slug"], language),
                    ),
                )
                for item in relevance_corpus.ORGANISATIONS
            }
            projects = {}
            for item in corpus.PROJECTS:
                projects[item["slug"]] = remember(
                    language,
                    project(
                        organisations[item["org"]],
                        slug=item["slug"],
                        title=item["title"],
                        start=date(2025, 3, 1),
                        end=date(2027, 2, 28),
                        donors=[(donors[slug], None, "EUR") for slug in item["donors"]],
                        municipalities=[places[slug] for slug in item["places"]],
                        partners=[organisations[slug] for slug in item.get("partners", ())],
                        summary=item["summary"],
                        goal=item["goal"],
                        translation_key=key("project", item["slug"], language),
                    ),
                )
            for number, item in enumerate(corpus.NEWS):
                remember(
                    language,
                    news(
                        site.news[language],
                        slug=item["slug"],
                        title=item["title"],
                        on=date(2025, 1, 6) + timedelta(days=7 * number),
                        lead=item["lead"],
                        body=_body(item.get("body")),
                        municipalities=[places[slug] for slug in item.get("places", ())],
                        projects=[projects[slug] for slug in item.get("projects", ())],
                        translation_key=key("news", item["slug"], language),
                    ),
                )
            for number, item in enumerate(corpus.EVENTS):
                remember(
                    language,
                    event(
                        site.news[language],
                        slug=item["slug"],
                        title=item["title"],
                        start=timezone.make_aware(datetime(2026, 4, 4, 11, 0) + timedelta(days=9 * number)),
                        lead=item["lead"],
                        venue=item.get("venue", ""),
                        municipality=places[item["place"]] if item.get("place") else None,
                        translation_key=key("event", item["slug"], language),
                    ),
                )
        _load_english_names(site, key)
    return pages


def _load_english_names(site, key):
    """The English versions of the places, donors and organisations (relevance_corpus.ENGLISH_NAMES),
    translations of the Georgian and Azerbaijani ones."""
    names = relevance_corpus.ENGLISH_NAMES
    for slug, name in names["place"].items():
        Municipality.objects.create(
            locale=site.locales["en"], slug=slug, name=name, translation_key=key("place", slug, "en")
        )
    for item in relevance_corpus.DONORS:
        donor(
            site.donors["en"],
            slug=item["slug"],
            title=names["donor"][item["slug"]],
            kind=item["kind"],
            translation_key=key("donor", item["slug"], "en"),
        )
    for item in relevance_corpus.ORGANISATIONS:
        organisation(
            site.members["en"],
            slug=item["slug"],
            title=names["organisation"][item["slug"]],
            acronym=item["acronym"],
            translation_key=key("organisation", item["slug"], "en"),
        )
