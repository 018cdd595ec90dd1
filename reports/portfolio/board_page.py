"""What the dashboard page and its printed document show: the dashboard of the chosen day
beside the one compared with (by default the last steering-group meeting), what changed, and
the financing lines the person may see (a financier only their own)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from indicators.charts import progress_chart
from reports.portfolio import dashboard as boards
from reports.portfolio.access import DashboardAccess


@dataclass(frozen=True)
class Share:
    """Whose financing lines a reader sees: a financier only their organisation's."""

    own_only: bool = False
    organisation_id: int | None = None

    @property
    def key(self) -> str:
        return f"own:{self.organisation_id}" if self.own_only else "all"


EVERY_LINE = Share()

# A dashboard is read at a glance: beyond this many indicators or late activities it shows
# those that need attention most and says how many more the tab behind it lists. A project
# of a hundred indicators and four hundred late activities drew a picture 4 600 px tall.
SHOWN = 10


@dataclass(frozen=True)
class Shortlist:
    """The items shown, in their own order, and how many there are in all."""

    items: tuple
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def shortlist(items: Sequence, most_pressing_first: Callable, shown: int | None = SHOWN
              ) -> Shortlist:
    """All the items when there are few (or `shown` is None), else the `shown` most
    pressing, kept in order."""
    if shown is None or len(items) <= shown:
        return Shortlist(tuple(items), len(items))
    ranked = sorted(range(len(items)), key=lambda n: most_pressing_first(items[n]))  # stable
    return Shortlist(tuple(items[n] for n in sorted(ranked[:shown])), len(items))


def _furthest_behind(item) -> tuple:
    """Off track first, then the least progress; no outcome yet after any outcome."""
    return (not item.off_track, item.percent is None, item.percent or 0)


def _late_longest(activity) -> tuple:
    return (activity.end, activity.start)


def share_of(user, abilities: DashboardAccess) -> Share:
    return Share(own_only=True, organisation_id=user.organisation_id) \
        if abilities.is_financier else EVERY_LINE


def board_context(project, as_at: date | None, compare: date | None, share: Share, *,
                  shown: int | None = SHOWN) -> dict:
    """`shown` None: every indicator and late activity (the printed dashboard is a record
    handed to a meeting, whose links to the tabs lead nowhere on paper)."""
    board = boards.dashboard(project, as_at=as_at)
    compare = compare if compare and compare < board.day else None
    default_compare = board.last_meeting if board.last_meeting and \
        board.last_meeting < board.day else None
    before_day = compare or default_compare
    before = boards.dashboard(project, as_at=before_day) if before_day else None
    changed = boards.changes(before, board) if before else {}
    indicators = shortlist(board.indicators, _furthest_behind, shown)
    progress = (replace(board.progress, indicators=indicators.items)
                if board.progress else None)
    light_rows = [(light, before.light[light.key] if before else None,
                   changed.get(light.key, False)) for light in board.lights]
    return {
        "light_rows": light_rows,
        "board": board, "before": before,
        "indicators": indicators,
        "late": shortlist(board.late_activities, _late_longest, shown),
        "chart": progress_chart(progress) if progress else None,
        "before_day": before_day,
        "compared_to_meeting": before_day is not None and compare is None,
        "changed": changed,
        "financier_lines": boards.financier_lines(board, own_only=share.own_only,
                                                  organisation_id=share.organisation_id),
        "own_share_only": share.own_only,
    }
