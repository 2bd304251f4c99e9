"""Marking the words of a text that match a query, inflected forms included.

A word is marked when its analysed tokens (search.analysis) share one with the query's, so
ქუთაისის is marked for the query ქუთაისში and "qadınların" for `qadin`: the same rule that
matched the page in the index.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import analyse
from search.backends import word_alternatives

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def query_tokens(query):
    return {token for alternatives in word_alternatives(query) for token in alternatives}


def highlight(text, query, language):
    """``text`` as safe HTML, the matching words in <mark>."""
    tokens = query_tokens(query) if query else set()
    parts, last = [], 0
    for match in WORD.finditer(text or ""):
        parts.append(escape(text[last:match.start()]))
        word = match.group(0)
        if tokens and tokens.intersection(analyse(word, language)):
            parts.append(f"<mark>{escape(word)}</mark>")
        else:
            parts.append(escape(word))
        last = match.end()
    parts.append(escape((text or "")[last:]))
    return mark_safe("".join(parts))


def passage(text, query, language, words=40):
    """The part of ``text`` around its first matching word (about ``words`` words), marked."""
    tokens = query_tokens(query) if query else set()
    all_words = list(WORD.finditer(text or ""))
    start = 0
    for index, match in enumerate(all_words):
        if tokens.intersection(analyse(match.group(0), language)):
            start = max(0, index - words // 4)
            break
    if not all_words:
        return highlight(text, query, language)
    begin = all_words[start].start()
    end_index = min(len(all_words), start + words) - 1
    end = all_words[end_index].end()
    snippet = text[begin:end]
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(escape(prefix) + highlight(snippet, query, language) + escape(suffix))
