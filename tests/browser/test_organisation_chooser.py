"""The organisation chooser in Chromium: typed, chosen with the keyboard, several rows added
in place and saved together in one save; axe-core clean with the suggestions open."""

import pytest
from django.urls import reverse

from portal.models import Organisation
from projects.models import Project
from tests.browser import test_accessibility as accessibility
from tests.browser.test_accessibility import violations

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

demo_manager = accessibility.demo_manager  # the demo loaded, the manager signed in
SLUG = "samordnet-naeringsapparat-kongsberg"


def test_an_organisation_is_chosen_with_the_keyboard_and_rows_are_added_in_place(
        demo_manager, screenshot):
    page = demo_manager
    page.goto(reverse("projects:section", args=[SLUG, "organisation"]))
    before = Project.objects.get(slug=SLUG).participations.count()
    page.get_by_role("button", name="Lägg till fem rader").first.click()
    total = page.locator("#id_participations-TOTAL_FORMS").input_value()
    assert int(total) == before + 1 + 5
    field = page.locator(f"#id_participations-{before}-organisation")
    field.focus()
    wanted = Organisation.objects.exclude(participations__project__slug=SLUG).order_by(
        "name").first()
    field.type(wanted.name[:5])
    listbox = page.locator(f"#id_participations-{before}-organisation-options")
    listbox.locator("[role=option]").first.wait_for()
    assert field.get_attribute("aria-expanded") == "true"
    assert not violations(page), "the section with its suggestions open"
    screenshot("organisation-chooser-open")
    page.keyboard.press("ArrowDown")
    active = field.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    chosen_name = page.locator(f"#{active}").get_attribute("data-label")
    chosen_id = page.locator(f"#{active}").get_attribute("data-value")
    page.keyboard.press("Enter")
    assert field.input_value() == chosen_name
    assert field.get_attribute("aria-expanded") == "false"
    assert page.locator(f"input[name='participations-{before}-organisation']"
                        ).input_value() == chosen_id
    page.select_option(f"#id_participations-{before}-role", "partner")
    # A second new row in the same save.
    second = page.locator(f"#id_participations-{before + 1}-organisation")
    other = Organisation.objects.exclude(participations__project__slug=SLUG).exclude(
        pk=int(chosen_id)).order_by("-name").first()
    second.focus()
    second.type(other.name)
    page.locator(f"#id_participations-{before + 1}-organisation-options [role=option]"
                 ).first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    second_id = page.locator(f"input[name='participations-{before + 1}-organisation']"
                             ).input_value()
    page.select_option(f"#id_participations-{before + 1}-role", "partner")
    page.get_by_role("button", name="Spara avsnittet").click()
    page.wait_for_url(f"**/projekt/{SLUG}/**")
    participants = Project.objects.get(slug=SLUG).participations
    assert participants.count() == before + 2  # both rows, one save
    assert participants.filter(organisation_id__in=[int(chosen_id), int(second_id)]).count() == 2


def test_the_page_for_a_missing_organisation_meets_wcag(demo_manager, screenshot):
    page = demo_manager
    page.goto(reverse("projects:organisation_add", args=[SLUG]))
    assert not violations(page)
    page.fill("#id_name", "Fjällbolaget AB")
    page.fill("#id_organisation_number", "556036-0794")
    with page.expect_navigation():
        page.get_by_role("button", name="Lägg till organisationen").click()
    assert page.locator(".errorlist").count() >= 1
    assert not violations(page), "with the number refused"
    screenshot("organisation-add-refused")
