"""The totals tables of a filtered portfolio (or of a year's report) as markup, written here
in one pass rather than by the template language.

A large portfolio's totals run to a hundred rows of four to eight cells, each cell a
variable, a filter and often a translation; the template language spends some tens of
microseconds on each, which made the tables a large part of the portfolio page. The markup
is exactly what `portfolio/partials/totals.html` wrote: every text escaped as the template
escaped it, the translations read once per table.
"""

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.formatting import group_thousands, money, percent
from reports.portfolio.totals import TOP_MUNICIPALITIES, CurrencyAmount, Group, PortfolioTotals


def _words() -> dict[str, str]:
    """The tables' words, translated and escaped once per call."""
    return {key: escape(text) for key, text in {
        "county": _("County"),
        "expected_new_jobs_by_gender": _("Expected new jobs by gender"),
        "expected_new_jobs_women_men": _("Expected new jobs (women · men)"),
        "focus_area": _("Focus area"),
        "granted": _("Granted"),
        "granted_amount_by_county": _("Granted amount by county"),
        "granted_amount_by_focus_area": _("Granted amount by focus area"),
        "granted_amount_by_municipality": _("Granted amount by municipality"),
        "granted_amount_by_year": _("Granted amount by year"),
        "in_the_portal_imported": _("in the portal · imported"),
        "jobs": _("Jobs"),
        "leadership": _("Leadership"),
        "led_by": _("Led by"),
        "men": _("Men"),
        "municipality": _("Municipality"),
        "no_municipality": _("No municipality"),
        "no_year": _("No year"),
        "not_classified": _("Not classified"),
        "not_stated": _("Not stated"),
        "nothing_granted": _("Nothing granted."),
        "number_of_grants": _("Number of grants"),
        "off_track": _("Off track"),
        "projects_and_grants": _("Projects and grants"),
        "share": _("Share"),
        "share_of_the_number": _("Share of the number"),
        "total": _("Total"),
        "women": _("Women"),
        "year": _("Year"),
    }.items()}


def _num(text: str | int) -> str:
    return f'<td class="num">{escape(text)}</td>'


def _amount_cells(figures: Iterable[CurrencyAmount], shares: bool = True) -> str:
    return "".join(_num(money(f.amount, f.currency)) + (_num(percent(f.share)) if shares else "")
                   for f in figures)


def _currency_headings(totals: PortfolioTotals, w: dict[str, str], shares: bool = True) -> str:
    """Amount (and share) per currency; with no currency at all, one plain pair."""
    if not totals.currencies:
        return (f'<th scope="col" class="num">{w["granted"]}</th>'
                + (f'<th scope="col" class="num">{w["share"]}</th>' if shares else ""))
    cells = []
    for currency in totals.currencies:
        cells.append('<th scope="col" class="num">'
                     + _("Granted, %(currency)s") % {"currency": escape(currency)} + "</th>")
        if shares:
            cells.append('<th scope="col" class="num">'
                         + _("Share, %(currency)s") % {"currency": escape(currency)} + "</th>")
    return "".join(cells)


def _group_rows(groups: Iterable[Group], unnamed: str) -> str:
    """`unnamed`: the escaped words for a group without a name."""
    return "".join(f'<tr><th scope="row">{escape(g.label) if g.label else unnamed}</th>'
                   f"{_amount_cells(g.amounts)}{_num(g.count)}</tr>" for g in groups)


def _head(totals: PortfolioTotals, w: dict[str, str], first: str) -> str:
    return (f'<thead><tr><th scope="col">{first}</th>{_currency_headings(totals, w)}'
            f'<th scope="col" class="num">{w["number_of_grants"]}</th></tr></thead>')


def _figures(totals: PortfolioTotals, w: dict[str, str]) -> str:
    granted = " · ".join(escape(money(f.amount, f.currency)) for f in totals.amounts)
    return (
        '\n\n<dl class="figures">\n'
        f'  <div><dt>{w["projects_and_grants"]}</dt><dd>{totals.count}</dd></div>\n'
        f'  <div><dt>{w["in_the_portal_imported"]}</dt>'
        f"<dd>{totals.in_portal} · {totals.imported}</dd></div>\n"
        f'  <div><dt>{w["granted"]}</dt><dd>{granted or escape(money(0))}</dd></div>\n'
        f'  <div><dt>{w["expected_new_jobs_women_men"]}</dt>'
        f"<dd>{escape(group_thousands(totals.jobs))} ({escape(group_thousands(totals.jobs_women))}"
        f" · {escape(group_thousands(totals.jobs_men))})</dd></div>\n"
        f'  <div><dt>{w["off_track"]}</dt><dd>{totals.off_track}</dd></div>\n'
        "</dl>\n")


def _focus_areas(totals: PortfolioTotals, w: dict[str, str]) -> str:
    body = _group_rows(totals.by_focus_area, w["not_classified"]) or (
        f'<tr><td colspan="4">{w["nothing_granted"]}</td></tr>')
    footer = "".join(
        _num(money(f.amount, f.currency))
        + f'<td class="num">{escape(percent(f.share)) if totals.by_focus_area else ""}</td>'
        for f in totals.focus_area_footer) or f'{_num(money(0))}<td></td>'
    return (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="totals-t1">\n'
        "<table>\n"
        f'  <caption id="totals-t1">{w["granted_amount_by_focus_area"]}</caption>\n'
        f'  {_head(totals, w, w["focus_area"])}\n'
        f"  <tbody>{body}</tbody>\n"
        f'  <tfoot><tr><th scope="row">{w["total"]}</th>{footer}'
        f"{_num(totals.count)}</tr></tfoot>\n"
        "</table>\n</div>\n")


def _leadership_and_jobs(totals: PortfolioTotals, w: dict[str, str]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{escape(g.label) if g.label else w["not_stated"]}</th>{_num(g.count)}'
        f"{_num(percent(g.share))}{_amount_cells(g.amounts, shares=False)}</tr>"
        for g in totals.leadership) or '<tr><td colspan="4">–</td></tr>'
    jobs = "".join(
        f'    <tr><th scope="row">{label}</th>{_num(group_thousands(value))}'
        f"{_num(percent(value_share))}</tr>\n"
        for label, value, value_share in (
            (w["women"], totals.jobs_women, totals.jobs_women_share),
            (w["men"], totals.jobs_men, totals.jobs_men_share)))
    return (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="totals-t2">\n'
        "<table>\n"
        f'  <caption id="totals-t2">{w["leadership"]}</caption>\n'
        f'  <thead><tr><th scope="col">{w["led_by"]}</th>'
        f'<th scope="col" class="num">{w["number_of_grants"]}</th>'
        f'<th scope="col" class="num">{w["share_of_the_number"]}</th>'
        f"{_currency_headings(totals, w, shares=False)}</tr></thead>\n"
        f"  <tbody>{rows}</tbody>\n"
        "</table>\n<table>\n"
        f'  <caption>{w["expected_new_jobs_by_gender"]}</caption>\n'
        f'  <thead><tr><th scope="col"></th><th scope="col" class="num">{w["jobs"]}</th>'
        f'<th scope="col" class="num">{w["share"]}</th></tr></thead>\n'
        f"  <tbody>\n{jobs}  </tbody>\n"
        "</table>\n</div>\n")


def _years(totals: PortfolioTotals, w: dict[str, str]) -> str:
    return (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="totals-t3">\n'
        "<table>\n"
        f'  <caption id="totals-t3">{w["granted_amount_by_year"]}</caption>\n'
        f'  {_head(totals, w, w["year"])}\n'
        f'  <tbody>{_group_rows(totals.by_year, w["no_year"])}</tbody>\n'
        "</table>\n</div>\n")


def _places(totals: PortfolioTotals, w: dict[str, str]) -> str:
    unnamed = w["no_municipality"]
    rest = totals.other_municipalities
    other = ""
    if rest:
        counter = len(totals.by_municipality) - TOP_MUNICIPALITIES
        label = ngettext("%(counter)s other municipality", "%(counter)s other municipalities",
                         counter) % {"counter": counter}
        other = (f'<tr><th scope="row">{label}</th>{_amount_cells(rest.amounts)}'
                 f"{_num(rest.count)}</tr>")
    return (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="totals-t4">\n'
        "<table>\n"
        f'  <caption id="totals-t4">{w["granted_amount_by_municipality"]}</caption>\n'
        f'  {_head(totals, w, w["municipality"])}\n'
        f"  <tbody>{_group_rows(totals.top_municipalities, unnamed)}\n"
        f"  {other}</tbody>\n"
        "</table>\n<table>\n"
        f'  <caption>{w["granted_amount_by_county"]}</caption>\n'
        f'  {_head(totals, w, w["county"])}\n'
        f"  <tbody>{_group_rows(totals.by_county, unnamed)}</tbody>\n"
        "</table>\n</div>\n")


def totals_tables(totals: PortfolioTotals) -> SafeString:
    """The key figures and the tables by focus area, leadership and jobs, year, municipality
    and county."""
    w = _words()
    return mark_safe(  # noqa: S308 - every text above is escaped
        _figures(totals, w) + '<div class="totals-grid">\n' + _focus_areas(totals, w)
        + _leadership_and_jobs(totals, w) + _years(totals, w) + _places(totals, w) + "</div>\n")
