from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from portal import views
from projects.urls import api_urlpatterns

urlpatterns = [
    path("", views.home, name="home"),
    path("konto/", include("portal.account_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("projekt/", include("projects.urls")),
    path("api/projekt/", include((api_urlpatterns, "projects_api"))),
    path("", include("finance.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
