"""What a person may do with a project's budgets and outcome, on top of their project access
and the project's lifecycle."""

from dataclasses import dataclass

from projects.access import Abilities


@dataclass(frozen=True)
class FinanceAccess(Abilities):
    @property
    def can_edit_budgets(self) -> bool:
        """Budgets change with the application: while it is open, or under a change request."""
        return self.access.is_writer and self.lifecycle.application_is_open

    @property
    def can_report_outcome(self) -> bool:
        return self.access.is_writer and self.lifecycle.is_follow_up
