"""What the export tests share (their fixtures are in conftest.py): the form posted and the
worker's step."""

from django.urls import reverse

from reports.models import ExportJob


def ask(client, user, nis, **posted):
    client.force_login(user)
    data = {"document": "final", "scope": f"p{nis.programme_id}", "year": "",
            "language": "sv", **posted}
    return client.post(reverse("reports:exports"), data)


def work(job: ExportJob) -> None:
    """What the worker runs for the job, in this process and transaction."""
    from reports.tasks import build_export

    build_export.call(job.pk)
