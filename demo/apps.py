from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo: composes every app's demo data into the five seed projects."""

    name = "demo"
    verbose_name = _("Demo")
