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
   dative -s, extended -sa; genitive -is, extended -isa; instrumental -it/-ita, -t/-ti after o/u;
   adverbial -ad, -d after a vowel; old plural -ta (not after i/o/u) and -ni (after -e, long
   stems only)). Vocative -o needs no rule: step 2 removes it.
2. Then, repeatedly: drop a final stem vowel a/e/o (the genitive and the plural drop -a, and -e
   before -is: deda/dedis, monatsile/monatsilis), an -i after a consonant (the -i that -ia/-io
   nouns keep: organizatsia, organizatsiis, organizatsiebi → organizats; and the nominative -i
   left by the copula), and the plural -eb (which also removes the -eb- of verbal nouns in -eba:
   ganvitareba/ganvitarebis agree).
3. Syncope: a/e/o between a consonant and a final l/r/n is dropped (tseli/tslis "year",
   kveqana/kveqnis "country", tsqali/tsqlis "water"), and a before a final v (nagavi/nagvis
   "rubbish"); applied to every stem, so all forms agree.
A stem always keeps at least 3 letters (romanised), so short words are left alone.
4. Readings: where an ending can also be the end of the stem, the word gets the stem of each
   reading (_KA_AMBIGUOUS), all indexed and all queried: consonant + -ma is the ergative of a
   consonant stem (jgup-ma → jgup) or the nominative of an a-stem (gegma → gegm, like gegmis);
   chartvis is char-tvis or chartv-is (chartva); likewise -vit, -stan, -ni, -ta, -sa, -ti, and
   -shi after i (angarish-i). o→v syncope: a stem in consonant + vr also gets the stem without
   the v (mindvris → mindr, like mindori). Short nouns: a form whose stem would be two letters
   gets the nominatives it may come from (gzis, gzebi → gza, gze, gzi; not below three letters
   otherwise). The first stem is the longest ending's reading (stem_georgian).

Measured on the seed articles and the demo content (home/demo/data.py): 1175 distinct Georgian
words give 748 stems (623 words fall into 196 groups of two or more). With the typing folds, the
copula and the particle (and a larger demo): 1390 Georgian words give 837 stems (865 without).
The readings (4.): on the paradigms of 489 nouns and place names (tests/search/
test_paradigms_georgian.py, 5 897 forms), the forms sharing a token with their nominative went
from 96.0% to 99.9%; on the demo and seed words (1 388) they add 52 stems and join 4 more pairs
of words, all forms of one word.

Limits: the stemmer is light and rule-based. Stems are search keys, not lemmas, and not always
prefixes of the word (syncope: tseli → tsl). Verbs are not lemmatised. Not handled: irregular
and suppletive forms (ambavi/ambis); the particle -ვე; chat typing by capitals (S for შ, C for ჩ, W for ჭ,
Z for ძ, R for ღ: case is folded before we see it) and z for ძ (dz is not folded to z: d-final
stems take -ze). Some distinct lemmas share a stem (sakmaod "quite"/sakme "affair", ekologia
"ecology"/ekologi "ecologist"), a second reading may meet another word (angarishi read as
angari-shi "in the hangar"; tvit "self" as an instrumental of tve "month"), and folding merges
words that differ only by ქ/ყ/კ, ფ/პ, წ/ც (rare in Georgian). tests/search/test_analysis_georgian.py
lists these known limits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.analysis.scripts import romanise_georgian
from search.analysis.suffixes import MIN_STEM, VOWELS, build_endings, strip_readings

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
    ("t", "ou", 3),
    ("ti", "ou", 3),  # instrumental
    ("ad", "any", 3),
    ("d", "V", 3),  # adverbial
    ("ta", "ta", 3),  # old plural oblique (ქალთა, მოქალაქეთა)
    ("ni", "e", 5),  # old plural nominative (მოქალაქენი)
]

_KA_BY_LAST = build_endings(_KA_ENDINGS)
# Syncope: a/e/o before a final l/r/n (წელი, წლის), a before a final v (ნაგავი, ნაგვის)
_KA_SYNCOPE_RE = re.compile(r"(?<=[^aeiou])(?:[aeo](?=[lrn]$)|a(?=v$))")
# Endings that may also be the end of the stem, so a word in one of them is read both ways
# ({ending: the letters after which it is ambiguous, "" for any}): ჩართვ-ის and ჩარ-თვის, ნაგვ-ით
# and (-ვით "like") ნაგ-ვით, პროცეს-თან and (-სთან) პროცე-სთან, ცხენ-ი and (old plural -ნი)
# ცხე-ნი, მცხეთა and (old plural -თა) მცხე-თა, მიწა and (extended dative -სა) მი-წა (w = ts),
# ანგარიშ-ი and ანგარი-ში, ჯგუფ-მა and გეგმა, (o/u-stem instrumental -თი) საქართველო-თი and
# პილოტ-ი.
_KA_AMBIGUOUS = {
    "tvis": "",
    "vit": "",
    "ivit": "",
    "stan": "",
    "ni": "",
    "ta": "es",  # after a consonant mostly the old plural (ქალთა, დევნილთა): one reading
    "sa": "",
    "shi": "i",
    "ma": "",
    "ti": "",
}


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


def fold_latin_georgian(word: str) -> str:
    """A Latin-typed Georgian word with its spelling variants folded together (q/k, f/p, …), as the
    stemmer and "did you mean" (search.lexicon) compare them."""
    return _KA_FOLD_RE.sub(lambda m: _KA_FOLD[m.group()], word)


@lru_cache(maxsize=200_000)
def stem_georgian(word: str) -> str:
    """Light stemmer for a ROMANISED Georgian word (lowercase Latin, as from
    romanise_georgian or typed by a user, in any of the common typings: see _KA_FOLD)."""
    return stems(word)[0]


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """The stem of a ROMANISED word, then the stems of its other readings, where its ending can
    be read two ways (_KA_AMBIGUOUS: ჯგუფ-მა or გეგმა, ჩართვ-ის or ჩარ-თვის), its syncope too
    (მინდვრის, მინდორი), or its stem is too short to cut (გზის, გზა: _short_readings)."""
    if "'" in word:
        word = word.replace("'", "")
    # the particle -c ("also": ქალებიც) typed as c after a vowel (in Georgian script it is
    # dropped before romanising: see script_stems; typed "ts" may be თ + dative -ს: ბაღდათს)
    if word.endswith("c") and len(word) > MIN_STEM + 2 and word[-2] in VOWELS:
        word = word[:-1]
    word = fold_latin_georgian(word)
    short = _short_readings(word) if 2 < len(word) < 9 and word not in _NOT_NOUNS else ()
    if len(word) <= MIN_STEM:
        return _unique((word, *short))
    # the copula -a after a vowel: ქალაქ-ი-ა "is a city", ეტაპზე-ა, ორგანიზაცია-ა, სექტემბერში-ა;
    # nouns in -ia lose it too, and then their -i like any stem (see below), so that
    # organizatsia and organizatsiis still agree
    if len(word) > MIN_STEM + 2 and word[-1] == "a" and word[-2] in VOWELS:
        word = word[:-1]
    found = []
    for rest in strip_readings(word, _KA_BY_LAST, _KA_AMBIGUOUS):
        stem = _finish(rest)
        found.append(stem)
        # o→v syncope (მინდორი, მინდვრის): the stem without its v meets the syncopated o-stem
        if len(stem) > MIN_STEM + 1 and stem.endswith("vr") and stem[-3] not in VOWELS:
            found.append(stem[:-2] + "r")
    return _unique((*found, *short))


def _unique(stems: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(stems))


def _short_readings(word: str) -> tuple[str, ...]:
    """A noun whose stem is two letters (romanised) loses its vowel before -ის, -ით, -ები
    (გზა, გზის, გზით, გზები; ტყე, ტყის; ომი, ომს), below what a stem may keep: such a form
    is read as each nominative it may come from (gz → gza, gze, gzi), so it meets the
    nominative, whose two letters and vowel are left alone, and two nominatives (მზე, მზა)
    do not meet each other. The nominative -i itself is not cut (ერი is not read as ერა)."""
    for rest in strip_readings(word, _KA_BY_LAST, _KA_AMBIGUOUS, minimum=2):
        ending = word[len(rest) :]
        if len(rest) == 4 and rest.endswith("eb"):
            rest, ending = rest[:2], "eb" + ending
        if len(rest) == 2 and rest[1] not in VOWELS and ending != "i":
            # only the endings that an a- or e-stem's vowel drops before (გზ-ის, გზ-ად, გზ-ებ-ი)
            # hide which nominative it is; before the others it shows (გზა-მ, გზა-ში), so a bare
            # consonant there is a consonant stem (ომ-ს, ომ-მა; ხმა is not ხ-მა of ხე)
            # a one-letter stem (ც-ის, ხ-ის, romanised ts, kh) is an a- or e-stem's (ცა, ხე):
            # no consonant stem is one letter
            one_letter = rest in _DIGRAPHS
            if ending[0] in "ie" or ending == "ad":
                return (rest + "a", rest + "e") if one_letter else (rest + "a", rest + "e", rest + "i")
            return () if one_letter else (rest + "i",)
    return ()


# Frequent words that look like a short noun's form: არის "is" (not არ-ის of არა), ამის/იმის
# "of this/that", ამით/იმით "with this/that"
_NOT_NOUNS = frozenset(("aris", "amis", "imis", "amit", "imit"))
# Georgian letters romanised as two Latin letters (after _KA_FOLD)
_DIGRAPHS = frozenset(("kh", "dz", "ts", "sh", "ch", "zh"))


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
