from django.urls import path

from risks import api, api_import, api_writes
from risks.views import excel, register

app_name = "risks"

R = "risker/"

project_urlpatterns = [
    path(R, register.register, name="register"),
    path(R + "varmekarta.svg", register.heat_map_svg, name="heat_map"),
    path(R + "ny/", register.add, name="add"),
    path(R + "text/", register.text, name="text"),
    path(R + "excel/", excel.export, name="export"),
    path(R + "excel/importera/", excel.import_register, name="import"),
    path(R + "<int:risk_id>/", register.risk, name="risk"),
    path(R + "<int:risk_id>/ta-bort/", register.remove, name="remove"),
]

project_api_urlpatterns = [
    path(R, api.RegisterList.as_view(), name="register"),
    path(R + "text/", api_writes.RegisterTextView.as_view(), name="text"),
    path(R + "import/forhandsgranska/", api_import.RiskImportPreview.as_view(),
         name="import_preview"),
    path(R + "import/", api_import.RiskImportApplyView.as_view(), name="import_apply"),
    path(R + "<int:risk_id>/", api.RiskDetail.as_view(), name="risk"),
    path(R + "<int:risk_id>/granskning/", api_writes.ReviewView.as_view(), name="review"),
]
