"""The public search page: the current language's live pages, Georgian/Azerbaijani-aware
(search.backends), paginated; any input gives a normal page."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale

from search.query import clean_query, search_pages


def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    results = search_pages(query, locale)
    page_obj = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "page_obj": page_obj})
