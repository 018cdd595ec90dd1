"""The overview's checklist (what each section still lacks, what the other apps' submission
checks find) is worked out once per change of the project and kept: a kept checklist is the
one worked out afresh, and a change through a service shows on the next visit."""

import re

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from projects import checklist as checklists
from projects.checklist import checklist, kept_checklist
from projects.models import Project
from projects.services import workflow
from risks.models import ProgrammeRiskRules
from risks.services.risks import RiskInput, add_risk
from tests.kept import assert_visit_kept, visit
from tests.projects.helpers import complete_application
from tests.projects.test_documents import save

# A new token for every page (the forms' field and HTMX's header): the rest is compared.
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"|"X-CSRFToken": "[^"]+"')
NOT_ASSESSED = "sannolikhet och konsekvensnivå är ännu inte bedömda"


def overview(client, project, language="sv") -> str:
    response = client.get(reverse("projects:overview", args=[project.slug]),
                          HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return CSRF_TOKEN.sub("", response.content.decode())


def test_kept_until_the_project_changes(project, personas):
    first = kept_checklist(project)
    assert first == checklist(project)
    assert first.gaps["background"]  # a new application lacks its background
    with CaptureQueriesContext(connection) as captured:
        assert kept_checklist(project) == first
    assert len(captured.captured_queries) == 1  # the change stamps
    save(project, "background", personas["manager"], background="Nytt underlag")
    now = Project.objects.get(pk=project.pk)
    changed = kept_checklist(now)
    assert changed == checklist(now) != first
    assert changed.gaps["background"] == []


def test_each_language_is_kept_apart(project):
    with translation.override("en"):
        english = kept_checklist(project)
        assert english == checklist(project)
    with translation.override("sv"):
        swedish = kept_checklist(project)
        assert swedish == checklist(project)
    assert english != swedish


def test_a_checklist_kept_yesterday_is_worked_out_again_today(project, monkeypatch):
    """The plan's dates and today's exchange rate move with the calendar."""
    from datetime import date

    built = []
    work_out = checklists.checklist
    monkeypatch.setattr(checklists, "checklist", lambda p: built.append(p) or work_out(p))
    monkeypatch.setattr(checklists.timezone, "localdate", lambda: date(2031, 5, 4))
    kept_checklist(project)
    kept_checklist(project)
    monkeypatch.setattr(checklists.timezone, "localdate", lambda: date(2031, 5, 5))
    kept_checklist(project)
    assert len(built) == 2


def test_a_change_through_a_service_shows_on_the_next_visit(client, project, personas):
    ProgrammeRiskRules.objects.create(programme=project.programme, requires_assessment=True)
    manager = personas["manager"]
    client.force_login(manager)
    first = overview(client, project)
    assert "Bakgrund saknas" in first
    assert NOT_ASSESSED not in first
    assert overview(client, project) == first  # kept
    save(project, "background", manager, background="Nytt underlag")
    add_risk(project=project, actor=manager,
             data=RiskInput(title="Det är en risk att kommunerna inte förankrar projektet"))
    after = overview(client, project)
    assert "Bakgrund saknas" not in after
    assert NOT_ASSESSED in after


def test_the_kept_overview_reads_as_the_one_worked_out_afresh(client, project, personas):
    """Gaps in sections and a check's problems, in Swedish and in English."""
    ProgrammeRiskRules.objects.create(programme=project.programme, requires_assessment=True)
    manager = personas["manager"]
    add_risk(project=project, actor=manager,
             data=RiskInput(title="Det är en risk att kommunerna inte förankrar projektet"))
    client.force_login(manager)
    for language in ("sv", "en"):
        caches["pages"].clear()
        afresh = overview(client, project, language)
        assert overview(client, project, language) == afresh
    assert NOT_ASSESSED in overview(client, project, "sv")
    assert "likelihood and impact are not yet assessed" in overview(client, project, "en")


def test_the_decisions_and_team_are_kept_until_the_next_step(client, project, personas):
    complete_application(project)
    workflow.submit_application(project=project, actor=personas["manager"])
    client.force_login(personas["case_officer"])
    first = assert_visit_kept(client, "projects:overview", project)
    workflow.return_application(project=project, actor=personas["case_officer"],
                                comment="Komplettera budgeten i sin helhet.")
    after, _ = visit(client, "projects:overview", project)
    assert "Komplettera budgeten i sin helhet." in after
    assert "Komplettera budgeten i sin helhet." not in first


def test_the_kept_application_card_follows_a_section_saved_unchanged_by_another(
        client, project, personas):
    """Saving a section unchanged moves no stamp, but its saver and time are shown."""
    client.force_login(personas["member"])
    save(project, "background", personas["manager"], background="Bakgrunden")
    first = overview(client, project)
    assert overview(client, project) == first
    assert "Maja Ledare" in first
    save(project, "background", personas["member"], revision=1, background="Bakgrunden")
    card = overview(client, project).split('id="sections-heading"')[1].split("</section>")[0]
    assert str(personas["member"]) in card and "Maja Ledare" not in card
    for language, lacking in (("sv", "Bakgrund saknas"), ("en", "Background is missing")):
        assert lacking not in overview(client, project, language)
