"""Bad input gets a message, never a server error: every page and API endpoint read with
hostile values in every query parameter the code reads, and every form posted with hostile
ids, on the demo's projects (which have budgets, plans, risks, indicators and versions).

The parameter names are read from the source, so a parameter added later is walked too."""

import re
from pathlib import Path

import pytest
from django.http import QueryDict
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from portal.models import User
from projects.models import Project

ROOT = Path(__file__).resolve().parents[2]
# Every app of ours: the reports app includes the portfolio (reports/portfolio), its
# dashboard, ledgers and exports.
APPS = ["portal", "projects", "finance", "plans", "risks", "indicators", "reports"]
# Out of range for a date but not for a number, negative, overflowing a bigint (and not a
# date), a NUL byte: the four kinds that reached the database as server errors. Digits that
# are not ASCII and overlong texts are refused by the parsers and forms each test covers.
HOSTILE = ["10000", "-5", "9" * 40, "\x00"]
# Each name alone (so no other bad value is refused first and hides it) with these two; all
# of a page's names at once with every one of the four. That bounds the walk's time.
ALONE = ("10000", "\x00")


def names_read_from(kind: str) -> dict[str, set[str]]:
    """Every query (GET) or form (POST) name each app's code reads, found in the source."""
    pattern = re.compile(rf"{kind}(?:\.get\(|\[|\.getlist\()\s*[\"']([\w-]+)[\"']")
    found: dict[str, set[str]] = {}
    for app in APPS:
        names = found.setdefault(app, set())
        for path in (ROOT / app).rglob("*.py"):
            text = path.read_text()
            names |= set(pattern.findall(text))
            names |= set(re.findall(rf"[\"'](\w+)[\"']\s+in\s+(?:request\.)?(?:{kind}|posted)\b",
                                    text))
            if kind == "POST":  # what forms read from a post: their fields
                names |= set(re.findall(r"^    (\w+) = forms\.\w+\(", text, re.M))
            names |= set(re.findall(r"^AS_AT\s*=\s*[\"'](\w+)[\"']", text, re.M))
    from projects.filters import ProjectFilter

    found["projects"] |= set(ProjectFilter.base_filters) | {"page", "sida"}
    return found


GET_NAMES = {app: names | names_read_from("query_params")[app]
             for app, names in names_read_from("GET").items()}
POST_NAMES = names_read_from("POST")


def url_patterns(resolver=None, namespace="", outer=()):
    for pattern in (resolver or get_resolver()).url_patterns:
        arguments = (*outer, *pattern.pattern.converters)
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_patterns(pattern, inner, arguments)
        elif isinstance(pattern, URLPattern) and pattern.name:
            view = getattr(pattern.callback, "view_class", pattern.callback)
            yield namespace + pattern.name, list(arguments), view.__module__.split(".")[0]


def first_id(project: Project, name: str) -> int:
    """An object of this project for each kind of id a URL takes."""
    from finance.models import Budget, OutcomeReport
    from indicators.models import ParticipationRecord, ProjectIndicator, SupportedCompany
    from plans.models import Action, Meeting, WorkPackage
    from reports.models import ExportJob
    from reports.portfolio.models import LedgerImport
    from risks.models import Risk

    models = {"budget_id": (Budget, "project"), "report_id": (OutcomeReport, "budget__project"),
              "work_package_id": (WorkPackage, "project"),
              "meeting_id": (Meeting, "project"), "action_id": (Action, "meeting__project"),
              "risk_id": (Risk, "project"), "indicator_id": (ProjectIndicator, "project"),
              "record_id": (ParticipationRecord, "project"),
              "company_id": (SupportedCompany, "project")}
    if name == "job_id":  # an export job of the project's funding body
        return ExportJob.objects.values_list("pk", flat=True).first() or 999_999
    if name == "ledger_id":
        return LedgerImport.objects.values_list("pk", flat=True).first() or 999_999
    if name == "user_id":  # a member of the project's team
        from projects.models import ProjectRole

        return ProjectRole.objects.filter(project=project).values_list(
            "user_id", flat=True).first() or 999_999
    if name not in models:
        return 999_999  # an id this walk does not know yet: the URL is still walked
    model, path = models[name]
    found = model.objects.filter(**{path: project}).values_list("pk", flat=True).first()
    return found or 999_999


def a_report_of(project: Project) -> dict:
    """The URL arguments of a status report the project has written (its first section and
    a step it may take), so the report pages are walked, not only their 404."""
    from projects.models import Document, DocumentKind
    from reports.views.reports import SLUGS

    report = (Document.objects.filter(project=project, kind=DocumentKind.STATUS_REPORT)
              .order_by("number").first())
    if report is None:
        return {"kind": "slutrapport", "number": 1}
    from projects.documents.types import type_of

    sections = type_of(report).sections(report)
    return {"kind": SLUGS[report.kind], "number": report.number,
            "report_key": sections[0].key if sections else "goals"}


def urls_of(project: Project):
    report = a_report_of(project)
    fixed = {"slug": project.slug, "key": "goals", "action": "approve", "number": 1,
             "kind": report["kind"], "uidb64": "MQ", "token": "set-password"}
    for name, arguments, app in url_patterns():
        kwargs = {a: fixed[a] if a in fixed else first_id(project, a) for a in arguments}
        if name.startswith("reports:report"):
            kwargs.update({k: v for k, v in (("number", report["number"]),
                                             ("key", report.get("report_key")),
                                             ("action", "submit")) if k in kwargs and v})
        if "slug" not in arguments and arguments:
            continue  # the password reset link: Django's own view
        yield name, reverse(name, kwargs=kwargs), app


@pytest.fixture
def demo(demo_projects):
    """The demo project in follow-up with the most in it (budgets, outcome reports, plan,
    meetings, risks, indicators, versions). The demo is loaded once for the module; what a
    walk's requests write is rolled back after each test."""
    return [demo_projects["nis-6-0"]]


def people(project):
    """Its project manager, who may write, and a case officer of the funding body, who
    reviews, decides and sees the portfolio."""
    from portal.models import StaffRole

    funding_body = project.programme.funding_body_id
    return [User.objects.filter(project_roles__project=project,
                                project_roles__role="manager").first(),
            User.objects.filter(funding_body_id=funding_body,
                                staff_role=StaffRole.CASE_OFFICER).order_by("pk").first()]


def test_the_walk_knows_the_parameters_it_must_try():
    assert {"year", "status", "programme", "municipality", "q", "sida", "fran",
            "till"} <= GET_NAMES["projects"]
    assert {"per", "sida", "typ"} <= GET_NAMES["indicators"]
    assert {"remove", "member", "withdraw", "revision"} <= POST_NAMES["projects"]
    assert {"revoke"} <= POST_NAMES["portal"] and {"figure", "revision"} <= POST_NAMES[
        "indicators"]


class ReadNames:
    """The query and form names a request's code actually read (QueryDict look-ups).

    Building a QueryDict (parsing, copying, appending) tests each key it stores with `in`;
    that is no read by the code, and counting it made every name of the query look read on
    every page that touched it. Taking all values at once (`lists()`, and so `urlencode()`)
    reads every name the query holds."""

    def __init__(self, monkeypatch):
        self.names: set[str] = set()
        self.building = 0
        for method in ("__getitem__", "get", "getlist", "__contains__"):
            original = getattr(QueryDict, method)

            def recording(query, key, *args, _original=original, **kwargs):
                if not self.building:
                    self.names.add(key)
                return _original(query, key, *args, **kwargs)
            monkeypatch.setattr(QueryDict, method, recording)
        for method in ("__init__", "appendlist", "setlistdefault", "__copy__", "__deepcopy__"):
            original = getattr(QueryDict, method)

            def building(query, *args, _original=original, **kwargs):
                self.building += 1
                try:
                    return _original(query, *args, **kwargs)
                finally:
                    self.building -= 1
            monkeypatch.setattr(QueryDict, method, building)
        original_lists = QueryDict.lists

        def every_value(query):
            if not self.building:
                self.names.update(dict.keys(query))
            return original_lists(query)
        monkeypatch.setattr(QueryDict, "lists", every_value)


def walk(demo, method: str, candidates: set[str], monkeypatch, skip=(),
         apps=(*APPS, "django", "drf_spectacular")) -> list[str]:
    """Each URL once with every candidate name to learn which it reads, then each name it
    reads alone with the values in ALONE, then all of them at once with each hostile value."""
    read = ReadNames(monkeypatch)
    client = Client(raise_request_exception=False)
    failures = []
    for project in demo:
        for person in people(project):
            client.force_login(person)
            for name, url, app in urls_of(project):
                if (name in skip or name.endswith("_pdf")
                        or app not in apps):
                    continue  # PDFs read what their previews read, walked here
                read.names.clear()
                getattr(client, method)(url, dict.fromkeys(candidates, "1"))
                names = read.names & candidates
                for value in HOSTILE if names else []:
                    alone = [{n: value} for n in sorted(names)] if value in ALONE else []
                    together = [dict.fromkeys(names, value)] if len(alone) != 1 else []
                    for data in alone + together:  # one name: alone is all at once
                        response = getattr(client, method)(url, data)
                        if response.status_code >= 500:
                            failures.append(f"{method} {name} {data}"[:100])
    return sorted(set(failures))


# Two walks of each kind, so that the suite's two workers share them (each loads the demo).
WALKS = [("portal", "django", "drf_spectacular", "projects", "finance"),
         ("plans", "risks", "indicators", "reports")]
WALK_NAMES = ["portal-projects-finance", "plans-risks-indicators-reports"]


@pytest.mark.parametrize("apps", WALKS, ids=WALK_NAMES)
def test_no_page_or_api_answers_a_hostile_query_with_a_server_error(demo, monkeypatch, apps):
    failures = walk(demo, "get", set().union(*GET_NAMES.values()), monkeypatch, apps=apps)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("apps", WALKS, ids=WALK_NAMES)
def test_no_form_answers_hostile_posted_values_with_a_server_error(demo, monkeypatch, apps):
    failures = walk(demo, "post", set().union(*POST_NAMES.values()), monkeypatch,
                    skip={"logout", "set_language"}, apps=apps)
    assert not failures, "\n".join(failures)
