"""Enter a whole cross-border application through the API alone, submit it, read back the
joint total, and approve it with a case officer's key.

The project is seed 003, Kreativ region ("Nordens bästa inlandsregioner 2020"), an Interreg
Sverige-Norge application by Falun Borlänge-regionen and Hamarregionen: its organisations,
its application sections, a Swedish budget in SEK and a Norwegian one in NOK, and the two
financing plans.

    python docs/examples/cross_border_project.py https://portal.example.org \\
        --key rp_... --reviewer-key rp_... --programme interreg-sverige-norge

Needs only `requests`. `enter_project` takes any client with `get`, `post` and `put`
answering like `requests` does, so the portal's tests run this very code in-process.
"""

import argparse
import json
import sys

YEARS = ("2011", "2012", "2013")

# Regions and municipalities come from the official lists: they are looked up, never added.
ORGANISATIONS = {
    "falun": {"name": "Falun Borlänge-regionen AB", "kind": "company", "country": "SE",
              "organisation_number": "556036-0793"},
    "dalarna": {"name": "Region Dalarna", "kind": "region", "country": "SE"},
    "hamar": {"name": "Regionrådet for Hamarregionen", "kind": "other", "country": "NO",
              "organisation_number": "974 760 673"},
    "hedmark": {"name": "Hedmark Fylkeskommune", "kind": "region", "country": "NO"},
}

SECTIONS = {
    "basics": {"fields": {
        "title": "Kreativ region – Nordens bästa inlandsregioner 2020",
        "start_date": "2011-05-01", "end_date": "2013-12-31",
        "summary": "Falun Borlänge-regionen och Hamarregionen vill växa genom att bli "
                   "attraktiva för kreativa människor."}},
    "background": {"fields": {
        "background": "Regionerna har sedan 2008 drivit ett gemensamt Interreg-projekt om "
                      "kompetensförsörjning och sett att de har mycket gemensamt."}},
    "goals": {"fields": {
        "purpose": "Att stärka regionernas attraktionskraft enligt Floridamodellens fyra T.",
        "main_goal": "Nordens bästa inlandsregioner 2020."},
        "rows": {"sub_goals": [{"title": "Talent"}, {"title": "Tolerance"},
                               {"title": "Technology"}, {"title": "Territorial assets"}]}},
    "results": {"fields": {
        "expected_results": "Ökad inflyttning och fler som stannar.",
        "target_groups": "Unga, nyinflyttade, företag och kommuner."}},
    "method": {"fields": {"method": "Analys, livsmiljö och profilering."}},
    "links": {"fields": {"regional_business_links": "Hedmarks fylkesplan och Dalastrategin."}},
    "dissemination": {"fields": {"dissemination": "Webb och sociala medier.",
                                 "evaluation": "Extern utvärdering."}},
    "horizontal": {"fields": {
        "gender_equality_rating": "partly", "gender_equality": "Jämn fördelning.",
        "equal_opportunities_rating": "partly", "equal_opportunities": "Öppna mötesplatser.",
        "environment_rating": "partly", "environment": "Digitala möten."}},
    "cross_border": {"fields": {
        "cross_border_value": "Gemensamma verktyg och metoder på båda sidor av gränsen."}},
}

# Seed 003's budgets: cost category code -> amounts 2011, 2012, 2013.
SWEDISH_COSTS = {
    "egen-personal": [1095400, 1692400, 1743720],
    "externa-tjanster": [733500, 1157250, 832250],
    "lokalkostnader": [48000, 72000, 72000],
    "investeringar": [20000, 0, 0],
    "resekostnader": [25000, 40000, 35000],
    "ovriga-kostnader": [614500, 846500, 682480],
}
NORWEGIAN_COSTS = {
    "egen-personal": [573000, 893300, 930500],
    "externa-tjanster": [568750, 910000, 796250],
    "lokalkostnader": [41300, 64700, 67248],
    "resekostnader": [11000, 13000, 13000],
    "ovriga-kostnader": [77582, 119650, 170720],
}
# (organisation key or None, description, financing type, amounts per year)
SWEDISH_FINANCING = [
    ("dalarna", "", "public_cash", [600000, 900000, 900000]),
    ("falun", "Egen finansiering", "public_cash", [600000, 900000, 900000]),
    (None, "Europeiska Regionala UtvecklingsFonden", "eu_fund", [1200000, 1800000, 1800000]),
    (None, "Projektintäkter, seminarier", "private_cash", [20000, 20000, 70000]),
]
NORWEGIAN_FINANCING = [
    ("hamar", "", "public_cash", [500000, 0, 460000]),
    (None, "Kommunene Hamar, Stange, Ringsaker og Løten", "public_cash", [0, 494000, 296000]),
    ("hedmark", "", "public_cash", [437600, 656400, 656000]),
    (None, "Statliga IR-midler", "norwegian_ir", [437600, 656400, 656000]),
]


class ApiError(Exception):
    pass


def _json(response, *expected):
    if response.status_code not in expected:
        raise ApiError(f"{response.status_code}: {response.text}")
    return response.json() if response.status_code != 204 else None


def organisation_ids(api, slug: str) -> dict[str, int]:
    """Each organisation's id: found when it is already known, else added for the project."""
    ids = {}
    for key, organisation in ORGANISATIONS.items():
        if "organisation_number" in organisation:
            response = api.post("/api/v1/organisationer/", json={**organisation,
                                                                 "project": slug})
            if response.status_code == 201:
                ids[key] = response.json()["id"]
                continue
        found = _json(api.get("/api/v1/organisationer/", params={
            "q": organisation["name"], "country": organisation["country"]}), 200)
        ids[key] = next(o["id"] for o in found["results"] if o["name"] == organisation["name"])
    return ids


def write_section(api, slug: str, key: str, body: dict) -> dict:
    """Read the section's revision, then save at it (a stale revision would get 409)."""
    section = _json(api.get(f"/api/v1/projekt/{slug}/avsnitt/{key}/"), 200)
    return _json(api.put(f"/api/v1/projekt/{slug}/avsnitt/{key}/", json=body,
                         headers={"If-Match": f'"{section["revision"]}"'}), 200)


def add_budget(api, slug: str, name: str, currency: str, country: str, costs: dict,
               financing: list, organisations: dict[str, int]) -> dict:
    budget = _json(api.post(f"/api/v1/projekt/{slug}/budgetar/", json={
        "name": name, "currency": currency, "country": country,
        "first_year": int(YEARS[0]), "last_year": int(YEARS[-1])}), 201)
    path = f"/api/v1/projekt/{slug}/budgetar/{budget['id']}/"
    budget = _json(api.put(path + "kostnader/", json={
        "revision": budget["revisions"]["costs"],
        "cells": [{"category": code, "period": year, "amount": str(amount)}
                  for code, amounts in costs.items()
                  for year, amount in zip(YEARS, amounts, strict=True)]}), 200)
    return _json(api.put(path + "finansiering/", json={
        "revision": budget["revisions"]["financing"],
        "rows": [{"financier": organisations[key] if key else None, "description": text,
                  "type": kind, "amounts": dict(zip(YEARS, map(str, amounts), strict=True))}
                 for key, text, kind, amounts in financing]}), 200)


def enter_project(api, reviewer, programme: str) -> dict:
    """The whole application, submitted and approved; what the API read back."""
    slug = _json(api.post("/api/v1/projekt/", json={
        "title": SECTIONS["basics"]["fields"]["title"], "programme": programme}), 201)["slug"]
    organisations = organisation_ids(api, slug)
    for key, body in SECTIONS.items():
        write_section(api, slug, key, body)
    write_section(api, slug, "organisation", {
        "fields": {"organisation_description": "Falun Borlänge-regionen AB är projektägare på "
                                               "svensk sida, Regionrådet på norsk."},
        "rows": {"participations": [
            {"organisation": organisations["falun"], "role": "owner"},
            {"organisation": organisations["hamar"], "role": "partner"}]}})
    add_budget(api, slug, "Svensk projektbudget", "SEK", "SE", SWEDISH_COSTS,
               SWEDISH_FINANCING, organisations)
    add_budget(api, slug, "Norsk prosjektbudsjett", "NOK", "NO", NORWEGIAN_COSTS,
               NORWEGIAN_FINANCING, organisations)
    missing = _json(api.get(f"/api/v1/projekt/{slug}/saknas/"), 200)
    if not missing["complete"]:
        raise ApiError(f"Not complete: {json.dumps(missing['missing'], ensure_ascii=False)}")
    submitted = _json(api.post(f"/api/v1/projekt/{slug}/skicka-in/", json={}), 200)
    budgets = _json(api.get(f"/api/v1/projekt/{slug}/budgetar/"), 200)
    approved = _json(reviewer.post(f"/api/v1/projekt/{slug}/beslut/approve/", json={
        "granted_amount": budgets["joint"]["eligible_cost"],
        "comment": "Beviljas enligt ansökan."}), 200)
    return {"slug": slug, "submitted": submitted, "approved": approved,
            "reporting_currency": budgets["reporting_currency"], "joint": budgets["joint"],
            "budgets": {b["name"]: b["totals"] for b in budgets["results"]}}


class KeyClient:
    """`requests` with the portal's address and a key."""

    def __init__(self, base: str, key: str):
        import requests

        self.base, self.session = base.rstrip("/"), requests.Session()
        self.session.headers["Authorization"] = f"Bearer {key}"

    def get(self, path, **kwargs):
        return self.session.get(self.base + path, **kwargs)

    def post(self, path, **kwargs):
        return self.session.post(self.base + path, **kwargs)

    def put(self, path, **kwargs):
        return self.session.put(self.base + path, **kwargs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--key", required=True, help="The project manager's read-write key.")
    parser.add_argument("--reviewer-key", required=True, help="A case officer's key.")
    parser.add_argument("--programme", required=True, help="The Interreg programme's slug.")
    args = parser.parse_args(argv)
    result = enter_project(KeyClient(args.base, args.key),
                           KeyClient(args.base, args.reviewer_key), args.programme)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
