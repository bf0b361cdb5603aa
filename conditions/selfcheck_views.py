"""The self-check's pages. Nothing about the visitor is stored: no session, no database,
no cookie of our own; the answers travel in the form and are posted (not put in the
address), so they stay out of server logs and the browser's history."""

from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from hamstring_site.http import HtmxHttpRequest, template_for

from .models import Reference, StrainGrade
from .selfcheck import Kind
from .selfcheck_forms import STEP_COUNT, Screen, first_screen, resolve
from .warning_signs import Urgency

TEMPLATE = "conditions/selfcheck.html"
STRAIN = "hamstringblessure"
# The outcome's kinds and urgencies by name, for the template's comparisons
# ({% if kind == Kind.STRAIN %}). By name in a dict, because the template engine would call
# the enum classes themselves.
STATES = {"Kind": {k.name: k for k in Kind}, "Urgency": {u.name: u for u in Urgency}}


@require_GET
def start(request: HtmxHttpRequest):
    return render(request, TEMPLATE, {"intro": True, "step_count": STEP_COUNT})


@never_cache  # the answers are health data: keep them out of every cache
@require_http_methods(["GET", "POST"])
def questions(request: HtmxHttpRequest):
    screen = resolve(request.POST) if request.method == "POST" else first_screen()
    template = template_for(request, TEMPLATE, "step")
    context = {
        **STATES,
        "screen": screen,
        "strain_grade": _strain_grade(screen),
        "references": _references(screen),
    }
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _strain_grade(screen: Screen) -> StrainGrade | None:
    """The grade the outcome looks like, with its recovery time: the grade model is the one
    home of those figures."""
    if screen.outcome is None or screen.outcome.grade is None:
        return None
    return StrainGrade.objects.filter(condition__slug=STRAIN, grade=screen.outcome.grade).first()


def _references(screen: Screen) -> list[Reference]:
    if screen.outcome is None or not screen.outcome.sources:
        return []
    found = Reference.objects.in_bulk(screen.outcome.sources, field_name="key")
    return [found[key] for key in screen.outcome.sources if key in found]
