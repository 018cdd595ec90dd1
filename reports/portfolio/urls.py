from django.urls import path

from reports.api_jobs import job_paths
from reports.portfolio import api, api_facts, api_ledger
from reports.portfolio.views import classification, dashboard, ledger, portfolio, report

app_name = "portfolio"

P = "portfolj/"

urlpatterns = [
    path(P, portfolio.portfolio, name="portfolio"),
    path(P + "export.<str:kind>", portfolio.export, name="export"),
    path(P + "forslag/<str:field>/", portfolio.suggestions, name="suggestions"),
    path(P + "export/<int:job_id>/", portfolio.export_job, name="export_job"),
    path(P + "export/<int:job_id>/status/", portfolio.export_job_status,
         name="export_job_status"),
    path(P + "export/<int:job_id>/fil/", portfolio.export_job_download,
         name="export_job_download"),
    path(P + "rapport/", report.report, name="report"),
    path(P + "klassificering/", classification.classification, name="classification"),
    path(P + "klassificering/<int:classification_id>/nytt-omrade/",
         classification.focus_area_add, name="focus_area_add"),
    path(P + "klassificering/omrade/<int:area_id>/", classification.focus_area_change,
         name="focus_area_change"),
    path(P + "bidragsliggare/", ledger.ledgers, name="ledgers"),
    path(P + "bidragsliggare/importera/", ledger.ledger_import, name="ledger_import"),
    path(P + "bidragsliggare/<int:ledger_id>/ta-bort/", ledger.ledger_remove,
         name="ledger_remove"),
]

project_urlpatterns = [
    path("lagesbild/", dashboard.dashboard, name="dashboard"),
    path("lagesbild/pdf/", dashboard.dashboard_pdf, name="dashboard_pdf"),
    path("lagesbild/klassificering/", dashboard.facts, name="facts"),
]

api_urlpatterns = [
    path(P, api.PortfolioList.as_view(), name="portfolio"),
    path(P + "summor/", api.PortfolioTotalsView.as_view(), name="totals"),
    path(P + "export/", api.PortfolioExportStart.as_view(), name="exports"),
    *job_paths(api.PortfolioJobs, P + "export/"),
    path(P + "bidragsliggare/", api_ledger.LedgerList.as_view(), name="ledgers"),
    path(P + "bidragsliggare/forhandsgranska/", api_ledger.LedgerPreview.as_view(),
         name="ledger_preview"),
    path(P + "bidragsliggare/<int:ledger_id>/", api_ledger.LedgerDetail.as_view(),
         name="ledger"),
]

project_api_urlpatterns = [
    path("lagesbild/klassificering/", api_facts.FactsView.as_view(), name="facts"),
]
