"""Demo data: four of the seed documents as projects (the fifth, Region Norrbotten's report
for 2017, is portfolio data: `reports.portfolio.demo`), with their organisations, programmes
and one demo login per role. Loaded by `manage.py load_demo` (see demo.loader)."""
