"""Reading the grids as posted: every cell keeps what was typed, errors sit at their cell."""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import cast

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


_ASCII_ID = re.compile(r"[0-9]{1,18}")


def ascii_id(text) -> int | None:
    """A posted id or count: ASCII digits only (`int()` would also read '٣' or '３', and
    '²' passes `isdigit()` but not `int()`), and small enough for the database."""
    if isinstance(text, str) and _ASCII_ID.fullmatch(text.strip()):
        return int(text.strip())
    return None


def ascii_ids(texts) -> list[int]:
    return [pk for pk in (ascii_id(t) for t in texts) if pk is not None]


def read_count(data, name: str, limit: int) -> int:
    """How many rows a form says it posts, at most `limit`; 0 when unreadable."""
    return min(ascii_id(data.get(name, "0")) or 0, limit)


def read_revision(data) -> int:
    value = ascii_id(data.get("revision", ""))
    return -1 if value is None else value


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


def read_financing_grid(data, periods: list[BudgetPeriod]) -> FinancingGrid:
    """The plan as posted. A financier is an organisation id (from a list, or a search
    field that posts the id); ids that name no organisation are marked at their row."""
    grid = FinancingGrid(revision=read_revision(data))
    columns = [(period.pk, f"p{period.pk}") for period in periods]  # 60 periods × 50 rows
    for index in range(read_count(data, "rows", MAX_ROWS)):
        prefix = f"s{index}-"
        if f"{prefix}type" not in data:
            continue  # a row removed in the browser before saving
        raw = {key: data.get(prefix + key, "") for key in
               ("id", "financier", "description", "type")}
        raw["preliminary"] = bool(data.get(prefix + "preliminary"))
        raw["delete"] = bool(data.get(prefix + "delete"))
        row = SourceInput(
            id=ascii_id(raw["id"]), financier_id=ascii_id(raw["financier"]),
            description=raw["description"].strip()[:200], financing_type=raw["type"],
            preliminary=raw["preliminary"], delete=raw["delete"])
        for period_id, column in columns:
            name = prefix + column
            raw[column] = data.get(name, "")
            row.amounts[period_id] = read_amount(raw[column], grid.errors, name)
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
    _check_financiers(grid)
    return grid


def _check_financiers(grid: FinancingGrid) -> None:
    """One query for the posted ids, however many organisations there are."""
    from portal.models import Organisation

    posted = {row.financier_id for row in grid.rows if row.financier_id is not None}
    known = set(Organisation.objects.filter(pk__in=posted).values_list("pk", flat=True))
    for raw, row in zip(grid.raw, grid.rows, strict=True):
        if row.financier_id is not None and row.financier_id not in known:
            grid.errors[f"s{raw['posted']}-financier"] = _("Choose a financier from the list.")


@dataclass
class SettingsInput:
    """The budget's settings as posted: name, note, periods (id or None, label, start, end)
    and flat rates by category id (None: the category's own rate)."""

    name: str
    note: str
    periods: list[tuple[int | None, str, date | None, date | None]]
    rates: dict[int, Decimal | None]
    revision: int
    errors: dict[str, str] = field(default_factory=dict)


MAX_PERIODS = 200


def read_settings(data, flat: list[CostCategory], current_name: str) -> SettingsInput:
    errors: dict[str, str] = {}
    periods = []
    for index in range(read_count(data, "periods", MAX_PERIODS)):
        label = data.get(f"period-{index}-label", "").strip()
        if data.get(f"period-{index}-delete") or not label:
            continue
        posted_id = data.get(f"period-{index}-id", "")
        pk = ascii_id(posted_id)
        if posted_id.strip() and pk is None:
            errors[f"period-{index}-label"] = _("This period is not one of the budget's.")
        start = _date(data.get(f"period-{index}-start"), errors, f"period-{index}-start")
        end = _date(data.get(f"period-{index}-end"), errors, f"period-{index}-end")
        periods.append((pk, label[:40], start, end))
    rates: dict[int, Decimal | None] = {}
    for category in flat:
        text = data.get(f"rate-{category.pk}", "")
        try:
            value = parse_amount(text)
        except AmountError:
            errors[f"rate-{category.pk}"] = _("Write a percentage such as 15 or 20,5.")
            continue
        if value is not None and value > Decimal(100):
            errors[f"rate-{category.pk}"] = _("At most 100 per cent.")
        rates[category.pk] = value
    return SettingsInput(name=data.get("name", current_name).strip() or current_name,
                         note=data.get("note", ""), periods=periods, rates=rates,
                         revision=read_revision(data), errors=errors)


def _date(text, errors, name) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors[name] = _("Write the date as YYYY-MM-DD.")
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

        field = cast(forms.ModelChoiceField, self.fields["category_set"])
        field.queryset = CostCategorySet.objects.filter(pk__in=[s.pk for s in sets])
        # Shown from the sets already read: the queryset is read only to check a POST.
        field.choices = [(s.pk, str(s)) for s in sets]
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
