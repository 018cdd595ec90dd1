"""The demo's clock: the workflow events of the seed projects dated as their documents date
them, not on the day the demo is loaded.

The services stamp what they write with `django.utils.timezone.now()` (status changes,
frozen versions, audit entries, decision dates), and so do the models' `auto_now` fields.
`demo_clock(day)` makes that clock read `day` while the demo calls a service, so the services
stay exactly as the pages call them. Each reading is a second later than the one before, so
events written in one step keep their order.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import count
from unittest import mock

from django.utils import timezone

__all__ = ["Timeline", "demo_clock"]

WORKING_HOUR = time(9)


@contextmanager
def demo_clock(day: date) -> Iterator[None]:
    """Within the block, `timezone.now()` is `day` at nine o'clock (local time)."""
    start = timezone.make_aware(datetime.combine(day, WORKING_HOUR))
    ticks = count()

    def now() -> datetime:
        return start + timedelta(seconds=next(ticks))

    with mock.patch.object(timezone, "now", now):
        yield


@dataclass(frozen=True)
class Timeline:
    """When a seed's workflow steps happened. Where its documents give no day, the step is
    dated from what they do say (the period, "december 2022"), before the step that follows."""

    written: date  # the application written, roles given, budget and plans drafted
    submitted: date | None = None
    decided: date | None = None  # approved by the funding body
    started: date | None = None
    final_report: date | None = None  # the final report submitted
