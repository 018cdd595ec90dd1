"""The derived totals kept on each project indicator (outcome so far, women, men).

They are rewritten in the same transaction as every save that can change them, so a funding
body's portfolio adds them up in SQL over any number of projects, and they never disagree
with what the project's own pages compute from the outcomes and registers.
"""

from indicators.models import ProjectIndicator
from projects.models import Project


def refresh_totals(project: Project) -> None:
    from indicators.selectors import progress

    computed = {item.id: item for item in progress(project).indicators}
    changed = []
    for indicator in ProjectIndicator.objects.filter(project=project):
        item = computed.get(indicator.pk)
        if item is None:
            continue
        values = (item.accumulated, item.women, item.men)
        if (indicator.actual, indicator.actual_women, indicator.actual_men) != values:
            indicator.actual, indicator.actual_women, indicator.actual_men = values
            changed.append(indicator)
    if changed:
        ProjectIndicator.objects.bulk_update(changed, ["actual", "actual_women", "actual_men"])
