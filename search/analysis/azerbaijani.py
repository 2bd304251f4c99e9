"""Azerbaijani stemmer, on the folded word (search.analysis.scripts.fold_azerbaijani: ə→e, ş→s,
ç→c, ğ→g, ö→o, ü→u, ı→i), so that ``qadin sahibkarlari`` typed without diacritics meets
``qadın sahibkarları``.

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

Measured on the seed articles and the demo content (home/demo/data.py): 819 distinct
Azerbaijani words give 545 stems (413 words in 139 groups of two or more).

Limits: the stemmer is light and rule-based. Stems are search keys, not lemmas, and not always
prefixes of the word (sahibkarlığı → sahibkarliq). Verbs are not lemmatised. Not handled:
irregular forms; vowel loss in the root (oğul/oğlu); the 3rd person -si after a root-final i
(əhali/əhalisi); the dative of d-final roots (kənd/kəndə, read as the locative). Some distinct
lemmas share a stem (qanun "law"/qan "blood", insan/inşa), and folding merges words that differ
only by diacritics (yeni/yəni). tests/search/test_analysis_azerbaijani.py lists these known
limits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.analysis.suffixes import MIN_STEM, VOWELS, build_endings, strip_one

__all__ = ["stem_azerbaijani", "stems"]

# (suffix, what must precede, minimum stem left)
_AZ_SUFFIXES: list[tuple[str, str, int]] = [
    # plural
    ("lar", "any", 3),
    ("ler", "any", 3),
    # possessive: 3rd person (after a vowel -si/-su: see below), 3rd plural, 1st/2nd plural
    ("i", "C", 3),
    ("u", "C", 3),
    ("lari", "any", 3),
    ("leri", "any", 3),
    ("imiz", "C", 3),
    ("umuz", "C", 3),
    ("miz", "V", 3),
    ("muz", "V", 3),
    ("iniz", "C", 3),
    ("unuz", "C", 3),
    ("niz", "V", 3),
    ("nuz", "V", 3),
    # genitive (after a vowel -nin/-nun: see below)
    ("in", "C", 3),
    ("un", "C", 3),
    # dative; accusative -i/-u is listed above
    ("a", "C", 3),
    ("e", "C", 3),
    ("ya", "V", 3),
    ("ye", "V", 3),
    # locative, ablative (always with d in Azerbaijani spelling), -daki
    ("da", "any", 3),
    ("de", "any", 3),
    ("dan", "any", 3),
    ("den", "any", 3),
    ("daki", "any", 3),
    ("deki", "any", 3),
    # comitative (ilə attached)
    ("la", "C", 3),
    ("le", "C", 3),
    ("yla", "V", 3),
    ("yle", "V", 3),
    # predicative
    ("dir", "any", 3),
    ("dur", "any", 3),
]
# The buffer consonants n and s (layihə-nin, layihə-ni, layihə-si, layihəsi-nə) are NOT stripped
# with their suffix: "-ni" cannot be told from a root-final n + accusative (Azərbaycan-ı, plan-ı),
# nor "-si" from a root-final s (vətəndaş-ı, proses-i). Only the vowel suffix is stripped
# (layihəni → layihən, Azərbaycanı → azerbaycan), and at the end a stem-final n/s after a vowel
# and then a final vowel are dropped, for every word alike: layihən → layihə → layih,
# azerbaycan → azerbayca → azerbayc, vətəndaş → vetenda → vetend.
_AZ_BY_LAST = build_endings(_AZ_SUFFIXES)
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
    while len(stem) > MIN_STEM:
        shorter = strip_one(stem, _AZ_BY_LAST)
        if shorter is None or not _AZ_VOWEL_RE.search(shorter):
            break
        stem = shorter
    if len(stem) > MIN_STEM:
        # consonant alternation before a vowel: -lığı → -lıq, köməyi → kömək
        last = stem[-1]
        if last == "g":
            stem = stem[:-1] + "q"
        elif last == "y" and stem[-2] in VOWELS:
            stem = stem[:-1] + "k"
    # buffer consonants and stem vowels at the end (see above), for every word alike
    while len(stem) > MIN_STEM:
        match = _AZ_END_RE.search(stem)
        if match is None:
            break
        end = match.start()
        if end < MIN_STEM or not _AZ_VOWEL_RE.search(stem, 0, end):
            break
        stem = stem[:end]
    return stem


def stems(word: str) -> tuple[str, ...]:
    """The stem of a FOLDED word, and a second one for a word in vowel + -ya/-yə: the dative
    after a vowel (layihə-yə) or the dative of a root in -k, whose k turns to y before a vowel
    (dəstək → dəstəy-ə, birlik → birliy-ə, like dəstəyi, birliyi); nothing in the word tells
    which."""
    stem = stem_azerbaijani(word)
    if len(word) > MIN_STEM + 2 and word[-2:] in ("ya", "ye") and word[-3] in VOWELS:
        root = stem_azerbaijani(word[:-2] + "k")
        if root != stem:
            return (stem, root)
    return (stem,)
