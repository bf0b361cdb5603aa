from django.shortcuts import render
from django.views.decorators.http import require_GET

from hamstring_site.http import HtmxHttpRequest


@require_GET
def home(request: HtmxHttpRequest):
    return render(request, "conditions/home.html")


@require_GET
def faq(request: HtmxHttpRequest):
    return render(request, "conditions/home.html")


@require_GET
def references(request: HtmxHttpRequest):
    return render(request, "conditions/home.html")


@require_GET
def condition(request: HtmxHttpRequest, slug: str):
    return render(request, "conditions/home.html")
