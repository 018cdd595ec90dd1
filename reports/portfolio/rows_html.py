"""The rows of the portfolio page's list as markup, written here in one pass rather than by
the template language: fifty rows of ten cells, each a variable, a filter or a translation,
and a link reversed per row, were the largest part of the page's rendering. The markup is
what the template wrote, every text escaped as it escaped it; the amount names its own
currency (the template wrote every amount in kronor)."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from portal.formatting import group_thousands, money
from reports.portfolio.selectors import PortfolioRow

_SLUG = "slug-of-the-project"  # a placeholder the dashboard's address is written around



def _or_dash(value) -> str:
    return escape(value) if value else "–"


def portfolio_rows(rows: Iterable[PortfolioRow]) -> SafeString:
    imported = f' <span class="badge imported">{escape(_("Imported"))}</span>'
    off_track = f'<strong class="late">{escape(_("Off track"))}</strong>'
    before, _slug, after = reverse("portfolio:dashboard", args=[_SLUG]).partition(_SLUG)
    parts = []
    for row in rows:
        name = escape(row.name)
        title = (name + imported if row.is_imported
                 else f'<a href="{before}{escape(row.slug)}{after}">{name}</a>')
        parts.append(
            f'\n    <tr>\n      <th scope="row">{title}</th>\n'
            f"      <td>{_or_dash(row.programme)}</td>\n"
            f"      <td>{escape(row.status_label)}</td>\n"
            f"      <td>{_or_dash(row.year)}</td>\n"
            f'      <td class="num">{escape(money(row.amount, row.currency))}</td>\n'
            f"      <td>{_or_dash(row.focus_area)}</td>\n"
            f"      <td>{_or_dash(row.municipality)}</td>\n"
            f"      <td>{_or_dash(row.leadership_label)}</td>\n"
            f'      <td class="num">{escape(group_thousands(row.jobs_women))} · '
            f"{escape(group_thousands(row.jobs_men))}</td>\n"
            f"      <td>{off_track if row.off_track else ''}</td>\n    </tr>\n    ")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
