"""The registers as files: download the participant or company register as xlsx or CSV,
upload one, see every row it would add or change (or every problem, with its row and column),
then apply all of it or nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from indicators import register_files as files
from indicators.services.errors import EditConflict
from indicators.services.register_import import apply_import, preview_import
from indicators.views.common import indicators_for, page
from portal import stamps
from portal.spreadsheets import csv_bytes, download
from projects.services.errors import ServiceError

PAGES = {files.COMPANIES: "indicators:companies", files.PARTICIPANTS: "indicators:participants"}
PREVIEW_ROWS = 200  # the preview lists this many rows and counts the rest
FILE_NAMES = {files.COMPANIES: "foretag", files.PARTICIPANTS: "deltagare"}


def _title(register: str) -> str:
    return str(_("Supported companies") if register == files.COMPANIES else _("Participants"))


def _export(request, slug, register):
    project, _abilities = indicators_for(request.user, slug, "can_read_registers")
    ending = "csv" if request.GET.get("format") == "csv" else "xlsx"
    name = f"{project.slug}-{FILE_NAMES[register]}.{ending}"
    if register == files.PARTICIPANTS:
        # Participants' names: written for each download, never kept, so a name removed on
        # request lingers in no copy.
        return download(_written(project, register, ending), name)
    # A thousand companies with their counts took a tenth of a second to write; the file
    # changes only with the project's data (audited, its change stamp) and the language.
    return download(stamps.kept("companies-file", project.pk, (get_language(), ending),
                                lambda: _written(project, register, ending)), name)


def _written(project, register: str, ending: str) -> bytes:
    export = (files.company_export(project) if register == files.COMPANIES
              else files.participant_export(project))
    if ending == "csv":
        return csv_bytes(files.csv_rows(export))
    return files.xlsx_bytes(export, _title(register))


def _import(request, slug, register):
    project, abilities = indicators_for(request.user, slug, "can_edit_registers")
    context = {"register": register, "register_title": _title(register),
               "register_page": PAGES[register],
               "import_page": f"indicators:{register}_import",
               "export_page": f"indicators:{register}_export"}
    if request.method == "POST" and "payload" in request.POST:
        return _apply(request, project, register, context)
    status = 200
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            context["errors"] = [_("Choose a file to upload.")]
        else:
            result = files.read_file(upload, register, project)
            context.update(file_name=upload.name, rows=result.rows[:PREVIEW_ROWS],
                           row_count=len(result.rows), errors=result.errors)
            if result.ok:
                try:
                    preview = preview_import(project=project, actor=request.user,
                                             register=register, rows=result.rows)
                except ServiceError as refused:
                    context["errors"] = [str(refused)]
                else:
                    context.update(preview=preview, errors=preview.errors)
        status = 400 if context.get("errors") else 200
    return render(request, "indicators/register_import.html",
                  page(project, abilities, register, **context), status=status)



def _apply(request, project, register, context):
    try:
        added, updated = apply_import(
            project=project, actor=request.user, register=register,
            payload=request.POST["payload"], revision=int(request.POST.get("revision", "x")))
    except (signing.BadSignature, ValueError):
        messages.error(request, _("The preview has expired; upload the file again."))
    except EditConflict:
        messages.error(request, _("Someone changed the register after your preview; nothing "
                                  "was imported. Upload the file again to see the changes."))
    except ServiceError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Imported: %(added)d added, %(updated)d updated.")
                         % {"added": added, "updated": updated})
        return redirect(context["register_page"], slug=project.slug)
    return redirect(context["import_page"], slug=project.slug)


@login_required
@require_GET
def companies_export(request, slug):
    return _export(request, slug, files.COMPANIES)


@login_required
@require_GET
def participants_export(request, slug):
    return _export(request, slug, files.PARTICIPANTS)


@login_required
def companies_import(request, slug):
    return _import(request, slug, files.COMPANIES)


@login_required
def participants_import(request, slug):
    return _import(request, slug, files.PARTICIPANTS)
