"""Suggestions while the reader types: the best pages of their language for what they have typed
so far, the last word taken as the beginning of a word.

Whole words are searched as on the search page (search.backends: exact form OR stems). The last,
unfinished word is completed from the analysed tokens of the locale's page titles and summaries
(leads, project summaries, search descriptions): every such token that begins with one of the
partial word's own tokens (its normalised form, its Georgian, Azerbaijani and English stems).
So ``ზუგდიდ`` reaches ზუგდიდში, ``qadin sah`` reaches "qadın sahibkarları" (zzasah… begins
zzasahibkar) and Latin ``zugdid`` reaches the Georgian title.
Why not the backends' own autocomplete: it prefix-matches the raw title (where ``qadin`` is not
a prefix of ``qadın``) and differs between SQLite, PostgreSQL and OpenSearch; completing tokens
here and then searching whole tokens gives the same answer on all of them.

The token list is built once per locale and kept in the cache under a key that changes with the
number of live pages and their latest publication, so a publish, unpublish or deletion is seen at
once without signals. A word that occurs only in the bodies of pages is not completed; it is still
found once typed in full, or when the part typed is its stem (the last word is also searched as
a whole word).
"""

import bisect
from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Max
from wagtail.models import Page, get_page_models
from wagtail.search.query import And, Or, PlainText

from core.visibility import live_public
from search.analysis import analyse, word_matches
from search.backends import word_alternatives
from search_page.query import MAX_QUERY_LENGTH, clean_query

MAX_SUGGESTIONS = 8
MIN_PREFIX = 2  # a single letter would complete to half the vocabulary
MAX_COMPLETIONS = 30  # the most frequent completions of the last word
VOCABULARY_TIMEOUT = 24 * 60 * 60


def summary_fields():
    """The title and the short texts stored in the page tables: the search description and each
    page type's one-line summary (its ``summary_field``). One query, no rendering: bodies (rich
    text, StreamField) would take milliseconds a page to extract and analyse."""
    return (
        "title",
        "search_description",
        *(
            f"{model._meta.model_name}__{model.summary_field}"
            for model in get_page_models()
            if getattr(model, "summary_field", None)
        ),
    )


def vocabulary(locale):
    """``(tokens, page_counts)``: the sorted analysed tokens of the titles and summaries of the
    locale's live public pages, and in how many pages each occurs."""
    pages = live_public(Page.objects.filter(locale=locale, depth__gt=1))
    stamp = pages.aggregate(count=Count("id"), latest=Max("last_published_at"))
    latest = stamp["latest"].timestamp() if stamp["latest"] else 0
    key = f"search:suggest-vocabulary:{locale.pk}:{stamp['count']}:{latest}"
    found = cache.get(key)
    if found is None:
        counts = Counter()
        for texts in pages.values_list(*summary_fields()).iterator():
            counts.update(set(analyse(" ".join(text for text in texts if text), locale.language_code)))
        tokens = sorted(counts)
        found = (tokens, [counts[token] for token in tokens])
        cache.set(key, found, VOCABULARY_TIMEOUT)
    return found


def completions(partial, locale):
    """Title and summary tokens that begin with one of the partial word's tokens, most
    frequent first."""
    tokens, page_counts = vocabulary(locale)
    found = {}
    for alternatives in word_alternatives(partial)[-1:]:
        for prefix in alternatives:
            if len(prefix) < MIN_PREFIX:
                continue
            index = bisect.bisect_left(tokens, prefix)
            while index < len(tokens) and tokens[index].startswith(prefix):
                found[tokens[index]] = page_counts[index]
                index += 1
    return sorted(found, key=lambda token: (-found[token], token))[:MAX_COMPLETIONS]


def suggestion_query(raw, locale):
    """The Wagtail query for what has been typed: the whole words AND (the last word OR its
    completions); None when nothing is searchable."""
    text = clean_query(raw)
    words = list(word_matches(text))
    if not words:
        return None
    if str(raw)[-1:].isspace():  # the last word is finished
        return PlainText(text)
    partial = words[-1].group(0)
    before = text[: words[-1].start()].strip()
    if len(partial) < MIN_PREFIX:
        return PlainText(before) if before else None
    last = Or([PlainText(partial)] + [PlainText(token) for token in completions(partial, locale)])
    return And([PlainText(before), last]) if before else last


def suggest_pages(raw, locale, limit=MAX_SUGGESTIONS):
    """The best ``limit`` live pages of ``locale`` for a query being typed (see the module)."""
    if not raw or len(str(raw)) > MAX_QUERY_LENGTH:
        return []
    query = suggestion_query(raw, locale)
    if query is None:
        return []
    # Search filters must be ones every backend understands: Wagtail's public() (a path condition).
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).specific()
    return list(pages.search(query)[:limit])
