"""The physiotherapist's pages: the patient list, a patient's record, assigning and adjusting
a plan, and the phase decisions.

Thin views: reads from `physio_queries` (and `queries` for the record's history), writes from
`physio_services`, `services` and `accounts.services`. Every object is looked up through the
physiotherapist's own patients or plans, so another physiotherapist's patient is a 404.
Every POST works without JavaScript (POST-redirect-GET); with htmx the dosage forms answer
with a partial of templates/rehab/physio/plan_edit.html.
"""

import logging
import smtplib
from collections.abc import Callable
from dataclasses import asdict
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import services as account_services
from accounts.models import User
from accounts.tokens import invitation_kwargs
from hamstring_site.http import HtmxHttpRequest

from . import clock, physio_services, queries, services
from .forms import add_service_errors
from .models import PHASES, ConditionKind, PatientPlan, PlanPrescription, TemplatePhase
from .physio_forms import (
    AddExerciseForm,
    DosageForm,
    PatientForm,
    PhaseChangeForm,
    PhaseCriteriaForm,
    PlanAssignForm,
    ReturnToSportForm,
)
from .physio_queries import PAGE_SIZE, QUIET_DAYS, patients, plans_of
from .services import ProgressionRefused
from .web import audit_record_view

SEARCH_MAX_LENGTH = 100

logger = logging.getLogger(__name__)


def physiotherapist_required(view: Callable) -> Callable:
    """Anonymous visitors log in first; patients are not allowed here (403).

    Every answer is patient data: no browser or proxy keeps a copy (the back button after
    logging out on a shared computer in the practice shows nothing).
    """

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (request.user.is_physiotherapist or request.user.is_superuser):
            raise PermissionDenied
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_vary_headers(response, ["HX-Request", "HX-Target"])
        return response

    return wrapper


def _own_patient(request: HtmxHttpRequest, patient_id: int) -> User:
    return get_object_or_404(patients().of_physiotherapist(request.user), pk=patient_id)


def _own_plan(request: HtmxHttpRequest, plan_id: int) -> PatientPlan:
    return get_object_or_404(
        PatientPlan.objects.for_user(request.user).select_related("patient", "template"),
        pk=plan_id,
    )


def _record_url(plan: PatientPlan, anchor: str = "") -> str:
    url = reverse("physio_patient", kwargs={"patient_id": plan.patient_id})
    return f"{url}#{anchor}" if anchor else url


def _invitation_link(request: HtmxHttpRequest, patient: User) -> str:
    return request.build_absolute_uri(reverse("invitation", kwargs=invitation_kwargs(patient)))


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
    context = {
        "page": page,
        "query": query,
        "quiet_days": QUIET_DAYS,
        "phase_count": len(PHASES),
        "ConditionKind": ConditionKind,
        "PlanStatus": PatientPlan.Status,
    }
    template = "rehab/physio/patients.html"
    if request.htmx and request.htmx.target == "patient-results":
        template += "#results"
    return render(request, template, context)


# Patients


@require_http_methods(["GET", "POST"])
@physiotherapist_required
def patient_new(request: HtmxHttpRequest) -> HttpResponse:
    form = PatientForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            patient = account_services.create_patient(
                physiotherapist=request.user,
                full_name=form.cleaned_data["full_name"],
                email=form.cleaned_data["email"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("%(name)s is aangemaakt.") % {"name": patient.full_name})
            if _send_invitation(request, patient):
                messages.success(
                    request,
                    _("De uitnodiging is gemaild naar %(email)s; de link staat ook hieronder.")
                    % {"email": patient.email},
                )
            return redirect("physio_patient", patient_id=patient.pk)
    return render(request, "rehab/physio/patient_new.html", {"form": form})


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
    return redirect("physio_patient", patient_id=patient.pk)


def _render_record(
    request: HtmxHttpRequest,
    patient: User,
    *,
    phase_form: PhaseChangeForm | None = None,
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
    }
    if not patient.has_usable_password():
        context["invitation_link"] = _invitation_link(request, patient)
        context["invitation_expires"] = account_services.invitation_expires()
    if plan is not None:
        context["overview"] = queries.plan_overview(plan, today=today)
        context["history"] = queries.plan_history(plan)
        context["needs_check"] = plan.is_active and plan.needs_return_to_sport_check
        context["check"] = queries.return_to_sport_check(plan)
    audit_record_view(request, patient)
    return render(request, "rehab/physio/record.html", context)


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
    if form.is_valid():
        try:
            plan = physio_services.assign(
                patient=patient, physiotherapist=request.user, today=today, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _(
                    "%(name)s heeft een nieuw schema. Pas hieronder de oefeningen aan als dat "
                    "nodig is."
                )
                % {"name": patient.full_name},
            )
            return redirect("physio_plan_edit", plan_id=plan.pk)
    active = plans_of(patient, user=request.user).filter(status=PatientPlan.Status.ACTIVE).first()
    context = {"patient": patient, "form": form, "active_plan": active}
    return render(request, "rehab/physio/plan_assign.html", context)


def _edit_context(
    plan: PatientPlan,
    *,
    bound: dict[int, DosageForm] | None = None,
    bound_add: AddExerciseForm | None = None,
    bound_add_phase: int | None = None,
    bound_criteria: PhaseCriteriaForm | None = None,
    bound_criteria_phase: int | None = None,
) -> dict:
    """Every phase of the plan with its criteria form, a dosage form per exercise and an
    "add" form."""
    bound = bound or {}
    names = dict(
        TemplatePhase.objects.filter(template_id=plan.template_id).values_list("number", "name")
    )
    criteria = {phase.number: phase for phase in plan.phases.all()}
    prescriptions = list(plan.prescriptions.select_related("exercise"))
    phases = []
    for number in sorted(names):
        items = [
            {
                "prescription": p,
                "form": bound.get(p.pk)
                or DosageForm(prefix=f"p{p.pk}", initial=asdict(physio_services.Dosage.of(p))),
            }
            for p in prescriptions
            if p.phase == number
        ]
        add_form = (
            bound_add
            if bound_add is not None and bound_add_phase == number
            else AddExerciseForm(prefix=f"add{number}", initial={"sets": 3})
        )
        criteria_form = (
            bound_criteria
            if bound_criteria is not None and bound_criteria_phase == number
            else PhaseCriteriaForm(
                prefix=f"criteria{number}",
                initial={
                    "min_days": criteria[number].min_days,
                    "qualifying_sessions": criteria[number].qualifying_sessions,
                },
            )
        )
        phases.append(
            {
                "number": number,
                "name": names[number],
                "items": items,
                "add": add_form,
                "criteria": criteria[number],
                "criteria_form": criteria_form,
            }
        )
    return {"plan": plan, "patient": plan.patient, "phases": phases}


@require_GET
@physiotherapist_required
def plan_edit(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    return render(request, "rehab/physio/plan_edit.html", _edit_context(plan))


@require_POST
@physiotherapist_required
def phase_criteria_update(request: HtmxHttpRequest, plan_id: int, phase: int) -> HttpResponse:
    """When the patient may leave one phase of this plan: minimum days, sessions in a row."""
    plan = _own_plan(request, plan_id)
    get_object_or_404(plan.phases, number=phase)
    form = PhaseCriteriaForm(request.POST, prefix=f"criteria{phase}")
    if form.is_valid():
        try:
            physio_services.update_phase_criteria(
                plan_id=plan.pk, physiotherapist=request.user, number=phase, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("Wanneer de patiënt fase %(phase)d uit mag, is opgeslagen.") % {"phase": phase},
            )
            url = reverse("physio_plan_edit", kwargs={"plan_id": plan.pk})
            return redirect(f"{url}#fase-{phase}")
    context = _edit_context(plan, bound_criteria=form, bound_criteria_phase=phase)
    return render(request, "rehab/physio/plan_edit.html", context)


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
    saved = False
    if form.is_valid():
        try:
            prescription = physio_services.update_prescription(
                plan_id=plan.pk,
                prescription_id=prescription.pk,
                physiotherapist=request.user,
                dosage=form.dosage,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            saved = True
    anchor = f"oefening-{prescription.pk}"
    if request.htmx:
        if saved:
            form = DosageForm(
                prefix=f"p{prescription.pk}",
                initial=asdict(physio_services.Dosage.of(prescription)),
            )
        item = {"prescription": prescription, "form": form, "saved": saved}
        # 200 with the errors in the partial: htmx swaps only 2xx answers.
        return render(
            request, "rehab/physio/plan_edit.html#prescription", {"plan": plan, "item": item}
        )
    if saved:
        messages.success(
            request,
            _("De dosering van %(exercise)s in fase %(phase)d is opgeslagen.")
            % {"exercise": prescription.exercise.name, "phase": prescription.phase},
        )
        return redirect(reverse("physio_plan_edit", kwargs={"plan_id": plan.pk}) + f"#{anchor}")
    context = _edit_context(plan, bound={prescription.pk: form})
    return render(request, "rehab/physio/plan_edit.html", context)


@require_POST
@physiotherapist_required
def prescription_add(request: HtmxHttpRequest, plan_id: int, phase: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    if phase not in PHASES:
        raise Http404
    form = AddExerciseForm(request.POST, prefix=f"add{phase}")
    if form.is_valid():
        try:
            added = physio_services.add_prescription(
                plan_id=plan.pk,
                physiotherapist=request.user,
                phase=phase,
                exercise=form.cleaned_data["exercise"],
                dosage=form.dosage,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(exercise)s is toegevoegd aan fase %(phase)d.")
                % {"exercise": added.exercise.name, "phase": phase},
            )
            url = reverse("physio_plan_edit", kwargs={"plan_id": plan.pk})
            return redirect(f"{url}#oefening-{added.pk}")
    context = _edit_context(plan, bound_add=form, bound_add_phase=phase)
    return render(request, "rehab/physio/plan_edit.html", context)


@require_POST
@physiotherapist_required
def prescription_remove(
    request: HtmxHttpRequest, plan_id: int, prescription_id: int
) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    prescription = get_object_or_404(
        PlanPrescription.objects.select_related("exercise"), plan=plan, pk=prescription_id
    )
    url = reverse("physio_plan_edit", kwargs={"plan_id": plan.pk})
    try:
        physio_services.remove_prescription(
            plan_id=plan.pk, prescription_id=prescription.pk, physiotherapist=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(f"{url}#oefening-{prescription.pk}")
    messages.success(
        request,
        _("%(exercise)s is uit fase %(phase)d gehaald.")
        % {"exercise": prescription.exercise.name, "phase": prescription.phase},
    )
    return redirect(f"{url}#fase-{prescription.phase}")


# Phase decisions


@require_POST
@physiotherapist_required
def plan_approve(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    plan = _own_plan(request, plan_id)
    try:
        expected = int(request.POST.get("expected_phase", ""))
    except ValueError:
        expected = 0  # garbage counts as "the plan changed since the page was shown"
    try:
        transition = services.approve_advance(
            plan_id=plan.pk,
            physiotherapist=request.user,
            expected_phase=expected,
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
    if form.is_valid():
        try:
            transition = services.override_phase(
                plan_id=plan.pk,
                physiotherapist=request.user,
                to_phase=form.cleaned_data["to_phase"],
                reason=form.cleaned_data["reason"],
                today=clock.today(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(kind)s: fase %(from)d → %(to)d.")
                % {
                    "kind": transition.get_kind_display(),
                    "from": transition.from_phase,
                    "to": transition.to_phase,
                },
            )
            return redirect(_record_url(plan, "fase"))
    return _render_record(request, plan.patient, phase_form=form)


@require_http_methods(["GET", "POST"])
@physiotherapist_required
def return_to_sport(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    """The return-to-sport checklist that completes a strain plan (or shows how it did)."""
    plan = _own_plan(request, plan_id)
    if plan.condition != ConditionKind.STRAIN:
        raise Http404("Only a plan for a hamstring strain has a return-to-sport check.")
    form = ReturnToSportForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            services.complete_return_to_sport(
                plan_id=plan.pk,
                physiotherapist=request.user,
                answers=form.answers,
                note=form.cleaned_data["note"],
                today=clock.today(),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except ProgressionRefused as refused:
            messages.error(request, refused.message)
            return redirect("physio_return_to_sport", plan_id=plan.pk)
        else:
            messages.success(
                request,
                _("De terugkeer-naar-sportcheck is opgeslagen. Het schema is afgerond."),
            )
            return redirect("physio_return_to_sport", plan_id=plan.pk)
    context = {
        "plan": plan,
        "patient": plan.patient,
        "form": form,
        "needs_check": plan.is_active and plan.needs_return_to_sport_check,
        "check": queries.return_to_sport_check(plan),
    }
    audit_record_view(request, plan.patient)
    return render(request, "rehab/physio/return_to_sport.html", context)
