"""Administrators keep the catalogue in the admin; their changes are audited."""

from django.urls import reverse

from portal.models import AuditEntry


def test_an_administrator_edits_the_catalogue_and_the_change_is_audited(client, catalogue,
                                                                        personas):
    admin = personas["administrator"]
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    listing = client.get(reverse("admin:indicators_catalogueindicator_changelist"),
                         {"q": "CO05"})
    assert listing.status_code == 200 and "Antal nya företag som får stöd" in listing.text
    entry = catalogue["CO05"]
    url = reverse("admin:indicators_catalogueindicator_change", args=[entry.pk])
    form = client.get(url)
    assert form.status_code == 200
    data = {name: value for name, value in form.context["adminform"].form.initial.items()
            if value is not None and name not in ("programmes", "covers")}
    data.update(definition="Grundat mindre än tre år före projektstart.",
                covers=[], programmes=[])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    change = AuditEntry.objects.get(action="admin:update", field="definition")
    assert change.new_value == "Grundat mindre än tre år före projektstart."
