"""Loading the places of ``partners.places_data`` into the database, idempotently.

``load_places`` works on the live models (``ensure_places``, called by ``bootstrap_site``) and on
a migration's historical ones (``partners/migrations/0004_every_place.py``). For every locale of
ka, az and en it creates the regions and municipalities that are missing, found by slug within
the locale: nothing is renamed or duplicated, what editors changed stays. The versions of a
place share one translation key: a place that exists in some language gives its key to the
versions created for the others.
"""

import uuid

from modelsearch.backends import get_search_backends
from wagtail.models import Locale

from partners import places_data
from partners.models import Municipality, Region

LANGUAGES = ("ka", "az", "en")


def _language_index(language_code):
    return LANGUAGES.index(language_code)


def _named(records):
    """(slug, names by language code, the record's second field: country or region slug)."""
    return [(slug, dict(zip(LANGUAGES, names, strict=True)), where) for slug, where, *names in records]


def _load(model, records, locales, extra_fields):
    """Create the missing rows of ``model`` for ``records`` (slug, names by code, record);
    return them and every row by (slug, language code)."""
    by_slug = {}
    taken_keys = set()
    for obj in model.objects.filter(locale__in=locales.values()):
        code = next(code for code, locale in locales.items() if locale.pk == obj.locale_id)
        by_slug[(obj.slug, code)] = obj
        taken_keys.add((obj.translation_key, obj.locale_id))
    created = []
    for slug, names, record in records:
        existing = [by_slug[(slug, code)] for code in locales if (slug, code) in by_slug]
        key = existing[0].translation_key if existing else uuid.uuid4()
        for code, locale in locales.items():
            if (slug, code) in by_slug or (key, locale.pk) in taken_keys:
                continue
            obj = model(slug=slug, locale=locale, translation_key=key, name=names[code])
            for field, value in extra_fields(record, code).items():
                setattr(obj, field, value)
            created.append(obj)
            by_slug[(slug, code)] = obj
            taken_keys.add((key, locale.pk))
    model.objects.bulk_create(created)
    return created, by_slug


def load_places(region_model, municipality_model, locale_model):
    """Create the missing places; return the new rows by model (for the search index)."""
    locales = {locale.language_code: locale for locale in locale_model.objects.filter(language_code__in=LANGUAGES)}
    locales = dict(sorted(locales.items(), key=lambda item: _language_index(item[0])))
    if not locales:
        return {}
    regions, region_rows = _load(
        region_model,
        _named(places_data.REGIONS),
        locales,
        lambda country, code: {"country": country},
    )
    municipalities, _rows = _load(
        municipality_model,
        _named(places_data.MUNICIPALITIES),
        locales,
        lambda region, code: {"region": region_rows.get((region, code))},
    )
    return {region_model: regions, municipality_model: municipalities}


def ensure_places():
    """The places of every language, with the new ones added to the search index (the
    chooser and the admin listing search them)."""
    created = load_places(Region, Municipality, Locale)
    for model, objects in created.items():
        if objects:
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, objects)
    return sum(len(objects) for objects in created.values())
