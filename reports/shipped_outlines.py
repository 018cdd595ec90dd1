"""The outlines the portal ships: the funders' own report forms, as data. Administrators
change them, or add another funder's, in the admin; these are written once, when first
needed, and never overwrite what an administrator changed."""


def t(sv: str, nb: str, en: str) -> dict:
    return {"sv": sv, "nb": nb, "en": en}


def field(name, label, help_text=None, *, required=True, max_length=None) -> dict:
    data = {"name": name, "label": label, "required": required}
    if help_text:
        data["help"] = help_text
    if max_length:
        data["max_length"] = max_length
    return data


def section(key, title, fields=(), figures=(), intro=None) -> dict:
    data = {"key": key, "title": title, "fields": list(fields), "figures": list(figures)}
    if intro:
        data["intro"] = intro
    return data


DEVIATIONS = t("Avvikelser och vad som gjordes", "Avvik og hva som ble gjort",
               "Deviations and what was done")
WHY = t("Förklara varje avvikelse som tabellen visar: varför den uppstod och vad projektet "
        "gjorde.", "Forklar hvert avvik tabellen viser: hvorfor det oppsto og hva prosjektet "
        "gjorde.", "Explain every deviation the table shows: why it happened and what the "
        "project did.")

TILLVAXTVERKET_STATUS = {
    "slug": "tillvaxtverket-lagesrapport-2021-2027",
    "name": "Tillväxtverket, lägesrapport (2021–2027)",
    "kind": "status_report",
    "application_forms": ["swedish", "interreg", "plp"],
    "sections": [
        section("overview", t("Övergripande uppgifter om projektet",
                              "Overordnede opplysninger om prosjektet",
                              "General information about the project"),
                [field("progress", t("Hur projektet fortskrider", "Hvordan prosjektet går",
                                     "How the project is progressing"))], ["overview"]),
        section("organisation", t("Arbetssätt och organisation", "Arbeidsform og organisering",
                                  "Way of working and organisation"),
                [field("organisation", t("Arbetssätt, organisation och samverkan under "
                                         "perioden", "Arbeidsform, organisering og samarbeid "
                                         "i perioden", "Way of working, organisation and "
                                         "cooperation during the period"))]),
        section("activities", t("Aktiviteter", "Aktiviteter", "Activities"),
                [field("activities", t("Genomförda aktiviteter och avvikelser från planen",
                                       "Gjennomførte aktiviteter og avvik fra planen",
                                       "Activities carried out and deviations from the plan"),
                       WHY)], ["plan", "decisions", "risks"]),
        section("results", t("Projektets resultat", "Prosjektets resultater",
                             "The project's results"),
                [field("results", t("Resultat hittills", "Resultater så langt",
                                    "Results so far"))], ["indicators", "participants"]),
        section("economy", t("Ekonomi", "Økonomi", "Economy"),
                [field("economy", t("Kommentar till kostnader, intäkter och medfinansiering",
                                    "Kommentar til kostnader, inntekter og medfinansiering",
                                    "Comment on costs, income and co-financing"), WHY)],
                ["period_costs", "financing"]),
    ],
}

SWEDISH_FINAL = {
    "slug": "slutrapport",
    "name": "Slutrapport (svenska regionala finansiärers mall)",
    "kind": "final_report",
    "application_forms": ["swedish"],
    "sections": [
        section("summary", t("1. Sammanfattning", "1. Sammendrag", "1. Summary"),
                [field("summary", t("Sammanfattning", "Sammendrag", "Summary"))],
                ["overview"]),
        section("purpose", t("2. Har projektets syfte uppnåtts?", "2. Er prosjektets formål "
                             "nådd?", "2. Was the project's purpose achieved?"),
                [field("purpose", t("Syftet och i vilken grad det uppnåtts", "Formålet og i "
                                    "hvilken grad det er nådd", "The purpose and how far it "
                                    "was achieved"))]),
        section("goals", t("3. Har projektets mål uppnåtts?", "3. Er prosjektets mål nådd?",
                           "3. Were the project's goals achieved?"),
                [field("goals", t("Målen och i vilken grad de uppnåtts", "Målene og i hvilken "
                                  "grad de er nådd", "The goals and how far they were "
                                  "achieved"))]),
        section("target_group", t("4. Målgruppens engagemang", "4. Målgruppens engasjement",
                                  "4. The target group's engagement"),
                [field("target_group", t("Hur målgruppen nåtts och engagerats", "Hvordan "
                                         "målgruppen er nådd og engasjert", "How the target "
                                         "group was reached and engaged"))]),
        section("indicators", t("5. Resultat för indikatorer och delmål", "5. Resultater for "
                                "indikatorer og delmål", "5. Results for indicators and "
                                "sub-goals"),
                [field("indicators", t("Kommentar till utfallet mot målvärdena", "Kommentar "
                                       "til resultatet mot målverdiene", "Comment on the "
                                       "outcome against the targets"), WHY)],
                ["indicators", "participants", "companies"]),
        section("plan", t("6. Har tids- och aktivitetsplanen följts?", "6. Er fremdriftsplanen "
                          "fulgt?", "6. Was the time and activity plan followed?"),
                [field("plan_deviations", DEVIATIONS, WHY)], ["plan", "decisions"]),
        section("budget", t("7. Har budgeten följts?", "7. Er budsjettet fulgt?",
                            "7. Was the budget followed?"),
                [field("budget_deviations", DEVIATIONS, WHY)], ["costs", "financing"]),
        section("horizontal", t("8. Jämställdhet, mångfald, tillgänglighet och miljö",
                                "8. Likestilling, mangfold, tilgjengelighet og miljø",
                                "8. Gender equality, diversity, accessibility and the "
                                "environment"),
                [field("gender_equality", t("Jämställdhet", "Likestilling", "Gender equality")),
                 field("diversity", t("Mångfald och tillgänglighet", "Mangfold og "
                                      "tilgjengelighet", "Diversity and accessibility")),
                 field("environment", t("Miljö", "Miljø", "Environment")),
                 field("children_youth", t("Barn och unga", "Barn og unge",
                                           "Children and young people"), required=False)]),
        section("evaluation", t("9. Uppföljning och utvärdering", "9. Oppfølging og "
                                "evaluering", "9. Follow-up and evaluation"),
                [field("evaluation", t("Hur projektet följts upp och utvärderats", "Hvordan "
                                       "prosjektet er fulgt opp og evaluert", "How the "
                                       "project was followed up and evaluated"))]),
        section("lessons", t("10. Erfarenheter och oväntade effekter", "10. Erfaringer og "
                             "uventede effekter", "10. Lessons and unexpected effects"),
                [field("lessons", t("Erfarenheter och oväntade effekter", "Erfaringer og "
                                    "uventede effekter", "Lessons and unexpected effects"))],
                ["risks"]),
        section("dissemination", t("11. Spridning", "11. Spredning", "11. Dissemination"),
                [field("dissemination", t("Hur resultaten spridits", "Hvordan resultatene er "
                                          "spredt", "How the results were disseminated"))]),
        section("after", t("12. Efter projektet", "12. Etter prosjektet",
                           "12. After the project"),
                [field("after", t("Vad som händer efter projektet", "Hva som skjer etter "
                                  "prosjektet", "What happens after the project"))]),
        section("other", t("13. Övrigt", "13. Annet", "13. Other"),
                [field("other", t("Övrigt", "Annet", "Other"), required=False)]),
    ],
}

A4_PAGE = 3500  # about one A4 page of running text

INTERREG_JOINT = {
    "slug": "interreg-sverige-norge-slutrapport",
    "name": "Interreg Sverige–Norge, gemensam slutrapport",
    "kind": "final_report",
    "application_forms": ["interreg"],
    "sections": [
        section("summary", t("Sammanfattning", "Sammendrag", "Summary"),
                [field("summary", t("Sammanfattning (högst en A4-sida)", "Sammendrag (høyst "
                                    "én A4-side)", "Summary (at most one A4 page)"),
                       max_length=A4_PAGE)], ["overview"]),
        section("english_summary", t("Summary in English", "Summary in English",
                                     "Summary in English"),
                [field("english_summary", t("Summary in English (at most one A4 page)",
                                            "Summary in English (at most one A4 page)",
                                            "Summary in English (at most one A4 page)"),
                       max_length=A4_PAGE)]),
        section("indicators", t("Resultat mot indikatorerna i beslutet", "Resultater mot "
                                "indikatorene i vedtaket", "Results against the indicators "
                                "of the decision"),
                [field("indicators", t("Kommentar till varje indikator", "Kommentar til hver "
                                       "indikator", "Comment on each indicator"), WHY)],
                ["indicators", "participants"]),
        section("activities", t("Genomförda aktiviteter på båda sidor av gränsen",
                                "Gjennomførte aktiviteter på begge sider av grensen",
                                "Activities carried out on both sides of the border"),
                [field("activities", DEVIATIONS, WHY)], ["plan", "decisions"]),
        section("cross_border", t("Gränsöverskridande mervärde", "Grenseoverskridende "
                                  "merverdi", "Cross-border added value"),
                [field("cross_border", t("Vad samarbetet över gränsen gav", "Hva samarbeidet "
                                         "over grensen ga", "What working across the border "
                                         "gave"))]),
        section("horizontal", t("Horisontella principer", "Horisontale prinsipper",
                                "Horizontal principles"),
                [field("horizontal", t("Jämställdhet, icke-diskriminering och hållbar "
                                       "utveckling", "Likestilling, ikke-diskriminering og "
                                       "bærekraftig utvikling", "Gender equality, "
                                       "non-discrimination and sustainable development"))]),
        section("economy", t("Ekonomi för båda sidor och gemensamt", "Økonomi for begge sider "
                             "og samlet", "Economy of both sides and jointly"),
                [field("economy", DEVIATIONS, WHY)], ["costs", "financing", "joint"]),
        section("after", t("Spridning och fortsättning", "Spredning og videreføring",
                           "Dissemination and continuation"),
                [field("after", t("Spridning och vad som händer efter projektet", "Spredning "
                                  "og hva som skjer etter prosjektet", "Dissemination and "
                                  "what happens after the project"))]),
    ],
}

NORWEGIAN_FINAL = {
    "slug": "sluttrapport",
    "name": "Sluttrapport (norsk regional ordning)",
    "kind": "final_report",
    "application_forms": ["plp"],
    "sections": [
        section("activities", t("Planerade och genomförda aktiviteter", "Planlagte og "
                                "gjennomførte aktiviteter", "Planned and actual activities"),
                [field("activities", t("Genomförda aktiviteter och avvikelser från planen",
                                       "Gjennomførte aktiviteter og avvik fra planen",
                                       "Activities carried out and deviations from the plan"),
                       WHY)], ["overview", "plan", "decisions"]),
        section("goals", t("Måluppfyllelse", "Måloppnåelse", "Achievement of goals"),
                [field("goals", t("Måluppfyllelse för huvudmål och delmål", "Måloppnåelse for "
                                  "hovedmål og delmål", "Achievement of the main goal and "
                                  "sub-goals"))], ["indicators"]),
        section("benefit", t("Bedömning av nyttan", "Vurdering av nytte og gevinster",
                             "Assessment of the benefit"),
                [field("benefit", t("Nytta och vinster för deltagarna och regionen", "Nytte og "
                                    "gevinster for deltakerne og regionen", "Benefits for the "
                                    "participants and the region"))]),
        section("economy", t("Ekonomi och redovisning", "Økonomi og regnskap",
                             "Economy and accounts"),
                [field("economy", DEVIATIONS, WHY)], ["costs", "financing"]),
        section("next", t("Fortsatt arbete", "Videre arbeid", "Further work"),
                [field("next", t("Fortsatt arbete efter projektet", "Videre arbeid etter "
                                 "prosjektet", "Further work after the project"),
                       required=False)]),
    ],
}

SHIPPED = (TILLVAXTVERKET_STATUS, SWEDISH_FINAL, INTERREG_JOINT, NORWEGIAN_FINAL)
