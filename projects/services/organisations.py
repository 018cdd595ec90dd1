"""Adding an organisation that is not yet in the list, by the people writing an application,
without waiting for an administrator."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models.functions import Upper
from django.utils.translation import gettext as _

from portal.audit import record_event
from portal.models import Country, Organisation, OrganisationKind
from portal.organisation_numbers import InvalidOrganisationNumber, display, normalise
from projects.access import access_for
from projects.models import Project
from projects.services.errors import NotAllowed, ServiceError

# Municipalities, regions and funding bodies come from the official lists; the rest are added
# by the projects that work with them.
KINDS_ADDED_BY_PROJECTS = (OrganisationKind.COMPANY, OrganisationKind.UNIVERSITY,
                           OrganisationKind.OTHER)


class InvalidOrganisation(ServiceError):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(errors.values()))


@dataclass(frozen=True)
class NewOrganisation:
    name: str
    kind: str
    country: str
    organisation_number: str
    municipality: str = ""  # the name of the municipality where it is based, may be empty


@transaction.atomic
def add_organisation(*, actor, project: Project, data: NewOrganisation) -> Organisation:
    if not access_for(actor, project).can_edit_application:
        raise NotAllowed(_("Only the people writing the application add organisations."))
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        errors["name"] = _("Write the organisation's name.")
    elif len(name) > 200:
        errors["name"] = _("At most 200 characters.")
    if data.kind not in KINDS_ADDED_BY_PROJECTS:
        errors["kind"] = _("Choose a company, a university or another organisation; "
                           "municipalities, regions and funding bodies are already in the list.")
    if data.country not in Country.values:
        errors["country"] = _("Choose Sweden or Norway.")
        return _fail(errors)
    number = ""
    try:
        number = normalise(data.organisation_number, data.country)
    except InvalidOrganisationNumber as error:
        errors["organisation_number"] = str(error)
    municipality = _municipality(data.municipality, data.country, errors)
    same = Organisation.objects.filter(country=data.country).select_for_update()
    if name and (twin := same.annotate(upper=Upper("name")).filter(upper=name.upper()).first()):
        errors["name"] = _("“%(name)s” is already in the list; choose it there.") % {
            "name": twin.name}
    if number and (twin := same.filter(organisation_number=number).first()):
        errors["organisation_number"] = _(
            "%(number)s is already in the list as “%(name)s”.") % {
            "number": display(number, data.country), "name": twin.name}
    if errors:
        return _fail(errors)
    organisation = Organisation.objects.create(
        name=name, kind=data.kind, country=data.country, organisation_number=number,
        home_municipality=municipality)
    record_event(actor=actor, obj=organisation, action="create", project_id=project.pk,
                 detail=f"{name} ({display(number, data.country)})")
    return organisation


def _municipality(text: str, country: str, errors: dict[str, str]) -> Organisation | None:
    text = " ".join(text.split())
    if not text:
        return None
    found = Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY, country=country)
    match = (found.filter(municipality_code=text).first() if text.isdigit()
             else found.filter(name__iexact=text).first())
    if match is None:
        errors["municipality"] = _("No municipality in %(country)s is called “%(name)s”.") % {
            "country": Country(country).label, "name": text}
    return match


def _fail(errors: dict[str, str]):
    raise InvalidOrganisation(errors)
