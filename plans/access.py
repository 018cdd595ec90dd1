"""What a person may do with a project's activity plan and its steering-group records.

When what is editable:

- The plan's structure (work packages, activities with their periods and responsibility,
  deliverables, milestones and decision points, the plan's settings and order) is part of
  the application: the project's writers (manager and members) change it while the
  application is open: a draft, one returned for completion, or an approved project under an
  open change request. A submitted plan stays exactly as submitted.
- Follow-up (activity statuses and how often an activity was carried out, deliverables
  done, milestones reached) is done by the writers while the project is approved or
  running, as dated records.
- Steering-group meetings, their decisions and actions are recorded by those who may record
  decisions (the manager, the steering group and the funding body's case officers) while the
  project is approved or running. Approved minutes no longer change. An action's progress is
  updated by those who record decisions and by the project's writers (who often own the
  actions), also after the minutes are approved.
- Everyone who sees the project reads all of it.
"""

from dataclasses import dataclass

from projects.access import Abilities


@dataclass(frozen=True)
class PlanAccess(Abilities):
    @property
    def can_edit_plan(self) -> bool:
        return self.access.is_writer and self.lifecycle.application_is_open

    @property
    def can_follow_up(self) -> bool:
        return self.access.is_writer and self.lifecycle.is_follow_up

    @property
    def can_record_meetings(self) -> bool:
        return self.access.can_record_decisions and self.lifecycle.is_follow_up

    @property
    def can_update_actions(self) -> bool:
        return ((self.access.can_record_decisions or self.access.is_writer)
                and self.lifecycle.is_follow_up)
