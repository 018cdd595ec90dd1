from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RisksConfig(AppConfig):
    name = "risks"
    verbose_name = _("Risk registers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from risks import integration

        integration.register()
