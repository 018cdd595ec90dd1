"""The case officer's portfolio facts on a project: focus area, municipality, leadership and
decision date. Checked against the person's right and the project's state inside the
transaction; a save from a stale form is refused rather than overwriting."""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from portal.audit import field_values, record_changes
from portal.models import Organisation, OrganisationKind
from projects.access import access_for
from projects.models import Project
from projects.services.errors import ServiceError
from reports.portfolio.access import DashboardAccess
from reports.portfolio.models import DecisionFacts, FocusArea, Leadership

FIELDS = ["focus_area", "municipality", "leadership", "decided_on"]


class FactsConflict(ServiceError):
    def __init__(self, facts: DecisionFacts):
        self.facts = facts
        super().__init__(_("Someone else saved the classification since you opened it."))


@dataclass(frozen=True)
class FactsInput:
    focus_area_id: int | None
    municipality_id: int | None
    leadership: str
    decided_on: date | None


@transaction.atomic
def save_facts(*, actor, project: Project, data: FactsInput, revision: int) -> DecisionFacts:
    project = Project.objects.select_for_update().select_related(
        "programme").get(pk=project.pk)
    DashboardAccess(access_for(actor, project)).check(
        "can_classify", _("Only the funding body's case officers classify a project, once "
                          "its application is in."))
    if data.leadership not in ["", *Leadership.values]:
        raise ServiceError(_("Choose who leads the project."))
    area = FocusArea.objects.filter(
        pk=data.focus_area_id,
        classification__funding_body_id=project.programme.funding_body_id,
    ).first() if data.focus_area_id else None
    if data.focus_area_id and area is None:
        raise ServiceError(_("Choose one of the funding body's focus areas."))
    if data.municipality_id and not Organisation.objects.filter(
            pk=data.municipality_id, kind=OrganisationKind.MUNICIPALITY).exists():
        raise ServiceError(_("Choose a municipality."))
    facts, _created = DecisionFacts.objects.select_for_update().get_or_create(project=project)
    if facts.revision != revision:
        raise FactsConflict(facts)
    if area is not None and area.retired_on and facts.focus_area_id != area.pk:
        # A retired area stays on the projects that have it and is given to no other.
        raise ServiceError(_("The focus area “%(name)s” is retired; choose one in use.")
                           % {"name": area.name})
    before = field_values(facts, FIELDS)
    facts.focus_area_id = data.focus_area_id
    facts.municipality_id = data.municipality_id
    facts.leadership = data.leadership
    facts.decided_on = data.decided_on
    facts.revision += 1
    facts.saved_by = actor
    facts.full_clean()
    facts.save()
    record_changes(actor=actor, obj=facts, before=before, after=field_values(facts, FIELDS),
                   project_id=project.pk, action="portfolio:facts")
    return facts
