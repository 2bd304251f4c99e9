"""Filtered, paginated listings for index pages (news, projects).

Filters come from a form so every value is validated: an unknown organisation, a
malformed year or a bad page number narrows nothing and never raises; the form shows
what was ignored.
"""

import time
from collections import defaultdict

from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .forms import RomanisedSlugPageForm
from .i18n import queries_in_languages
from .pictures import with_pictures

# What a listing's filters offer (the years and topics that have news) is the same for every
# reader until something is published: counting it took 150 ms a request at 100 000 pages. It is
# kept in the cache under the current "content generation", which publishing, unpublishing,
# moving and deleting a page renew (core.apps), and for five minutes at most.
CONTENT_GENERATION_KEY = "core:content-generation"
KEPT_SECONDS = 300


def renew_content_generation(**kwargs):
    cache.set(CONTENT_GENERATION_KEY, time.time_ns(), None)


def kept_until_published(name, compute):
    """``compute()``, or what it gave since the last publication (see above)."""
    generation = cache.get(CONTENT_GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(CONTENT_GENERATION_KEY, generation, None)
    key = f"core:kept:{name}:{generation}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, KEPT_SECONDS)
    return value


def prefetch_per_type(pages, *lookups):
    """Prefetch ``lookups`` (e.g. "topics") on a list of specific pages of several types, for the
    types that have them: one query per type and lookup instead of one per page. Returns the list."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for model, group in by_type.items():
        present = [lookup for lookup in lookups if hasattr(model, lookup.split("__")[0])]
        if present:
            prefetch_related_objects(group, *present)
    return pages


class _ChoicesReadLate(forms.models.ModelChoiceIterator):
    """The field's choices from its queryset as it is when they are read (see ChoiceBySlug)."""

    def __init__(self, field):
        self.field = field

    @property
    def queryset(self):
        return self.field.queryset


class ChoiceBySlug(forms.ModelChoiceField):
    """A listing filter that names its choice by slug (the same in every language, so a filter
    link survives a language switch) and offers what ``choices_in(locale)`` gives for the form's
    locale (ListingFilterForm sets it). ``offered_in(locale)``, when given: the slugs of the
    values that some page of the listing has in that locale; only those are offered, so that no
    choice leads to an empty list. A value asked for in the address that is not offered (any
    more) is not recognised, as an unknown one: the form says it was ignored and offers to clear
    it (naming it would show a place or topic that only unpublished pages have)."""

    def __init__(self, choices_in, *, label, empty_label, offered_in=None):
        self.choices_in = choices_in
        self.offered_in = offered_in
        self._offered_pending = None
        self.iterator = _ChoicesReadLate
        super().__init__(queryset=None, to_field_name="slug", required=False, label=label, empty_label=empty_label)

    def set_locale(self, locale):
        self.queryset = self.choices_in(locale)
        if self.offered_in is not None:
            # Narrowed when first read (rendered, or a value validated): an export that only
            # reads the form's valid filters does not count what would be offered.
            self._offered_pending = locale

    def _get_queryset(self):
        if self._offered_pending is not None:
            locale, self._offered_pending = self._offered_pending, None
            self._queryset = self._queryset.filter(slug__in=sorted(self.offered_in(locale)))
        return self._queryset

    queryset = property(_get_queryset, forms.ModelChoiceField._set_queryset)


def offered(listing, name, locale, compute):
    """``compute()``: the values (slugs, keys) a listing's pages of ``locale`` have for its filter
    ``name``, kept until something is published (kept_until_published), as a set."""
    return set(kept_until_published(f"offered:{listing}:{name}:{locale.pk}", lambda: sorted(compute())))


class ListingFilterForm(forms.Form):
    """Base for index filters; choices are limited to the page's locale (and, where a field
    says so, to the values its pages have there)."""

    def __init__(self, data=None, *, locale, **kwargs):
        self.locale = locale
        super().__init__(data, **kwargs)
        for field in self.fields.values():
            if isinstance(field, ChoiceBySlug):
                field.set_locale(locale)

    def valid_filters(self):
        """The filters that validated; invalid ones are dropped (and shown as errors)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", [])}


class IndexPage(Page):
    """The base of the index pages under each language's home page (news, projects, members,
    donors): one of each per language, with an introduction. ``shows`` names the kinds of content
    it lists or filters by, so the page cache knows when a change shows here (core.relations)."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    shows = ()
    base_form_class = RomanisedSlugPageForm

    class Meta:
        abstract = True


class FilteredListingMixin:
    """Index page mixin: ``get_listing(filters)`` returns a queryset, this paginates it; the
    filters come from ``filter_form_class``."""

    page_size = 10
    filter_form_class = None

    def get_filter_form_class(self):
        return self.filter_form_class

    def get_listing(self, filters):
        raise NotImplementedError

    def decorate_page_items(self, items):
        """Hook to attach data to the items of one page of results (e.g. publishers)."""
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        params = request.GET.copy()
        params.pop("page", None)
        form = self.get_filter_form_class()(params or None, locale=self.locale)
        filters = form.valid_filters()
        paginator = Paginator(self.get_listing(filters), self.page_size)
        # get_page() turns "abc" into page 1 and 99999 into the last page.
        page_obj = paginator.get_page(request.GET.get("page"))
        page_obj.object_list = with_pictures(self.decorate_page_items(list(page_obj.object_list)))
        context.update(
            filter_form=form,
            filters=filters,
            page_obj=page_obj,
            paginator=paginator,
            elided_page_range=paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
            filter_query=params.urlencode(),
            # The language switch keeps the filters (templates/includes/language_switcher.html).
            carried_queries=[{"code": code, "query": query} for code, query in queries_in_languages(filters).items()],
        )
        return context
