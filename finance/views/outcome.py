"""Outcome: costs and financing received per reporting period, against the approved budget."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from finance import selectors
from finance.access import FinanceAccess
from finance.amounts import ZERO
from finance.forms import (
    MAX_ROWS,
    OutcomeReportForm,
    ascii_id,
    read_amount,
    read_count,
    read_revision,
)
from finance.models import FinancingType, OutcomeReport, OutcomeStatus
from finance.outcome import outcome_table
from finance.outcome_body import outcome_sections
from finance.services.errors import EditConflict
from finance.services.outcome import ReceivedInput, create_report, save_report, submit_report
from finance.views.common import page, shown
from portal import stamps
from portal.organisation_chooser import SEARCH_SUFFIX, read_choosers
from portal.organisation_field import chooser_context, chooser_html
from projects.access import abilities_for
from projects.services.errors import ServiceError

TAB = "finance:outcome"


@login_required
def outcome_overview(request, slug):
    project, finance = abilities_for(request.user, slug, FinanceAccess)
    sections = [{"budget_id": kept.budget_id, "html": kept.html,
                 "form": OutcomeReportForm(auto_id=f"id_b{kept.budget_id}_%s")
                 if finance.can_report_outcome else None}
                for kept in outcome_sections(project)]
    return render(request, "finance/outcome.html", page(
        project, finance.access, TAB, sections=sections, finance=finance))


@login_required
@require_POST
def outcome_create(request, slug, budget_id):
    project, _finance = abilities_for(request.user, slug, FinanceAccess, "can_report_outcome")
    budget = selectors.current_version(project, budget_id).budget
    form = OutcomeReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(" ".join(e) for e in form.errors.values()))
        return redirect("finance:outcome", slug=slug)
    try:
        report = create_report(budget=budget, actor=request.user, **form.cleaned_data)
    except ServiceError as error:
        messages.error(request, str(error))
        return redirect("finance:outcome", slug=slug)
    return redirect("finance:outcome_report", slug=slug, report_id=report.pk)


@login_required
def outcome_report(request, slug, report_id):
    project, finance = abilities_for(request.user, slug, FinanceAccess)
    access = finance.access
    if request.method == "POST":
        finance.require("can_report_outcome")
    report = get_object_or_404(OutcomeReport.objects.select_related("budget"),
                               pk=report_id, budget__project=project)
    version = selectors.approved_versions(project).get(report.budget_id)
    if version is None:
        raise Http404
    budget = version.budget
    editable = finance.can_report_outcome and report.status == OutcomeStatus.DRAFT
    errors, raw, conflict = {}, {}, None

    if request.method == "POST" and request.POST.get("action") == "submit":
        try:
            submit_report(report=report, actor=request.user)
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The outcome report has been submitted."))
        return redirect("finance:outcome_report", slug=slug, report_id=report.pk)

    # Every approved cell and every earlier report's lines: kept per change of the project.
    table = stamps.kept("outcome-table", project.pk, (report.pk, version.pk, get_language()),
                        lambda: outcome_table(report, selectors.budget_figures(version)))
    extra = f"recv-{len(table.financing)}-financier"  # the row for financing not in the plan
    posted = request.POST
    if request.method == "POST":
        posted, unknown = read_choosers(request.POST, [extra])
        errors.update(unknown)
        costs, received, raw = _read(posted, table, errors)
        if not editable:
            messages.error(request, _("This report cannot change now."))
        elif not errors:
            try:
                save_report(report=report, actor=request.user, costs=costs, received=received,
                            expected_revision=read_revision(request.POST),
                            note=request.POST.get("note", ""))
            except EditConflict as error:
                conflict = error.version
            except ServiceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The outcome report has been saved."))
                return redirect("finance:outcome_report", slug=slug, report_id=report.pk)
        else:
            messages.error(request, _("The report was not saved. Correct the marked amounts; "
                                      "everything you typed is still there."))
    return render(request, "finance/outcome_report.html", page(
        project, access, TAB, budget=budget, report=report, table=table, editable=editable,
        errors=errors, raw=raw, conflict=conflict, types=FinancingType.choices,
        extra_financier=_extra_financier(project, extra, posted, errors) if editable else "",
        extra_financier_error=errors.get(extra, ""),
        cost_rows=[{"line": line, "name": f"cost-{line.key}",
                    "value": raw.get(f"cost-{line.key}", shown(line.this_period or None)),
                    "error": errors.get(f"cost-{line.key}", "")} for line in table.costs],
        financing_rows=[{"line": line, "index": i,
                         "value": raw.get(f"recv-{i}-amount", shown(line.this_period or None)),
                         "error": errors.get(f"recv-{i}-amount", "")}
                        for i, line in enumerate(table.financing)],
        revision=conflict.revision if conflict else (
            read_revision(request.POST) if request.method == "POST" else report.revision)))


def _extra_financier(project, name: str, posted, errors) -> SafeString:
    """A financier not in the plan, chosen by searching as one types (or, without JavaScript,
    by typing the name): the organisations are thousands, never drawn as a list."""
    return chooser_html(chooser_context(
        name=name, id=name, pk=posted.get(name, ""), text=posted.get(name + SEARCH_SUFFIX, ""),
        search_url=reverse("projects:organisations", args=[project.slug]),
        invalid=name in errors, error_id=f"err-{name}" if name in errors else ""))


def _read(data, table, errors):
    costs, received, raw = {}, [], {}
    for line in table.costs:
        if line.computed:
            continue
        name = f"cost-{line.key}"
        raw[name] = data.get(name, "")
        costs[line.key] = read_amount(raw[name], errors, name)
    for index in range(read_count(data, "received", MAX_ROWS)):
        prefix = f"recv-{index}-"
        name = prefix + "amount"
        raw[name] = data.get(name, "")
        amount = read_amount(raw[name], errors, name)
        financier = data.get(prefix + "financier", "")
        description = data.get(prefix + "description", "").strip()
        kind = data.get(prefix + "type", "")
        if not amount and not financier and not description:
            continue
        received.append(ReceivedInput(
            financier_id=ascii_id(financier),
            description=description[:200], financing_type=kind, amount=amount or ZERO,
            preliminary=bool(data.get(prefix + "preliminary"))))
    return costs, received, raw
