from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo: composes every app's demo data into the four seed projects and
    seed 002's portfolio."""

    name = "demo"
    verbose_name = _("Demo")
