from django.http import HttpResponse
from django.urls import include, path


def hello(request):
    return HttpResponse("Hallo\n", content_type="text/plain")


urlpatterns = [
    path("bench/hello", hello),
    path("", include("hamstring_site.urls")),
]
