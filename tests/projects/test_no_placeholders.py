"""Choices read in words: no Django "---------" in the list's filters, the new application's
programme or a section's radio groups."""

from django.urls import reverse


def test_no_dashes_where_people_choose(project, login, personas):
    client = login(personas["manager"])
    for address in (reverse("projects:list"), reverse("projects:create"),
                    reverse("projects:section", args=[project.slug, "horizontal"])):
        page = client.get(address).content.decode()
        assert "---------" not in page, address
    assert "Inte angivet" in client.get(
        reverse("projects:section", args=[project.slug, "horizontal"])).content.decode()
