from django.db import models
from django.utils.translation import gettext_lazy as _


class Resolution(models.TextChoices):
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    DONE = "done", _("Done")
    DELAYED = "delayed", _("Delayed")
    CANCELLED = "cancelled", _("Cancelled")


# Finished one way or the other: never late.
FINISHED = frozenset({ActivityStatus.DONE, ActivityStatus.CANCELLED})


class MilestoneKind(models.TextChoices):
    MILESTONE = "milestone", _("Milestone")
    DECISION_POINT = "decision_point", _("Decision point")


class MeetingKind(models.TextChoices):
    REGULAR = "regular", _("Regular meeting")
    DECISION_POINT = "decision_point", _("Decision point")


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ONGOING = "ongoing", _("Ongoing")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


CLOSED_ACTIONS = frozenset({ActionStatus.DONE, ActionStatus.CANCELLED})
