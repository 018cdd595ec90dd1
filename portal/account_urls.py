"""Login, logout, password change and reset, with Django's own views."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from portal import views

urlpatterns = [
    path("api-nycklar/", views.api_keys, name="api_keys"),
    path("logga-in/", auth_views.LoginView.as_view(redirect_authenticated_user=True),
         name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("losenord/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("losenord/klart/", auth_views.PasswordChangeDoneView.as_view(),
         name="password_change_done"),
    path("aterstall/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path("aterstall/skickat/", auth_views.PasswordResetDoneView.as_view(),
         name="password_reset_done"),
    path("aterstall/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        success_url=reverse_lazy("password_reset_complete")), name="password_reset_confirm"),
    path("aterstall/klart/", auth_views.PasswordResetCompleteView.as_view(),
         name="password_reset_complete"),
]
