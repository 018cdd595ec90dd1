"""Keeping the portfolio's read model (`PortfolioLine`) true: each line is computed by the
database from what it summarises (the project, its programme, the decision facts, the jobs
indicators, the stored lights; an imported grant's ledger row) and written with one
INSERT … SELECT, the same statement for one project inside the transaction that changed it
and for every project on a rebuild.

A project's line is rewritten whenever an audited change of it is written (every change of a
project is audited: `portal.audit` calls `project_changed` inside the writing transaction),
when its lights are stored and when its facts are saved; an imported ledger's lines when it is
imported (its removal removes them). Beside the lines, the project's current financiers
(`PortfolioFinancier`), for the financier filter. `rebuild_portfolio_lines` writes them all
again and with `--check` says which differ from their sources.
"""

from decimal import Decimal

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, transaction
from django.db.models import (
    BigIntegerField,
    BooleanField,
    CharField,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Concat, ExtractYear, Substr

from indicators.portfolio import headline
from projects.access import submitted_once
from projects.models import Project
from projects.search import search_vector
from reports.portfolio import kept
from reports.portfolio.models import (
    LedgerEntry,
    Light,
    LineSource,
    PortfolioFinancier,
    PortfolioLine,
    StoredLights,
)
from reports.portfolio.selectors import AMOUNT, IMPORTED, ZERO

# The line's columns, in the order both projections below give them.
COLUMNS = ("funding_body_id", "source", "project_id", "ledger_entry_id", "slug", "name",
           "programme_id", "status", "year", "amount", "currency", "focus_area_id",
           "municipality_id", "county", "leadership", "jobs_women", "jobs_men", "off_track",
           "search")


def _text(value: str) -> Value:
    return Value(value, output_field=CharField())


def _null() -> Cast:
    """A typed NULL: an untyped one reaches the INSERT as text."""
    return Cast(Value(None), output_field=BigIntegerField())


def _no_search() -> Cast:
    return Cast(Value(None), output_field=SearchVectorField())


def _project_search():
    """The project's text as its search reads it (PostgreSQL; SQLite searches the projects)."""
    return search_vector() if connection.vendor == "postgresql" else _no_search()


def _county(via: str):
    """"SE25" from the municipality's country and the first two digits of its code."""
    code = Coalesce(f"{via}municipality_code", _text(""))
    return Coalesce(Concat(f"{via}country", Substr(code, 1, 2), output_field=CharField()),
                    _text(""))


def _portal_projection(projects: QuerySet[Project]) -> QuerySet:
    red = StoredLights.objects.filter(project=OuterRef("pk")).filter(
        Q(time=Light.RED) | Q(money=Light.RED) | Q(results=Light.RED))
    columns = {
        "funding_body_id": F("programme__funding_body_id"), "source": _text(LineSource.PORTAL),
        "project_id": F("pk"), "ledger_entry_id": _null(), "slug": F("slug"),
        "name": F("title"), "programme_id": F("programme_id"), "status": F("status"),
        "year": Coalesce(ExtractYear("portfolio_facts__decided_on"), ExtractYear("start_date")),
        "amount": Coalesce("granted_amount", Value(ZERO), output_field=AMOUNT),
        "currency": F("programme__reporting_currency"),
        "focus_area_id": F("portfolio_facts__focus_area_id"),
        "municipality_id": F("portfolio_facts__municipality_id"),
        "county": _county("portfolio_facts__municipality__"),
        "leadership": Coalesce("portfolio_facts__leadership", _text("")),
        "jobs_women": headline("expected_jobs_women"),
        "jobs_men": headline("expected_jobs_men"),
        "off_track": Exists(red),
        "search": _project_search(),
    }
    return _named(submitted_once(projects), columns)


def _ledger_projection(entries: QuerySet[LedgerEntry]) -> QuerySet:
    columns = {
        "funding_body_id": F("funding_body_id"), "source": _text(LineSource.LEDGER),
        "project_id": _null(), "ledger_entry_id": F("pk"), "slug": _text(""),
        "name": F("name"), "programme_id": _null(), "status": _text(IMPORTED),
        "year": F("year"), "amount": F("granted_amount"), "currency": F("currency"),
        "focus_area_id": F("focus_area_id"), "municipality_id": F("municipality_id"),
        "county": _county("municipality__"), "leadership": F("leadership"),
        "jobs_women": F("expected_jobs_women"), "jobs_men": F("expected_jobs_men"),
        "off_track": Value(False, output_field=BooleanField()),
        "search": _no_search(),  # an imported grant is found by its name
    }
    return _named(entries, columns)


def _named(queryset: QuerySet, columns: dict) -> QuerySet:
    """The columns under names of their own (`l_…`: annotations may not shadow fields)."""
    return queryset.order_by().annotate(
        **{f"l_{name}": columns[name] for name in COLUMNS}).values(
        *(f"l_{name}" for name in COLUMNS))


def _insert(projection: QuerySet) -> set[int]:
    """The funding bodies whose lines were written."""
    sql, params = projection.query.sql_with_params()
    table = connection.ops.quote_name(PortfolioLine._meta.db_table)
    target = ", ".join(connection.ops.quote_name(name) for name in COLUMNS)
    chosen = ", ".join(f"q.{connection.ops.quote_name('l_' + name)}" for name in COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({target}) SELECT {chosen} FROM ({sql}) q "
                       "RETURNING funding_body_id", params)
        return {body for (body,) in cursor.fetchall()}


def _delete_line(project_id: int) -> set[int]:
    """The funding bodies whose lines were removed."""
    table = connection.ops.quote_name(PortfolioLine._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE project_id = %s RETURNING funding_body_id",
                       [project_id])
        return {body for (body,) in cursor.fetchall()}


def _financier_projection(projects: QuerySet[Project]) -> tuple[str, list]:
    """The rows to insert, as a statement that names its subqueries' columns in a WITH clause
    (SQLite, unlike PostgreSQL, names no columns of a subquery in FROM)."""
    from finance.portfolio import current_financiers

    listed = submitted_once(projects)
    sql, params = current_financiers(listed).query.sql_with_params()
    bodies, body_params = listed.values("pk", "programme__funding_body_id").query.sql_with_params()
    return (f"WITH f (project_id, financier_id) AS ({sql}), "
            f"b (project_id, funding_body_id) AS ({bodies}) ", [*params, *body_params])


_FINANCIER_ROWS = ("SELECT b.funding_body_id, f.project_id, f.financier_id FROM f "
                   "JOIN b ON b.project_id = f.project_id")


def _insert_financiers(projects: QuerySet[Project]) -> None:
    named, params = _financier_projection(projects)
    table = connection.ops.quote_name(PortfolioFinancier._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"{named}INSERT INTO {table} (funding_body_id, project_id, financier_id) "
                       + _FINANCIER_ROWS, params)


def project_changed(project_id: int) -> None:
    """Rewrite the project's line and financiers (none while it is a draft), in the caller's
    transaction, and move the stamp of the funding body it was and is in."""
    bodies = _delete_line(project_id)
    bodies |= _insert(_portal_projection(Project.objects.filter(pk=project_id)))
    PortfolioFinancier.objects.filter(project_id=project_id).delete()
    _insert_financiers(Project.objects.filter(pk=project_id))
    kept.lines_changed(bodies)


def lights_stored(project_id: int, off_track: bool) -> None:
    """The project's stored lights changed: its line's "off track" (and, when that moved, its
    funding body's stamp)."""
    moved = PortfolioLine.objects.filter(project_id=project_id).exclude(off_track=off_track)
    bodies = set(moved.values_list("funding_body_id", flat=True))
    if bodies:
        moved.update(off_track=off_track)
        kept.lines_changed(bodies)


def ledger_imported(ledger_id: int) -> None:
    kept.lines_changed(_insert(_ledger_projection(
        LedgerEntry.objects.filter(ledger_id=ledger_id))))


@transaction.atomic
def rebuild() -> int:
    """Every line again from its sources; the number written."""
    bodies = set(PortfolioLine.objects.values_list("funding_body_id", flat=True).distinct())
    PortfolioLine.objects.all().delete()
    bodies |= _insert(_portal_projection(Project.objects.all()))
    bodies |= _insert(_ledger_projection(LedgerEntry.objects.all()))
    PortfolioFinancier.objects.all().delete()
    _insert_financiers(Project.objects.all())
    kept.lines_changed(bodies)
    return PortfolioLine.objects.count()


def _comparable(rows) -> set[tuple]:
    """Rows as text, decimals to two places (the line stores two; a source may keep one)."""
    return {tuple(None if value is None else f"{value:.2f}" if isinstance(value, Decimal)
                  else str(value) for value in row) for row in rows}


def differences() -> tuple[set[tuple], set[tuple]]:
    """(lines missing or wrong, lines stored that their sources no longer give)."""
    expected = _comparable(
        tuple(row.values()) for projection in (_portal_projection(Project.objects.all()),
                                               _ledger_projection(LedgerEntry.objects.all()))
        for row in projection)
    stored = _comparable(PortfolioLine.objects.values_list(*COLUMNS))
    named, params = _financier_projection(Project.objects.all())
    with connection.cursor() as cursor:
        cursor.execute(named + _FINANCIER_ROWS, params)
        expected |= _comparable(("financier", *row) for row in cursor.fetchall())
    stored |= _comparable(("financier", *row) for row in PortfolioFinancier.objects.values_list(
        "funding_body_id", "project_id", "financier_id"))
    return expected - stored, stored - expected
