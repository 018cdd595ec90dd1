"""Excel: download the register, upload one, see every risk it would add (or every problem,
with its row and column), then add them all or none."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.spreadsheets import XLSX_TYPE
from projects.services.errors import ServiceError
from risks.kept import download_of
from risks.models import RiskStatus
from risks.scales import IMPACT, LIKELIHOOD, level_words
from risks.services.errors import InvalidInput
from risks.services.risks import import_risks
from risks.views.common import as_at_of, page, risks_for
from risks.xlsx import export_workbook, payload_inputs, preview_payload, read_register


@login_required
def export(request, slug):
    project, _abilities = risks_for(request.user, slug)
    workbook = download_of(project, "xlsx", as_at_of(request), request.GET, export_workbook)
    response = HttpResponse(workbook, content_type=XLSX_TYPE)
    response["Content-Disposition"] = (f'attachment; filename="{slugify(project.slug)}-'
                                       f'risker.xlsx"')
    return response


@login_required
def import_register(request, slug):
    project, abilities = risks_for(request.user, slug, "can_edit_register")
    context = {}
    if request.method == "POST" and "payload" in request.POST:
        try:
            made = import_risks(project=project, actor=request.user,
                                risks=payload_inputs(request.POST["payload"]))
        except signing.BadSignature:
            messages.error(request, _("The preview has expired; upload the file again."))
        except InvalidInput as error:
            messages.error(request, " ".join(error.errors.values()))
        except ServiceError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("%(count)d risks have been added to the register.")
                             % {"count": len(made)})
            return redirect("risks:register", slug=slug)
        return redirect("risks:import", slug=slug)
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            context["errors"] = [_("Choose a file to upload.")]
        else:
            result = read_register(upload)
            context.update(errors=result.errors, file_name=upload.name, rows=[
                (row, level_words(LIKELIHOOD, row.data.likelihood),
                 level_words(IMPACT, row.data.impact), RiskStatus(row.data.status).label)
                for row in result.rows])
            if result.ok:
                context["payload"] = preview_payload(result.rows)
    return render(request, "risks/import.html", page(project, abilities, **context),
                  status=400 if context.get("errors") else 200)
