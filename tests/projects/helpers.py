"""Filling an application the way a project manager would, through the real services."""

from datetime import date

from portal.models import Country, Organisation, OrganisationKind
from projects.models import (
    HorizontalRating,
    Participation,
    ParticipationRole,
    Project,
    SubGoal,
)

COMPLETE_TEXTS = {
    "summary": "Fem kommuner stärker det lokala näringslivet.",
    "background": "Kommunerna har sett behovet av samverkan.",
    "purpose": "Att öka antalet företag som växer.",
    "main_goal": "Fler arbetstillfällen i regionen.",
    "expected_results": "- 400 företag får stöd\n- 40 nya jobb",
    "target_groups": "Små och medelstora företag.",
    "method": "Företagsbesök, nätverk och seminarier.",
    "regional_business_links": "Bygger på den regionala innovationsstrategin.",
    "dissemination": "Nyhetsbrev och seminarier.",
    "evaluation": "Följeforskning och slutrapport.",
    "gender_equality": "Jämn fördelning av deltagare.",
    "equal_opportunities": "Tillgängliga lokaler och material.",
    "environment": "Digitala möten minskar resor.",
}


def complete_application(project: Project, only_empty: bool = False) -> Project:
    """Fill every section of a Swedish application so it can be submitted.

    With only_empty, what someone already wrote is kept.
    """
    values = {
        **COMPLETE_TEXTS,
        "start_date": date(2019, 1, 1), "end_date": date(2022, 12, 31),
        "gender_equality_rating": HorizontalRating.ACTIVE,
        "equal_opportunities_rating": HorizontalRating.PARTLY,
        "environment_rating": HorizontalRating.PARTLY,
    }
    for name, value in values.items():
        if not (only_empty and getattr(project, name)):
            setattr(project, name, value)
    project.save()
    SubGoal.objects.create(project=project, title="Fler växande företag")
    if not project.participations.filter(role=ParticipationRole.OWNER).exists():
        owner, _ = Organisation.objects.get_or_create(
            name="Skellefteå kommun", country=Country.SWEDEN,
            defaults={"kind": OrganisationKind.MUNICIPALITY, "municipality_code": "2482"},
        )
        Participation.objects.create(project=project, organisation=owner,
                                     role=ParticipationRole.OWNER)
    return project
