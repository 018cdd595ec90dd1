"""Writing a project through the API: creating it, its sections (fields and rows, under each
section's revision), its team and its workflow. Each view translates the request into the
same plain data the pages send and calls the same service; the service checks the right
and the state inside its transaction and writes the audit entries with the API's user."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from portal import stamps
from projects import selectors
from projects.access import project_for
from projects.api_common import (
    IF_MATCH,
    conflict,
    paged,
    paged_schema,
    required_revision,
    with_revision,
    write_responses,
)
from projects.application import application_of
from projects.documents.sections import RowInput, SectionInput
from projects.documents.services import save_section
from projects.forms import ProjectCreateForm
from projects.models import Programme, RoleKind, SectionState
from projects.sections import SECTIONS, Section
from projects.services import team, workflow
from projects.services.applications import create_project
from projects.services.errors import SectionConflict

# Section contents as the API reads and writes them: raw values, rows with their ids.


def _raw(instance, name: str):
    field = instance._meta.get_field(name)
    if field.is_relation:
        return getattr(instance, field.attname)
    value = getattr(instance, name)
    return value.isoformat() if hasattr(value, "isoformat") else (
        str(value) if value is not None and not isinstance(value, str | int | bool) else value)


def section_data(document, section: Section, state: SectionState | None) -> dict:
    project = document.project
    data = {
        "key": section.key, "title": str(section.title),
        "revision": state.revision if state else 0,
        "fields": {name: _raw(project, name) for name in section.fields},
        "rows": {rows.name: [{"id": row.pk, **{n: _raw(row, n) for n in rows.fields}}
                             for row in getattr(project, rows.name).all()]
                 for rows in section.lists},
        "missing": [str(gap) for gap in section.missing(document)],
    }
    return data


def _state(document, key: str) -> SectionState | None:
    return next((s for s in document.section_states.all() if s.section == key), None)


def _row_serializer(rows) -> type[serializers.ModelSerializer]:
    meta = type("Meta", (), {"model": rows.model, "fields": ["id", "delete", *rows.fields],
                             "extra_kwargs": {name: {"required": False} for name in rows.fields}})
    attrs = {"Meta": meta,
             "id": serializers.IntegerField(required=False, allow_null=True,
                                            help_text="An existing row; leave out for a new one."),
             "delete": serializers.BooleanField(required=False, default=False)}
    name = "".join(part.title() for part in rows.name.split("_")) + "RowWrite"
    return type(name, (serializers.ModelSerializer,), attrs)


def _section_serializer(section: Section) -> type[serializers.Serializer]:
    from projects.models import Project

    field_meta = type("Meta", (), {
        "model": Project, "fields": list(section.fields),
        "extra_kwargs": {name: {"required": False} for name in section.fields}})
    fields_class = type(f"{section.key.title().replace('_', '')}Fields",
                        (serializers.ModelSerializer,), {"Meta": field_meta})
    attrs = {"revision": serializers.IntegerField(required=False, min_value=0,
                                                  help_text="Or the If-Match header.")}
    if section.fields:
        attrs["fields"] = fields_class(required=False)
    if section.lists:
        attrs["rows"] = type(f"{section.key.title().replace('_', '')}Rows",
                             (serializers.Serializer,), {
            rows.name: _row_serializer(rows)(many=True, required=False)
            for rows in section.lists})(required=False)
    return type(f"Section{section.key.title().replace('_', '')}Write",
                (serializers.Serializer,), attrs)


SectionRead = inline_serializer("SectionRead", {
    "key": serializers.CharField(), "title": serializers.CharField(),
    "revision": serializers.IntegerField(), "fields": serializers.JSONField(),
    "rows": serializers.JSONField(), "missing": serializers.ListField(
        child=serializers.CharField())})


def _section_input(section: Section, validated: dict) -> SectionInput:
    rows = {}
    for name, items in (validated.get("rows") or {}).items():
        rows[name] = [RowInput(id=item.get("id"), delete=item.get("delete", False),
                               values={k: v for k, v in item.items()
                                       if k not in ("id", "delete")})
                      for item in items]
    return SectionInput(fields=dict(validated.get("fields") or {}), rows=rows)


def section_view(section: Section) -> type[APIView]:
    """The view of one section: typed by the section's own fields and rows."""
    write_serializer = _section_serializer(section)

    class SectionView(APIView):
        @extend_schema(responses=SectionRead, operation_id=f"section_{section.key}_read",
                       summary=f"Read the section “{section.key}”")
        def get(self, request, slug):
            project, _access = project_for(request.user, slug)
            document = selectors.application_of_project(project, rows_of=[section],
                                                        section_states=True)
            return with_revision(section_data(document, section, _state(document, section.key)),
                                 _state_revision(document, section.key))

        @extend_schema(request=write_serializer, parameters=[IF_MATCH],
                       responses=write_responses(SectionRead),
                       operation_id=f"section_{section.key}_write",
                       summary=f"Save the section “{section.key}” at the revision read")
        def put(self, request, slug):
            project, _access = project_for(request.user, slug, "can_edit_application")
            serializer = write_serializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            revision = required_revision(request, serializer.validated_data)
            try:
                save_section(document=application_of(project), key=section.key,
                             actor=request.user, expected_revision=revision,
                             data=_section_input(section, serializer.validated_data))
            except SectionConflict:
                document = selectors.application_with_rows(slug)
                return conflict(section_data(document, section, _state(document, section.key)))
            document = selectors.application_with_rows(slug)
            return with_revision(section_data(document, section, _state(document, section.key)),
                                 _state_revision(document, section.key))

    SectionView.__name__ = f"Section{section.key.title().replace('_', '')}"
    return SectionView


def _state_revision(document, key: str) -> int:
    state = _state(document, key)
    return state.revision if state else 0


SECTION_VIEWS = {section.key: section_view(section) for section in SECTIONS}


# Creating a project.

class ProjectCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    programme = serializers.SlugRelatedField(slug_field="slug",
                                             queryset=Programme.objects.filter(is_open=True))


def create(request) -> Response:
    serializer = ProjectCreateSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    form = ProjectCreateForm()
    form.cleaned_data = {"title": serializer.validated_data["title"]}
    project = create_project(actor=request.user, title=serializer.validated_data["title"],
                             slug=form.unique_slug(),
                             programme=serializer.validated_data["programme"],
                             owner=request.user.organisation)
    return Response({"slug": project.slug, "title": project.title, "status": project.status},
                    status=status.HTTP_201_CREATED)


# Workflow: one endpoint per step, answering with what is missing when it cannot proceed.

Missing = inline_serializer("Missing", {
    "complete": serializers.BooleanField(),
    "missing": serializers.DictField(child=serializers.ListField(child=serializers.CharField()))})
StatusRead = inline_serializer("ProjectStatus", {
    "slug": serializers.CharField(), "status": serializers.CharField(),
    "version": serializers.IntegerField(allow_null=True),
    "granted_amount": serializers.CharField(allow_null=True)})


class CommentSerializer(serializers.Serializer):
    comment = serializers.CharField(required=False, allow_blank=True, default="",
                                    max_length=30_000)


class ApprovalSerializer(CommentSerializer):
    granted_amount = serializers.DecimalField(max_digits=14, decimal_places=2, min_value=0,
                                              required=False, allow_null=True, default=None)


class ChangeRequestSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=30_000)


def _status(project, version=None) -> Response:
    project.refresh_from_db(fields=["status", "granted_amount"])
    return Response({"slug": project.slug, "status": project.status,
                     "version": version.number if version is not None else None,
                     "granted_amount": None if project.granted_amount is None
                     else str(project.granted_amount)})


class MissingView(APIView):
    @extend_schema(responses=Missing, summary="What still stops submission, by section")
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        # Every check reads the whole application (every budget cell, the whole plan): the
        # answer is kept per change of the project, as the overview's checklist is, and
        # submitting checks afresh.
        return Response(stamps.kept("api-missing", project.pk,
                                    (get_language(), timezone.localdate()),
                                    lambda: _missing(project)))


def _missing(project) -> dict:
    gaps = workflow.missing_for_submission(project)
    return {"complete": not gaps,
            "missing": {str(k): [str(i) for i in v] for k, v in gaps.items()}}


class SubmitView(APIView):
    @extend_schema(request=None, responses=write_responses(StatusRead),
                   summary="Submit the application (or the open change request)")
    def post(self, request, slug):
        project, access = project_for(request.user, slug, "can_submit")
        if access.change_request_open:
            version = workflow.submit_change_request(project=project, actor=request.user)
        else:
            version = workflow.submit_application(project=project, actor=request.user)
        return _status(project, version)


REVIEW, MANAGER = "can_review", "can_submit"

# action: (ability, serializer, the service call)
TRANSITIONS = {
    "return": (REVIEW, CommentSerializer, lambda p, u, d: workflow.return_application(
        project=p, actor=u, comment=d["comment"])),
    "approve": (REVIEW, ApprovalSerializer, lambda p, u, d: workflow.approve_application(
        project=p, actor=u, granted_amount=d["granted_amount"], comment=d["comment"])),
    "reject": (REVIEW, CommentSerializer, lambda p, u, d: workflow.reject_application(
        project=p, actor=u, comment=d["comment"])),
    "start": (REVIEW, CommentSerializer, lambda p, u, d: workflow.start_project(
        project=p, actor=u)),
    "final-report": (MANAGER, CommentSerializer, lambda p, u, d: workflow.submit_final_report(
        project=p, actor=u)),
    "return-final-report": (REVIEW, CommentSerializer, lambda p, u, d:
                            workflow.return_final_report(project=p, actor=u,
                                                         comment=d["comment"])),
    "close": (REVIEW, CommentSerializer, lambda p, u, d: workflow.close_project(
        project=p, actor=u, comment=d["comment"])),
    "approve-change": (REVIEW, CommentSerializer, lambda p, u, d:
                       workflow.decide_change_request(project=p, actor=u, approve=True,
                                                      comment=d["comment"])),
    "return-change": (REVIEW, CommentSerializer, lambda p, u, d:
                      workflow.decide_change_request(project=p, actor=u, approve=False,
                                                     comment=d["comment"])),
    "change-request": (MANAGER, ChangeRequestSerializer, lambda p, u, d:
                       workflow.open_change_request(project=p, actor=u, reason=d["reason"])),
}


def transition_view(action: str) -> type[APIView]:
    ability, serializer_class, run = TRANSITIONS[action]

    class TransitionView(APIView):
        @extend_schema(request=serializer_class, responses=write_responses(StatusRead),
                       operation_id=f"project_{action.replace('-', '_')}",
                       summary=f"Workflow step “{action}”")
        def post(self, request, slug):
            project, _access = project_for(request.user, slug, ability)
            serializer = serializer_class(data=request.data)
            serializer.is_valid(raise_exception=True)
            result = run(project, request.user, serializer.validated_data)
            version = result if hasattr(result, "number") else None
            return _status(project, version)

    TransitionView.__name__ = "Transition" + action.title().replace("-", "")
    return TransitionView


TRANSITION_VIEWS = {action: transition_view(action) for action in TRANSITIONS}


# The team.

class RoleSerializer(serializers.Serializer):
    person = serializers.CharField(max_length=254, help_text="User name or e-mail.")
    role = serializers.ChoiceField(choices=RoleKind.choices)

    def validate_person(self, value):
        user = get_user_model().objects.filter(
            Q(username__iexact=value.strip()) | Q(email__iexact=value.strip()),
            is_active=True).first()
        if user is None:
            raise serializers.ValidationError(_("No active user has that user name or e-mail."))
        return user


class TeamRole(serializers.Serializer):
    user = serializers.IntegerField()
    username = serializers.CharField()
    name = serializers.CharField(allow_blank=True)
    role = serializers.CharField()


TeamRead = inline_serializer("Team", {"roles": TeamRole(many=True)})


TeamPage = paged_schema("TeamPage", TeamRole, project=serializers.CharField())


def _roles(project):
    return project.roles.select_related("user").order_by("role", "user__username", "pk")


def _role(role) -> dict:
    return {"user": role.user_id, "username": role.user.username,
            "name": role.user.get_full_name(), "role": role.role}


def _team(project) -> Response:
    return Response({"roles": [_role(r) for r in _roles(project)]})


class TeamView(APIView):
    @extend_schema(responses=TeamPage, summary="Who has which role, a page at a time")
    def get(self, request, slug):
        project, _access = project_for(request.user, slug)
        return paged(request, _roles(project), _role, project=project.slug)

    @extend_schema(request=RoleSerializer, responses=write_responses(TeamRead),
                   summary="Give a person a role (or change theirs)")
    def post(self, request, slug):
        project, _access = project_for(request.user, slug, "can_manage_team")
        serializer = RoleSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        team.set_role(project=project, actor=request.user, **serializer.validated_data)
        return _team(project)


class TeamMemberView(APIView):
    @extend_schema(request=None, responses=write_responses(TeamRead),
                   summary="Remove a person from the project")
    def delete(self, request, slug, user_id):
        project, _access = project_for(request.user, slug, "can_manage_team")
        team.remove_role(project=project, actor=request.user, user_id=user_id)
        return _team(project)
