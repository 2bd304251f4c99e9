"""Finding English interface text in the admin's responses, for tests/test_admin_no_english.py.

What a user reads of a response: the visible text of its HTML, the attributes read out or shown
(title, aria-label, placeholder, alt, tooltips) and the JSON its scripts render (block
definitions, sidebar, the translation editor's props), HTML inside JSON included. Then:

- Georgian: any Latin-script word, except the few that are meant to be Latin.
- Azerbaijani: the capitalised English phrases of the catalogs the admin uses (Django, Wagtail,
  wagtail-localize, taggit, the project), except single words Azerbaijani writes the same, and
  any Georgian (Django falls back to the default language, ka, for a string az lacks).
"""

import json
import re
from pathlib import Path

import django
import polib
import taggit
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.conf import settings

GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Latin on a Georgian screen that is not English interface: names, codes, formats, units.
LATIN_ALLOWED = {
    "Wagtail",
    "PO",
    "URL",
    "ID",
    "HTML",
    "PDF",
    "RSS",
    "CSV",
    "JSON",
    "SEO",
    "YouTube",
    "Vimeo",
    "English",
    "ka",
    "az",
    "en",
    "px",
    "x",
    "WIC",
    # Codes and formats the project's own help texts name (IATI, OECD DAC sectors, image types).
    "IATI",
    "OECD",
    "DAC",
    "COVID",
    "XI",
    "EC",
    "INTPA",
    "US",
    "GOV",
    "AVIF",
    "GIF",
    "JPG",
    "JPEG",
    "PNG",
    "WEBP",
    "iframe",
    "title",
}
# Markers of a string that is not prose: URLs, e-mails, file names, identifiers, dates.
NOT_PROSE = [
    re.compile(r"https?://\S+|/\S*"),
    re.compile(r"\S+@\S+"),
    re.compile(r"[\w.-]+\.(?:png|jpe?g|gif|webp|svg|pdf|docx?|po)\b", re.I),
    re.compile(r"\bAzərbaycanca\b"),  # the language's name, written in it
]
# Words an English msgid shares with Azerbaijani, or with names that are not interface.
AZERBAIJANI_TOO = {"Wagtail", "PO", "URL", "ID", "HTML", "PDF", "English", "YouTube", "Vimeo"}
# Each language's name is written in that language wherever the admin lists them.
LANGUAGE_NAMES = ("ქართული", "Azərbaycanca", "English")
IDENTIFIER = re.compile(r"^[\w.\-/:#\[\]]+$")
# Attributes a user reads (or hears), and the data-* attributes holding JSON or tooltips.
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
# Keys of the admin's JSON that are never shown: lastPublishedDate and breadcrumb are in the
# translation editor's props, but its React code reads neither (Wagtail's header, rendered on
# the server, shows the breadcrumbs).
HIDDEN_KEYS = {
    "_type",
    "type",
    "lastPublishedDate",
    "breadcrumb",
    "method",
    "csrfToken",
    "icon",
    "icon_name",
    "classname",
    "classnames",
    "name",
    "url",
    "value",
}

# The names of the member workflow and its task are translated by the moderation app
# (moderation/names.py), not by these catalogs.


# --- what the screens show -------------------------------------------------------------------


def walk_json(value, key=None):
    """The strings of the admin's JSON a user may read (HTML fragments parsed as such)."""
    if isinstance(value, dict):
        for name, item in value.items():
            if name not in HIDDEN_KEYS:
                yield from walk_json(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from walk_json(item, key)
    elif isinstance(value, str):
        if "<" in value and ">" in value:
            yield from html_texts(value)
        elif value.startswith(("{", "[")):
            try:
                yield from walk_json(json.loads(value), key)
            except ValueError:
                yield value
        elif value.startswith("^") or "\\" in value:
            return  # a regular expression
        elif not all(IDENTIFIER.match(token) for token in value.split()) or (
            value[:1].isupper() and len(value) < 30 and not re.search(r"[._/:#-]", value)
        ):
            yield value


def html_texts(markup):
    """The visible text of an admin page, what its attributes say, and its JSON islands."""
    soup = BeautifulSoup(markup, "html.parser")
    for script in soup.find_all("script"):
        kind = script.get("type", "")
        if kind == "application/json":
            yield from walk_json(json.loads(script.string or "null"))
        elif kind.startswith("text/") and "template" in kind:
            yield from html_texts(script.string or "")
        script.decompose()
    # Time zones are named by their IANA identifiers (Europe/Paris) in every language.
    # The side panel's comment counter says "None" until its script puts a number in and shows it.
    hidden = soup.select("select[name$=time_zone], [data-side-panel-toggle-counter][hidden]")
    for element in [*soup(["style", "noscript"]), *hidden]:
        element.decompose()
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if not isinstance(value, str):
                continue
            if name in READ_ATTRIBUTES:
                yield value
            elif name.startswith("data-") and value.lstrip()[:1] in "{[" and value.strip():
                try:
                    yield from walk_json(json.loads(value))
                except ValueError:
                    pass
        if tag.name == "input" and tag.get("type") in ("submit", "button") and tag.get("value"):
            yield tag["value"]
    yield from (text for text in soup.stripped_strings)


def response_texts(response):
    if response["Content-Type"].startswith("application/json"):
        return list(walk_json(json.loads(response.content)))
    return list(html_texts(response.content.decode()))


# --- the detectors ---------------------------------------------------------------------------


def without_content(texts, content):
    """The texts with the content in them (titles of pages, images, documents) taken out."""
    for text in texts:
        for item in content:
            text = text.replace(item, " ")
        yield text


def georgian_leaks(texts, allowed):
    found = set()
    for text in texts:
        for pattern in [*NOT_PROSE, PLACEHOLDER]:
            text = pattern.sub(" ", text)
        words = [word for word in LATIN_WORD.findall(text) if word not in LATIN_ALLOWED | allowed]
        if words:
            found.add(" ".join(text.split())[:120])
    return found


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def phrases(message, capitalised=True):
    for part in PLACEHOLDER.split(re.sub(r"<[^>]+>", " ", message)):
        part = " ".join(part.split()).strip(' .,:;–-…()“”„"?!')
        if len(part) >= 3 and (part[0].isupper() or not capitalised):
            yield part


WORD = re.compile(r"\w+")


def english_interface_phrases():
    """The capitalised English phrases of every catalog the admin's screens use (as word
    tuples), minus single words Azerbaijani writes the same way (found in our translations)."""
    packages = [Path(module.__path__[0]) for module in (django, wagtail, wagtail_localize, taggit)]
    catalogs = [polib.pofile(str(po)) for package in packages for po in package.glob("**/locale/de/LC_MESSAGES/*.po")]
    own = Path(settings.BASE_DIR)
    azerbaijani = [
        polib.pofile(str(po))
        for po in [*own.glob("locale/az/LC_MESSAGES/*.po"), *own.glob("coalition/locale_overrides/az/LC_MESSAGES/*.po")]
    ]
    english, same = set(), set()
    for catalog in catalogs + azerbaijani:
        for entry in catalog:
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                english.update(tuple(WORD.findall(phrase)) for phrase in phrases(msgid))
    for catalog in azerbaijani:
        for entry in catalog:
            for msgstr in filter(None, [entry.msgstr, *entry.msgstr_plural.values()]):
                same.update(word for word in WORD.findall(msgstr))
                same.update(word.capitalize() for word in WORD.findall(msgstr))
    index = {}
    for words in english:
        if words and not (len(words) == 1 and words[0] in same | AZERBAIJANI_TOO):
            index.setdefault(words[0], set()).add(words)
    return index


def azerbaijani_leaks(texts, english):
    found = set()
    for text in texts:
        for name in LANGUAGE_NAMES:
            text = text.replace(name, " ")
        if GEORGIAN.search(text):
            found.add(" ".join(text.split())[:120])
        words = WORD.findall(text)
        for i, word in enumerate(words):
            for phrase in english.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found.add(" ".join(phrase))
    return found
