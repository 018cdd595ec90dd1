from django.urls import path

from indicators import api, api_registers, api_writes
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
    path(I + "<int:indicator_id>/", api_writes.IndicatorView.as_view(), name="indicator"),
    path(I + "<int:indicator_id>/utfall/", api_writes.OutcomesView.as_view(),
         name="indicator_outcomes"),
    path(I + "perioder/", api_writes.PeriodsView.as_view(), name="periods"),
    path(I + "perioder/<int:period_id>/", api_writes.PeriodView.as_view(), name="period"),
    path(I + "deltagare/aktivitetstyper/", api_writes.ActivityTypesView.as_view(),
         name="activity_types"),
    path(I + "deltagare/<int:record_id>/", api_writes.ParticipationView.as_view(),
         name="participation"),
    path(I + "foretag/<int:company_id>/", api_writes.CompanyView.as_view(), name="company"),
    path(I + "angivna/", api_registers.StatedFiguresView.as_view(), name="stated_figures"),
    path(I + "angivna/<int:figure_id>/", api_registers.StatedFigureView.as_view(),
         name="stated_figure"),
    path(I + "deltagare/namn/ta-bort/", api_registers.RemoveNamesView.as_view(),
         name="remove_names"),
    *[path(f"{I}{word}/import/{step}/", view.as_view(), {"register": word},
           name=f"{name}_import_{suffix}")
      for word, name in (("deltagare", "participants"), ("foretag", "companies"))
      for step, suffix, view in (("forhandsgranska", "preview",
                                  api_registers.RegisterImportPreview),
                                 ("tillampa", "apply", api_registers.RegisterImportApply))],
]
