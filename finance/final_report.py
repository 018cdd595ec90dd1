"""What finance checks before a project's final report goes in: every outcome report of the
project submitted, none still being written."""

from django.utils.translation import gettext as _

from finance.models import OutcomeReport
from finance.models.choices import OutcomeStatus
from projects.models import Project


def final_report_check(project: Project) -> dict[str, list[str]]:
    drafts = (OutcomeReport.objects.filter(budget__project=project, status=OutcomeStatus.DRAFT)
              .select_related("budget").order_by("budget__name", "number"))
    problems = [_("The outcome report “%(report)s” of “%(budget)s” is still being written: "
                  "submit or complete it first.") % {"report": r.label, "budget": r.budget.name}
                for r in drafts]
    return {_("Outcome"): problems} if problems else {}
