"""Which languages a page exists in, as the hreflang links, the sitemap and feeds need them.

A page and its translations share a ``translation_key``; a page counts as available in a
language when its translation there is live and public. Content written in one language
only simply has no alternates: nothing links to a translation that does not exist.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.models import Page

X_DEFAULT = "x-default"


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def live_translations(translation_keys):
    """{translation_key: {language code: page}} for the live, public pages with those keys,
    in one query."""
    codes = language_codes()
    found = defaultdict(dict)
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=set(translation_keys))
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
        url = page.get_full_url(request) if page is not None else None
        if url:
            alternates.append((code, url))
    if alternates:
        default = dict(alternates).get(settings.LANGUAGE_CODE, alternates[0][1])
        alternates.append((X_DEFAULT, default))
    return alternates
