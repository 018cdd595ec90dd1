"""What the portfolio app plugs in: the dashboard tab of a project, the portfolio in the main
menu, and the words for its audit actions."""

from django.utils.translation import gettext_lazy

from portal import audit, navigation
from projects import extensions
from reports.portfolio import freshness, lines


def register() -> None:
    audit.register_project_change_listener(lines.project_changed)
    audit.register_project_change_listener(freshness.project_changed)
    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Dashboard"),
                                                  "portfolio:dashboard", 5))
    navigation.register_menu_link(navigation.MenuLink(gettext_lazy("Portfolio"),
                                                      "portfolio:portfolio", 30,
                                                      shown_to=_is_funding_body_staff))
    extensions.register_audit_actions({
        "portfolio:facts": gettext_lazy("Set the portfolio classification"),
        "portfolio:ledger_import": gettext_lazy("Imported a grant ledger"),
        "portfolio:classification": gettext_lazy("Made a classification"),
        "portfolio:focus_area": gettext_lazy("Changed a focus area"),
    })


def _is_funding_body_staff(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.is_case_officer)
