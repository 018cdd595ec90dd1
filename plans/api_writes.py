"""Writing the plan and the steering group's record through the API: the same services,
the same plain data (`WorkPackageInput`, `MilestoneInput`, `ProgressInput`, `MeetingInput`,
`ActionUpdateInput`) and the same revision checks as the pages. A stale revision answers 409
with the plan (or the record) as saved now."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from plans.api_types import PlanRead, SteeringRead
from plans.services import meetings, milestones, progress, structure
from plans.views.common import plan_for
from projects.api_common import (
    IF_MATCH,
    input_serializer,
    revision_field,
    write_responses,
    write_through,
)

WorkPackageWrite = input_serializer(structure.WorkPackageInput, "WorkPackageWrite",
                                    revision=revision_field())
ProgressWrite = input_serializer(progress.ProgressInput, "ProgressWrite",
                                 revision=revision_field())
SettingsWrite = input_serializer(structure.PlanSettingsInput, "PlanSettingsWrite",
                                 revision=revision_field())
MeetingWrite = input_serializer(meetings.MeetingInput, "MeetingWrite", revision=revision_field())
ActionWrite = input_serializer(meetings.ActionUpdateInput, "ActionUpdateWrite",
                               revision=revision_field())
MilestoneRow = input_serializer(milestones.MilestoneInput, "MilestoneWrite")


class RevisionOnly(serializers.Serializer):
    revision = revision_field()


class MilestonesWrite(serializers.Serializer):
    milestones = MilestoneRow(many=True)
    revision = revision_field()


def plan_json(project) -> dict:
    from plans.api import plan_data

    return plan_data(project, None)


def meetings_json(project) -> dict:
    from plans.api import meetings_data

    return meetings_data(project, None)


def _plan_write(request, project, serializer_class, write, **options) -> Response:
    return write_through(request, serializer_class, write, lambda: plan_json(project),
                         **options)


def _record_write(request, project, serializer_class, write, **options) -> Response:
    return write_through(request, serializer_class, write, lambda: meetings_json(project),
                         **options)


class WorkPackagesView(APIView):
    @extend_schema(request=WorkPackageWrite, responses=write_responses(PlanRead, created=True),
                   summary="Add a work package with its activities and deliverables")
    def post(self, request, slug):
        project, _abilities = plan_for(request.user, slug, "can_edit_plan")
        return _plan_write(request, project, WorkPackageWrite, lambda data, _r: (
            structure.save_work_package(project=project, actor=request.user, data=data)),
            revision=False, created=True)


class WorkPackageView(APIView):
    @extend_schema(request=WorkPackageWrite, parameters=[IF_MATCH],
                   responses=write_responses(PlanRead),
                   summary="Replace a work package's title, description and rows "
                           "(rows left out are removed)")
    def put(self, request, slug, work_package_id):
        project, _abilities = plan_for(request.user, slug, "can_edit_plan")
        return _plan_write(request, project, WorkPackageWrite, lambda data, revision: (
            structure.save_work_package(project=project, actor=request.user, data=data,
                                        work_package_id=work_package_id,
                                        expected_revision=revision)))

    @extend_schema(request=None, responses=write_responses(None),
                   summary="Remove a work package")
    def delete(self, request, slug, work_package_id):
        project, _abilities = plan_for(request.user, slug, "can_edit_plan")
        structure.remove_work_package(project=project, actor=request.user,
                                      work_package_id=work_package_id)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ProgressView(APIView):
    @extend_schema(request=ProgressWrite, parameters=[IF_MATCH],
                   responses=write_responses(PlanRead),
                   summary="Record the work package's progress: activity statuses and "
                           "deliverables done")
    def put(self, request, slug, work_package_id):
        project, _abilities = plan_for(request.user, slug, "can_follow_up")
        return _plan_write(request, project, ProgressWrite, lambda data, revision: (
            progress.record_progress(project=project, actor=request.user,
                                     work_package_id=work_package_id, data=data,
                                     expected_revision=revision)))


class MilestonesView(APIView):
    @extend_schema(request=MilestonesWrite, parameters=[IF_MATCH],
                   responses=write_responses(PlanRead),
                   summary="Replace the milestones and decision points, in order")
    def put(self, request, slug):
        project, _abilities = plan_for(request.user, slug, "can_edit_plan")
        return _plan_write(request, project, MilestonesWrite, lambda data, revision: (
            milestones.save_milestones(project=project, actor=request.user,
                                       milestones=list(data["milestones"]),
                                       expected_revision=revision)))


class SettingsView(APIView):
    @extend_schema(request=SettingsWrite, parameters=[IF_MATCH],
                   responses=write_responses(PlanRead),
                   summary="The plan's resolution, word for a work package, note, meeting rule")
    def put(self, request, slug):
        project, _abilities = plan_for(request.user, slug, "can_edit_plan")
        return _plan_write(request, project, SettingsWrite, lambda data, revision: (
            structure.save_plan_settings(project=project, actor=request.user, data=data,
                                         expected_revision=revision)))


def add_meeting(request, slug) -> Response:
    project, _abilities = plan_for(request.user, slug, "can_record_meetings")
    return _record_write(request, project, MeetingWrite, lambda data, _r: (
        meetings.save_meeting(project=project, actor=request.user, data=data)),
        revision=False, created=True)


class MeetingView(APIView):
    @extend_schema(request=MeetingWrite, parameters=[IF_MATCH],
                   responses=write_responses(SteeringRead),
                   summary="Replace an unapproved meeting's record")
    def put(self, request, slug, meeting_id):
        project, _abilities = plan_for(request.user, slug, "can_record_meetings")
        return _record_write(request, project, MeetingWrite, lambda data, revision: (
            meetings.save_meeting(project=project, actor=request.user, data=data,
                                  meeting_id=meeting_id, expected_revision=revision)))


class ApproveMinutesView(APIView):
    @extend_schema(request=RevisionOnly, parameters=[IF_MATCH],
                   responses=write_responses(SteeringRead),
                   summary="Approve the minutes; the record no longer changes")
    def post(self, request, slug, meeting_id):
        project, _abilities = plan_for(request.user, slug, "can_record_meetings")
        return _record_write(request, project, RevisionOnly, lambda _data, revision: (
            meetings.approve_minutes(project=project, actor=request.user,
                                     meeting_id=meeting_id, expected_revision=revision)))


class ActionView(APIView):
    @extend_schema(request=ActionWrite, parameters=[IF_MATCH],
                   responses=write_responses(SteeringRead),
                   summary="Update an action's status")
    def put(self, request, slug, action_id):
        project, _abilities = plan_for(request.user, slug, "can_update_actions")
        return _record_write(request, project, ActionWrite, lambda data, revision: (
            meetings.update_action(project=project, actor=request.user, action_id=action_id,
                                   data=data, expected_revision=revision)))


class OrderWrite(serializers.Serializer):
    order = serializers.ListField(child=serializers.IntegerField(min_value=1,
                                                                 max_value=2**31 - 1),
                                  max_length=200, help_text="Work package ids, in the new order.")
    expected_order = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**31 - 1), max_length=200,
        help_text="The order as read (`work_packages` ids): a package added, removed or moved "
                  "since answers 409 and nothing moves.")


class ReorderView(APIView):
    @extend_schema(request=OrderWrite, responses=write_responses(PlanRead),
                   summary="Put the work packages in a new order")
    def put(self, request, slug):
        project, _abilities = plan_for(request.user, slug, "can_edit_plan")
        # The order read stands for the revision here.
        return _plan_write(request, project, OrderWrite, lambda data, _r: (
            structure.reorder_work_packages(project=project, actor=request.user,
                                            order=data["order"],
                                            expected_order=data["expected_order"])),
            revision=False)


class ReachedRow(serializers.Serializer):
    milestone = serializers.IntegerField(min_value=1, max_value=2**31 - 1)
    reached_on = serializers.DateField(allow_null=True, help_text="null: not reached.")


class ReachedWrite(serializers.Serializer):
    reached = serializers.ListField(child=ReachedRow(), max_length=500)
    revision = revision_field()


class ReachedView(APIView):
    @extend_schema(request=ReachedWrite, parameters=[IF_MATCH],
                   responses=write_responses(PlanRead),
                   summary="Mark milestones reached (or not) on a day "
                           "(`milestone_revision` as read)")
    def put(self, request, slug):
        project, _abilities = plan_for(request.user, slug, "can_follow_up")
        return _plan_write(request, project, ReachedWrite, lambda data, revision: (
            milestones.mark_reached(project=project, actor=request.user,
                                    reached={row["milestone"]: row["reached_on"]
                                             for row in data["reached"]},
                                    expected_revision=revision)))
