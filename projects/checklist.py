"""The overview's checklist: what each section still lacks and what the other apps'
submission checks find, each check an item linked to where its problems are fixed.

Working it out reads every row list of the application, the budgets' every cell, the whole
plan and the risk register (a third of a second for a project of Jems' size) to say, usually,
that nothing is missing; the overview shows it on every visit. What it finds changes only
with the project's data (every change is audited and moves its change stamp), the reference
data (programmes, rules, exchange rates: the reference stamp), the day (the plan's dates,
today's exchange rate) and the language the gaps are worded in: kept under those
(`portal.stamps.kept`). Who saved a section, and when, is read on every visit, not kept.
Submitting checks everything afresh (`ApplicationType.missing`)."""

from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from portal import stamps
from projects import extensions
from projects.sections import sections_for


@dataclass(frozen=True)
class CheckStatus:
    """A rule another app checks before submission (the budget balances, the caps hold),
    an item of the checklist beside the sections, linked to where it is fixed."""

    label: str
    url: str
    missing: list

    @property
    def complete(self) -> bool:
        return not self.missing


def submission_checks(project) -> list[CheckStatus]:
    """Every registered check, run now; labels and problems as text in the active language."""
    checks = []
    for check in extensions.submission_checks:
        found = check(project)
        place = extensions.submission_check_places.get(check)
        url = reverse(place.url_name, args=[project.slug]) if place and place.url_name else ""
        if place:
            checks.append(CheckStatus(str(place.label), url,
                                      [str(p) for problems in found.values() for p in problems]))
        else:
            checks.extend(CheckStatus(str(heading), url, [str(p) for p in problems])
                          for heading, problems in found.items() if problems)
    return checks


@dataclass(frozen=True)
class Checklist:
    gaps: dict[str, list[str]]  # section key -> what the section still lacks
    checks: list[CheckStatus]


def checklist(project) -> Checklist:
    """Worked out now: the gaps of the sections the project's form has, and every check."""
    shown = sections_for(project)
    prefetch_related_objects([project], *(rows.name for section in shown
                                          for rows in section.lists))
    return Checklist({section.key: [str(gap) for gap in section.missing(project)]
                      for section in shown},
                     submission_checks(project))


def kept_checklist(project, stamped: stamps.Stamped | None = None) -> Checklist:
    """The checklist as `checklist` works it out, once per change of what it reads."""
    return (stamped or stamps.of_project(project.pk)).kept(
        "overview-checklist", (get_language(), timezone.localdate()), lambda: checklist(project))
