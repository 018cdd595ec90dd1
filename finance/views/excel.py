"""Excel: download a budget, upload one back, see what would change, then apply it."""

from decimal import Decimal

from django.contrib import messages
from django.core import signing
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from finance import selectors
from finance.services.errors import EditConflict
from finance.services.financing import SourceInput, import_budget
from finance.views.common import BudgetPage, budget_view
from finance.xlsx import export_workbook, read_workbook
from portal import stamps
from projects.services.errors import ServiceError

SALT = "finance.xlsx-import"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@budget_view
def budget_export(request, page: BudgetPage):
    budget, version = page.budget, page.version
    # Every cell of 10 categories × 60 periods in several currencies: the workbook changes
    # only with the project's data (audited: its change stamp) and the language.
    workbook = stamps.kept("budget-workbook", page.project.pk,
                           (budget.pk, version.pk, get_language()),
                           lambda: export_workbook(budget, selectors.budget_figures(version)))
    response = HttpResponse(workbook, content_type=XLSX)
    name = f"{slugify(page.project.slug)}-{slugify(budget.name)}-v{version.number}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@budget_view
def budget_import(request, page: BudgetPage):
    version = page.version
    context: dict[str, object] = {}
    if request.method == "POST" and "payload" in request.POST:
        return _apply(request, page)
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            context["errors"] = [_("Choose a file to upload.")]
        else:
            figures = selectors.budget_figures(version)
            result = read_workbook(upload, page.budget, figures)
            context.update(errors=result.errors, changes=result.changes, result=result,
                           file_name=upload.name)
            if result.ok:
                context["payload"] = signing.dumps(_payload(version, result), salt=SALT,
                                                   compress=True)
    status = 400 if context.get("errors") else 200
    return render(request, "finance/import.html", page.context(**context), status=status)


def _payload(version, result) -> dict:
    return {
        "version": version.pk,
        "cost_revision": version.cost_revision,
        "financing_revision": version.financing_revision,
        "costs": [[c, p, str(v)] for (c, p), v in result.costs.items()],
        "sources": [{"id": s.id, "financier": s.financier_id, "description": s.description,
                     "type": s.financing_type, "preliminary": s.preliminary,
                     "amounts": {str(k): str(v) for k, v in s.amounts.items()}}
                    for s in result.sources],
    }


def apply_payload(data: dict, version, actor):
    """Import what a preview's payload holds, against the revisions it was made from."""
    return import_budget(
        version=version, actor=actor,
        costs={(c, p): Decimal(v) for c, p, v in data["costs"]},
        sources=[SourceInput(id=s["id"], financier_id=s["financier"],
                             description=s["description"], financing_type=s["type"],
                             preliminary=s["preliminary"],
                             amounts={int(k): Decimal(v) for k, v in s["amounts"].items()})
                 for s in data["sources"]],
        cost_revision=data["cost_revision"], financing_revision=data["financing_revision"])


def _apply(request, page: BudgetPage):
    project, budget, version = page.project, page.budget, page.version
    try:
        data = signing.loads(request.POST["payload"], salt=SALT, max_age=60 * 60 * 12)
    except signing.BadSignature:
        messages.error(request, _("The preview has expired; upload the file again."))
        return redirect("finance:budget_import", slug=project.slug, budget_id=budget.pk)
    if data["version"] != version.pk:
        messages.error(request, _("The budget has a new version since the preview; upload the "
                                  "file again."))
        return redirect("finance:budget_import", slug=project.slug, budget_id=budget.pk)
    try:
        apply_payload(data, version, request.user)
    except EditConflict:
        messages.error(request, _("Someone saved the budget after the preview was made; nothing "
                                  "was imported. Upload the file again to see the changes "
                                  "against what is saved now."))
        return redirect("finance:budget_import", slug=project.slug, budget_id=budget.pk)
    except ServiceError as error:
        messages.error(request, str(error))
        return redirect("finance:budget_import", slug=project.slug, budget_id=budget.pk)
    messages.success(request, _("The file has been imported."))
    return redirect("finance:budget", slug=project.slug, budget_id=budget.pk)
