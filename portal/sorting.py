"""Orders of names as people read them."""

import re

DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """'Företag 11 AB' before 'Företag 107 AB': the runs of digits compared as numbers, the
    words without regard to case. Text and numbers alternate in the key (a split on digits
    always starts and ends with text), so any two keys compare."""
    parts = DIGITS.split(text or "")
    return tuple(int(part) if index % 2 else part.casefold()
                 for index, part in enumerate(parts))
