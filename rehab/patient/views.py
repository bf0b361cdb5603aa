"""Public programme pages and the patient's own pages ("Mijn schema", history).

Thin views: reads come from `rehab.queries`, writes from `rehab.services`, the verdict from
`rules` (through the queries). Every POST works without JavaScript (POST-redirect-GET); with htmx
the same endpoints answer with a partial of templates/rehab/my_plan.html.
"""

from collections.abc import Callable

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from conditions.models import StrainGrade
from hamstring_site.http import HtmxHttpRequest, template_for

from .. import clock
from ..models import (
    LAST_PHASE,
    ConditionKind,
    Exercise,
    OutcomeMeasurement,
    PatientPlan,
    PhaseTransition,
    PlanTemplate,
    TemplatePhase,
    TemplatePrescription,
)
from ..queries import adherence
from ..queries import outcomes as outcome_queries
from ..queries import plans as queries
from ..queries.plans import PlanOverview
from ..reasons import sentences
from ..services import outcomes, phases, sessions
from ..web import expected_phase, patient_required, submit
from . import page_cache
from .forms import MeasurementForm, MorningPainForm, SessionLogForm
from .guided import guided_text

PROGRAMME_TEMPLATE = "tendinopathie"
# The seed's exercises against new complaints: the muscles around the hamstring, and the
# hamstring itself. Named, because the strain pathways now hold some of them too.
PREVENTION = ("glute-bridge", "clamshell", "plank", "dead-bug", "nordic-hamstring-curl")
# The seed's flexibility: the hip flexors and the quadriceps. A hamstring stretch with the
# hip bent and the knee straight presses on the tendon, so it is never offered here.
STRETCHES = ("hip-flexor-stretch", "quadriceps-stretch")
CHECK_AHEAD = gettext_lazy(
    "Je fysiotherapeut doet samen met jou de terugkeer-naar-sportcheck. Oefen tot dan door in "
    "deze fase."
)


# Public pages


@require_GET
def programme(request: HtmxHttpRequest) -> HttpResponse:
    template = get_object_or_404(
        PlanTemplate.objects.prefetch_related(
            Prefetch(
                "phases__prescriptions",
                queryset=TemplatePrescription.objects.select_related("exercise"),
            )
        ),
        slug=PROGRAMME_TEMPLATE,
    )
    extras = Exercise.objects.filter(slug__in=PREVENTION).exclude(compresses_tendon=True)
    stretches = Exercise.objects.filter(slug__in=STRETCHES)
    context = {
        "template": template,
        "extras": extras,
        "stretches": stretches,
        "strain_pathways": _strain_pathways(),
    }
    return render(request, "rehab/programme.html", context)


def _strain_pathways() -> list[dict]:
    """Each grade with its recovery time (the grade model) and its pathway's phases."""
    grades = {grade.grade: grade for grade in StrainGrade.objects.all()}
    phases = TemplatePhase.objects.filter(template__condition=ConditionKind.STRAIN).select_related(
        "template"
    )
    pathways: dict[int, dict] = {}
    for phase in phases.order_by("template__grade", "number"):
        grade = phase.template.grade
        pathway = pathways.setdefault(
            grade, {"template": phase.template, "grade": grades.get(grade), "phases": []}
        )
        pathway["phases"].append(phase)
    return list(pathways.values())


@require_GET
def exercise(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    exercise = get_object_or_404(Exercise, slug=slug)
    prescriptions = TemplatePrescription.objects.filter(
        exercise=exercise, phase__template__slug=PROGRAMME_TEMPLATE
    ).select_related("phase")
    in_strain_pathway = TemplatePrescription.objects.filter(
        exercise=exercise, phase__template__condition=ConditionKind.STRAIN
    ).exists()
    context = {
        "exercise": exercise,
        "prescriptions": prescriptions,
        "in_strain_pathway": in_strain_pathway,
    }
    return render(request, "rehab/exercise.html", context)


# The patient's pages


@require_GET
@patient_required
def my_plan(request: HtmxHttpRequest) -> HttpResponse:
    today = clock.today()

    def render_page() -> HttpResponse:
        plan = queries.active_plan(request.user)
        if plan is None:
            latest = queries.latest_plan(request.user)
            if latest is not None and latest.status == PatientPlan.Status.COMPLETED:
                return _completed_page(request, latest)
            return render(request, "rehab/my_plan_none.html", {"plan": latest})
        return _plan_page(request, queries.plan_overview(plan, today=today))

    return page_cache.serve(request, page_cache.page_key(request.user, today), render_page)


@require_GET
@patient_required
def my_history(request: HtmxHttpRequest) -> HttpResponse:
    plan = queries.latest_plan(request.user)
    if plan is None:
        return render(request, "rehab/my_plan_none.html", {"plan": None})
    history = queries.plan_history(plan)
    return render(request, "rehab/history.html", {"plan": plan, "history": history})


@require_GET
@patient_required
def guided_session(request: HtmxHttpRequest) -> HttpResponse:
    """Today's exercises one at a time, ending in the ordinary log form (static/js/guided.js
    adds the timers; without JavaScript the page is a list of steps and the form)."""
    plan = queries.active_plan(request.user)
    if plan is None:
        return redirect("patient:my_plan")
    overview = queries.plan_overview(plan, today=clock.today())
    context = {
        "plan": plan,
        "overview": overview,
        "log_form": _log_form(overview),
        "guided_text": guided_text(),
    }
    return render(request, "rehab/guided_session.html", context)


@require_POST
@patient_required
def log_session(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    plan = get_object_or_404(queries.own_plans(request.user).select_related("template"), pk=plan_id)
    if not plan.is_active:
        return _plan_closed(request)
    today = clock.today()
    overview = queries.plan_overview(plan, today=today)
    form = _log_form(overview, data=request.POST)
    log = submit(
        form,
        lambda: sessions.log_session(
            plan=plan,
            date=form.cleaned_data["date"],
            pain_during=form.cleaned_data["pain_during"],
            sets_completed=form.sets_completed,
            note=form.cleaned_data["note"],
            today=today,
        ),
    )
    if log is None:
        # 200, not 422: htmx swaps only 2xx answers with the configuration in base.html.
        return _plan_answer(request, "log_response", overview, log_form=form)
    saved = _("Je sessie van %(day)s is opgeslagen.") % {"day": _day(log.date)}
    if not request.htmx:
        messages.success(request, saved)
        return redirect("patient:my_plan")
    overview = queries.plan_overview(plan, today=today)
    return _plan_answer(request, "log_saved", overview, feedback=saved)


@require_POST
@patient_required
def record_morning_pain(request: HtmxHttpRequest, log_id: int) -> HttpResponse:
    log = get_object_or_404(
        queries.own_logs(request.user).select_related("plan__template"), pk=log_id
    )
    if not log.plan.is_active:
        return _plan_closed(request)
    today = clock.today()
    form = MorningPainForm(request.POST, session_date=log.date)
    saved = submit(
        form,
        lambda: sessions.record_next_morning_pain(
            log=log, pain=form.cleaned_data["pain_next_morning"], today=today
        ),
    )
    overview = queries.plan_overview(log.plan, today=today)
    if saved is None:
        return _plan_answer(request, "status", overview, morning_form=form, morning_log=log)
    message = _("Opgeslagen: de ochtend na %(day)s had je %(pain)d/10 pijn.") % {
        "day": _day(log.date),
        "pain": saved.pain_next_morning,
    }
    if not request.htmx:
        messages.success(request, message)
        return redirect("patient:my_plan")
    return _plan_answer(request, "status", overview, status_feedback=message)


@require_POST
@patient_required
def advance(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    return _phase_step(request, plan_id, phases.advance_phase, _advanced)


@require_POST
@patient_required
def request_advance(request: HtmxHttpRequest, plan_id: int) -> HttpResponse:
    return _phase_step(request, plan_id, phases.request_advance, _asked)


def _phase_step(
    request: HtmxHttpRequest, plan_id: int, step: Callable, done: Callable[..., str]
) -> HttpResponse:
    """Run a phase step for the patient's own plan; say how it went on Mijn schema."""
    plan = get_object_or_404(queries.own_plans(request.user), pk=plan_id)
    try:
        result = step(
            plan_id=plan.pk,
            user=request.user,
            expected_phase=expected_phase(request),
            today=clock.today(),
        )
    except phases.ProgressionRefused as refusal:
        return _refused(request, refusal)
    messages.success(request, done(plan, result))
    return redirect("patient:my_plan")


def _advanced(plan: PatientPlan, transition: PhaseTransition) -> str:
    if transition.kind == PhaseTransition.Kind.COMPLETE:
        return _("Gefeliciteerd! Je hebt alle %(count)d fasen afgerond.") % {"count": LAST_PHASE}
    if transition.kind == PhaseTransition.Kind.REQUEST:
        return str(CHECK_AHEAD)
    return _("Je bent nu in fase %(phase)d. Hieronder staan je nieuwe oefeningen.") % {
        "phase": transition.to_phase
    }


def _asked(plan: PatientPlan, _plan_after: PatientPlan) -> str:
    if plan.needs_return_to_sport_check:
        return str(CHECK_AHEAD)
    return _(
        "Je vraag is verstuurd. Je fysiotherapeut ziet hem bij je gegevens en beslist of je "
        "door mag naar de volgende fase."
    )


@require_http_methods(["GET", "POST"])
@patient_required
def measurement(request: HtmxHttpRequest, measurement_id: int) -> HttpResponse:
    """Fill in an open measurement: PSK, pain and (from the second one on) the GPE."""
    found = get_object_or_404(
        OutcomeMeasurement.objects.filter(plan__patient=request.user).select_related("plan"),
        pk=measurement_id,
    )
    if not found.is_open:
        messages.info(request, _("Deze meting heb je al ingevuld."))
        return redirect("patient:my_plan")
    form = MeasurementForm(
        request.POST if request.method == "POST" else None,
        activities=found.plan.psk_activities.all(),
        asks_global_effect=outcomes.asks_global_effect(found),
    )
    if request.method == "POST" and _record_measurement(request, found, form):
        messages.success(request, _("Dank je wel. Je meting is opgeslagen."))
        return redirect("patient:my_plan")
    context = {"measurement": found, "plan": found.plan, "form": form}
    return render(request, "rehab/measurement.html", context)


# Helpers


def _record_measurement(request: HtmxHttpRequest, found: OutcomeMeasurement, form) -> bool:
    saved = submit(
        form,
        lambda: outcomes.record_measurement(
            measurement_id=found.pk,
            patient=request.user,
            activities=form.activities_posted,
            scores=form.scores,
            pain=form.cleaned_data.get("pain"),
            global_effect=form.cleaned_data.get("global_effect"),
            today=clock.today(),
        ),
    )
    return saved is not None


def _outcomes_context(plan: PatientPlan) -> dict:
    measured = outcome_queries.outcomes(plan)
    return {"open_measurement": measured.open, "progress": outcome_queries.progress_lines(measured)}


def _completed_page(request: HtmxHttpRequest, plan: PatientPlan) -> HttpResponse:
    context = {
        "plan": plan,
        "check": queries.return_to_sport_check(plan),
        "phase_count": LAST_PHASE,
        **_outcomes_context(plan),
    }
    return render(request, "rehab/my_plan_completed.html", context)


def _day(date) -> str:
    return date_format(date, "j F")


def _log_form(overview: PlanOverview, data=None) -> SessionLogForm:
    return SessionLogForm(
        data,
        prescriptions=overview.prescriptions,
        today=overview.today,
        phase_started=overview.plan.phase_started,
    )


def _plan_context(
    overview: PlanOverview,
    *,
    log_form: SessionLogForm | None = None,
    morning_form: MorningPainForm | None = None,
    morning_log=None,
    **extra,
) -> dict:
    morning_log = morning_log or overview.missing_morning
    if morning_form is None and morning_log is not None:
        morning_form = MorningPainForm(session_date=morning_log.date)
    return {
        "plan": overview.plan,
        **_outcomes_context(overview.plan),
        "needs_check": overview.plan.needs_return_to_sport_check,
        "overview": overview,
        "decision": overview.decision,
        "log_form": log_form or _log_form(overview),
        "morning_log": morning_log,
        "morning_form": morning_form,
        "weeks": adherence.weeks_of(overview.plan, today=overview.today),
        "sessions_target": adherence.TARGET,
        **extra,
    }


def _plan_page(request: HtmxHttpRequest, overview: PlanOverview, **forms) -> HttpResponse:
    return render(request, "rehab/my_plan.html", _plan_context(overview, **forms))


def _plan_answer(
    request: HtmxHttpRequest, partial: str, overview: PlanOverview, **extra
) -> HttpResponse:
    """Mijn schema after a POST: the partial for htmx, the whole page without JavaScript."""
    template = template_for(request, "rehab/my_plan.html", partial)
    return render(request, template, _plan_context(overview, **extra))


def _plan_closed(request: HtmxHttpRequest) -> HttpResponse:
    message = _("Dit schema is afgerond of gestopt: je kunt geen sessies meer bijhouden.")
    if request.htmx:
        messages.error(request, message)
        return HttpResponseClientRedirect(reverse("patient:my_plan"))
    context = {"title": _("Dit schema is afgesloten"), "message": message, "reasons": ()}
    return render(request, "rehab/refused.html", context, status=409)


def _refused(request: HtmxHttpRequest, refusal: phases.ProgressionRefused) -> HttpResponse:
    reasons = sentences(refusal.decision.reasons) if refusal.decision is not None else ()
    context = {
        "title": _("Nog niet naar de volgende fase"),
        "message": refusal.message,
        "reasons": reasons,
    }
    return render(request, "rehab/refused.html", context, status=409)
