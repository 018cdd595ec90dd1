"""Filling an application the way a project manager would, through the real services."""

from datetime import date

from projects.models import HorizontalRating, Project, SubGoal

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


def complete_application(project: Project) -> Project:
    """Fill every section of a Swedish application so it can be submitted."""
    for name, value in COMPLETE_TEXTS.items():
        setattr(project, name, value)
    project.start_date, project.end_date = date(2019, 1, 1), date(2022, 12, 31)
    project.gender_equality_rating = HorizontalRating.ACTIVE
    project.equal_opportunities_rating = HorizontalRating.PARTLY
    project.environment_rating = HorizontalRating.PARTLY
    project.save()
    SubGoal.objects.create(project=project, title="Fler växande företag")
    return project
