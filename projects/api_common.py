"""What every API view of every app shares: one JSON shape for errors, the revision a write
carries, and the answer to a stale one.

Errors always read `{"detail": "...", "errors": {"<where>": ["..."]}}`; `errors` names the
field (or `list.index.field` for a row) that is wrong, the way the pages put the message
beside the field. A domain rule that refuses answers 409 (the document's state) or 403
(the person's right); a stale revision answers 409 with the state as it is now.
"""

import dataclasses
from datetime import date

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import exceptions, filters, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework_dataclasses.serializers import DataclassSerializer

from projects.services.errors import ApplicationIncomplete, NotAllowed, ServiceError

# Refusals that are about the state the document is in, not about the request's shape.
STATE_ERRORS = ("TransitionNotAllowed", "DocumentClosed", "BudgetLocked", "RecordClosed")
# A write from a stale read: each app names its own, the answer is the same.
STALE_ERRORS = ("EditConflict", "SectionConflict", "FactsConflict")


def _listed(value) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [str(value)]


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested errors as `name`, `rows.2.name` keys, like the services' own."""
    if isinstance(detail, dict):
        found: dict[str, list[str]] = {}
        for key, value in detail.items():
            name = "__all__" if key in ("non_field_errors",) else str(key)
            found.update(_flatten(value, f"{prefix}.{name}" if prefix else name))
        return found
    if isinstance(detail, list) and detail and all(isinstance(d, dict | list) for d in detail):
        found = {}
        for index, value in enumerate(detail):
            if value:
                found.update(_flatten(value, f"{prefix}.{index}" if prefix else str(index)))
        return found
    return {prefix or "__all__": _listed(detail)}


def error_body(detail: str, errors: dict | None = None, **extra) -> dict:
    body = {"detail": str(detail)}
    if errors:
        body["errors"] = {key: _listed(value) for key, value in errors.items()}
    return body | extra


def service_error_response(error: ServiceError) -> Response:
    if isinstance(error, ApplicationIncomplete):
        return Response(error_body(_("The application is not complete yet."),
                                   missing={str(k): [str(i) for i in v]
                                            for k, v in error.gaps.items()}),
                        status=status.HTTP_409_CONFLICT)
    if isinstance(error, NotAllowed):
        return Response(error_body(str(error)), status=status.HTTP_403_FORBIDDEN)
    errors = getattr(error, "errors", None)
    if isinstance(errors, dict):
        return Response(error_body(_("Some values cannot be saved."), errors),
                        status=status.HTTP_400_BAD_REQUEST)
    if type(error).__name__ in STATE_ERRORS:
        return Response(error_body(str(error)), status=status.HTTP_409_CONFLICT)
    if type(error).__name__ in STALE_ERRORS:
        return Response(error_body(_("Someone else saved this since you read it.")),
                        status=status.HTTP_409_CONFLICT)
    return Response(error_body(str(error)), status=status.HTTP_400_BAD_REQUEST)


def exception_handler(exc, context):
    """The REST framework's handler, with the domain's errors and one JSON shape."""
    if isinstance(exc, ServiceError):
        return service_error_response(exc)
    if isinstance(exc, DjangoValidationError):
        errors = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        return Response(error_body(_("Some values cannot be saved."), errors),
                        status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(_("You may not do this in this project."))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Not found."))
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = error_body(_("Some values cannot be saved."), _flatten(exc.detail))
    elif isinstance(response.data, dict) and "detail" in response.data:
        response.data = error_body(response.data["detail"])
    return response


def expected_revision(request, data: dict | None = None) -> int | None:
    """The revision the client read: the If-Match header (`"3"` or `3`) or a `revision`
    field. None when it sent neither; writes that need one refuse then."""
    header = request.headers.get("If-Match", "").strip()
    if header:
        value = header.removeprefix("W/").strip('"')
        if not value.isdigit():
            raise exceptions.ValidationError({"If-Match": [_("Send the revision you read, "
                                                             "e.g. If-Match: \"3\".")]})
        return int(value)
    found = data.get("revision") if isinstance(data, dict) else None
    if found is None:
        return None
    if isinstance(found, bool) or not str(found).isdigit():
        raise exceptions.ValidationError({"revision": [_("A whole number, as read.")]})
    return int(found)


def required_revision(request, data: dict | None = None) -> int:
    revision = expected_revision(request, data)
    if revision is None:
        raise exceptions.ValidationError({"revision": [_(
            "Send the revision you read (If-Match header or a revision field), so that "
            "nobody's changes are overwritten.")]})
    return revision


def conflict(current: dict) -> Response:
    """A stale write: nothing was saved; here is what is saved now."""
    return Response(error_body(_("Someone else saved this since you read it. Nothing was "
                                 "saved; read the current state and send your change again."),
                               current=current),
                    status=status.HTTP_409_CONFLICT)


def saved(write, read, *, created: bool = False) -> Response:
    """Run a service's write and answer the state after it; a stale revision (the app's
    `EditConflict`) answers 409 with the state as saved now, and nothing was written."""
    try:
        write()
    except ServiceError as error:
        if type(error).__name__ not in STALE_ERRORS:
            raise
        return conflict(read())
    return Response(read(), status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


def revised(serializer_class, request):
    """A write that changes what the client read: (the service's input, the revision it
    read), or a 400 naming the field, or asking for the revision when none was sent."""
    data, revision = parsed(serializer_class, request)
    return data, required_revision(request, {"revision": revision})


def write_through(request, serializer_class, write, read, *, revision: bool = True,
                  created: bool = False) -> Response:
    """Every write of the API: the body read as `serializer_class` reads it (a 400 naming
    the field), the revision the client read (required unless `revision` is False: a new
    object has none), then `write(data, revision)` calls the service and the answer is
    `read()`, the state after it, or a 409 with the state as saved now. The view finds its
    object through the app's access helper before; the service checks the rest."""
    data, sent = (revised if revision else parsed)(serializer_class, request)
    return saved(lambda: write(data, sent), read, created=created)


def write_new(request, serializer_class, add, shape) -> Response:
    """A write that makes an object (it has no revision yet): `add(data)` calls the service
    and returns what it made, answered 201 as `shape(made)` shows it."""
    made: list = []
    return write_through(request, serializer_class, lambda data, _revision: made.append(
        add(data)), lambda: shape(made[0]), revision=False, created=True)


def plain(value):
    """A frozen read model as JSON: nested read models as objects, tuples as lists, dates
    ISO, everything else as it is."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


class Pages(PageNumberPagination):
    """Every list: `?page=2&page_size=100` (at most 500), 50 by default."""

    page_size_query_param = "page_size"
    max_page_size = 500


def paged(request, items, shape=None, **around) -> Response:
    """A page of `items` (a queryset, a list or `Rows`), each as `shape` gives it, in the one
    list shape `count`, `next`, `previous`, `results`, with what the list says about the
    whole (`around`: totals, the project) beside it."""
    pages = Pages()
    page: list | None = pages.paginate_queryset(items, request)
    assert page is not None and pages.page is not None  # page_size is always set
    return Response({**around, "count": pages.page.paginator.count,
                     "next": pages.get_next_link(), "previous": pages.get_previous_link(),
                     "results": [shape(item) for item in page] if shape else list(page)})


class Rows:
    """Rows a selector reads a page at a time (`read(slice)`), counted apart, so a page of
    a register of thousands reads fifty; pages like a queryset."""

    def __init__(self, total: int, read):
        self.total, self.read = total, read

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, window: slice):
        return self.read(window)


def paged_schema(name: str, item, **around) -> serializers.Serializer:
    """The schema of a `paged` answer whose rows are `item`."""
    return inline_serializer(name, {
        **around, "count": serializers.IntegerField(),
        "next": serializers.URLField(allow_null=True),
        "previous": serializers.URLField(allow_null=True),
        "results": item(many=True) if isinstance(item, type) else item})


def with_revision(data: dict, revision: int) -> Response:
    response = Response(data)
    response["ETag"] = f'"{revision}"'
    return response


# The OpenAPI description of the same shapes.
ErrorSerializer = inline_serializer("Error", {
    "detail": serializers.CharField(),
    "errors": serializers.DictField(child=serializers.ListField(child=serializers.CharField()),
                                    required=False),
    "missing": serializers.DictField(child=serializers.ListField(child=serializers.CharField()),
                                     required=False),
    "current": serializers.JSONField(required=False),
})
IF_MATCH = OpenApiParameter(
    "If-Match", str, OpenApiParameter.HEADER, required=False,
    description="The revision read (its ETag). Instead of the header, a `revision` field.")


def write_responses(ok, *, created: bool = False) -> dict:
    """The answers of a write: what it made or the state after it (`ok` None: nothing,
    204), or an error."""
    error = OpenApiResponse(ErrorSerializer)
    success = 204 if ok is None else 201 if created else 200
    return {success: ok, 400: error, 401: error, 403: error, 404: error, 409: error,
            429: error}


class StableOrdering(filters.OrderingFilter):
    """`?ordering=-start_date,title`; the id last, so that no row appears on two pages."""

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view) or []
        return [*ordering, "pk"]


class InputSerializer(DataclassSerializer):
    """A service's plain-data input (a dataclass) read from JSON, nested rows included:
    the API sends the services exactly what the pages send them. Texts may be blank;
    numbers are bounded so that nothing reaches the database that it cannot hold."""

    @property
    def serializer_dataclass_field(self):
        return InputSerializer

    def to_internal_value(self, data):
        """The dataclass; declared fields that are not the service's (a `revision`) are kept
        apart in `extras`."""
        values = serializers.Serializer.to_internal_value(self, data)
        own = self.dataclass_definition.fields
        self.extras = {name: values.pop(name) for name in list(values) if name not in own}
        return self.dataclass_definition.dataclass_type(**values)

    def build_standard_field(self, field_name, type_info):
        field_class, kwargs = super().build_standard_field(field_name, type_info)
        if issubclass(field_class, serializers.CharField):
            kwargs.setdefault("allow_blank", True)
            kwargs.setdefault("max_length", TEXT_LIMIT)
        elif issubclass(field_class, serializers.DecimalField):
            kwargs.update(max_digits=14, decimal_places=2)
        elif issubclass(field_class, serializers.IntegerField):
            kwargs.setdefault("min_value", -(2**31))
            kwargs.setdefault("max_value", 2**31 - 1)
        return field_class, kwargs


TEXT_LIMIT = 30_000


def input_serializer(dataclass, name: str, exclude=(), **declared) -> type[InputSerializer]:
    """A serializer for the service input `dataclass`, named `name` in the schema, with
    `declared` fields added or replacing generated ones (e.g. a revision), and `exclude`d
    ones left to their defaults (ids the URL gives)."""
    meta = type("Meta", (), {"dataclass": dataclass, "ref_name": name,
                             **({"exclude": tuple(exclude)} if exclude else {})})
    return type(name, (InputSerializer,), {"Meta": meta, **declared})


def read_model_serializer(dataclass, name: str, exclude=(), **declared
                          ) -> type[DataclassSerializer]:
    """The schema of a frozen read model as the API answers it (its fields, nested read
    models included), with `declared` fields the answer adds (the project's slug) and
    `exclude`d ones it leaves out."""
    meta = type("Meta", (), {"dataclass": dataclass, "ref_name": name,
                             **({"exclude": tuple(exclude)} if exclude else {})})
    return type(name, (DataclassSerializer,), {"Meta": meta, **declared})


def revision_field() -> serializers.IntegerField:
    return serializers.IntegerField(required=False, min_value=0, max_value=2**31 - 1,
                                    help_text="The revision read; or the If-Match header.")


def parsed(serializer_class, request):
    """(the service's input, the revision sent or None), or a 400 naming the fields."""
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    # An input serializer keeps the fields that are not the service's apart; a plain one
    # has the revision among its values.
    beside = getattr(serializer, "extras", serializer.validated_data)
    return serializer.validated_data, expected_revision(request, beside)


ERROR_STATUSES = {"400": "A value cannot be used; `errors` names the field.",
                  "401": "No key, or an unknown, revoked or expired one.",
                  "403": "The person, or a read-only key, may not do this.",
                  "404": "No such project for this person, or no such object in it.",
                  "409": "A stale revision (`current`), a state that does not allow it, or "
                         "an incomplete application (`missing`).",
                  "429": "The key's request rate is used up."}


def document_errors(result, generator, request, public):
    """Schema post-processing: every operation answers its errors in the one shape."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Error", {
        "type": "object", "required": ["detail"], "properties": {
            "detail": {"type": "string"},
            "errors": {"type": "object", "additionalProperties": {
                "type": "array", "items": {"type": "string"}}},
            "missing": {"type": "object", "additionalProperties": {
                "type": "array", "items": {"type": "string"}}},
            "current": {}}})
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code, description in ERROR_STATUSES.items():
                if code == "409" and method == "get":
                    continue
                responses.setdefault(code, {"description": description, **error})
    return result
