from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Hamstring beheer")
admin.site.site_title = _("Hamstring beheer")

urlpatterns = [
    path("beheer/", admin.site.urls),
    path("account/", include("accounts.urls")),
    path("zelftest/", include("conditions.selfcheck_urls")),
    path("oefenblad/", include("rehab.sheet_urls")),
    path("fysio/", include("rehab.physio_urls")),
    path("", include("rehab.urls")),
    path("", include("conditions.urls")),
]
