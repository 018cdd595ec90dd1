"""Months and quarters: how a plan's periods are typed, stored, compared and named.

An activity runs from its first month to its last month, both stored as the first day of the
month. A plan kept at quarter resolution (as seed 000's is) starts its activities on the first
month of a quarter and ends them on the last; comparisons with the project's period are made
at the plan's own resolution, so a quarter plan of a project starting 1 March covers that
first quarter.
"""

import calendar
import re
from datetime import date

MONTH = "month"
QUARTER = "quarter"

_Q = r"(?:q|kv\.?|kvartal|k)"  # the quarter word: Q, kv, kv., kvartal, K
_QUARTER_TEXT = re.compile(
    rf"^\s*(?:(\d{{4}})\s*[-/ ]?\s*{_Q}\s*([1-4])"  # 2008 Q3, 2008 kv 3, 2008K3
    rf"|{_Q}?\s*([1-4])\s*\.?\s*{_Q}?\.?\s*[-/ ]?\s*(\d{{4}}))\s*$",  # Q3 2008, 3. kv. 2008
    re.IGNORECASE,
)
_MONTH_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*$|^\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def month_index(day: date) -> int:
    """Months since year 0, so that periods subtract."""
    return day.year * 12 + day.month - 1


def from_index(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def last_day(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_start(day: date) -> date:
    return date(day.year, (quarter_of(day) - 1) * 3 + 1, 1)


def quarter_end(day: date) -> date:
    """The first day of the quarter's last month."""
    return date(day.year, quarter_of(day) * 3, 1)


def snap(day: date, resolution: str, *, end: bool = False) -> date:
    """The first month of the period holding `day` (or its last month, for an end)."""
    if resolution == QUARTER:
        return quarter_end(day) if end else quarter_start(day)
    return first_of_month(day)


def label(month: date | None, resolution: str) -> str:
    """'2008 Q3' at quarter resolution, '2008-07' at month resolution."""
    if month is None:
        return ""
    if resolution == QUARTER:
        return f"{month.year} Q{quarter_of(month)}"
    return f"{month.year}-{month.month:02d}"


def span_label(start: date | None, end: date | None, resolution: str) -> str:
    if start is None or end is None:
        return ""
    first, last = label(start, resolution), label(end, resolution)
    return first if first == last else f"{first} – {last}"


def parse(text: str, resolution: str, *, end: bool = False) -> date | None:
    """A period as people type it, or None when it cannot be read.

    Quarters: '2008 Q3', '2008Q3', '2008 kv 3', 'Q3 2008', '3. kv. 2008'. Months: '2008-07',
    '2008-7', '07/2008'. A month typed into a quarter plan is taken as its quarter; a quarter
    typed into a month plan as the quarter's first (or, for an end, last) month.
    """
    text = (text or "").strip()
    if not text:
        return None
    found = _QUARTER_TEXT.match(text)
    if found:
        year = int(found.group(1) or found.group(4))
        quarter = int(found.group(2) or found.group(3))
        first = date(year, quarter * 3 - 2, 1)
        return quarter_end(first) if end else first
    found = _MONTH_TEXT.match(text)
    if found:
        year = int(found.group(1) or found.group(4))
        month = int(found.group(2) or found.group(3))
        if not 1 <= month <= 12 or not 1900 <= year <= 2200:
            return None
        return snap(date(year, month, 1), resolution, end=end)
    return None


def aligned(month: date, resolution: str, *, end: bool = False) -> bool:
    """Whether a stored month sits where the resolution wants it."""
    return snap(month, resolution, end=end) == month


def example(resolution: str) -> str:
    return "2024 Q3" if resolution == QUARTER else "2024-07"
