"""The versions diff of a large project shows its differences a page at a time."""

from django.urls import reverse

from projects.models import SubGoal
from projects.services.workflow import submit_application
from projects.views.versions import DIFFERENCES_PER_PAGE
from tests.projects.helpers import complete_application


def test_thousands_of_differences_are_shown_a_page_at_a_time(client, project, personas):
    complete_application(project)
    submit_application(project=project, actor=personas["manager"])
    SubGoal.objects.bulk_create(SubGoal(project=project, title=f"Nytt delmål {n}",
                                        position=100 + n) for n in range(250))
    client.force_login(personas["manager"])
    url = reverse("projects:compare", args=[project.slug])
    first = client.get(url, {"fran": 1, "till": "nu"})
    total = first.context["page"].paginator.count
    assert total >= 250
    assert len(first.context["differences"]) == DIFFERENCES_PER_PAGE
    shown = [d.path for _label, d in first.context["differences"]]
    second = client.get(url, {"fran": 1, "till": "nu", "sida": 2})
    shown += [d.path for _label, d in second.context["differences"]]
    assert len(shown) == len(set(shown)) == total
    assert "sida=2" in first.content.decode() and "fran=1" in first.content.decode()
