"""SQLite's UPPER and LOWER change only ASCII letters, so "luleå kommun" and "Luleå kommun"
would be two names there and one on PostgreSQL. On SQLite they are replaced, for every
connection, by Python's, which know å, ä, ö, æ and ø."""

from django.db.backends.signals import connection_created


def _upper(text):
    return None if text is None else str(text).upper()


def _lower(text):
    return None if text is None else str(text).lower()


def _unicode_case(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function("UPPER", 1, _upper, deterministic=True)
        connection.connection.create_function("LOWER", 1, _lower, deterministic=True)


def install() -> None:
    connection_created.connect(_unicode_case, dispatch_uid="portal.sqlite_text")
