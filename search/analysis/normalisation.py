"""Normalisation of text before it is split into words: Unicode NFKC, control and format
characters, case folding (Turkic dotted/dotless i for Azerbaijani), Georgian capitals
(Mtavruli, and the ecclesiastical Asomtavruli and Nuskhuri) to Mkhedruli, and apostrophe-like
characters unified to "'"."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["APOSTROPHES", "GEORGIAN_CASE_TABLE", "MARK_CLASS", "normalise"]

# Apostrophe-like characters, unified to "'" (before NFKC too: NFKC turns ´ into " \u0301").
APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07\u02b9\u02bd"
_APOSTROPHE_TABLE = {ord(c): "'" for c in APOSTROPHES}
_APOSTROPHE_RE = re.compile("[" + re.escape(APOSTROPHES) + "]")


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
    remove += [
        (0x110BD, 0x110BD),
        (0x110CD, 0x110CD),
        (0x13430, 0x1343F),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001),
        (0xE0020, 0xE007F),
    ]

    def cls(ranges):
        return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)

    return cls([(cp, cp) for cp in sorted(space)]), cls(remove), cls(marks)


# MARK_CLASS: the combining marks, as the inside of a regex character class (words, scripts).
_SPACE_CLASS, _REMOVE_CLASS, MARK_CLASS = _scan_bmp()
_CONTROL_SPACE_RE = re.compile(f"[{_SPACE_CLASS}]")
_CONTROL_REMOVE_RE = re.compile(f"[{_REMOVE_CLASS}]")

# Georgian capitals → Mkhedruli: Mtavruli U+1C90–1CBF → U+10D0–10FF (1CBB/1CBC unassigned;
# 1CBD–1CBF are the capitals of ჽ ჾ ჿ), and the ecclesiastical Asomtavruli U+10A0–10C5 (+10C7,
# 10CD) and Nuskhuri U+2D00–2D25 (+2D27, 2D2D), which are the same alphabet, letter by letter.
GEORGIAN_CASE_TABLE: dict[int, int] = {}
for _cp in range(0x1C90, 0x1CC0):
    if _cp not in (0x1CBB, 0x1CBC):
        GEORGIAN_CASE_TABLE[_cp] = _cp - 0x1C90 + 0x10D0
for _cp in list(range(0x10A0, 0x10C6)) + [0x10C7, 0x10CD]:
    GEORGIAN_CASE_TABLE[_cp] = _cp - 0x10A0 + 0x10D0
for _cp in list(range(0x2D00, 0x2D26)) + [0x2D27, 0x2D2D]:
    GEORGIAN_CASE_TABLE[_cp] = _cp - 0x2D00 + 0x10D0
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
        text = text.translate(GEORGIAN_CASE_TABLE)
    if _APOSTROPHE_RE.search(text):  # NFKC/casefold can make some
        text = text.translate(_APOSTROPHE_TABLE)
    return text
