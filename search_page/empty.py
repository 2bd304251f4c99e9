"""Ways on from a search that found nothing, or few: the same words in the other languages and
the search without each of its narrowings (a filter, the type), each with how many results the
linked page then shows; tips; and "did you mean" (search.spelling).

Each count is the search page's own (search_page.query: promoted pages and links included, matches
counted up to COUNT_LIMIT), on the live public pages the search page read. A language is one
counting search. The narrowings are one search without any of them, then one query counting
its pages under all narrowings but each one (as facets count); a search each only when editors
promoted pages for these words (they need not contain them) or the widest search finds more
than COUNT_LIMIT. So the queries do not grow with the pages found, nor with the filters chosen.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.urls import translate_url
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.i18n import locales_by_code, queries_in_languages
from search.spelling import corrections
from search_page.facets import id_list
from search_page.forms import FACET_LABELS, PAGE_TYPES, SearchFilterForm
from search_page.query import (
    COUNT_LIMIT,
    count_up_to,
    filtered_pages,
    matching_ids,
    narrowings,
    promoted,
    search_pages,
)

# Up to this many results, the page also says where the same words find more.
FEW_RESULTS = 3
# Corrections of a query counted before "did you mean" gives up: each is a search.
SPELLINGS_TRIED = 2


@dataclass(frozen=True)
class Scope:
    """One search: its words, searched locale (None: all), page type key ("" for all) and filters."""

    query: str
    locale: object
    type: str
    filters: dict

    @property
    def model(self):
        return PAGE_TYPES[self.type][0] if self.type else None

    def without(self, name):
        """This search without the type ("type") or one filter."""
        if name == "type":
            return Scope(self.query, self.locale, "", self.filters)
        rest = {other: value for other, value in self.filters.items() if other != name}
        return Scope(self.query, self.locale, self.type, rest)


@dataclass(frozen=True)
class Counted:
    count: int
    exact: bool  # False: more than ``count`` (COUNT_LIMIT)


class Counter:
    """Counts searches as the search page shows them, reading the live public pages once."""

    def __init__(self, query, public):
        self.query = query
        self.public = public
        self._promotions = None

    def has_promotions(self):
        if self._promotions is None:
            words = normalise_query_string(self.query)
            self._promotions = SearchPromotion.objects.filter(query__query_string=words).exists()
        return self._promotions

    def count(self, scope):
        pages = filtered_pages(scope.locale, scope.model, scope.filters, public=self.public)
        promoted_pages, links = ([], [])
        if self.has_promotions():
            promoted_pages, links = promoted(self.query, scope.locale, scope.model, scope.filters, pages=pages)
        exclude = [page.pk for page in promoted_pages]
        counted = count_up_to(
            search_pages(self.query, scope.locale, scope.model, scope.filters, exclude_ids=exclude, pages=pages),
            COUNT_LIMIT + 1,
        )
        return Counted(min(counted, COUNT_LIMIT) + len(promoted_pages) + len(links), counted <= COUNT_LIMIT)

    def without_each(self, scope, names):
        """(the search without any narrowing, {name: the search without that one}), Counted."""
        if not self.has_promotions():
            widest = filtered_pages(scope.locale, public=self.public)
            ids = matching_ids(self.query, scope.locale, pages=widest, limit=COUNT_LIMIT + 1)
            if len(ids) <= COUNT_LIMIT:
                return Counted(len(ids), True), self._among(ids, scope, names)
        widest = Scope(scope.query, scope.locale, "", {})
        return self.count(widest), {name: self.count(scope.without(name)) for name in names}

    def _among(self, ids, scope, names):
        """{name: how many of the pages ``ids`` pass every narrowing of ``scope`` but that one},
        in one query."""
        if not ids:
            return dict.fromkeys(names, Counted(0, True))
        conditions = narrowings(scope.model, scope.filters)
        rest = {}
        for index, name in enumerate(names):
            condition = Q()
            for other, other_condition in conditions.items():
                if other != name:
                    condition &= other_condition
            if condition:  # else all of them
                rest[f"n{index}"] = Count("id", filter=condition)
        counts = Page.objects.filter(id__in=id_list(ids)).aggregate(**rest) if rest else {}
        return {name: Counted(counts.get(f"n{index}", len(ids)), True) for index, name in enumerate(names)}


def in_other_languages(counter, scope, path):
    """[{code, name, url, counted}]: the same words and type in each other language that finds
    something, the language named in itself. Filters are not carried: they are what the
    "without" list is for, and an organisation may have no page in that language."""
    plain = [("q", scope.query)] + ([("type", scope.type)] if scope.type else [])
    queries = queries_in_languages({}, plain)
    names = dict(settings.LANGUAGES)
    found = []
    for code, locale in locales_by_code().items():
        if locale == scope.locale or code not in names:
            continue
        counted = counter.count(Scope(scope.query, locale, scope.type, {}))
        if counted.count:
            url = f"{translate_url(path, code)}?{queries[code]}"
            found.append({"code": code, "name": names[code], "url": url, "counted": counted})
    return sorted(found, key=lambda each: list(names).index(each["code"]))


def without_each(counter, scope, active_filters, params):
    """({name, label, value_label, url, counted} for the type and each filter: the search without
    it; the search without any of them, or None): what the narrowings excluded. Nothing when
    even the widest search finds nothing: no narrowing is to blame."""
    values = {active["name"]: active["value_label"] for active in active_filters}
    if scope.type:
        values = {"type": str(PAGE_TYPES[scope.type][1]), **values}
    if not values:
        return [], None
    everything, counts = counter.without_each(scope, list(values))
    if not everything.count:
        return [], None
    rows = [
        {
            "name": name,
            "label": FACET_LABELS.get(name) or SearchFilterForm.base_fields["type"].label,
            "value_label": value_label,
            "url": _without(params, [name]),
            "counted": counts[name],
        }
        for name, value_label in values.items()
    ]
    if len(rows) == 1:
        return rows, None
    return rows, {"url": _without(params, list(values)), "counted": everything}


def _without(params, names):
    """The search URL without the parameters ``names`` (and the page number)."""
    params = params.copy()
    for name in [*names, "page"]:
        params.pop(name, None)
    return "?" + params.urlencode()


def did_you_mean(scope, public=None):
    """The search with its unknown words spelled as the pages of its language use them
    (search.spelling; every language's when it searches all), or None: the first correction that
    finds pages as the search page shows them, under the same type and filters, for the link
    keeps them. Never the query itself; a correction that finds nothing is not offered."""
    languages = [scope.locale.language_code] if scope.locale is not None else list(locales_by_code())
    for spelling in corrections(scope.query, languages, limit=SPELLINGS_TRIED):
        corrected = Scope(spelling, scope.locale, scope.type, scope.filters)
        if Counter(spelling, public).count(corrected).count:
            return spelling
    return None


def ways_on(query, scope, result_count, active_filters, params, path, public):
    """What the search page offers under few or no results: {"languages", "without",
    "without_all", "empty", "did_you_mean": {query, url} or None}."""
    counter = Counter(query, public)
    empty = not result_count
    languages = []
    if scope.locale is not None and result_count <= FEW_RESULTS:
        languages = in_other_languages(counter, scope, path)
    without, without_all = without_each(counter, scope, active_filters, params) if empty else ([], None)
    spelling = did_you_mean(scope, public) if empty else None
    if spelling:
        corrected = params.copy()
        corrected["q"] = spelling
        corrected.pop("page", None)
        spelling = {"query": spelling, "url": "?" + corrected.urlencode()}
    return {
        "empty": empty,
        "languages": languages,
        "without": without,
        "without_all": without_all,
        "did_you_mean": spelling,
    }
