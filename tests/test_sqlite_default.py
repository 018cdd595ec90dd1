"""`make run` keeps its data in SQLite unless DATABASE_URL says otherwise, while CI runs the
suite on PostgreSQL: a statement only PostgreSQL understands would pass every other test and
break the portal a newcomer starts. So the demo is loaded into a fresh SQLite database, as
`make run` loads it, and every persona's main pages are read from it."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

READ_AS_EVERY_PERSONA = textwrap.dedent("""
    import django
    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse
    from portal.models import User
    from projects.models import Project

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))
    pages = [reverse("projects:list"), reverse("portfolio:portfolio")]
    for project in Project.objects.all():
        pages += [reverse(name, args=[project.slug]) for name in
                  ("projects:overview", "finance:budgets", "portfolio:dashboard")]
    failed = []
    for person in User.objects.filter(is_active=True):
        client = Client(raise_request_exception=False)
        client.force_login(person)
        failed += [f"{person.username} {page} {status}" for page in pages
                   if (status := client.get(page, secure=True).status_code) >= 500]
    print("\\n".join(failed) or "ok")
""")


def test_the_demo_loads_and_reads_on_sqlite(tmp_path):
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
                   "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "portal.settings"}
    run = subprocess.run([sys.executable, "-c", "import os\n" + READ_AS_EVERY_PERSONA],
                         cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip().splitlines()[-1] == "ok", run.stdout[-3000:]
