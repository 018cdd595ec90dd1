from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = _("Activity plans and steering groups")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plans import integration

        integration.register()
