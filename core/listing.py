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


class ChoiceBySlug(forms.ModelChoiceField):
    """A listing filter that names its choice by slug (the same in every language, so a filter
    link survives a language switch) and offers what ``choices_in(locale)`` gives for the form's
    locale (ListingFilterForm sets it)."""

    def __init__(self, choices_in, *, label, empty_label):
        self.choices_in = choices_in
        super().__init__(queryset=None, to_field_name="slug", required=False, label=label, empty_label=empty_label)


class ListingFilterForm(forms.Form):
    """Base for index filters; choices are limited to the page's locale."""

    def __init__(self, data=None, *, locale, **kwargs):
        self.locale = locale
        super().__init__(data, **kwargs)
        for field in self.fields.values():
            if isinstance(field, ChoiceBySlug):
                field.queryset = field.choices_in(locale)

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
        page_obj.object_list = self.decorate_page_items(list(page_obj.object_list))
        context.update(
            filter_form=form,
            filters=filters,
            page_obj=page_obj,
            paginator=paginator,
            elided_page_range=paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1),
            filter_query=params.urlencode(),
        )
        return context
