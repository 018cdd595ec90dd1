"""What the demo budgets say about their source documents: where a printed total differs
from its parts, and what a document leaves open. Written in the documents' languages."""

KREATIV_SE = """\
Budget och finansieringsplan som i ansökan (Svensk projektbudget, Svensk \
finansieringsplan). Alla tryckta summor stämmer med sina delar.

- **Per år balanserar planen inte**: kostnaderna är 2 536 400 / 3 808 150 / 3 365 450 kr, \
finansieringen 2 420 000 / 3 620 000 / 3 670 000 kr. Totalen 9 710 000 kr balanserar.
- **Projektintäkter, seminarier** (110 000 kr) står i ansökan under privat kontant \
medfinansiering och är inlagda så, inte som projektintäkt som minskar kostnaden.
- Raden *Externa offentligt direktfinansierade kostnader* är 0 kr i alla år.
- Ansökan anger ingen växelkurs till euro.
"""

KREATIV_NO = """\
Budsjett og finansieringsplan som i søknaden (Norsk prosjektbudsjett, Norsk \
finansieringsplan). Alle trykte summer stemmer med delene.

- Finansieringsplanens kolonneoverskrift er **«Totalt SEK»**, men beløpene er i NOK som \
budsjettet.
- **Per år balanserer planen ikke**: kostnader 1 271 632 / 2 000 650 / 1 977 718 kr, \
finansiering 1 375 200 / 1 806 800 / 2 068 000 kr. Totalen 5 250 000 kr balanserer.
- «Kommunene Hamar, Stange, Ringsaker og Løten» er én rad i planen, uten fordeling mellom \
kommunene.
- Søknaden oppgir ingen valutakurs til euro.
"""

NIS_BUDGET = """\
Slutrapporten anger bara **totalbudgeten, 16 713 030 kr**, inte hur den fördelades på \
kostnadsslag eller finansiärer. Budgeten ligger därför som *ej fördelat på kostnadsslag*, \
och finansieringsplanen som en rad utan finansiär.

Schablonkostnaderna redovisas i rapporten som belopp (4 758 531 kr), inte som procentsats. \
Satsen här, 67,06738 % av egen personal, är räknad baklänges ur rapportens belopp \
(4 758 531 / 7 095 150) så att utfallet blir exakt det rapporterade.
"""

NIS_REVISION = """\
Vid årsskiftet 2021/2022 justerades budgeten och resurser fördes över för att stärka \
aktiviteten Program för tillväxt. Slutrapporten anger inte beloppen som flyttades; \
totalbudgeten är oförändrad 16 713 030 kr."""

NIS_OUTCOME = """\
Utfall och finansiering enligt slutrapporten (december 2022).

- Rapporten anger utfallet **15 470 690 kr**, 1 242 340 kr under budget. Kostnadsslagen \
summerar till **15 470 694 kr** (4 kr mer); mot budgeten blir skillnaden då 1 242 336 kr.
- Finansieringen per finansiär summerar till **15 477 874 kr**, 7 184 kr mer än kostnaderna.
- Kommunernas medfinansiering är **preliminär** och justeras vid Tillväxtverkets \
utbetalningsbeslut (väntat februari 2023).
- Rapportens rubriker *Personal*, *Material och lokaler* och *Resor o logi* är förda till \
Egen personal, Lokalkostnader och Resekostnader.
"""

INVEST_IN_NORRBOTTEN = """\
Dokumentet har ingen budget: den finns i Nuteks ansökningsblankett, bilaga 1. Känd är \
finansieringen av den regionala nivån: **50 000 kr per kommun och år** från de tio \
deltagande kommunerna (lika delar) och **3 000 000 kr från Norrbottens läns landsting** \
fördelat över 2008–2011.

- Hur landstingets 3 000 000 kr fördelas per år anges inte; här 750 000 kr per år.
- Kommunernas belopp ligger i alla fyra kalenderåren 2008–2011, fast projektet löper \
2008-07-01 – 2011-06-30.
- Kostnaderna är satta lika med finansieringen, *ej fördelade på kostnadsslag*, eftersom \
budgeten saknas i dokumentet.
"""

KONGSBERG = """\
Skissen oppgir **ca. 2,5 mill. kr per år i 3 år**: 1,25 mill. kr i eksterne kostnader og \
1,25 mill. kr i egeninnsats fra kommunene og andre deltakere. De eksterne kostnadene er ikke \
fordelt på kostnadspostene (prosjektledelse, husleie/utstyr, konsulenttjenester, materiell \
og formidling, møter og reiser) og ligger som *ikke fordelt*.

- 750 000 kr per år **søkes** finansiert med eksterne tilskudd; tilskuddsgiver er ikke avklart.
- Kommunenes direkte finansiering, 500 000 kr per år, er fordelt **50 % likt og 50 % etter \
innbyggertall 1.1.2008**, i hele kroner. Skissens tabell viser kolonnene avrundet hver for \
seg (7 × 35 714 = 249 998 og 249 999 i stedet for 250 000), men beløpene per kommune stemmer \
og summerer til 500 000 kr.
- Arbeidet er planlagt «dd.mm.2009 – dd.mm.2012», så årene er oppgitt som år 1–3.
"""
