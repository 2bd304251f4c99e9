"""Fields of the pages API (``/api/v2/pages/?type=…&fields=…``) computed by the page model: the
value of a method (places and topics by slug and name, donors with their amounts…), passed to the API as
the plain data it returns.

A page model lists them in ``api_fields`` with ``computed("places", "api_places")``, and what
those methods read in ``api_prefetch``, so a listing reads them for all its pages at once.
"""

from rest_framework import serializers
from wagtail.api import APIField


def computed(name, method):
    source = {"source": method} if method != name else {}  # DRF refuses a source equal to the name
    return APIField(name, serializer=serializers.JSONField(read_only=True, **source))


def places(objects):
    """Places or topics: each by its slug (the same in every language) and name."""
    return [{"slug": place.slug, "name": place.name} for place in objects]


def pages(objects):
    return [{"id": page.pk, "title": page.title} for page in objects]
