from django.urls import path

from indicators import api
from indicators.views import (
    companies,
    indicator,
    overview,
    participants,
    periods,
    register_files,
)

app_name = "indicators"

I = "indikatorer/"  # noqa: E741 - the path word every page starts with

project_urlpatterns = [
    path(I, overview.overview, name="overview"),
    path(I + "diagram.svg", overview.chart, name="chart"),
    path(I + "ny/", indicator.add, name="add"),
    path(I + "perioder/", periods.periods, name="periods"),
    path(I + "<int:indicator_id>/", indicator.detail, name="indicator"),
    path(I + "<int:indicator_id>/andra/", indicator.edit, name="edit"),
    path(I + "<int:indicator_id>/ta-bort/", indicator.remove, name="remove"),
    path(I + "deltagare/", participants.participants, name="participants"),
    path(I + "deltagare/<int:record_id>/", participants.participant, name="participant"),
    path(I + "foretag/", companies.companies, name="companies"),
    path(I + "foretag/<int:company_id>/", companies.company, name="company"),
    path(I + "deltagare/exportera/", register_files.participants_export,
         name="participants_export"),
    path(I + "deltagare/importera/", register_files.participants_import,
         name="participants_import"),
    path(I + "foretag/exportera/", register_files.companies_export, name="companies_export"),
    path(I + "foretag/importera/", register_files.companies_import, name="companies_import"),
]

project_api_urlpatterns = [
    path(I, api.IndicatorList.as_view(), name="indicators"),
    path(I + "utfall/", api.OutcomeList.as_view(), name="outcomes"),
    path(I + "deltagare/", api.ParticipantList.as_view(), name="participants"),
    path(I + "foretag/", api.CompanyList.as_view(), name="companies"),
]
