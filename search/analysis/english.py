"""English stemmer: a small suffix stripper (-s/-es/-ies, -ing, -ed, final -e/-y), not the
Porter/Snowball algorithm: neither snowballstemmer nor PyStemmer is installed in this project's
environment (Wagtail does not pull one in). Also used for any language other than ka and az."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["stem_english"]

_EN_VOWEL_RE = re.compile("[aeiouy]")


@lru_cache(maxsize=200_000)
def stem_english(word: str) -> str:
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
