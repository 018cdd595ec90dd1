"""The main menu of every persona: what it offers is the same whether the person was read
with their role facts (as each request reads them) or without (sessions begun before)."""

import pytest
from django.urls import reverse

from portal.models import User
from projects.access import can_apply

NEW_APPLICATION = reverse("projects:create")
INBOX = reverse("projects:inbox")
PORTFOLIO = reverse("portfolio:portfolio")
ADMINISTRATION = reverse("admin:index")

# Writers start applications; those who only read, steer or co-finance others' projects do
# not, nor the funding body's staff; someone with no role yet is an applicant to be.
OFFERED = {
    "manager": {NEW_APPLICATION},
    "member": {NEW_APPLICATION},
    "steering": set(),
    "financier": set(),
    "viewer": set(),
    "outsider": {NEW_APPLICATION},
    "case_officer": {INBOX, PORTFOLIO},
    "administrator": {PORTFOLIO, ADMINISTRATION},
}
CHECKED = {NEW_APPLICATION, INBOX, PORTFOLIO, ADMINISTRATION}
OLD_SESSIONS = "django.contrib.auth.backends.ModelBackend"


def offered(client) -> set[str]:
    html = client.get(reverse("projects:notifications")).content.decode()
    menu = html.split('<nav aria-label="', 1)[1].split("</nav>", 1)[0]
    return {address for address in CHECKED if f'href="{address}"' in menu}


@pytest.mark.parametrize("persona", sorted(OFFERED))
@pytest.mark.parametrize("backend", [None, OLD_SESSIONS], ids=["signed-in", "older-session"])
def test_each_persona_is_offered_their_own_menu(client, project, personas, persona, backend):
    person = personas[persona]
    client.force_login(person, backend=backend)
    assert offered(client) == OFFERED[persona]
    assert can_apply(User.objects.get(pk=person.pk)) == (NEW_APPLICATION in OFFERED[persona])


def test_a_person_given_a_writer_role_is_offered_a_new_application_on_the_next_page(
        client, project, personas):
    from projects.models import ProjectRole, RoleKind

    viewer = personas["viewer"]
    client.force_login(viewer)
    assert NEW_APPLICATION not in offered(client)
    ProjectRole.objects.filter(user=viewer).update(role=RoleKind.MEMBER)
    assert NEW_APPLICATION in offered(client)
