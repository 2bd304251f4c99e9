"""Marking the words of a text that match a query, inflected forms included.

A word is marked when its analysed tokens (search.analysis) share one with the query's, so
ქუთაისის is marked for the query ქუთაისში and "qadınların" for `qadin`: the same rule that
matched the page in the index. Words are found by the analysis' own word splitter
(search.analysis.word_matches).

A ``QueryMarker`` analyses its query once: the search view makes one per request and every
result's title and passage are marked with it (search_page.templatetags.search_tags).
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import analyse, word_matches
from search.backends import word_alternatives


class QueryMarker:
    """Marks the words of texts that match ``query`` (a cleaned query string; empty: nothing is
    marked). ``tokens``: every alternative of every word of the query, as the backends search
    them (search.backends.word_alternatives), computed once."""

    def __init__(self, query):
        self.query = query
        self._seen = {}
        self.tokens = (
            frozenset(token for alternatives in word_alternatives(query) for token in alternatives)
            if query
            else frozenset()
        )

    def matches(self, word, language):
        """Whether ``word`` (of a text in ``language``) shares a token with the query. Each
        word is analysed once per request: ten results' passages repeat most of their words."""
        if not self.tokens:
            return False
        key = (word, language)
        if key not in self._seen:
            self._seen[key] = not self.tokens.isdisjoint(analyse(word, language))
        return self._seen[key]

    def highlight(self, text, language):
        """``text`` as safe HTML, the matching words in <mark>."""
        parts, last = [], 0
        for match in word_matches(text or ""):
            parts.append(escape(text[last : match.start()]))
            word = match.group(0)
            if self.matches(word, language):
                parts.append(f"<mark>{escape(word)}</mark>")
            else:
                parts.append(escape(word))
            last = match.end()
        parts.append(escape((text or "")[last:]))
        return mark_safe("".join(parts))

    def passage(self, text, language, words=40):
        """The part of ``text`` around its first matching word (about ``words`` words), marked."""
        all_words = list(word_matches(text or ""))
        start = 0
        for index, match in enumerate(all_words):
            if self.matches(match.group(0), language):
                start = max(0, index - words // 4)
                break
        if not all_words:
            return self.highlight(text, language)
        begin = all_words[start].start()
        end_index = min(len(all_words), start + words) - 1
        end = all_words[end_index].end()
        snippet = text[begin:end]
        prefix = "… " if begin > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(escape(prefix) + self.highlight(snippet, language) + escape(suffix))
