"""The page of one document section, for any document type: read it, or edit and save it on
its own under the revision check. The application's section page uses it; so do reports."""

import copy
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import stamps
from projects.documents.sections import InvalidSection, RowInput, SectionInput, TextSection
from projects.documents.services import save_section
from projects.documents.types import type_of
from projects.forms import section_form_class, section_formsets, text_section_form_class
from projects.models import Document, SectionState
from projects.services.errors import SectionConflict, ServiceError

FORM_BODY = "projects/partials/section_form_body.html"
CONTENT = "projects/partials/section_content.html"


@dataclass(frozen=True)
class SectionPage:
    """Where a section page sits: its address, where saving leads, the page around it."""

    section_url: Callable[[str], str]
    done_url: str
    context: Callable[..., dict]  # project_context(...) with the page's tab
    template: str = "projects/section.html"
    read_rows: Callable[[], None] = lambda: None  # before the section is written to be read


def _forms(section, document: Document, data=None):
    if isinstance(section, TextSection):
        initial = section.texts(document)
        return text_section_form_class(section)(data, initial=initial), []
    project = document.project
    # Validation writes the typed values onto the instance; the page header must keep
    # showing what is saved, so the form gets its own copy.
    form = section_form_class(section)(data, instance=copy.copy(project))
    return form, section_formsets(section, project, data, search_url=reverse(
        "projects:organisations", args=[project.slug]))


def _input(section, form, formsets) -> tuple[SectionInput, dict[str, list]]:
    """The plain data a person sent, and the row forms in the order of its rows."""
    fields = {name: form.cleaned_data.get(name) for name in form.fields}
    rows, row_forms = {}, {}
    for formset, spec in zip(formsets, getattr(section, "lists", ()), strict=True):
        inputs, shown = [], []
        for row in formset.forms:
            pk = row.instance.pk
            if row in formset.deleted_forms:
                if pk:
                    inputs.append(RowInput(id=pk, values={}, delete=True))
                    shown.append(row)
                continue
            if not pk and not row.has_changed():
                continue  # an empty extra row
            inputs.append(RowInput(id=pk, values={f: row.cleaned_data.get(f)
                                                  for f in spec.fields}))
            shown.append(row)
        rows[spec.name], row_forms[spec.name] = inputs, shown
    return SectionInput(fields=fields, rows=rows), row_forms


def _show_errors(error: InvalidSection, form, row_forms) -> None:
    for key, problems in error.errors.items():
        name, _dot, rest = key.partition(".")
        if name in row_forms and rest:
            index, _dot, field = rest.partition(".")
            row = row_forms[name][int(index)]
            row.add_error(field if field in row.fields else None, problems)
        else:
            form.add_error(key if key in form.fields else None, problems)


def _posted_revision(request) -> int:
    text = request.POST.get("revision", "")
    return int(text) if text.isascii() and text.isdigit() else -1


def section_page(request, *, document: Document, access, key: str, page: SectionPage):
    document_type = type_of(document)
    section = document_type.section(document, key)
    if section is None:
        raise Http404
    editable = document_type.may_write(access, document) and document_type.is_open(
        access, document)
    if request.method == "POST" and not editable:
        raise PermissionDenied("edit")
    state, _created = SectionState.objects.get_or_create(document=document, section=key)
    conflict, status, form_html = None, 200, ""

    if request.method == "POST":
        form, formsets = _forms(section, document, request.POST)
        revision = _posted_revision(request)
        state.revision = revision  # keep the revision the person started from
        if form.is_valid() and all(f.is_valid() for f in formsets):
            data, row_forms = _input(section, form, formsets)
            try:
                save_section(document=document, key=key, actor=request.user, data=data,
                             expected_revision=revision)
            except SectionConflict as error:
                conflict, state = _conflict(document, key, error.state), error.state
            except InvalidSection as error:
                _show_errors(error, form, row_forms)
                messages.error(request, _("The section was not saved. Correct the fields "
                                          "marked below; everything you typed is still here."))
            except ServiceError as error:
                messages.error(request, str(error))
                status = 409
            else:
                messages.success(request, _("“%(section)s” has been saved.")
                                 % {"section": section.title})
                return redirect(_after_save(request, document, section, page))
        else:
            messages.error(request, _("The section was not saved. Correct the fields marked "
                                      "below; everything you typed is still here."))
    else:  # shown to read, or the form as saved: no row forms built here
        form, formsets = None, []
        form_html = unchanged_form(document, section, state) if editable else ""

    ordered = document_type.sections(document)
    position = [s.key for s in ordered].index(section.key)
    previous = ordered[position - 1] if position > 0 else None
    following = ordered[position + 1] if position + 1 < len(ordered) else None
    return render(request, page.template, page.context(
        section=section, form=form, formsets=formsets, form_html=form_html, state=state,
        conflict=conflict,
        # The content is shown only to those who cannot edit (the form shows it otherwise).
        editable=editable,
        content_html="" if editable else content_markup(document, section, page.read_rows),
        done_url=page.done_url,
        read_only_reason=(document_type.read_only_reason(document)
                          if not editable and document_type.may_write(access, document)
                          else ""),
        previous_section=previous, next_section=following,
        previous_url=page.section_url(previous.key) if previous else "",
        next_url=page.section_url(following.key) if following else "",
    ), status=status)


def unchanged_form(document: Document, section, state: SectionState) -> SafeString:
    """The section's fields and rows as saved, written for an editor's plain visit. Building
    and drawing the row forms of a section of 124 rows took a tenth of a second; what they
    show changes only with the document (every change is audited and moves the project's
    change stamp), the section's revision, the reference data (the organisations named: the
    reference stamp) and the language, and hold nothing of the person: kept under those
    (`portal.stamps`)."""
    project = document.project

    def written() -> str:
        form, formsets = _forms(section, document)
        return render_to_string(FORM_BODY, {"project": project, "section": section,
                                            "form": form, "formsets": formsets, "state": state})

    # The revision too: a save that changes nothing is not audited, so it moves no stamp,
    # yet it counts a revision, which the form sends back with the next save.
    return stamps.kept_html("section-form", project.pk,
                            (document.pk, section.key, state.revision, get_language()), written)


def content_markup(document: Document, section, read_rows: Callable[[], None]) -> SafeString:
    """The section as saved, written to be read (every row of its lists, every long text as
    Markdown), kept as the form is; its rows are read only to write it."""
    def written() -> str:
        read_rows()
        return render_to_string(CONTENT, {"content": section.content(document)})

    return stamps.kept_html("section-content", document.project.pk,
                            (document.pk, section.key, get_language()), written)


def _conflict(document: Document, key: str, state: SectionState) -> dict:
    """What the other person saved, shown beside what this person typed."""
    fresh = Document.objects.select_related("project__programme").get(pk=document.pk)
    section = type_of(fresh).section(fresh, key)
    return {"state": state, "content": section.content(fresh) if section else {}}


def _after_save(request, document, section, page: SectionPage) -> str:
    if request.POST.get("then") == "next":
        ordered = type_of(document).sections(document)
        keys = [s.key for s in ordered]
        position = keys.index(section.key)
        if position + 1 < len(keys):
            return page.section_url(keys[position + 1])
    return page.done_url

