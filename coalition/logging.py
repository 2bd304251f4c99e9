"""Request ids in logs: every request gets an id, answered in the ``X-Request-ID`` header and
attached to every log record written while the request is handled, so that the id a proxy logged
or a response showed leads to the request's log lines, its error above all.

``RequestIdMiddleware`` keeps the id, method and path in a context variable (safe for threads and
async code); ``RequestContextFilter``, on the log handler, copies them onto each record, and
``JsonFormatter`` (python-json-logger, used by the production settings) writes them out as fields.
"""

import contextvars
import logging
import re
import uuid
from dataclasses import dataclass

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

REQUEST_ID_HEADER = "X-Request-ID"
# A proxy's or load balancer's id is kept so that its logs and ours line up; anything else
# (too short to be unique, too long, or with characters that could forge log fields) is replaced.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,127}")


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    method: str
    path: str


_current = contextvars.ContextVar("coalition_request", default=None)


class RequestIdMiddleware:
    """Assigns the request id; first in MIDDLEWARE so that every other middleware's logs carry it,
    and so that a response the page cache stored keeps no one else's id (the header is set on
    the way out, after the cache)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        outer = _current.get()
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        if outer and getattr(request, "is_dummy", False):
            # A page preview, which Wagtail passes through the middleware inside the admin's
            # request: its log lines belong to that request.
            request_id = outer.request_id
        elif SANE_REQUEST_ID.fullmatch(incoming):
            request_id = incoming
        else:
            request_id = uuid.uuid4().hex
        request.request_id = request_id
        token = _current.set(RequestContext(request_id, request.method, request.path))
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestContextFilter(logging.Filter):
    """Adds ``request_id``, ``method``, ``path`` and ``status`` to every record (None outside a
    request, or where the status is not known); Django's request and server loggers pass the
    status as ``status_code``."""

    def filter(self, record):
        context = _current.get()
        request = getattr(record, "request", None)
        if context is None and hasattr(request, "request_id"):
            # Django logs 4xx/5xx responses ("Not Found: …") after the whole middleware chain
            # has returned, so outside our context; it passes the request along instead.
            context = RequestContext(request.request_id, request.method, request.path)
        record.request_id = context.request_id if context else None
        record.method = context.method if context else None
        record.path = context.path if context else None
        record.status = getattr(record, "status_code", None)
        return True


class JsonFormatter(BaseJsonFormatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, request_id,
    method, path, status, and the traceback as ``exception``; plus any ``extra`` a caller passes,
    except the request object and duplicate status that Django's own loggers attach."""

    def __init__(self, **kwargs):
        super().__init__(
            fmt=["levelname", "name", "message", "request_id", "method", "path", "status"],
            rename_fields={"levelname": "level", "name": "logger", "exc_info": "exception"},
            timestamp="time",
            reserved_attrs=[*RESERVED_ATTRS, "request", "status_code", "server_time"],
            **kwargs,
        )
