"""The demo: five seed projects, their facts and contradictions, and one login per role."""

import sys
import types

import pytest
from django.core.management import call_command

from demo import loader
from portal.models import AuditEntry, Organisation, User
from projects.demo.people import DEMO_PASSWORD
from projects.models import (
    BenefitArea,
    Document,
    DocumentVersion,
    GroupMember,
    Participation,
    ParticipationRole,
    Programme,
    Project,
    ProjectRole,
    StaffMember,
    StatusChange,
    SubGoal,
)

SLUGS = {
    "invest-in-norrbotten": "submitted",
    "nis-6-0": "final_report_submitted",
    "region-norrbotten-2017": "final_report_submitted",
    "kreativ-region-2020": "submitted",
    "samordnet-naeringsapparat-kongsberg": "draft",
}
COUNTED_MODELS = [
    Project, Organisation, User, Programme, Participation, GroupMember, StaffMember, SubGoal,
    BenefitArea, ProjectRole, Document, DocumentVersion, StatusChange, AuditEntry,
]


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=_Sink())
    return {project.slug: project for project in Project.objects.all()}


class _Sink:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def _municipalities(project):
    return {
        p.organisation.name: p.organisation
        for p in project.participations.select_related("organisation")
        if p.organisation.kind == "municipality"
    }


def _owner(project):
    return project.participations.get(role=ParticipationRole.OWNER).organisation.name


def test_it_loads_twice_without_changing_anything(demo):
    before = {model.__name__: model.objects.count() for model in COUNTED_MODELS}
    changed_at = dict(Project.objects.values_list("slug", "updated_at"))
    out = _Sink()
    call_command("load_demo", stdout=out)
    after = {model.__name__: model.objects.count() for model in COUNTED_MODELS}
    assert after == before
    assert dict(Project.objects.values_list("slug", "updated_at")) == changed_at
    assert "left unchanged" in out.text


def test_it_keeps_a_changed_demo_password(demo):
    user = User.objects.get(username="projektledare")
    user.set_password("a-new-password-2026")
    user.save()
    call_command("load_demo", stdout=_Sink())
    user.refresh_from_db()
    assert user.check_password("a-new-password-2026")


def test_it_prints_the_logins(db):
    out = _Sink()
    call_command("load_demo", stdout=out)
    assert DEMO_PASSWORD in out.text
    for username in ("projektledare", "medarbetare", "styrgrupp", "finansiar", "lasare",
                     "handlaggare", "handlaggare-norrbotten", "admin"):
        assert username in out.text


def test_other_apps_demo_writes_the_application_before_submission_and_follows_up_later(
        db, monkeypatch):
    seen = {}
    followed = {}
    fake = types.ModuleType("fake_app.demo")
    fake.application = lambda projects: seen.update(
        {slug: Project.objects.get(pk=p.pk).status for slug, p in projects.items()})
    fake.follow_up = lambda projects: followed.update(
        {slug: Project.objects.get(pk=p.pk).status for slug, p in projects.items()})
    monkeypatch.setitem(sys.modules, "fake_app.demo", fake)
    monkeypatch.setattr(loader, "APPS", (*loader.APPS, "fake_app"))
    call_command("load_demo", stdout=_Sink())
    assert seen == dict.fromkeys(SLUGS, "draft")
    # Follow-up comes once the funding body has approved and the project runs.
    assert followed == {"nis-6-0": "running", "region-norrbotten-2017": "running"}


def test_a_missing_demo_module_is_skipped_but_a_broken_one_is_not(tmp_path, monkeypatch):
    assert loader._extension("no_such_app.demo") is None
    (tmp_path / "broken_app_demo.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        loader._extension("broken_app_demo")
