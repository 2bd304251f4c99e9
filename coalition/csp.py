"""Content Security Policy: a strict policy for the public site, a looser one for Wagtail's admin.

django-csp's middleware sends ``CONTENT_SECURITY_POLICY`` (settings/base.py) everywhere. The
admin cannot live with it: Wagtail 8 still renders inline ``<script>``s (date pickers, inline
panels, workflow and collection views) and ``style`` attributes, so paths under the admin get
``CONTENT_SECURITY_POLICY_ADMIN`` instead. Nonces would not help there, as Wagtail's widgets
render their scripts without access to the request.

Both policies also allow images and media from wherever the default storage serves files (an
S3 bucket or a CDN in production), which is only known once the storage is configured.

Previews are public pages rendered inside the admin: Wagtail passes a made-up request for the
page's public URL through the middleware, and shows the result in a frame of the editor.
"""

import logging
from functools import cache
from urllib.parse import urlsplit

from csp.constants import SELF
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import reverse

logger = logging.getLogger(__name__)


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


@cache
def media_origins():
    """Origins other than our own that uploaded files (images above all) are served from: those
    the S3 settings name (``MEDIA_IMG_SOURCES``), and what the storage actually answers."""
    from django.core.files.storage import default_storage

    urls = [*getattr(settings, "MEDIA_IMG_SOURCES", ()), settings.MEDIA_URL]
    try:
        urls.append(default_storage.url("original_images/csp-probe.jpg"))
    except Exception:  # a storage that cannot build URLs must not take every page down
        logger.warning("Could not ask the media storage for its URL", exc_info=True)
    origins = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in {"http", "https"} and parts.netloc:
            origin = f"{parts.scheme}://{parts.netloc}"
            if origin not in origins:
                origins.append(origin)
    return tuple(origins)


@receiver(setting_changed)
def _forget_cached_origins(setting, **kwargs):
    if setting in {"MEDIA_URL", "STORAGES", "MEDIA_IMG_SOURCES"} or setting.startswith("AWS_"):
        media_origins.cache_clear()
    elif setting in {"ROOT_URLCONF"}:
        admin_prefix.cache_clear()


class CSPMiddleware(BaseCSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(admin_prefix()):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        elif getattr(request, "is_dummy", False):
            # A preview: Wagtail renders the page through the middleware with a made-up request
            # for its public URL, and the admin shows the result in a frame. The public policy,
            # so that editors see what readers will, but framed by the admin.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        if origins := media_origins():
            parts.update = {**(parts.update or {})}
            for directive in ("img-src", "media-src"):
                parts.update[directive] = [*parts.update.get(directive, ()), *origins]
        return parts
