"""The cost-category sets the programmes in the design brief use. Administrators edit them
afterwards in the admin; this migration only creates what is missing."""

from decimal import Decimal

from django.db import migrations

UNALLOCATED = ("ej-fordelat", "Ej fördelat på kostnadsslag", "Ikke fordelt på kostnadsart",
               "unallocated", "Only where a source gives a total without its breakdown.")

# (code, Swedish, Norwegian, kind, description[, percent, base code])
SETS = [
    ("tillvaxtverket-2014-2020", "Tillväxtverket 2014–2020",
     "Regional fund projects 2014–2020 (and the national forms of the years before).", [
         ("egen-personal", "Egen personal", "Eget personale", "cost", ""),
         ("externa-tjanster", "Externa tjänster", "Eksterne tjenester", "cost", ""),
         ("lokalkostnader", "Lokalkostnader", "Lokalkostnader", "cost", ""),
         ("investeringar", "Investeringar", "Investeringer", "cost", ""),
         ("resekostnader", "Resekostnader", "Reisekostnader", "cost", ""),
         ("ovriga-kostnader", "Övriga kostnader", "Andre kostnader", "cost", ""),
         ("schablonkostnader", "Schablonkostnader", "Flat sats", "flat_rate",
          "Indirect costs as a share of own personnel: 15 % or 20 % as decided.",
          Decimal("15"), "egen-personal"),
         ("offentligt-bidrag-i-annat-an-pengar", "Offentligt bidrag i annat än pengar",
          "Offentlig egeninnsats", "in_kind", ""),
         ("projektintakter", "Projektintäkter", "Prosjektinntekter", "income",
          "Income the project earns; reduces the eligible cost."),
         UNALLOCATED,
     ]),
    ("tillvaxtverket-2021-2027-personal-40", "Tillväxtverket 2021–2027: personal och 40 % schablon",
     "Personnel plus a flat rate of up to 40 % for all other costs.", [
         ("personal", "Personal", "Personale", "cost", ""),
         ("schablon-ovriga-40", "Schablon för övriga kostnader", "Flat sats for andre kostnader",
          "flat_rate", "Up to 40 % of personnel; covers all other costs.",
          Decimal("40"), "personal"),
         ("bidrag-i-annat-an-pengar", "Bidrag i annat än pengar", "Egeninnsats", "in_kind", ""),
         ("projektintakter", "Projektintäkter", "Prosjektinntekter", "income", ""),
         UNALLOCATED,
     ]),
    ("tillvaxtverket-2021-2027-faktiska", "Tillväxtverket 2021–2027: faktiska kostnader",
     "Personnel with 15 % indirect costs, and purchases at actual cost.", [
         ("personal", "Personal", "Personale", "cost", ""),
         ("schablon-indirekta-15", "Schablon för indirekta kostnader",
          "Flat sats for indirekte kostnader", "flat_rate", "15 % of personnel.",
          Decimal("15"), "personal"),
         ("externa-tjanster", "Externa tjänster", "Eksterne tjenester", "cost", ""),
         ("resor-och-logi", "Resor och logi", "Reise og opphold", "cost", ""),
         ("investeringar-materiel-lokaler", "Investeringar, materiel och lokaler",
          "Investeringer, materiell og lokaler", "cost", ""),
         ("bidrag-i-annat-an-pengar", "Bidrag i annat än pengar", "Egeninnsats", "in_kind", ""),
         ("projektintakter", "Projektintäkter", "Prosjektinntekter", "income", ""),
         UNALLOCATED,
     ]),
    ("tillvaxtverket-2021-2027-klumpsumma", "Tillväxtverket 2021–2027: klumpsumma",
     "A lump sum decided in advance.", [
         ("klumpsumma", "Klumpsumma", "Engangsbeløp", "cost", ""),
     ]),
    ("interreg", "Interreg (2014–2020, 2021–2027)",
     "Jems cost categories; office and administration is a flat rate of staff costs.", [
         ("staff", "Personalkostnader", "Personalkostnader", "cost", ""),
         ("office-administration", "Kontors- och administrationskostnader",
          "Kontor og administrasjon", "flat_rate", "15 % of staff costs.",
          Decimal("15"), "staff"),
         ("travel", "Resor och logi", "Reise og opphold", "cost", ""),
         ("external-expertise", "Extern expertis och externa tjänster",
          "Ekstern ekspertise og eksterne tjenester", "cost", ""),
         ("equipment", "Utrustning", "Utstyr", "cost", ""),
         ("infrastructure", "Infrastruktur och byggarbeten", "Infrastruktur og bygg", "cost", ""),
         UNALLOCATED,
     ]),
    ("interreg-iv-a-sverige-norge", "Interreg IV A Sverige–Norge 2007–2013",
     "The budget rows of the 2007–2013 application form, on both sides of the border.", [
         ("egen-personal", "Egen personal", "Eget personale", "cost", ""),
         ("externa-tjanster", "Externa tjänster", "Eksterne tjenester", "cost", ""),
         ("lokalkostnader", "Lokalkostnader", "Lokalkostnader", "cost", ""),
         ("investeringar", "Investeringar", "Investeringar", "cost", ""),
         ("resekostnader", "Resekostnader", "Reisekostnader", "cost", ""),
         ("ovriga-kostnader", "Övriga kostnader", "Övriga kostnader", "cost", ""),
         ("externa-offentligt-direktfinansierade", "Externa offentligt direktfinansierade kostnader",
          "Externa offentligt direktfinansierade kostnader", "cost",
          "Costs a public body pays directly, outside the project's accounts."),
         UNALLOCATED,
     ]),
    ("norsk-fylkeskommune", "Fylkeskommunale regionale utviklingsmidler",
     "A Norwegian county scheme's cost plan, with the participants' own effort (egeninnsats).", [
         ("prosjektledelse", "Projektledning", "Prosjektledelse", "cost", ""),
         ("husleie-utstyr", "Hyra och utrustning", "Husleie og utstyr", "cost", ""),
         ("konsulenttjenester", "Konsulttjänster", "Konsulenttjenester", "cost", ""),
         ("materiell-formidling", "Material och informationstjänster",
          "Materiell og formidlingstjenester", "cost", ""),
         ("moter-reiser", "Möten och resor", "Møter og reiser", "cost", ""),
         ("egeninnsats", "Egeninsats (bidrag i annat än pengar)", "Egeninnsats", "in_kind",
          "The participants' own work and resources, valued in money."),
         UNALLOCATED,
     ]),
]


def create_sets(apps, schema_editor):
    CostCategorySet = apps.get_model("finance", "CostCategorySet")
    CostCategory = apps.get_model("finance", "CostCategory")
    for slug, name, description, categories in SETS:
        category_set, _ = CostCategorySet.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description})
        by_code = {}
        for position, row in enumerate(categories):
            code, name_sv, name_nb, kind, text = row[:5]
            percent, base = (row[5], by_code[row[6]]) if len(row) > 5 else (None, None)
            category, _ = CostCategory.objects.get_or_create(
                category_set=category_set, code=code,
                defaults={"name_sv": name_sv, "name_nb": name_nb, "kind": kind,
                          "description": text, "position": position * 10,
                          "flat_rate_percent": percent, "flat_rate_base": base})
            by_code[code] = category


class Migration(migrations.Migration):
    dependencies = [("finance", "0001_initial")]

    operations = [migrations.RunPython(create_sets, migrations.RunPython.noop)]
