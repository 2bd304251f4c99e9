"""Splitting text into words: the one word splitter of the site. The analysis splits normalised
text with it (``words``), and the search page splits raw text with it, to mark the words of a
result that match (search_page.highlight) and to find the word being typed (search_page.suggest),
so that a word there is the word the analysis sees."""

from __future__ import annotations

import re
from collections.abc import Iterator

from search.analysis.normalisation import APOSTROPHES, MARK_CLASS, normalise

__all__ = ["WORD_RE", "word_matches", "words"]

# A word: letters/digits (and the combining marks after them), possibly joined by apostrophes
# ("'", or in raw text any apostrophe-like character, which normalise() turns into "'");
# "_" separates.
_APOSTROPHE_CLASS = re.escape("'" + APOSTROPHES)
WORD_RE = re.compile(rf"[^\W_](?:[^\W_]|[{MARK_CLASS}])*(?:[{_APOSTROPHE_CLASS}](?:[^\W_]|[{MARK_CLASS}])+)*")


def word_matches(text: str) -> Iterator[re.Match]:
    """The words of ``text`` in order, as ``re.Match`` objects (``.group()`` the word as written,
    ``.start()``/``.end()`` where it is). ``text`` may be raw or normalised: in raw text a word
    is what ``words()`` makes one word of, except where normalise() itself joins or splits
    (it removes format characters such as the soft hyphen, and NFKC may change letters)."""
    return WORD_RE.finditer(text)


def words_normalised(text: str) -> list[str]:
    """The words of NORMALISED text (see normalise), apostrophes inside words dropped."""
    out = WORD_RE.findall(text)
    if "'" in text:
        out = [w.replace("'", "") if "'" in w else w for w in out]
    return out


def words(text: str, language: str) -> list[str]:
    """The normalised word tokens of ``text`` in order (apostrophes inside words dropped)."""
    return words_normalised(normalise(text, language))
