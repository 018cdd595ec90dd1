"""Every reports URL, every persona: who may read and download, who may write, submit and
decide, in a running project with a status report and a final report under way.

A URL added without a line here fails `test_every_reports_url_is_in_the_matrix`.
"""

import pytest
from django.urls import reverse

from reports import services
from tests.matrix import EVERYONE, PERSONAS, STAFF, WRITERS, Case, call, check, url_names
from tests.reports.helpers import start_running

DOWNLOADERS = {"manager", "member", "steering", "financier", *STAFF}
STATUS = {"kind": "lagesrapport", "number": 1}
FINAL = {"kind": "slutrapport", "number": 1}

# name: (URL arguments beyond the slug, query string, who may read it)
READS = {
    "reports:documents": ({}, "", EVERYONE),
    "reports:application_pdf": ({}, "", DOWNLOADERS),
    "reports:application_preview": ({}, "sprak=en", DOWNLOADERS),
    "reports:report": (STATUS, "", EVERYONE),
    "reports:report_section": ({**STATUS, "key": "overview"}, "", EVERYONE),
    "reports:report_pdf": (FINAL, "sprak=nb", DOWNLOADERS),
    "reports:report_preview": (STATUS, "", DOWNLOADERS),
    "reports:report_compare": (STATUS, "", DOWNLOADERS),
}
# (name, URL arguments, who may, posted data)
WRITES = [
    ("reports:status_report_start", {}, WRITERS,
     {"period_start": "2021-01-01", "period_end": "2021-06-30"}),
    ("reports:final_report_start", {}, WRITERS, {}),
    ("reports:report_section", {**STATUS, "key": "overview"}, WRITERS,
     {"revision": "0", "progress": "Enligt plan."}),
    ("reports:report_transition", {**STATUS, "action": "skicka-in"}, {"manager"}, {}),
    # Case officers of the funding body decide; administrators administer.
    ("reports:report_transition", {**STATUS, "action": "returnera"}, {"case_officer"},
     {"comment": "Komplettera"}),
    ("reports:report_transition", {**FINAL, "action": "godkann"}, {"case_officer"}, {}),
]
# Not project pages: a person's own exports. Anyone logged in asks for one (the export itself
# is refused unless they may read every project in it, tests/reports/test_exports.py); a job
# is found only by the person who asked for it.
EXPORT_PAGES = {"reports:exports", "reports:export", "reports:export_status",
                "reports:export_download", "reports:export_retry"}


CASES = [Case(name, frozenset(who), "get", kwargs, "running")
         for name, (kwargs, _query, who) in READS.items()] + [
    Case(name, frozenset(who), "post", kwargs, "running", data)
    for name, kwargs, who, data in WRITES]
# A printing's pages need a printing: tests/reports/test_printing.py and the test below.
PRINT_PAGES = {"reports:print", "reports:print_status", "reports:print_download",
               "reports:print_retry"}
COVERED_ELSEWHERE = EXPORT_PAGES | PRINT_PAGES


def test_every_reports_url_is_in_the_matrix():
    # The API's addresses are walked in the API's matrix (tests/api/test_api_access.py).
    ours = {name for name in url_names() if name.startswith("reports:")}
    assert ours == set(READS) | {name for name, *_ in WRITES} | EXPORT_PAGES | PRINT_PAGES


@pytest.mark.parametrize("persona", PERSONAS)
def test_everyone_logged_in_has_an_export_page_and_nobody_sees_anothers_job(
        client, world, personas, persona):
    from reports.models import ExportJob

    job = ExportJob.objects.create(requested_by=personas["case_officer"], document="final",
                                   programme=world.programme)
    response = call(client, personas, persona, "get", reverse("reports:exports"))
    if persona == "anonymous":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
        return
    assert response.status_code == 200
    for name in ("reports:export", "reports:export_status", "reports:export_download"):
        status = client.get(reverse(name, args=[job.pk])).status_code
        if persona == "case_officer" and name != "reports:export_download":
            assert status == 200
        else:
            assert status == 404  # not theirs, or (the download) not made yet
    expected = 302 if persona == "case_officer" else 404  # a queued job: "not retried" message
    assert client.post(reverse("reports:export_retry", args=[job.pk])).status_code == expected


@pytest.fixture
def world(project, personas):
    from datetime import date

    start_running(project, personas)
    services.start_status_report(project=project, actor=personas["manager"],
                                 period_start=date(2020, 1, 1), period_end=date(2020, 6, 30))
    services.start_final_report(project=project, actor=personas["manager"])
    return project


@pytest.mark.parametrize("name", sorted(READS))
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, world, personas, name, persona):
    kwargs, query, who = READS[name]
    address = reverse(name, kwargs={"slug": world.slug, **kwargs})
    response = call(client, personas, persona, "get", f"{address}?{query}")
    check(response, persona, who, name)


@pytest.mark.parametrize("name,kwargs,who,data", WRITES,
                         ids=[f"{w[0]}-{w[1].get('action', '')}" for w in WRITES])
@pytest.mark.parametrize("persona", PERSONAS)
def test_writing(client, world, personas, name, kwargs, who, data, persona):
    address = reverse(name, kwargs={"slug": world.slug, **kwargs})
    check(call(client, personas, persona, "post", address, data), persona, who, name)


def test_a_report_of_another_kind_or_number_is_not_found(client, world, personas):
    client.force_login(personas["manager"])
    for kwargs in ({"kind": "lagesrapport", "number": 7}, {"kind": "okand", "number": 1}):
        assert client.get(reverse("reports:report", kwargs={"slug": world.slug, **kwargs})
                          ).status_code == 404


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_printing_is_followed_by_those_who_may_download(client, world, personas, persona):
    from reports.rendering import request_render

    job = request_render(personas["manager"], world, "application", version=None)
    for name in ("reports:print", "reports:print_status", "reports:print_download"):
        response = call(client, personas, persona, "get",
                        reverse(name, args=[world.slug, job.pk]))
        if persona in DOWNLOADERS and name == "reports:print_download":
            assert response.status_code == 404  # not printed yet
        else:
            check(response, persona, DOWNLOADERS, name)
    response = call(client, personas, persona, "post",
                    reverse("reports:print_retry", args=[world.slug, job.pk]))
    check(response, persona, DOWNLOADERS, "reports:print_retry")
