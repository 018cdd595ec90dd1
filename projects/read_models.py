"""What other parts read about projects: typed, frozen records instead of model instances
with attributes stuck on, so pages, reports, dashboards and the API share one contract."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from django.urls import get_script_prefix, reverse

from projects.models import ProjectStatus


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
