from django.urls import path

from reports import api, api_jobs
from reports.views import application, documents, exports, printing, reports

app_name = "reports"

R = "rapporter/"
D = R + "<str:kind>/<int:number>/"

E = "rapporter/export/"
P = R + "utskrift/<int:job_id>/"

urlpatterns = [
    path(E, exports.export_list, name="exports"),
    path(E + "<int:job_id>/", exports.export_detail, name="export"),
    path(E + "<int:job_id>/lage/", exports.export_status, name="export_status"),
    path(E + "<int:job_id>/ladda-ner/", exports.export_download, name="export_download"),
    path(E + "<int:job_id>/forsok-igen/", exports.export_retry, name="export_retry"),
]

project_urlpatterns = [
    path(R, documents.documents, name="documents"),
    path(R + "ansokan.pdf", application.application_pdf, name="application_pdf"),
    path(R + "ansokan/", application.application_preview, name="application_preview"),
    path(R + "lagesrapport/ny/", reports.start_status_report, name="status_report_start"),
    path(R + "slutrapport/ny/", reports.start_final_report, name="final_report_start"),
    # Before the reports' own addresses, which would take "utskrift" for a kind.
    path(P, printing.print_page, name="print"),
    path(P + "lage/", printing.print_status, name="print_status"),
    path(P + "ladda-ner/", printing.print_download, name="print_download"),
    path(P + "forsok-igen/", printing.print_retry, name="print_retry"),
    path(D, reports.report, name="report"),
    path(D + "avsnitt/<str:key>/", reports.report_section, name="report_section"),
    path(D + "steg/<str:action>/", reports.report_transition, name="report_transition"),
    path(D + "rapport.pdf", reports.report_pdf, name="report_pdf"),
    path(D + "forhandsvisning/", reports.report_preview, name="report_preview"),
    path(D + "jamfor/", reports.report_compare, name="report_compare"),
]

api_urlpatterns = [
    path(E, api_jobs.ExportList.as_view(), name="exports"),
    *api_jobs.job_paths(api_jobs.ExportJobs, E),
]

project_api_urlpatterns = [
    path(R, api.ReportList.as_view(), name="reports"),
    # Before the reports' own addresses, which would take "utskrift" for a kind.
    *api_jobs.job_paths(api_jobs.RenderJobs, R + "utskrift/"),
    path(R + "lagesrapport/", api.StartStatusReport.as_view(), name="status_report_start"),
    path(R + "slutrapport/", api.StartFinalReport.as_view(), name="final_report_start"),
    path(D, api.ReportDetail.as_view(), name="report"),
    path(D + "avsnitt/<str:key>/", api.ReportSectionView.as_view(), name="report_section"),
    *[path(D + f"{step}/", api.step_view(step).as_view(),
           name=f"report_{step.replace('-', '_')}") for step in api.STEPS],
    path(D + "rapport.pdf", api.ReportPdf.as_view(), name="report_pdf"),
]
