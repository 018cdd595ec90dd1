"""The project list's rows are written in Python; their markup is exactly what the template
they replace wrote (kept as a reference), escaping included, in every language."""

import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.template import Context, Engine
from django.utils import translation

from projects.list_rows import CardRows
from projects.models import ProjectStatus
from projects.read_models import ProjectCard

REFERENCES = Engine(dirs=[str(Path(__file__).parent / "reference_templates")])
NASTY = '<b>"Vind & sol\'s"</b>'


def cards() -> CardRows:
    return CardRows(
        ProjectCard(slug=slug, title=title, programme=programme, reporting_currency="SEK",
                    owner=owner, status=status, start_date=start, end_date=end,
                    granted_amount=Decimal("1000"))
        for slug, title, programme, owner, status, (start, end) in itertools.product(
            ["kreativ-region-2020", "a-b"], ["Kreativ region", NASTY], ["Interreg", NASTY],
            [None, "", "Luleå kommun", NASTY], ProjectStatus.values,
            [(None, None), (date(2021, 1, 1), date(2023, 12, 31)), (date(2020, 5, 1), None)]))


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_the_rows_are_written_as_the_template_wrote_them(language):
    rows = cards()
    with translation.override(language):
        expected = REFERENCES.get_template("list_rows.html").render(
            Context({"page": {"object_list": rows}}))
        assert str(rows.markup) == expected
    assert len(rows) > 500 and "&lt;b&gt;" in rows.markup and "<b>" not in rows.markup


@pytest.mark.django_db
def test_the_list_page_shows_the_rows(client, personas, project):
    client.force_login(personas["manager"])
    page = client.get("/projekt/").content.decode()
    assert f'<td><a href="/projekt/{project.slug}/">{project.title}</a></td>' in page
