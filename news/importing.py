"""Turning plain-text articles into NewsPages (used by ``manage.py import_articles``).

File format: the first non-empty line is the title; the rest, split at blank lines, are
the body paragraphs (single line breaks inside a paragraph are kept).
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.html import escape
from django.utils.text import Truncator, slugify

from news.models import NewsPage

MAX_FILE_BYTES = 5 * 1024 * 1024
LEAD_CHARS = 280
# Control characters other than tab/newline; PostgreSQL refuses NUL in text outright.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ArticleError(Exception):
    """A file that cannot be imported; the message is one line for the operator."""


@dataclass
class Article:
    slug: str
    title: str
    paragraphs: list

    @property
    def lead(self):
        return Truncator(self.paragraphs[0]).chars(LEAD_CHARS) if self.paragraphs else ""

    def body_stream(self):
        return [
            ("paragraph", "<p>" + "<br/>".join(escape(line) for line in paragraph.split("\n")) + "</p>")
            for paragraph in self.paragraphs
        ]


def read_article(path):
    path = Path(path)
    if not path.is_file():
        raise ArticleError("file not found")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ArticleError(f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(f"not UTF-8 text (invalid byte at position {error.start})") from None
    text = _CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        raise ArticleError("file is empty")
    title = Truncator(" ".join(lines[0].split())).chars(255)
    paragraphs, current = [], []
    for line in lines[1:] + [""]:
        if line:
            current.append(" ".join(line.split()))
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    slug = slugify(path.stem, allow_unicode=False)[:255]
    if not slug:
        raise ArticleError("cannot derive a page slug from the file name")
    return Article(slug=slug, title=title, paragraphs=paragraphs)


def import_article(article, parent, locale):
    """Create or update the NewsPage for ``article`` under ``parent``.

    Returns ``(page, status)`` with status "created", "updated" or "unchanged".

    Re-importing the same file updates the page; an unchanged file writes nothing.
    """
    page = NewsPage.objects.child_of(parent).filter(slug=article.slug).first()
    if page is None and parent.get_children().filter(slug=article.slug).exists():
        raise ArticleError(f"the slug '{article.slug}' is already used by another page there")
    created = page is None
    if created:
        page = NewsPage(slug=article.slug, locale=locale)
    else:
        page = page.specific
    new_values = {"title": article.title, "lead": article.lead}
    changed = created or any(getattr(page, name) != value for name, value in new_values.items())
    changed = changed or _current_body(page) != article.body_stream()
    if not changed:
        return page, "unchanged"
    for name, value in new_values.items():
        setattr(page, name, value)
    page.body = article.body_stream()
    if created:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page, "created" if created else "updated"


def _current_body(page):
    return [(block.block_type, getattr(block.value, "source", block.value)) for block in page.body]
