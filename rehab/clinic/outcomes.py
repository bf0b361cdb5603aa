"""The physiotherapist's part of the outcome measures: ask for a measurement, correct an
activity's wording, and download the record as a FHIR bundle.

The measures themselves show on the patient's record (`views._render_record`).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts import audit
from accounts.models import AuditEvent
from hamstring_site.http import HtmxHttpRequest

from .. import clock, fhir
from ..models import PskActivity
from ..services import outcomes
from ..web import physiotherapist_required, submit
from .forms import ActivityNameForm
from .views import _own_patient, _own_plan, _record_url, _render_record


@require_POST
@physiotherapist_required
def measurement_request(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    try:
        outcomes.request_measurement(plan_id=plan.pk, physiotherapist=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("De meting staat klaar. %(name)s ziet hem bij Mijn schema.")
            % {"name": plan.patient.full_name},
        )
    return redirect(_record_url(plan, "metingen"))


@require_POST
@physiotherapist_required
def activity_rename(request: HtmxHttpRequest, plan_id: int, activity_id: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    activity = get_object_or_404(PskActivity, plan=plan, pk=activity_id)
    form = ActivityNameForm(request.POST, activity=activity)
    renamed = submit(
        form,
        lambda: outcomes.rename_activity(
            plan_id=plan.pk,
            physiotherapist=request.user,
            activity_id=activity.pk,
            name=form.cleaned_data["name"],
        ),
    )
    if renamed is None:
        return _render_record(request, plan.patient, activity_form=form)
    messages.success(request, _("De activiteit heet nu „%(name)s”.") % {"name": renamed.name})
    return redirect(_record_url(plan, "metingen"))


@require_GET
@physiotherapist_required
def patient_fhir(request: HtmxHttpRequest, patient_id: int) -> HttpResponse:
    """The patient's record as a FHIR bundle; every download is in the audit trail."""
    patient = _own_patient(request, patient_id)
    if not patient.is_patient:
        raise Http404
    response = HttpResponse(
        fhir.bundle_json(patient), content_type="application/fhir+json; charset=utf-8"
    )
    audit.record(
        actor=request.user,
        action=AuditEvent.Action.DATA_EXPORT,
        subject=patient,
        detail=_("Dossier als FHIR-bestand gedownload door de fysiotherapeut."),
    )
    filename = f"hamstring-dossier-{patient.pk}-fhir-{clock.today():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
