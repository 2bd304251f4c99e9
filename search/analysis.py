"""Language analysis for full-text search: Georgian (ka), Azerbaijani (az) and English (en).

One pure-Python module, used both when a page is indexed and when a query is parsed, so that the
two sides always produce the same tokens. The search backends (Wagtail's database backend on
PostgreSQL/SQLite, OpenSearch) only match the tokens made here; they do no stemming of their own
for these languages.

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
  (Wagtail does not pull one in), so English gets the small suffix stripper below
  (-s/-es/-ies, -ing, -ed, final -e/-y), not the Porter/Snowball algorithm.

So the rules are written here, from general grammar, small and fast, and tested word by word in
tests/search/test_analysis.py.

Tokens
------
``analyse(text, language)`` gives, for each word, the exact normalised word and one stem token
with a prefix that no real word has and that no tokenizer splits (no underscore):

* ``zzk`` + Georgian stem, computed on the ROMANISED word (national system, no ejective marks),
  for Georgian-script words in any language, and for Latin words in Georgian ("ka") text or
  queries, so that ``kutaisi`` typed in Latin meets ქუთაისში (both give ``zzkkutais``); for
  those Latin words apostrophes are dropped (k'utaisi), and the common ways of typing a
  Georgian letter are folded to one (q/k/y, f/p, w/c/ts, x/kh, g/gh: see _KA_FOLD), on the
  romanised Georgian side too, so that ``qalaqi``, ``fondi``, ``wyali`` meet ქალაქი, ფონდი, წყალი;
* ``zza`` + Azerbaijani stem of the folded word (ə→e, ş→s, ç→c, ğ→g, ö→o, ü→u, ı→i), for Latin
  words in "az", so that ``qadin sahibkarlari`` meets ``qadın sahibkarları``;
* ``zze`` + English stem, for Latin words in "en" (and any other language code).

Words with a digit, and words in other scripts (Cyrillic, Arabic, ...), are indexed exactly only.

Georgian stemmer (on the romanised word)
----------------------------------------
0. The typings are folded (above). The particle -ც "also" after a vowel is dropped (ქალებიც,
   ფარგლებშიც; typed -c; not typed -ts, which may be თ + dative -ს: ბაღდათს). A copula -a after
   a vowel is dropped: etapzea "is at the stage" → etapze, kalakia "is a city" → kalaki,
   sektembershia → sektembershi, organizatsiaa → organizatsia.
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

Azerbaijani stemmer (on the folded word)
----------------------------------------
1. Repeatedly strip the longest fitting inflectional suffix, keeping a stem of at least 3
   letters that contains a vowel: plural -lar/-ler; possessive 3rd person -i/-u and -lari/-leri,
   1st/2nd plural -imiz/-umuz/-miz/-muz, -iniz/-unuz/-niz/-nuz; genitive -in/-un; dative -a/-e,
   -ya/-ye; accusative -i/-u; locative -da/-de; ablative -dan/-den; -daki/-deki; comitative
   -la/-le, -yla/-yle; predicative -dir/-dur. A suffix that begins with a vowel is only taken
   after a consonant, one with a buffer consonant (-ya, -yla, -miz, -niz) only after a vowel.
   Because stripping repeats until nothing fits, an inflected form reaches its bare form and
   then goes on exactly like it.
2. Stem-final ğ→q and y→k undo the alternation before vowels (sahibkarlığı → sahibkarlıq,
   köməyi → kömək).
3. The buffer consonants n and s of -nin/-ni/-si/-nə are NOT stripped with their suffix: -nı
   cannot be told from a root-final n plus accusative (Azərbaycan-ı, plan-ı), nor -sı from a
   root-final s (vətəndaş-ı, proses-i). Step 1 strips only the vowel (layihəni → layihən), and
   then, for every word alike, the end is worn down: a final n after a/e/o, a final s after a/e,
   a vowel after a consonant, -iy after a consonant: layihən → layihə → layih, Azərbaycan →
   azerbayc, vətəndaş → vetend, koalisiyası → koalisiyas → koalis.
4. A word in vowel + -ya/-yə gets two stems: the dative after a vowel (layihəyə → layih) and the
   dative of a k-final root, whose k is y before a vowel (dəstəyə, birliyə → dəstək, birlik).
The 1st/2nd singular possessives (-im, -ın, -m, -n) are not stripped: they are rare in articles
and look like the ends of many roots (təlim, hakim). Derivational suffixes (-çı, -lı, -lıq,
-sız, -çılıq) are kept. Locative/ablative -ta/-tan are Turkish, not Azerbaijani, so not stripped.

Measured on the seed articles and the demo content (home/demo/data.py): 1175 distinct Georgian
words give 748 stems (623 words fall into 196 groups of two or more), 819 distinct Azerbaijani
words give 545 stems (413 words in 139 groups). With the typing folds, the copula and the
particle (and a larger demo): 1390 Georgian words give 837 stems (865 without them).

Limits: both stemmers are light and rule-based. Stems are search keys, not lemmas, and not
always prefixes of the word (syncope: tseli → tsl; sahibkarlığı → sahibkarliq). Verbs are not
lemmatised. Not handled: irregular and suppletive forms; Georgian o→v syncope (mindori/mindvris);
the particle -ვე; loanwords in -eta (gazeta/gazetis, read as the old plural -ta); chat typing
by capitals (S for შ, C for ჩ, W for ჭ, Z for ძ, R for ღ: case is folded before we see it) and z
for ძ (dz is not folded to z: d-final stems take -ze); Azerbaijani vowel loss in the root
(oğul/oğlu); the 3rd person -si after a root-final i (əhali/əhalisi); the dative of d-final
roots (kənd/kəndə, read as the locative). Some distinct lemmas share a stem (Georgian sakmaod
"quite"/sakme "affair", ekologia "ecology"/ekologi "ecologist"; Azerbaijani qanun "law"/qan
"blood", insan/inşa), and folding merges words that differ only by diacritics (yeni/yəni) or
only by ქ/ყ/კ, ფ/პ, წ/ც (rare in Georgian). The tests list these known limits.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "AZERBAIJANI_PREFIX",
    "ENGLISH_PREFIX",
    "GEORGIAN_PREFIX",
    "analyse",
    "analyse_query",
    "fold_azerbaijani",
    "is_georgian",
    "normalise",
    "romanise_georgian",
    "stem_azerbaijani",
    "stem_georgian",
    "words",
]

GEORGIAN_PREFIX = "zzk"
AZERBAIJANI_PREFIX = "zza"
ENGLISH_PREFIX = "zze"

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

# Apostrophe-like characters, unified to "'" (before NFKC too: NFKC turns ´ into " \u0301").
_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07\u02b9\u02bd"
_APOSTROPHE_TABLE = {ord(c): "'" for c in _APOSTROPHES}
_APOSTROPHE_RE = re.compile("[" + re.escape(_APOSTROPHES) + "]")


def _scan_bmp() -> tuple[str, str, str]:
    """Regex character classes, from the Unicode database of this Python: control characters
    that separate words (→ space); those that are removed (NUL and other C0/C1 controls, format
    characters such as the soft hyphen, bidi marks and zero-width joiners, lone surrogates); and
    combining marks, which may continue a word. One pass over the BMP at import (a few ms)."""
    space = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0x200B}
    remove: list[tuple[int, int]] = []
    marks: list[tuple[int, int]] = []
    category = unicodedata.category

    def add(ranges, cp):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))

    # CJK ideographs, Hangul syllables and the private use area hold no controls or marks.
    bmp = [*range(0x3400), *range(0xA000, 0xAC00), *range(0xD7A4, 0xE000), *range(0xF900, 0x10000)]
    for cp in bmp:
        cat = category(chr(cp))
        if cat[0] == "C" and cat != "Co" and cat != "Cn" and cp not in space:
            add(remove, cp)
        elif cat[0] == "M":
            add(marks, cp)
    # Format characters outside the BMP (Unicode 14/15).
    remove += [(0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
               (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F)]

    def cls(ranges):
        return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)

    return cls([(cp, cp) for cp in sorted(space)]), cls(remove), cls(marks)


_SPACE_CLASS, _REMOVE_CLASS, _MARK_CLASS = _scan_bmp()
_CONTROL_SPACE_RE = re.compile(f"[{_SPACE_CLASS}]")
_CONTROL_REMOVE_RE = re.compile(f"[{_REMOVE_CLASS}]")

# Georgian capitals → Mkhedruli: Mtavruli U+1C90–1CBF → U+10D0–10FF (1CBB/1CBC unassigned;
# 1CBD–1CBF are the capitals of ჽ ჾ ჿ), and the ecclesiastical Asomtavruli U+10A0–10C5 (+10C7,
# 10CD) and Nuskhuri U+2D00–2D25 (+2D27, 2D2D), which are the same alphabet, letter by letter.
_GEORGIAN_CASE_TABLE: dict[int, int] = {}
for _cp in range(0x1C90, 0x1CC0):
    if _cp not in (0x1CBB, 0x1CBC):
        _GEORGIAN_CASE_TABLE[_cp] = _cp - 0x1C90 + 0x10D0
for _cp in list(range(0x10A0, 0x10C6)) + [0x10C7, 0x10CD]:
    _GEORGIAN_CASE_TABLE[_cp] = _cp - 0x10A0 + 0x10D0
for _cp in list(range(0x2D00, 0x2D26)) + [0x2D27, 0x2D2D]:
    _GEORGIAN_CASE_TABLE[_cp] = _cp - 0x2D00 + 0x10D0
_GEORGIAN_CAPITALS_RE = re.compile("[\u10a0-\u10cd\u1c90-\u1cbf\u2d00-\u2d2d]")

_TURKIC_UPPER_TABLE = {ord("I"): "ı", ord("İ"): "i"}


def normalise(text: str, language: str) -> str:
    """NFKC; control characters removed (whitespace-like ones become spaces); case folded,
    with Turkic dotted/dotless i for "az"; Georgian capitals → Mkhedruli; apostrophe-like
    characters → "'"."""
    if not text:
        return ""
    if _APOSTROPHE_RE.search(text):
        text = text.translate(_APOSTROPHE_TABLE)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _CONTROL_SPACE_RE.search(text):
        text = _CONTROL_SPACE_RE.sub(" ", text)
    if _CONTROL_REMOVE_RE.search(text):
        text = _CONTROL_REMOVE_RE.sub("", text)
    if language == "az":
        text = text.translate(_TURKIC_UPPER_TABLE)
    elif "İ" in text:
        text = text.replace("İ", "i")
    text = text.casefold()
    if "\u0307" in text:
        text = text.replace("i\u0307", "i")
    if _GEORGIAN_CAPITALS_RE.search(text):
        text = text.translate(_GEORGIAN_CASE_TABLE)
    if _APOSTROPHE_RE.search(text):  # NFKC/casefold can make some
        text = text.translate(_APOSTROPHE_TABLE)
    return text


# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

# A word: letters/digits (and marks), possibly joined by apostrophes; "_" separates.
_WORD_RE = re.compile(rf"[^\W_](?:[^\W_]|[{_MARK_CLASS}])*(?:'(?:[^\W_]|[{_MARK_CLASS}])+)*")


def _words_normalised(text: str) -> list[str]:
    out = _WORD_RE.findall(text)
    if "'" in text:
        out = [w.replace("'", "") if "'" in w else w for w in out]
    return out


def words(text: str, language: str) -> list[str]:
    """The normalised word tokens of ``text`` in order (apostrophes inside words dropped)."""
    return _words_normalised(normalise(text, language))


# ---------------------------------------------------------------------------
# Scripts
# ---------------------------------------------------------------------------

_GEORGIAN_LETTER_RE = re.compile("[\u10d0-\u10ff\u1c90-\u1cbf\u10a0-\u10cd\u2d00-\u2d2d]")
_NON_GEORGIAN_LETTER_RE = re.compile(
    "[^\\W\\d_\u10d0-\u10ff\u1c90-\u1cbf\u10a0-\u10cd\u2d00-\u2d2d]"
)
# Latin letters (ASCII, Latin-1, Extended-A/B, IPA block with ə, Extended Additional), digits,
# combining marks.
_LATIN_WORD_RE = re.compile(rf"[a-z0-9\u00c0-\u02af\u1e00-\u1eff{_MARK_CLASS}]+")
_DIGIT_RE = re.compile(r"\d")


def is_georgian(word: str) -> bool:
    """True if the word has Georgian letters and no letters of another script."""
    return bool(_GEORGIAN_LETTER_RE.search(word)) and not _NON_GEORGIAN_LETTER_RE.search(word)


def _is_latin(word: str) -> bool:
    return _LATIN_WORD_RE.fullmatch(word) is not None


# ---------------------------------------------------------------------------
# Georgian
# ---------------------------------------------------------------------------

_ROMAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
    "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
    "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts",
    "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
    # Archaic letters (old texts, Mingrelian/Svan): ჱ he, ჲ hie, ჳ vie, ჴ har, ჵ hoe, ჶ fi, ჷ yn.
    "ჱ": "e", "ჲ": "y", "ჳ": "w", "ჴ": "q", "ჵ": "o", "ჶ": "f", "ჷ": "e",
}
_ROMAN_TABLE: dict[int, str] = {ord(k): v for k, v in _ROMAN.items()}
for _cp, _to in _GEORGIAN_CASE_TABLE.items():
    if chr(_to) in _ROMAN:
        _ROMAN_TABLE[_cp] = _ROMAN[chr(_to)]


def romanise_georgian(word: str) -> str:
    """Georgian national romanisation without the ejective apostrophes; other characters pass
    through (capital letters are romanised like small ones)."""
    return word.translate(_ROMAN_TABLE)


_VOWELS = frozenset("aeiou")
_MIN_STEM = 3

# Endings of Georgian nouns and adjectives (romanised), with what must precede them:
#   "any"; "C" a consonant; "V" a vowel; "ou" o or u; "aeou" one of those; "ta" not i/o/u;
#   "e" the vowel e.
# Each is stripped only if at least `min` letters remain.
_KA_ENDINGS: list[tuple[str, str, int]] = [
    # postpositions on the dative (its -s drops): kalak-shi, deda-shi, kalakeb-shi
    # (-tan keeps the -s after a vowel: organizatsia-s-tan)
    ("shi", "any", 3), ("ze", "any", 3), ("tan", "any", 3), ("stan", "aeou", 3), ("tana", "any", 3),
    ("vit", "any", 3), ("ivit", "C", 3), ("savit", "V", 3),
    # postpositions on the genitive: kalak-is-tvis, sakartvelo-s-tvis
    ("istvis", "any", 3), ("isatvis", "any", 3), ("isgan", "any", 3), ("isagan", "any", 3),
    ("isken", "any", 3), ("isaken", "any", 3),
    ("stvis", "V", 3), ("satvis", "V", 3), ("sgan", "V", 3), ("sagan", "V", 3),
    ("sken", "V", 3), ("saken", "V", 3),
    ("tvis", "any", 3), ("gan", "any", 3), ("ken", "any", 3),
    # -dan on the instrumental (kalak-i-dan), -mde on the adverbial (kalak-a-mde)
    ("idan", "any", 3), ("dan", "V", 3), ("amde", "any", 3), ("mde", "V", 3),
    # cases
    ("i", "C", 3),                      # nominative
    ("ma", "C", 3), ("m", "V", 3),      # ergative
    ("s", "any", 3),                    # dative; genitive of o/u stems
    ("sa", "C", 3), ("sa", "V", 4),     # extended dative (ქალებსა და ...)
    ("is", "any", 3), ("isa", "any", 3),  # genitive, extended genitive
    ("it", "any", 3), ("ita", "any", 3), ("t", "ou", 3),  # instrumental
    ("ad", "any", 3), ("d", "V", 3),    # adverbial
    ("ta", "ta", 3),                    # old plural oblique (ქალთა, მოქალაქეთა)
    ("ni", "e", 5),                     # old plural nominative (მოქალაქენი)
]


def _build_endings(endings):
    by_last: dict[str, list[tuple[str, str, int]]] = {}
    for ending in sorted(endings, key=lambda e: -len(e[0])):
        by_last.setdefault(ending[0][-1], []).append(ending)
    return by_last


_KA_BY_LAST = _build_endings(_KA_ENDINGS)
_KA_SYNCOPE_RE = re.compile(r"(?<=[^aeiou])[aeo](?=[lrn]$)")


def _fits(before: str, cond: str) -> bool:
    if cond == "any":
        return True
    if cond == "C":
        return before not in _VOWELS
    if cond == "V":
        return before in _VOWELS
    if cond == "ou":
        return before in "ou"
    if cond == "ta":
        return before not in "iou"
    if cond == "e":
        return before == "e"
    if cond == "aeou":
        return before in "aeou"
    raise ValueError(cond)


def _strip_one(word: str, by_last) -> str | None:
    candidates = by_last.get(word[-1:])
    if not candidates:
        return None
    n = len(word)
    for suffix, cond, minimum in candidates:
        k = len(suffix)
        if n - k >= minimum and word.endswith(suffix) and _fits(word[n - k - 1], cond):
            return word[: n - k]
    return None


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
_KA_FOLD = {"q": "k", "y": "k", "f": "p", "ph": "p", "w": "ts", "c": "ts", "x": "kh", "gh": "g",
            "dzh": "j", "dj": "j", "č": "ch", "š": "sh", "ž": "zh", "ǯ": "j", "ʒ": "dz", "ɣ": "g"}
_KA_FOLD_RE = re.compile(r"dzh|dj|ph|gh|c(?!h)|[qyfwxčšžǯʒɣ]")


def _fold_latin_georgian(word: str) -> str:
    return _KA_FOLD_RE.sub(lambda m: _KA_FOLD[m.group()], word)


@lru_cache(maxsize=200_000)
def stem_georgian(word: str) -> str:
    """Light stemmer for a ROMANISED Georgian word (lowercase Latin, as from
    romanise_georgian or typed by a user, in any of the common typings: see _KA_FOLD)."""
    return _stems_georgian(word)[0]


@lru_cache(maxsize=200_000)
def _stems_georgian(word: str) -> tuple[str, ...]:
    """The stem, and a second one for a word in consonant + -ma, which is either the ergative
    of a consonant stem (ჯგუფ-მა, წევრ-მა) or the nominative of an a-stem (გეგმა, რეფორმა,
    ფორმა: their other forms are გეგმის, რეფორმას): nothing in the word tells which."""
    if "'" in word:
        word = word.replace("'", "")
    # the particle -c ("also": ქალებიც) typed as c after a vowel (in Georgian script it is
    # dropped before romanising: see _georgian_stems; typed "ts" may be თ + dative -ს: ბაღდათს)
    if word.endswith("c") and len(word) > _MIN_STEM + 2 and word[-2] in _VOWELS:
        word = word[:-1]
    word = _fold_latin_georgian(word)
    if len(word) <= _MIN_STEM:
        return (word,)
    # the copula -a after a vowel: ქალაქ-ი-ა "is a city", ეტაპზე-ა, ორგანიზაცია-ა, სექტემბერში-ა;
    # nouns in -ia lose it too, and then their -i like any stem (see below), so that
    # organizatsia and organizatsiis still agree
    if len(word) > _MIN_STEM + 2 and word[-1] == "a" and word[-2] in _VOWELS:
        word = word[:-1]
    stem = _finish_georgian(_strip_one(word, _KA_BY_LAST) or word)
    if word.endswith("ma") and len(word) > _MIN_STEM + 1 and word[-3] not in _VOWELS:
        nominative = _finish_georgian(word)
        if nominative != stem:
            return (stem, nominative)
    return (stem,)


def _finish_georgian(stem: str) -> str:
    # final stem vowels a/e/o, an -i left after a consonant (the -i of -ia/-io nouns, or a
    # nominative -i before the copula), and the plural/verbal-noun -eb-, repeatedly
    while True:
        before = stem
        while len(stem) > _MIN_STEM and (stem[-1] in "aeo" or (stem[-1] == "i" and stem[-2] not in _VOWELS)):
            stem = stem[:-1]
        if len(stem) >= _MIN_STEM + 2 and stem.endswith("eb"):
            stem = stem[:-2]
        if stem == before:
            break
    if len(stem) > _MIN_STEM:
        stem = _KA_SYNCOPE_RE.sub("", stem, count=1)
    return stem


_GEORGIAN_VOWELS = frozenset("აეიოუ")


def _georgian_stems(word: str) -> tuple[str, ...]:
    """The stem(s) of a word in Georgian script (normalised: Mkhedruli)."""
    # the particle -ც "also" after a vowel: ქალებიც, ფარგლებშიც, ბიუჯეტითაც, გეგმაც
    if word.endswith("ც") and len(word) > _MIN_STEM + 2 and word[-2] in _GEORGIAN_VOWELS:
        word = word[:-1]
    return _stems_georgian(romanise_georgian(word))


# ---------------------------------------------------------------------------
# Azerbaijani
# ---------------------------------------------------------------------------

_AZ_FOLD_TABLE = str.maketrans({"ə": "e", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u",
                                "ı": "i", "Ə": "e", "Ş": "s", "Ç": "c", "Ğ": "g", "Ö": "o",
                                "Ü": "u", "I": "i", "İ": "i", "ä": "e"})


def fold_azerbaijani(word: str) -> str:
    """Azerbaijani letters without diacritics: ə→e, ş→s, ç→c, ğ→g, ö→o, ü→u, ı→i."""
    return word.translate(_AZ_FOLD_TABLE)


# (suffix, what must precede, minimum stem left)
_AZ_SUFFIXES: list[tuple[str, str, int]] = [
    # plural
    ("lar", "any", 3), ("ler", "any", 3),
    # possessive: 3rd person (after a vowel -si/-su: see below), 3rd plural, 1st/2nd plural
    ("i", "C", 3), ("u", "C", 3),
    ("lari", "any", 3), ("leri", "any", 3),
    ("imiz", "C", 3), ("umuz", "C", 3), ("miz", "V", 3), ("muz", "V", 3),
    ("iniz", "C", 3), ("unuz", "C", 3), ("niz", "V", 3), ("nuz", "V", 3),
    # genitive (after a vowel -nin/-nun: see below)
    ("in", "C", 3), ("un", "C", 3),
    # dative; accusative -i/-u is listed above
    ("a", "C", 3), ("e", "C", 3), ("ya", "V", 3), ("ye", "V", 3),
    # locative, ablative (always with d in Azerbaijani spelling), -daki
    ("da", "any", 3), ("de", "any", 3), ("dan", "any", 3), ("den", "any", 3),
    ("daki", "any", 3), ("deki", "any", 3),
    # comitative (ilə attached)
    ("la", "C", 3), ("le", "C", 3), ("yla", "V", 3), ("yle", "V", 3),
    # predicative
    ("dir", "any", 3), ("dur", "any", 3),
]
# The buffer consonants n and s (layihə-nin, layihə-ni, layihə-si, layihəsi-nə) are NOT stripped
# with their suffix: "-ni" cannot be told from a root-final n + accusative (Azərbaycan-ı, plan-ı),
# nor "-si" from a root-final s (vətəndaş-ı, proses-i). Only the vowel suffix is stripped
# (layihəni → layihən, Azərbaycanı → azerbaycan), and at the end a stem-final n/s after a vowel
# and then a final vowel are dropped, for every word alike: layihən → layihə → layih,
# azerbaycan → azerbayca → azerbayc, vətəndaş → vetenda → vetend.
_AZ_BY_LAST = _build_endings(_AZ_SUFFIXES)
_AZ_VOWEL_RE = re.compile("[aeiou]")
# What is dropped at the end, repeatedly: a buffer consonant n (after a, e, o) or s (after a, e);
# a vowel after a consonant (the stem vowel of layihə); -iy of -iya/-iyə words (koalisiya).
_AZ_END_RE = re.compile(r"(?<=[aeo])n$|(?<=[ae])s$|(?<=[^aeiou])[aeiou]$|(?<=[^aeiou])iy$")


@lru_cache(maxsize=200_000)
def stem_azerbaijani(word: str) -> str:
    """Light stemmer for a FOLDED Azerbaijani word (see fold_azerbaijani)."""
    if "'" in word:
        word = word.replace("'", "")
    stem = word
    while len(stem) > _MIN_STEM:
        shorter = _strip_one(stem, _AZ_BY_LAST)
        if shorter is None or not _AZ_VOWEL_RE.search(shorter):
            break
        stem = shorter
    if len(stem) > _MIN_STEM:
        # consonant alternation before a vowel: -lığı → -lıq, köməyi → kömək
        last = stem[-1]
        if last == "g":
            stem = stem[:-1] + "q"
        elif last == "y" and stem[-2] in _VOWELS:
            stem = stem[:-1] + "k"
    # buffer consonants and stem vowels at the end (see above), for every word alike
    while len(stem) > _MIN_STEM:
        match = _AZ_END_RE.search(stem)
        if match is None:
            break
        end = match.start()
        if end < _MIN_STEM or not _AZ_VOWEL_RE.search(stem, 0, end):
            break
        stem = stem[:end]
    return stem


def _stems_azerbaijani(word: str) -> tuple[str, ...]:
    """The stem, and a second one for a word in vowel + -ya/-yə: the dative after a vowel
    (layihə-yə) or the dative of a root in -k, whose k turns to y before a vowel (dəstək →
    dəstəy-ə, birlik → birliy-ə, like dəstəyi, birliyi); nothing in the word tells which."""
    stem = stem_azerbaijani(word)
    if len(word) > _MIN_STEM + 2 and word[-2:] in ("ya", "ye") and word[-3] in _VOWELS:
        root = stem_azerbaijani(word[:-2] + "k")
        if root != stem:
            return (stem, root)
    return (stem,)


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

_EN_VOWEL_RE = re.compile("[aeiouy]")


@lru_cache(maxsize=200_000)
def _stem_english(word: str) -> str:
    """A small suffix stripper (not Porter): plural -s/-es/-ies, -ing, -ed, then final -e and
    -y→i, undoubling a final double consonant left by -ing/-ed."""
    w = word
    if len(w) <= 3 or not w.isascii():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("es") and len(w) > 4 and (w[-3] in "sxz" or w[-4:-2] in ("ch", "sh")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix):
            rest = w[: -len(suffix)]
            if len(rest) >= 3 and _EN_VOWEL_RE.search(rest[:-1] or rest):
                if len(rest) >= 4 and rest[-1] == rest[-2] and rest[-1] not in "lsz":
                    rest = rest[:-1]
                w = rest
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y") and w[-2] not in "aeiou":
        w = w[:-1] + "i"
    return w


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------

@lru_cache(maxsize=200_000)
def _word_tokens(word: str, language: str) -> tuple[str, ...]:
    """Exact token first, then the stem token(s), for one normalised word."""
    if _DIGIT_RE.search(word):
        return (word,)
    if is_georgian(word):
        return (word, *(GEORGIAN_PREFIX + stem for stem in _georgian_stems(word)))
    if not _is_latin(word):
        return (word,)
    if language == "ka":
        return (word, *(GEORGIAN_PREFIX + stem for stem in _stems_georgian(word)))
    if language == "az":
        return (word, *(AZERBAIJANI_PREFIX + stem for stem in _stems_azerbaijani(fold_azerbaijani(word))))
    return (word, ENGLISH_PREFIX + _stem_english(word))


def _language(language: str) -> str:
    return language if language in ("ka", "az") else "en"


def analyse(text: str, language: str) -> list[str]:
    """The tokens to index for ``text`` in ``language`` ("ka", "az", "en"; others like "en")."""
    return list(_analyse(text, _language(language)))


# Wagtail's database indexer asks for every search field of a page five times (title, body,
# autocomplete and the two plain-text columns), so the same whole text of a page comes back
# here again and again: the last few results are kept (bench_search: 4 of 5 analyses saved).
@lru_cache(maxsize=16)
def _analyse(text: str, language: str) -> tuple[str, ...]:
    tokens: list[str] = []
    extend = tokens.extend
    for word in _words_normalised(normalise(text, language)):
        extend(_word_tokens(word, language))
    return tuple(tokens)


def analyse_query(text: str, language: str) -> list[list[str]]:
    """For each query word, its alternative tokens (exact first, then stems): OR within a word,
    AND across words."""
    language = _language(language)
    return [
        list(_word_tokens(word, language))
        for word in _words_normalised(normalise(text, language))
    ]

