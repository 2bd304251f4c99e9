"""The analysed text of a page, indexed beside the text as written.

``AnalysedSearchMixin`` adds three search fields to a page model: ``analysed_title`` (boosted
above the title), ``analysed_head`` (the other boosted fields: a news item's lead, a project's
summary, an organisation's acronym; boosted like them) and ``analysed_text`` (everything else the
model indexes), each the tokens ``search.analysis.analyse()`` makes of that text in the page's
language. The backends index them like any other field; ``search.backends`` analyses queries into
the same tokens. A stem or a Latin spelling found in a lead thus weighs what the lead's own words
weigh, not what a word deep in the text does.
"""

import contextvars
import functools
from contextlib import contextmanager

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.signals import post_save
from django.utils.html import strip_tags
from modelsearch.index import get_indexed_models, insert_or_update_object
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.search import index
from wagtail.signals import page_published

from search.analysis import analyse

ANALYSED_FIELDS = ("analysed_title", "analysed_head", "analysed_text")
# Fields boosted this much or more (besides the title) are the page's "head": analysed_head.
HEAD_BOOST = 2

# The backends read every search field of an object several times while indexing it (modelsearch's
# PostgreSQL index builds the title, body, autocomplete and two text columns from the same
# fields), and ``analysed_text`` reads them all again: a page's related names were looked up ten
# times. During one indexing pass (``indexing_pass``, entered by search.backends) methods marked
# ``@indexed_once`` compute once per object; at any other time they compute afresh, so an object
# changed and saved again is never indexed with stale values.
_indexing_memo = contextvars.ContextVar("search_indexing_memo", default=None)


@contextmanager
def indexing_pass():
    token = _indexing_memo.set({})
    try:
        yield
    finally:
        _indexing_memo.reset(token)


def _once(obj, name, compute):
    """``compute()``, once per object and ``name`` during an indexing pass, afresh otherwise."""
    memo = _indexing_memo.get()
    if memo is None or obj.pk is None:
        return compute()
    key = (type(obj), obj.pk, name)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def indexed_once(method):
    @functools.wraps(method)
    def wrapper(self):
        return _once(self, method.__name__, lambda: method(self))

    return wrapper


def field_value(obj, field):
    """``field.get_value(obj)``, computed once per object and field during an indexing pass (the
    database backend's indexer and ``analysed_text`` both read every field)."""
    return _once(obj, ("field", field.field_name), lambda: field.get_value(obj))


def analysed_search_fields(title_boost=3):
    return [
        index.SearchField("analysed_title", boost=title_boost),
        index.SearchField("analysed_head", boost=HEAD_BOOST),
        index.SearchField("analysed_text"),
    ]


def is_head_field(field):
    """A boosted field besides the title (``_searchable_texts`` leaves the title out): what a
    page is about, in a few words."""
    return (field.boost or 0) >= HEAD_BOOST


class AnalysedSearchMixin(models.Model):
    # An (abstract) model rather than a plain mixin: the Elasticsearch/OpenSearch backends name
    # index fields after the model that defines them.
    class Meta:
        abstract = True

    def _search_language(self):
        locale = getattr(self, "locale", None)
        return locale.language_code if locale is not None else "en"

    @indexed_once
    def analysed_title(self):
        return " ".join(analyse(self.title, self._search_language()))

    @indexed_once
    def analysed_head(self):
        return " ".join(analyse(" ".join(self._searchable_texts(head=True)), self._search_language()))

    @indexed_once
    def analysed_text(self):
        return " ".join(analyse(" ".join(self._searchable_texts(head=False)), self._search_language()))

    def own_searchable_texts(self):
        """The text of the search fields that are the page's own columns (no related names, no
        computed values), as written: what a search result's passage is cut from, with no query."""
        for field in self.get_search_fields():
            if not isinstance(field, index.SearchField) or field.field_name in ("title", *ANALYSED_FIELDS):
                continue
            try:
                column = self._meta.get_field(field.field_name)
            except FieldDoesNotExist:  # a method (related names, analysed text)
                continue
            if column.is_relation:
                continue
            value = field.get_value(self)
            for text in value if isinstance(value, (list, tuple)) else [value]:
                if text:
                    yield strip_tags(str(text))

    def _searchable_texts(self, head=None):
        """The text of every search field but the title (the head's alone, or the rest's alone,
        if ``head`` says so), as written."""
        for field in self.get_search_fields():
            if (
                not isinstance(field, index.SearchField)
                or field.field_name in ("title", *ANALYSED_FIELDS)
                or (head is not None and is_head_field(field) != head)
            ):
                continue
            # Wagtail's own extraction: StreamField and rich text give their searchable content.
            value = field_value(self, field)
            for text in value if isinstance(value, (list, tuple)) else [value]:
                if text:
                    yield strip_tags(str(text))


def reindex_published_page(sender, instance, **kwargs):
    """Index a page again once it is published. Wagtail indexes on save, which for a page
    runs before modelcluster saves its many-to-many relations (places, partners), so names
    that come from those relations would otherwise reach the index one publish late."""
    insert_or_update_object(instance.specific)


@contextmanager
def deferred_indexing():
    """Index each object saved inside the block once, at the end, instead of on every save.

    Wagtail indexes an object on each save and our ``reindex_published_page`` again on publish,
    so building a page (create, revision, publish, translate) indexes it four or five times.
    Bulk builders (the demo loader) wrap themselves in this; everyone else keeps indexing on
    save. Deleted objects are still removed from the index at once."""

    pending = {}

    def collect(sender, instance, raw=False, **kwargs):
        if not raw:
            pending[(instance._meta.label, instance.pk)] = (type(instance), instance.pk)

    indexed_models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in indexed_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(collect, sender=model, weak=False, dispatch_uid=("deferred_indexing", model))
    page_published.disconnect(reindex_published_page, dispatch_uid="search.reindex_published_page")
    try:
        yield
    finally:
        for model in indexed_models:
            post_save.disconnect(sender=model, dispatch_uid=("deferred_indexing", model))
            post_save.connect(post_save_signal_handler, sender=model)
        page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
    for model, pk in pending.values():
        instance = model._default_manager.filter(pk=pk).first()
        if instance is not None:
            insert_or_update_object(instance)
