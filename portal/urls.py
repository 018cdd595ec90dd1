from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView

from portal import composition, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("konto/", include("portal.account_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/schema/", SpectacularAPIView.as_view(permission_classes=[]), name="api_schema"),
    path("api/v1/docs/", TemplateView.as_view(template_name="portal/api_docs.html"),
         name="api_docs"),
    *composition.api_urlpatterns(),
    *composition.page_urlpatterns(),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

handler500 = "portal.views.server_error"
