"""The cells of the grids as markup, written here rather than by the template language.

A budget of Jems' size has 1 800 cost cells and a financing plan of 50 rows 3 000; the
template language costs some tens of microseconds per variable, tag and translation of each
cell, which made the grids ten times slower than the rest of the page. The markup is exactly
what the templates wrote (label, input, error and the attributes tying them together); every
text is escaped as the templates escape it, and the translations are read once per page.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _


def _text(value) -> str:
    return escape(str(value), quote=True)


def _error_attributes(name: str, error: str) -> str:
    return f'aria-invalid="true" aria-describedby="err-{name}"' if error else ""


def _error(name: str, error: str) -> str:
    return f'<span class="cell-error" id="err-{name}">{_text(error)}</span>' if error else ""


def cost_cells(row, editable: bool) -> SafeString:
    """The period cells of one row of the cost grid (`common.Row`)."""
    label = _text(row.label)
    parts = []
    for cell in row.cells:
        name = _text(cell.name)
        error = cell.error
        parts.append(f'\n        <td class="num{" has-error" if error else ""}">\n          ')
        if row.computed:
            parts.append(f'<output id="cell-{name}">{_text(cell.value)}</output>\n          ')
        elif editable:
            parts.append(
                f'\n          <label class="visually-hidden" for="{name}">{label} '
                f'{_text(cell.period_label)}</label>\n'
                f'          <input type="text" inputmode="decimal" autocomplete="off" '
                f'class="amount" id="{name}" name="{name}" value="{_text(cell.value)}"\n'
                f'                 {_error_attributes(name, error)}>\n'
                f'          {_error(name, error)}\n          ')
        else:
            parts.append(_text(cell.value or "–"))
        parts.append("\n        </td>\n        ")
    return mark_safe("".join(parts))


class FinancingCells:
    """The period cells of the rows of the financing plan as typed; the words of the labels
    translated once for all rows."""

    def __init__(self):
        self.words = f'{_text(_("Financing"))} {_text(_("row"))}'

    def __call__(self, row: dict) -> SafeString:
        number = _text(row["number"])
        parts = []
        for cell in row["cells"]:
            name, error = _text(cell["name"]), cell["error"]
            parts.append(
                f'\n  <td class="num{" has-error" if error else ""}">\n'
                f'    <label class="visually-hidden" for="{name}">{self.words} {number} '
                f'{_text(cell["label"])}</label>\n'
                f'    <input type="text" inputmode="decimal" autocomplete="off" class="amount" '
                f'id="{name}" name="{name}" value="{_text(cell["value"])}" '
                f'{_error_attributes(name, error)}>\n'
                f'    {_error(name, error)}\n  </td>\n  ')
        return mark_safe("".join(parts))

