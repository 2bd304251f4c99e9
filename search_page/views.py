"""The public search page and its suggestions: live pages of the current language (or all),
Georgian/Azerbaijani-aware (search.backends), filtered by type and by facets (organisation,
donor, municipality, year) with their counts, editors' promoted pages first, paginated, the
matching words marked; any input gives a normal page (or an empty list of suggestions)."""

import hashlib

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.cache import patch_cache_control

from core.i18n import active_locale, queries_in_languages
from core.listing import kept_until_published
from search_page.empty import Scope, ways_on
from search_page.facets import facets
from search_page.forms import FACET_LABELS, SearchFilterForm
from search_page.highlight import QueryMarker
from search_page.query import (
    PAGE_SIZE,
    SearchPaginator,
    clean_query,
    filtered_pages,
    live_public_pages,
    matching_ids,
    partial_matches,
    promoted,
    search_pages,
)
from search_page.suggest import suggest_pages


def _url_with(params, name, value):
    """The search URL with one filter set (or removed, for None), back on the first page."""
    params = params.copy()
    params.pop("page", None)
    if value is None:
        params.pop(name, None)
    else:
        params[name] = value
    return "?" + params.urlencode()


def _digest(query, locale, scope, promoted_ids):
    """A cache key's part for one search: the query, the reader's locale, the scope (searched
    locale, type, filters by their ids) and the promoted pages."""
    searched, model, filters = scope
    parts = [
        query,
        getattr(locale, "pk", None),
        getattr(searched, "pk", None),
        model._meta.label if model is not None else None,
        sorted((name, str(getattr(value, "pk", value))) for name, value in filters.items()),
        promoted_ids,
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _label(name, value):
    """A selected filter's value as the reader's language names it."""
    if name == "year":
        return str(value)
    localized = getattr(value, "localized", None) or value
    return localized.name if name == "municipality" else localized.title


def _carried(request, query, form, chosen):
    """[{code, url}]: this search in each language, its words, type and filters kept (their
    pages as their translations there, core.i18n), without the page number."""
    plain = [("q", query)] if query else []
    for name in ("type", "all_languages"):
        if form.cleaned_data.get(name):
            plain.append((name, request.GET.get(name)))
    queries = queries_in_languages(chosen["filters"], plain)
    return [
        {"code": code, "url": translate_url(request.path, code) + (f"?{query}" if query else "")}
        for code, query in queries.items()
    ]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = active_locale()
    form = SearchFilterForm(request.GET, locale=locale)
    chosen = form.filters()
    scope = (None if chosen["all_languages"] else locale, chosen["model"], chosen["filters"])
    # The live public pages once (Wagtail's public() reads the private sections when it is
    # called), narrowed to the scope for the results, facets and promotions.
    public = live_public_pages() if query else None
    pages = filtered_pages(*scope, public=public) if query else None
    promoted_pages, promoted_links = promoted(query, *scope, pages=pages) if query else ([], [])
    results = search_pages(query, *scope, exclude_ids=[page.pk for page in promoted_pages], pages=pages)
    page_obj = SearchPaginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    if page_obj.number > 1:
        promoted_pages, promoted_links = [], []
    # A first page that the pages with every word leave short goes on with those with some of them.
    some_words = []
    if query and page_obj.number == 1:
        shown = [*promoted_pages, *page_obj.object_list]
        some_words = partial_matches(query, shown, *scope, pages=pages, size=PAGE_SIZE - len(promoted_links))

    params = request.GET.copy()
    selected = {name: params.get(name) for name in chosen["filters"]}
    facet_list, active_filters = [], []
    if query:
        promoted_ids = [page.pk for page in promoted_pages]

        def count_facets():
            return facets(list(dict.fromkeys(promoted_ids + matching_ids(query, *scope, pages=pages))), locale)

        # The same search gives the same counts until something is published (core.listing).
        key = "search-facets:" + _digest(query, locale, scope, promoted_ids)
        for name, values in kept_until_published(key, count_facets).items():
            facet_list.append(
                {
                    "name": name,
                    "label": FACET_LABELS[name],
                    "values": [
                        {
                            "label": v.label,
                            "count": v.count,
                            "selected": v.value == selected.get(name),
                            "url": _url_with(params, name, v.value),
                        }
                        for v in values
                    ],
                }
            )
    for name, value in chosen["filters"].items():
        active_filters.append(
            {
                "name": name,
                "label": FACET_LABELS[name],
                "value": selected[name],
                "value_label": _label(name, value),
                "remove_url": _url_with(params, name, None),
            }
        )

    result_count = page_obj.paginator.count + len(promoted_pages) + len(promoted_links)
    help_on = None
    if query and page_obj.number == 1:
        # Few or no results: where the same words find more (search_page.empty).
        searched = Scope(query, scope[0], form.cleaned_data.get("type") or "", chosen["filters"])
        help_on = ways_on(query, searched, result_count, active_filters, params, request.path, public)

    return TemplateResponse(
        request,
        "search_page/search.html",
        {
            "search_query": query,
            "page_obj": page_obj,
            "filter_form": form,
            # The query analysed once for marking every result's title and passage (search_tags).
            "query_marker": QueryMarker(query),
            "all_languages": chosen["all_languages"],
            "promoted_pages": promoted_pages,
            "promoted_links": promoted_links,
            "partial_matches": some_words,
            "result_count": result_count,
            "result_count_is_exact": page_obj.paginator.count_is_exact,
            "facets": [facet for facet in facet_list if facet["values"]],
            "active_filters": active_filters,
            "carried_queries": _carried(request, query, form, chosen),
            "ways_on": help_on,
        },
    )


def suggest(request):
    """``?q=`` → ``{"suggestions": [{"title", "url", "type", "type_label"}, …]}``: up to eight
    pages of the current language for what has been typed, the last word as a beginning."""
    pages = suggest_pages(request.GET.get("q", ""), active_locale())
    suggestions = [
        {
            "title": page.title,
            "url": page.get_url(request),
            "type": page.specific_class._meta.model_name,
            "type_label": str(page.specific_class._meta.verbose_name),
        }
        for page in pages
        if page.get_url(request)
    ]
    response = JsonResponse({"suggestions": suggestions})
    # The same answer for everyone: shared caches may keep it briefly.
    patch_cache_control(response, public=True, max_age=60)
    return response
