"""Writing the totals stored with a budget version (see `finance.models.totals`).

Called at the end of every service that changes a version's parts, inside its transaction,
so the stored figures never disagree with the parts they come from.
"""

from django.db.models import QuerySet
from django.utils import timezone

from finance.amounts import ZERO, cents
from finance.conversion import Conversion, application_is_open, conversions_for
from finance.figures import Figures
from finance.models import BudgetVersion, CategoryKind, FinancingType, ProgrammeRules
from finance.names import FrozenNames
from finance.selectors import figures_of_versions, programme_rules
from projects.models import Project

PUBLIC_TYPES = {FinancingType.PUBLIC_CASH, FinancingType.PUBLIC_IN_KIND,
                FinancingType.EU_FUND, FinancingType.NORWEGIAN_IR}


def totals_from(figures: Figures, conversion: Conversion) -> dict:
    """The stored fields of a version, from its figures and the rate in force."""
    by_type = figures.financing_by_type
    flat = sum((row.total for row in figures.rows if row.computed), ZERO)

    def converted(amount):
        return conversion.convert(amount) if conversion.available else None

    return {
        "cost_total": cents(figures.cost_total),
        "income_total": cents(figures.income_total),
        "eligible_total": cents(figures.eligible_total),
        "flat_rate_total": cents(flat),
        "in_kind_total": cents(figures.total_of_kind(CategoryKind.IN_KIND)),
        "financing_total": cents(figures.financing_total),
        "public_financing_total": cents(sum((v for t, v in by_type.items()
                                             if t in PUBLIC_TYPES), ZERO)),
        "eu_financing_total": cents(by_type.get(FinancingType.EU_FUND, ZERO)),
        "reporting_currency": conversion.to,
        "rate": conversion.rate,
        "rate_method": conversion.method,
        "rate_source": conversion.source[:300],
        "rate_on": conversion.on,
        "reporting_cost_total": converted(figures.cost_total),
        "reporting_eligible_total": converted(figures.eligible_total),
        "reporting_financing_total": converted(figures.financing_total),
    }


def names_of(figures: Figures) -> dict:
    """The catalogue names the version is submitted with, as `finance.names` reads them."""
    return FrozenNames(category_set=figures.category_set_name,
                       categories={row.category.pk: row.label for row in figures.rows}
                       ).as_data()


def refresh_totals(versions: list[BudgetVersion], project: Project, *,
                   freeze: bool = False, for_snapshot: bool = False) -> None:
    """Recompute and store the totals of the given versions (each with `.budget`).

    `freeze` stores the rate applied as the one frozen with the version: at submission.
    """
    if not versions:
        return
    rules = programme_rules(project)
    conversions = conversions_for(project, versions, rules, for_snapshot=for_snapshot,
                                  is_open=application_is_open(project))
    figures = figures_of_versions(versions, catalogue_names=freeze)
    now = timezone.now()
    for version in versions:
        fields = totals_from(figures[version.pk], conversions[version.budget_id])
        fields["totals_at"] = now
        if freeze:
            fields["rate_frozen_at"] = now
            fields["frozen_names"] = names_of(figures[version.pk])
        BudgetVersion.objects.filter(pk=version.pk).update(**fields)
        for name, value in fields.items():
            setattr(version, name, value)


def versions_to_freeze(project: Project) -> QuerySet[BudgetVersion]:
    """The current versions a submission freezes the rate of: all of them when the
    application itself is submitted, the revisions without a frozen rate when a change
    request is."""
    return (BudgetVersion.objects.filter(budget__project=project, superseded_at__isnull=True)
            .select_related("budget"))


STORED_FIELDS = ("cost_total", "income_total", "eligible_total", "flat_rate_total",
                 "in_kind_total", "financing_total", "public_financing_total",
                 "eu_financing_total", "reporting_currency", "rate", "rate_method",
                 "rate_source", "rate_on", "reporting_cost_total", "reporting_eligible_total",
                 "reporting_financing_total", "totals_at", "rate_frozen_at")


def refresh_totals_in_bulk(version_ids: list[int], *, chunk: int = 500) -> None:
    """For loaders that write thousands of budgets at once (the generated portfolio): the
    same totals as `refresh_totals`, a dozen queries per `chunk` versions instead of per
    project. The rate is the day's; a version of an application already submitted gets it
    as its frozen rate, as a submission would have stored it."""
    from finance.conversion import live_conversion
    from projects.lifecycle import EDITABLE_STATUSES

    rules: dict[int, ProgrammeRules | None] = {}
    rates: dict[tuple[int, str], Conversion] = {}
    now = timezone.now()
    for start in range(0, len(version_ids), chunk):
        versions = list(BudgetVersion.objects.filter(pk__in=version_ids[start:start + chunk])
                        .select_related("budget__project__programme"))
        figures = figures_of_versions(versions)
        for version in versions:
            project = version.budget.project
            programme = project.programme
            if programme.pk not in rules:
                rules[programme.pk] = programme_rules(project)
            key = (programme.pk, version.budget.currency)
            if key not in rates:
                rates[key] = live_conversion(rules[programme.pk], version.budget.currency,
                                             programme.reporting_currency)
            for name, value in totals_from(figures[version.pk], rates[key]).items():
                setattr(version, name, value)
            version.totals_at = now
            if project.status not in EDITABLE_STATUSES:
                version.rate_frozen_at = now
                version.frozen_names = names_of(figures[version.pk])
        BudgetVersion.objects.bulk_update(versions, (*STORED_FIELDS, "frozen_names"),
                                          batch_size=chunk)
