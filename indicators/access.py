"""What a person may do with a project's indicators and registers.

Choosing indicators and setting their targets is part of the application: it can change
while the application is open (a draft, one returned for completion, or an approved project
under an open change request). Reporting outcomes and keeping the registers is follow-up
work: it happens while the project is approved or running, which includes the final
reporting period up to the moment the final report is submitted (and again if the funding
body returns it).

Row-level registers hold personal data (participants' names; a Swedish sole trader's
organisation number is the owner's personal identity number), so they are read by the
people who keep them and the funding body that checks them; everyone else who sees the
project sees their totals.
"""

from dataclasses import dataclass

from projects.access import Abilities


@dataclass(frozen=True)
class IndicatorAccess(Abilities):
    @property
    def can_edit_indicators(self) -> bool:
        return self.access.is_writer and self.lifecycle.application_is_open

    @property
    def can_report_outcomes(self) -> bool:
        return self.access.is_writer and self.lifecycle.is_follow_up

    @property
    def can_edit_registers(self) -> bool:
        return self.access.is_writer and self.lifecycle.is_follow_up

    @property
    def can_edit_periods(self) -> bool:
        """Reporting periods are set with the application or during follow-up."""
        return self.can_edit_indicators or self.can_report_outcomes

    @property
    def can_state_figures(self) -> bool:
        """A figure a document states, kept beside an indicator's computed one."""
        return self.can_report_outcomes or self.can_edit_indicators

    @property
    def can_read_registers(self) -> bool:
        return self.access.is_writer or self.access.is_funding_body_staff

    @property
    def can_see_names(self) -> bool:
        return self.can_read_registers
