"""The organisation section refuses what the database would refuse, with a message."""

from django.urls import reverse

from portal.models import Country, Organisation, OrganisationKind
from projects.models import Participation
from tests.projects.test_sections import formset_management


def organisation_post(project, rows):
    owner = project.participations.get()
    data = {"revision": 0, "organisation_description": "",
            **formset_management("participations", total=1 + len(rows), initial=1),
            "participations-0-id": owner.pk,
            "participations-0-organisation": owner.organisation_id,
            "participations-0-role": "owner",
            **formset_management("group_members"), **formset_management("staff")}
    for number, (organisation, role) in enumerate(rows, start=1):
        data[f"participations-{number}-organisation"] = organisation.pk
        data[f"participations-{number}-role"] = role
    return data


def test_an_organisation_takes_part_at_most_once(project, login, personas):
    umea = project.participations.get().organisation
    response = login(personas["manager"]).post(
        reverse("projects:section", args=[project.slug, "organisation"]),
        organisation_post(project, [(umea, "partner")]),
    )
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert Participation.objects.filter(project=project).count() == 1


def test_a_project_has_one_owner(project, login, personas):
    vannas = Organisation.objects.create(name="Vännäs kommun", country=Country.SWEDEN,
                                         kind=OrganisationKind.MUNICIPALITY)
    response = login(personas["manager"]).post(
        reverse("projects:section", args=[project.slug, "organisation"]),
        organisation_post(project, [(vannas, "owner")]),
    )
    assert response.status_code == 200
    assert "one project owner" in response.content.decode() or "en projektägare" in (
        response.content.decode()
    )
    assert Participation.objects.filter(project=project).count() == 1


def test_full_time_equivalents_outside_the_range_are_refused_at_the_row(project, login, personas):
    data = organisation_post(project, [])
    data.update({**formset_management("staff"), "staff-0-name": "Koordinator",
                 "staff-0-title": "Koordinator", "staff-0-fte": "0"})
    response = login(personas["manager"]).post(
        reverse("projects:section", args=[project.slug, "organisation"]), data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not project.staff.exists()
