"""Georgian stemmer, on the romanised word (search.analysis.scripts.romanise_georgian: national
system, no ejective marks), so that a Georgian word and its Latin typing get the same stem.

0. The typings are folded (see _KA_FOLD: q/k/y, f/p, w/c/ts, x/kh, g/gh; apostrophes dropped),
   on the romanised Georgian side too, so that ``qalaqi``, ``fondi``, ``wyali`` meet ქალაქი,
   ფონდი, წყალი. The particle -ც "also" after a vowel is dropped (ქალებიც, ფარგლებშიც; typed
   -c; not typed -ts, which may be თ + dative -ს: ბაღდათს). A copula -a after a vowel is
   dropped: etapzea "is at the stage" → etapze, kalakia "is a city" → kalaki, sektembershia →
   sektembershi, organizatsiaa → organizatsia.
1. Strip ONE ending, the longest that fits: postpositions with the case they govern
   (dative-based -shi, -ze, -tan (-stan after a vowel), -tana, -vit, -ivit, -savit;
   genitive-based -(i)stvis, -(i)satvis, -(i)sgan, -(i)sagan, -(i)sken, -(i)saken and bare
   -tvis, -gan, -ken; instrumental-based -idan, -dan; adverbial-based -amde, -mde) or a case
   ending (nominative -i after a consonant; ergative -ma after a consonant, -m after a vowel;
   dative -s, extended -sa; genitive -is, extended -isa; instrumental -it/-ita, -t after o/u;
   adverbial -ad, -d after a vowel; old plural -ta (not after i/o/u) and -ni (after -e, long
   stems only)). Vocative -o needs no rule: step 2 removes it.
2. Then, repeatedly: drop a final stem vowel a/e/o (the genitive and the plural drop -a, and -e
   before -is: deda/dedis, monatsile/monatsilis), an -i after a consonant (the -i that -ia/-io
   nouns keep: organizatsia, organizatsiis, organizatsiebi → organizats; and the nominative -i
   left by the copula), and the plural -eb (which also removes the -eb- of verbal nouns in -eba:
   ganvitareba/ganvitarebis agree).
3. Syncope: a/e/o between a consonant and a final l/r/n is dropped (tseli/tslis "year",
   kveqana/kveqnis "country", tsqali/tsqlis "water"); applied to every stem, so all forms agree.
A stem always keeps at least 3 letters (romanised), so short words are left alone.
A word in consonant + -ma gets two stems: the ergative of a consonant stem (jgup-ma → jgup) or
the nominative of an a-stem (gegma, reporma → gegm, reporm, like gegmis, repormas).

Measured on the seed articles and the demo content (home/demo/data.py): 1175 distinct Georgian
words give 748 stems (623 words fall into 196 groups of two or more). With the typing folds, the
copula and the particle (and a larger demo): 1390 Georgian words give 837 stems (865 without).

Limits: the stemmer is light and rule-based. Stems are search keys, not lemmas, and not always
prefixes of the word (syncope: tseli → tsl). Verbs are not lemmatised. Not handled: irregular
and suppletive forms; o→v syncope (mindori/mindvris); the particle -ვე; loanwords in -eta
(gazeta/gazetis, read as the old plural -ta); chat typing by capitals (S for შ, C for ჩ, W for ჭ,
Z for ძ, R for ღ: case is folded before we see it) and z for ძ (dz is not folded to z: d-final
stems take -ze). Some distinct lemmas share a stem (sakmaod "quite"/sakme "affair", ekologia
"ecology"/ekologi "ecologist"), and folding merges words that differ only by ქ/ყ/კ, ფ/პ, წ/ც
(rare in Georgian). tests/search/test_analysis_georgian.py lists these known limits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.analysis.scripts import romanise_georgian
from search.analysis.suffixes import MIN_STEM, VOWELS, build_endings, strip_one

__all__ = ["script_stems", "stem_georgian", "stems"]

# Endings of Georgian nouns and adjectives (romanised), with what must precede them:
#   "any"; "C" a consonant; "V" a vowel; "ou" o or u; "aeou" one of those; "ta" not i/o/u;
#   "e" the vowel e.
# Each is stripped only if at least `min` letters remain.
_KA_ENDINGS: list[tuple[str, str, int]] = [
    # postpositions on the dative (its -s drops): kalak-shi, deda-shi, kalakeb-shi
    # (-tan keeps the -s after a vowel: organizatsia-s-tan)
    ("shi", "any", 3),
    ("ze", "any", 3),
    ("tan", "any", 3),
    ("stan", "aeou", 3),
    ("tana", "any", 3),
    ("vit", "any", 3),
    ("ivit", "C", 3),
    ("savit", "V", 3),
    # postpositions on the genitive: kalak-is-tvis, sakartvelo-s-tvis
    ("istvis", "any", 3),
    ("isatvis", "any", 3),
    ("isgan", "any", 3),
    ("isagan", "any", 3),
    ("isken", "any", 3),
    ("isaken", "any", 3),
    ("stvis", "V", 3),
    ("satvis", "V", 3),
    ("sgan", "V", 3),
    ("sagan", "V", 3),
    ("sken", "V", 3),
    ("saken", "V", 3),
    ("tvis", "any", 3),
    ("gan", "any", 3),
    ("ken", "any", 3),
    # -dan on the instrumental (kalak-i-dan), -mde on the adverbial (kalak-a-mde)
    ("idan", "any", 3),
    ("dan", "V", 3),
    ("amde", "any", 3),
    ("mde", "V", 3),
    # cases
    ("i", "C", 3),  # nominative
    ("ma", "C", 3),
    ("m", "V", 3),  # ergative
    ("s", "any", 3),  # dative; genitive of o/u stems
    ("sa", "C", 3),
    ("sa", "V", 4),  # extended dative (ქალებსა და ...)
    ("is", "any", 3),
    ("isa", "any", 3),  # genitive, extended genitive
    ("it", "any", 3),
    ("ita", "any", 3),
    ("t", "ou", 3),  # instrumental
    ("ad", "any", 3),
    ("d", "V", 3),  # adverbial
    ("ta", "ta", 3),  # old plural oblique (ქალთა, მოქალაქეთა)
    ("ni", "e", 5),  # old plural nominative (მოქალაქენი)
]

_KA_BY_LAST = build_endings(_KA_ENDINGS)
_KA_SYNCOPE_RE = re.compile(r"(?<=[^aeiou])[aeo](?=[lrn]$)")


# Latin typing of Georgian, folded to one spelling before stemming (both for romanise_georgian's
# output and for what users type), so that the common ways of typing a letter meet:
#   ქ/ყ/კ → k: q is typed for ქ as often as for ყ ("saqartvelo", "qalaqi"), y for ყ ("yvela"), and
#     the national system's q (ყ) must meet them; ქ/ყ/კ are rarely all that tells two words apart;
#   ფ → p: f ("fondi"), ph; წ/ც → ts: w for წ ("wyali"), c for ც ("cxovreba"), ch stays ჩ/ჭ;
#   ხ → kh: x ("xashuri"); ღ → g: gh or g ("bagdati"); ჯ → j: Russian-style dzh, French-style dj;
#   the scholarly č š ž ǯ ʒ ɣ as ch sh zh j dz g.
# Not folded: dz and z (ძ typed z), since d-final stems take -ze (ვებგვერდ-ზე, ზუგდიდ-ზე).
# Apostrophes (ejectives: k'utaisi) are dropped before. The romanised word never has f, w, x, y
# or c (outside ch), so folding it changes only the letters that have several typings.
_KA_FOLD = {
    "q": "k",
    "y": "k",
    "f": "p",
    "ph": "p",
    "w": "ts",
    "c": "ts",
    "x": "kh",
    "gh": "g",
    "dzh": "j",
    "dj": "j",
    "č": "ch",
    "š": "sh",
    "ž": "zh",
    "ǯ": "j",
    "ʒ": "dz",
    "ɣ": "g",
}
_KA_FOLD_RE = re.compile(r"dzh|dj|ph|gh|c(?!h)|[qyfwxčšžǯʒɣ]")


def _fold_latin_georgian(word: str) -> str:
    return _KA_FOLD_RE.sub(lambda m: _KA_FOLD[m.group()], word)


@lru_cache(maxsize=200_000)
def stem_georgian(word: str) -> str:
    """Light stemmer for a ROMANISED Georgian word (lowercase Latin, as from
    romanise_georgian or typed by a user, in any of the common typings: see _KA_FOLD)."""
    return stems(word)[0]


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """The stem of a ROMANISED word, and a second one for a word in consonant + -ma, which is
    either the ergative of a consonant stem (ჯგუფ-მა, წევრ-მა) or the nominative of an a-stem
    (გეგმა, რეფორმა, ფორმა: their other forms are გეგმის, რეფორმას): nothing in the word
    tells which."""
    if "'" in word:
        word = word.replace("'", "")
    # the particle -c ("also": ქალებიც) typed as c after a vowel (in Georgian script it is
    # dropped before romanising: see script_stems; typed "ts" may be თ + dative -ს: ბაღდათს)
    if word.endswith("c") and len(word) > MIN_STEM + 2 and word[-2] in VOWELS:
        word = word[:-1]
    word = _fold_latin_georgian(word)
    if len(word) <= MIN_STEM:
        return (word,)
    # the copula -a after a vowel: ქალაქ-ი-ა "is a city", ეტაპზე-ა, ორგანიზაცია-ა, სექტემბერში-ა;
    # nouns in -ia lose it too, and then their -i like any stem (see below), so that
    # organizatsia and organizatsiis still agree
    if len(word) > MIN_STEM + 2 and word[-1] == "a" and word[-2] in VOWELS:
        word = word[:-1]
    stem = _finish(strip_one(word, _KA_BY_LAST) or word)
    if word.endswith("ma") and len(word) > MIN_STEM + 1 and word[-3] not in VOWELS:
        nominative = _finish(word)
        if nominative != stem:
            return (stem, nominative)
    return (stem,)


def _finish(stem: str) -> str:
    # final stem vowels a/e/o, an -i left after a consonant (the -i of -ia/-io nouns, or a
    # nominative -i before the copula), and the plural/verbal-noun -eb-, repeatedly
    while True:
        before = stem
        while len(stem) > MIN_STEM and (stem[-1] in "aeo" or (stem[-1] == "i" and stem[-2] not in VOWELS)):
            stem = stem[:-1]
        if len(stem) >= MIN_STEM + 2 and stem.endswith("eb"):
            stem = stem[:-2]
        if stem == before:
            break
    if len(stem) > MIN_STEM:
        stem = _KA_SYNCOPE_RE.sub("", stem, count=1)
    return stem


_GEORGIAN_VOWELS = frozenset("აეიოუ")


def script_stems(word: str) -> tuple[str, ...]:
    """The stem(s) of a word in Georgian script (normalised: Mkhedruli)."""
    # the particle -ც "also" after a vowel: ქალებიც, ფარგლებშიც, ბიუჯეტითაც, გეგმაც
    if word.endswith("ც") and len(word) > MIN_STEM + 2 and word[-2] in _GEORGIAN_VOWELS:
        word = word[:-1]
    return stems(romanise_georgian(word))
