"""The Swedish and Norwegian catalogues are complete, and pages speak the visitor's language."""

import ast
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

BASE = Path(settings.BASE_DIR)
# The top-level catalog and one per app that has its own (`manage.py messages`).
CATALOGS = [BASE / "locale", *sorted(p for pattern in ("*/locale", "*/*/locale")
                                     for p in BASE.glob(pattern)
                                     if p.is_dir() and ".venv" not in p.parts
                                     and "node_modules" not in p.parts)]
CATALOG_IDS = [str(path.relative_to(BASE)) for path in CATALOGS]
TRANSLATED_LANGUAGES = ["sv", "nb"]
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{\{ *[a-z_]+ *\}\}")


def po_entries(language: str, catalog: Path) -> list[dict]:
    """The active entries of a catalogue: msgid, msgid_plural, msgstr (a list), flags, line.

    A small reader for what makemessages writes; obsolete entries (`#~`) are skipped."""
    path = catalog / language / "LC_MESSAGES" / "django.po"
    entries, entry, field = [], None, None

    def finish():
        if entry is not None and "msgid" in entry:
            entries.append(entry)

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            finish()
            entry, field = None, None
            continue
        if line.startswith("#~"):
            continue
        if entry is None:
            entry = {"flags": set(), "msgstr": {}, "line": number}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            text = ast.literal_eval(line)
            if isinstance(field, int):
                entry["msgstr"][field] += text
            else:
                entry[field] += text
        else:
            keyword, _, value = line.partition(" ")
            plural_form = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            if plural_form:
                field = int(plural_form.group(1))
                entry["msgstr"][field] = ast.literal_eval(value)
            elif keyword == "msgstr":
                field = 0
                entry["msgstr"][0] = ast.literal_eval(value)
            else:
                field = keyword
                entry[field] = ast.literal_eval(value)
    finish()
    return entries


def messages(language: str, catalog: Path) -> list[dict]:
    return [entry for entry in po_entries(language, catalog) if entry["msgid"]]


def test_the_app_catalogs_exist():
    assert {"locale", "projects/locale", "finance/locale"} <= set(CATALOG_IDS)
    assert sum(len(messages("sv", catalog)) for catalog in CATALOGS) > 700


@pytest.mark.parametrize("catalog", CATALOGS, ids=CATALOG_IDS)
@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_message_has_a_translation_that_is_not_fuzzy(language, catalog):
    entries = messages(language, catalog)
    assert entries
    missing = [entry["msgid"] for entry in entries
               if not entry["msgstr"] or not all(entry["msgstr"].values())]
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    assert missing == [], f"untranslated in {language}"
    assert fuzzy == [], f"fuzzy in {language}"


@pytest.mark.parametrize("catalog", CATALOGS, ids=CATALOG_IDS)
@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_catalogue_header_is_not_fuzzy_and_names_its_language(language, catalog):
    header = next(entry for entry in po_entries(language, catalog) if entry["msgid"] == "")
    assert "fuzzy" not in header["flags"]
    assert f"Language: {language}\n" in header["msgstr"][0]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);\n" in header["msgstr"][0]


@pytest.mark.parametrize("catalog", CATALOGS, ids=CATALOG_IDS)
@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_keep_every_placeholder_and_both_plural_forms(language, catalog):
    for entry in messages(language, catalog):
        expected = sorted(PLACEHOLDER.findall(entry["msgid"]))
        if "msgid_plural" in entry:
            assert sorted(entry["msgstr"]) == [0, 1], entry["msgid"]
        for text in entry["msgstr"].values():
            assert sorted(PLACEHOLDER.findall(text)) == expected, (entry["msgid"], text)


@pytest.mark.parametrize("catalog", CATALOGS, ids=CATALOG_IDS)
def test_the_english_catalogue_exists_and_leaves_english_as_written(catalog):
    entries = messages("en", catalog)
    assert entries
    assert all(not any(entry["msgstr"].values()) for entry in entries)


@pytest.mark.parametrize("catalog", CATALOGS, ids=CATALOG_IDS)
@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_each_catalogue_is_compiled_from_its_current_source(language, catalog, tmp_path):
    compiled = catalog / language / "LC_MESSAGES" / "django.mo"
    source = compiled.with_suffix(".po")
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(source)], check=True)
    assert compiled.read_bytes() == fresh.read_bytes(), "run `make messages`"


@pytest.mark.parametrize(("language", "expected"), [
    ("sv", {"Approved": "Beviljad", "Returned for completion": "Återförvisad för komplettering",
            "Project owner": "Projektägare", "Case officer": "Handläggare",
            "Change request": "Ändringsansökan", "Outcome": "Utfall", "flat rate": "schablon"}),
    ("nb", {"Approved": "Innvilget", "Returned for completion": "Returnert for komplettering",
            "Project owner": "Prosjekteier", "Case officer": "Saksbehandler",
            "Change request": "Endringssøknad", "Outcome": "Regnskap", "flat rate": "flat sats"}),
    ("en", {"Approved": "Approved", "Project owner": "Project owner"}),
])
def test_the_glossary_words_are_used_at_runtime(language, expected):
    with translation.override(language):
        assert {msgid: translation.gettext(msgid) for msgid in expected} == expected


# One word per meaning: the decision's granted amount, the budget as approved, and what each
# budget line holds.
MEANINGS = {
    "sv": {"Granted amount": "Beviljat belopp", "Approved budget": "Godkänd budget",
           "Budgeted": "Budgeterat"},
    "nb": {"Granted amount": "Innvilget beløp", "Approved budget": "Godkjent budsjett",
           "Budgeted": "Budsjettert"},
}
# The other words a budget was called by before, in any catalogue.
OTHER_BUDGET_WORDS = {"sv": re.compile(r"beviljade? budget", re.I),
                      "nb": re.compile(r"innvilgede? budsjett", re.I)}


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_one_word_for_each_meaning_of_approved(language):
    with translation.override(language):
        assert {msgid: translation.gettext(msgid)
                for msgid in MEANINGS[language]} == MEANINGS[language]
    found = [(str(catalog.relative_to(BASE)), entry["line"])
             for catalog in CATALOGS for entry in po_entries(language, catalog)
             if any(OTHER_BUDGET_WORDS[language].search(text)
                    for text in entry["msgstr"].values())]
    assert found == []
    # The period's cost table heads its budget column as budget lines, not as a decision.
    template = (BASE / "templates/reports/figures/period_costs.html").read_text()
    assert '{% translate "Approved" %}' not in template and '"Budgeted"' in template


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_a_message_in_several_catalogues_is_translated_the_same_in_each(language):
    # gettext merges the catalogues and one translation wins (the top-level one, then the apps
    # in INSTALLED_APPS order), so a second translation is never shown where its app meant it.
    # A different meaning of the same English takes a context (pgettext, `context "..."`).
    held = defaultdict(lambda: defaultdict(list))
    for catalog in CATALOGS:
        for entry in messages(language, catalog):
            key = (entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural"))
            words = tuple(sorted(entry["msgstr"].items()))
            held[key][words].append(str(catalog.relative_to(BASE)))
    differing = {key: dict(translations) for key, translations in held.items()
                 if len(translations) > 1}
    assert differing == {}


# One English word, two meanings: each in its own words on the page.
@pytest.mark.parametrize(("language", "context", "msgid", "expected", "plain"), [
    ("sv", "risk", "Closed", "Stängd", "Avslutad"),
    ("nb", "risk", "Closed", "Lukket", "Avsluttet"),
    ("nb", "activity plan", "Activity", "Hovedaktivitet", "Aktivitet"),
    ("sv", "export", "Asked for", "Beställd", "Sökt"),
    ("sv", "amount", "Planned", "Planerat", "Planerad"),
    ("sv", "audit action", "Created", "Skapade", "Skapad"),
    ("sv", "difference between versions", "Change", "Ändring", "Ändra"),
])
def test_a_context_keeps_each_meaning_apart(language, context, msgid, expected, plain):
    with translation.override(language):
        assert translation.pgettext(context, msgid) == expected
        assert translation.gettext(msgid) == plain


@pytest.mark.parametrize(("language", "expected"), [
    ("sv", {"Funding body": "Beviljande myndighet", "funding body": "beviljande myndighet",
            "Submit the report": "Lämna in rapporten", "Show today": "Visa i dag",
            "Download the chart (SVG)": "Ladda ner diagrammet (SVG)", "Frozen": "Låst",
            "Return for completion": "Återförvisa för komplettering"}),
    ("nb", {"Funding body": "Tilskuddsgiver", "funding body": "tilskuddsgiver",
            "Return for completion": "Returner for komplettering"}),
])
def test_the_words_chosen_where_catalogues_differed(language, expected):
    with translation.override(language):
        assert {msgid: translation.gettext(msgid) for msgid in expected} == expected


@pytest.mark.parametrize(("language", "count", "expected"), [
    ("sv", 1, "1 projekt"), ("sv", 2, "2 projekt"),
    ("nb", 1, "1 prosjekt"), ("nb", 2, "2 prosjekter"),
])
def test_plural_forms_follow_the_count(language, count, expected):
    with translation.override(language):
        text = translation.ngettext("%(counter)s project", "%(counter)s projects", count)
    assert text % {"counter": count} == expected


@pytest.mark.parametrize(("language", "present", "absent"), [
    ("sv", ["Logga in", "Glömt lösenordet?", 'lang="sv"'], ["Logg inn", "Forgotten your"]),
    ("nb", ["Logg inn", "Glemt passordet?", 'lang="nb"'], ["Logga in", "Forgotten your"]),
    ("en", ["Log in", "Forgotten your password?", 'lang="en"'], ["Logga in", "Logg inn"]),
])
def test_the_login_page_speaks_the_language_the_browser_asks_for(client, db, language, present,
                                                                  absent):
    response = client.get("/konto/logga-in/", HTTP_ACCEPT_LANGUAGE=language)
    content = response.content.decode()
    assert response.status_code == 200
    for text in present:
        assert text in content
    for text in absent:
        assert text not in content


def test_swedish_is_shown_when_the_browser_asks_for_nothing_we_have(client, db):
    response = client.get("/konto/logga-in/", HTTP_ACCEPT_LANGUAGE="de")
    assert "Logga in" in response.content.decode()


@pytest.mark.parametrize(("language", "present"), [
    ("sv", ["Ny ansökan", "Projektägare", "Utkast", "1 projekt"]),
    ("nb", ["Ny søknad", "Prosjekteier", "Utkast", "1 prosjekt"]),
])
def test_the_project_list_speaks_the_language_the_browser_asks_for(client, personas, project,
                                                                   language, present):
    client.force_login(personas["manager"])
    response = client.get(reverse("projects:list"), HTTP_ACCEPT_LANGUAGE=language)
    content = response.content.decode()
    for text in present:
        assert text in content
