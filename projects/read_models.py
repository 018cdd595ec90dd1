"""What other parts read about projects: typed, frozen records instead of model instances
with attributes stuck on, so pages, reports, dashboards and the API share one contract."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from django.urls import get_script_prefix, reverse

from projects.models import ParticipationRole, ProjectStatus, RoleKind, VersionKind


@dataclass(frozen=True)
class ProjectCard:
    """A project as lists show it."""

    slug: str
    title: str
    programme: str
    reporting_currency: str
    owner: str | None
    status: str
    start_date: date | None
    end_date: date | None
    granted_amount: Decimal | None

    # The columns a card is read from, so lists read nothing else (no long texts).
    COLUMNS = ("slug", "title", "programme__name", "programme__reporting_currency",
               "owner_name", "status", "start_date", "end_date", "granted_amount")

    @classmethod
    def from_row(cls, row: dict) -> "ProjectCard":
        return cls(slug=row["slug"], title=row["title"], programme=row["programme__name"],
                   reporting_currency=row["programme__reporting_currency"],
                   owner=row["owner_name"], status=row["status"],
                   start_date=row["start_date"], end_date=row["end_date"],
                   granted_amount=row["granted_amount"])

    @property
    def status_label(self) -> str:
        return str(ProjectStatus(self.status).label)

    @property
    def url(self) -> str:
        return _overview_address(get_script_prefix()).replace(_SLUG, self.slug)

    @property
    def period(self) -> str:
        """“2021-01-01 – 2023-12-31”, a dash for a date not set."""
        return " – ".join(day.isoformat() if day else "–"
                          for day in (self.start_date, self.end_date))


_SLUG = "project-slug"


@lru_cache(maxsize=8)
def _overview_address(script_prefix: str) -> str:
    """The overview's address with a stand-in for the slug, reversed once instead of once
    per card (a list page shows fifty)."""
    return reverse("projects:overview", args=[_SLUG])


@dataclass(frozen=True)
class Participant:
    """An organisation taking part, as reports and dashboards name it."""

    organisation_id: int
    name: str
    kind: str
    role: str
    municipality_code: str

    @property
    def role_label(self) -> str:
        return str(ParticipationRole(self.role).label)


@dataclass(frozen=True)
class ProjectSummary:
    """One project's facts that reports, dashboards and the API show in a header: who runs
    it, under which programme and funding body, for which period, in which state, and which
    frozen version of the application is in force (None before approval)."""

    card: ProjectCard
    programme_slug: str
    funding_body: str
    application_form: str
    managers: tuple[str, ...]
    participants: tuple[Participant, ...]
    version_in_force: int | None

    @property
    def slug(self) -> str:
        return self.card.slug

    @property
    def title(self) -> str:
        return self.card.title


@dataclass(frozen=True)
class TeamMember:
    """A person with a role in the project."""

    user_id: int
    name: str
    email: str
    organisation: str | None
    role: str

    @property
    def role_label(self) -> str:
        return str(RoleKind(self.role).label)


@dataclass(frozen=True)
class VersionSummary:
    """A frozen version of a document, without its content."""

    number: int
    kind: str
    created_at: datetime
    created_by: str | None

    @property
    def kind_label(self) -> str:
        return str(VersionKind(self.kind).label)


@dataclass(frozen=True)
class StatusStep:
    """One move of the application's workflow."""

    from_status: str
    to_status: str
    at: datetime
    actor: str | None
    comment: str

    @property
    def to_label(self) -> str:
        return str(ProjectStatus(self.to_status).label)
