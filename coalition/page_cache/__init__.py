"""Whole-page cache for anonymous readers, purged exactly when content changes.

**What is cached**: the 200 responses of Wagtail's page serving (pages and their routes:
feeds, an event's .ics) under a language prefix, for GET and HEAD requests of readers without
session data (no login, no passed page password) and without pending messages. A response is
not stored if it sets a cookie (a CSRF token was used: the cookie is set), if the view wrote to
the session, if it says ``Cache-Control: private/no-cache/no-store`` or varies on anything but
Cookie and Accept-Language. So editors, previews (admin URLs), the search page (a Django view),
the sitemap, redirects and 404s are never cached, and a cached page holds no personal data.
Responses carry ``X-Cache: hit``, ``miss`` (looked up, rendered, stored if allowed) or
``bypass`` (a logged-in or session-holding reader, or the cache is down: not looked up, not
stored).

**When Redis is down** pages are served uncached (``bypass``) and purges are logged and kept
to be sent again (``purge_paths``); nothing here raises, whatever the cache backend. The
settings' backend (``coalition.cache``) answers "nothing cached" while Redis is away, which
also keeps Wagtail's own cache users (site root paths, renditions) working, and tries Redis
again after a few seconds: caching resumes by itself.

**Settings**: ``PAGE_CACHE_SECONDS`` (env, default 600 with ``REDIS_URL``, else 0 = off) is how
long an entry lives; purges make it fresh long before that. Entries expire anyway because
some content depends on the date (a project's status, "upcoming" events, the footer's year).
The cache is Django's default cache: Redis (``REDIS_URL``) in production. Local memory is per
process, so with several worker processes a purge would reach one of them only: without Redis
the page cache stays off unless ``PAGE_CACHE_SECONDS`` turns it on (tests do, single process).

**Keys**: each URL path has a generation token (``pagecache:gen:<path>``); an entry's key is
the address the page was asked on (scheme, host and port: a page's absolute URLs, canonical
and hreflang links, are built from it, ``core.absolute_urls``) + path + generation + the query
string with its parameters sorted. Purging a path replaces its token, which orphans every
address's and query-string variant at once (``?page=2``, filters); orphans expire
by themselves. Routes (``feed/``, ``feed/atom/``, ``ics/``) are paths of their own, purged with
their page. A request reads the token before
the page is rendered, so a page rendered from data that a concurrent publish is replacing is
stored under the old token and never served.

**Invalidation** (``coalition.page_cache.invalidation``): which pages a publish, unpublish,
move or delete affects, in every language: the page and its routes, its translations (their
language links and hreflang alternates), its ancestors up to the home page (indexes, the
organisation's page and feeds), the listing pages of its locale, and the pages that list or
name it (the project pages a news item is about, their donors' pages, other news about the
same projects, an organisation's partner projects, a donor's projects …). The URLs go through
Wagtail's frontend cache (``wagtail.contrib.frontend_cache``: ``PurgeBatch`` and its backends),
with ``PageCacheBackend`` below as the backend that purges Django's cache: a CDN added later
to ``WAGTAILFRONTENDCACHE`` gets the same exact purges. Purges run at once and again when the
transaction commits (a request between the two could otherwise re-cache the old content).

**Why not more of Wagtail or a package**: Wagtail's frontend cache knows only the changed
page's own URL (plus ``get_cached_paths``) and hooks publish and unpublish, not moves, and
not the ancestors, indexes and related pages that list a page; it purges URLs and has no
cache of its own to serve from. Its app is therefore not installed (its handlers would purge
a subset of what ours do); its batch and backend API are used. wagtail-cache (3.0.0, the
newest) requires ``wagtail<8.0``, keeps one shared "keyring" of URLs that every store
rewrites, and its documented invalidation clears the whole cache on publish. Django's own
``cache_page`` / cache middleware cannot purge a URL with all its query variants.
"""

import contextvars
import hashlib
import logging
import secrets
import threading
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch

logger = logging.getLogger(__name__)

HEADER = "X-Cache"
HIT, MISS, BYPASS = "hit", "miss", "bypass"
# Vary values that cannot change what an anonymous, session-less reader of a language-prefixed
# URL gets.
HARMLESS_VARY = {"cookie", "accept-language"}


def cache_seconds():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def _digest(text):
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def generation_key(path):
    return f"pagecache:gen:{_digest(path)}"


def entry_key(path, generation, query_string, origin=""):
    query = urlencode(sorted(parse_qsl(query_string, keep_blank_values=True)))
    return f"pagecache:page:{_digest(origin)}:{_digest(path)}:{generation}:{_digest(query)}"


def current_generation(path):
    """The path's generation token, created on first use (``add`` is atomic, so concurrent
    first requests agree on one). No expiry: a lost token only means a fresh one. ``None``
    when the cache does not answer: then nothing is looked up or stored."""
    key = generation_key(path)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, secrets.token_hex(8), timeout=None)
        generation = cache.get(key)
    return generation


# Paths whose purge did not reach the cache (Redis away), sent again with the next purge or
# cacheable request of this process: Redis may come back with its entries (a network outage)
# and must not serve them until they expire. Lost if the process ends first (logged).
_unpurged = set()
_unpurged_lock = threading.Lock()


def purge_paths(paths):
    """Make every cached variant of these URL paths stale (new generation tokens). Never
    raises: a publish must go live even when the cache is down."""
    if cache_seconds() <= 0:
        return
    with _unpurged_lock:
        paths = set(paths) | _unpurged
        _unpurged.clear()
    if not paths:
        return
    tokens = {generation_key(path): path for path in paths}
    try:
        failed = cache.set_many({key: secrets.token_hex(8) for key in tokens}, timeout=None)
    except Exception:  # a cache backend that raises instead of reporting failed keys
        logger.exception("Page cache purge failed")
        failed = list(tokens)
    if failed:
        missed = {tokens[key] for key in failed}
        with _unpurged_lock:
            _unpurged.update(missed)
        logger.error(
            "Page cache: %d paths could not be purged (cache unreachable), kept to retry: %s",
            len(missed),
            ", ".join(sorted(missed)[:20]),
        )


def purge_urls(urls):
    """Send URLs to every frontend cache backend (ours included): now and, inside a
    transaction, again on commit."""
    urls = set(urls)
    if not urls:
        return
    PurgeBatch(urls).purge()
    if connection.in_atomic_block:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


class PageCacheBackend(BaseBackend):
    """Wagtail frontend-cache backend that purges the page cache (by path; one Site)."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        # Page URLs come percent-encoded (Georgian slugs); request.path is decoded.
        purge_paths({unquote(urlsplit(url).path) for url in urls})


# Set while a response is rendered that must not be stored: it shows a part that failed
# (an image whose file the media storage could not give, coalition/storage.py).
_degraded = contextvars.ContextVar("page_cache_degraded", default=False)


def dont_store():
    """Keep the response being rendered out of the page cache."""
    _degraded.set(True)


def _language_prefixed(path):
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def _origin(request):
    # As core.absolute_urls.request_origin (not imported: this app loads before the models).
    return f"{request.scheme}://{request.get_host()}"


def _has_reader_state(request):
    """A login, a passed page password or pending messages: such readers get fresh pages."""
    if CookieStorage.cookie_name in request.COOKIES:
        return True
    session = getattr(request, "session", None)
    return session is not None and settings.SESSION_COOKIE_NAME in request.COOKIES and bool(session.keys())


def _storable(request, response):
    match = getattr(request, "resolver_match", None)
    if (
        response.status_code != 200
        or response.streaming
        or response.cookies
        or match is None
        or match.url_name != "wagtail_serve"
        or getattr(request, "is_preview", False)
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = {
        part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", "")) if part
    }
    if cache_control & {"private", "no-cache", "no-store"}:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}
    return vary <= HARMLESS_VARY


def _guarded(function, *args):
    """A cache call that cannot fail the page: ``None`` if the backend raises. The settings'
    Redis backend does not raise (coalition/cache.py); another backend might."""
    try:
        return function(*args)
    except Exception:
        logger.exception("Page cache unavailable")
        return None


class PageCacheMiddleware:
    """Serves and stores public pages. Sits after SessionMiddleware (it looks at the session)
    and before everything that only matters while rendering (locale, CSRF, auth, messages);
    those middlewares' headers are part of the stored response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = cache_seconds()
        if timeout <= 0 or not _language_prefixed(request.path_info):
            return self.get_response(request)
        # Django checks the Host header in CommonMiddleware, after this one; a cached page
        # must not answer any host either (DisallowedHost: a 400).
        request.get_host()
        if request.method not in ("GET", "HEAD") or _has_reader_state(request):
            response = self.get_response(request)
            response[HEADER] = BYPASS
            return response

        if _unpurged:
            purge_paths(())
        path = request.path
        generation = _guarded(current_generation, path)
        if generation is None:  # the cache is down: serve the page without it
            response = self.get_response(request)
            response[HEADER] = BYPASS
            return response
        key = entry_key(path, generation, request.META.get("QUERY_STRING", ""), _origin(request))
        stored = _guarded(cache.get, key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = HIT
            return response

        token = _degraded.set(False)
        try:
            response = self.get_response(request)
            storable = _storable(request, response) and not _degraded.get()
        finally:
            _degraded.reset(token)
        if storable:
            _guarded(cache.set, key, (response.status_code, list(response.items()), response.content), timeout)
        response[HEADER] = MISS
        return response
