"""Synonyms at query time: a search for one term of a group also finds pages using another.

Where they come from: the editors' vocabulary (search.models.SynonymGroup, a snippet; a default set
in search.synonym_defaults that bootstrap_site loads on an empty vocabulary), and sources other
apps register with ``register_source`` (partners: every organisation and donor is a group of its
names in every language and its acronym). Both are read into one ``SynonymMap`` once per process
and kept while the version number in Django's cache stands: saving or deleting a group, or
publishing, unpublishing or deleting an organisation or donor, renews it (``forget_synonyms``), so
every process builds its map afresh at its next search, and a search otherwise costs no query.

How a query uses them (search.backends.analysed): the longest run of query words that is a term
of some group is replaced by Or(the words as typed, each other term of its groups), so `USAID grants`
becomes (USAID | (აშშ & ის & საერთაშორისო & …) | …) & grants. A query word matches a term's word by
its normalised form without diacritics (ABS meets ABŞ, usaid meets USAID), or, for term words of
four letters or more, by a stem (ევროკავშირის meets ევროკავშირი, evrokavshiri too): the same
tokens the analysis gives the index. Terms are not chained: a term's equivalents are the other
terms of the groups it is in, not of groups those are in.
"""

import time
import unicodedata
from dataclasses import dataclass, field

from search.analysis import fold_azerbaijani, mixed_spelling_keys, words
from search.cache_versions import read_versions, renew_version, still_fresh

VERSION_KEY = "search:synonyms-version"
# An editor's group: this many terms at most, each at most this many words and characters.
MAX_TERMS = 20
MAX_TERM_WORDS = 8
MAX_TERM_LENGTH = 200
# A query's expansion: at most this many equivalents per matched span, and this many tokens in
# all the equivalents together (each word of an equivalent is an Or of 2 to 5 tokens).
MAX_EQUIVALENTS = 8
MAX_EXPANSION_TOKENS = 240
# Shorter term words (acronyms, mostly) match only exactly: their stems meet too many words.
MIN_STEM_MATCH = 4
# Every stem token of search.analysis.tokens begins with "zz" (zzk, zza, zze…), as no real word does.
STEM_MARK = "zz"

_sources = []


def register_source(source, first=False):
    """``source()`` gives groups (lists of terms) each time the map is built; call
    ``forget_synonyms`` when what it gives changes. The editors' groups come ``first``: their
    terms' equivalents are listed, and kept under MAX_EQUIVALENTS, before the others'."""
    if source not in _sources:
        _sources.insert(0 if first else len(_sources), source)


def split_terms(text):
    """The terms of a group's text: one a line, trimmed, without control characters, each once."""
    terms, seen = [], set()
    for line in (text or "").replace("\x00", "").splitlines():
        term = " ".join(line.split())
        key = tuple(_fold(word) for word in words(term, "en"))
        if key and key not in seen:
            seen.add(key)
            terms.append(term)
    return terms


def term_word_count(term):
    return len(words(term, "en"))


def _fold(token):
    """A normalised token without diacritics (ə→e, ş→s, ı→i, é→e)."""
    decomposed = unicodedata.normalize("NFKD", fold_azerbaijani(token))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_stem(token):
    return token.startswith(STEM_MARK)


def query_word_keys(tokens):
    """What a query word (its analysed alternatives) may meet a term's word by; a name typed
    in English spelling but for an Azerbaijani q or x also by its English-spelling key (Qabala
    meets Qəbələ's, as Gabala does), which a query word does not get for the text."""
    keys = {token if _is_stem(token) else _fold(token) for token in tokens}
    return keys.union(mixed_spelling_keys(tokens[0])) if tokens else keys


def term_word_keys(tokens):
    exact = {_fold(token) for token in tokens if not _is_stem(token)}
    if max(map(len, exact), default=0) < MIN_STEM_MATCH:
        return exact
    return exact | {token for token in tokens if _is_stem(token)}


def _implies(specific, general):
    """Whether every page matching the words ``specific`` matches the words ``general`` (each a
    list of a word's alternative tokens, all words required): each word of ``general`` accepts
    every token of some word of ``specific``."""
    return all(any(set(word) <= set(general_word) for word in specific) for general_word in general)


@dataclass(eq=False)  # one object per term: compared by identity
class Term:
    alternatives: tuple  # per word, its tokens (search.backends.word_alternatives)
    keys: tuple  # per word, the keys a query word meets it by
    equivalents: list = field(default_factory=list)  # other Terms, in the order of their groups


class SynonymMap:
    """Every term of every group, found from the first word of a query span."""

    def __init__(self, groups, alternatives_of):
        self.terms = {}
        self.by_first_key = {}
        for group in groups:
            members = []
            for text in group:
                alternatives = tuple(tuple(tokens) for tokens in alternatives_of(text) if tokens)
                if not alternatives or len(alternatives) > MAX_TERM_WORDS:
                    continue
                signature = tuple(frozenset(_fold(t) for t in tokens if not _is_stem(t)) for tokens in alternatives)
                term = self.terms.get(signature)
                if term is None:
                    term = self.terms[signature] = Term(alternatives, tuple(map(term_word_keys, alternatives)))
                    for key in term.keys[0]:
                        self.by_first_key.setdefault(key, []).append(term)
                if term not in members:
                    members.append(term)
            for term in members:
                term.equivalents.extend(
                    other for other in members if other is not term and other not in term.equivalents
                )
        for candidates in self.by_first_key.values():
            candidates.sort(key=lambda term: -len(term.keys))

    def __len__(self):
        return len(self.terms)

    def spans(self, query_words):
        """[(start, end, equivalent Terms)]: the longest terms found in ``query_words`` (each a
        list of a word's tokens), left to right, not overlapping."""
        return [(start, end, term.equivalents) for start, end, term in self._matches(query_words)]

    def _matches(self, query_words):
        keys = [query_word_keys(tokens) for tokens in query_words]
        found, start = [], 0
        while start < len(keys):
            term = self._longest_at(keys, start)
            if term is None:
                start += 1
                continue
            end = start + len(term.keys)
            found.append((start, end, term))
            start = end
        return found

    def expansions(self, query_words):
        """spans() with the terms a query searches besides its own words: the term its words
        met, unless they imply it (Qabala meets Qəbələ, which it does not find itself), and the
        first MAX_EQUIVALENTS of its equivalents, each unless the span's words or a shorter
        term imply it (a page that has "kvinna till kvinna foundation" has "kvinna till kvinna":
        OR-ing both finds nothing more and only makes the database read more), while their
        tokens stay within MAX_EXPANSION_TOKENS for the whole query (what
        search.backends.with_synonyms searches, and search_page.highlight marks)."""
        found, budget = [], MAX_EXPANSION_TOKENS
        for start, end, met in self._matches(query_words):
            candidates = [met, *met.equivalents[:MAX_EQUIVALENTS]]
            searched, kept = [], [tuple(query_words[start:end])]
            for term in sorted(candidates, key=lambda term: len(term.alternatives)):
                if any(_implies(term.alternatives, other) for other in kept):
                    continue
                size = sum(map(len, term.alternatives))
                if size > budget:
                    break
                budget -= size
                searched.append(term)
                kept.append(term.alternatives)
            found.append((start, end, sorted(searched, key=candidates.index)))
        return found

    def _longest_at(self, keys, start):
        seen = set()
        best = None
        for key in keys[start]:
            for term in self.by_first_key.get(key, ()):
                if id(term) in seen or (best is not None and len(term.keys) <= len(best.keys)):
                    continue
                seen.add(id(term))
                length = len(term.keys)
                if (
                    start + length <= len(keys)
                    and all(keys[start + n] & term.keys[n] for n in range(length))
                    and term.equivalents
                ):
                    best = term
        return best


EMPTY = SynonymMap([], lambda text: [])
_kept = None  # (version, built at, SynonymMap)


def _groups():
    for source in _sources:
        yield from source()


def current_synonyms(alternatives_of):
    """The SynonymMap of this version (see the docstring): built at most once per version and
    process; ``alternatives_of(text)`` analyses a term as queries are."""
    global _kept
    versions = read_versions(VERSION_KEY)
    kept = _kept
    if kept is not None and (versions[VERSION_KEY] == kept[0] if versions is not None else still_fresh(kept[1])):
        return kept[2]
    synonyms = SynonymMap(list(_groups()), alternatives_of)
    _kept = (versions and versions[VERSION_KEY], time.monotonic(), synonyms)
    return synonyms


def _forget_here():
    global _kept
    _kept = None


def forget_synonyms(**kwargs):
    """Every process rebuilds its map at its next search (search.cache_versions)."""
    renew_version(VERSION_KEY, _forget_here)
