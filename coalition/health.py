"""``GET /healthz``: whether the site can serve, for load balancers and monitoring.

Checks each part a page needs, cheaply and never from a cache: the database (one ``SELECT 1``),
the cache (a write and a read), media storage (a tiny probe file saved and deleted, so a full or
read-only volume or a bucket without write access counts as down) and the search backend (one
search). Answers 200 ``{"status": "ok", "checks": {...: "ok"}}``, or 503 with ``"error"`` for
each part that failed. What failed and why goes to the log only: the response names no host,
setting or exception, as it is public.
"""

import logging
import uuid

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# Under a folder of its own, so that it never meets an editor's upload.
STORAGE_PROBE = "healthz/probe.txt"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key, value = "healthz", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not return what was just stored")


def check_storage():
    # save() may pick another name when the probe exists (two checks at once); delete that one.
    name = default_storage.save(STORAGE_PROBE, ContentFile(b"ok"))
    default_storage.delete(name)


def check_search():
    list(get_search_backend().search("healthz", Page)[:1])


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "search": check_search,
}


@never_cache
@require_safe
def healthz(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": results}, status=200 if healthy else 503)
