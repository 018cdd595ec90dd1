"""The history reads amounts and rates the Swedish way, as the grids do."""

import pytest

from portal.models import AuditEntry
from projects.audit_display import readable


@pytest.mark.django_db
@pytest.mark.parametrize(("action", "old", "new", "shown_old", "shown_new"), [
    ("budget:costs", "300000", "400000", "300\u00a0000", "400\u00a0000"),
    ("outcome:save", "", "1748975.29", "", "1\u00a0748\u00a0975,29"),
    ("budget:settings", "9.029800", "9.5", "9,0298", "9,5"),
    ("section:goals", "2013", "2014", "2013", "2014"),  # a year in a text field stays a year
])
def test_history_values_read_the_swedish_way(action, old, new, shown_old, shown_new):
    entry = AuditEntry(action=action, field="Egen personal 2019", old_value=old, new_value=new,
                       object_label="Budget")
    shown = readable(entry)
    assert (shown.old, shown.new) == (shown_old, shown_new)
