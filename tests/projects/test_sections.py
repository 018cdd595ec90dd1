from django.urls import reverse

from portal.models import AuditEntry
from projects.models import SectionState, StaffMember, SubGoal
from projects.services import workflow
from tests.factories import past_submission
from tests.kept import assert_visit_kept, visit
from tests.projects.helpers import complete_application


def section_url(project, key):
    return reverse("projects:section", args=[project.slug, key])


def formset_management(prefix, total=1, initial=0):
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def goals_post(revision, purpose, main_goal="Fler jobb", sub_goal=""):
    return {"revision": revision, "purpose": purpose, "main_goal": main_goal,
            **formset_management("sub_goals"), "sub_goals-0-title": sub_goal,
            "sub_goals-0-description": ""}


def test_saving_a_section_stores_it_and_records_each_changed_field(project, login, personas):
    client = login(personas["manager"])
    response = client.post(section_url(project, "goals"),
                           goals_post(0, "Att stärka näringslivet", sub_goal="Fler företag"))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.purpose == "Att stärka näringslivet"
    assert list(SubGoal.objects.filter(project=project).values_list("title", flat=True)) == [
        "Fler företag"
    ]
    assert SectionState.objects.get(document__project=project, section="goals").revision == 1
    entries = AuditEntry.objects.filter(project_id=project.pk, action="section:goals")
    fields = {entry.field: (entry.old_value, entry.new_value) for entry in entries}
    assert fields["fields › purpose"] == ("", "Att stärka näringslivet")
    assert fields["sub_goals › 1 › title"] == ("", "Fler företag")
    assert all(entry.actor == personas["manager"] for entry in entries)


def test_a_validation_error_keeps_every_field_as_typed(project, login, personas):
    client = login(personas["manager"])
    typed = "Ett långt och genomtänkt syfte som inte får gå förlorat."
    data = {"revision": 0, "title": "", "start_date": "2019-05-01", "end_date": "2018-01-01",
            "summary": typed}
    response = client.post(section_url(project, "basics"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert typed in page
    assert "Projektet kan inte sluta innan det börjar." in page
    assert 'aria-invalid="true"' in page
    project.refresh_from_db()
    assert project.title == "Näringsliv i samverkan"  # nothing saved half-way
    assert project.summary == ""


def test_the_second_of_two_people_gets_a_conflict_and_keeps_what_they_typed(
    project, login, personas
):
    first = login(personas["manager"])
    first.post(section_url(project, "goals"), goals_post(0, "Syftet enligt Maja"))

    second = login(personas["member"])
    response = second.post(section_url(project, "goals"), goals_post(0, "Syftet enligt Ali"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Någon annan sparade avsnittet medan du redigerade" in page
    assert "Syftet enligt Maja" in page  # theirs, shown
    assert "Syftet enligt Ali" in page  # mine, kept in the form
    project.refresh_from_db()
    assert project.purpose == "Syftet enligt Maja"
    # Saving again from the conflict page is a deliberate overwrite of the revision seen.
    assert 'name="revision" value="1"' in page
    second.post(section_url(project, "goals"), goals_post(1, "Syftet enligt Ali"))
    project.refresh_from_db()
    assert project.purpose == "Syftet enligt Ali"


def test_rows_are_added_and_deleted_through_the_section_form(project, login, personas):
    client = login(personas["manager"])
    data = {"revision": 0, "organisation_description": "Styrgrupp och projektgrupp.",
            **formset_management("participations", total=2, initial=1),
            "participations-0-id": project.participations.get().pk,
            "participations-0-organisation": project.participations.get().organisation_id,
            "participations-0-role": "owner",
            "participations-1-organisation": "", "participations-1-role": "",
            **formset_management("group_members"),
            **formset_management("staff"),
            "staff-0-name": "Projektledare", "staff-0-title": "Projektledare",
            "staff-0-fte": "1,00"}
    response = client.post(section_url(project, "organisation"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    staff = StaffMember.objects.get(project=project)
    assert staff.fte == 1
    data.update({"revision": 1, **formset_management("staff", total=1, initial=1),
                 "staff-0-id": staff.pk, "staff-0-DELETE": "on"})
    response = client.post(section_url(project, "organisation"), data)
    assert response.status_code == 302
    assert not StaffMember.objects.filter(project=project).exists()


def test_long_texts_are_rendered_as_sanitised_markdown(project, login, personas):
    project.background = "- **Nya** företag\n- <script>alert(1)</script>[länk](javascript:x)"
    project.save()
    past_submission(project, status="returned")  # the steering group reads it once submitted
    page = login(personas["steering"]).get(section_url(project, "background")).content.decode()
    assert "<strong>Nya</strong>" in page
    assert "<script>alert(1)" not in page
    assert "javascript:x" not in page


def test_readers_see_the_section_but_no_form(project, login, personas):
    past_submission(project, status="returned")  # the steering group sees it once submitted
    response = login(personas["steering"]).get(section_url(project, "goals"))
    assert response.status_code == 200
    assert 'name="revision"' not in response.content.decode()
    assert login(personas["steering"]).post(
        section_url(project, "goals"), goals_post(0, "x")
    ).status_code == 403


def test_a_section_of_another_application_form_does_not_exist_here(project, login, personas):
    assert login(personas["manager"]).get(section_url(project, "benefit_areas")).status_code == 404


def test_the_overview_shows_each_sections_completeness(project, login, personas):
    page = login(personas["manager"]).get(project.get_absolute_url()).content.decode()
    # Only the organisation section of nine is complete; the four checks other apps register
    # (budget, plan, risks, indicators) find nothing to stop a programme without rules.
    assert "5 av 13 delar är klara." in page


def test_the_history_says_in_words_who_changed_what(project, login, personas):
    client = login(personas["manager"])
    client.post(section_url(project, "goals"), goals_post(0, "Att stärka näringslivet"))
    page = client.get(reverse("projects:history", args=[project.slug])).content.decode()
    assert "Sparade ”Syfte och mål”" in page
    assert "Syfte och mål › Syfte" not in page  # the section is named once, in the action
    assert "<td>Syfte</td>" in page
    assert "Att stärka näringslivet" in page


def test_the_history_shows_a_long_value_whole_on_demand(project, login, personas):
    client = login(personas["manager"])
    long_text = "Början. " + "Mitten av en lång text. " * 40 + "Slutet som inte får försvinna."
    client.post(section_url(project, "goals"), goals_post(0, long_text))
    page = client.get(reverse("projects:history", args=[project.slug])).content.decode()
    assert "Visa hela värdet (" in page and "tecken)" in page  # said, not cut silently
    assert "<details" in page
    assert "Slutet som inte får försvinna." in page


def test_the_history_is_kept_until_the_next_change(project, login, personas):
    client = login(personas["manager"])
    client.post(section_url(project, "goals"), goals_post(0, "Att stärka näringslivet"))
    client.get(reverse("projects:overview", args=[project.slug]))  # the saved message shown
    first = assert_visit_kept(client, "projects:history", project)
    client.post(section_url(project, "goals"), goals_post(1, "Att stärka besöksnäringen"))
    client.get(reverse("projects:overview", args=[project.slug]))
    after, _ = visit(client, "projects:history", project)
    assert "Att stärka besöksnäringen" in after and "Att stärka besöksnäringen" not in first
    english, _ = visit(client, "projects:history", project, "en")
    assert "History of changes" in english and "History of changes" not in after


def test_the_form_kept_for_a_plain_visit_shows_what_another_person_saved(project, login,
                                                                          personas):
    client = login(personas["manager"])
    client.post(section_url(project, "goals"), goals_post(0, "Att stärka näringslivet"))
    client.get(reverse("projects:overview", args=[project.slug]))  # the saved message shown
    first = assert_visit_kept(client, "projects:section", project, more=("goals",))
    login(personas["member"]).post(section_url(project, "goals"),
                                   goals_post(1, "Att stärka besöksnäringen"))
    client = login(personas["manager"])
    after, _ = visit(client, "projects:section", project, more=("goals",))
    assert "Att stärka besöksnäringen" in after and "Att stärka näringslivet" not in after
    assert 'name="revision" value="2"' in after and 'name="revision" value="1"' in first


def test_a_save_that_changes_nothing_moves_the_kept_form_s_revision(project, login, personas):
    """Saving a section unchanged writes no audit entry (and so moves no change stamp) but
    counts a revision: the next editor's kept form must carry it, or their save would be
    refused as if someone had saved since they opened it."""
    client = login(personas["manager"])
    client.post(section_url(project, "goals"), goals_post(0, "Att stärka näringslivet"))
    client.get(reverse("projects:overview", args=[project.slug]))  # the saved message shown
    first = assert_visit_kept(client, "projects:section", project, more=("goals",))
    assert 'name="revision" value="1"' in first
    member = login(personas["member"])
    member.post(section_url(project, "goals"), goals_post(1, "Att stärka näringslivet"))
    member.get(reverse("projects:overview", args=[project.slug]))
    again, _ = visit(member, "projects:section", project, more=("goals",))
    assert 'name="revision" value="2"' in again
    response = member.post(section_url(project, "goals"),
                           goals_post(2, "Att stärka besöksnäringen"))
    assert response.status_code == 302
    assert SectionState.objects.get(document__project=project, section="goals").revision == 3


def test_a_section_kept_to_read_shows_what_is_saved_after_a_return(project, login, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    officer = login(personas["case_officer"])
    first = assert_visit_kept(officer, "projects:section", project, more=("goals",))
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Skärp syftet.")
    state = SectionState.objects.get(document__project=project, section="goals")
    login(personas["manager"]).post(section_url(project, "goals"),
                                    goals_post(state.revision, "Ett skarpare syfte"))
    seen, _ = visit(login(personas["case_officer"]), "projects:section", project,
                    more=("goals",))
    assert "Ett skarpare syfte" in seen and "Ett skarpare syfte" not in first
