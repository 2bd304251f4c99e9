"""The public search page: live pages of the current language (or all), Georgian/Azerbaijani-
aware (search.backends), filtered by type, paginated, with the matching words marked; any
input gives a normal page."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.models import Locale

from search.forms import SearchFilterForm
from search.query import clean_query, search_pages


def search(request):
    query = clean_query(request.GET.get("q", ""))
    form = SearchFilterForm(request.GET)
    filters = form.filters()
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    results = search_pages(query, None if filters["all_languages"] else locale, model=filters["model"])
    page_obj = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {
        "search_query": query, "page_obj": page_obj, "filter_form": form,
        "all_languages": filters["all_languages"],
    })
