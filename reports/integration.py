"""What reports plugs into a project: its tab, its audit words, and the project's workflow
steps that move the final report document."""

from typing import cast

from django.utils.translation import gettext_lazy

from portal import navigation
from projects import extensions


def register() -> None:
    from reports import report_type, services  # noqa: F401 - registers the document types

    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Reports"), "reports:documents",
                                                  70))
    extensions.register_workflow_hook("submit_final_report", services.on_final_report_submitted)
    extensions.register_workflow_hook("return_final_report", services.on_final_report_returned)
    extensions.register_workflow_hook("close", services.on_project_closed)
    navigation.register_menu_link(navigation.MenuLink(
        cast(str, gettext_lazy("Export reports")), "reports:exports", 70))
    extensions.register_audit_actions({
        "report:start": gettext_lazy("Started a report"),
        "report:section": gettext_lazy("Saved a report section"),
        "report:status": gettext_lazy("Moved a report in its workflow"),
    })
