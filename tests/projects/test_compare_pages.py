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


def test_the_api_gives_every_difference_of_a_large_project_once_page_by_page(
        client, project, personas):
    """A client following `next` gets the whole diff in the order of the application, with
    the versions compared and the total beside every page."""
    from projects import comparisons
    from projects.selectors import application_versions
    from projects.services.workflow import return_application
    from tests.finance.test_finance_queries import build_named

    manager = personas["manager"]
    complete_application(project)
    submit_application(project=project, actor=manager)
    return_application(project=project, actor=personas["case_officer"], comment="Mer.")
    build_named(project, manager, "Partner")  # 60 periods of costs and three financiers
    SubGoal.objects.bulk_create(SubGoal(project=project, title=f"Nytt delmål {n}",
                                        position=100 + n) for n in range(250))
    client.force_login(manager)
    url = reverse("projects_api:compare", args=[project.slug]) + "?fran=1&till=nu&page_size=100"
    pages = []
    while url:
        answer = client.get(url).json()
        pages.append(answer)
        url = answer["next"]
    first = application_versions(project).get(number=1)
    whole = [(d.path, str(d.old), str(d.new))
             for d in comparisons.differences(project, first, None)]
    assert len(whole) > 300
    assert len(pages) == -(-len(whole) // 100)
    assert {(p["from"], p["to"], p["count"]) for p in pages} == {(1, "nu", len(whole))}
    got = [(d["path"], d["old"], d["new"]) for p in pages for d in p["results"]]
    assert got == whole
    assert len({path for path, _old, _new in got}) == len(got)
    by_default = client.get(reverse("projects_api:compare", args=[project.slug]), {"fran": 1})
    assert by_default.json()["results"] == pages[0]["results"][:50]  # 50 a page unless asked
