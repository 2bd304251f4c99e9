"""Public site search: plain Wagtail search over the current language's pages.

Language-aware matching for Georgian and Azerbaijani comes later; this view already keeps
any input from reaching the search backend as syntax.
"""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Words are runs of letters and digits (any script); everything else separates them. Full-text
# syntax characters (" * : & | ! ( ) ') would otherwise break SQLite's FTS query parser.
WORD = re.compile(r"[^\W_]+")


def search_terms(raw_query):
    return WORD.findall(raw_query[:MAX_QUERY_LENGTH])[:MAX_TERMS]


def search(request):
    query = " ".join(request.GET.get("q", "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
        results = Page.objects.live().public().filter(locale=locale).specific().search(" ".join(terms))
    page_obj = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "page_obj": page_obj})
