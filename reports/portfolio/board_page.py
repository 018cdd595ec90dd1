"""What the dashboard page and its printed document show: the dashboard of the chosen day
beside the one compared with (by default the last steering-group meeting), what changed, and
the financing lines the person may see (a financier only their own)."""

from dataclasses import dataclass
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


def share_of(user, abilities: DashboardAccess) -> Share:
    return Share(own_only=True, organisation_id=user.organisation_id) \
        if abilities.is_financier else EVERY_LINE


def board_context(project, as_at: date | None, compare: date | None, share: Share) -> dict:
    board = boards.dashboard(project, as_at=as_at)
    compare = compare if compare and compare < board.day else None
    default_compare = board.last_meeting if board.last_meeting and \
        board.last_meeting < board.day else None
    before_day = compare or default_compare
    before = boards.dashboard(project, as_at=before_day) if before_day else None
    changed = boards.changes(before, board) if before else {}
    light_rows = [(light, before.light[light.key] if before else None,
                   changed.get(light.key, False)) for light in board.lights]
    return {
        "light_rows": light_rows,
        "board": board, "before": before,
        "chart": progress_chart(board.progress) if board.progress else None,
        "before_day": before_day,
        "compared_to_meeting": before_day is not None and compare is None,
        "changed": changed,
        "financier_lines": boards.financier_lines(board, own_only=share.own_only,
                                                  organisation_id=share.organisation_id),
        "own_share_only": share.own_only,
    }
