"""What every write of the indicators app shares: the project row locked for the transaction,
the person's abilities worked out on the locked row, and the register revisions."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import F

from indicators.access import IndicatorAccess
from indicators.models import RegisterState
from indicators.services.errors import InvalidInput
from projects.access import access_for
from projects.models import Project


def lock(project: Project, actor, ability: str, message: str) -> tuple[Project, IndicatorAccess]:
    """The project locked until the transaction ends, and the person's abilities checked on
    what is saved now (not on what the page showed): a project submitted meanwhile refuses."""
    locked = (Project.objects.select_for_update(of=("self",))
              .select_related("programme", "programme__funding_body").get(pk=project.pk))
    abilities = IndicatorAccess(access_for(actor, locked))
    abilities.check(ability, message)
    return locked, abilities


def lock_for_any(project: Project, actor, abilities: tuple[str, ...], message: str
                 ) -> tuple[Project, IndicatorAccess]:
    locked, found = lock(project, actor, "can_view", message)
    if not any(getattr(found, name) for name in abilities):
        found.check(abilities[0], message)
    return locked, found


def register_revision(project: Project, register: str) -> int:
    state = RegisterState.objects.filter(project=project, register=register).first()
    return state.revision if state else 0


def bump_register(project: Project, register: str) -> int:
    state, _ = RegisterState.objects.get_or_create(project=project, register=register)
    RegisterState.objects.filter(pk=state.pk).update(revision=F("revision") + 1)
    return state.revision + 1


def validated(instance, **options):
    """full_clean, with Django's ValidationError turned into InvalidInput for the page."""
    try:
        instance.full_clean(**options)
    except ValidationError as error:
        raise InvalidInput({key: " ".join(str(m) for m in messages)
                            for key, messages in error.message_dict.items()}) from error
    return instance


def actor_or_none(actor):
    return actor if getattr(actor, "pk", None) else None


def text(value) -> str:
    """A value as the audit trail keeps it: decimals without trailing zeros, a comma."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", ",")
    return str(value)
