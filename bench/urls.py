from django.http import HttpResponse
from django.urls import path

from hamstring_site.urls import urlpatterns as site_urlpatterns


def hello(request):
    return HttpResponse("Hallo\n", content_type="text/plain")


def hello_signed_in(request):
    """The floor of any page behind a login: the session and the user are looked up."""
    if not request.user.is_authenticated:
        return HttpResponse(status=403)
    return HttpResponse("Hallo\n", content_type="text/plain")


urlpatterns = [
    path("bench/hello", hello),
    path("bench/hello-signed-in", hello_signed_in),
    # The site's own list, not an include(): i18n_patterns works only in the root URLconf.
    *site_urlpatterns,
]
