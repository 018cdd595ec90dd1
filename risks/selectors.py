"""Reading the risk register: three queries however many risks and reviews there are, read as
it stood on any day from the kept reviews, filtered and sorted as the register page asks."""

from dataclasses import dataclass, replace
from datetime import date

from django.utils import timezone

from projects.models import Project
from risks.models import Response, Risk, RiskRegister, RiskReview, RiskStatus
from risks.scales import IMPACT, LIKELIHOOD, band_of, level_words

SORTS = ("value", "number", "title", "next_review", "status")


@dataclass(frozen=True)
class ReviewView:
    reviewed_on: date
    likelihood: int | None
    impact: int | None
    value: int | None
    status: str
    status_label: str
    next_review_on: date | None
    note: str
    recorded_by: str
    previous_value: int | None  # the value before this review, for "old and new"
    changed: bool  # likelihood, impact or status differ from the review before


@dataclass(frozen=True)
class RiskView:
    id: int | None
    code: str
    number: int
    title: str
    description: str
    category: str
    likelihood: int | None
    impact: int | None
    likelihood_label: str
    impact_label: str
    value: int | None
    band: str  # "low", "medium", "high", "very_high" or "" when not assessed
    band_label: str
    consequence: str
    response: str
    response_label: str
    mitigation: str
    owner: str
    status: str
    status_label: str
    next_review_on: date | None
    review_overdue: bool
    identified_on: date | None
    last_reviewed_on: date | None
    revision: int
    history: tuple[ReviewView, ...] = ()

    @property
    def is_assessed(self) -> bool:
        return self.value is not None

    @property
    def is_closed(self) -> bool:
        return self.status == RiskStatus.CLOSED


@dataclass(frozen=True)
class RegisterFilter:
    status: str = ""
    owner: str = ""
    category: str = ""
    min_value: int | None = None
    overdue: bool = False
    sort: str = "value"

    @property
    def is_active(self) -> bool:
        return bool(self.status or self.owner or self.category or self.min_value
                    or self.overdue)


@dataclass(frozen=True)
class RiskRegisterView:
    risks: tuple[RiskView, ...]  # as filtered and sorted
    total: int  # in the register (as at the day), before filtering
    text: str
    text_revision: int
    owners: tuple[str, ...]
    categories: tuple[str, ...]
    today: date
    as_at: date | None
    filters: RegisterFilter

    @property
    def overdue(self) -> list[RiskView]:
        return [r for r in self.risks if r.review_overdue]

    @property
    def not_assessed(self) -> list[RiskView]:
        return [r for r in self.risks if not r.is_assessed and not r.is_closed]

    @property
    def is_empty(self) -> bool:
        return self.total == 0 and not self.text


def _person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def risk_view(risk: Risk, review: RiskReview | None, last_reviewed_on: date | None, day: date,
              history: tuple[ReviewView, ...] = ()) -> RiskView:
    """A risk as the register shows it; `review` replaces its assessment when reading as at a
    past day."""
    source = review or risk
    likelihood, impact = source.likelihood, source.impact
    value = likelihood * impact if likelihood and impact else None
    band = band_of(value)
    next_review = source.next_review_on
    return RiskView(
        id=risk.pk, code=risk.code, number=risk.number, title=risk.title,
        description=risk.description, category=risk.category, likelihood=likelihood,
        impact=impact, likelihood_label=level_words(LIKELIHOOD, likelihood),
        impact_label=level_words(IMPACT, impact), value=value,
        band=band.key if band else "", band_label=str(band.label) if band else "",
        consequence=risk.consequence, response=risk.response,
        response_label=str(Response(risk.response).label) if risk.response else "",
        mitigation=risk.mitigation, owner=risk.owner, status=source.status,
        status_label=str(RiskStatus(source.status).label), next_review_on=next_review,
        review_overdue=bool(next_review and next_review < day
                            and source.status != RiskStatus.CLOSED),
        identified_on=risk.identified_on, last_reviewed_on=last_reviewed_on,
        revision=risk.revision, history=history)


def register_view(project: Project, as_at: date | None = None,
                  filters: RegisterFilter | None = None) -> RiskRegisterView:
    filters = filters or RegisterFilter()
    day = as_at or timezone.localdate()
    risks = list(Risk.objects.filter(project=project))
    if as_at:
        risks = [r for r in risks if r.identified_on <= as_at]
    reviews: dict[int, list[RiskReview]] = {}
    for review in RiskReview.objects.filter(risk__project=project).order_by("reviewed_on", "id"):
        if as_at is None or review.reviewed_on <= as_at:
            reviews.setdefault(review.risk_id, []).append(review)
    views = []
    for risk in risks:
        kept = reviews.get(risk.pk, [])
        last = kept[-1] if kept else None
        views.append(risk_view(risk, last if as_at else None,
                               last.reviewed_on if last else None, day))
    register = RiskRegister.objects.filter(project=project).first()
    return RiskRegisterView(
        risks=tuple(_sorted(_filtered(views, filters), filters.sort)), total=len(views),
        text=register.text if register else "",
        text_revision=register.revision if register else 0,
        owners=tuple(sorted({v.owner for v in views if v.owner})),
        categories=tuple(sorted({v.category for v in views if v.category})),
        today=day, as_at=as_at, filters=filters)


def _filtered(views: list[RiskView], filters: RegisterFilter) -> list[RiskView]:
    found = views
    if filters.status:
        found = [v for v in found if v.status == filters.status]
    if filters.owner:
        found = [v for v in found if v.owner == filters.owner]
    if filters.category:
        found = [v for v in found if v.category == filters.category]
    if filters.min_value:
        found = [v for v in found if v.value is not None and v.value >= filters.min_value]
    if filters.overdue:
        found = [v for v in found if v.review_overdue]
    return found


def _sorted(views: list[RiskView], sort: str) -> list[RiskView]:
    if sort == "number":
        return sorted(views, key=lambda v: v.number)
    if sort == "title":
        return sorted(views, key=lambda v: (v.title.lower(), v.number))
    if sort == "next_review":
        return sorted(views, key=lambda v: (v.next_review_on is None,
                                            v.next_review_on or date.max, v.number))
    if sort == "status":
        order = list(RiskStatus.values)
        return sorted(views, key=lambda v: (order.index(v.status), v.number))
    # By value, highest first; those not yet assessed after them, by impact when known.
    return sorted(views, key=lambda v: (v.value is None, -(v.value or 0), -(v.impact or 0),
                                        v.number))


def risk_detail(project: Project, risk_id: int) -> RiskView | None:
    """One risk with its history of reviews, oldest first. Two queries."""
    risk = Risk.objects.filter(project=project, pk=risk_id).first()
    if risk is None:
        return None
    history, previous = [], None
    for review in risk.reviews.select_related("recorded_by").order_by("reviewed_on", "id"):
        value = review.likelihood * review.impact if review.likelihood and review.impact \
            else None
        changed = previous is None or (review.likelihood, review.impact, review.status) != (
            previous.likelihood, previous.impact, previous.status)
        history.append(ReviewView(
            reviewed_on=review.reviewed_on, likelihood=review.likelihood,
            impact=review.impact, value=value, status=review.status,
            status_label=review.get_status_display(), next_review_on=review.next_review_on,
            note=review.note, recorded_by=_person(review.recorded_by),
            previous_value=(previous.likelihood * previous.impact
                            if previous and previous.likelihood and previous.impact else None),
            changed=changed))
        previous = review
    view = risk_view(risk, None, history[-1].reviewed_on if history else None,
                     timezone.localdate())
    return replace(view, history=tuple(history))
