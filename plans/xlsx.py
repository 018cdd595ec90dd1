"""The plan as an Excel workbook: the activities, one row each under their work package, and
the milestones and decision points. Descriptions read as text (their Markdown marks left
out); written through the portal's safe writer."""

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from plans import periods
from plans.readmodels import PlanView
from portal.markdown import plain_text
from portal.spreadsheets import workbook_bytes


def _head(sheet, titles, widths) -> None:
    sheet.append(titles)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def export_workbook(plan: PlanView) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Activities")[:31]
    _head(sheet, [_("No."), plan.work_package_word, _("Activity"), _("Responsible"), _("Start"),
                  _("End"), _("Status"), _("Late"), _("Times carried out"), _("Deliverables"),
                  _("Description")], (7, 34, 44, 24, 10, 10, 14, 8, 10, 40, 50))
    for package in plan.work_packages:
        for activity in package.activities:
            sheet.append([
                activity.number, f"{package.number} {package.title}", activity.title,
                activity.responsible, _label(activity.start, plan), _label(activity.end, plan),
                activity.status_label, _("yes") if activity.late else "",
                activity.done_count,
                "; ".join(d.title + (f" ({d.due_label})" if d.due_label else "")
                          + (f" – {_('done')}" if d.done else "") for d in activity.deliverables),
                plain_text(activity.description)])
    milestones = book.create_sheet(_("Milestones")[:31])
    _head(milestones, [_("Kind"), _("Title"), _("Date"), _("Work package"), _("Reached on"),
                       _("Description")], (16, 40, 12, 34, 12, 50))
    for item in plan.milestones:
        milestones.append([item.kind_label, item.title, item.due_on, item.work_package_title,
                           item.reached_on, plain_text(item.description)])
    return workbook_bytes(book)


def _label(month, plan: PlanView) -> str:
    return periods.label(month, plan.resolution)
