"""Public site search (plain Wagtail search for now; language-aware analysis comes later)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
        results = Page.objects.live().public().filter(locale=locale).specific().search(query)
    page_obj = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "page_obj": page_obj})
