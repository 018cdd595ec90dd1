"""The demo logins: one person per role, all with the same well-known password.

These people exist only in the demo database. Each persona holds its role in every demo
project where that role makes sense, so whoever logs in sees the whole demo from that side;
the case officers see the portfolio of their own funding body and nothing else.
"""

from dataclasses import dataclass

from portal.models import StaffRole
from projects.demo import organisations as org
from projects.demo.base import Org
from projects.models import RoleKind

DEMO_PASSWORD = "demo-portal-2026"

ALL_PROJECTS = (
    "invest-in-norrbotten",
    "nis-6-0",
    "kreativ-region-2020",
    "samordnet-naeringsapparat-kongsberg",
)


@dataclass(frozen=True)
class Person:
    username: str
    first_name: str
    last_name: str
    description: str  # shown in the printed login table
    organisation: Org | None = None
    funding_body: Org | None = None
    staff_role: str = StaffRole.NONE
    superuser: bool = False
    project_role: str = ""
    projects: tuple[str, ...] = ()

    @property
    def email(self) -> str:
        return f"{self.username}@example.org"


# The project manager comes first: the loader acts as this person when writing applications.
MANAGER = Person(
    "projektledare", "Maria", "Lindström", "Projektledare i alla fyra demoprojekt",
    project_role=RoleKind.MANAGER, projects=ALL_PROJECTS,
)
TILLVAXTVERKET_OFFICER = Person(
    "handlaggare", "Erik", "Johansson", "Handläggare, Tillväxtverket",
    organisation=org.TILLVAXTVERKET, funding_body=org.TILLVAXTVERKET,
    staff_role=StaffRole.CASE_OFFICER,
)
NORRBOTTEN_OFFICER = Person(
    "handlaggare-norrbotten", "Lena", "Öberg", "Handläggare, Region Norrbotten",
    organisation=org.REGION_NORRBOTTEN, funding_body=org.REGION_NORRBOTTEN,
    staff_role=StaffRole.CASE_OFFICER,
)
INTERREG_OFFICER = Person(
    "handlaggare-interreg", "Anders", "Westin",
    "Handläggare, Interreg Sverige–Norge (Länsstyrelsen i Jämtlands län)",
    organisation=org.LANSSTYRELSEN_JAMTLAND, funding_body=org.LANSSTYRELSEN_JAMTLAND,
    staff_role=StaffRole.CASE_OFFICER,
)
NORWEGIAN_OFFICER = Person(
    "handlaggare-no", "Ingrid", "Haugen", "Saksbehandler, Kongsbergregionen",
    organisation=org.KONGSBERGREGIONEN, funding_body=org.KONGSBERGREGIONEN,
    staff_role=StaffRole.CASE_OFFICER,
)

PEOPLE = (
    MANAGER,
    Person(
        "medarbetare", "Jonas", "Berg", "Projektmedarbetare i alla fyra demoprojekt",
        project_role=RoleKind.MEMBER, projects=ALL_PROJECTS,
    ),
    Person(
        "styrgrupp", "Eva", "Holmgren",
        "Styrgruppsledamot i alla fyra demoprojekt",
        project_role=RoleKind.STEERING, projects=ALL_PROJECTS,
    ),
    Person(
        "finansiar", "Per", "Åkesson",
        "Finansiär, Region Västerbotten: ser de projekt regionen medfinansierar",
        organisation=org.REGION_VASTERBOTTEN,
    ),
    Person(
        "lasare", "Sara", "Lundgren", "Läsare i alla fyra demoprojekt",
        project_role=RoleKind.VIEWER, projects=ALL_PROJECTS,
    ),
    TILLVAXTVERKET_OFFICER,
    NORRBOTTEN_OFFICER,
    INTERREG_OFFICER,
    NORWEGIAN_OFFICER,
    Person(
        "admin", "Karl", "Sandberg", "Administratör (Django admin)",
        organisation=org.TILLVAXTVERKET, funding_body=org.TILLVAXTVERKET,
        staff_role=StaffRole.ADMINISTRATOR, superuser=True,
    ),
)

# Who reviews each programme's applications in the demo workflow.
CASE_OFFICER_BY_PROGRAMME = {
    "tillvaxtverket-eruf-2014-2020": TILLVAXTVERKET_OFFICER,
    "regionala-utvecklingsmedel-norrbotten": NORRBOTTEN_OFFICER,
    "interreg-sverige-norge-2007-2013": INTERREG_OFFICER,
    "kongsbergregionen-regionalt-program": NORWEGIAN_OFFICER,
}
