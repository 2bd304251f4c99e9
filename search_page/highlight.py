"""Marking the words of a text that match a query, inflected forms and synonyms included.

A word is marked when its analysed tokens (search.analysis) share one with the query's, so
ქუთაისის is marked for the query ქუთაისში and "qadınların" for `qadin`: the same rule that
matched the page in the index. Words are found by the analysis' own word splitter
(search.analysis.word_matches).

Synonyms (search.synonyms) are marked as the backends searched them: the equivalent terms of the
query's spans (SynonymMap.expansions on the same map). A one-word equivalent is marked as a query
word is, in any of its forms (Lənkəran for Lankaran); a term of several words only where they
stand together and in order ("ღია საზოგადოების ფონდის" for OSF), never one common word of it
alone (ფონდი, განვითარების).

A ``QueryMarker`` analyses its query once: the search view makes one per request and every
result's title and passage are marked with it (search_page.templatetags.search_tags).
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import parse_query_string

from search.analysis import analyse, word_matches
from search.backends import term_alternatives, word_alternatives
from search.synonyms import current_synonyms


def searched_equivalents(query):
    """The synonym Terms the backends search for ``query`` besides its own words: those of each
    plain-text part as search.backends.analysed expands it (a quoted phrase gets none)."""
    if not query:
        return []
    _filters, parsed = parse_query_string(query, operator="and")
    texts = list(_plain_texts(parsed))
    if not texts:
        return []
    synonyms = current_synonyms(term_alternatives)
    terms = []
    for text in texts:
        query_words = [tokens for tokens in word_alternatives(text) if tokens]
        for _start, _end, equivalents in synonyms.expansions(query_words):
            terms.extend(term for term in equivalents if term not in terms)
    return terms


def _plain_texts(query):
    if isinstance(query, PlainText):
        yield query.query_string
    elif isinstance(query, (And, Or)):
        for subquery in query.subqueries:
            yield from _plain_texts(subquery)


class QueryMarker:
    """Marks the words of texts that match ``query`` (a cleaned query string; empty: nothing is
    marked). ``tokens``: the tokens that mark a word on its own: every alternative of every word
    of the query, as the backends search them (search.backends.word_alternatives), and of every
    one-word equivalent; ``phrases``: each equivalent of several words, as one token set per
    word, listed under each token of its first word. Both computed once."""

    def __init__(self, query):
        self.query = query
        self._words = {}
        tokens = {token for alternatives in word_alternatives(query) for token in alternatives} if query else set()
        self.phrases = {}
        for term in searched_equivalents(query):
            if len(term.alternatives) == 1:
                tokens.update(term.alternatives[0])
                continue
            phrase = tuple(frozenset(word_tokens) for word_tokens in term.alternatives)
            for token in phrase[0]:
                self.phrases.setdefault(token, set()).add(phrase)
        self.tokens = frozenset(tokens)

    def _word(self, word, language):
        """(tokens, whether it matches alone, the phrases that may begin with it, longest
        first) for ``word``: each word analysed once per request, as ten results' passages
        repeat most of their words."""
        key = (word, language)
        known = self._words.get(key)
        if known is None:
            tokens = frozenset(analyse(word, language))
            phrases = {phrase for token in tokens for phrase in self.phrases.get(token, ())}
            known = self._words[key] = (
                tokens,
                not self.tokens.isdisjoint(tokens),
                sorted(phrases, key=len, reverse=True),
            )
        return known

    def matches(self, word, language):
        """Whether ``word`` (of a text in ``language``) matches on its own: shares a token with
        the query's words or a one-word equivalent."""
        return bool(self.tokens) and self._word(word, language)[1]

    def _phrase_length_at(self, found, index, language):
        """How many words from ``found[index]`` on are the longest phrase there (0: none)."""
        for phrase in self._word(found[index].group(0), language)[2]:
            if index + len(phrase) <= len(found) and all(
                not phrase[n].isdisjoint(self._word(found[index + n].group(0), language)[0])
                for n in range(1, len(phrase))
            ):
                return len(phrase)
        return 0

    def runs(self, found, language):
        """The runs of ``found`` (word matches, in order) to mark, as (first, end) word indexes,
        left to right: each phrase (the longest where several begin at one word) or one matching
        word. A generator: a passage reads only as far as it shows."""
        if not self.tokens and not self.phrases:
            return
        index = 0
        while index < len(found):
            length = self._phrase_length_at(found, index, language) if self.phrases else 0
            if not length and self.matches(found[index].group(0), language):
                length = 1
            if length:
                yield index, index + length
            index += length or 1

    def highlight(self, text, language):
        """``text`` as safe HTML, the matching words in <mark>."""
        text = text or ""
        found = list(word_matches(text))
        return mark_safe(_marked_html(text, found, self.runs(found, language), 0, len(text)))

    def passage(self, text, language, words=40):
        """The part of ``text`` around its first matching word or phrase (about ``words``
        words), marked."""
        text = text or ""
        found = list(word_matches(text))
        if not found:
            return mark_safe(escape(text))
        runs = self.runs(found, language)
        first_run = next(runs, None)
        start = max(0, first_run[0] - words // 4) if first_run else 0
        last = min(len(found), start + words) - 1
        shown = [first_run] if first_run else []
        for run in runs:
            if run[0] > last:
                break
            shown.append(run)
        begin, end = found[start].start(), found[last].end()
        prefix = "… " if begin > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(escape(prefix) + _marked_html(text, found, shown, begin, end) + escape(suffix))


def _marked_html(text, found, runs, begin, end):
    """``text[begin:end]`` escaped, each run of words (word indexes into ``found``) within it in
    one <mark>, the characters between its words included."""
    parts, at = [], begin
    for first, last in runs:
        start, stop = max(found[first].start(), begin), min(found[last - 1].end(), end)
        if start >= stop:
            continue
        parts.append(escape(text[at:start]))
        parts.append(f"<mark>{escape(text[start:stop])}</mark>")
        at = stop
    parts.append(escape(text[at:end]))
    return "".join(parts)
