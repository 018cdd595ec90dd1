from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortfolioConfig(AppConfig):
    """The project status dashboard and the funding body's portfolio."""

    name = "reports.portfolio"
    label = "portfolio"
    verbose_name = _("Dashboards and portfolio")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from reports.portfolio import integration

        integration.register()
