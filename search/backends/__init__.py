"""Wagtail search backends that analyse queries the way pages are analysed when indexed.

Pages carry their text twice in the index: as written (Wagtail's own fields) and as analysed
tokens (``search.indexing``: normalised words and Georgian/Azerbaijani/English stems). Here
every query string is turned into the same tokens before it reaches the backend: each query
word becomes "this exact word OR any of its stems", and the words are ANDed. Exact words also
match the text as written, so they rank above stemmed or transliterated matches.

Doing this in the backend (rather than in the public view) means the Wagtail admin's page
search, the API's ``?search=`` and the public search page all match the same way.

Synonyms (search.synonyms) widen a query here too: a run of query words that is a term of a
synonym group becomes Or(the words, each equivalent term), on every backend alike.

Every backend's results are also ``BoundedResults`` (search.backends.results): the search page
counts them and lists their ids up to a limit.
"""

import re

from modelsearch.backends.base import EmptySearchResults
from wagtail.search.query import And, Not, Or, Phrase, PlainText
from wagtail.search.utils import parse_query_string

from search.analysis import analyse, analyse_query, words
from search.backends.results import EmptyResults, bounded_results_class
from search.indexing import indexing_pass
from search.synonyms import current_synonyms

# A query word is analysed as Georgian, Azerbaijani and English at once: the reader's language
# does not tell the language of what they type (Latin-typed Georgian on the English site, an
# Azerbaijani name on the Georgian one), and only tokens that exist in the index can match.
QUERY_LANGUAGES = ("ka", "az", "en")
# Longer queries are cut: each word becomes an OR of several tokens.
MAX_WORDS = 12
# The query of a search with nothing searchable left (only punctuation): a token that no entry
# has, so it matches nothing on every backend (search.backends.postgres_tsquery queries it too).
MATCH_NOTHING = "zzzznothing"
# A word as typed into an autocompleting search box (letters and digits of any script).
TYPED_WORD = re.compile(r"[^\W_]+")


def word_alternatives(text):
    """[[tokens of word 1], [tokens of word 2], …]: exact forms first, then stems."""
    per_language = [analyse_query(text, language) for language in QUERY_LANGUAGES]
    words = []
    for alternatives in zip(*per_language, strict=False):
        merged = []
        for tokens in alternatives:
            merged.extend(token for token in tokens if token not in merged)
        words.append(merged)
    return words[:MAX_WORDS]


def term_alternatives(text):
    """A synonym term's words as a query's (word_alternatives), each with the tokens the index
    gives it too: an Azerbaijani name's English-spelling keys, which a query in native spelling
    does not ask for, so that the query Lankaran meets the term Lənkəran."""
    merged = []
    for tokens in word_alternatives(text):
        indexed = (token for language in QUERY_LANGUAGES for token in analyse(tokens[0], language))
        merged.append(list(dict.fromkeys([*tokens, *indexed])))
    return merged


def _word_query(tokens):
    return Or([PlainText(token) for token in tokens])


def _words_query(alternatives):
    parts = [_word_query(tokens) for tokens in alternatives]
    return parts[0] if len(parts) == 1 else And(parts)


def with_synonyms(alternatives):
    """One query part per word of ``alternatives`` (word_alternatives), but each run of words that
    is a synonym term one part: Or(the words, each equivalent term it searches: SynonymMap.expansions,
    within MAX_EQUIVALENTS and MAX_EXPANSION_TOKENS; search_page.highlight marks the same)."""
    parts, done = [], 0
    for start, end, equivalents in current_synonyms(term_alternatives).expansions(alternatives):
        parts.extend(_word_query(tokens) for tokens in alternatives[done:start])
        options = [_words_query(alternatives[start:end])]
        options.extend(_words_query(term.alternatives) for term in equivalents)
        parts.append(Or(options) if len(options) > 1 else options[0])
        done = end
    parts.extend(_word_query(tokens) for tokens in alternatives[done:])
    return parts


def analysed(query):
    """The Wagtail query object ``query`` means once analysed (None when nothing is left)."""
    if isinstance(query, PlainText):
        per_word = with_synonyms([tokens for tokens in word_alternatives(query.query_string) if tokens])
        if not per_word:
            return None
        if len(per_word) == 1:
            return per_word[0]
        return And(per_word) if query.operator == "and" else Or(per_word)
    if isinstance(query, Phrase):
        # A quoted phrase matches the text as written; only its words reach the backend.
        text = " ".join(words(query.query_string, "en"))
        return Phrase(text) if text else None
    if isinstance(query, (And, Or)):
        parts = [part for part in (analysed(sub) for sub in query.subqueries) if part is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else type(query)(parts)
    if isinstance(query, Not):
        inner = analysed(query.subquery)
        return Not(inner) if inner is not None else None
    return query


class AnalysedQueryMixin:
    def add(self, obj):
        with indexing_pass():
            return super().add(obj)

    def add_bulk(self, model, obj_list):
        with indexing_pass():
            return super().add_bulk(model, obj_list)

    def search(self, query, model_or_queryset, *args, **kwargs):
        results = super().search(self.analyse(query, kwargs.get("operator")), model_or_queryset, *args, **kwargs)
        # modelsearch answers a model that is not indexed with its own empty results.
        return EmptyResults() if type(results) is EmptySearchResults else results

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        """The admin's page search autocompletes. Whole words are analysed like any search
        (so ქუთაისში finds ქუთაისის); while a word is still being typed, and nothing matches
        whole words yet, Wagtail's prefix autocomplete on titles answers instead."""
        results = self.search(query, model_or_queryset, *args, **kwargs)
        if results.count():
            return results
        if isinstance(query, (str, PlainText, Phrase)):
            # Only the words, as plain text: modelsearch puts each term between double quotes in
            # SQLite's FTS5 MATCH without escaping, so a typed `"` (which Wagtail's admin also
            # parses into an unclosed Phrase) was a syntax error, a 503.
            query = " ".join(TYPED_WORD.findall(getattr(query, "query_string", query)))
            if not query:
                return results
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)

    def analyse(self, query, operator=None):
        if isinstance(query, str):
            _filters, query = parse_query_string(query, operator=operator or "and")
        result = analysed(query)
        # Nothing searchable left (only punctuation): a query that matches nothing.
        return result if result is not None else PlainText(MATCH_NOTHING)


def analysed_backend_class(backend_class):
    """``backend_class`` analysing its queries (AnalysedQueryMixin), its results BoundedResults."""
    return type(
        f"Analysed{backend_class.__name__}",
        (AnalysedQueryMixin, backend_class),
        {"results_class": bounded_results_class(backend_class.results_class)},
    )
