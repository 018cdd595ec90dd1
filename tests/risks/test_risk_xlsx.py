"""Excel: the register and the plan downloaded through the safe writer; a register uploaded,
previewed with every problem at its row and column, and added whole or not at all."""

import io

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from risks.models import Risk
from risks.selectors import register_view
from risks.services.errors import InvalidInput
from risks.services.risks import RiskInput, import_risks
from risks.xlsx import export_workbook, read_register

pytestmark = pytest.mark.usefixtures("in_english")

SEED_000 = [
    ["Identifierad/möjlig risk", "Konsekvens (riskvärde x effekt)", "Hanteringsstrategi"],
    ["Konkurrens mellan projektet och befintliga regionala näringslivsorganisationer och "
     "projekt.", "Allvarlig negativ konsekvens.", "- Kontinuerlig informationsgivning"],
    ["Allmän eller branschspecifik konjunkturnedgång.", "Negativ konsekvens.",
     "- Proaktiv, kontinuerlig omvärldsbevakning"],
]


def workbook(rows) -> io.BytesIO:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    stream = io.BytesIO()
    book.save(stream)
    stream.seek(0)
    stream.name = "risker.xlsx"
    return stream


def test_seed_000s_table_reads_as_written_with_impact_from_its_words(project):
    result = read_register(workbook(SEED_000))
    assert result.ok and not result.errors
    read = [(r.number, r.data.consequence, r.data.impact, r.data.likelihood,
             r.impact_from_words) for r in result.rows]
    assert read == [(2, "Allvarlig negativ konsekvens.", 4, None, True),
                    (3, "Negativ konsekvens.", 3, None, True)]
    assert result.rows[0].data.mitigation == "- Kontinuerlig informationsgivning"


def test_every_problem_is_named_by_row_and_column_and_nothing_is_read(project):
    result = read_register(workbook([
        ["Risk", "Sannolikhet", "Konsekvensnivå", "Status", "Nästa uppföljning"],
        ["Konkurrens", 3, 4, "Öppen", "2025-03-01"],
        ["Politiska beslut", 7, 2, "kanske", ""],
        ["", 2, 2, "", "i vår"],
    ]))
    assert not result.ok
    assert result.errors == [
        "Row 3, column B (Sannolikhet): A level from 1 to 5, or empty for not yet assessed.",
        "Row 3, column D (Status): Not a status: open, being mitigated, closed or occurred.",
        "Row 4, column E (Nästa uppföljning): Write the date like 2024-09-30.",
        "Row 4, column A (Risk): Say what the risk is, e.g. “Det är en risk att …”.",
    ]


def test_an_import_adds_every_risk_or_none(project, personas):
    good = RiskInput(title="Konkurrens", likelihood=2, impact=3)
    with pytest.raises(InvalidInput) as refused:
        import_risks(project=project, actor=personas["manager"],
                     risks=[good, RiskInput(title="", impact=9)])
    assert set(refused.value.errors) == {"rows.1.title", "rows.1.impact"}
    assert not Risk.objects.exists()
    import_risks(project=project, actor=personas["manager"], risks=[good, good])
    assert list(Risk.objects.values_list("number", flat=True)) == [1, 2]


def test_a_downloaded_register_reads_back_as_it_is(project, risk):
    risk("=HYPERLINK(\"http://example.org\")", likelihood=3, impact=4,
         consequence="Negativ konsekvens.", owner="Eva", status="mitigating")
    risk("Konjunkturen vänder", impact=4)
    data = export_workbook(register_view(project))
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet["B2"].data_type == "s"  # a title beginning with = is text, not a formula
    upload = io.BytesIO(data)
    upload.name = "risker.xlsx"
    result = read_register(upload)
    assert result.ok
    assert [(r.data.title, r.data.likelihood, r.data.impact, r.data.owner, r.data.status)
            for r in result.rows] == [
        ("=HYPERLINK(\"http://example.org\")", 3, 4, "Eva", "mitigating"),
        ("Konjunkturen vänder", None, 4, "", "open")]


def test_the_import_page_previews_then_adds_all_the_risks(login, manager, project):
    client = login(manager)
    url = reverse("risks:import", args=[project.slug])
    preview = client.post(url, {"file": workbook(SEED_000)})
    html = preview.content.decode()
    assert preview.status_code == 200 and "The file would add 2 risks" in html
    assert "read from the consequence" in html
    assert not Risk.objects.exists()
    payload = preview.context["payload"]
    assert client.post(url, {"payload": payload}).status_code == 302
    assert [(r.number, r.impact, r.likelihood) for r in Risk.objects.all()] == [
        (1, 4, None), (2, 3, None)]


def test_a_broken_file_is_refused_with_a_message(login, manager, project):
    upload = io.BytesIO(b"not a workbook")
    upload.name = "risker.xlsx"
    response = login(manager).post(reverse("risks:import", args=[project.slug]),
                                   {"file": upload})
    assert response.status_code == 400
    assert "not an Excel workbook" in response.content.decode()


def test_a_tampered_preview_adds_nothing(login, manager, project):
    response = login(manager).post(reverse("risks:import", args=[project.slug]),
                                   {"payload": "forged"}, follow=True)
    assert "The preview has expired" in response.content.decode()
    assert not Risk.objects.exists()


def test_the_plan_downloads_as_a_workbook(login, manager, project):
    from plans.services.structure import ActivityInput, WorkPackageInput, save_work_package
    from tests.plans.conftest import D

    save_work_package(project=project, actor=manager, data=WorkPackageInput(
        "Nätverk", activities=[ActivityInput("=1+1", D(2019, 1, 1), D(2019, 3, 1),
                                             responsible="Vindelns kommun")]))
    response = login(manager).get(reverse("plans:export", args=[project.slug]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[2]][:5] == ["1.1", "1 Nätverk", "=1+1", "Vindelns kommun",
                                              "2019-01"]
    assert sheet["C2"].data_type == "s"


def test_the_register_reads_in_the_readers_words_without_markdown_marks(project, risk):
    risk("Kommunerna förankrar inte projektet", likelihood=2, impact=4, status="mitigating",
         mitigation="- Kickoff med **alla** kommuner\n- Uppföljning varje kvartal",
         consequence="Projektet *tappar* fart.", response="reduce")
    sheet = load_workbook(io.BytesIO(export_workbook(register_view(project)))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("No.", "Risk", "Description", "Category", "Likelihood", "Impact")
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Mitigation"] == "Kickoff med alla kommuner\nUppföljning varje kvartal"
    assert row["Consequence"] == "Projektet tappar fart."
    assert (row["Likelihood"], row["Status"], row["Response"]) == (
        "2 – Unlikely", "Being mitigated", "Reduce")


def test_the_plan_reads_its_descriptions_as_text_and_its_statuses_by_name(login, manager,
                                                                         project):
    from plans.services.structure import ActivityInput, WorkPackageInput, save_work_package
    from tests.plans.conftest import D

    save_work_package(project=project, actor=manager, data=WorkPackageInput(
        "Nätverk", activities=[ActivityInput(
            "Träffar", D(2019, 1, 1), D(2019, 3, 1),
            description="- Etablera **styrgrupp**\n- Rekrytera projektteam")]))
    response = login(manager).get(reverse("plans:export", args=[project.slug]))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Description"] == "Etablera styrgrupp\nRekrytera projektteam"
    assert row["Status"] == "Planned"
