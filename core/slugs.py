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
and turns Azerbaijani ş, ç, ğ into s, c, g ("Şəki" → "seki"). The two tables below are short
and fixed by the standards; ``anyascii`` only handles every other letter (Cyrillic by the
common BGN-like scheme, other Latin letters with diacritics, Greek, …).
"""

import unicodedata

from anyascii import anyascii
from django.utils.text import slugify

MAX_LENGTH = 80

GEORGIAN = {
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
}
# Mtavruli capitals sit 0xBC0 code points above their Mkhedruli letters (U+1C90 ა … U+1CBA).
MTAVRULI_OFFSET = 0x1C90 - 0x10D0
GEORGIAN |= {chr(ord(letter) + MTAVRULI_OFFSET): latin for letter, latin in GEORGIAN.items()}

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

TABLE = str.maketrans(GEORGIAN | AZERBAIJANI)


def romanise(text):
    """The text in ASCII: Georgian and Azerbaijani by the tables above, other letters and digits
    by ``anyascii``; anything else (emoji, symbols, control characters) becomes a space."""
    out = []
    for char in (text or "").translate(TABLE):
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
