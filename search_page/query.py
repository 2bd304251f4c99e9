"""What the public search page, its suggestions, ``manage.py search`` and tests share: cleaning
a raw query and searching the live pages of a locale (or of every locale), narrowed by filters.

Filters (organisation, donor, municipality, year: the conditions of core.relations) run in the
database, on the page queryset before ``.search()``: each becomes ``id__in`` a subquery of the
matching pages, and ``id`` is a FilterField of every page, so Wagtail's database backend and OpenSearch both apply them.
"""

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core import relations
from search.backends import word_alternatives
from search.backends.results import BoundedResults

MAX_QUERY_LENGTH = 200
FILTER_NAMES = ("organisation", "donor", "municipality", "year")


def clean_query(raw):
    """The query as it is searched and shown back: NUL and other control characters and runs of
    whitespace collapsed, cut to MAX_QUERY_LENGTH characters."""
    text = "".join(" " if (ch < " " or ch == "\x7f") else ch for ch in str(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def filtered_pages(locale=None, model=None, filters=None, public=None):
    """Live public pages of a locale (all when None), of one type if given, narrowed by
    ``filters`` ({"organisation": page, "donor": page, "municipality": snippet, "year": int};
    missing or None values do not narrow). ``public``: live_public_pages(), when the caller
    narrows them several ways (each call of it is a query)."""
    pages = live_public_pages() if public is None else public
    if locale is not None:
        pages = pages.filter(locale=locale)
    for condition in narrowings(model, filters).values():
        pages = pages.filter(condition)
    return pages


def narrowings(model=None, filters=None):
    """{"type" or a filter's name: its condition on pages}, for filtered_pages() and for
    counting a search without one of them (search_page.empty)."""
    conditions = {}
    if model is not None:
        conditions["type"] = Page.objects.all().type_q(model)
    for name, value in (filters or {}).items():
        if value is not None and name in relations.FILTERS:
            condition = relations.listing_filters({name: value}, joined=True)
            conditions[name] = Q(id__in=Page.objects.filter(condition).values("id"))
    return conditions


def live_public_pages():
    """Every live public page."""
    # Wagtail's public() (one query for the private sections, then a path condition): search
    # backends take only filters they can translate, which core.visibility's subquery is not.
    return Page.objects.live().public()


def search_pages(query, locale=None, model=None, filters=None, exclude_ids=(), pages=None):
    """Live public pages matching ``query`` (Georgian/Azerbaijani-aware, see search.backends),
    best first; of one locale, or of all when ``locale`` is None; of one page type if given;
    narrowed by ``filters`` (see filtered_pages); without ``exclude_ids`` (promoted pages
    shown above the results). ``pages``: filtered_pages() of the same scope, when the caller
    has it (the search page builds it once for results, facets and promotions)."""
    query = clean_query(query)
    if not query:
        return Page.objects.none()
    pages = filtered_pages(locale, model, filters) if pages is None else pages
    if exclude_ids:
        pages = pages.exclude(id__in=list(exclude_ids))
    return pages.specific().search(query)


# Results on a page of the search page.
PAGE_SIZE = 10


def partial_matches(query, shown, locale=None, model=None, filters=None, pages=None, size=PAGE_SIZE):
    """Pages with some but not all the words of a query of several words, those with more of them
    (and rarer ones) first, to fill a first page that the pages with every word (``shown``, already
    on it) leave short; [] when they fill it. Search engines relax a query the same way (Google's
    "pages with some of your words", Elasticsearch's minimum_should_match): a reader who types
    "ნაგვის გატანა" still sees the pages about waste that never say "გატანა", below the full
    matches and under their own heading, instead of one result or none."""
    query = clean_query(query)
    room = size - len(shown)
    if room <= 0 or len(word_alternatives(query)) < 2:
        return []
    pages = filtered_pages(locale, model, filters) if pages is None else pages
    pages = pages.exclude(id__in=[page.pk for page in shown])
    return list(pages.specific().search(query, operator="or")[:room])


def first_page(query, locale=None, model=None, filters=None):
    """What the search page's first page lists, promotions aside: the pages with every word of
    ``query``, then, if they are fewer than a page, those with some (partial_matches)."""
    full = list(search_pages(query, locale, model, filters)[:PAGE_SIZE])
    return full + partial_matches(query, full, locale, model, filters)


# The search page counts matches up to this many and says "more than 1 000 results" beyond: a
# common word matches tens of thousands of pages on a large site, and counting them all (each
# checked against its page: live, public, of the chosen type and filters) took longer than the
# rest of the search (README, Search benchmark). Nobody pages through a hundred pages of results;
# Elasticsearch counts the same way by default (track_total_hits).
COUNT_LIMIT = 1000


def count_up_to(results, limit):
    """How many ``results`` there are, counting no further than ``limit``: search results (every
    backend's are BoundedResults, search.backends.results), or the empty queryset that
    search_pages() gives for an empty query."""
    if isinstance(results, BoundedResults):
        return results.count_up_to(limit)
    return min(results.count(), limit)


class SearchPaginator(Paginator):
    """A paginator whose count stops at COUNT_LIMIT; ``count_is_exact`` says whether it did."""

    @cached_property
    def counted(self):
        return count_up_to(self.object_list, COUNT_LIMIT + 1)

    @cached_property
    def count(self):
        return min(self.counted, COUNT_LIMIT)

    @property
    def count_is_exact(self):
        return self.counted <= COUNT_LIMIT


def matching_ids(query, locale=None, model=None, filters=None, limit=COUNT_LIMIT, pages=None):
    """The ids of pages search_pages() finds, up to ``limit`` (the search page counts as far),
    for counting facets in the database: only the search backend knows which pages match. In no
    particular order where the backend can skip ranking (our PostgreSQL backend), else the best."""
    query = clean_query(query)
    if not query:
        return []
    pages = filtered_pages(locale, model, filters) if pages is None else pages
    return pages.search(query).ids_up_to(limit)


# --- Promotions ------------------------------------------------------------------------------


def promoted(query, locale=None, model=None, filters=None, pages=None):
    """Editors' picks for ``query`` (wagtail.contrib.search_promotions), in their order:
    ``(pages, links)``, each page with its ``promotion_description``. The query is matched
    after Wagtail's normalisation (lower case, single spaces). A promoted page is shown in the
    reader's language: its translation into ``locale`` when that is live, or the page itself
    when searching all languages; and only if it passes the same type and filters as the
    results. External links only show when no type or filter narrows the results."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    query = normalise_query_string(clean_query(query))
    if not query:
        return [], []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query).select_related("page").order_by("sort_order", "pk")
    )
    page_promotions = [p for p in promotions if p.page is not None]
    if locale is not None:
        translations = dict(
            Page.objects.filter(
                locale=locale,
                translation_key__in=[p.page.translation_key for p in page_promotions],
            ).values_list("translation_key", "pk")
        )
        ids = [translations.get(p.page.translation_key) for p in page_promotions]
    else:
        ids = [p.page.pk for p in page_promotions]
    pages = filtered_pages(locale, model, filters) if pages is None else pages
    allowed = pages.filter(id__in=[pk for pk in ids if pk]).specific()
    by_id = {page.pk: page for page in allowed}
    pages = []
    for promotion, pk in zip(page_promotions, ids, strict=True):
        if pk in by_id and by_id[pk] not in pages:
            page = by_id[pk]
            page.promotion_description = promotion.description
            pages.append(page)
    narrowed = model is not None or any(value is not None for value in (filters or {}).values())
    links = [] if narrowed else [p for p in promotions if p.page is None and p.external_link_url]
    return pages, links
