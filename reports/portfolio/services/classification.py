"""The funding body's classification, kept by its own case officers: a classification made,
focus areas added, renamed, moved and retired. A retired area is offered for no new decision
and stays on every grant that has it, so past portfolios still add up. Every change is
audited; a rename from a stale page is refused, never written over another's."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.audit import field_values, record_changes, record_event
from projects.services.errors import NotAllowed, ServiceError
from reports.portfolio.models import Classification, FocusArea

AUDITED = ["name", "position", "retired_on"]
MOVES = {"up": -1, "down": 1}


class AreaConflict(ServiceError):
    def __init__(self, area: FocusArea):
        super().__init__(_("Someone else changed this focus area a moment ago; it now reads "
                           "“%(name)s”. Check it and change it again.") % {"name": area.name})
        self.area = area


def _may_keep(actor, funding_body_id: int) -> None:
    if actor.is_superuser or (actor.is_case_officer and actor.funding_body_id == funding_body_id):
        return
    raise NotAllowed(_("Only the funding body's case officers keep its classification."))


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ServiceError(_("Give the name."))
    if len(name) > 200:
        raise ServiceError(_("A name has at most 200 characters."))
    return name


@transaction.atomic
def create_classification(*, actor, funding_body_id: int, name: str) -> Classification:
    _may_keep(actor, funding_body_id)
    name = _clean_name(name)
    if Classification.objects.filter(funding_body_id=funding_body_id, name=name).exists():
        raise ServiceError(_("The funding body already has a classification of that name."))
    made = Classification.objects.create(funding_body_id=funding_body_id, name=name)
    record_event(actor=actor, obj=made, action="portfolio:classification", detail=name)
    return made


def _locked_area(area_id: int, funding_body_id: int) -> FocusArea:
    """The area, locked, if it is the funding body's; another's does not exist for it."""
    area = (FocusArea.objects.select_for_update()
            .filter(pk=area_id, classification__funding_body_id=funding_body_id).first())
    if area is None:
        raise FocusArea.DoesNotExist
    return area


@transaction.atomic
def add_focus_area(*, actor, classification: Classification, name: str) -> FocusArea:
    _may_keep(actor, classification.funding_body_id)
    classification = Classification.objects.select_for_update().get(pk=classification.pk)
    name = _clean_name(name)
    if classification.areas.filter(name=name).exists():
        raise ServiceError(_("The classification already has a focus area of that name."))
    last = classification.areas.aggregate(last=Max("position"))["last"] or 0
    area = FocusArea.objects.create(classification=classification, position=last + 1,
                                    name=name)
    record_changes(actor=actor, obj=area, before={}, after=field_values(area, AUDITED),
                   action="portfolio:focus_area")
    return area


def _save(actor, area: FocusArea, before: dict) -> FocusArea:
    area.revision += 1
    area.save()
    record_changes(actor=actor, obj=area, before=before, after=field_values(area, AUDITED),
                   action="portfolio:focus_area")
    return area


@transaction.atomic
def rename_focus_area(*, actor, funding_body_id: int, area_id: int, name: str,
                      revision: int) -> FocusArea:
    _may_keep(actor, funding_body_id)
    area = _locked_area(area_id, funding_body_id)
    if area.revision != revision:
        raise AreaConflict(area)
    name = _clean_name(name)
    if FocusArea.objects.filter(classification_id=area.classification_id,
                                name=name).exclude(pk=area.pk).exists():
        raise ServiceError(_("The classification already has a focus area of that name."))
    before = field_values(area, AUDITED)
    area.name = name
    return _save(actor, area, before)


@transaction.atomic
def move_focus_area(*, actor, funding_body_id: int, area_id: int, direction: str) -> FocusArea:
    """One place up or down, swapping with the neighbour (the numbers stay 1, 2, 3…)."""
    _may_keep(actor, funding_body_id)
    if direction not in MOVES:
        raise ServiceError(_("Move a focus area up or down."))
    area = _locked_area(area_id, funding_body_id)
    siblings = FocusArea.objects.select_for_update().filter(
        classification_id=area.classification_id)
    neighbour = (siblings.filter(position__lt=area.position).order_by("-position")
                 if direction == "up" else
                 siblings.filter(position__gt=area.position).order_by("position")).first()
    if neighbour is None:
        return area  # already first (or last): nothing moves
    before, neighbour_before = field_values(area, AUDITED), field_values(neighbour, AUDITED)
    mine, theirs = area.position, neighbour.position
    # Through a free number (positions start at 1): they are unique at every statement.
    FocusArea.objects.filter(pk=area.pk).update(position=0)
    FocusArea.objects.filter(pk=neighbour.pk).update(position=mine)
    area.position, neighbour.position = theirs, mine
    neighbour.revision += 1
    FocusArea.objects.filter(pk=neighbour.pk).update(revision=neighbour.revision)
    record_changes(actor=actor, obj=neighbour, before=neighbour_before,
                   after=field_values(neighbour, AUDITED), action="portfolio:focus_area")
    return _save(actor, area, before)


@transaction.atomic
def retire_focus_area(*, actor, funding_body_id: int, area_id: int,
                      retired: bool = True) -> FocusArea:
    """Retired (or in use again): the grants that have it keep it either way."""
    _may_keep(actor, funding_body_id)
    area = _locked_area(area_id, funding_body_id)
    if (area.retired_on is not None) == retired:
        return area
    before = field_values(area, AUDITED)
    area.retired_on = timezone.localdate() if retired else None
    return _save(actor, area, before)
