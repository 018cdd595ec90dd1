"""The financing plan's rows, its total rows and the organisation chooser are written in
Python; their markup is exactly what the templates they replace wrote (kept here as
references), escaping included, in every language."""

import itertools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from django.template import Context, Engine
from django.utils import translation
from django.utils.safestring import mark_safe

from finance.models import FinancingType
from finance.views.grid_cells import FinancingRows, financing_foot
from portal.organisation_field import chooser_context, chooser_html

REFERENCES = Engine(dirs=[str(Path(__file__).parent / "reference_templates")], libraries={
    "i18n": "django.templatetags.i18n", "finance": "finance.templatetags.finance"})
NASTY = '<b>"Fond & co\'s"</b>'


@dataclass
class Period:
    pk: int
    label: str


PERIODS = [Period(41, "2025"), Period(42, NASTY), Period(43, "År 3")]


def reference_row(row: dict) -> str:
    cells = [{**cell, "name": f"s{row['index']}-p{period.pk}", "label": period.label}
             for cell, period in zip(row["cells"], PERIODS, strict=True)]
    return REFERENCES.get_template("financing_row.html").render(Context(
        {"row": {**row, "cells": cells}, "types": FinancingType.choices}))


def rows():
    yield from ({
        "index": index, "number": number, "id": id_, "financier": financier,
        "financier_text": text, "description": description, "type": type_,
        "preliminary": preliminary, "delete": delete, "total": total,
        "financier_error": financier_error, "type_error": type_error,
        "cells": [{"value": "1 000", "error": ""}, {"value": NASTY, "error": NASTY},
                  {"value": "", "error": "Inget giltigt belopp"}],
    } for (index, number), id_, (financier, text), description, type_, (preliminary, delete),
        total, (financier_error, type_error) in itertools.product(
            [(0, 1), (12, 13), ("__index__", "__number__")], ["", 7, None, '7"'],
            [("", ""), (5, "Luleå kommun"), ("", NASTY)], ["", NASTY],
            [FinancingType.PUBLIC_CASH, "eu_fund", "", "okänd"],
            [(False, False), (True, True)], [0, "1095400.50", -12],
            [("", ""), (NASTY, "Välj en typ")]))


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_the_rows_are_written_as_the_template_wrote_them(language):
    with translation.override(language):
        write = FinancingRows(PERIODS, FinancingType.choices)
        for row in rows():
            row["chooser"] = chooser_context(
                name=f"s{row['index']}-financier", id=f"s{row['index']}-financier",
                pk=row["financier"], text=row["financier_text"], search_url="/p/x/org/?a=1&b=2",
                invalid=bool(row["financier_error"]),
                error_id=f"err-s{row['index']}-financier" if row["financier_error"] else "")
            assert write(row) == reference_row(row)


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_the_chooser_is_written_as_its_template_wrote_it(language):
    template = REFERENCES.get_template("includes/organisation_chooser.html")
    with translation.override(language):
        for name, pk, text, invalid, error_id in itertools.product(
                ["s0-financier", NASTY], ["", 7, "12", None],
                ["", "Luleå kommun", NASTY, mark_safe("<i>kept</i>")], [False, True],
                ["", "err-s0-financier", NASTY]):
            chooser = chooser_context(name=name, id=name, pk=pk, text=text,
                                      search_url="/p/x/org/?a=1&b=2", invalid=invalid,
                                      error_id=error_id)
            assert chooser_html(chooser) == template.render(Context({"chooser": chooser}))


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_the_total_rows_are_written_as_the_template_wrote_them(language):
    template = REFERENCES.get_template("financing_foot.html")
    financing = [Decimal("1095400.50"), Decimal(0), Decimal(12)]
    eligible = [Decimal(1000000), Decimal("0.01"), Decimal(0)]
    foot = {"financing": financing, "eligible": eligible,
            "difference": [f - e for f, e in zip(financing, eligible, strict=True)],
            "financing_total": sum(financing), "eligible_total": sum(eligible),
            "difference_total": sum(financing) - sum(eligible)}
    with translation.override(language):
        for editable, oob in itertools.product([False, True], [False, True]):
            for shown in (foot, {**foot, "difference_total": Decimal(0)},
                          {**foot, "difference_total": Decimal(-5)}):
                context = {"foot": shown, "editable": editable}
                if oob:
                    context["oob"] = True
                assert financing_foot(shown, editable=editable, oob=oob) == template.render(
                    Context(context))
