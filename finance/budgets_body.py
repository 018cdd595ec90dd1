"""The budget tab's figures: every budget's costs and financing per period, its conversion
and findings, and the joint total, rendered once per change of what they show and kept.

Working them out reads every budget's cells, financing and exchange rates and checks the
programme's rules: about 70 ms for a project of Jems' size (3 budgets × 60 periods), and the
table of 180 columns costs as much again to draw, on every visit. They change only with the
project's data (every change is audited and moves its change stamp), the reference data
(rules, exchange rates: the reference stamp), the day (today's rate while the application
is open) and the language: kept under those (`portal.stamps.kept`). What depends on the
person (their own share, the form for a new budget) is drawn around it on every visit."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from finance.selectors import UNREAD
from finance.summary import project_finance
from portal import stamps

BODY_TEMPLATE = "finance/partials/budgets_body.html"


@dataclass(frozen=True)
class BudgetsBody:
    html: SafeString
    has_budgets: bool


def budgets_body(project, rules=UNREAD) -> BudgetsBody:
    """`rules`: the programme's rules when the caller has read them (for the new budget's
    form), so that a first visit reads them once."""
    return stamps.kept("finance-budgets", project.pk, (get_language(), timezone.localdate()),
                       lambda: rendered(project, rules))


def rendered(project, rules=UNREAD) -> BudgetsBody:
    finance = project_finance(project, rules=rules)
    html = render_to_string(BODY_TEMPLATE, {"project": project, "finance": finance})
    return BudgetsBody(mark_safe(html),  # noqa: S308 - our template, autoescaped
                       bool(finance.budgets))
