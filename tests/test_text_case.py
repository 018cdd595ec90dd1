"""Names compare without regard to case in every database: "LULEÅ KOMMUN" finds
"Luleå kommun" on SQLite as on PostgreSQL."""

import pytest
from django.db.models.functions import Lower, Upper

from portal.models import Country, Organisation, OrganisationKind


@pytest.mark.django_db
def test_upper_and_lower_know_the_nordic_letters():
    Organisation.objects.create(name="Luleå kommun", country=Country.SWEDEN,
                                kind=OrganisationKind.MUNICIPALITY)
    Organisation.objects.create(name="Ærø Øst", country=Country.NORWAY,
                                kind=OrganisationKind.COMPANY)
    found = Organisation.objects.annotate(upper=Upper("name"), lower=Lower("name"))
    assert set(found.values_list("upper", "lower")) == {
        ("LULEÅ KOMMUN", "luleå kommun"), ("ÆRØ ØST", "ærø øst")}
    assert Organisation.objects.annotate(upper=Upper("name")).filter(
        upper="LULEÅ KOMMUN").count() == 1
