"""What the public search page, ``manage.py search`` and tests share: cleaning a raw query and
searching the live pages of a locale (or of every locale)."""

from wagtail.models import Page

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """The query as it is searched and shown back: NUL and other control characters and runs of
    whitespace collapsed, cut to MAX_QUERY_LENGTH characters."""
    text = "".join(" " if (ch < " " or ch == "\x7f") else ch for ch in str(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_pages(query, locale=None, model=None):
    """Live public pages matching ``query`` (Georgian/Azerbaijani-aware, see search.backends),
    best first; of one locale, or of all when ``locale`` is None; of one page type if given."""
    query = clean_query(query)
    if not query:
        return Page.objects.none()
    pages = Page.objects.live().public()
    if locale is not None:
        pages = pages.filter(locale=locale)
    if model is not None:
        pages = pages.type(model)
    return pages.specific().search(query)
