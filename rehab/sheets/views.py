"""Printable sheets: the public sheet per programme phase, a patient's own sheet, and the
return-to-sport checklist that completed a patient's strain plan.

Each comes as PDF and as an HTML print view made from the same template.
"""

import logging

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag
from django.views.decorators.http import require_GET

from hamstring_site.http import HtmxHttpRequest

from .. import clock
from ..models import PHASES, PatientPlan, TemplatePhase
from ..queries import plans as queries
from ..web import audit_record_view
from . import build as sheets

logger = logging.getLogger(__name__)


@require_GET
def public_sheet(request: HtmxHttpRequest, phase: int) -> HttpResponse:
    html_url = reverse("sheets:public_html", kwargs={"phase": phase})
    return _pdf_response(request, _public_sheet(request, phase), html_url=html_url)


@require_GET
def public_sheet_html(request: HtmxHttpRequest, phase: int) -> HttpResponse:
    sheet = _public_sheet(request, phase)
    return _html_response(
        request,
        sheet,
        pdf_url=reverse("sheets:public", kwargs={"phase": phase}),
        back_url=sheet.log_url,
    )


@login_required
@require_GET
def plan_sheet(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    sheet = _plan_sheet(request, plan_id)
    html_url = reverse("sheets:plan_html", kwargs={"plan_id": plan_id}) + _phase_query(request)
    return _pdf_response(request, sheet, html_url=html_url)


@login_required
@require_GET
def plan_sheet_html(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    sheet = _plan_sheet(request, plan_id)
    pdf_url = reverse("sheets:plan", kwargs={"plan_id": plan_id}) + _phase_query(request)
    return _html_response(request, sheet, pdf_url=pdf_url, back_url=_back_url(request))


@login_required
@require_GET
def return_to_sport_sheet(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    sheet = _return_to_sport_sheet(request, plan_id)
    html_url = reverse("sheets:return_to_sport_html", kwargs={"plan_id": plan_id})
    return _pdf_response(request, sheet, html_url=html_url)


@login_required
@require_GET
def return_to_sport_sheet_html(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    sheet = _return_to_sport_sheet(request, plan_id)
    pdf_url = reverse("sheets:return_to_sport", kwargs={"plan_id": plan_id})
    return _html_response(request, sheet, pdf_url=pdf_url, back_url=_back_url(request))


def _back_url(request: HtmxHttpRequest) -> str:
    if request.user.is_physiotherapist:
        return reverse("clinic:patients")
    return reverse("patient:my_plan")


def _public_sheet(request: HtmxHttpRequest, phase: int) -> sheets.Sheet:
    template_phase = get_object_or_404(
        TemplatePhase.objects.select_related("template"),
        template__slug=sheets.PUBLIC_TEMPLATE_SLUG,
        number=phase,
    )
    return sheets.public_sheet(
        phase=template_phase,
        printed_on=clock.today(),
        log_url=request.build_absolute_uri(reverse("patient:programme")),
    )


def _plan_sheet(request: HtmxHttpRequest, plan_id: int) -> sheets.Sheet:
    # Scoped to the user: another patient's plan is a 404, never a hint that it exists.
    plan = get_object_or_404(
        PatientPlan.objects.for_user(request.user).select_related("patient", "physiotherapist"),
        pk=plan_id,
    )
    phase = request.GET.get("fase", str(plan.current_phase))
    if phase not in {str(number) for number in PHASES}:
        raise Http404("No such phase.")
    template_phase = get_object_or_404(
        TemplatePhase.objects.select_related("template"), template=plan.template_id, number=phase
    )
    return sheets.plan_sheet(
        plan=plan,
        phase=template_phase,
        printed_on=clock.today(),
        log_url=request.build_absolute_uri(reverse("patient:my_plan")),
    )


def _return_to_sport_sheet(request: HtmxHttpRequest, plan_id: int) -> sheets.ReturnToSportSheet:
    plan = get_object_or_404(
        PatientPlan.objects.for_user(request.user).select_related(
            "patient", "physiotherapist", "template"
        ),
        pk=plan_id,
    )
    check = queries.return_to_sport_check(plan)
    if check is None:
        raise Http404("This plan has no return-to-sport check.")
    if request.user.pk != plan.patient_id:
        # A physiotherapist (or an admin) reads a part of the patient's record.
        audit_record_view(request, plan.patient)
    return sheets.return_to_sport_sheet(plan=plan, check=check, printed_on=clock.today())


def _phase_query(request: HtmxHttpRequest) -> str:
    # Only called after _plan_sheet accepted the value: one of the digits 1-4.
    return f"?fase={request.GET['fase']}" if "fase" in request.GET else ""


def _pdf_response(
    request: HtmxHttpRequest, sheet: sheets.Printable, *, html_url: str
) -> HttpResponse:
    etag = quote_etag(sheet.key)
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is None:
        try:
            pdf = sheets.sheet_pdf(sheet)
        except sheets.SheetRenderingError:
            logger.exception("Exercise sheet %s could not be rendered", sheet.filename)
            context = {"sheet": sheet, "html_url": html_url}
            return render(request, "rehab/sheet_error.html", context, status=500)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{sheet.filename}"'
    else:
        response = not_modified
    response["ETag"] = etag
    # Revalidate every time (cheap: a 304), so a changed dosage is never shown stale.
    patch_cache_control(
        response, no_cache=True, **{"private" if sheet.personal else "public": True}
    )
    return response


def _html_response(
    request: HtmxHttpRequest, sheet: sheets.Printable, *, pdf_url: str, back_url: str
) -> HttpResponse:
    html = sheets.render_html(
        sheet, for_pdf=False, request=request, pdf_url=pdf_url, back_url=back_url
    )
    return HttpResponse(html)
