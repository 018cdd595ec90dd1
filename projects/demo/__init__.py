"""Demo data: the five seed documents as projects, with their organisations, programmes and
one demo login per role. Loaded by `manage.py load_demo` (see demo.loader)."""
