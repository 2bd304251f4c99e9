from django.http import Http404, HttpResponseNotAllowed
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.log import log_response
from django.utils.translation import get_language, get_language_from_path
from wagtail.models import Site

# The methods any view of the site may accept; each view then allows its own (Wagtail's
# Page.allowed_http_methods, require_GET, DRF). Others never reach a view.
KNOWN_METHODS = ("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE")


class KnownMethodsMiddleware:
    """405 for TRACE, CONNECT and any other method outside ``KNOWN_METHODS``, on every URL.

    Function views without a method decorator (the search page and its suggestions, the
    sitemap) answer whatever method they get, and the admin redirects one to its login page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in KNOWN_METHODS:
            return self.get_response(request)
        response = HttpResponseNotAllowed(["GET", "HEAD", "OPTIONS", "POST"])
        log_response("Method Not Allowed (%s): %s", request.method, request.path, response=response, request=request)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirects to pages that do not exist.

    On a 404 for a path without a language prefix, Django redirects to the same path with
    the visitor's language prefixed whenever that path resolves. Wagtail's catch-all
    pattern makes every path resolve, so ``/xx/news/`` was redirected to ``/ka/xx/news/``
    and only then answered 404. Here the redirect happens only when the prefixed path
    reaches a real page (or a Django view); otherwise the 404 is answered where it is.
    ``/`` and ``/news/`` still redirect to ``/ka/`` and ``/ka/news/``.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and not self._prefixed_path_exists(request):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)

    def _prefixed_path_exists(self, request):
        if get_language_from_path(request.path_info):
            return True  # Already prefixed: Django does not redirect those anyway.
        language = get_language()
        try:
            match = resolve(f"/{language}{request.path_info}", getattr(request, "urlconf", None))
        except Resolver404:
            return True  # Let Django try the trailing-slash variant.
        if match.url_name != "wagtail_serve":
            return True
        site = Site.find_for_request(request)
        if site is None:
            return False
        root = site.root_page.localized.specific
        components = [part for part in request.path_info.split("/") if part]
        try:
            root.route(request, components)
        except Http404:
            return False
        return True
