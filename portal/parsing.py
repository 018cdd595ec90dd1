"""Reading ids and counts that arrive as text in a query or a form, the one way: ASCII digits
only, within what the database can hold. `int()` alone takes "٣", "+5", " 7" and numbers too
large for a bigint, which then fail in the database as a server error."""

BIGINT_MAX = 2**63 - 1


def whole_number(text, default=None, minimum: int = 0, maximum: int = BIGINT_MAX):
    """The number the text spells in ASCII digits, within [minimum, maximum], else default."""
    if not isinstance(text, str):
        return default
    text = text.strip()
    negative = text.startswith("-")
    digits = text[1:] if negative else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 19:
        return default
    value = -int(digits) if negative else int(digits)
    return value if minimum <= value <= maximum else default


def record_id(text, default=None):
    """A database id: a positive whole number that fits a bigint."""
    return whole_number(text, default, minimum=1)
