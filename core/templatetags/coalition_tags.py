"""Template tags for the public site: the locale's home page and section indexes, the
main menu, language links, breadcrumbs and small helpers for listings.

Everything here tolerates missing content (no home page yet, no translation, a locale
without pages) and returns None or an empty list rather than raising, so a half-built
site still renders.

Lookups are cached on the request, so calling ``{% home_page %}`` in the header, the
footer and a page template costs one query.
"""

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.absolute_urls import page_full_url
from core.i18n import (
    X_DEFAULT,
    active_locale,
    alternate_urls,
    language_codes,
    live_translations,
    locale_of,
    locales_by_code,
)
from core.visibility import live_public

register = template.Library()

_CACHE_ATTR = "_coalition_tags_cache"
# Each language's home page is a child of Wagtail's root page.
HOME_DEPTH = 2


def _request_cache(context):
    """A dict living as long as the request (or the render, without a request)."""
    request = context.get("request")
    if request is None:
        return context.render_context.setdefault(_CACHE_ATTR, {})
    if not hasattr(request, _CACHE_ATTR):
        setattr(request, _CACHE_ATTR, {})
    return getattr(request, _CACHE_ATTR)


def _home_page_for(context, locale):
    """The live home page of ``locale``: the root of that language's tree (depth 2, under
    Wagtail's root), via the current Site's root where possible."""
    if locale is None:
        return None
    cache = _request_cache(context)
    key = ("home", locale.pk)
    if key not in cache:
        home = None
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        if site is not None:
            root = site.root_page
            candidate = root if root.locale_id == locale.pk else root.get_translation_or_none(locale)
            if candidate is not None and candidate.live and candidate.depth == HOME_DEPTH:
                # Its own fields load when first read: the chrome needs only its title and URL.
                home = candidate.specific_deferred
        if home is None:
            home = Page.objects.live().filter(locale=locale, depth=HOME_DEPTH).order_by("path").first()
            home = home.specific if home is not None else None
        cache[key] = home
    return cache[key]


def _sections(context, home):
    """The home page's live public children (the index pages and the menu), in tree order: one
    query per request however many menu items and index pages a page shows."""
    cache = _request_cache(context)
    key = ("sections", home.pk)
    if key not in cache:
        cache[key] = list(live_public(home.get_children()).order_by("path"))
    return cache[key]


def _translations(context, page):
    """{language code: live public page} of ``page``'s translations, itself included; one query
    per request for the hreflang links and the language switcher together."""
    cache = _request_cache(context)
    key = ("translations", page.translation_key)
    if key not in cache:
        cache[key] = live_translations([page.translation_key]).get(page.translation_key, {})
    return cache[key]


@register.simple_tag(takes_context=True)
def home_page(context):
    """``{% home_page as home %}``: the live HomePage of the active locale, else the default one."""
    home = _home_page_for(context, active_locale())
    if home is None:
        home = _home_page_for(context, locales_by_code().get(settings.LANGUAGE_CODE))
    return home


@register.simple_tag(takes_context=True)
def index_page(context, model_label):
    """``{% index_page "news.NewsIndexPage" as news_index %}``: the live page of that type
    under the current locale's home page (None if there is none)."""
    home = home_page(context)
    try:
        model = apps.get_model(model_label)
    except (LookupError, ValueError):
        return None
    if home is None:
        return None
    # Index pages are children of the home page (IndexPage.parent_page_types); the first of the
    # type, as the specific page without another query (its own fields load when first read).
    content_type = ContentType.objects.get_for_model(model)
    page = next((child for child in _sections(context, home) if child.content_type_id == content_type.pk), None)
    return page.specific_deferred if page is not None else None


@register.simple_tag(takes_context=True)
def main_menu(context, home=None):
    """``{% main_menu home as items %}``: live children of the home page marked
    "show in menus" (all live children if none is marked), each as a dict with
    ``page`` and ``active`` (the current page is that item or below it)."""
    home = home or home_page(context)
    if home is None:
        return []
    children = _sections(context, home)
    items = [child for child in children if child.show_in_menus] or children
    current = context.get("page")
    current_path = getattr(current, "path", "") or ""
    return [
        {
            "page": item,
            "current": bool(current_path) and current_path == item.path,
            "active": bool(current_path) and current_path.startswith(item.path),
        }
        for item in items
    ]


def _is_django_view(request):
    """The request was routed to a named Django view (not Wagtail's page serving, not a 404
    that matched nothing), so translate_url() gives a working URL in another language."""
    match = getattr(request, "resolver_match", None) if request is not None else None
    return match is not None and match.url_name not in (None, "wagtail_serve")


@register.simple_tag(takes_context=True)
def language_links(context):
    """``{% language_links as languages %}``: one entry per settings.LANGUAGES.

    Each entry has ``code``, ``name`` (the language in its own name), ``url``,
    ``current`` (the active language) and ``translated`` (the link goes to this page's
    own translation rather than to that language's home page).
    """
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    active = get_language()
    locales = locales_by_code()
    translations = _translations(context, page) if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        url = None
        translated = False
        if page is not None and locale is not None:
            translation = translations.get(code)
            if translation is not None:
                url = translation.get_url(request)
                translated = bool(url)
        if url is None and page is None and _is_django_view(request):
            # Django views under i18n_patterns (search): the same path in that language.
            full_path = request.get_full_path()
            candidate = translate_url(full_path, code)
            if candidate != full_path or code == active:
                url = candidate
                translated = True
        if url is None and locale is not None:
            home = _home_page_for(context, locale)
            if home is not None:
                url = home.get_url(request)
        if url is None:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == active, "translated": translated})
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context, page=None):
    """``{% alternate_links page as alternates %}``: (hreflang, absolute URL) for each live
    translation of the page, the page itself included, then x-default; for
    <link rel="alternate">. On a Django view under the language prefix (search), the same
    path in each language."""
    page = page or context.get("page")
    request = context.get("request")
    if isinstance(page, Page):
        return alternate_urls(_translations(context, page), request)
    if _is_django_view(request):
        path = request.path
        alternates = [(code, request.build_absolute_uri(translate_url(path, code))) for code in language_codes()]
        default = dict(alternates)[settings.LANGUAGE_CODE]
        return alternates + [(X_DEFAULT, default)]
    return []


@register.simple_tag(takes_context=True)
def absolute_pageurl(context, page):
    """``{% absolute_pageurl page %}``: the page's absolute URL on the address the reader used
    (Wagtail's ``fullpageurl`` gives the Site record's hostname and port)."""
    return page_full_url(page, context.get("request")) or ""


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page=None):
    """``{% breadcrumbs page as crumbs %}``: live ancestors from the home page down
    (empty for the home page itself and its direct children's parent-less cases)."""
    page = page or context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(live_public(page.get_ancestors().filter(depth__gte=2)).order_by("depth"))


@register.filter
def language_code(obj):
    """``page|language_code``: the language code of a page's (or snippet's) locale, e.g. "ka"."""
    return locale_of(obj).language_code if obj is not None else ""


@register.filter
def language_name(obj):
    """``page|language_name``: the name of a page's language, in the reader's language."""
    return locale_of(obj).get_display_name() if obj is not None else ""


@register.filter
def page_type(page):
    """``item|page_type``: the model name of a (specific) page, e.g. "eventpage"."""
    if page is None:
        return ""
    specific_class = getattr(page, "specific_class", None) or type(page)
    return specific_class._meta.model_name


@register.filter
def page_type_label(page):
    """``item|page_type_label``: the translated verbose name of the page's type."""
    if page is None:
        return ""
    specific_class = getattr(page, "specific_class", None) or type(page)
    return specific_class._meta.verbose_name


@register.filter
def teaser(page, length=40):
    """``page|teaser``: a plain-text summary for listings and meta descriptions: the
    first of search_description, lead, summary, intro or about, cut to ``length`` words."""
    if page is None:
        return ""
    for field in ("search_description", "lead", "summary", "intro", "about"):
        value = getattr(page, field, "")
        if value and not callable(value):
            text = " ".join(strip_tags(str(value)).split())
            if text:
                return Truncator(text).words(int(length))
    return ""


@register.filter
def same_day(start, end):
    """``page.start|same_day:page.end``: both datetimes fall on the same local day."""
    if not start or not end:
        return False
    if timezone.is_aware(start):
        start = timezone.localtime(start)
    if timezone.is_aware(end):
        end = timezone.localtime(end)
    return start.date() == end.date()


@register.filter
def display_url(url):
    """``website|display_url``: a URL without scheme, "www." and trailing slash, for link text."""
    if not url:
        return ""
    text = str(url)
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    if text.startswith("www."):
        text = text[4:]
    return text.rstrip("/")


@register.filter
def amounts_in(row, currencies):
    """``row|amounts_in:currencies``: a funding breakdown row's amount in each of the currencies
    (None where it has none), for a table with a column per currency."""
    return [row.amounts.get(currency) for currency in currencies]
