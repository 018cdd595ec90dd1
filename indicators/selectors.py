"""Reads of a project's indicators: progress as at a date or today, in a number of queries
that does not grow with the indicators, the periods or the register rows."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from indicators import progress as arithmetic
from indicators import register_figures as figures
from indicators.models import (
    CatalogueIndicator,
    Counting,
    EmployeeCount,
    IndicatorOutcome,
    ParticipationRecord,
    ProjectIndicator,
    RegisterRule,
    ReportingPeriod,
    Source,
    StatedFigure,
    StatedMeasure,
    SupportedCompany,
)
from indicators.readmodels import (
    IndicatorProgress,
    PeriodValue,
    ProjectProgress,
    StatedComparison,
)
from portal.choices import choice_label
from projects.models import Project

PARTICIPATION_RULES = {RegisterRule.PARTICIPANTS, RegisterRule.ACTIVITIES}
COMPANY_RULES = {RegisterRule.COMPANIES, RegisterRule.EMPLOYMENT_GROWTH}


def project_indicators(project: Project) -> list[ProjectIndicator]:
    return list(ProjectIndicator.objects.filter(project=project)
                .select_related("catalogue", "sub_goal", "benefit_area", "activity_type"))


def reporting_periods(project: Project) -> list[ReportingPeriod]:
    return list(ReportingPeriod.objects.filter(project=project))


def outcomes_as_at(indicator_ids, as_at: date | None) -> dict[tuple[int, int], IndicatorOutcome]:
    """The outcome of each indicator and period as it stood on the date: the record reported
    by then that had not yet been replaced. Today: the current records."""
    rows = IndicatorOutcome.objects.filter(indicator_id__in=indicator_ids)
    if as_at is None:
        rows = rows.filter(superseded_on__isnull=True)
    else:
        rows = rows.filter(Q(superseded_on__isnull=True) | Q(superseded_on__gt=as_at),
                           reported_on__lte=as_at)
    found = {}
    for row in rows.order_by("reported_on", "id"):
        found[(row.indicator_id, row.period_id)] = row  # the latest of the day wins
    return found


def load_registers(project: Project, *, participation: bool, companies: bool,
                   counts: bool) -> figures.Registers:
    """Each register in one or two queries, only when an indicator needs it."""
    loaded = figures.Registers()
    if participation:
        loaded.participation = [
            figures.ParticipationRow(r["activity_type_id"], r["held_on"], r["w"], r["m"],
                                     r["o"], r["n"])
            for r in ParticipationRecord.objects.filter(project=project)
            .values("activity_type_id", "held_on")
            .annotate(w=Sum("women"), m=Sum("men"), o=Sum("other"), n=Count("id"))
            .order_by("held_on")]
    if companies:
        for row in SupportedCompany.objects.filter(project=project).values(
                "id", "supported_from", "founded_on", "leadership", "size_class"):
            loaded.companies[row["id"]] = figures.CompanyFacts(**row)
        through = SupportedCompany.indicators.through
        for company_id, indicator_id in through.objects.filter(
                supportedcompany__project=project).values_list(
                "supportedcompany_id", "projectindicator_id"):
            loaded.links[indicator_id].add(company_id)
    if counts:
        for company_id, day, employees in EmployeeCount.objects.filter(
                company__project=project).order_by("measured_on").values_list(
                "company_id", "measured_on", "employees"):
            loaded.counts[company_id].append((day, employees))
    return loaded


def _covers(indicators: list[ProjectIndicator]) -> dict[int, set[int]]:
    """Catalogue id → the catalogue ids it covers (CO01 → CO04, CO05...)."""
    ids = [i.catalogue_id for i in indicators if i.catalogue_id]
    through = CatalogueIndicator.covers.through
    covers: dict[int, set[int]] = defaultdict(set)
    if ids:
        for source, target in through.objects.filter(
                from_catalogueindicator_id__in=ids).values_list(
                "from_catalogueindicator_id", "to_catalogueindicator_id"):
            covers[source].add(target)
    return covers


def progress(project: Project, *, as_at: date | None = None) -> ProjectProgress:
    """Every indicator's progress. `as_at` None: today, from the current records."""
    indicators = project_indicators(project)
    periods = reporting_periods(project)
    if as_at is not None:
        periods = [p for p in periods if p.start <= as_at]
    rules = {i.rule for i in indicators if i.source == Source.REGISTER}
    registers = load_registers(project, participation=bool(rules & PARTICIPATION_RULES),
                               companies=bool(rules & COMPANY_RULES),
                               counts=RegisterRule.EMPLOYMENT_GROWTH in rules)
    outcomes = outcomes_as_at([i.pk for i in indicators], as_at)
    stated = defaultdict(list)
    for figure in StatedFigure.objects.filter(project=project, indicator__isnull=False):
        stated[figure.indicator_id].append(figure)
    covers = _covers(indicators)
    today = as_at or timezone.localdate()
    elapsed = arithmetic.elapsed_share(project.start_date, project.end_date, today)
    ended = any(p.end < today for p in periods)

    by_catalogue = {i.catalogue_id: i for i in indicators if i.catalogue_id}
    built, findings = [], []
    for indicator in indicators:
        covered = {by_catalogue[c].pk for c in covers.get(indicator.catalogue_id, ())
                   if c in by_catalogue}
        item, notes = _one(indicator, project=project, periods=periods, outcomes=outcomes,
                           registers=registers, covered=covered, stated=stated[indicator.pk],
                           as_at=as_at, elapsed=elapsed, ended=ended)
        built.append(item)
        findings.extend(notes)
    findings.extend(_coverage_findings(built, indicators, covers, by_catalogue))
    areas = [a.title for a in project.benefit_areas.all()
             if not any(i.benefit_area_id == a.pk for i in indicators)]
    return ProjectProgress(
        indicators=tuple(built), as_at=as_at,
        elapsed_percent=None if elapsed is None else arithmetic.rounded(elapsed * 100, 0),
        off_track_rule=arithmetic.off_track_rule(), findings=tuple(findings),
        benefit_areas_without_indicator=tuple(areas))


def _one(indicator, *, project, periods, outcomes, registers, covered, stated, as_at, elapsed,
         ended):
    counting = indicator.counting
    notes: list[str] = []
    breakdown: tuple = ()
    label = indicator.label()
    if indicator.source == Source.REGISTER:
        counted = _from_register(indicator, project, periods, registers, covered, as_at)
        values = [c.value if c else None for c in counted.per_period]
        women = [c.women if c else None for c in counted.per_period]
        men = [c.men if c else None for c in counted.per_period]
        running = [c.value if c else None for c in counted.cumulative]
        total = counted.total
        accumulated, acc_women, acc_men = total.value, total.women, total.men
        breakdown = counted.breakdown
        period_notes = [""] * len(periods)
        reported = [None] * len(periods)
        if counted.not_new:
            notes.append(_("%(name)s: %(n)d companies counted towards it were founded too long "
                           "before the project started, or their founding date is missing, "
                           "and are left out.") % {"name": label, "n": counted.not_new})
    else:
        rows = [outcomes.get((indicator.pk, p.pk)) for p in periods]
        values = [r.value if r else None for r in rows]
        women = [r.women if r else None for r in rows]
        men = [r.men if r else None for r in rows]
        running = arithmetic.accumulate(counting, values)
        accumulated = running[-1] if running else None
        acc_women = _last(arithmetic.accumulate(counting, women))
        acc_men = _last(arithmetic.accumulate(counting, men))
        period_notes = [r.note if r else "" for r in rows]
        reported = [r.reported_on if r else None for r in rows]
    period_values = tuple(
        PeriodValue(p.pk, p.label, p.start, p.end, p.is_final, values[n], women[n], men[n],
                    running[n], period_notes[n], reported[n])
        for n, p in enumerate(periods))
    done = arithmetic.achieved(counting, accumulated, indicator.baseline)
    goal = arithmetic.distance(counting, indicator.target, indicator.baseline)
    judged = arithmetic.verdict(kind=indicator.kind, progress=done, target_distance=goal,
                                elapsed=elapsed, a_period_has_ended=ended,
                                unit=indicator.unit_label())
    direction = arithmetic.trend(counting, values)
    comparisons = tuple(
        StatedComparison(f.measure, choice_label(f, "measure"), f.value,
                         {StatedMeasure.OUTCOME: accumulated, StatedMeasure.OUTCOME_WOMEN:
                          acc_women, StatedMeasure.OUTCOME_MEN: acc_men}.get(f.measure),
                         f.source, f.stated_on, f.pk)
        for f in stated)
    catalogue = indicator.catalogue
    # Companies are split by who leads them, whether or not the indicator asks for gender,
    # as far as the register says who leads them.
    by_gender = indicator.gender_split or (
        indicator.rule == RegisterRule.COMPANIES and bool((acc_women or 0) + (acc_men or 0)))
    return IndicatorProgress(
        id=indicator.pk, code=indicator.code, name=label, unit=indicator.unit_label(),
        kind=indicator.kind, kind_label=choice_label(indicator, "kind"), is_own=indicator.is_own,
        source=indicator.source, rule=indicator.rule,
        rule_label=_rule_label(indicator), counting=counting,
        counting_label=choice_label(indicator, "counting"), gender_split=indicator.gender_split,
        goal=indicator.sub_goal.title if indicator.sub_goal_id else indicator.goal,
        benefit_area=indicator.benefit_area.title if indicator.benefit_area_id else "",
        baseline=indicator.baseline, baseline_year=indicator.baseline_year,
        target=indicator.target, target_women=indicator.target_women,
        target_men=indicator.target_men, periods=period_values, accumulated=accumulated,
        women=acc_women if by_gender else None, men=acc_men if by_gender else None,
        percent=arithmetic.percent_of(done, goal) if accumulated is not None else None,
        women_share=arithmetic.women_share(acc_women, accumulated) if by_gender else None,
        trend=direction, trend_label=arithmetic.trend_label(direction),
        off_track=judged.off_track, status_label=judged.label, status_reason=judged.reason,
        stated=comparisons, breakdown=breakdown, findings=tuple(notes), note=indicator.note,
        definition=catalogue.definition if catalogue else "",
        catalogue_reference=catalogue.reference if catalogue else "",
        portfolio_measure=indicator.portfolio_measure, as_at=as_at,
        revision=indicator.revision, outcome_revision=indicator.outcome_revision,
    ), notes


def _last(values):
    return values[-1] if values else None


def _rule_label(indicator: ProjectIndicator) -> str:
    if indicator.source != Source.REGISTER:
        return str(Source.TYPED.label)
    label = choice_label(indicator, "rule")
    if indicator.activity_type_id:
        label = f"{label}: {indicator.activity_type.name}"
    return label


def _from_register(indicator, project, periods, registers, covered, as_at) -> figures.Counted:
    rule = indicator.rule
    if rule in PARTICIPATION_RULES:
        return figures.participation(registers.participation, rule=rule,
                                     activity_type_id=indicator.activity_type_id,
                                     periods=periods, as_at=as_at)
    companies = set(registers.links.get(indicator.pk, ()))
    for other in covered:
        companies |= registers.links.get(other, set())
    if rule == RegisterRule.COMPANIES:
        years = indicator.catalogue.new_enterprise_years if indicator.catalogue_id else None
        return figures.counted_companies(
            registers, companies, periods=periods, as_at=as_at,
            new_since=figures.new_since(project.start_date, years))
    return figures.employment_growth(registers, companies, periods=periods, as_at=as_at)


def _coverage_findings(built, indicators, covers, by_catalogue) -> list[str]:
    """CO01 covers the companies of CO04 and CO05, so it can never count fewer."""
    by_id = {item.id: item for item in built}
    found = []
    for indicator in indicators:
        mine = by_id[indicator.pk]
        for covered_id in covers.get(indicator.catalogue_id, ()):
            other = by_catalogue.get(covered_id)
            if other is None:
                continue
            theirs = by_id[other.pk]
            if (theirs.accumulated or 0) > (mine.accumulated or 0):
                found.append(_(
                    "%(code)s counts %(mine)s, fewer than the %(theirs)s of %(other)s, whose "
                    "companies it covers.") % {
                    "code": mine.code, "mine": _plain(mine.accumulated),
                    "theirs": _plain(theirs.accumulated), "other": theirs.code})
    return found


def _plain(value: Decimal | None) -> str:
    if value is None:
        return "0"
    return f"{value.normalize():f}".replace(".", ",")


def indicator_of(project: Project, indicator_id: int) -> ProjectIndicator:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        ProjectIndicator.objects.select_related("catalogue", "sub_goal", "benefit_area",
                                                "activity_type"),
        pk=indicator_id, project=project)


def outcome_history(indicator: ProjectIndicator) -> list[IndicatorOutcome]:
    """Every outcome ever reported for the indicator, newest first: the dated records
    “as at” reads are made from."""
    return list(indicator.outcomes.select_related("period", "recorded_by")
                .order_by("-reported_on", "-id"))


def counting_label(counting: str) -> str:
    return str(Counting(counting).label)
