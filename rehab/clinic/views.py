"""The physiotherapist's pages: the patient list, a patient's record, assigning and adjusting
a plan, and the phase decisions.

Thin views: reads from `rehab.queries`, writes from `rehab.services` and `accounts.services`.
Every object is looked up through the physiotherapist's own patients or plans, so another
physiotherapist's patient is a 404. Every POST works without JavaScript
(POST-redirect-GET); with htmx the dosage forms answer with a partial of
templates/rehab/physio/plan_edit.html.
"""

import logging
import smtplib
from dataclasses import asdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import services as account_services
from accounts.models import User
from accounts.tokens import invitation_kwargs
from hamstring_site.http import HtmxHttpRequest, template_for

from .. import clock
from ..models import LAST_PHASE, PHASES, ConditionKind, PatientPlan, PlanPrescription
from ..queries import adherence
from ..queries import outcomes as outcome_queries
from ..queries import plans as queries
from ..queries.patients import (
    PAGE_SIZE,
    QUIET_DAYS,
    UNMEASURED_DAYS,
    add_recent_sessions,
    patients,
    plans_of,
)
from ..services import phases, plans, prescriptions
from ..services.phases import ProgressionRefused
from ..services.prescriptions import Dosage
from ..web import (
    audit_record_view,
    expected_phase,
    physiotherapist_required,
    submit,
)
from .forms import (
    ActivityNameForm,
    AddExerciseForm,
    DosageForm,
    PatientForm,
    PhaseChangeForm,
    PhaseCriteriaForm,
    PlanAssignForm,
    ReturnToSportForm,
)
from .plan_editor import edit_context

SEARCH_MAX_LENGTH = 100

logger = logging.getLogger(__name__)


def _own_patient(request: HtmxHttpRequest, patient_id: int) -> User:
    return get_object_or_404(patients().of_physiotherapist(request.user), pk=patient_id)


def _own_plan(request: HtmxHttpRequest, plan_id: int) -> PatientPlan:
    return get_object_or_404(
        PatientPlan.objects.for_user(request.user).select_related("patient", "template"),
        pk=plan_id,
    )


def _record_url(plan: PatientPlan, anchor: str = "") -> str:
    url = reverse("clinic:patient", kwargs={"patient_id": plan.patient_id})
    return f"{url}#{anchor}" if anchor else url


def _edit_url(plan: PatientPlan, anchor: str) -> str:
    return reverse("clinic:plan_edit", kwargs={"plan_id": plan.pk}) + f"#{anchor}"


def _invitation_link(request: HtmxHttpRequest, patient: User) -> str:
    # The link opens the site in the patient's language.
    with translation.override(patient.language or translation.get_language()):
        url = reverse("invitation", kwargs=invitation_kwargs(patient))
    return request.build_absolute_uri(url)


def _send_invitation(request: HtmxHttpRequest, patient: User) -> bool:
    """Mail the invitation; when the mail server fails, the link on the record still works."""
    try:
        account_services.send_invitation(
            patient=patient, physiotherapist=request.user, link=_invitation_link(request, patient)
        )
    except (OSError, smtplib.SMTPException):
        logger.warning("Invitation mail to patient %s failed.", patient.pk, exc_info=True)
        messages.warning(
            request,
            _(
                "De e-mail met de uitnodiging kon niet worden verstuurd. Geef de link hieronder "
                "zelf aan de patiënt, of probeer het later opnieuw."
            ),
        )
        return False
    return True


# The list


@require_GET
@physiotherapist_required
def patient_list(request: HtmxHttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_LENGTH]
    today = clock.today()
    found = patients().of_physiotherapist(request.user).search(query)
    rows = found.with_status(user=request.user, today=today).flagged_first()
    paginator = Paginator(rows, PAGE_SIZE)
    # Count without the current plan's join: the same number, without a subquery per row.
    paginator.count = found.count()
    page = paginator.get_page(request.GET.get("pagina"))
    page.object_list = add_recent_sessions(list(page.object_list), today=today)
    context = {
        "page": page,
        "query": query,
        "quiet_days": QUIET_DAYS,
        "sessions_target": adherence.TARGET,
        "unmeasured_weeks": UNMEASURED_DAYS // 7,
        "phase_count": len(PHASES),
        "ConditionKind": ConditionKind,
        "PlanStatus": PatientPlan.Status,
    }
    template = template_for(
        request, "rehab/physio/patients.html", "results", target="patient-results"
    )
    return render(request, template, context)


# Patients


@require_http_methods(["GET", "POST"])
@physiotherapist_required
def patient_new(request: HtmxHttpRequest) -> HttpResponse:
    form = PatientForm(request.POST if request.method == "POST" else None)
    patient = submit(
        form,
        lambda: account_services.create_patient(
            physiotherapist=request.user,
            full_name=form.cleaned_data["full_name"],
            email=form.cleaned_data["email"],
            language=form.cleaned_data["language"],
        ),
    )
    if patient is None:
        return render(request, "rehab/physio/patient_new.html", {"form": form})
    messages.success(request, _("%(name)s is aangemaakt.") % {"name": patient.full_name})
    if _send_invitation(request, patient):
        messages.success(
            request,
            _("De uitnodiging is gemaild naar %(email)s; de link staat ook hieronder.")
            % {"email": patient.email},
        )
    return redirect("clinic:patient", patient_id=patient.pk)


@require_POST
@physiotherapist_required
def patient_invite(request: HtmxHttpRequest, patient_id: int) -> HttpResponse:
    """Send a fresh invitation to a patient who has not chosen a password yet."""
    patient = _own_patient(request, patient_id)
    if patient.has_usable_password():
        messages.info(request, _("Deze patiënt heeft al een wachtwoord gekozen."))
    elif _send_invitation(request, patient):
        messages.success(
            request,
            _("Een nieuwe uitnodiging is gemaild naar %(email)s.") % {"email": patient.email},
        )
    return redirect("clinic:patient", patient_id=patient.pk)


def _render_record(
    request: HtmxHttpRequest,
    patient: User,
    *,
    phase_form: PhaseChangeForm | None = None,
    activity_form: ActivityNameForm | None = None,
) -> HttpResponse:
    """The record, written to the audit trail each time it is shown."""
    today = clock.today()
    plans = list(plans_of(patient, user=request.user).select_related("template"))
    plan = plans[0] if plans else None
    context = {
        "patient": patient,
        "plan": plan,
        "earlier_plans": plans[1:],
        "phase_form": phase_form or PhaseChangeForm(),
        "last_phase": LAST_PHASE,
    }
    if not patient.has_usable_password():
        context["invitation_link"] = _invitation_link(request, patient)
        context["invitation_expires"] = account_services.invitation_expires()
    if plan is not None:
        context["overview"] = queries.plan_overview(plan, today=today)
        context["history"] = queries.plan_history(plan)
        context["weeks"] = adherence.weeks_of(plan, today=today)
        context["sessions_target"] = adherence.TARGET
        context["needs_check"] = plan.is_active and plan.needs_return_to_sport_check
        context["check"] = queries.return_to_sport_check(plan)
        context.update(_outcomes_context(plan, activity_form))
    audit_record_view(request, patient)
    return render(request, "rehab/physio/record.html", context)


def _outcomes_context(plan: PatientPlan, bound: ActivityNameForm | None) -> dict:
    """The outcome measures on the record, with a form to correct each activity's wording."""
    measured = outcome_queries.outcomes(plan)
    forms = [
        (
            activity,
            bound
            if bound is not None and bound.activity_id == activity.pk
            else ActivityNameForm(activity=activity, initial={"name": activity.name}),
        )
        for activity in measured.activities
    ]
    return {"outcomes": measured, "activity_forms": forms}


@require_GET
@physiotherapist_required
def patient_record(request: HtmxHttpRequest, patient_id: int) -> HttpResponse:
    return _render_record(request, _own_patient(request, patient_id))


# Plans


@require_http_methods(["GET", "POST"])
@physiotherapist_required
def plan_assign(request: HtmxHttpRequest, patient_id: int) -> HttpResponse:
    patient = _own_patient(request, patient_id)
    today = clock.today()
    form = PlanAssignForm(request.POST if request.method == "POST" else None, today=today)
    plan = submit(
        form,
        lambda: plans.assign(
            patient=patient, physiotherapist=request.user, today=today, **form.cleaned_data
        ),
    )
    if plan is not None:
        messages.success(
            request,
            _("%(name)s heeft een nieuw schema. Pas hieronder de oefeningen aan als dat nodig is.")
            % {"name": patient.full_name},
        )
        return redirect("clinic:plan_edit", plan_id=plan.pk)
    active = plans_of(patient, user=request.user).filter(status=PatientPlan.Status.ACTIVE).first()
    context = {"patient": patient, "form": form, "active_plan": active}
    return render(request, "rehab/physio/plan_assign.html", context)


@require_GET
@physiotherapist_required
def plan_edit(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    return render(request, "rehab/physio/plan_edit.html", edit_context(plan))


@require_POST
@physiotherapist_required
def phase_criteria_update(request: HtmxHttpRequest, plan_id: int, phase: int) -> HttpResponse:
    """When the patient may leave one phase of this plan: minimum days, sessions in a row."""
    plan = _own_plan(request, plan_id)
    get_object_or_404(plan.phases, number=phase)
    form = PhaseCriteriaForm(request.POST, prefix=f"criteria{phase}")
    saved = submit(
        form,
        lambda: phases.update_phase_criteria(
            plan_id=plan.pk, physiotherapist=request.user, number=phase, **form.cleaned_data
        ),
    )
    if saved is None:
        context = edit_context(plan, bound_criteria=form, bound_criteria_phase=phase)
        return render(request, "rehab/physio/plan_edit.html", context)
    messages.success(
        request, _("Wanneer de patiënt fase %(phase)d uit mag, is opgeslagen.") % {"phase": phase}
    )
    return redirect(_edit_url(plan, f"fase-{phase}"))


@require_POST
@physiotherapist_required
def prescription_update(
    request: HtmxHttpRequest, plan_id: int, prescription_id: int
) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    prescription = get_object_or_404(
        PlanPrescription.objects.select_related("exercise"), plan=plan, pk=prescription_id
    )
    form = DosageForm(request.POST, prefix=f"p{prescription.pk}")
    saved = submit(
        form,
        lambda: prescriptions.update_prescription(
            plan_id=plan.pk,
            prescription_id=prescription.pk,
            physiotherapist=request.user,
            dosage=form.dosage,
        ),
    )
    if request.htmx:
        return _prescription_partial(request, plan, saved or prescription, form, saved=bool(saved))
    if saved is None:
        context = edit_context(plan, bound={prescription.pk: form})
        return render(request, "rehab/physio/plan_edit.html", context)
    messages.success(
        request,
        _("De dosering van %(exercise)s in fase %(phase)d is opgeslagen.")
        % {"exercise": saved.exercise.name, "phase": saved.phase},
    )
    return redirect(_edit_url(plan, f"oefening-{saved.pk}"))


def _prescription_partial(
    request: HtmxHttpRequest,
    plan: PatientPlan,
    prescription: PlanPrescription,
    form: DosageForm,
    *,
    saved: bool,
) -> HttpResponse:
    """One exercise's dosage form: fresh after a save; with its errors after a refusal (and
    200, because htmx swaps only 2xx answers)."""
    if saved:
        form = DosageForm(prefix=f"p{prescription.pk}", initial=asdict(Dosage.of(prescription)))
    item = {"prescription": prescription, "form": form, "saved": saved}
    template = template_for(request, "rehab/physio/plan_edit.html", "prescription")
    return render(request, template, {"plan": plan, "item": item})


@require_POST
@physiotherapist_required
def prescription_add(request: HtmxHttpRequest, plan_id: int, phase: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    if phase not in PHASES:
        raise Http404
    form = AddExerciseForm(request.POST, prefix=f"add{phase}")
    added = submit(
        form,
        lambda: prescriptions.add_prescription(
            plan_id=plan.pk,
            physiotherapist=request.user,
            phase=phase,
            exercise=form.cleaned_data["exercise"],
            dosage=form.dosage,
        ),
    )
    if added is None:
        context = edit_context(plan, bound_add=form, bound_add_phase=phase)
        return render(request, "rehab/physio/plan_edit.html", context)
    messages.success(
        request,
        _("%(exercise)s is toegevoegd aan fase %(phase)d.")
        % {"exercise": added.exercise.name, "phase": phase},
    )
    return redirect(_edit_url(plan, f"oefening-{added.pk}"))


@require_POST
@physiotherapist_required
def prescription_remove(
    request: HtmxHttpRequest, plan_id: int, prescription_id: int
) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    prescription = get_object_or_404(
        PlanPrescription.objects.select_related("exercise"), plan=plan, pk=prescription_id
    )
    try:
        prescriptions.remove_prescription(
            plan_id=plan.pk, prescription_id=prescription.pk, physiotherapist=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_edit_url(plan, f"oefening-{prescription.pk}"))
    messages.success(
        request,
        _("%(exercise)s is uit fase %(phase)d gehaald.")
        % {"exercise": prescription.exercise.name, "phase": prescription.phase},
    )
    return redirect(_edit_url(plan, f"fase-{prescription.phase}"))


# Phase decisions


@require_POST
@physiotherapist_required
def plan_approve(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    try:
        transition = phases.approve_advance(
            plan_id=plan.pk,
            physiotherapist=request.user,
            expected_phase=expected_phase(request),
            today=clock.today(),
        )
    except ProgressionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, transition.get_kind_display())
    return redirect(_record_url(plan, "fase"))


@require_POST
@physiotherapist_required
def plan_phase(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    """Advance or step back regardless of the rule, with a reason."""
    plan = _own_plan(request, plan_id)
    current = plans_of(plan.patient, user=request.user).first()
    if plan.pk != current.pk or plan.status == PatientPlan.Status.STOPPED:
        # Reopening an old plan would give the patient two active plans.
        messages.error(request, _("Dit is niet het huidige schema van de patiënt."))
        return redirect(_record_url(plan))
    form = PhaseChangeForm(request.POST)
    moved = submit(
        form,
        lambda: phases.override_phase(
            plan_id=plan.pk,
            physiotherapist=request.user,
            to_phase=form.cleaned_data["to_phase"],
            reason=form.cleaned_data["reason"],
            today=clock.today(),
        ),
    )
    if moved is None:
        return _render_record(request, plan.patient, phase_form=form)
    messages.success(
        request,
        _("%(kind)s: fase %(from)d → %(to)d.")
        % {"kind": moved.get_kind_display(), "from": moved.from_phase, "to": moved.to_phase},
    )
    return redirect(_record_url(plan, "fase"))


@require_http_methods(["GET", "POST"])
@physiotherapist_required
def return_to_sport(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    """The return-to-sport checklist that completes a strain plan (or shows how it did)."""
    plan = _own_plan(request, plan_id)
    if not plan.is_strain:
        raise Http404("Only a plan for a hamstring strain has a return-to-sport check.")
    form = ReturnToSportForm(request.POST if request.method == "POST" else None)
    try:
        completed = submit(
            form,
            lambda: phases.complete_return_to_sport(
                plan_id=plan.pk,
                physiotherapist=request.user,
                answers=form.answers,
                note=form.cleaned_data["note"],
                today=clock.today(),
            ),
        )
    except ProgressionRefused as refused:
        messages.error(request, refused.message)
        return redirect("clinic:return_to_sport", plan_id=plan.pk)
    if completed is None:
        return _render_return_to_sport(request, plan, form)
    messages.success(
        request, _("De terugkeer-naar-sportcheck is opgeslagen. Het schema is afgerond.")
    )
    return redirect("clinic:return_to_sport", plan_id=plan.pk)


def _render_return_to_sport(
    request: HtmxHttpRequest, plan: PatientPlan, form: ReturnToSportForm
) -> HttpResponse:
    context = {
        "plan": plan,
        "patient": plan.patient,
        "form": form,
        "needs_check": plan.is_active and plan.needs_return_to_sport_check,
        "check": queries.return_to_sport_check(plan),
        "last_phase": LAST_PHASE,
    }
    audit_record_view(request, plan.patient)
    return render(request, "rehab/physio/return_to_sport.html", context)
