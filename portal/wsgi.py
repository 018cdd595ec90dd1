import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_wsgi_application()

# What is loaded by now (Django, the apps, the address tree and its views) lives as long as
# the worker: kept out of the garbage collector's reach, a full collection no longer walks
# its 200 000 objects, about a tenth of a second every hundred pages or so.
get_resolver().url_patterns  # noqa: B018 - loaded now, to be frozen with the rest
gc.freeze()
