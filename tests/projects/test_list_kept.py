"""A funding body's staff share their project list's count and pages, kept under the body's
portfolio stamp: a kept visit reads no project, and every change a person can make to what
the list shows (a title saved, a project submitted, a name changed in the back office, a
project of their own elsewhere) shows at the next visit, in the language asked for."""

from django.contrib import admin
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from portal.models import Organisation
from projects.admin import ProgrammeAdmin
from projects.application import application_of
from projects.documents.sections import SectionInput
from projects.documents.services import save_section
from projects.models import Programme, ProjectRole, ProjectStatus, RoleKind
from projects.services.applications import create_project
from tests.factories import past_submission


def listed(client, person, address=None, language="sv"):
    """The list as the person sees it, and the queries that read projects for it."""
    client.force_login(person)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address or reverse("projects:list"),
                              HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    read = [q["sql"] for q in captured.captured_queries if '"projects_project"' in q["sql"]
            and "COUNT" in q["sql"] or '"projects_project"."title" AS' in q["sql"]]
    return response, read


def save_title(project, person, title):
    document = application_of(project)
    state = document.section_states.filter(section="basics").first()
    save_section(document=document, key="basics", actor=person,
                 data=SectionInput(fields={"title": title}),
                 expected_revision=state.revision if state else 0)


def in_back_office(model_admin, obj, person, **changes):
    """Saved as the back office saves it, audited (added if it is new)."""
    request = RequestFactory().post("/admin/")
    request.user = person
    for name, value in changes.items():
        setattr(obj, name, value)
    model_admin(type(obj), admin.site).save_model(request, obj, form=None,
                                                  change=obj.pk is not None)


def test_officers_of_a_body_share_the_kept_list_until_a_title_is_saved(client, project,
                                                                       personas):
    past_submission(project, status=ProjectStatus.RETURNED)
    first, read = listed(client, personas["case_officer"])
    assert read and "Näringsliv i samverkan" in first.content.decode()
    again, read = listed(client, personas["case_officer"])
    assert read == [] and again.content.decode().count("Näringsliv i samverkan") == 1
    _, read = listed(client, personas["administrator"])  # same body, same list
    assert read == []

    save_title(project, personas["manager"], "Näringsliv i nya samverkan")
    after, read = listed(client, personas["administrator"])
    assert read
    assert "Näringsliv i nya samverkan" in after.content.decode()


def test_a_project_submitted_joins_the_kept_list_and_its_count(client, project, personas,
                                                              programme):
    other = create_project(actor=personas["manager"], title="Annat projekt", slug="annat",
                           programme=programme)
    past_submission(project)
    before, _ = listed(client, personas["case_officer"])
    assert before.context["page"].paginator.count == 1
    past_submission(other)
    after, _ = listed(client, personas["case_officer"])
    assert after.context["page"].paginator.count == 2
    assert "Annat projekt" in after.content.decode()


def test_names_changed_in_the_back_office_show_at_the_next_visit(client, project, personas,
                                                                 programme, owner_organisation,
                                                                 other_funding_body):
    past_submission(project)
    listed(client, personas["case_officer"])
    superuser = personas["administrator"]
    in_back_office(admin.site._registry[Organisation].__class__, owner_organisation, superuser,
                   name="Umeå kommun (ny)")
    in_back_office(ProgrammeAdmin, programme, superuser, name="Programmet med nytt namn")
    shown, read = listed(client, personas["case_officer"])
    assert read
    assert "Umeå kommun (ny)" in shown.content.decode()
    assert "Programmet med nytt namn" in shown.content.decode()

    in_back_office(ProgrammeAdmin, Programme.objects.get(pk=programme.pk), superuser,
                   funding_body=other_funding_body)
    moved, _ = listed(client, personas["case_officer"])
    assert moved.context["page"].paginator.count == 0
    theirs, _ = listed(client, personas["other_case_officer"])
    assert [card.slug for card in theirs.context["page"].object_list] == ["nis"]


def test_a_role_in_another_body_s_project_follows_that_project(client, project, personas):
    past_submission(project)
    officer = personas["other_case_officer"]
    ProjectRole.objects.create(project=project, user=officer, role=RoleKind.VIEWER)
    first, _ = listed(client, officer)
    assert [card.slug for card in first.context["page"].object_list] == ["nis"]
    past_submission(project, status=ProjectStatus.RETURNED)
    save_title(project, personas["manager"], "Ett nytt namn på projektet")
    after, read = listed(client, officer)
    assert read and "Ett nytt namn på projektet" in after.content.decode()


def test_the_kept_rows_are_in_the_language_asked_for(client, project, personas):
    past_submission(project)
    swedish, _ = listed(client, personas["case_officer"], language="sv")
    english, read = listed(client, personas["case_officer"], language="en")
    labels = {}
    for language in ("sv", "en"):
        with translation.override(language):
            labels[language] = str(ProjectStatus.SUBMITTED.label)
    assert labels["sv"] != labels["en"]
    assert labels["sv"] in swedish.content.decode()
    assert read and labels["en"] in english.content.decode()
    assert labels["sv"] not in english.content.decode()


def test_the_api_list_is_kept_and_follows_changes(client, project, personas):
    past_submission(project, status=ProjectStatus.RETURNED)
    address = reverse("projects_api:list") + "?ordering=-start_date"
    first, read = listed(client, personas["case_officer"], address)
    assert read and first.json()["count"] == 1
    again, read = listed(client, personas["case_officer"], address)
    assert read == [] and again.json() == first.json()
    save_title(project, personas["manager"], "Namnet i API:et")
    after, _ = listed(client, personas["case_officer"], address)
    assert after.json()["results"][0]["title"] == "Namnet i API:et"


def test_the_kept_filters_show_what_was_typed_its_errors_and_new_programmes(
        client, project, personas, programme, funding_body):
    past_submission(project)
    address = reverse("projects:list") + "?year=10000&q=samverkan"
    for _ in range(2):
        shown, _ = listed(client, personas["case_officer"], address)
        form = shown.context["filter"].form
        assert form.errors["year"][0] in shown.content.decode()
        assert 'value="samverkan"' in shown.content.decode()
    added = Programme(name="Ett nytt program", slug="nytt", funding_body=funding_body,
                      country=programme.country, application_form=programme.application_form)
    in_back_office(ProgrammeAdmin, added, personas["administrator"])
    shown, _ = listed(client, personas["case_officer"], address)
    assert "Ett nytt program" in shown.content.decode()
