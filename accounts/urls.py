from django.contrib.auth import views as auth_views
from django.urls import path

from . import views
from .forms import NewPasswordForm, ResetRequestForm

urlpatterns = [
    path("", views.account, name="account"),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(
            form_class=ResetRequestForm,
            email_template_name="registration/password_reset_email.txt",
            subject_template_name="registration/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(form_class=NewPasswordForm),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("uitnodiging/<uidb64>/<token>/", views.invitation, name="invitation"),
    path("mijn-gegevens/", views.account_data, name="account_data"),
    path("mijn-gegevens/<slug:key>/", views.account_download, name="account_download"),
    path("verwijderen/", views.account_delete, name="account_delete"),
]
