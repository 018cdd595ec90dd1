"""The portal's URLs plus one that fails, for the tests of what a server error leaves."""

from django.urls import path

from portal.urls import handler500
from portal.urls import urlpatterns as portal_urlpatterns


def fail(request):
    raise RuntimeError("a failure the test provoked")


urlpatterns = [*portal_urlpatterns, path("fel/", fail)]
__all__ = ["handler500", "urlpatterns"]
