from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("Hamstring beheer")
admin.site.site_title = _("Hamstring beheer")

handler500 = "hamstring_site.views.server_error"

# Outside the language prefix: the load balancer's check and the editors' admin (which
# shows both languages of every content field side by side).
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("beheer/", admin.site.urls),
]

# Dutch keeps its unprefixed URLs (existing links and printed QR codes keep working);
# English is the same site under /en/.
urlpatterns += i18n_patterns(
    path("account/", include("accounts.urls")),
    path("zelftest/", include("conditions.selfcheck_urls")),
    path("oefenblad/", include("rehab.sheets.urls")),
    path("fysio/", include("rehab.clinic.urls")),
    path("", include("rehab.patient.urls")),
    path("", include("conditions.urls")),
    prefix_default_language=False,
)
