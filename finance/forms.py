"""Reading the grids as posted: every cell keeps what was typed, errors sit at their cell."""

from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from finance.amounts import AmountError, parse_amount
from finance.models import BudgetPeriod, CategoryKind, CostCategory, Currency, FinancingType
from finance.services.financing import SourceInput
from portal.models import Country

AMOUNT_HELP = gettext_lazy("An amount such as 1 095 400 or 1095400,50.")
MAX_ROWS = 500


def cell_name(category_id: int, period_id: int) -> str:
    return f"c-{category_id}-{period_id}"


def amount_error(error: AmountError) -> str:
    messages = {
        "negative": _("Amounts cannot be negative."),
        "separators": _("Use one decimal comma at most, e.g. 1095400,50."),
        "too large": _("The amount is too large."),
    }
    return messages.get(str(error), _("Not an amount; write e.g. 1 095 400."))


def read_amount(text, errors: dict, name: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except AmountError as error:
        errors[name] = amount_error(error)
        return None


def read_revision(data) -> int:
    try:
        return int(data.get("revision", ""))
    except (TypeError, ValueError):
        return -1


@dataclass
class CostGrid:
    """The cost cells as posted: amounts by (category, period), the raw text and errors."""

    amounts: dict[tuple[int, int], Decimal | None] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    revision: int = -1

    @property
    def is_valid(self) -> bool:
        return not self.errors


def read_cost_grid(data, categories: list[CostCategory], periods: list[BudgetPeriod]) -> CostGrid:
    grid = CostGrid(revision=read_revision(data))
    for category in categories:
        if category.kind == CategoryKind.FLAT_RATE:
            continue
        for period in periods:
            name = cell_name(category.pk, period.pk)
            if name not in data:
                continue
            text = data.get(name, "")
            grid.raw[name] = text
            grid.amounts[(category.pk, period.pk)] = read_amount(text, grid.errors, name)
    return grid


@dataclass
class FinancingGrid:
    rows: list[SourceInput] = field(default_factory=list)
    raw: list[dict] = field(default_factory=list)  # per row: field name -> typed text
    errors: dict[str, str] = field(default_factory=dict)
    revision: int = -1

    @property
    def is_valid(self) -> bool:
        return not self.errors


def read_financing_grid(data, periods: list[BudgetPeriod], financier_ids: set[int]
                        ) -> FinancingGrid:
    grid = FinancingGrid(revision=read_revision(data))
    try:
        count = min(int(data.get("rows", "0")), MAX_ROWS)
    except ValueError:
        count = 0
    for index in range(count):
        prefix = f"s{index}-"
        if f"{prefix}type" not in data:
            continue  # a row removed in the browser before saving
        raw = {key: data.get(prefix + key, "") for key in
               ("id", "financier", "description", "type")}
        raw["preliminary"] = bool(data.get(prefix + "preliminary"))
        raw["delete"] = bool(data.get(prefix + "delete"))
        row = SourceInput(
            id=_int(raw["id"]), financier_id=_int(raw["financier"]),
            description=raw["description"].strip()[:200], financing_type=raw["type"],
            preliminary=raw["preliminary"], delete=raw["delete"])
        if row.financier_id is not None and row.financier_id not in financier_ids:
            grid.errors[prefix + "financier"] = _("Choose a financier from the list.")
        for period in periods:
            name = f"{prefix}p{period.pk}"
            raw[f"p{period.pk}"] = data.get(name, "")
            row.amounts[period.pk] = read_amount(raw[f"p{period.pk}"], grid.errors, name)
        if row.is_empty():
            continue
        if not row.delete:
            if not row.financier_id and not row.description:
                grid.errors[prefix + "financier"] = _("Name the financier or describe the source.")
            if row.financing_type not in FinancingType.values:
                grid.errors[prefix + "type"] = _("Choose a financing type.")
        raw["index"] = len(grid.rows)  # where the row is shown when the page comes back
        raw["posted"] = index  # the number it was posted under; errors use it
        grid.rows.append(row)
        grid.raw.append(raw)
    return grid


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class NewBudgetForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200,
                           help_text=gettext_lazy("E.g. “Svensk projektbudget”."))
    currency = forms.ChoiceField(label=gettext_lazy("Currency"), choices=Currency.choices)
    country = forms.ChoiceField(label=gettext_lazy("Country side"), choices=Country.choices)
    category_set = forms.ModelChoiceField(label=gettext_lazy("Cost categories"),
                                          queryset=None, empty_label=None)
    first_year = forms.IntegerField(label=gettext_lazy("First year"), min_value=1990,
                                    max_value=2100)
    last_year = forms.IntegerField(label=gettext_lazy("Last year"), min_value=1990,
                                   max_value=2100)

    def __init__(self, *args, sets, project, **kwargs):
        super().__init__(*args, **kwargs)
        from finance.models import CostCategorySet

        self.fields["category_set"].queryset = CostCategorySet.objects.filter(
            pk__in=[s.pk for s in sets])
        if sets:
            self.fields["category_set"].initial = sets[0].pk
        self.fields["currency"].initial = project.programme.reporting_currency \
            if project.programme.reporting_currency != "EUR" else "SEK"
        self.fields["country"].initial = project.programme.country
        if project.start_date:
            self.fields["first_year"].initial = project.start_date.year
        if project.end_date:
            self.fields["last_year"].initial = project.end_date.year

    def clean(self):
        data = super().clean()
        first, last = data.get("first_year"), data.get("last_year")
        if first and last and not 0 <= last - first < 30:
            raise forms.ValidationError(_("The last year must be within 30 years after the "
                                          "first."))
        return data


class OutcomeReportForm(forms.Form):
    label = forms.CharField(label=gettext_lazy("Period"), max_length=80,
                            help_text=gettext_lazy("E.g. “2020-01-01 – 2020-06-30”."))
    period_start = forms.DateField(label=gettext_lazy("From"), required=False,
                                   widget=forms.DateInput(attrs={"type": "date"}))
    period_end = forms.DateField(label=gettext_lazy("To"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data
