"""Scripts and Latin spellings: which script a word is written in, Georgian written in Latin
letters (the national romanisation, without the ejective apostrophes), and Azerbaijani without
its diacritics. The stemmers work on these Latin forms, so that what readers type in Latin
meets the text as written."""

from __future__ import annotations

import re

from search.analysis.normalisation import GEORGIAN_CASE_TABLE, MARK_CLASS

__all__ = [
    "english_spellings",
    "fold_azerbaijani",
    "has_digit",
    "is_georgian",
    "is_latin",
    "romanise_georgian",
    "typed_english_spelling",
]

_GEORGIAN_LETTER_RE = re.compile("[\u10d0-\u10ff\u1c90-\u1cbf\u10a0-\u10cd\u2d00-\u2d2d]")
_NON_GEORGIAN_LETTER_RE = re.compile("[^\\W\\d_\u10d0-\u10ff\u1c90-\u1cbf\u10a0-\u10cd\u2d00-\u2d2d]")
# Latin letters (ASCII, Latin-1, Extended-A/B, IPA block with ə, Extended Additional), digits,
# combining marks.
_LATIN_WORD_RE = re.compile(rf"[a-z0-9\u00c0-\u02af\u1e00-\u1eff{MARK_CLASS}]+")
_DIGIT_RE = re.compile(r"\d")


def is_georgian(word: str) -> bool:
    """True if the word has Georgian letters and no letters of another script."""
    return bool(_GEORGIAN_LETTER_RE.search(word)) and not _NON_GEORGIAN_LETTER_RE.search(word)


def is_latin(word: str) -> bool:
    """True if the (normalised) word is Latin letters, digits and combining marks only."""
    return _LATIN_WORD_RE.fullmatch(word) is not None


def has_digit(word: str) -> bool:
    return _DIGIT_RE.search(word) is not None


# ---------------------------------------------------------------------------
# Georgian in Latin letters
# ---------------------------------------------------------------------------

_ROMAN = {
    "ა": "a",
    "ბ": "b",
    "გ": "g",
    "დ": "d",
    "ე": "e",
    "ვ": "v",
    "ზ": "z",
    "თ": "t",
    "ი": "i",
    "კ": "k",
    "ლ": "l",
    "მ": "m",
    "ნ": "n",
    "ო": "o",
    "პ": "p",
    "ჟ": "zh",
    "რ": "r",
    "ს": "s",
    "ტ": "t",
    "უ": "u",
    "ფ": "p",
    "ქ": "k",
    "ღ": "gh",
    "ყ": "q",
    "შ": "sh",
    "ჩ": "ch",
    "ც": "ts",
    "ძ": "dz",
    "წ": "ts",
    "ჭ": "ch",
    "ხ": "kh",
    "ჯ": "j",
    "ჰ": "h",
    # Archaic letters (old texts, Mingrelian/Svan): ჱ he, ჲ hie, ჳ vie, ჴ har, ჵ hoe, ჶ fi, ჷ yn.
    "ჱ": "e",
    "ჲ": "y",
    "ჳ": "w",
    "ჴ": "q",
    "ჵ": "o",
    "ჶ": "f",
    "ჷ": "e",
}
_ROMAN_TABLE: dict[int, str] = {ord(k): v for k, v in _ROMAN.items()}
for _cp, _to in GEORGIAN_CASE_TABLE.items():
    if chr(_to) in _ROMAN:
        _ROMAN_TABLE[_cp] = _ROMAN[chr(_to)]


def romanise_georgian(word: str) -> str:
    """Georgian national romanisation without the ejective apostrophes; other characters pass
    through (capital letters are romanised like small ones)."""
    return word.translate(_ROMAN_TABLE)


# ---------------------------------------------------------------------------
# Azerbaijani without diacritics
# ---------------------------------------------------------------------------

_AZ_FOLD_TABLE = str.maketrans(
    {
        "ə": "e",
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ö": "o",
        "ü": "u",
        "ı": "i",
        "Ə": "e",
        "Ş": "s",
        "Ç": "c",
        "Ğ": "g",
        "Ö": "o",
        "Ü": "u",
        "I": "i",
        "İ": "i",
        "ä": "e",
    }
)


def fold_azerbaijani(word: str) -> str:
    """Azerbaijani letters without diacritics: ə→e, ş→s, ç→c, ğ→g, ö→o, ü→u, ı→i."""
    return word.translate(_AZ_FOLD_TABLE)


# ---------------------------------------------------------------------------
# Azerbaijani in English spelling
# ---------------------------------------------------------------------------

# How readers abroad write Azerbaijani letters: Şəki as Shaki (or Sheki), Gəncə as Ganja, Xaçmaz as
# Khachmaz, Quba as Guba, Ağdam as Agdam. Both the native word and an English-typed one are
# written this way, with ğ's gh as g, so that they meet. Otherwise a word typed without
# diacritics (bələdiyyə as belediyye) is written as it is, so that its key is its stem and adds
# nothing to its query (a second match of the same word would weigh it twice in the ranking).
# English names also drop the y of -ayı- (Sumgait, Sumqayıt): the native word is written without
# it too; a typed y is kept, since it may be a suffix's (dəstəyə, dastaya).
_AZ_ENGLISH = {"ş": "sh", "ç": "ch", "x": "kh", "ğ": "g", "q": "g", "c": "j", "ı": "i", "ü": "u", "ö": "o", "ä": "a"}
_AZ_ENGLISH_TABLE = str.maketrans(_AZ_ENGLISH)
# typed c is ç (the reader's j is c)
_AZ_TYPED_C_RE = re.compile("c(?!h)")
_AZ_Y_RE = re.compile("(?<=[aeiou])y(?=i)")
_AZ_NATIVE_LETTER_RE = re.compile("[əşçğöüqx]")
_AZ_TYPED_RE = re.compile("[a-zı]+")


def _az_collapse(word: str) -> str:
    return word.replace("gh", "g")


def english_spellings(word: str) -> tuple[str, ...]:
    """A (normalised, lower-case) Azerbaijani word as English spelling writes it: ə as a, and as e
    where that differs (Şəki: shaki, sheki); and without the y of -ayı- (Sumqayıt: sumgait)."""
    spelled = word.translate(_AZ_ENGLISH_TABLE)
    spellings = [_az_collapse(spelled.replace("ə", "a"))]
    if "ə" in word:
        spellings.append(_az_collapse(spelled.replace("ə", "e")))
    spellings += [_AZ_Y_RE.sub("", spelling) for spelling in spellings]
    return tuple(dict.fromkeys(spellings))


def typed_english_spelling(word: str) -> str | None:
    """A word typed in English spelling, written like english_spellings' words; None for a word
    in native spelling (with ə, ş, ç, ğ, ö, ü, or with q or x, which English spelling has not)."""
    if _AZ_NATIVE_LETTER_RE.search(word) or not _AZ_TYPED_RE.fullmatch(word):
        return None
    return _az_collapse(_AZ_TYPED_C_RE.sub("ch", word.replace("ı", "i")))
