import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from django.views.defaults import server_error as django_server_error

# Seconds a reader (or crawler) is asked to wait when the database is away.
RETRY_AFTER = 30


@require_GET
def robots_txt(request):
    """Crawlers may read every public page; the sitemap lists them in every language."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """``handler500``: a 503 page in the reader's language when the database cannot be reached,
    else Django's own 500 page (``500.html``).

    A handler, not a middleware's ``process_exception``: the database is also read by
    middleware (sessions, the locale's 404 check), whose exceptions never reach a
    ``process_exception``, while every uncaught exception reaches this handler, still being
    handled (``sys.exc_info()``). Django has logged it with its traceback just before. Nothing
    here touches the database: the language comes from the URL prefix (else the browser's),
    and ``503.html`` needs no Site, page or setting from the database."""
    error = sys.exc_info()[1]
    if not isinstance(error, (OperationalError, InterfaceError)):
        return django_server_error(request)
    language = translation.get_language_from_path(request.path_info) or translation.get_language_from_request(request)
    with translation.override(language):
        content = loader.get_template("503.html").render()
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Content-Language"] = language
    add_never_cache_headers(response)  # a proxy or CDN must not keep the outage
    return response
