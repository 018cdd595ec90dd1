"""What every printed document of a project shares: its cover facts and its file name."""

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.formatting import money
from projects.models import ParticipationRole, Project


def owner_name(project: Project) -> str:
    owner = (project.participations.filter(role=ParticipationRole.OWNER)
             .select_related("organisation").first())
    return owner.organisation.name if owner else ""


def period_text(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return f"{start:%Y-%m-%d} – {end:%Y-%m-%d}" if start and end else f"{start or end:%Y-%m-%d}"


def project_facts(project: Project, owner: str) -> list[tuple[str, str]]:
    facts = [(_("Project owner"), owner), (_("Programme"), str(project.programme)),
             (_("Project period"), period_text(project.start_date, project.end_date))]
    if project.granted_amount is not None:
        facts.append((_("Granted"), money(project.granted_amount,
                                          project.programme.reporting_currency)))
    return facts


def local_day(moment) -> date:
    return timezone.localtime(moment).date() if moment else timezone.localdate()
