"""Change stamps (`ChangeStamp`): a new random token for a key inside the transaction that
changed its data, and the current tokens of several keys in one query.

The token is random rather than counted so that a kept copy is never mistaken for another's:
a database restored, reset or rolled back hands out tokens no copy was ever kept under."""

from uuid import uuid4

from django.db import connection

from portal.models import ChangeStamp

REFERENCE = "reference"


def project_key(project_id: int) -> str:
    return f"project:{project_id}"


def touch(key: str) -> str:
    """Give the key a new token (one statement: insert or replace); visible to others when
    the caller's transaction commits, together with the change it stands for."""
    token = uuid4().hex
    table = connection.ops.quote_name(ChangeStamp._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} (key, token) VALUES (%s, %s) "
                       "ON CONFLICT (key) DO UPDATE SET token = excluded.token", [key, token])
    return token


def tokens(*keys: str) -> tuple[str, ...]:
    """The keys' current tokens, in order; a key never stamped gets its first token now."""
    found = dict(ChangeStamp.objects.filter(key__in=keys).values_list("key", "token"))
    return tuple(found.get(key) or touch(key) for key in keys)
