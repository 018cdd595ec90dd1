"""What reports plugs into a project: its tab."""

from django.utils.translation import gettext_lazy

from projects import extensions


def register() -> None:
    extensions.register_tab(extensions.ProjectTab(gettext_lazy("Reports"), "reports:documents",
                                                  70))
