"""The register tab's body and the register's downloads, built once per change of what they
show and kept.

Reading a register of 100 reviewed risks, placing them on the heat map and writing the table
took most of the tab's time, on every visit. What they show changes only with the project's
data (every change is audited and moves its change stamp), the reference data (the
programme's risk rules: the reference stamp), the day (which reviews are overdue), the day
asked for, the filter and the language: kept under those (`portal.stamps`). Nothing in the
body depends on the person; the buttons under it are drawn on every visit."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from portal import stamps
from risks import selectors
from risks.forms import FilterForm
from risks.heatmap import heat_map
from risks.integration import risk_problems
from risks.models import RiskStatus
from risks.selectors import RiskRegisterView

BODY_TEMPLATE = "risks/partials/register_body.html"
T = TypeVar("T")


@dataclass(frozen=True)
class RegisterBody:
    html: SafeString  # the summary, the problems, the heat map, the filter and the table
    total: int  # risks in the register, shown or not


def register_body(project, as_at: date | None, as_at_name: str,
                  query: QueryDict) -> RegisterBody:
    return _kept(project, "risk-register", as_at, query,
                 lambda: rendered(project, as_at, as_at_name, query))


def download_of(project, name: str, as_at: date | None, query: QueryDict,
                make: Callable[[RiskRegisterView], T]) -> T:
    """What `make` writes from the register as filtered (the heat map, the workbook), kept."""
    return _kept(project, f"risk-{name}", as_at, query, lambda: make(
        selectors.register_view(project, as_at=as_at,
                                filters=FilterForm(query or None).filters())))


def rendered(project, as_at: date | None, as_at_name: str, query: QueryDict) -> RegisterBody:
    filter_form = FilterForm(query or None)
    found = selectors.register_view(project, as_at=as_at, filters=filter_form.filters())
    html = render_to_string(BODY_TEMPLATE, {
        "project": project, "register": found, "map": heat_map(found.risks), "as_at": as_at,
        "as_at_name": as_at_name, "filter_form": filter_form, "statuses": RiskStatus.choices,
        "problems": risk_problems(project) if not as_at else []})
    return RegisterBody(mark_safe(html), found.total)  # noqa: S308 - our template, autoescaped


def _kept(project, name: str, as_at: date | None, query: QueryDict, build: Callable[[], T]
          ) -> T:
    # The query as asked (what the filter form shows again), in a fixed order.
    asked = sorted(query.lists())
    return stamps.kept(name, project.pk, (get_language(), timezone.localdate(), as_at, asked),
                       build)
