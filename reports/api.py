"""Status and final reports through the API: the list, one report's state and sections,
writing a section at the revision read, the workflow steps (submit, return, approve) and the
PDF. Every view gets the report through the same helper as the pages (`report_for`) and
calls the same services; the PDF is rendered in the request, as the page does."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import renderers, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.access import project_for
from projects.api_common import (
    IF_MATCH,
    paged,
    paged_schema,
    write_responses,
    write_through,
)
from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from projects.documents.types import type_of
from projects.models import Document
from reports import services
from reports.api_jobs import PDF, FileAnswers, JobRead, RenderJobs, file_renderer
from reports.rendering import file_of, request_render
from reports.views.reports import (
    ABILITY,
    KINDS,
    SLUGS,
    SLUGS_TO_DOCUMENT,
    TRANSITIONS,
    report_for,
)


class ReportSummary(serializers.Serializer):
    kind = serializers.CharField(help_text="The address word: `lagesrapport` or "
                                           "`slutrapport`.")
    number = serializers.IntegerField()
    status = serializers.CharField()
    period_start = serializers.DateField(allow_null=True)
    period_end = serializers.DateField(allow_null=True)


# `fields` names a serializer's own attribute too: these are built from a dict of fields.
ReportSectionRead = inline_serializer("ReportSectionRead", {
    "key": serializers.CharField(), "title": serializers.CharField(),
    "revision": serializers.IntegerField(help_text="Send it back when writing the section."),
    "fields": serializers.DictField(child=serializers.CharField(allow_blank=True)),
    "missing": serializers.ListField(child=serializers.CharField())}, many=True)


class ReportRead(ReportSummary):
    editable = serializers.BooleanField()
    sections = ReportSectionRead
    versions = serializers.ListField(child=serializers.IntegerField(),
                                     help_text="Frozen versions, newest first.")


ReportPage = paged_schema("ReportPage", ReportSummary, project=serializers.CharField())


def _summary(document: Document) -> dict:
    return {"kind": SLUGS[document.kind], "number": document.number,
            "status": document.status, "period_start": document.period_start,
            "period_end": document.period_end}


def _sections(document: Document) -> list[dict]:
    states = {s.section: s for s in document.section_states.all()}
    found = []
    for section in type_of(document).sections(document):
        if not section.applies_to(document):
            continue
        state = states.get(section.key)
        found.append({"key": section.key, "title": str(section.title),
                      "revision": state.revision if state else 0,
                      "fields": section.content(document).get("fields", {}),
                      "missing": [str(gap) for gap in section.missing(document)]})
    return found


def report_json(request, slug: str, kind: str, number: int) -> dict:
    _project, abilities, document = report_for(request.user, slug, kind, number)
    document_type = type_of(document)
    return {**_summary(document),
            "editable": bool(document_type.may_write(abilities.access, document)
                             and document_type.is_open(abilities.access, document)),
            "sections": _sections(document) if abilities.can_read_report else [],
            "versions": list(document.versions.order_by("-number")
                             .values_list("number", flat=True))}


class StartWrite(serializers.Serializer):
    period_start = serializers.DateField(required=False)
    period_end = serializers.DateField(required=False)


class ReportList(APIView):
    @extend_schema(responses=ReportPage, operation_id="reports_list",
                   summary="The project's status reports and final report")
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        found = (Document.objects.filter(project=project, kind__in=list(KINDS.values()))
                 .order_by("kind", "number", "pk"))
        return paged(request, found, _summary, project=project.slug)


class StartStatusReport(APIView):
    @extend_schema(request=StartWrite, responses=write_responses(ReportRead, created=True),
                   summary="Start a status report for a period that overlaps no other")
    def post(self, request, slug):
        project, _access = project_for(request.user, slug)
        serializer = StartWrite(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        # The service decides who may, and says what a period needs.
        document = services.start_status_report(project=project, actor=request.user,
                                                period_start=data.get("period_start"),
                                                period_end=data.get("period_end"))
        return Response(report_json(request, slug, SLUGS[document.kind], document.number),
                        status=status.HTTP_201_CREATED)


class StartFinalReport(APIView):
    @extend_schema(request=None, responses=write_responses(ReportRead, created=True),
                   summary="Start the final report (or read the one started)")
    def post(self, request, slug):
        project, _access = project_for(request.user, slug)
        document = services.start_final_report(project=project, actor=request.user)
        return Response(report_json(request, slug, SLUGS[document.kind], document.number),
                        status=status.HTTP_201_CREATED)


class ReportDetail(APIView):
    @extend_schema(responses=ReportRead, operation_id="report_read",
                   summary="A report's state and its sections as written now")
    def get(self, request, slug, kind, number):
        return Response(report_json(request, slug, kind, number))


SectionWrite = inline_serializer("ReportSectionWrite", {
    "revision": serializers.IntegerField(required=False, min_value=0, max_value=2**31 - 1,
                                         help_text="The section's revision as read, or "
                                                   "If-Match."),
    "fields": serializers.DictField(child=serializers.CharField(allow_blank=True,
                                                                max_length=30_000),
                                    help_text="Field name → Markdown text.")}).__class__


class ReportSectionView(APIView):
    @extend_schema(request=SectionWrite, parameters=[IF_MATCH],
                   responses=write_responses(ReportRead),
                   summary="Write one section of the report at the revision read")
    def put(self, request, slug, kind, number, key):
        _project, _abilities, document = report_for(request.user, slug, kind, number,
                                                    "can_write_report")
        if type_of(document).section(document, key) is None:
            raise Http404
        return write_through(request, SectionWrite, lambda data, revision: save_section(
            document=document, key=key, actor=request.user, expected_revision=revision,
            data=SectionInput(fields=dict(data["fields"]), rows={})),
            lambda: report_json(request, slug, kind, number))


class CommentWrite(serializers.Serializer):
    comment = serializers.CharField(required=False, allow_blank=True, default="",
                                    max_length=5000)


# (the step's address word: the page's service and the ability the access helper asks for)
STEPS = {step: (run, ABILITY[step]) for step, (run, _done) in TRANSITIONS.items()}


def step_view(step: str) -> type[APIView]:
    run, ability = STEPS[step]

    class ReportStep(APIView):
        @extend_schema(request=CommentWrite, responses=write_responses(ReportRead),
                       operation_id=f"report_{step.replace('-', '_')}",
                       summary=f"The report's workflow step “{step}”; 409 with what is "
                               "missing when it cannot proceed")
        def post(self, request, slug, kind, number):
            _project, _abilities, document = report_for(request.user, slug, kind, number,
                                                        ability)
            serializer = CommentWrite(data=request.data)
            serializer.is_valid(raise_exception=True)
            run(document, request.user, serializer.validated_data["comment"])
            return Response(report_json(request, slug, kind, number))

    ReportStep.__name__ = f"ReportStep{step.title().replace('-', '')}"
    return ReportStep


class ReportPdf(FileAnswers, APIView):
    renderer_classes = [renderers.JSONRenderer, file_renderer(PDF)]

    @extend_schema(parameters=[
        OpenApiParameter("version", int, required=False, description="A frozen version; the "
                         "report as written now by default."),
        OpenApiParameter("sprak", str, required=False, enum=["sv", "nb", "en"]),
        OpenApiParameter("arkiv", str, required=False, enum=["1"],
                         description="PDF/A for the archive.")],
        responses={(200, "application/pdf"): OpenApiResponse(OpenApiTypes.BINARY),
                   202: OpenApiResponse(JobRead, description=(
                       "Being printed by the task worker: ask again after Retry-After "
                       "seconds, or follow the job at Location."))},
        summary="The report as a PDF")
    def get(self, request, slug, kind, number):
        project, _abilities, document = report_for(request.user, slug, kind, number,
                                                   "can_read_report")
        version = request.query_params.get("version", "")
        if version and (not version.isdigit() or int(version) < 1):
            raise serializers.ValidationError({"version": [_("A version number, e.g. 1.")]})
        if version and not document.versions.filter(number=int(version)).exists():
            raise Http404
        language = request.query_params.get("sprak", "sv")
        job = request_render(request.user, project, SLUGS_TO_DOCUMENT[kind],
                             report_number=document.number,
                             version=int(version) if version else None,
                             language=language if language in ("sv", "nb", "en") else "sv",
                             archival=request.query_params.get("arkiv") == "1")
        path = file_of(job)
        if path is None:  # printed by the task worker; come back for it
            state = RenderJobs().answer(request, job, slug=slug)
            state.status_code = 202
            state["Location"] = reverse("reports_api:print",
                                        kwargs={"slug": slug, "print_id": job.pk})
            return state
        response = HttpResponse(path.read_bytes(), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{job.download_name}"'
        return response

