"""What a person may do with a project's risk register.

When what is editable:

- The register's risks (what they are, their assessment, consequence, response, owner) and
  its text are written by the project's writers (manager and members) with the application
  while it is open (a draft, returned for completion, or under a change request), and again
  during follow-up (approved or running), because risks appear while a project runs. A
  submitted application's register is kept exactly as submitted in its frozen version;
  between submission and decision nothing changes.
- Reviews (a new dated assessment) are follow-up: the writers record them while the project
  is approved or running. Every change of likelihood, impact or status is kept as a dated
  review, so the register reads as it stood on any day.
- A risk is removed only while the application is open and it has no review beyond the
  assessment it was entered with; once followed up, it is closed instead.
- Everyone who sees the project reads the register.
"""

from dataclasses import dataclass

from projects.access import Abilities


@dataclass(frozen=True)
class RiskAccess(Abilities):
    @property
    def can_edit_register(self) -> bool:
        return self.access.is_writer and (self.lifecycle.application_is_open
                                          or self.lifecycle.is_follow_up)

    @property
    def can_review_risks(self) -> bool:
        return self.access.is_writer and self.lifecycle.is_follow_up

    @property
    def can_remove_risks(self) -> bool:
        return self.access.is_writer and self.lifecycle.application_is_open
