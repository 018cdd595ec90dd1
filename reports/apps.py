from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """PDFs of the application and the reports, status and final reports written in the
    portal, and bulk exports made in the background."""

    name = "reports"
    verbose_name = _("Reports")

    def ready(self) -> None:
        from reports import integration

        integration.register()
