"""Made-up but plausible Swedish and Norwegian names for a generated portfolio: places,
companies and project titles, drawn from a seeded random generator so every run with the
same seed writes the same portfolio."""

import random

SE_STEMS = ("Ås", "Berg", "Sjö", "Skog", "Lid", "Holm", "Vik", "Mark", "Dal", "Hed", "Fors",
            "Näs", "Strand", "Backa", "Myr", "Tjärn", "Älv", "Sund", "Ed", "Mo", "Ljung",
            "Gran", "Björk", "Ek", "Lund", "Rön", "Sälg", "Hag", "Torp", "Hult")
SE_ENDS = ("by", "å", "ås", "sjö", "berga", "vik", "mark", "dal", "hed", "fors", "näs",
           "holm", "stad", "köping", "ryd", "lunda", "vattnet", "åsen", "bo", "torp")
NO_STEMS = ("Fjell", "Li", "Vik", "Nes", "Dal", "Haug", "Berg", "Sand", "Strand", "Bø",
            "Hol", "Eid", "Os", "Lund", "Rud", "Hov", "Tveit", "Myr", "Skog", "Sjø",
            "Elv", "Bjørk", "Gran", "Ås", "Voll", "Stad", "Foss", "Hamn", "Øy", "Nord")
NO_ENDS = ("dal", "vik", "nes", "heim", "stad", "berg", "sund", "fjord", "haug", "li",
           "land", "eid", "øy", "vang", "rud", "set", "bygd", "mo", "foss", "åsen")

TOPICS_SV = ("Besöksnäring", "Kompetensförsörjning", "Digital infrastruktur", "Innovation",
             "Smart specialisering", "Livsmedel", "Skogsnäring", "Energiomställning",
             "Kulturella och kreativa näringar", "Företagsutveckling", "Exportsamverkan",
             "Cirkulär ekonomi", "Fossilfria transporter", "Entreprenörskap",
             "Attraktiv landsbygd", "Testbädd", "Rennäring", "Havsnäring")
TOPICS_NB = ("Reiseliv", "Kompetanseutvikling", "Digital infrastruktur", "Innovasjon",
             "Næringsutvikling", "Matproduksjon", "Skognæring", "Grønt skifte",
             "Kulturnæringer", "Samordnet næringsapparat", "Eksportsamarbeid",
             "Sirkulærøkonomi", "Stedsutvikling", "Entreprenørskap", "Havbruk")
FORMS_SV = ("i {place}", "– förstudie", "{place} 2.0", "för unga i {place}", "i Norrland",
            "– genomförande", "över gränsen", "i inlandet")
FORMS_NB = ("i {place}", "– forprosjekt", "{place} 2.0", "for unge i {place}",
            "– hovedprosjekt", "over grensen", "i innlandet")
COMPANY_ENDS = ("AB", "Handelsbolag", "Konsult AB", "Teknik AB", "Energi AB", "Bygg AB")
COMPANY_ENDS_NO = ("AS", "Teknologi AS", "Bygg AS", "Reiseliv AS", "Energi AS")

_SENTENCES_SV = ("samverkan mellan kommuner, företag och akademi stärker regionens "
                 "konkurrenskraft genom nya arbetssätt för företagsutveckling och kompetens "
                 "där små och medelstora företag får stöd att växa på nya marknader med "
                 "hållbar tillväxt jämställdhet och mångfald i hela länet och över gränsen")
_SENTENCES_NB = ("samarbeid mellom kommuner, næringsliv og forskning styrker regionens "
                 "konkurransekraft gjennom nye arbeidsformer for næringsutvikling og kompetanse "
                 "der små og mellomstore bedrifter får støtte til å vokse i nye markeder med "
                 "bærekraftig vekst likestilling og mangfold i hele fylket")
WORDS_SV = tuple(_SENTENCES_SV.split())
WORDS_NB = tuple(_SENTENCES_NB.split())


def place_names(rng: random.Random, count: int, stems, ends) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = rng.choice(stems) + rng.choice(ends)
        if len(seen) >= len(stems) * len(ends):
            name = f"{name} {len(names)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def text(rng: random.Random, words: tuple[str, ...] | list[str], length: int) -> str:
    """About `length` characters of sentences."""
    sentences, size = [], 0
    while size < length:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        sentences.append(sentence)
        size += len(sentence) + 1
    return " ".join(sentences)


def title(rng: random.Random, norwegian: bool, place: str) -> str:
    topics, forms = (TOPICS_NB, FORMS_NB) if norwegian else (TOPICS_SV, FORMS_SV)
    return f"{rng.choice(topics)} {rng.choice(forms).format(place=place)}"
