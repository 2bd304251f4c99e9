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
* ``zzy`` + Azerbaijani stem of the word in English spelling (search.analysis.scripts:
  Şəki as shaki and sheki, Gəncə as ganja, Sumqayıt as sumgait), for Latin words in "az": in a
  text where it differs from the word's ``zza`` stem, in a query only for words typed without
  Azerbaijani letters (no ə ş ç ğ ö ü, no q or x; with the key as a ``zza`` stem too, for the
  texts' words whose key is their stem), so that ``Shaki`` and ``Lankaranda`` meet Şəki and
  Lənkəran. Unlike the other tokens, these are not the same for a word in a text and in a query;
* ``zze`` + English stem (search.analysis.english), for Latin words in "en" (and any other
  language code).

Words with a digit, and words in other scripts (Cyrillic, Arabic, ...), are indexed exactly only.
A word gets more than one stem token where its ending has two readings (Georgian -მა, -თვის,
-ვით, ... and short stems; Azerbaijani vowel + -ya/-yə: see the stemmers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.analysis import azerbaijani, english, georgian
from search.analysis.normalisation import normalise
from search.analysis.scripts import (
    english_spellings,
    fold_azerbaijani,
    has_digit,
    is_georgian,
    is_latin,
    typed_english_spelling,
)
from search.analysis.splitter import words_normalised

__all__ = [
    "AZERBAIJANI_PREFIX",
    "ENGLISH_PREFIX",
    "ENGLISH_SPELLING_PREFIX",
    "GEORGIAN_PREFIX",
    "analyse",
    "analyse_query",
    "mixed_spelling_keys",
]

GEORGIAN_PREFIX = "zzk"
AZERBAIJANI_PREFIX = "zza"
ENGLISH_PREFIX = "zze"
ENGLISH_SPELLING_PREFIX = "zzy"


@lru_cache(maxsize=200_000)
def _word_tokens(word: str, language: str, query: bool = False) -> tuple[str, ...]:
    """Exact token first, then the stem token(s), for one normalised word (of a query: the
    Azerbaijani English-spelling key of a word typed that way; of a text: of every word)."""
    if has_digit(word):
        return (word,)
    if is_georgian(word):
        return (word, *(GEORGIAN_PREFIX + stem for stem in georgian.script_stems(word)))
    if not is_latin(word):
        return (word,)
    if language == "ka":
        return (word, *(GEORGIAN_PREFIX + stem for stem in georgian.stems(word)))
    if language == "az":
        stems = azerbaijani.stems(fold_azerbaijani(word))
        return (word, *(AZERBAIJANI_PREFIX + stem for stem in stems), *_english_spelling_keys(word, stems, query))
    return (word, ENGLISH_PREFIX + english.stem_english(word))


def _english_spelling_keys(word: str, stems: tuple[str, ...], query: bool) -> tuple[str, ...]:
    # A query word gets its keys only if typed in English spelling (a native word's key would
    # meet other words: qol "arm" and göl "lake" are both gol). A text's word gets its keys
    # where they differ from its stems; where they do not, its stem token stands for them, so a
    # typed word asks for its keys as stems too (aghdam: zzyagdam, and zzaagdam for Ağdam).
    if not query:
        keys = dict.fromkeys(key for spelling in english_spellings(word) for key in azerbaijani.stems(spelling))
        return tuple(ENGLISH_SPELLING_PREFIX + key for key in keys if key not in stems)
    typed = typed_english_spelling(word)
    keys = azerbaijani.stems(typed) if typed else ()
    return (
        *(ENGLISH_SPELLING_PREFIX + key for key in keys),
        *(AZERBAIJANI_PREFIX + key for key in keys if key not in stems),
    )


def mixed_spelling_keys(word: str) -> tuple[str, ...]:
    """The English-spelling keys (``zzy``) of a word typed in English spelling but for the
    Azerbaijani q or x it keeps (Qabala for Qəbələ, English Gabala). Query words do not get them
    (qol "arm" would meet göl "lake" in any text); search.synonyms matches names by them, where
    the name meant is the only one it meets."""
    if not _AZ_Q_OR_X_RE.search(word):
        return ()
    typed = typed_english_spelling(word.replace("q", "g").replace("x", "kh"))
    return tuple(ENGLISH_SPELLING_PREFIX + key for key in azerbaijani.stems(typed)) if typed else ()


_AZ_Q_OR_X_RE = re.compile("[qx]")


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
    return [list(_word_tokens(word, language, True)) for word in words_normalised(normalise(text, language))]
