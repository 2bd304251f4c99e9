"""A language's spelling vocabulary in memory: its words (not the stems) by the form they are
compared in, for search.spelling to find the closest to a typed word.

Each process loads a language's words once and answers from memory, under two versions in
Django's cache (as search.synonyms keeps its map): a rebuild or an unpublication renews the whole
vocabulary's, and each process loads the words again; a publication that brings new words renews
the additions', and each process adds the rows added since it last read, rather than load a large
vocabulary again for every publication. Without a cache answering, a process keeps its words
search.cache_versions.FALLBACK_SECONDS.
"""

import threading
import time
from dataclasses import dataclass

from django.db.models import F
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from search.analysis import fold_azerbaijani, is_georgian, romanise_georgian
from search.analysis.georgian import fold_latin_georgian
from search.analysis.scripts import has_digit, is_latin
from search.cache_versions import read_versions, renew_version, still_fresh
from search.models import SpellingWord
from search.synonyms import STEM_MARK

# A new version of the whole vocabulary makes every process load a language's words again; a new
# version of its additions, only the rows added since.
WHOLE_VERSION_KEY = "search:spelling-version"
ADDED_VERSION_KEY = "search:spelling-added"
# Words this short are not corrected, nor offered: too many words are one letter from them.
MIN_WORD_LENGTH = 3
# A word in a page's title counts as this many pages that use it.
TITLE_WEIGHT = 3
# Recent answers per word and version, so that a bot repeating a query costs no distance scan.
NEAREST_MEMO = 2048


def max_distance(length):
    """How many edits a word of ``length`` letters may be from its correction."""
    if length < MIN_WORD_LENGTH:
        return 0
    return 1 if length <= 5 else 2 if length <= 9 else 3


def compared_forms(word):
    """[(space, form)]: where and as what a typed (normalised) word is compared: Georgian script
    as written; Latin letters (a word mixing them with Georgian ones romanised) without
    Azerbaijani diacritics, with the vocabulary's Latin words, and in the Georgian stemmer's one
    Latin typing (q/k, f/p, w/ts, x/kh…), with its Georgian words romanised. None for other
    scripts and words with digits."""
    if has_digit(word):
        return []
    if is_georgian(word):
        return [("georgian", word)]
    latin = romanise_georgian(word)
    if not is_latin(latin):
        return []
    return [("latin", fold_azerbaijani(latin)), ("romanised", fold_latin_georgian(latin))]


def stored_forms(word):
    """[(space, form)]: where and as what a vocabulary word is compared (compared_forms)."""
    if has_digit(word):
        return []
    if is_georgian(word):
        return [("georgian", word), ("romanised", fold_latin_georgian(romanise_georgian(word)))]
    return [("latin", fold_azerbaijani(word))] if is_latin(word) else []


@dataclass(frozen=True)
class Candidate:
    distance: int
    other_start: bool  # begins with another letter than the word typed: such typos are rarer
    weight: int
    word: str  # as the pages write it, normalised

    def rank(self):
        return (self.distance, self.other_start, -self.weight, self.word)


class Lexicon:
    """A language's words, per space and length of their compared form (stored_forms)."""

    def __init__(self, rows):
        self.by_length = {}  # (space, length) → ([forms], [words], [weights])
        self._lock = threading.Lock()  # a thread may add rows while another looks words up
        self.last_id = 0
        self.add(rows)

    def add(self, rows):
        """``rows``: (id, word, weight). Words with one compared form (ქალაქი, კალაკი romanised)
        are each kept: the ranking tells them apart."""
        with self._lock:
            self._add(rows)

    def _add(self, rows):
        for row_id, word, weight in rows:
            self.last_id = max(self.last_id, row_id)
            for space, form in stored_forms(word):
                bucket = self.by_length.setdefault((space, len(form)), ([], [], []))
                bucket[0].append(form)
                bucket[1].append(word)
                bucket[2].append(weight)
        self._memo = {}

    def nearest(self, word, limit):
        """The ``limit`` best Candidates for a normalised word."""
        with self._lock:
            found = self._memo.get((word, limit))
            if found is None:
                if len(self._memo) >= NEAREST_MEMO:
                    self._memo.clear()
                found = self._memo[(word, limit)] = self._nearest(word, limit)
        return found

    def _nearest(self, word, limit):
        candidates = []
        for space, form in compared_forms(word):
            most = max_distance(len(form))
            for length in range(len(form) - most, len(form) + most + 1):
                forms, words, weights = self.by_length.get((space, length), ((), (), ()))
                for other, distance, index in process.extract(
                    form, forms, scorer=Levenshtein.distance, score_cutoff=most, limit=None
                ):
                    candidates.append(Candidate(distance, other[0] != form[0], weights[index], words[index]))
        return sorted(candidates, key=Candidate.rank)[:limit]


@dataclass
class Kept:
    versions: tuple | None  # (whole, added) when loaded; None: the cache did not answer
    loaded_at: float
    lexicon: Lexicon


_kept = {}  # language → Kept


def lexicon(language):
    """The Lexicon of ``language``: loaded when the whole vocabulary's version is new here, grown
    by the rows added since when only the additions' version is; else no query."""
    found = read_versions(WHOLE_VERSION_KEY, ADDED_VERSION_KEY)
    versions = found and (found[WHOLE_VERSION_KEY], found[ADDED_VERSION_KEY])
    kept = _kept.get(language)
    if kept is not None and kept.versions is not None and versions is not None:
        if versions[0] == kept.versions[0]:
            if versions[1] != kept.versions[1]:
                kept.lexicon.add(_rows(language, after=kept.lexicon.last_id))
                kept.versions = versions
            return kept.lexicon
    elif kept is not None and versions is None and still_fresh(kept.loaded_at):
        return kept.lexicon
    loaded = Lexicon(_rows(language))
    _kept[language] = Kept(versions, time.monotonic(), loaded)
    return loaded


def _rows(language, after=0):
    """(id, word, weight) of the language's words (not stems) after the row ``after``."""
    weight = F("pages") + (TITLE_WEIGHT - 1) * F("title_pages")
    rows = (
        SpellingWord.objects.filter(language=language, id__gt=after)
        .exclude(word__startswith=STEM_MARK)
        .annotate(weight=weight)
        .values_list("id", "word", "weight")
    )
    return rows.iterator(chunk_size=10_000)


def forget_vocabulary():
    """Every process loads the words again at its next correction (search.cache_versions)."""
    renew_version(WHOLE_VERSION_KEY, _kept.clear)


def vocabulary_grew():
    """Every process adds the new rows at its next correction (search.cache_versions)."""
    renew_version(ADDED_VERSION_KEY, lambda: None)
