"""Importing a grant ledger: upload, a preview of every grant (or every problem, with its row
and column), then all of it or none; the imports listed, each removable whole."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from projects.services.errors import ServiceError
from reports.portfolio.access import portfolio_for
from reports.portfolio.forms import LedgerUploadForm
from reports.portfolio.ledger import ledger_imports, preview_payload, previewed, read_file
from reports.portfolio.models import LedgerImport
from reports.portfolio.services.ledger import import_ledger, remove_ledger


@login_required
def ledger_import(request):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    body = scope.funding_body
    context = {"scope": scope, "body": body}
    if request.method == "POST" and "payload" in request.POST:
        try:
            data = previewed(request.POST["payload"], body.pk)
            ledger = import_ledger(actor=request.user, funding_body=body, year=data["year"],
                                   file_name=data["file"], note=data["note"],
                                   rows=data["rows"])
        except signing.BadSignature:
            messages.error(request, _("The preview has expired; upload the file again."))
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(count)d grants imported from %(file)s.") % {
                "count": ledger.entries.count(), "file": ledger.file_name})
            return redirect("portfolio:ledgers")
        return redirect("portfolio:ledger_import")
    form = LedgerUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        reading = read_file(upload, funding_body_id=body.pk, year=form.cleaned_data["year"])
        context.update(reading=reading, file_name=upload.name, year=form.cleaned_data["year"])
        if reading.ok:
            context["payload"] = preview_payload(reading.rows, year=form.cleaned_data["year"],
                                          file_name=upload.name,
                                          note=form.cleaned_data["note"], body_id=body.pk)
    context["form"] = form
    return render(request, "portfolio/ledger_import.html", context)


@login_required
def ledgers(request):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    imports = ledger_imports(scope.funding_body.pk)
    return render(request, "portfolio/ledgers.html", {"scope": scope,
                                                      "body": scope.funding_body,
                                                      "imports": imports})


@login_required
@require_POST
def ledger_remove(request, ledger_id):
    scope = portfolio_for(request.user, request.GET.get("funding_body"))
    ledger = get_object_or_404(LedgerImport, pk=ledger_id, funding_body=scope.funding_body)
    try:
        remove_ledger(actor=request.user, ledger=ledger)
    except ServiceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The import %(file)s has been removed.")
                         % {"file": ledger.file_name})
    return redirect("portfolio:ledgers")
