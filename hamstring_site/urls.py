from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("Hamstring beheer")
admin.site.site_title = _("Hamstring beheer")

handler500 = "hamstring_site.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("beheer/", admin.site.urls),
    path("account/", include("accounts.urls")),
    path("zelftest/", include("conditions.selfcheck_urls")),
    path("oefenblad/", include("rehab.sheets.urls")),
    path("fysio/", include("rehab.clinic.urls")),
    path("", include("rehab.patient.urls")),
    path("", include("conditions.urls")),
]
