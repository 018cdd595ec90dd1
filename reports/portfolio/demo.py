"""Seed 002, Region Norrbotten's report to the government for 2017, as portfolio data: its
smart-specialisation focus areas as the funding body's classification, the year's granted
project money per focus area as an imported grant ledger (from which the portfolio computes
the table, its total of 88 340 842 kr and the shares), and the business-support figures the
report gives only as totals as reported statistics. Written through the services, as
Region Norrbotten's case officer; loading again changes nothing."""

from datetime import date
from decimal import Decimal

from portal.models import Organisation, User
from projects.demo import organisations as org
from projects.demo.clock import demo_clock
from projects.demo.people import NORRBOTTEN_OFFICER
from reports.portfolio.ledger import LedgerRow
from reports.portfolio.models import (
    Classification,
    FocusArea,
    LedgerImport,
    ReportedStatistic,
    StatisticMeasure,
)
from reports.portfolio.services.ledger import import_ledger

YEAR = 2017
IMPORTED_ON = date(YEAR + 1, 2, 15)
SOURCE = "Region Norrbotten, Återrapportering 2017 (regionalt utvecklingsansvar)"
CLASSIFICATION = "Smart specialisering – fokusområden (regional innovationsstrategi)"
# The table "Klassificering projekt" of the report, in its order, with its amounts.
FOCUS_AREAS = (
    ("Skärningspunkter mellan fokusområden", Decimal("4773357")),
    ("Teknik- och tjänsteutveckling inom industrin", Decimal("10267744")),
    ("Test- och övningsverksamhet", Decimal("525000")),
    ("Energi- och miljöteknik/cleantech", Decimal("6696504")),
    ("Digitala tjänstenäringar", Decimal("3022100")),
    ("Kulturella och kreativa näringar", Decimal("22849447")),
    ("Allmänna tillväxtfrämjande insatser", Decimal("40206690")),
)
PRINTED_SHARES = (5, 12, 1, 8, 3, 26, 46)  # as the report prints them: they sum to 101 %
LEDGER_FILE = "aterrapportering-2017-klassificering-projekt.csv"
LEDGER_NOTE = (
    "Källa: Region Norrbottens återrapportering 2017, tabellen ”Klassificering projekt” "
    "(projektmedel ur anslaget 1:1). Rapporten redovisar årets beviljade belopp per "
    "fokusområde, inte de enskilda besluten, så varje fokusområde är en rad, daterad "
    "2017-12-31. Rapportens tryckta andelar (5, 12, 1, 8, 3, 26 och 46 %) summerar till "
    "101 %; portalen visar andelarna beräknade ur beloppen.")

BUSINESS_SUPPORT = "Regionala företagsstöd och innovationsstöd 2017"
FOOD = "Företagsstöd till livsmedelsföretag 2017"
SERVICE = "Stöd till kommersiell service 2017"
M = StatisticMeasure
STATISTICS = (
    (BUSINESS_SUPPORT, M.APPLICATIONS_RECEIVED, "169"),
    (BUSINESS_SUPPORT, M.APPLICATIONS_GRANTED, "138"),
    (BUSINESS_SUPPORT, M.AMOUNT_GRANTED, "85000000"),
    (BUSINESS_SUPPORT, M.INVESTMENTS, "280000000"),
    (BUSINESS_SUPPORT, M.EXPECTED_JOBS, "392"),
    (BUSINESS_SUPPORT, M.EXPECTED_JOBS_WOMEN_PERCENT, "48"),
    (BUSINESS_SUPPORT, M.EXPECTED_JOBS_MEN_PERCENT, "52"),
    (BUSINESS_SUPPORT, M.LED_BY_WOMEN_PERCENT, "29"),
    (BUSINESS_SUPPORT, M.LED_BY_MEN_PERCENT, "56"),
    (BUSINESS_SUPPORT, M.SHARED_LEADERSHIP_PERCENT, "15"),
    (FOOD, M.APPLICATIONS_GRANTED, "13"),
    (FOOD, M.AMOUNT_GRANTED, "5000000"),
    (FOOD, M.INVESTMENTS, "15000000"),
    (FOOD, M.EXPECTED_JOBS, "27"),
    (FOOD, M.EXPECTED_JOBS_WOMEN, "12"),
    (SERVICE, M.SERVICE_GRANT_SHOPS, "9"),
    (SERVICE, M.SERVICE_GRANT, "1219580"),
    (SERVICE, M.HOME_DELIVERY_PAID, "1633346"),
    (SERVICE, M.OPERATING_SUPPORT_SHOPS, "33"),
    (SERVICE, M.OPERATING_SUPPORT, "5640313"),
)


def application(projects) -> None:
    """Runs with the first stage of the demo; the portfolio belongs to no project."""
    body = Organisation.objects.filter(name=org.REGION_NORRBOTTEN.name,
                                       country=org.REGION_NORRBOTTEN.country).first()
    officer = User.objects.filter(username=NORRBOTTEN_OFFICER.username).first()
    if body is None or officer is None:
        return
    areas = _classification(body)
    if not LedgerImport.objects.filter(funding_body=body, year=YEAR,
                                       file_name=LEDGER_FILE).exists():
        with demo_clock(IMPORTED_ON):  # the year's ledger, read after the year ended
            import_ledger(actor=officer, funding_body=body, year=YEAR, file_name=LEDGER_FILE,
                          note=LEDGER_NOTE, rows=[
                              LedgerRow(number=n, name=f"Beviljade projekt 2017 – {name}",
                                        decided_on=date(YEAR, 12, 31), amount=amount,
                                        focus_area_id=areas[name].pk, focus_area=name,
                                        municipality_id=None, municipality="", leadership="",
                                        jobs_women=Decimal(0), jobs_men=Decimal(0))
                              for n, (name, amount) in enumerate(FOCUS_AREAS, start=2)])
    for topic, measure, value in STATISTICS:
        ReportedStatistic.objects.get_or_create(
            funding_body=body, year=YEAR, topic=topic, measure=measure,
            defaults={"value": Decimal(value), "source": SOURCE})


def _classification(body: Organisation) -> dict[str, FocusArea]:
    classification, _created = Classification.objects.get_or_create(
        funding_body=body, name=CLASSIFICATION, defaults={
            "description": "Fokusområdena i Norrbottens regionala innovationsstrategi, med "
                           "skärningspunkterna mellan dem och de allmänna tillväxtfrämjande "
                           "insatserna, som Region Norrbotten klassificerar projektmedel efter."})
    for position, (name, _amount) in enumerate(FOCUS_AREAS, start=1):
        FocusArea.objects.get_or_create(classification=classification, name=name,
                                        defaults={"position": position})
    return {area.name: area for area in classification.areas.all()}
