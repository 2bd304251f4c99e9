"""A form post that lacks a field the view reads directly answers 400, not 500.

Wagtail's editing views read some values straight from ``request.POST`` (a StreamField's
``<name>-count``, formset management fields); a request that leaves one out, which no
browser using the admin sends, raised ``MultiValueDictKeyError`` and answered 500."""

import logging

from django.http import HttpResponseBadRequest
from django.utils.datastructures import MultiValueDictKeyError

logger = logging.getLogger(__name__)


class IncompleteFormMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, MultiValueDictKeyError):
            logger.warning("Form post without the field %s: %s", exception, request.path)
            return HttpResponseBadRequest("The form was incomplete: a field is missing.")
        return None
