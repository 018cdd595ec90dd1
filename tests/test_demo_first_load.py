"""The demo loaded into an empty database: what the first load prints and in which order
the apps write their parts. Apart from tests/test_demo.py, whose tests share one load."""

import sys
import types

from django.core.management import call_command

from demo import loader
from projects.demo.people import DEMO_PASSWORD
from projects.models import Project
from tests.test_demo import SLUGS, _Sink


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
    assert followed == {"nis-6-0": "running"}
