"""Writing the risk register: adding, changing, reviewing and removing risks, and the
register's text. Each risk carries a revision: of two people who opened the same risk, the
second to save gets EditConflict and the page keeps what they typed.

Every change of likelihood, impact, status or next review is written as a dated RiskReview,
so the register can be read as it stood on any day and a risk's value over time is shown.
"""

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.audit import record_changes, record_event
from projects.access import access_for
from projects.models import Project
from risks.access import RiskAccess
from risks.models import Response, Risk, RiskRegister, RiskReview, RiskStatus
from risks.scales import IMPACT, LIKELIHOOD, level_words
from risks.services.errors import EditConflict, InvalidInput

REFUSED = gettext_lazy("The risk register is kept by the project's writers, with the "
                       "application while it is open and during follow-up.")
REFUSED_REVIEW = gettext_lazy("Risks are reviewed by the project's writers while the project "
                              "is approved or running.")
REFUSED_REMOVE = gettext_lazy("Risks are removed only while the application is open; once the "
                              "project runs, a risk is closed instead.")
ASSESSMENT = ("likelihood", "impact", "status", "next_review_on")
DESCRIBED = ("title", "description", "category", "consequence", "response", "mitigation",
             "owner")


@dataclass
class RiskInput:
    title: str
    likelihood: int | None = None
    impact: int | None = None
    description: str = ""
    category: str = ""
    consequence: str = ""
    response: str = ""
    mitigation: str = ""
    owner: str = ""
    status: str = RiskStatus.OPEN
    next_review_on: date | None = None
    note: str = ""  # about this assessment, kept with its review


@dataclass
class ReviewInput:
    likelihood: int | None
    impact: int | None
    status: str
    next_review_on: date | None = None
    note: str = ""
    reviewed_on: date | None = None


def lock(project: Project, actor, ability: str, message) -> tuple[Project, RiskAccess]:
    """The project locked until the transaction ends; the right checked on it as it is now."""
    locked = (Project.objects.select_for_update(of=("self",))
              .select_related("programme", "programme__funding_body").get(pk=project.pk))
    abilities = RiskAccess(access_for(actor, locked))
    abilities.check(ability, str(message))
    return locked, abilities


def problems(data: RiskInput | ReviewInput, prefix: str = "") -> dict[str, str]:
    """What is wrong with a risk as typed, keyed by field (with `prefix` for import rows)."""
    errors = {}
    if isinstance(data, RiskInput):
        if not data.title.strip():
            errors["title"] = _("Say what the risk is, e.g. “Det är en risk att …”.")
        elif len(data.title.strip()) > 500:
            errors["title"] = _("At most 500 characters.")
        if data.response not in ("", *Response.values):
            errors["response"] = _("Choose avoid, reduce, transfer or accept.")
        if len(data.category) > 100:
            errors["category"] = _("At most 100 characters.")
        if len(data.owner) > 200:
            errors["owner"] = _("At most 200 characters.")
    for name in ("likelihood", "impact"):
        level = getattr(data, name)
        if level is not None and not 1 <= level <= 5:
            errors[name] = _("A level from 1 to 5, or not yet assessed.")
    if data.status not in RiskStatus.values:
        errors["status"] = _("Choose a status.")
    return {f"{prefix}{key}": message for key, message in errors.items()}


def _values(risk: Risk) -> dict[str, str]:
    """The risk as the audit trail keeps it: fields by their names and values in words, as
    the person saving reads them."""
    words = {
        "likelihood": level_words(LIKELIHOOD, risk.likelihood),
        "impact": level_words(IMPACT, risk.impact),
        "status": risk.get_status_display(),
        "response": risk.get_response_display() if risk.response else "",
        "next_review_on": risk.next_review_on.isoformat() if risk.next_review_on else "",
    }
    return {str(Risk._meta.get_field(name).verbose_name).capitalize():
            words.get(name, str(getattr(risk, name) or "")) for name in (*DESCRIBED, *ASSESSMENT)}


def create(locked: Project, actor, data: RiskInput, number: int, day: date) -> Risk:
    """Write one risk and the assessment it is entered with; the caller checked and locked."""
    risk = Risk(project=locked, number=number, identified_on=day)
    _apply(risk, data)
    risk.save()
    RiskReview.objects.create(risk=risk, reviewed_on=day, likelihood=risk.likelihood,
                              impact=risk.impact, status=risk.status,
                              next_review_on=risk.next_review_on, note=data.note.strip(),
                              recorded_by=actor if getattr(actor, "pk", None) else None)
    return risk


def next_number(project: Project) -> int:
    highest = Risk.objects.filter(project=project).aggregate(n=Max("number"))["n"]
    return (highest or 0) + 1


def _assessment(risk: Risk) -> tuple:
    return tuple(getattr(risk, name) for name in ASSESSMENT)


def _apply(risk: Risk, data: RiskInput) -> None:
    for name in DESCRIBED:
        setattr(risk, name, getattr(data, name).strip())
    risk.likelihood, risk.impact = data.likelihood, data.impact
    risk.status, risk.next_review_on = data.status, data.next_review_on


@transaction.atomic
def add_risk(*, project: Project, actor, data: RiskInput) -> Risk:
    locked, _abilities = lock(project, actor, "can_edit_register", REFUSED)
    errors = problems(data)
    if errors:
        raise InvalidInput(errors)
    risk = create(locked, actor, data, next_number(locked), timezone.localdate())
    record_event(actor=actor, obj=risk, action="risk:add", project_id=locked.pk,
                 detail=_summary(risk))
    return risk


@transaction.atomic
def update_risk(*, project: Project, actor, risk_id: int, data: RiskInput,
                expected_revision: int | None = None) -> Risk:
    locked, _abilities = lock(project, actor, "can_edit_register", REFUSED)
    risk = _risk(locked, risk_id, expected_revision)
    errors = problems(data)
    if errors:
        raise InvalidInput(errors)
    assessed = _assessment(risk)
    before = _values(risk)
    _apply(risk, data)
    after = _values(risk)
    if assessed != _assessment(risk) or data.note.strip():
        _review(risk, actor, timezone.localdate(), data.note)
    risk.revision += 1
    risk.save()
    record_changes(actor=actor, obj=risk, before=before, after=after, project_id=locked.pk,
                   action="risk:change")
    return risk


@transaction.atomic
def review_risk(*, project: Project, actor, risk_id: int, data: ReviewInput,
                expected_revision: int | None = None) -> Risk:
    """A new dated assessment, even when nothing changed: that it was looked at is news."""
    locked, _abilities = lock(project, actor, "can_review_risks", REFUSED_REVIEW)
    risk = _risk(locked, risk_id, expected_revision)
    errors = problems(data)
    today = timezone.localdate()
    day = data.reviewed_on or today
    last = risk.reviews.aggregate(day=Max("reviewed_on"))["day"]
    if day > today:
        errors["reviewed_on"] = _("The date cannot be in the future.")
    elif last and day < last:
        errors["reviewed_on"] = _("A newer review was recorded on %(day)s.") % {
            "day": last.isoformat()}
    if errors:
        raise InvalidInput(errors)
    before = _values(risk)
    risk.likelihood, risk.impact = data.likelihood, data.impact
    risk.status, risk.next_review_on = data.status, data.next_review_on
    _review(risk, actor, day, data.note)
    risk.revision += 1
    risk.save()
    record_changes(actor=actor, obj=risk, before=before, after=_values(risk),
                   project_id=locked.pk, action="risk:review")
    if before == _values(risk):
        record_event(actor=actor, obj=risk, action="risk:review", project_id=locked.pk,
                     detail=_("Reviewed, unchanged"))
    return risk


def _review(risk: Risk, actor, day: date, note: str) -> RiskReview:
    return RiskReview.objects.create(
        risk=risk, reviewed_on=day, likelihood=risk.likelihood, impact=risk.impact,
        status=risk.status, next_review_on=risk.next_review_on, note=note.strip(),
        recorded_by=actor if getattr(actor, "pk", None) else None)


def _risk(project: Project, risk_id: int, expected_revision: int | None) -> Risk:
    risk = (Risk.objects.select_for_update(of=("self",))
            .filter(pk=risk_id, project=project).first())
    if risk is None:
        raise InvalidInput({"title": _("No such risk in this project.")})
    if expected_revision is not None and risk.revision != expected_revision:
        raise EditConflict(risk)
    return risk


def _summary(risk: Risk) -> str:
    value = risk.value
    return f"{risk.code} {risk.title}" + (f" ({risk.likelihood} × {risk.impact} = {value})"
                                          if value is not None else "")


@transaction.atomic
def remove_risk(*, project: Project, actor, risk_id: int) -> None:
    locked, _abilities = lock(project, actor, "can_remove_risks", REFUSED_REMOVE)
    risk = Risk.objects.filter(pk=risk_id, project=locked).first()
    if risk is None:
        raise InvalidInput({"title": _("No such risk in this project.")})
    if risk.reviews.count() > 1:
        raise InvalidInput({"title": _("This risk has reviews on record; close it instead.")})
    record_event(actor=actor, obj=risk, action="risk:remove", project_id=locked.pk,
                 old=_summary(risk))
    risk.delete()


@transaction.atomic
def save_register_text(*, project: Project, actor, text: str,
                       expected_revision: int | None = None) -> RiskRegister:
    locked, _abilities = lock(project, actor, "can_edit_register", REFUSED)
    register, _created = RiskRegister.objects.select_for_update().get_or_create(project=locked)
    if expected_revision is not None and register.revision != expected_revision:
        raise EditConflict(register)
    before = {"text": register.text}
    register.text = text.strip()
    register.revision += 1
    register.save()
    record_changes(actor=actor, obj=register, before=before, after={"text": register.text},
                   project_id=locked.pk, action="risk:text")
    return register


@transaction.atomic
def import_risks(*, project: Project, actor, risks: list[RiskInput]) -> list[Risk]:
    """Add every risk of an import, numbered after those already there, or none: a problem
    in any row (keyed `rows.<n>.<field>`) refuses the whole import."""
    locked, _abilities = lock(project, actor, "can_edit_register", REFUSED)
    errors = {}
    for index, data in enumerate(risks):
        errors.update(problems(data, prefix=f"rows.{index}."))
    if errors or not risks:
        raise InvalidInput(errors or {"rows": _("The file has no risks.")})
    first, day = next_number(locked), timezone.localdate()
    made = [create(locked, actor, data, first + index, day) for index, data in enumerate(risks)]
    record_event(actor=actor, obj=made[0], action="risk:import", project_id=locked.pk,
                 detail="\n".join(_summary(risk) for risk in made))
    return made
