"""A request id on every request: taken from the proxy's `X-Request-ID` when it is sane, made
up otherwise, sent back in the response and written on every log line of the request, so a
person's "it failed at 10:42" finds its error in the log."""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
_SANE = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id",
                                                                         default="-")


def request_id_of(meta: dict) -> str:
    given = meta.get("HTTP_X_REQUEST_ID", "")
    return given if _SANE.match(given) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request_id_of(request.META)
        token = current_request_id.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response[HEADER] = request.id
        return response


class RequestIdFilter(logging.Filter):
    """Puts the request id on the record (`%(request_id)s`); "-" outside a request."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "id", None) or current_request_id.get()
        return True
