"""Scripts and Latin spellings: which script a word is written in, Georgian written in Latin
letters (the national romanisation, without the ejective apostrophes), and Azerbaijani without
its diacritics. The stemmers work on these Latin forms, so that what readers type in Latin
meets the text as written."""

from __future__ import annotations

import re

from search.analysis.normalisation import GEORGIAN_CASE_TABLE, MARK_CLASS

__all__ = ["fold_azerbaijani", "has_digit", "is_georgian", "is_latin", "romanise_georgian"]

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
