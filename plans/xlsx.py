"""The plan as an Excel workbook: the activities, one row each under their work package, and
the milestones and decision points. Descriptions read as text (their Markdown marks left
out); written as a table workbook (`portal.table_workbook`): every text stays text."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from plans import periods
from plans.readmodels import PlanView
from portal.markdown import plain_text
from portal.table_workbook import Table, table_workbook


def export_workbook(plan: PlanView) -> bytes:
    activities = Table(
        pgettext("activity plan", "Activities"),
        [_("No."), plan.work_package_word, pgettext("activity plan", "Activity"),
         _("Responsible"), _("Start"), _("End"), _("Status"), _("Late"), _("Times carried out"),
         _("Deliverables"), _("Description")],
        [[activity.number, f"{package.number} {package.title}", activity.title,
          activity.responsible, _label(activity.start, plan), _label(activity.end, plan),
          activity.status_label, _("yes") if activity.late else "", activity.done_count,
          "; ".join(d.title + (f" ({d.due_label})" if d.due_label else "")
                    + (f" – {_('done')}" if d.done else "") for d in activity.deliverables),
          plain_text(activity.description)]
         for package in plan.work_packages for activity in package.activities],
        widths=(7, 34, 44, 24, 10, 10, 14, 8, 10, 40, 50))
    milestones = Table(
        _("Milestones"),
        [_("Kind"), _("Title"), _("Date"), _("Work package"), _("Reached on"), _("Description")],
        [[item.kind_label, item.title, item.due_on, item.work_package_title, item.reached_on,
          plain_text(item.description)] for item in plan.milestones],
        widths=(16, 40, 12, 34, 12, 50))
    return table_workbook([activities, milestones])


def _label(month, plan: PlanView) -> str:
    return periods.label(month, plan.resolution)
