"""The demo: four seed projects (seed 002 is portfolio data), their facts and contradictions,
and one login per role; loading it again."""

import pytest
from django.core.management import call_command

from demo import loader
from portal.models import AuditEntry, Organisation, User
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
    "kreativ-region-2020": "submitted",
    "samordnet-naeringsapparat-kongsberg": "draft",
}
COUNTED_MODELS = [
    Project, Organisation, User, Programme, Participation, GroupMember, StaffMember, SubGoal,
    BenefitArea, ProjectRole, Document, DocumentVersion, StatusChange, AuditEntry,
]


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py); each test's writes are
    rolled back. The tests of a first load are in tests/test_demo_first_load.py."""
    return demo_projects


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


def test_a_missing_demo_module_is_skipped_but_a_broken_one_is_not(tmp_path, monkeypatch):
    assert loader._extension("no_such_app.demo") is None
    (tmp_path / "broken_app_demo.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        loader._extension("broken_app_demo")


def test_workflow_events_are_dated_as_the_documents_date_them_not_on_the_load_day(demo):
    from django.utils import timezone

    from finance.models import BudgetVersion

    today = timezone.localdate()
    stamped = {
        "status changes": StatusChange.objects.values_list("at", flat=True),
        "frozen versions": DocumentVersion.objects.values_list("created_at", flat=True),
        "audit entries": AuditEntry.objects.values_list("at", flat=True),
        "budget versions": BudgetVersion.objects.values_list("created_at", flat=True),
    }
    for what, moments in stamped.items():
        years = {moment.year for moment in moments}
        assert years and years <= set(range(2008, 2023)), (what, sorted(years))
        assert today not in {timezone.localdate(moment) for moment in moments}, what
    nis = demo["nis-6-0"]
    steps = [(s.to_status, timezone.localdate(s.at).isoformat())
             for s in StatusChange.objects.filter(project=nis, document__kind="application")
             .order_by("at")]
    assert steps == [("submitted", "2019-05-31"), ("approved", "2019-09-16"),
                     ("running", "2019-10-01"), ("final_report_submitted", "2022-12-15")]
    final = DocumentVersion.objects.get(document__project=nis, document__kind="final_report")
    assert timezone.localdate(final.created_at).isoformat() == "2022-12-15"
