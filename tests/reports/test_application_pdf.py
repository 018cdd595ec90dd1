"""The application as a PDF: what a financier reads in it, where the contents say it is, and
what the file says about itself."""

import pytest
from django.core.management import CommandError, call_command

from reports.application import NoSuchVersion, application_print
from reports.pdf import ARCHIVAL_VARIANT, BASE_URL, StaticFilesOnly, render_pdf
from tests.reports.pdfs import catalogue, page_texts, reader, toc, xmp


def pdf_of(project, **options):
    archival = options.pop("archival", False)
    job = application_print(project, **options)
    return render_pdf(job.template, job.context, job.document, archival=archival)


@pytest.fixture
def demo(demo_projects):
    """The demo, loaded once for the module (tests/conftest.py) rather than for each test as
    tests/reports/conftest.py does; each test's writes are rolled back."""
    return demo_projects


@pytest.fixture
def kreativ(demo):
    return demo["kreativ-region-2020"]


@pytest.fixture(scope="module")
def kreativ_pdf(demo_once, django_db_blocker):
    """Kreativ region's application as printed by default (Swedish, newest version), from the
    demo as loaded: rendered once for the tests that only read the file, which would each
    render the same one."""
    from projects.models import Project

    with django_db_blocker.unblock():
        return pdf_of(Project.objects.get(slug="kreativ-region-2020"))


@pytest.mark.django_db
def test_seed_003_prints_both_budgets_in_their_own_currencies(kreativ_pdf):
    text = "\n".join(page_texts(kreativ_pdf))
    assert "Svensk projektbudget (SEK, version 1)" in text
    assert "Norsk prosjektbudsjett (NOK, version 1)" in text
    assert "Stödberättigande kostnad 9 710 000" in text
    assert "Stödberättigande kostnad 5 250 000" in text
    assert "Summa finansiering 9 710 000" in text
    assert "Gemensam summa:" in text  # the joint total in the programme's currency


@pytest.mark.django_db
def test_the_table_of_contents_gives_the_page_each_heading_is_on(kreativ_pdf):
    data = kreativ_pdf
    pages = page_texts(data)
    entries = toc(data)
    assert len(entries) >= 10
    titles = [title for title, _page in entries]
    assert "Budget och finansiering" in titles and "Tids- och aktivitetsplan" in titles
    for title, number in entries:
        assert number >= 3  # after the cover and the contents
        assert title in pages[number - 1], f"{title} is not on page {number}"
    assert [n for _t, n in entries] == sorted(n for _t, n in entries)  # in reading order


@pytest.mark.django_db
def test_every_page_after_the_cover_names_the_project_and_counts_its_pages(kreativ_pdf):
    pages = page_texts(kreativ_pdf)
    total = len(pages)
    assert "Sida" not in pages[0]  # the cover carries no running header
    for number, text in enumerate(pages[1:], start=2):
        assert "Kreativ region – Nordens bästa inlandsregioner 2020" in text
        assert f"Sida {number} av {total}" in text


@pytest.mark.django_db
def test_the_document_says_its_title_author_and_language_and_is_tagged(kreativ_pdf):
    data = kreativ_pdf
    info = reader(data).metadata
    assert info.title == "Projektansökan: Kreativ region – Nordens bästa inlandsregioner 2020"
    assert info.author == "Falun Borlänge-regionen AB"
    root = catalogue(data)
    assert root["/Lang"] == "sv"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root


@pytest.mark.django_db
def test_the_archival_variant_is_pdf_a_3u(kreativ, kreativ_pdf):
    assert ARCHIVAL_VARIANT == "pdf/a-3u"
    metadata = xmp(pdf_of(kreativ, archival=True))
    assert 'pdfaid:part="3"' in metadata and 'pdfaid:conformance="U"' in metadata
    assert "pdfaid" not in xmp(kreativ_pdf)


@pytest.mark.django_db
def test_english_fixed_texts_and_language(kreativ):
    data = pdf_of(kreativ, language="en")
    pages = page_texts(data)
    assert "Page 2 of" in pages[1] and "Contents" in pages[1]
    assert "Eligible cost 9 710 000" in "\n".join(pages)
    assert catalogue(data)["/Lang"] == "en"


@pytest.mark.django_db
def test_norwegian_fixed_texts(kreativ):
    pages = page_texts(pdf_of(kreativ, language="nb"))
    assert "Side 2 av" in pages[1] and "Innhold" in pages[1]


@pytest.mark.django_db
def test_seed_000_prints_its_risk_register_heat_map_and_activity_plan(demo):
    text = "\n".join(page_texts(pdf_of(demo["invest-in-norrbotten"])))
    assert "Riskanalys" in text and "Tids- och aktivitetsplan" in text
    assert "Sannolikhet" in text  # the heat map's axis, drawn as text in the SVG


@pytest.mark.django_db
def test_a_version_that_does_not_exist_is_refused(kreativ):
    with pytest.raises(NoSuchVersion):
        application_print(kreativ, version=9)


@pytest.mark.django_db
def test_a_draft_prints_as_it_stands_and_says_it_is_not_submitted(demo):
    pages = page_texts(pdf_of(demo["samordnet-naeringsapparat-kongsberg"]))
    assert "Utkast: inte inskickad" in pages[0]


def test_the_printer_reads_static_files_and_nothing_else():
    fetcher = StaticFilesOnly()
    assert b"gantt" in fetcher.fetch(BASE_URL + "static/plans/plans.css").read()
    for address in ("https://example.com/a.png", "file:///etc/passwd",
                    BASE_URL + "static/../../etc/passwd", BASE_URL + "admin/"):
        with pytest.raises(ValueError):
            fetcher.fetch(address)


def test_the_printer_reads_a_collected_file_by_its_hashed_name(settings, tmp_path):
    """In production the pages name their styles as collected (plans.<hash>.css), which no
    finder knows: the printer must read the collected file, not give up on the styles."""
    settings.STATIC_ROOT = tmp_path
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "plans.0123abcd.css").write_bytes(b".gantt { color: red }")
    fetched = StaticFilesOnly().fetch(BASE_URL + "static/plans/plans.0123abcd.css")
    assert fetched.read() == b".gantt { color: red }"


@pytest.mark.django_db
def test_render_report_writes_the_application(kreativ, tmp_path):
    target = tmp_path / "kreativ.pdf"
    call_command("render_report", kreativ.slug, "application", "--version", "1",
                 "--archival", "--language", "en", "-o", str(target), stdout=_Quiet())
    data = target.read_bytes()
    assert "Eligible cost 9 710 000" in "\n".join(page_texts(data))
    assert 'pdfaid:part="3"' in xmp(data)
    with pytest.raises(CommandError, match="version 7"):
        call_command("render_report", kreativ.slug, "application", "--version", "7",
                     "-o", str(target), stdout=_Quiet())
    with pytest.raises(CommandError, match="No project"):
        call_command("render_report", "finns-inte", "application", "-o", str(target))


class _Quiet:
    def write(self, text):
        pass


@pytest.mark.django_db
def test_a_financier_downloads_the_pdf_and_reads_the_preview(client, kreativ):
    from django.urls import reverse

    from projects.models import ProjectRole, RoleKind

    financier = ProjectRole.objects.filter(project=kreativ, role=RoleKind.FINANCIER).first()
    user = financier.user if financier else _financier(kreativ)
    client.force_login(user)
    response = client.get(reverse("reports:application_pdf", args=[kreativ.slug]),
                          {"version": "1", "sprak": "nb"})
    assert response.status_code == 302  # printed by the worker: tests/reports/test_printing.py
    preview = client.get(reverse("reports:application_preview", args=[kreativ.slug]))
    assert "9\u00a0710\u00a0000" in preview.content.decode()
    assert client.get(reverse("reports:application_pdf", args=[kreativ.slug]),
                      {"version": "x"}).status_code == 404
    tab = client.get(reverse("reports:documents", args=[kreativ.slug])).content.decode()
    assert reverse("reports:application_pdf", args=[kreativ.slug]) + "?version=1" in tab


def _financier(project):
    from portal.models import User
    from projects.models import ProjectRole, RoleKind

    user = User.objects.create_user("finansiar-test", password="x")
    ProjectRole.objects.create(project=project, user=user, role=RoleKind.FINANCIER)
    return user


def _scrambled(finance: dict, *, old: bool) -> dict:
    """The finance part as PostgreSQL may hand it back: cost keys in another order, and for a
    version frozen before the order was stored, without it."""
    budgets = {}
    for name, budget in finance["budgets"].items():
        costs = {label: {k: v for k, v in row.items() if not (old and k == "sort")}
                 for label, row in reversed(list(budget["costs"].items()))}
        budgets[name] = {**budget, "costs": costs}
    return {**finance, "budgets": budgets}


def _scramble_frozen_finance(project, *, old: bool) -> dict[str, list[str]]:
    """Stores the latest version's finance part scrambled; returns each budget's cost
    categories in the catalogue's order as frozen (PostgreSQL keeps a JSON object's keys in
    its own order)."""
    from projects import selectors

    version = selectors.application_versions(project).order_by("-number").first()
    finance = version.content["parts"]["finance"]
    in_order = {name: [label for label, _row in sorted(b["costs"].items(),
                                                       key=lambda item: item[1]["sort"])]
                for name, b in finance["budgets"].items()}
    assert any(len(labels) > 2 for labels in in_order.values())
    content = {**version.content, "parts": {**version.content["parts"],
                                            "finance": _scrambled(finance, old=old)}}
    type(version).objects.filter(pk=version.pk).update(content=content)
    return in_order


def _in_order(text: str, in_order: dict[str, list[str]], heading: str) -> None:
    for name, labels in in_order.items():
        start = text.index(heading.format(name=name))
        table = text[start:start + 2000]  # the budget's own cost table
        positions = [table.find(label) for label in labels]
        assert -1 not in positions and positions == sorted(positions), labels


@pytest.mark.django_db
@pytest.mark.parametrize("old", [False, True])
def test_frozen_cost_categories_print_in_the_catalogues_order(kreativ, old):
    in_order = _scramble_frozen_finance(kreativ, old=old)
    _in_order("\n".join(page_texts(pdf_of(kreativ))), in_order, "{name} (")


@pytest.mark.django_db
@pytest.mark.parametrize("old", [False, True])
def test_the_version_page_shows_frozen_cost_categories_in_the_catalogues_order(
        kreativ, old, client):
    from django.urls import reverse

    from projects import selectors

    in_order = _scramble_frozen_finance(kreativ, old=old)
    number = selectors.application_versions(kreativ).order_by("-number").first().number
    client.force_login(kreativ.created_by)
    page = client.get(reverse("projects:version", args=[kreativ.slug, number]),
                      {"del": "finance"})
    assert page.status_code == 200
    _in_order(page.content.decode(), in_order, "{name}")


def test_the_print_stylesheet_holds_nothing_the_pdf_engine_warns_about(caplog):
    from reports.pdf import PrintDocument

    with caplog.at_level("WARNING", logger="weasyprint"):
        render_pdf("reports/pdf/base.html", {}, PrintDocument(title="Ett blad",
                                                              project_title="Litet"))
    assert [record.getMessage() for record in caplog.records
            if record.name.startswith("weasyprint")] == []


@pytest.mark.django_db
def test_the_preview_alone_links_the_screen_stylesheet(kreativ):
    from reports.pdf import render_html

    job = application_print(kreativ)
    link = "reports/preview.css"
    assert link not in render_html(job.template, job.context, job.document)
    preview = render_html(job.template, {**job.context, "preview_bar": {
        "pdf_url": "/pdf", "back_url": "/"}}, job.document)
    assert link in preview
