"""Reads of the registers: who took part in what, and how the supported companies grew.
Query counts are fixed, whatever the number of records or companies."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Min, OuterRef, Q, Subquery, Sum
from django.utils.translation import gettext as _

from indicators.models import (
    ActivityType,
    EmployeeCount,
    Leadership,
    ParticipantName,
    ParticipationRecord,
    StatedFigure,
    StatedMeasure,
    SupportedCompany,
)
from indicators.progress import rounded, women_share
from indicators.readmodels import (
    ActivityTypeSummary,
    CompanyGrowth,
    CompanyRegisterSummary,
    ParticipantSummary,
    StatedComparison,
)
from portal.choices import choice_label
from portal.organisation_numbers import display
from portal.sorting import natural_key
from projects.models import Project

ZERO = Decimal(0)


def _stated(project: Project, computed: dict[str, Decimal | None]) -> tuple:
    figures = StatedFigure.objects.filter(project=project, indicator__isnull=True,
                                          measure__in=list(computed))
    return tuple(StatedComparison(f.measure, choice_label(f, "measure"), f.value,
                                  computed[f.measure], f.source, f.stated_on, f.pk)
                 for f in figures)


def participant_summary(project: Project, *, as_at: date | None = None) -> ParticipantSummary:
    upto = Q() if as_at is None else Q(records__held_on__lte=as_at)
    kinds = list(ActivityType.objects.filter(project=project).annotate(
        n=Count("records", filter=upto), w=Sum("records__women", filter=upto),
        m=Sum("records__men", filter=upto), o=Sum("records__other", filter=upto))
        .order_by("position", "id"))
    by_type = tuple(ActivityTypeSummary(
        k.pk, k.name, k.plan_reference, k.stated_count, k.stated_source, k.n, (k.w or 0)
        + (k.m or 0) + (k.o or 0), k.w or 0, k.m or 0, k.o or 0) for k in kinds)
    records = ParticipationRecord.objects.filter(project=project)
    if as_at is not None:
        records = records.filter(held_on__lte=as_at)
    span = records.aggregate(first=Min("held_on"), last=Max("held_on"))
    women = sum(t.women for t in by_type)
    total = sum(t.participants for t in by_type)
    stated = _stated(project, {StatedMeasure.PARTICIPANTS: Decimal(total),
                               StatedMeasure.PARTICIPANTS_WOMEN: Decimal(women)})
    return ParticipantSummary(
        activities=sum(t.activities for t in by_type), participants=total, women=women,
        men=sum(t.men for t in by_type), other=sum(t.other for t in by_type),
        women_share=women_share(Decimal(women), Decimal(total)),
        first_date=span["first"], last_date=span["last"], by_type=by_type, stated=stated,
        names_kept=ParticipantName.objects.filter(record__project=project).count(),
        as_at=as_at)


def participation_records(project: Project, *, activity_type_id: int | None = None):
    """The records for a list page, newest first, with their activity type; paginate it."""
    records = (ParticipationRecord.objects.filter(project=project)
               .select_related("activity_type").annotate(name_count=Count("names"))
               .order_by("-held_on", "-id"))
    if activity_type_id:
        records = records.filter(activity_type_id=activity_type_id)
    return records


def company_register(project: Project, *, as_at: date | None = None,
                     rows: slice | None = None) -> CompanyRegisterSummary:
    """The register's totals over every company, and the companies themselves: all of them,
    or only `rows` (a page), so a page of a register of thousands reads fifty."""
    counted = EmployeeCount.objects.filter(company__project=project)
    if as_at is not None:
        counted = counted.filter(measured_on__lte=as_at)
    facts = _company_facts(project, as_at)
    companies = _companies_in_order(project, facts, rows)
    ids = [company.pk for company in companies]
    counts: dict[int, list] = defaultdict(list)
    for company_id, day, label, employees in counted.filter(company_id__in=ids).order_by(
            "measured_on").values_list("company_id", "measured_on", "label", "employees"):
        counts[company_id].append((day, label, employees))
    labels: dict[date, str] = {}
    for day, label in counted.order_by("measured_on", "id").values_list("measured_on",
                                                                        "label"):
        labels.setdefault(day, label or str(day))
    codes: dict[int, list[str]] = defaultdict(list)
    through = SupportedCompany.indicators.through
    for company_id, code, name in through.objects.filter(
            supportedcompany_id__in=ids).values_list(
            "supportedcompany_id", "projectindicator__catalogue__code",
            "projectindicator__name"):
        codes[company_id].append(code or name)

    built = [_growth(company, counts.get(company.pk, []), codes[company.pk])
             for company in companies]
    measured = [(first, latest) for _pk, _name, _lead, first, latest in facts
                if first is not None]
    first_total = sum((first for first, _latest in measured), ZERO)
    latest_total = sum((latest for _first, latest in measured), ZERO)
    growth_total = latest_total - first_total
    leadership = defaultdict(int)
    for _pk, _name, lead, _first, _latest in facts:
        leadership[lead] += 1
    stated = _stated(project, {
        StatedMeasure.EMPLOYEES_FIRST: first_total, StatedMeasure.EMPLOYEES_LATEST: latest_total,
        StatedMeasure.EMPLOYEE_GROWTH: growth_total,
        StatedMeasure.COMPANIES: Decimal(len(facts))})
    return CompanyRegisterSummary(
        companies=tuple(built), count=len(facts), employees_first=first_total,
        employees_latest=latest_total, growth=growth_total,
        growth_percent=rounded(growth_total * 100 / first_total) if first_total else None,
        led_by_women=leadership[Leadership.WOMAN], led_by_men=leadership[Leadership.MAN],
        shared_leadership=leadership[Leadership.SHARED], stated=stated, as_at=as_at,
        measurement_labels=tuple(labels[day] for day in sorted(labels)))


def _companies_in_order(project: Project, facts: list[tuple],
                        rows: slice | None) -> list[SupportedCompany]:
    """The companies by name as people read it ("Företag 11" before "Företag 107"), which
    no collation of both databases gives: all of them, or the page `rows` of that order,
    found by the names the facts already hold."""
    if rows is None:
        return sorted(SupportedCompany.objects.filter(project=project),
                      key=lambda company: (natural_key(company.name), company.pk))
    ordered = sorted(facts, key=lambda fact: (natural_key(fact[1]), fact[0]))
    ids = [fact[0] for fact in ordered[rows]]
    found = SupportedCompany.objects.in_bulk(ids) if ids else {}
    return [found[pk] for pk in ids]


def _company_facts(project: Project, as_at: date | None) -> list[tuple]:
    """Per company: id, name, leadership, employees at its first and at its latest count,
    read by the database in one query (each count found along the company's (company, date)
    index: one date per company, so the date orders them)."""
    own = EmployeeCount.objects.filter(company_id=OuterRef("pk"))
    if as_at is not None:
        own = own.filter(measured_on__lte=as_at)
    first = own.order_by("measured_on").values("employees")[:1]
    latest = own.order_by("-measured_on").values("employees")[:1]
    return list(SupportedCompany.objects.filter(project=project).order_by()
                .annotate(first=Subquery(first), latest=Subquery(latest))
                .values_list("pk", "name", "leadership", "first", "latest"))


def _growth(company: SupportedCompany, own: list, codes: list[str]) -> CompanyGrowth:
    first = own[0] if own else None
    latest = own[-1] if own else None
    growth = latest[2] - first[2] if own else None
    return CompanyGrowth(
        id=company.pk, name=company.name,
        organisation_number=display(company.organisation_number, company.country),
        country=company.country, municipality=company.municipality,
        industry=company.industry, leadership=company.leadership,
        leadership_label=choice_label(company, "leadership"), size_class=company.size_class,
        support_kind_label=choice_label(company, "support_kind"),
        support_amount=company.support_amount, supported_from=company.supported_from,
        first=first[2] if first else None, first_label=_label(first),
        latest=latest[2] if latest else None, latest_label=_label(latest),
        growth=growth,
        growth_percent=rounded(growth * 100 / first[2]) if own and first[2] else None,
        stated_growth=company.stated_growth, indicator_codes=tuple(sorted(codes)),
        note=company.note, revision=company.revision)


def _label(count) -> str:
    if count is None:
        return ""
    day, label, _employees = count
    return label or str(day)


def stated_measure_label(measure: str) -> str:
    return str(StatedMeasure(measure).label) if measure else _("Stated figure")
