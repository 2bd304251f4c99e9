"""What the analysis tests share: where the seed articles are, a word's Georgian and
Azerbaijani stems as analyse() computes them, and whether a query matches a text."""

import itertools
from pathlib import Path

from search.analysis import analyse, analyse_query, fold_azerbaijani, normalise, stem_azerbaijani

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"


def ka(word):
    """The (first) Georgian stem of a Georgian-script word, as analyse() computes it."""
    return analyse(word, "ka")[1]


def az(word):
    """The Azerbaijani stem of a word as typed (as analyse() computes it)."""
    return stem_azerbaijani(fold_azerbaijani(normalise(word, "az")))


def assert_groups(groups, stem):
    """Every group has one stem; different groups have different stems."""
    stems = {}
    for lemma, forms in groups.items():
        got = {form: stem(form) for form in forms}
        assert len(set(got.values())) == 1, (lemma, got)
        stems[lemma] = next(iter(got.values()))
    for (a, sa), (b, sb) in itertools.combinations(stems.items(), 2):
        assert sa != sb, f"{a} and {b} share the stem {sa!r}"


def matches(query, text, language):
    """What a backend does with our tokens: every query word has an alternative in the text."""
    index = set(analyse(text, language))
    return all(any(alt in index for alt in alts) for alts in analyse_query(query, language))
