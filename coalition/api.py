"""Wagtail's read-only API v2 at /api/v2/: pages, images and documents.

``?search=`` goes through the site's search backend (``search.backends``), so the API matches
Georgian and Azerbaijani word forms exactly as the public search page and the admin do:
``/api/v2/pages/?search=ქუთაისში&locale=ka``. Wagtail's pages endpoint lists only live pages
outside private sections, of the request's site in every language; ``?locale=az`` keeps one
language, ``?type=partners.ProjectPage`` one page type.

Wagtail's search filter passes ``search`` and ``search_operator`` to the backend unchecked, and
some bad values end in a server error (an unknown operator, a NUL character on PostgreSQL);
here they are answered with 400 and a message, like Wagtail's own checks of ``offset`` and
``limit`` (its messages are English, so ours are too). So is an unknown ``locale``, which
Wagtail looks up in the database as given (a 404, or a server error for a NUL on PostgreSQL).

More generally, no query parameter of any endpoint may contain a NUL character (PostgreSQL
refuses them in text, so Wagtail's ``find/?html_path=%00`` was a server error), and ``find/``'s
``id`` must be a number (Wagtail passes it to the database as given: ``?id=abc`` was a server
error on any database). The search page and listings need no such guard: their forms ignore
bad values and answer a normal page.

Wagtail builds ``detail_url``, ``html_url``, ``download_url`` and ``find/``'s redirect from the
Site record (``page.full_url`` takes no request); ``OnRequestAddress`` moves them onto the
address the API was asked on (``core.absolute_urls``), as every other absolute URL of the site.
"""

import re

from django.conf import settings
from wagtail.api.v2.filters import LocaleFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.absolute_urls import rebased
from search_page.query import MAX_QUERY_LENGTH

OPERATORS = ("and", "or")


class CheckedSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            check_search(request.GET["search"], request.GET.get("search_operator"))
        return super().filter_queryset(request, queryset, view)


class CheckedLocaleFilter(LocaleFilter):
    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET and request.GET["locale"] not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            codes = ", ".join(dict(settings.WAGTAIL_CONTENT_LANGUAGES))
            raise BadRequestError(f"locale must be one of {codes}")
        return super().filter_queryset(request, queryset, view)


def check_search(query, operator):
    if "\x00" in query:
        raise BadRequestError("search must not contain NUL characters")
    if not query.strip():
        raise BadRequestError("search must not be empty")
    if len(query) > MAX_QUERY_LENGTH:
        raise BadRequestError(f"search must be at most {MAX_QUERY_LENGTH} characters long")
    if operator is not None and operator.lower() not in OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")


CHECKED = {SearchFilter: CheckedSearchFilter, LocaleFilter: CheckedLocaleFilter}


class CheckedParameters:
    """Checks every request's query parameters before any endpoint reads them."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name:
                raise BadRequestError("query parameter names must not contain NUL characters")
            if any("\x00" in value for value in values):
                raise BadRequestError(f"{name} must not contain NUL characters")

    def find_object(self, queryset, request):
        if "id" in request.GET and not re.fullmatch(r"[0-9]{1,18}", request.GET["id"]):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


def _rebased(data, request):
    if isinstance(data, dict):
        return {key: _rebased(value, request) for key, value in data.items()}
    if isinstance(data, list):
        return [_rebased(value, request) for value in data]
    return rebased(data, request)


class OnRequestAddress:
    """Absolute URLs in the answer (and a redirect's Location) on the request's address."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(getattr(response, "data", None), (dict, list)):
            response.data = _rebased(response.data, request)
        if response.has_header("Location"):
            response["Location"] = rebased(response["Location"], request)
        return response


def checked(viewset):
    """``viewset`` with its query parameters checked, the checked filters in place of Wagtail's
    and its URLs on the request's address."""
    filters = [CHECKED.get(backend, backend) for backend in viewset.filter_backends]
    return type(viewset.__name__, (OnRequestAddress, CheckedParameters, viewset), {"filter_backends": filters})


class PagesWithLocales(PagesAPIViewSet):
    """Wagtail's pages endpoint, each page's locale read with it (the serializer's ``locale``
    field read it page by page: a query per result)."""

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        # A page type's computed fields (core/api_fields.py) read what it names, for all at once.
        return queryset.prefetch_related(*getattr(queryset.model, "api_prefetch", ()))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", checked(PagesWithLocales))
api_router.register_endpoint("images", checked(ImagesAPIViewSet))
api_router.register_endpoint("documents", checked(DocumentsAPIViewSet))
