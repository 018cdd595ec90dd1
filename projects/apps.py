from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from portal import navigation
        from projects import application  # noqa: F401 - registers the document type
        from projects.access import can_apply
        from projects.views.inbox import decides

        navigation.register_menu_link(navigation.MenuLink(
            _("New application"), "projects:create", order=10, shown_to=can_apply))
        navigation.register_menu_link(navigation.MenuLink(
            _("Inbox"), "projects:inbox", order=5, shown_to=decides))
