"""The dashboard page's content, rendered once per change of what it shows and kept.
Recomputing it reads the project's whole history (every budget's figures, every
indicator outcome, the plan, the risk reviews): a fifth of a second for a large project, on
every visit of every steering-group member. A visit after nothing changed shows the kept copy.

A copy is kept under everything it depends on: the release, the project's change stamp and
the reference stamp (organisations, programmes; both move with every audited change,
`portal.stamps`), today's date (the time light moves with the calendar), the days asked for,
the language and whose share is shown (a financier sees only their own financing lines).
Kept in the "pages" cache: each process's own, or shared by all web workers on Redis
(settings.CACHE_BACKEND)."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from portal import stamps
from projects.lifecycle import lifecycle_of
from projects.pages import period_in_force
from reports.portfolio import dashboard as boards
from reports.portfolio.access import DashboardAccess
from reports.portfolio.board_page import EVERY_LINE, Share, board_context, share_of

BODY_TEMPLATE = "portfolio/partials/dashboard_body.html"


@dataclass(frozen=True)
class BoardPage:
    """What the page around the content needs to know of the two dashboards."""

    day: date
    as_at: date | None
    before_day: date | None
    has_before: bool
    compared_to_meeting: bool
    body: SafeString
    in_force: tuple[str, str] | None  # the header's period in force: project data too


def board_page(user, project, abilities: DashboardAccess, as_at: date | None,
               compare: date | None) -> BoardPage:
    share = share_of(user, abilities)
    return _kept(project, as_at, compare, share)


def refresh(project) -> None:
    """After a change, in the worker: store today's lights and, where the web workers share
    the kept pages (Redis), render today's dashboard in the portal's first language for every
    reader but financiers, so that the next visit after a change is not the one that waits."""
    if settings.CACHE_BACKEND != "redis":
        boards.store_lights(boards.dashboard(project))
        return
    with translation.override(settings.LANGUAGE_CODE):
        _kept(project, None, None, EVERY_LINE)


def _kept(project, as_at: date | None, compare: date | None, share: Share) -> BoardPage:
    return stamps.kept("dashboard", project.pk,
                       (timezone.localdate(), as_at, compare, get_language(), share.key),
                       lambda: _rendered(project, as_at, compare, share))


def _rendered(project, as_at: date | None, compare: date | None, share: Share) -> BoardPage:
    context = board_context(project, as_at, compare, share)
    board = context["board"]
    boards.store_lights(board)
    return BoardPage(day=board.day, as_at=board.as_at, before_day=context["before_day"],
                     has_before=context["before"] is not None,
                     compared_to_meeting=context["compared_to_meeting"],
                     # Read here, after the stamps: a change request decided meanwhile moves them.
                     in_force=period_in_force(project, lifecycle_of(project)),
                     body=mark_safe(render_to_string(  # noqa: S308 - our template, autoescaped
                         BODY_TEMPLATE, {"project": project, **context})))
