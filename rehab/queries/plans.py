"""Reads for the patient's pages: each page's data in a fixed number of queries.

Every plan lookup starts from `PatientPlan.objects.for_user`, so another person's plan
is simply not found (a 404), never a leak of its existence.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.models import User
from conditions.models import StrainGrade

from ..charts import ChartSession, PainChart, pain_chart
from ..models import (
    ExerciseEntry,
    PatientPlan,
    PhaseTransition,
    PlanPrescription,
    ReturnToSportCheck,
    SessionLog,
    TemplatePhase,
)
from ..rules import Decision, ProgressionCriteria, evaluate_progression, needs_load_advice


def own_plans(user: User) -> QuerySet[PatientPlan]:
    """The plans of which `user` is the patient (also for an admin: these are *their* pages)."""
    return PatientPlan.objects.for_user(user).filter(patient=user)


def own_logs(user: User) -> QuerySet[SessionLog]:
    return SessionLog.objects.for_user(user).filter(plan__patient=user)


def active_plan(user: User) -> PatientPlan | None:
    return (
        own_plans(user)
        .filter(status=PatientPlan.Status.ACTIVE)
        .select_related("template", "physiotherapist")
        .order_by("-created_at", "-pk")
        .first()
    )


def latest_plan(user: User) -> PatientPlan | None:
    return own_plans(user).select_related("template").order_by("-created_at", "-pk").first()


def return_to_sport_check(plan: PatientPlan) -> ReturnToSportCheck | None:
    """The check that completed the plan; the newest, if the plan was reopened and redone."""
    return plan.return_to_sport_checks.select_related("completed_by").first()


@dataclass(frozen=True)
class PlanOverview:
    """Everything "Mijn schema" shows about a plan on one day."""

    plan: PatientPlan
    today: datetime.date
    phases: tuple[TemplatePhase, ...]
    prescriptions: tuple[PlanPrescription, ...]
    phase_logs: tuple[SessionLog, ...]  # this phase's sessions, newest first
    criteria: ProgressionCriteria  # the current phase's
    decision: Decision
    load_advice: bool
    missing_morning: SessionLog | None  # the latest session still without next-morning pain
    grade: StrainGrade | None = None  # a strain's grade, with its recovery time

    @property
    def current_phase(self) -> TemplatePhase | None:
        return next((p for p in self.phases if p.number == self.plan.current_phase), None)

    @property
    def next_phase(self) -> TemplatePhase | None:
        return next((p for p in self.phases if p.number == self.plan.current_phase + 1), None)

    @property
    def today_log(self) -> SessionLog | None:
        return next((log for log in self.phase_logs if log.date == self.today), None)

    @property
    def is_last_phase(self) -> bool:
        return self.plan.current_phase == len(self.phases)

    @property
    def streak_percent(self) -> int:
        needed = self.criteria.qualifying_sessions
        return min(100, round(100 * self.decision.qualifying_streak / needed))


def plan_overview(plan: PatientPlan, *, today: datetime.date) -> PlanOverview:
    """Six queries whatever the number of logs; a strain plan adds one for its grade."""
    phases = tuple(TemplatePhase.objects.filter(template_id=plan.template_id).order_by("number"))
    prescriptions = tuple(
        plan.prescriptions.filter(phase=plan.current_phase).select_related("exercise")
    )
    # Dates after today cannot be logged; the filter keeps a clock set back (in a demo or a
    # test) from making the rule refuse its input.
    phase_logs = tuple(
        plan.logs.filter(
            phase=plan.current_phase, date__gte=plan.phase_started, date__lte=today
        ).order_by("-date")
    )
    recent = plan.logs.filter(date__lte=today).order_by("-date")[:2]
    criteria = plan.criteria
    decision = evaluate_progression(
        sessions=[log.as_result() for log in phase_logs],
        phase_started=min(plan.phase_started, today),
        today=today,
        criteria=criteria,
    )
    missing = next(
        (log for log in phase_logs if log.pain_next_morning is None and log.date < today), None
    )
    return PlanOverview(
        plan=plan,
        today=today,
        phases=phases,
        prescriptions=prescriptions,
        phase_logs=phase_logs,
        criteria=criteria,
        decision=decision,
        load_advice=needs_load_advice(
            sessions=[log.as_result() for log in recent], max_pain=plan.max_pain
        ),
        missing_morning=missing,
        grade=StrainGrade.objects.filter(grade=plan.grade).first() if plan.grade else None,
    )


@dataclass(frozen=True)
class PhaseHistory:
    phase: int
    name: str
    logs: tuple[SessionLog, ...]  # oldest first

    @property
    def newest_first(self) -> tuple[SessionLog, ...]:
        return self.logs[::-1]


@dataclass(frozen=True)
class PlanHistory:
    plan: PatientPlan
    phases: tuple[PhaseHistory, ...]
    transitions: tuple[PhaseTransition, ...]
    chart: PainChart
    log_count: int

    @property
    def summary(self) -> str:
        """The chart in words, for its <desc>."""
        chart = self.chart
        if chart.is_empty:
            return _("Nog geen sessies.")
        parts = [
            ngettext(
                "%(count)d sessie, op %(first)s.",
                "%(count)d sessies, van %(first)s tot en met %(last)s.",
                self.log_count,
            )
            % {
                "count": self.log_count,
                "first": date_format(chart.first_date, "j F Y"),
                "last": date_format(chart.last_date, "j F Y"),
            },
            _("De grens is %(limit)d.") % {"limit": chart.limit},
            _("De hoogste pijn tijdens het oefenen was %(pain)d.") % {"pain": chart.max_during},
        ]
        if chart.max_morning is None:
            parts.append(_("De pijn van de ochtend erna is nog niet ingevuld."))
        else:
            parts.append(
                _("De hoogste pijn de ochtend erna was %(pain)d.") % {"pain": chart.max_morning}
            )
        return " ".join(parts)


def plan_history(plan: PatientPlan) -> PlanHistory:
    """Four queries, whatever the number of logs: phases, logs, their entries, transitions."""
    names = dict(
        TemplatePhase.objects.filter(template_id=plan.template_id).values_list("number", "name")
    )
    logs = list(
        plan.logs.order_by("date").prefetch_related(
            Prefetch(
                "entries",
                queryset=ExerciseEntry.objects.select_related("exercise").order_by("pk"),
            )
        )
    )
    by_phase: dict[int, list[SessionLog]] = {}
    for log in logs:
        by_phase.setdefault(log.phase, []).append(log)
    transitions = tuple(plan.transitions.order_by("created_at", "pk"))
    chart = pain_chart(
        [
            ChartSession(
                date=log.date,
                phase=log.phase,
                pain_during=log.pain_during,
                pain_next_morning=log.pain_next_morning,
            )
            for log in logs
        ],
        limit=plan.max_pain,
    )
    return PlanHistory(
        plan=plan,
        phases=tuple(
            PhaseHistory(phase=number, name=names.get(number, ""), logs=tuple(by_phase[number]))
            for number in sorted(by_phase)
        ),
        transitions=transitions,
        chart=chart,
        log_count=len(logs),
    )
