"""What every write of the plans app shares: the project row locked for the transaction and
the person's abilities worked out on the locked row."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from plans.access import PlanAccess
from plans.models import Plan
from plans.services.errors import InvalidInput
from projects.access import access_for
from projects.models import Project


def lock(project: Project, actor, ability: str, message: str) -> tuple[Project, PlanAccess]:
    """The project locked until the transaction ends, and the right checked on what is saved
    now rather than on what the page showed: an application submitted meanwhile refuses."""
    locked = (Project.objects.select_for_update(of=("self",))
              .select_related("programme", "programme__funding_body").get(pk=project.pk))
    abilities = PlanAccess(access_for(actor, locked))
    abilities.check(ability, message)
    return locked, abilities


def plan_of(project: Project) -> Plan:
    plan, _created = Plan.objects.get_or_create(project=project)
    return plan


def validated(instance, prefix: str = "", **options):
    """full_clean, with Django's messages keyed where the page shows them."""
    try:
        instance.full_clean(**options)
    except ValidationError as error:
        raise InvalidInput({f"{prefix}{key}": " ".join(str(m) for m in messages)
                            for key, messages in error.message_dict.items()}) from error
    return instance


def day_of_record(day: date | None, key: str, errors: dict) -> date:
    """The day a record is dated: today unless given, never in the future."""
    today = timezone.localdate()
    if day is None:
        return today
    if day > today:
        errors[key] = _("The date cannot be in the future.")
    return day


def actor_or_none(actor):
    return actor if getattr(actor, "pk", None) else None


def short(text: str, length: int = 100) -> str:
    """Audit field names have room for 100 characters."""
    return text if len(text) <= length else text[:length - 1] + "…"
