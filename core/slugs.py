"""Page slugs romanised from Georgian and Azerbaijani titles, as readers type them in a URL.

Georgian follows the national romanisation system of Georgia (2002), the one on road signs
and in passports: ჭ ch, წ ts, ყ q, ღ gh, ხ kh, ჟ zh, and no apostrophes for the ejectives
(so ჭ and ჩ are both "ch", წ and ც both "ts", ტ and თ both "t"). Mtavruli capitals
(U+1C90–U+1CBF) read like their Mkhedruli letters. Azerbaijani Latin letters become what an
Azerbaijani reader types on a keyboard without them: ə e, ı and İ i, ş sh, ç ch, ğ gh, ö o,
ü u (x stays x).

Why a mapping of our own rather than a library: ``unidecode`` is not installed and its
Georgian table is not the national one; ``anyascii`` (installed with Wagtail) follows an
older scheme that marks the ejectives with apostrophes (წყალტუბო → "ts'q'alt'ubo", which
``slugify`` would then glue into "tsqaltubo" only by accident of dropping the apostrophes)
and turns Azerbaijani ş, ç, ğ into s, c, g ("Şəki" → "seki"). Georgian goes through the search
engine's romanisation (search.analysis.scripts), the one place that table lives; Azerbaijani
through the short table below; ``anyascii`` only handles every other letter (Cyrillic by the
common BGN-like scheme, other Latin letters with diacritics, Greek, …).
"""

import unicodedata

from anyascii import anyascii
from django.utils.text import slugify

from search.analysis.scripts import romanise_georgian

MAX_LENGTH = 80

AZERBAIJANI = {
    "ə": "e",
    "Ə": "e",
    "ı": "i",
    "İ": "i",
    "ş": "sh",
    "Ş": "sh",
    "ç": "ch",
    "Ç": "ch",
    "ğ": "gh",
    "Ğ": "gh",
    "ö": "o",
    "Ö": "o",
    "ü": "u",
    "Ü": "u",
}

AZERBAIJANI_TABLE = str.maketrans(AZERBAIJANI)


def romanise(text):
    """The text in ASCII: Georgian by the national system (the search engine's romanisation, which
    readers' Latin typing is matched with too), Azerbaijani by the table above, other letters and
    digits by ``anyascii``; anything else (emoji, symbols, control characters) becomes a space."""
    out = []
    for char in romanise_georgian(text or "").translate(AZERBAIJANI_TABLE):
        if char.isascii():
            out.append(char)
        elif unicodedata.category(char)[0] in "LN":
            out.append(anyascii(char))
        elif unicodedata.category(char)[0] != "M":
            out.append(" ")
    return "".join(out)


def cut(slug, max_length=MAX_LENGTH):
    """At most ``max_length`` characters, cut after a whole word (a single longer word is cut)."""
    if len(slug) <= max_length:
        return slug
    words, length = [], 0
    for word in slug.split("-"):
        added = len(word) + (1 if words else 0)
        if length + added > max_length:
            break
        words.append(word)
        length += added
    return "-".join(words) if words else slug[:max_length].strip("-")


def romanised_slug(title, fallback="page", max_length=MAX_LENGTH):
    """The slug for a page called ``title``: romanised, lowercase ASCII words joined by hyphens,
    at most ``max_length`` characters; ``fallback`` (made a slug too, else "page") when the title
    has no letter or digit to make one from."""
    slug = cut(slugify(romanise(title)), max_length).strip("-_")
    if slug:
        return slug
    return cut(slugify(romanise(str(fallback))), max_length).strip("-_") or "page"


def unicode_slugs_of(title):
    """What the admin's JavaScript pre-fills from ``title`` with WAGTAIL_ALLOW_UNICODE_SLUGS on
    (whitespace to hyphens, lowercase, only letters, digits, "_" and "-" kept), and Django's own
    Unicode slugify, which Wagtail uses when it fills an empty slug itself."""
    title = (title or "").strip()
    javascript = "".join(
        char for char in "-".join(title.split()).lower() if char in "-_" or unicodedata.category(char)[0] in "LN"
    )
    return {javascript, slugify(title, allow_unicode=True)} - {""}


def first_free(base, taken):
    """``base``, or ``base-2``, ``base-3``, … whichever is not in ``taken``."""
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
