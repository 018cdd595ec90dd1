from django.urls import path

from finance import api, api_budget_tools, api_rates, api_writes
from finance.views import budgets, excel, financing, grid, outcome

app_name = "finance"

B = "budget/<int:budget_id>/"

project_urlpatterns = [
    path("budget/", budgets.budget_list, name="budgets"),
    path("budget/ny/", budgets.budget_create, name="budget_create"),
    path(B, grid.budget_grid, name="budget"),
    path(B + "summor/", grid.budget_totals, name="budget_totals"),
    path(B + "finansiering/", financing.financing_grid, name="financing"),
    path(B + "finansiering/summor/", financing.financing_totals, name="financing_totals"),
    path(B + "fordelning/", financing.split, name="split"),
    path(B + "installningar/", budgets.budget_settings, name="budget_settings"),
    path(B + "versioner/", budgets.budget_versions, name="budget_versions"),
    path(B + "versioner/<int:number>/", budgets.budget_version, name="budget_version"),
    path(B + "revidera/", budgets.budget_revise, name="budget_revise"),
    path(B + "excel/", excel.budget_export, name="budget_export"),
    path(B + "excel/importera/", excel.budget_import, name="budget_import"),
    path("utfall/", outcome.outcome_overview, name="outcome"),
    path("utfall/ny/<int:budget_id>/", outcome.outcome_create,
         name="outcome_create"),
    path("utfall/<int:report_id>/", outcome.outcome_report,
         name="outcome_report"),
]

api_urlpatterns = [
    path("program/<slug:programme_slug>/regler/", api_writes.ProgrammeRulesView.as_view(),
         name="rules"),
    path("valutakurser/", api_rates.RateList.as_view(), name="rates"),
    path("valutakurser/<int:rate_id>/", api_rates.RateDetail.as_view(), name="rate"),
]

project_api_urlpatterns = [
    path("budgetar/", api.BudgetList.as_view(), name="budgets"),
    path("budgetar/<int:budget_id>/", api.BudgetDetail.as_view(), name="budget"),
    path("budgetar/<int:budget_id>/kostnader/", api_writes.CostsView.as_view(), name="costs"),
    path("budgetar/<int:budget_id>/finansiering/", api_writes.FinancingView.as_view(),
         name="financing"),
    path("budgetar/<int:budget_id>/installningar/",
         api_budget_tools.BudgetSettingsView.as_view(), name="budget_settings"),
    path("budgetar/<int:budget_id>/revidera/", api_budget_tools.BudgetReviseView.as_view(),
         name="budget_revise"),
    path("budgetar/<int:budget_id>/fordelning/", api_budget_tools.SplitView.as_view(),
         name="split"),
    path("budgetar/<int:budget_id>/excel/forhandsgranska/",
         api_budget_tools.ImportPreviewView.as_view(), name="budget_import_preview"),
    path("budgetar/<int:budget_id>/excel/tillampa/", api_budget_tools.ImportApplyView.as_view(),
         name="budget_import_apply"),
    path("valutakurser/", api_rates.ProjectRates.as_view(), name="project_rates"),
    path("utfall/", api.OutcomeList.as_view(), name="outcome"),
    path("utfall/<int:report_id>/", api_writes.ReportView.as_view(), name="outcome_report"),
    path("utfall/<int:report_id>/skicka-in/", api_writes.ReportSubmitView.as_view(),
         name="outcome_submit"),
]
