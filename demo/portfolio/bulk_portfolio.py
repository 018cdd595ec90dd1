"""The portfolio's own figures for the generated projects, in bulk: each funding body's
classification (focus areas), the decision facts of every granted project (focus area,
municipality, leadership, decision date) and stored traffic lights, so the portfolio pages
filter, group and count off-track projects at scale. Adds only what is missing."""

import random
from datetime import timedelta

from django.db.models import Exists, OuterRef

from demo.portfolio.world import PREFIX
from portal.models import Organisation, OrganisationKind
from projects.lifecycle import FUNDED_STATUSES
from projects.models import Project
from reports.portfolio.models import (
    Classification,
    DecisionFacts,
    FocusArea,
    Leadership,
    Light,
    StoredLights,
)

AREAS = ("Digitala tjänster", "Besöksnäring", "Rymd och test", "Gröna material",
         "Kulturella och kreativa näringar", "Hälsa och life science")
LIGHTS: tuple[str, ...] = (Light.GREEN, Light.AMBER, Light.RED, Light.NONE)
LIGHT_WEIGHTS: tuple[int, ...] = (6, 3, 1, 1)


def write_portfolio_facts(rng: random.Random) -> int:
    areas: dict[int, list[int]] = {}
    municipalities = list(Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY)
                          .exclude(municipality_code="").values_list("pk", "country"))
    missing = (Project.objects.filter(slug__startswith=f"{PREFIX}-", status__in=FUNDED_STATUSES)
               .filter(~Exists(DecisionFacts.objects.filter(project=OuterRef("pk"))))
               .values_list("pk", "programme__funding_body_id", "programme__country",
                            "start_date").order_by("pk"))
    facts, lights = [], []
    values, weights = LIGHTS, LIGHT_WEIGHTS
    for pk, body_id, country, start in missing.iterator(chunk_size=2000):
        near = [m for m, c in municipalities if c == country] or [m for m, _c in municipalities]
        facts.append(DecisionFacts(
            project_id=pk, focus_area_id=rng.choice(_areas(body_id, areas))
            if rng.random() < 0.9 else None, municipality_id=rng.choice(near) if near else None,
            leadership=rng.choice(Leadership.values),
            decided_on=(start - timedelta(days=rng.randrange(20, 90))) if start else None))
        lights.append(StoredLights(project_id=pk, time=rng.choices(values, weights)[0],
                                   money=rng.choices(values, weights)[0],
                                   results=rng.choices(values, weights)[0],
                                   computed_on=start or _today()))
    DecisionFacts.objects.bulk_create(facts, batch_size=2000)
    StoredLights.objects.bulk_create(lights, batch_size=2000, ignore_conflicts=True)
    return len(facts)


def _areas(body_id: int, known: dict[int, list[int]]) -> list[int]:
    """The funding body's focus areas, its classification made the first time."""
    if body_id not in known:
        classification, _created = Classification.objects.get_or_create(
            funding_body_id=body_id, name="Smart specialisering – fokusområden")
        for position, name in enumerate(AREAS, start=1):
            FocusArea.objects.get_or_create(classification=classification,
                                            position=position, defaults={"name": name})
        known[body_id] = list(classification.areas.values_list("pk", flat=True))
    return known[body_id]


def _today():
    from django.utils import timezone

    return timezone.localdate()
