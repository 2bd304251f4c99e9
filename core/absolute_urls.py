"""Absolute URLs from the address a reader actually used.

Wagtail builds absolute URLs from the Site record (``Site.root_url``: the hostname and port
``bootstrap_site`` stored), so ``make run PORT=8101`` or a proxy in front of the site gave
links to ``http://127.0.0.1:8000/``. Wherever there is a request, the scheme, host and port
come from it instead (``request.build_absolute_uri``), which follows ``X-Forwarded-Proto`` and
``X-Forwarded-Host`` only where the settings trust the proxy (``SECURE_PROXY_SSL_HEADER``,
``USE_X_FORWARDED_HOST``) and only for hosts in ``ALLOWED_HOSTS``. Without a request
(management commands, e-mails) the Site record is all there is.
"""

from wagtail.models import Site


def request_origin(request):
    """``scheme://host[:port]`` as the reader asked for it."""
    return f"{request.scheme}://{request.get_host()}"


def page_full_url(page, request=None):
    """The page's absolute URL on the request's address; None for a page without a URL. A page
    of another Site keeps that Site's own address (Wagtail gives it absolute)."""
    if request is None:
        return page.get_full_url()
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def rebased(url, request):
    """``url`` built from the request's Site record (Wagtail's sitemaps, API, ``page.full_url``)
    moved onto the request's address; any other URL unchanged."""
    if not isinstance(url, str) or request is None:
        return url
    site = Site.find_for_request(request)
    root = site.root_url if site is not None else None
    if root and (url == root or url.startswith(root + "/")):
        return request_origin(request) + url[len(root) :]
    return url
