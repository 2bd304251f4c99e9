"""Suffix stripping shared by the Georgian and Azerbaijani stemmers: endings listed as
``(suffix, what must precede it, minimum stem left)``, tried longest first."""

from __future__ import annotations

__all__ = ["MIN_STEM", "VOWELS", "build_endings", "strip_one", "strip_readings"]

VOWELS = frozenset("aeiou")
# A stem always keeps at least this many letters (Latin: romanised Georgian, folded Azerbaijani).
MIN_STEM = 3


def build_endings(endings):
    """The endings grouped by their last letter, longest first (what strip_one takes)."""
    by_last: dict[str, list[tuple[str, str, int]]] = {}
    for ending in sorted(endings, key=lambda e: -len(e[0])):
        by_last.setdefault(ending[0][-1], []).append(ending)
    return by_last


def _fits(before: str, cond: str) -> bool:
    """Whether the letter ``before`` an ending meets its condition: "any"; "C" a consonant;
    "V" a vowel; "ou" o or u; "ta" not i/o/u; "e" the vowel e; "aeou" one of those."""
    if cond == "any":
        return True
    if cond == "C":
        return before not in VOWELS
    if cond == "V":
        return before in VOWELS
    if cond == "ou":
        return before in "ou"
    if cond == "ta":
        return before not in "iou"
    if cond == "e":
        return before == "e"
    if cond == "aeou":
        return before in "aeou"
    raise ValueError(cond)


def strip_one(word: str, by_last) -> str | None:
    """``word`` without the longest ending of ``by_last`` (build_endings) that fits, or None."""
    candidates = by_last.get(word[-1:])
    if not candidates:
        return None
    n = len(word)
    for suffix, cond, minimum in candidates:
        k = len(suffix)
        if n - k >= minimum and word.endswith(suffix) and _fits(word[n - k - 1], cond):
            return word[: n - k]
    return None


def strip_readings(word: str, by_last, ambiguous, minimum: int | None = None) -> list[str]:
    """The readings of ``word``'s end: without the longest ending that fits (as strip_one), and,
    while that ending is one of ``ambiguous`` ({ending: the letters that may precede it for it to
    be ambiguous, or "" for any}) and so may belong to the stem, without the next ending that
    fits too, or as it is when none does. ``minimum`` overrides the endings' own minimum stem."""
    readings: list[str] = []
    n = len(word)
    for suffix, cond, least in by_last.get(word[-1:], ()):
        k = len(suffix)
        if n - k >= (least if minimum is None else minimum) and word.endswith(suffix) and _fits(word[n - k - 1], cond):
            readings.append(word[: n - k])
            before = ambiguous.get(suffix)
            if before is None or (before and word[n - k - 1] not in before):
                return readings
    readings.append(word)
    return readings
