"""Work the task worker makes, through the API: a bulk export of reports, a printed
document, an export of the portfolio. Every kind offers the same three things through one
base (`JobViews`): the job's state, its file once the worker has written all of it, and,
for a job that failed or whose worker stopped, asking for it again. Each kind says which
jobs the person may read (through its access helper), where the file is and how a retry is
made (its service)."""

from pathlib import Path
from typing import Any

from django.http import FileResponse, Http404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import renderers, serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.access import project_for
from projects.api_common import ErrorSerializer, error_body, paged, paged_schema, write_responses
from reports import exports, rendering
from reports.models import ExportDocument, ExportJob, RenderJob
from reports.pdf import LANGUAGES


class JobRead(serializers.Serializer):
    """A job of the task worker, as every kind answers it."""

    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=["queued", "running", "done", "failed"])
    status_label = serializers.CharField()
    error = serializers.CharField(allow_blank=True, help_text="Why it failed.")
    percent = serializers.IntegerField(allow_null=True,
                                       help_text="How far it has come, where it is counted.")
    ready = serializers.BooleanField(help_text="The whole file can be downloaded.")
    may_retry = serializers.BooleanField(help_text="It failed, or its worker stopped.")
    file = serializers.CharField(allow_null=True,
                                 help_text="Where to download the file, once ready.")
    file_size = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


RETRY_AFTER = "2"  # seconds until a client asks again for a job under way
WAITING = ("queued", "running")
PDF, ZIP = "application/pdf", "application/zip"


class JobViews:
    """What a kind of job says about itself; `job_paths` makes its addresses from it. A kind
    names its addresses, tells where its files are, which jobs a person may read (by
    default their own) and, if it retries, how (its service)."""

    name = ""  # the address's name of the job's state; `<name>_file`, `<name>_retry`
    namespace = ""  # the app's API namespace
    id_name = "job_id"  # the job's id in its address
    media_types: tuple[str, ...] = ()  # the types its files come in
    retries = False  # whether a job that failed can be asked for again

    model: Any = None  # a model whose jobs are their requester's alone

    def job(self, request, **url):
        """The job, through the kind's access helper; 404 for one the person may not read.
        By default a person reads only their own: another's does not exist for them."""
        assert self.model is not None
        job = self.model.objects.filter(pk=url[self.id_name], requested_by=request.user).first()
        if job is None:
            raise Http404
        return job

    def file_of(self, job) -> Path | None:
        raise NotImplementedError

    def may_retry(self, job) -> bool:
        return False

    def retry_job(self, request, job) -> None:
        raise Http404

    def download_name(self, job) -> str:
        return job.file_name

    def media_type_of(self, job) -> str:
        raise NotImplementedError

    def as_json(self, request, job, **url) -> dict:
        ready = self.file_of(job) is not None
        return {"id": job.pk, "status": job.status, "status_label": job.get_status_display(),
                "error": job.error, "percent": getattr(job, "percent", None), "ready": ready,
                "may_retry": self.may_retry(job),
                "file": request.build_absolute_uri(reverse(
                    f"{self.namespace}:{self.name}_file", kwargs={**url, self.id_name: job.pk}))
                if ready else None,
                "file_size": job.file_size, "created_at": job.created_at,
                "updated_at": job.updated_at}

    def answer(self, request, job, *, created: bool = False, **url) -> Response:
        """The job's state; one under way says when to ask again."""
        waiting = job.status in WAITING
        return Response(self.as_json(request, job, **url),
                        status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
                        headers={"Retry-After": RETRY_AFTER} if waiting else {})


class FileAnswers:
    """A view that answers a file in its own type, or else JSON: an error (or a job's
    state) reads as JSON whatever type the client asked for."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response,  # type: ignore[misc]
                                             *args, **kwargs)
        if isinstance(response, Response) and not isinstance(response.data, bytes):
            response.accepted_renderer = renderers.JSONRenderer()
            response.accepted_media_type = "application/json"
        return response


def file_renderer(media: str) -> type[renderers.BaseRenderer]:
    """Lets a client ask for the file's own type (`Accept: application/pdf`); an error
    still reads as JSON."""
    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data if isinstance(data, bytes) else renderers.JSONRenderer().render(data)

    return type(f"FileRenderer_{media}", (renderers.BaseRenderer,), {
        "media_type": media, "format": media.rsplit("/", 1)[-1].rsplit(".", 1)[-1],
        "render": render})


def job_paths(kind: type[JobViews], prefix: str) -> list:
    """The addresses of a kind of job below `prefix`: its state, its file (`fil/`) and, for
    a kind that retries, asking for it again (`forsok-igen/`)."""

    class State(kind, APIView):  # type: ignore[valid-type, misc]
        """Ask again after `Retry-After` seconds while the job is queued or running; once
        done, `file` is where the whole file is."""

        @extend_schema(responses=JobRead, summary="The job's state: queued, running, done "
                                                  "(with its file) or failed (with why)")
        def get(self, request, **url):
            return self.answer(request, self.job(request, **url), **url)

    class Download(FileAnswers, kind, APIView):  # type: ignore[valid-type, misc]
        """Offered only once the worker has written the whole file; before that 409."""

        renderer_classes = [renderers.JSONRenderer, *map(file_renderer, kind.media_types)]

        @extend_schema(responses={
            **{(200, media): OpenApiResponse(OpenApiTypes.BINARY,
                                             description="The whole file.")
               for media in kind.media_types},
            409: OpenApiResponse(ErrorSerializer, description="Not made yet (or it failed): "
                                 "read the job's state.")},
            summary="The job's finished file")
        def get(self, request, **url):
            job = self.job(request, **url)
            path = self.file_of(job)
            if path is None:
                return Response(error_body(_("The file is not ready: it is being made, or "
                                             "making it failed.")),
                                status=status.HTTP_409_CONFLICT,
                                headers={"Retry-After": RETRY_AFTER}
                                if job.status in WAITING else {})
            response = FileResponse(path.open("rb"), as_attachment=True,
                                    filename=self.download_name(job),
                                    content_type=self.media_type_of(job))
            response["Cache-Control"] = "private, no-store"
            return response

    class Retry(kind, APIView):  # type: ignore[valid-type, misc]
        """Only a job that failed, or whose worker stopped, is asked for again."""

        @extend_schema(request=None, responses=write_responses(JobRead),
                       summary="Ask again for a job that failed or whose worker stopped")
        def post(self, request, **url):
            job = self.job(request, **url)
            self.retry_job(request, job)
            job.refresh_from_db()
            return self.answer(request, job, **url)

    for view in (State, Download, Retry):
        view.__name__ = view.__qualname__ = f"{kind.__name__}{view.__name__}"
    at = f"{prefix}<int:{kind.id_name}>/"
    return [path(at, State.as_view(), name=kind.name),
            path(at + "fil/", Download.as_view(), name=f"{kind.name}_file"),
            *([path(at + "forsok-igen/", Retry.as_view(), name=f"{kind.name}_retry")]
              if kind.retries else [])]


# Bulk exports of reports: the person's own.

class ExportJobs(JobViews):
    namespace, name, id_name = "reports_api", "export", "export_id"
    model = ExportJob
    media_types = (ZIP,)
    retries = True

    def file_of(self, job):
        return exports.file_of(job)

    def may_retry(self, job):
        return exports.may_retry(job)

    def retry_job(self, request, job):
        exports.retry_export(job=job, user=request.user)

    def media_type_of(self, job):
        return ZIP


class ReportExportWrite(serializers.Serializer):
    document = serializers.ChoiceField(choices=ExportDocument.choices)
    programme = serializers.SlugField(required=False, allow_null=True, default=None,
                                      help_text="A programme's slug…")
    funding_body = serializers.IntegerField(required=False, allow_null=True, default=None,
                                            min_value=1, max_value=2**31 - 1,
                                            help_text="…or a funding body's id.")
    year = serializers.IntegerField(required=False, allow_null=True, default=None,
                                    min_value=2000, max_value=2100)
    language = serializers.ChoiceField(choices=list(LANGUAGES), default="sv")


ExportPage = paged_schema("ExportJobPage", JobRead)


class ExportList(ExportJobs, APIView):
    """A person's own bulk exports; another's do not exist for them."""

    @extend_schema(responses=ExportPage, operation_id="report_exports",
                   summary="Your bulk exports, newest first")
    def get(self, request):
        return paged(request, ExportJob.objects.filter(requested_by=request.user),
                     lambda job: self.as_json(request, job))

    @extend_schema(request=ReportExportWrite, responses=write_responses(JobRead, created=True),
                   summary="Export every final report (or application) of a programme or a "
                           "funding body, optionally of one year, as a zip")
    def post(self, request):
        serializer = ReportExportWrite(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        programme = funding_body = None
        if data["programme"]:
            programme = exports.programmes_for(request.user).filter(
                slug=data["programme"]).first()
            if programme is None:
                raise serializers.ValidationError({"programme": [_("No such programme.")]})
        if data["funding_body"]:
            funding_body = exports.funding_bodies_for(request.user).filter(
                pk=data["funding_body"]).first()
            if funding_body is None:
                raise serializers.ValidationError({"funding_body": [
                    _("Not a funding body whose reports you export.")]})
        job = exports.request_export(user=request.user, document=data["document"],
                                     programme=programme, funding_body=funding_body,
                                     year=data["year"], language=data["language"])
        return self.answer(request, job, created=True)


# Printed documents of a project: read by whoever may download its documents.

class RenderJobs(JobViews):
    namespace, name, id_name = "reports_api", "print", "print_id"
    media_types = (PDF,)
    retries = True

    def job(self, request, **url):
        project, _access = project_for(request.user, url["slug"], "can_download_reports")
        job = RenderJob.objects.filter(pk=url[self.id_name], project=project).first()
        if job is None or not rendering.may_follow(request.user, job):
            raise Http404
        return job

    def file_of(self, job):
        return rendering.file_of(job)

    def may_retry(self, job):
        return rendering.may_retry(job)

    def retry_job(self, request, job):
        rendering.retry_render(job=job, person=request.user)

    def download_name(self, job):
        return job.download_name

    def media_type_of(self, job):
        return PDF
