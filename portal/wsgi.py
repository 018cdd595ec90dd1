import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_wsgi_application()

from portal.warm_up import warm_up  # noqa: E402 - needs the apps loaded above

warm_up()
# What is loaded by now (Django, the apps, the templates, the address tree and its views)
# lives as long as the worker: kept out of the garbage collector's reach, a full collection
# no longer walks its 200 000 objects, about a tenth of a second every hundred pages or so.
gc.freeze()
