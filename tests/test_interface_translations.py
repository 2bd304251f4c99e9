"""Every interface string is translated into Georgian and Azerbaijani, and no English
interface text shows on the Georgian or Azerbaijani site."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ka", "az")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def catalog(code, root=ROOT):
    return polib.pofile(str(root / "locale" / code / "LC_MESSAGES" / "django.po"))


def test_catalogs_cover_every_string_in_templates_and_python(tmp_path):
    """Re-extract the strings from a copy of the sources: a msgid added in a template or in
    Python without a translation (or left fuzzy) fails here, and so does a stale catalog."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed to extract strings: apt-get install gettext")
    copy = tmp_path / "src"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "node_modules", "media", "static", ".pytest_cache", "*.sqlite3", "tests", "__pycache__"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            *(f"-l{code}" for code in LANGUAGES),
            "--no-obsolete",
            "--ignore=tests",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DATABASE_URL": "sqlite://:memory:",
            "DJANGO_SETTINGS_MODULE": "coalition.settings.dev",
        },
    )
    for code in LANGUAGES:
        extracted, committed = catalog(code, copy), catalog(code)
        missing = [e.msgid for e in extracted.untranslated_entries() + extracted.fuzzy_entries()]
        assert not missing, f"{code}: untranslated interface strings (run `make messages`, translate): {missing}"
        assert {e.msgid for e in extracted} == {e.msgid for e in committed}, f"{code}: run `make messages`"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_their_placeholders(code):
    for entry in catalog(code):
        assert entry.translated(), entry.msgid
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        expected = sorted(PLACEHOLDER.findall(sources[-1]))
        for target in targets:
            assert sorted(PLACEHOLDER.findall(target)) == expected, (entry.msgid, target)


def test_the_stylesheet_never_transforms_case():
    # An uppercase transform turns Georgian into Mtavruli and garbles Azerbaijani i/ı/İ.
    css = re.sub(r"/\*.*?\*/", "", (ROOT / "coalition" / "static" / "css" / "site.css").read_text(), flags=re.S)
    assert "font-family" in css
    assert not re.search(r"text-transform\s*:\s*(uppercase|capitalize)|small-caps", css)


def texts_of(message):
    """The plain phrases of a message: placeholders and markup taken out."""
    for part in PLACEHOLDER.split(re.sub(r"<[^>]+>", " ", message)):
        part = " ".join(part.split()).strip(' .,:;–-…()“”„"')
        if len(part) >= 5:
            yield part


def foreign_interface_strings(code):
    """Interface texts that must not show on a page in ``code``: the English msgids and the
    other language's translations (Django falls back to the default language's catalog for
    a string a language lacks), except where this language says the same ("Status" is
    Azerbaijani too). Capitalised only, so a lowercase word inside content does not count."""
    own = set()
    foreign = set()
    for language in LANGUAGES:
        for entry in catalog(language):
            translations = [entry.msgstr, *entry.msgstr_plural.values()]
            target = own if language == code else foreign
            target.update(text for message in translations for text in texts_of(message))
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                foreign.update(text for text in texts_of(msgid) if text[0].isupper())
    return foreign - own


def visible_text(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    # Language names in the switcher are meant to be in their own language.
    for element in soup.select("[lang]:not(html)"):
        element.decompose()
    attributes = [
        value
        for tag in soup.find_all(True)
        for name in ("placeholder", "aria-label", "title", "alt")
        if (value := tag.get(name))
    ]
    return " ".join([soup.get_text(" "), *attributes])


@pytest.fixture(scope="module")
def demo_site(demo_content):
    """The demo content, loaded once per test process (conftest: demo_content)."""


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_or_other_language_interface_text_on_the_georgian_and_azerbaijani_site(demo_site, client, code):
    foreign = foreign_interface_strings(code)
    assert len(foreign) > 100
    pages = Page.objects.live().filter(locale__language_code=code, depth__gt=1).specific()
    urls = [page.url for page in pages]
    assert len(urls) > 30
    news, projects = (f"/{code}/news/", f"/{code}/projects/")
    urls += [
        # Filters, bad filters, empty results, pagination and the 404 page show other strings.
        f"{news}?organisation=999999&year=abc&page=99",
        f"{projects}?status=completed&donor=999999",
        f"/{code}/search/",
        f"/{code}/search/?q=xyzzy",
        f"/{code}/search/?q=2024",
        f"/{code}/no-such-page/",
    ]
    leaks = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        text = visible_text(response.content.decode())
        found = {s for s in foreign if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)}
        if found:
            leaks[url] = sorted(found)
    assert not leaks
