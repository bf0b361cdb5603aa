from django.http import HttpResponse
from django.urls import include, path


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
    path("", include("hamstring_site.urls")),
]
