"""Language analysis for full-text search: Georgian (ka), Azerbaijani (az) and English (en).

Pure Python, used both when a page is indexed and when a query is parsed, so that the two sides
always produce the same tokens. The search backends (Wagtail's database backend on
PostgreSQL/SQLite, OpenSearch, Elasticsearch) only match the tokens made here; they do no
stemming of their own for these languages.

The package, from the bottom up:

* ``normalisation``: ``normalise``: Unicode NFKC, control and format characters, case folding
  (Turkic casing for Azerbaijani), Georgian capitals (Mtavruli) to Mkhedruli, apostrophe-like
  characters to "'";
* ``scripts``: which script a word is in, Georgian romanised, Azerbaijani without diacritics;
* ``splitter``: the one word splitter (``words``, ``word_matches``), for the analysis and for
  the search page's marking and suggestions alike;
* ``suffixes``: the suffix stripping the stemmers share;
* ``georgian``, ``azerbaijani``, ``english``: one stemmer per language (their docstrings give the
  rules, what was measured and the known limits);
* ``tokens``: ``analyse(text, language)`` (the tokens to index: each word's exact form and its
  stem with a language prefix, ``zzk``/``zza``/``zze``, and for Azerbaijani its English-spelling
  key, ``zzy``) and ``analyse_query`` (per query word, its alternatives).

Why this is our own code
------------------------
Checked on PyPI with ``pip download`` / ``pip index versions`` (latest releases at the time):

* snowballstemmer 3.1.1 ships 36 Snowball stemmers (Arabic, Armenian, ... Turkish, Yiddish) and
  PyStemmer 3.1.0 wraps the same algorithms in C: neither has Georgian or Azerbaijani. Turkish
  exists, but Azerbaijani differs in its alphabet (ə, x, q; no â/î/û), its suffix forms
  (locative and ablative are always -da/-də, -dan/-dən: no -ta/-tan as in Turkish; accusative
  after a vowel is -nı; dative after a vowel -ya/-yə) and its consonant alternations, and the
  Turkish stemmer needs the dotted/dotless i distinction that users typing without diacritics
  do not give.
* azstemmer 0.1.0 (a single release, 2025): a dictionary lookup (1.3 MB of word lists) that returns
  the longest dictionary PREFIX of a word, so it also cuts roots that merely begin like another
  word; it loads its lists through the deprecated pkg_resources.
* stemmer-aze 0.1.2 (2022): opens "assets/words.txt" relative to the current directory, and the
  wheel does not ship those files: it does not work as installed.
* geolang 0.2.2 (2021) and anbani 3.4.0: Georgian transliteration, tokenising and script
  conversion; no stemmer. No Georgian stemmer package was found at all.
* English: neither snowballstemmer nor PyStemmer is installed in this project's environment
  (Wagtail does not pull one in), so English gets the small suffix stripper of ``english``
  (-s/-es/-ies, -ing, -ed, final -e/-y), not the Porter/Snowball algorithm.

So the rules are written here, from general grammar, small and fast, and tested word by word in
tests/search/test_analysis*.py. Both stemmers are light and rule-based: stems are search keys,
not lemmas, and not always prefixes of the word (syncope: tseli → tsl; sahibkarlığı →
sahibkarliq); verbs are not lemmatised.
"""

from __future__ import annotations

from search.analysis.azerbaijani import stem_azerbaijani
from search.analysis.english import stem_english
from search.analysis.georgian import stem_georgian
from search.analysis.normalisation import normalise
from search.analysis.scripts import fold_azerbaijani, is_georgian, romanise_georgian
from search.analysis.splitter import word_matches, words
from search.analysis.tokens import (
    AZERBAIJANI_PREFIX,
    ENGLISH_PREFIX,
    ENGLISH_SPELLING_PREFIX,
    GEORGIAN_PREFIX,
    analyse,
    analyse_query,
    mixed_spelling_keys,
)

__all__ = [
    "AZERBAIJANI_PREFIX",
    "ENGLISH_PREFIX",
    "ENGLISH_SPELLING_PREFIX",
    "GEORGIAN_PREFIX",
    "analyse",
    "analyse_query",
    "fold_azerbaijani",
    "is_georgian",
    "mixed_spelling_keys",
    "normalise",
    "romanise_georgian",
    "stem_azerbaijani",
    "stem_english",
    "stem_georgian",
    "word_matches",
    "words",
]
