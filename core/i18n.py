"""Which languages a page exists in, as the hreflang links, the sitemap and feeds need them.

A page and its translations share a ``translation_key``; a page counts as available in a
language when its translation there is live and public. Content written in one language
only simply has no alternates: nothing links to a translation that does not exist.
"""

import time
from collections import defaultdict

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.absolute_urls import page_full_url
from core.visibility import live_public

X_DEFAULT = "x-default"


# Locales are made when the site is set up and practically never change, yet a page asked for
# its locale up to 45 times per request. Each process keeps them for a minute; a change in this
# process (core.apps) forgets them at once.
LOCALES_KEPT_SECONDS = 60
_locales = {"read_at": float("-inf"), "by_code": {}}


def locales_by_code():
    """{language code: Locale} for every locale, from the process's copy when it is fresh."""
    if time.monotonic() - _locales["read_at"] > LOCALES_KEPT_SECONDS:
        _locales["by_code"] = {locale.language_code: locale for locale in Locale.objects.all()}
        _locales["read_at"] = time.monotonic()
    return _locales["by_code"]


def locale_of(obj):
    """The Locale of a page or snippet without reading its ``locale`` relation (a query per
    object unless selected with it)."""
    locale_id = getattr(obj, "locale_id", None)
    return next((locale for locale in locales_by_code().values() if locale.pk == locale_id), None) or obj.locale


def localized(objects, locale=None):
    """Each of ``objects`` (pages or snippets) in ``locale`` (the active one by default), as
    Wagtail's ``obj.localized`` gives it: its translation there (for a page, if live), else the
    object itself. One query per model instead of two per object."""
    objects = list(objects)
    locale = locale or active_locale()
    if locale is None:
        return objects
    wanted = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale.pk:
            wanted[type(obj)].add(obj.translation_key)
    found = {}
    for model, keys in wanted.items():
        translations = model._default_manager.filter(translation_key__in=keys, locale_id=locale.pk)
        if issubclass(model, Page):
            translations = translations.live()
        found.update({(model, each.translation_key): each for each in translations})
    return [found.get((type(obj), obj.translation_key), obj) for obj in objects]


def forget_locales(**kwargs):
    _locales["read_at"] = float("-inf")


def active_locale():
    """The Locale of the active language (the default locale when it has none), or None on a
    site without locales."""
    by_code = locales_by_code()
    return by_code.get(get_language()) or by_code.get(settings.LANGUAGE_CODE)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def live_translations(translation_keys):
    """{translation_key: {language code: page}} for the live, public pages with those keys,
    in one query."""
    codes = language_codes()
    found = defaultdict(dict)
    pages = (
        live_public(Page.objects.filter(translation_key__in=set(translation_keys)))
        .select_related("locale")
        .only("id", "url_path", "translation_key", "locale__language_code")
    )
    for page in pages:
        code = page.locale.language_code
        if code in codes:
            found[page.translation_key][code] = page
    return found


def alternate_urls(translations, request=None):
    """[(hreflang, absolute URL)] for one page's translations ({code: page}), in the order of
    settings.LANGUAGES, followed by x-default: the default language's version where it
    exists, else the first available (the only one, for single-language content)."""
    alternates = []
    for code in language_codes():
        page = translations.get(code)
        url = page_full_url(page, request) if page is not None else None
        if url:
            alternates.append((code, url))
    if alternates:
        default = dict(alternates).get(settings.LANGUAGE_CODE, alternates[0][1])
        alternates.append((X_DEFAULT, default))
    return alternates


def queries_in_languages(filters, plain=()):
    """{language code: query string} that carries a listing's or the search's ``filters`` into
    each language's version of the page, so that switching language keeps them.

    ``filters``: {parameter: value} as the filter form understood them: a page (an organisation,
    a project, a donor) goes as its live translation's slug there, and is left out where it has
    none (nothing there to filter by); a snippet (a place, a topic) by its slug, which
    wagtail-localize keeps the same in every language; anything else (a year, a status) as it is.
    ``plain``: [(parameter, value)] carried as they are, first (the search's ``q``). The page
    number is never carried: the lists differ. One query, for the pages' translations, when some
    filter is a page."""
    pages = {name: value for name, value in filters.items() if isinstance(value, Page)}
    slugs = defaultdict(dict)  # translation key → {locale id: slug}
    if pages:
        translations = live_public(
            Page.objects.filter(translation_key__in={page.translation_key for page in pages.values()})
        ).values_list("translation_key", "locale_id", "slug")
        for key, locale_id, slug in translations:
            slugs[key][locale_id] = slug
    queries = {}
    for code, locale in locales_by_code().items():
        params = QueryDict(mutable=True)
        for name, value in plain:
            params.appendlist(name, str(value))
        for name, value in filters.items():
            if name in pages:
                value = slugs[value.translation_key].get(locale.pk)
            elif hasattr(value, "slug"):
                value = value.slug
            if value not in (None, ""):
                params[name] = str(value)
        queries[code] = params.urlencode()
    return queries
