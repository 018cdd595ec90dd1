"""The submit page shows the application as it will be frozen, the plan included: with no
version yet, the plan reads as at today (it failed comparing a day with an empty text
once a project had activities)."""

from django.utils import timezone

from plans.snapshot import build
from plans.templatetags.plans import frozen_plan


def test_the_plan_of_an_application_not_yet_frozen_reads_as_at_today(project):
    part = build(project)
    for missing in ("", None):  # the template's version.created_at without a version
        plan = frozen_plan(part, missing)
        assert plan is not None and plan.today == timezone.localdate()
    frozen = timezone.now()
    assert frozen_plan(part, frozen).today == frozen.date()
