"""Which cached pages a change touches, and the signal handlers that purge them.

A page is shown on more pages than its own: its translations link to it, its ancestors list it
(the organisation's page and feeds, the member directory, the home page), the listing pages of
its locale list it (and offer it as a filter choice), and pages related through projects name
it. Each page type says which pages show it (``pages_showing_it()``, next to its relations;
core.relations matches related pages by ``translation_key``, as a translation may point at the
source-language version of a project or donor); this module only asks. A change of title, slug,
place in the tree or publication also touches the page's subtree (breadcrumbs, URLs, "published
by"), and for the home page and its children, every page of the locale (menu, footer, feed
links, title suffix).

Hooks: ``pre_save`` notes what the live page touched before (old relations, old URLs: a
news item moved from one project to another leaves the first project's page too),
``post_save`` what it touches now; publishing and unpublishing are saves. Deleting sends
``page_unpublished`` for each live page while its rows are still there; moves have their own
signals. Saves that only record drafts, locks or comments purge nothing. Places (snippets)
purge the pages that name them and the filters that offer them; images and documents the
pages that use them; a view restriction (a page made private) the page and its subtree.
"""

import functools

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.urls import NoReverseMatch
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_unpublished, post_page_move, pre_page_move

from coalition.page_cache import PageCacheBackend, cache_seconds, purge_urls
from core.relations import pks

# Saves that change nothing a reader sees: draft revisions, locks, comments, tree counters.
BOOKKEEPING_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
    "numchild",
}
# Changes that reach beyond the page's own listers (see the module docstring), and those of
# them that change where (or whether) the page is found, which its translations link to.
STRUCTURAL_FIELDS = ("title", "slug", "url_path", "live", "show_in_menus")
LOCATION_FIELDS = {"slug", "url_path", "live"}


def affected_pages(page, *, subtree=False, translations=False, locale_wide=False):
    """The pages whose rendering shows ``page`` as it is: its database state, with the
    in-memory relations of an instance being saved. A queryset of (non-specific) pages.

    Besides the page, its ancestors and (for a section's root) its section, a page type says
    which pages show it in its ``pages_showing_it()`` (next to its relations, see
    core.relations). ``subtree``: its descendants too; ``translations``: the translations of all
    those (they link to its URL, so only a new URL or publication status concerns them);
    ``locale_wide``: every live page of its locale."""
    specific = page.specific if type(page) is Page else page
    if locale_wide:
        pages = Page.objects.live().filter(locale=page.locale_id)
        if translations:
            subtree_keys = Page.objects.descendant_of(page, inclusive=True).values("translation_key")
            pages |= Page.objects.filter(translation_key__in=subtree_keys)
        return pages

    section = {page.pk}
    if subtree or getattr(specific, "publishes_section", False):
        section.update(pks(Page.objects.descendant_of(page)))
    ids = set(section)
    ids.update(pks(Page.objects.ancestor_of(page).filter(depth__gte=2)))
    showing = getattr(specific, "pages_showing_it", None)
    if showing is not None:
        ids.update(showing())
    pages = Page.objects.filter(pk__in=ids)
    if translations:  # language switcher and hreflang links, in every locale
        section_keys = Page.objects.filter(pk__in=section).values("translation_key")
        pages |= Page.objects.filter(translation_key__in=section_keys)
    return pages


@functools.cache
def _route_paths(page_class):
    """The argument-free routes of a routable page type (feeds, .ics), as relative paths."""
    if page_class is None or not issubclass(page_class, RoutablePageMixin):
        return ()
    paths = []
    for route in page_class.get_subpage_urls():
        try:
            path = page_class.get_resolver().reverse(route.name) if route.name else ""
        except NoReverseMatch:
            continue  # takes arguments
        if path.lstrip("/"):
            paths.append(path.lstrip("/"))
    return tuple(paths)


def page_urls(pages):
    """Every cached URL of these pages: each page's URL, its ``get_cached_paths()`` and its routes."""
    batch = PurgeBatch()
    for page in pages:
        batch.add_page(page)
        url = page.get_full_url(batch)
        if url:
            batch.add_urls(url + path for path in _route_paths(page.specific_class))
    return batch.urls


def _enabled():
    backends = getattr(settings, "WAGTAILFRONTENDCACHE", None) or {}
    ours = f"{PageCacheBackend.__module__}.{PageCacheBackend.__qualname__}"
    return any(config.get("BACKEND") != ours or cache_seconds() > 0 for config in backends.values())


def _scope(page, changed):
    return {
        "subtree": bool(changed),
        "translations": bool(changed & LOCATION_FIELDS),
        "locale_wide": bool(changed) and page.depth <= 3,
    }


def _purge_all_around(page):
    """A move or deletion: everything around the page, and its subtree, as the database has it."""
    page = Page.objects.filter(pk=page.pk).first()
    if page is None:  # already gone with its whole tree (a cascade from a page deletion)
        return
    purge_urls(page_urls(affected_pages(page.specific, **_scope(page, set(STRUCTURAL_FIELDS)))))


def _only_bookkeeping(update_fields):
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS


def _before_page_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or _only_bookkeeping(update_fields) or not _enabled():
        return
    old = Page.objects.filter(pk=instance.pk).first() if instance.pk else None
    if old is None:
        return
    changed = {name for name in STRUCTURAL_FIELDS if getattr(old, name) != getattr(instance, name)}
    instance._page_cache_changed = changed
    if old.live:
        instance._page_cache_before = page_urls(affected_pages(old.specific, **_scope(old, changed)))


def _after_page_save(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or _only_bookkeeping(update_fields) or not _enabled():
        return
    before = instance.__dict__.pop("_page_cache_before", set())
    changed = instance.__dict__.pop("_page_cache_changed", set(STRUCTURAL_FIELDS) if created else set())
    after = page_urls(affected_pages(instance, **_scope(instance, changed))) if instance.live else set()
    purge_urls(before | after)


def _page_deleted(sender, instance, **kwargs):
    # Unpublishing saves the page (the save handlers purge). Deleting a live page sends
    # page_unpublished without a save, while its rows (and relations) are still there.
    if _enabled() and Page.objects.filter(pk=instance.pk, live=True).exists():
        _purge_all_around(instance)


def _page_moved(sender, instance, **kwargs):
    # Before the move: the old URLs and listers; after it: the new ones.
    if _enabled():
        _purge_all_around(instance)


def _shown_object_changed(sender, instance, **kwargs):
    """A snippet that pages show (a municipality, a region): the pages it says show it."""
    if _enabled():
        purge_urls(page_urls(Page.objects.filter(pk__in=instance.pages_showing_it())))


def _privacy_changed(sender, instance, **kwargs):
    # A page made private must leave the cache (and the public listings) at once.
    if _enabled() and instance.page_id:
        _purge_all_around(instance.page)


def _media_changed(sender, instance, **kwargs):
    """An image or document: the live pages that use it (Wagtail's reference index knows
    them), and the pages that list those."""
    if not _enabled():
        return
    references = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = [int(pk) for pk in references.values_list("object_id", flat=True)]
    urls = set()
    for page in Page.objects.live().filter(pk__in=page_ids).specific():
        urls |= page_urls(affected_pages(page))
    purge_urls(urls)


def _shown_snippets():
    """The models besides pages that say which pages show them (``pages_showing_it``)."""
    return [
        model
        for model in apps.get_models()
        if not issubclass(model, Page) and callable(getattr(model, "pages_showing_it", None))
    ]


def connect():
    pre_save.connect(_before_page_save, dispatch_uid="page_cache_pre_save")
    post_save.connect(_after_page_save, dispatch_uid="page_cache_post_save")
    page_unpublished.connect(_page_deleted, dispatch_uid="page_cache_deleted")
    pre_page_move.connect(_page_moved, dispatch_uid="page_cache_pre_move")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache_post_move")
    for model in _shown_snippets():
        for signal in (post_save, post_delete):
            signal.connect(_shown_object_changed, sender=model, dispatch_uid=f"page_cache_{model._meta.label}")
    for signal in (post_save, post_delete):
        signal.connect(_privacy_changed, sender=PageViewRestriction, dispatch_uid="page_cache_privacy")
    # Before a deletion: the references to the deleted object are still in the index then.
    for model in (get_image_model(), get_document_model()):
        for signal in (post_save, pre_delete):
            signal.connect(_media_changed, sender=model, dispatch_uid=f"page_cache_{model.__name__}")
