import pytest
from django.core.management import call_command


class _Sink:
    def write(self, text):
        pass


@pytest.fixture
def demo(db, shipped_cost_category_sets, shipped_indicator_catalogue):
    """The five seed projects as the demo writes them, by slug."""
    from projects.models import Project

    call_command("load_demo", stdout=_Sink())
    return {project.slug: project for project in
            Project.objects.select_related("programme__funding_body")}


@pytest.fixture
def in_english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def export_root(settings, tmp_path):
    """Where the export tests' files are written (tests/reports/test_export*.py)."""
    settings.EXPORT_ROOT = tmp_path / "exports"
    return settings.EXPORT_ROOT


@pytest.fixture
def officer(demo):
    from portal.models import User

    return User.objects.get(username="handlaggare")  # Tillväxtverket's case officer


@pytest.fixture
def nis(demo):
    return demo["nis-6-0"]
