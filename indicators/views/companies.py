"""The company register: the supported companies, their employees over time, their growth
computed per company and in total, and what documents state beside it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from indicators import register_selectors
from indicators.forms import StatedForm
from indicators.forms_registers import CompanyForm, count_rows
from indicators.models import ProjectIndicator, RegisterRule, StatedMeasure, SupportedCompany
from indicators.readmodels import CompanyRegisterSummary
from indicators.services.companies import add_companies, remove_company, update_company
from indicators.services.errors import EditConflict, InvalidInput
from indicators.services.outcomes import add_stated_figure, remove_stated_figure
from indicators.views.common import as_at_of, indicators_for, page
from portal import stamps
from portal.organisation_numbers import display
from portal.parsing import record_id as parse_id
from portal.parsing import whole_number
from projects.services.errors import ServiceError

PAGE_SIZE = 50
STATED = [StatedMeasure.EMPLOYEES_FIRST, StatedMeasure.EMPLOYEES_LATEST,
          StatedMeasure.EMPLOYEE_GROWTH, StatedMeasure.COMPANIES]


def _company_indicators(project):
    return list(ProjectIndicator.objects.filter(
        project=project, rule__in=[RegisterRule.COMPANIES, RegisterRule.EMPLOYMENT_GROWTH])
        .select_related("catalogue"))


@login_required
def companies(request, slug):
    project, abilities = indicators_for(request.user, slug, "can_read_registers")
    targets = _company_indicators(project)
    post = request.POST if request.method == "POST" else None
    action = request.POST.get("action", "") if post else ""
    form = CompanyForm(post if action == "add" else None, indicators=targets)
    stated_form = StatedForm(post if action == "stated" else None, measures=STATED)
    rows, counts, count_errors = count_rows(post if action == "add" else None, [])
    if post is not None:
        abilities.require("can_edit_registers")
        if _act(request, project, action, form, stated_form, counts, count_errors):
            return redirect("indicators:companies", slug=slug)
    as_at, asked = as_at_of(request), request.GET.get("sida")
    register, table_html = stamps.kept(
        "company-register", project.pk, (get_language(), timezone.localdate(), as_at, asked),
        lambda: _register_page(project, as_at, asked))
    failed = bool(form.errors or stated_form.errors or count_errors)
    return render(request, "indicators/companies.html", page(
        project, abilities, "companies", register=register, table_html=table_html, form=form,
        stated_form=stated_form, count_rows=rows, count_errors=count_errors),
        status=400 if failed else 200)


def _register_page(project, as_at, asked) -> tuple[CompanyRegisterSummary, SafeString]:
    """The register's totals with the page shown of its companies, and that page's table
    written: a register of a thousand took a twentieth of a second to read and work out
    on every visit, and its table of fifty rows a few milliseconds to write. It changes only
    with the project's data (audited: its change stamp), the day, the day asked for and the
    language, and holds nothing of the person (links only)."""
    count = SupportedCompany.objects.filter(project=project).count()
    listed = Paginator(range(count), PAGE_SIZE).get_page(asked)
    register = register_selectors.company_register(
        project, as_at=as_at,
        rows=slice(listed.start_index() - 1 if count else 0, listed.end_index()))
    listed.object_list = register.companies
    return register, render_to_string("indicators/partials/company_table.html", {
        "project": project, "register": register, "companies": listed})


def _act(request, project, action, form, stated_form, counts, count_errors) -> bool:
    try:
        if action == "add" and form.is_valid() and not count_errors:
            add_companies(project=project, actor=request.user,
                          rows=[form.data_for_service(counts)])
            messages.success(request, _("The company has been added to the register."))
            return True
        if action == "stated" and stated_form.is_valid():
            add_stated_figure(project=project, actor=request.user,
                              data=stated_form.data_for_service(None))
            messages.success(request, _("The stated figure has been added beside the "
                                        "computed one."))
            return True
        if action == "remove_stated":
            remove_stated_figure(project=project, actor=request.user,
                                 figure_id=parse_id(request.POST.get("figure"), -1))
            messages.success(request, _("The stated figure has been removed."))
            return True
    except InvalidInput as error:
        _show(error, {"add": form, "stated": stated_form}.get(action), request)
    except ServiceError as error:
        messages.error(request, str(error))
    return False


def _show(error: InvalidInput, form, request) -> None:
    for key, message in error.errors.items():
        field = key.split(":")[-1]
        if form is not None and field in form.fields:
            form.add_error(field, message)
        elif field == "employees" and form is not None:
            form.add_error(None, message)
        else:
            messages.error(request, message)


@login_required
def company(request, slug, company_id):
    project, abilities = indicators_for(request.user, slug, "can_read_registers")
    found = get_object_or_404(SupportedCompany, pk=company_id, project=project)
    targets = _company_indicators(project)
    initial = {name: getattr(found, name) for name in (
        "name", "country", "municipality", "industry", "leadership", "size_class",
        "support_kind", "support_amount", "supported_from", "founded_on", "stated_growth",
        "note")}
    initial["organisation_number"] = display(found.organisation_number, found.country)
    initial["indicators"] = list(found.indicators.values_list("pk", flat=True))
    form = CompanyForm(request.POST or None, indicators=targets, initial=initial)
    post = request.POST if request.method == "POST" else None
    rows, counts, count_errors = count_rows(post, list(found.employee_counts.all()))
    conflict, revision = False, found.revision
    if post is not None:
        abilities.require("can_edit_registers")
        try:
            if request.POST.get("action") == "delete":
                remove_company(project=project, actor=request.user, company_id=found.pk)
                messages.success(request, _("The company has been removed from the "
                                            "register."))
                return redirect("indicators:companies", slug=slug)
            revision = whole_number(request.POST.get("revision"), -1)
            if form.is_valid() and not count_errors:
                update_company(project=project, actor=request.user,
                               data=form.data_for_service(counts, found.pk, revision))
                messages.success(request, _("The company has been saved."))
                return redirect("indicators:companies", slug=slug)
        except EditConflict as error:
            conflict, revision = True, error.obj.revision
        except InvalidInput as error:
            _show(error, form, request)
        except ServiceError as error:
            messages.error(request, str(error))
    return render(request, "indicators/company.html", page(
        project, abilities, "companies", company=found, form=form, count_rows=rows,
        count_errors=count_errors, conflict=conflict, revision=revision),
        status=409 if conflict else (400 if form.errors or count_errors else 200))
