"""The plan pages as a browser uses them: the Gantt chart and its table, the work package
editor's rows (added, moved, removed without saving, all typed text kept), errors at the
field, and the conflict page that keeps what the second person typed."""

import pytest
from django.urls import reverse

from plans.models import WorkPackage
from tests.plans.conftest import D, activity

pytestmark = pytest.mark.usefixtures("in_english")


def editor_data(title="Nätverk", rows=(), revision=0, op="save"):
    data = {"title": title, "description": "", "revision": str(revision), "op": op,
            "a-order": ",".join(key for key, *_ in rows)}
    for key, name, start, end in rows:
        data.update({f"a-{key}-title": name, f"a-{key}-start": start, f"a-{key}-end": end,
                     f"a-{key}-responsible": "", f"a-{key}-description": "",
                     f"a-{key}-d-order": ""})
    return data


def test_the_plan_page_draws_the_chart_and_the_same_data_as_a_table(login, manager, package,
                                                                    dated):
    package("Nätverk", [activity("Träffar för företagande kvinnor", D(2019, 1, 1),
                                 D(2019, 6, 1))])
    response = login(manager).get(reverse("plans:plan", args=[dated.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="img"' in html and "<title id=" in html and "<desc id=" in html
    assert "<table class=\"plan-table\"" in html
    assert html.count("Träffar för företagande kvinnor") >= 2  # in the picture and the table


def test_rows_are_added_moved_and_removed_without_saving_and_keep_what_was_typed(
        login, manager, dated):
    client = login(manager)
    url = reverse("plans:work_package_add", args=[dated.slug])
    rows = [("n1", "Första", "2019-01", "2019-03"), ("n2", "Andra", "2019-04", "2019-06")]
    added = client.post(url, editor_data(rows=rows, op="add:a"), HTTP_HX_REQUEST="true")
    html = added.content.decode()
    assert added.status_code == 200 and 'name="a-n3-title"' in html
    assert 'id="id_a-n3-title"' in html and "autofocus" in html
    moved = client.post(url, editor_data(rows=rows, op="up:a:n2"), HTTP_HX_REQUEST="true")
    html = moved.content.decode()
    assert html.index('value="Andra"') < html.index('value="Första"')
    removed = client.post(url, editor_data(rows=rows, op="remove:a:n1"), HTTP_HX_REQUEST="true")
    assert 'value="Första"' not in removed.content.decode()
    assert not WorkPackage.objects.exists()


def test_a_bad_period_is_shown_at_its_field_with_the_row_kept(login, manager, dated):
    url = reverse("plans:work_package_add", args=[dated.slug])
    response = login(manager).post(url, editor_data(rows=[
        ("n1", "Mässa", "2019-06", "2019-03"), ("n2", "Slut", "juli", "2019-08")]))
    html = response.content.decode()
    assert response.status_code == 400
    assert "The activity ends before it starts." in html
    assert "Write it like 2024-07." in html
    assert 'value="Mässa"' in html and 'value="juli"' in html
    assert not WorkPackage.objects.exists()


def test_the_second_person_saving_the_same_work_package_gets_a_conflict_with_their_text_kept(
        login, manager, personas, package, dated):
    made = package("Nätverk", [activity("Träffar", D(2019, 1, 1), D(2019, 6, 1))])
    key = f"e{made.activities.get().pk}"
    url = reverse("plans:work_package", args=[dated.slug, made.pk])
    first = login(manager).post(url, editor_data(
        "Nätverk", [(key, "Frukostmöten", "2019-01", "2019-06")], revision=1))
    assert first.status_code == 302
    second = login(personas["member"]).post(url, editor_data(
        "Nätverk", [(key, "Lunchmöten", "2019-01", "2019-06")], revision=1))
    html = second.content.decode()
    assert second.status_code == 409
    assert "Someone else saved this work package" in html
    assert 'value="Lunchmöten"' in html and "Frukostmöten" in html
    assert 'name="revision" value="2"' in html  # saving again replaces theirs
    made.refresh_from_db()
    assert made.activities.get().title == "Frukostmöten"


def test_different_work_packages_do_not_conflict(login, manager, personas, package, dated):
    first, second = package("Ett"), package("Två")
    for person, made in ((manager, first), (personas["member"], second)):
        key = f"e{made.activities.get().pk}"
        response = login(person).post(
            reverse("plans:work_package", args=[dated.slug, made.pk]),
            editor_data(made.title, [(key, "Nytt", "2019-01", "2019-02")], revision=1))
        assert response.status_code == 302


def test_work_packages_move_up_and_down(login, manager, package, dated):
    first, second = package("Ett"), package("Två")
    response = login(manager).post(reverse("plans:reorder", args=[dated.slug]), {
        "order": f"{first.pk},{second.pk}", "op": f"up:{second.pk}"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert list(WorkPackage.objects.values_list("title", flat=True)) == ["Två", "Ett"]
