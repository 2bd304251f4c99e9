"""The tokens of a text or a query: ``analyse(text, language)`` gives, for each word, the exact
normalised word and one stem token with a prefix that no real word has and that no tokenizer
splits (no underscore):

* ``zzk`` + Georgian stem (search.analysis.georgian), computed on the ROMANISED word, for
  Georgian-script words in any language, and for Latin words in Georgian ("ka") text or
  queries, so that ``kutaisi`` typed in Latin meets ქუთაისში (both give ``zzkkutais``); for
  those Latin words apostrophes are dropped (k'utaisi), and the common ways of typing a
  Georgian letter are folded to one (q/k/y, f/p, w/c/ts, x/kh, g/gh), on the romanised
  Georgian side too, so that ``qalaqi``, ``fondi``, ``wyali`` meet ქალაქი, ფონდი, წყალი;
* ``zza`` + Azerbaijani stem (search.analysis.azerbaijani) of the folded word (ə→e, ş→s, ç→c,
  ğ→g, ö→o, ü→u, ı→i), for Latin words in "az", so that ``qadin sahibkarlari`` meets
  ``qadın sahibkarları``;
* ``zze`` + English stem (search.analysis.english), for Latin words in "en" (and any other
  language code).

Words with a digit, and words in other scripts (Cyrillic, Arabic, ...), are indexed exactly only.
A word gets a second stem token where one ending has two readings (Georgian consonant + -ma,
Azerbaijani vowel + -ya/-yə: see the stemmers).
"""

from __future__ import annotations

from functools import lru_cache

from search.analysis import azerbaijani, english, georgian
from search.analysis.normalisation import normalise
from search.analysis.scripts import fold_azerbaijani, has_digit, is_georgian, is_latin
from search.analysis.splitter import words_normalised

__all__ = ["AZERBAIJANI_PREFIX", "ENGLISH_PREFIX", "GEORGIAN_PREFIX", "analyse", "analyse_query"]

GEORGIAN_PREFIX = "zzk"
AZERBAIJANI_PREFIX = "zza"
ENGLISH_PREFIX = "zze"


@lru_cache(maxsize=200_000)
def _word_tokens(word: str, language: str) -> tuple[str, ...]:
    """Exact token first, then the stem token(s), for one normalised word."""
    if has_digit(word):
        return (word,)
    if is_georgian(word):
        return (word, *(GEORGIAN_PREFIX + stem for stem in georgian.script_stems(word)))
    if not is_latin(word):
        return (word,)
    if language == "ka":
        return (word, *(GEORGIAN_PREFIX + stem for stem in georgian.stems(word)))
    if language == "az":
        return (word, *(AZERBAIJANI_PREFIX + stem for stem in azerbaijani.stems(fold_azerbaijani(word))))
    return (word, ENGLISH_PREFIX + english.stem_english(word))


def _language(language: str) -> str:
    return language if language in ("ka", "az") else "en"


def analyse(text: str, language: str) -> list[str]:
    """The tokens to index for ``text`` in ``language`` ("ka", "az", "en"; others like "en")."""
    return list(_analyse(text, _language(language)))


# Wagtail's database indexer asks for every search field of a page five times (title, body,
# autocomplete and the two plain-text columns), so the same whole text of a page comes back
# here again and again: the last few results are kept (make bench-search: 4 of 5 analyses saved).
@lru_cache(maxsize=16)
def _analyse(text: str, language: str) -> tuple[str, ...]:
    tokens: list[str] = []
    extend = tokens.extend
    for word in words_normalised(normalise(text, language)):
        extend(_word_tokens(word, language))
    return tuple(tokens)


def analyse_query(text: str, language: str) -> list[list[str]]:
    """For each query word, its alternative tokens (exact first, then stems): OR within a word,
    AND across words."""
    language = _language(language)
    return [list(_word_tokens(word, language)) for word in words_normalised(normalise(text, language))]
