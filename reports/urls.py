from django.urls import path

from reports.views import application, documents

app_name = "reports"

R = "rapporter/"

project_urlpatterns = [
    path(R, documents.documents, name="documents"),
    path(R + "ansokan.pdf", application.application_pdf, name="application_pdf"),
    path(R + "ansokan/", application.application_preview, name="application_preview"),
]
