"""Which print job a named document of a project is: the one entry for the command line,
the bulk exports and anything else that prints by name."""

from django.utils.translation import gettext as _

from projects.models import Project
from reports.application import NoSuchVersion, PrintJob, application_print


class NotPrintable(LookupError):
    """The project has no such document or version; said in words."""


def print_job(project: Project, document: str, *, version: int | None = None,
              period: int | None = None, language: str = "sv") -> PrintJob:
    if document == "application":
        try:
            return application_print(project, version=version, language=language)
        except NoSuchVersion as missing:
            raise NotPrintable(_("The application has no version %(number)s.")
                               % {"number": version}) from missing
    raise NotPrintable(_("No such document: %(name)s") % {"name": document})
