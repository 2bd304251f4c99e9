"""/iati/activities.xml: every public project as an IATI activity, all languages in one file.

Every 200 answer is a file the IATI schema and rulesets accept (tests/opendata/test_iati.py
checks it). When no such file can be made the answer says why, as text, and is not cached:
- 503 while the coalition's IATI organisation identifier is not set (or not valid) in
  Settings → Open data: the schema requires the reporting organisation's identifier, and every
  activity identifier begins with it, so a file without it would have to be withdrawn later;
- 404 while there is no public project: the schema requires at least one activity, so there is
  no valid empty file.
"""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from partners.models import OpenDataSettings

from . import codes
from .builder import build_document
from .collect import Collector

CACHE_SECONDS = 300  # readers are harvesters that come daily; five minutes spare the database

NOT_CONFIGURED = (
    "The IATI activity file is not available: the coalition's IATI organisation identifier is "
    "not set, or not valid (an identifier has no spaces and none of the characters / & | ?).\n"
    "An administrator must set it in the admin under Settings → Open data "
    '("coalition\'s IATI organisation identifier", for example GE-NAPR-404123456).\n'
)
NO_PROJECTS = "The IATI activity file lists the coalition's public projects, and there is none yet.\n"


def _explanation(status, text):
    response = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    # Asked again as soon as an administrator has fixed it.
    patch_cache_control(response, no_cache=True)
    return response


@require_safe
def activities(request):
    open_data = OpenDataSettings.load(request_or_site=request)
    identifier = codes.clean_identifier(open_data.reporting_organisation_identifier)
    if not identifier:
        return _explanation(503, NOT_CONFIGURED)
    found = Collector(request, open_data, identifier).activities()
    if not found:
        return _explanation(404, NO_PROJECTS)
    response = HttpResponse(build_document(found, timezone.now()), content_type="application/xml; charset=utf-8")
    patch_cache_control(response, max_age=CACHE_SECONDS)
    return response
