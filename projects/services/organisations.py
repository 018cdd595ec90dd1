"""Registering an organisation that takes part in projects (a partner, a financier, a
municipality), so an applicant can name it in the application. The funding body is set up
by an administrator, never here."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from portal.audit import record_event
from portal.models import Organisation, OrganisationKind
from projects.services.errors import NotAllowed, ServiceError


class InvalidOrganisation(ServiceError):
    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    kind: str
    country: str
    organisation_number: str = ""
    municipality_code: str = ""


@transaction.atomic
def register_organisation(*, actor, data: OrganisationInput) -> Organisation:
    if not getattr(actor, "is_authenticated", False):
        raise NotAllowed(_("Sign in to register an organisation."))
    if data.kind == OrganisationKind.FUNDING_BODY:
        raise InvalidOrganisation({"kind": [_("Funding bodies are set up by an administrator.")]})
    organisation = Organisation(name=data.name.strip(), kind=data.kind, country=data.country,
                                organisation_number=data.organisation_number.strip(),
                                municipality_code=data.municipality_code.strip())
    try:
        organisation.full_clean()
    except ValidationError as error:
        raise InvalidOrganisation(error.message_dict) from error
    organisation.save()
    record_event(actor=actor, obj=organisation, action="organisation:create",
                 detail=f"{organisation.name} ({organisation.country})")
    return organisation
