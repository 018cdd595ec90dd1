"""The cells of the grids and the rows and totals of the financing plan as markup, written
here rather than by the template language.

A budget of Jems' size has 1 800 cost cells and a financing plan of 50 rows 3 000; the
template language costs some tens of microseconds per variable, tag and translation of each
cell, which made the grids ten times slower than the rest of the page; drawing the plan's
rows from an included template (its fields, its organisation chooser) cost as much again.
The markup is exactly what the templates wrote (tests/finance/reference_templates); every
text is escaped as the templates escape it, and the translations are read once per page.
"""

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from finance.templatetags.finance import figure, sign_class
from portal.organisation_field import chooser_html


def _text(value) -> str:
    """What the template language writes for `{{ value }}` (escaped unless already safe), as
    a plain str: a SafeString runs its own `__str__` each time it is put into a string,
    some ten thousand times in a grid."""
    return str.__str__(conditional_escape(value))


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


class FinancingRows:
    """The rows of the financing plan as typed (`financing._rows_from_saved` and the like):
    the words, the financing types and the periods' labels escaped once for all rows."""

    def __init__(self, periods, types):
        word = _text(_("row"))
        self.labels = {key: f"{_text(_(text))} {word}" for key, text in (
            ("financier", "Financier"), ("description", "Description"),
            ("type", "Financing type"), ("preliminary", "Preliminary figures"),
            ("delete", "Remove"), ("cells", "Financing"))}
        self.types = [(code, _text(code), _text(label)) for code, label in types]
        # A cell is named after its row and period (`s3-p41`), as the plan is read back.
        self.periods = [(_text(f"p{period.pk}"), _text(period.label)) for period in periods]
        self.values: dict[str, str] = {}  # amounts recur: each written escaped once

    def __call__(self, row: dict) -> SafeString:
        index, number, labels = _text(row["index"]), _text(row["number"]), self.labels
        financier_error, type_error = row.get("financier_error", ""), row.get("type_error", "")
        options = "".join(
            f'<option value="{code}" {"selected" if value == row["type"] else ""}>{label}</option>'
            for value, code, label in self.types)
        type_attributes = (f'aria-invalid="true" aria-describedby="err-s{index}-type"'
                           if type_error else "")
        return mark_safe(
            f'\n<tr class="{"marked-delete" if row["delete"] else ""}">\n'
            f'  <th scope="row">\n'
            f'    <input type="hidden" name="s{index}-id" '
            f'value="{_text("" if row["id"] is None else row["id"])}">\n'
            f'    <label class="visually-hidden" for="s{index}-financier">'
            f'{labels["financier"]} {number}</label>\n'
            f'    {chooser_html(row["chooser"])}\n'
            f'    {_error(f"s{index}-financier", financier_error)}\n'
            f'  </th>\n'
            f'  <td><label class="visually-hidden" for="s{index}-description">'
            f'{labels["description"]} {number}</label>\n'
            f'    <input type="text" id="s{index}-description" name="s{index}-description" '
            f'value="{_text(row["description"])}" maxlength="200"></td>\n'
            f'  <td><label class="visually-hidden" for="s{index}-type">'
            f'{labels["type"]} {number}</label>\n'
            f'    <select id="s{index}-type" name="s{index}-type" {type_attributes}>\n'
            f'      <option value="">–</option>\n'
            f'      {options}\n'
            f'    </select>\n'
            f'    {_error(f"s{index}-type", type_error)}</td>\n'
            f'  <td class="center"><label class="visually-hidden" for="s{index}-preliminary">'
            f'{labels["preliminary"]} {number}</label>\n'
            f'    <input type="checkbox" id="s{index}-preliminary" name="s{index}-preliminary" '
            f'{"checked" if row["preliminary"] else ""}></td>\n'
            f'  {self._cells(row, index, number)}\n'
            f'  <td class="num row-total"><output id="f-row-{index}">'
            f'{_text(figure(row["total"]))}</output></td>\n'
            f'  <td class="center"><label class="visually-hidden" for="s{index}-delete">'
            f'{labels["delete"]} {number}</label>\n'
            f'    <input type="checkbox" id="s{index}-delete" name="s{index}-delete" '
            f'{"checked" if row["delete"] else ""}></td>\n'
            f'</tr>\n')

    def _cells(self, row: dict, index: str, number: str) -> str:
        words, parts = self.labels["cells"], []
        for cell, (period, period_label) in zip(row["cells"], self.periods, strict=True):
            name, value, error = f"s{index}-{period}", cell["value"], cell["error"]
            if value not in self.values:
                self.values[value] = _text(value)
            parts.append(
                f'\n  <td class="num{" has-error" if error else ""}">\n'
                f'    <label class="visually-hidden" for="{name}">{words} {number} '
                f'{period_label}</label>\n'
                f'    <input type="text" inputmode="decimal" autocomplete="off" class="amount" '
                f'id="{name}" name="{name}" value="{self.values[value]}" '
                f'{_error_attributes(name, error)}>\n'
                f'    {_error(name, error)}\n  </td>\n  ')
        return "".join(parts)


def financing_foot(foot: dict, *, editable: bool, oob: bool = False) -> SafeString:
    """The plan's three total rows (financing, eligible cost, their difference) per period
    and in all; `oob` when the live totals swap them into the page by their ids."""
    swap = ' hx-swap-oob="true"' if oob else ""
    end = "<td></td>" if editable else ""

    def amount(value) -> str:
        return _text(figure(value))

    financing = "".join(
        f'<td class="num"><output id="f-fin-{number}"{swap}>{amount(value)}</output></td>'
        for number, value in enumerate(foot["financing"], start=1))
    eligible = "".join(f'<td class="num">{amount(value)}</td>' for value in foot["eligible"])
    difference = "".join(
        f'<td class="num"><output id="f-diff-{number}" class="{_text(sign_class(value))}"'
        f'{swap}>{amount(value)}</output></td>'
        for number, value in enumerate(foot["difference"], start=1))
    total = foot["difference_total"]
    return mark_safe(
        f'\n<tr><th scope="row" colspan="4">{_text(_("Total financing"))}</th>\n'
        f'  {financing}\n'
        f'  <td class="num"><output id="f-fin-total"{swap}>'
        f'{amount(foot["financing_total"])}</output></td>{end}</tr>\n'
        f'<tr class="secondary-total"><th scope="row" colspan="4">'
        f'{_text(_("Eligible cost (saved budget)"))}</th>\n'
        f'  {eligible}\n'
        f'  <td class="num">{amount(foot["eligible_total"])}</td>{end}</tr>\n'
        f'<tr class="secondary-total"><th scope="row" colspan="4">'
        f'{_text(_("Financing less eligible cost"))}</th>\n'
        f'  {difference}\n'
        f'  <td class="num"><output id="f-diff-total" class="{_text(sign_class(total))}"'
        f'{swap}>{amount(total)}</output></td>{end}</tr>\n')
