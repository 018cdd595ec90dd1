from django.urls import path

from finance import api
from finance.views import budgets, excel, financing, grid, outcome

app_name = "finance"

B = "projekt/<slug:slug>/budget/<int:budget_id>/"

urlpatterns = [
    path("projekt/<slug:slug>/budget/", budgets.budget_list, name="budgets"),
    path("projekt/<slug:slug>/budget/ny/", budgets.budget_create, name="budget_create"),
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
    path("projekt/<slug:slug>/utfall/", outcome.outcome_overview, name="outcome"),
    path("projekt/<slug:slug>/utfall/ny/<int:budget_id>/", outcome.outcome_create,
         name="outcome_create"),
    path("projekt/<slug:slug>/utfall/<int:report_id>/", outcome.outcome_report,
         name="outcome_report"),
    path("api/projekt/<slug:slug>/budgetar/", api.BudgetList.as_view(), name="api_budgets"),
    path("api/projekt/<slug:slug>/budgetar/<int:budget_id>/", api.BudgetDetail.as_view(),
         name="api_budget"),
    path("api/projekt/<slug:slug>/utfall/", api.OutcomeList.as_view(), name="api_outcome"),
]
