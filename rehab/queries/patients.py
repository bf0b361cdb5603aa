"""Reads for the physiotherapist's pages, as QuerySet methods.

The patient list computes its flags in the database: one query for the page, one for
the count and one for the shown rows' last session and sessions per week
(`add_recent_sessions`), whether a physiotherapist has ten patients or a thousand with a
hundred thousand logs. Every log lookup is a correlated subquery that walks the index on
(plan, date) and stops after one or two rows.
"""

import datetime

from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    FilteredRelation,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from accounts.models import User

from ..models import LAST_PHASE, ConditionKind, OutcomeMeasurement, PatientPlan, SessionLog
from .adherence import LOW_SESSIONS, low_adherence_weeks, week_start

PAGE_SIZE = 25
# A patient with an active plan who has not logged a session for this many days is flagged.
QUIET_DAYS = 7
# A patient with an active plan and no completed outcome measurement for this many days
# (six weeks) is flagged: the physiotherapist can ask for one on the record.
UNMEASURED_DAYS = 42

_ACTIVE_FIRST = Case(When(status=PatientPlan.Status.ACTIVE, then=Value(0)), default=Value(1))


def plans_of(patient: User | OuterRef, *, user: User) -> QuerySet[PatientPlan]:
    """A patient's plans that `user` may see, the current one first: active, then newest."""
    return (
        PatientPlan.objects.for_user(user)
        .filter(patient=patient)
        .order_by(_ACTIVE_FIRST, "-created_at", "-pk")
    )


def _current_plan(patient: OuterRef, *, user: User) -> Q:
    """The join condition for the current plan that `user` may see of each patient.

    The subquery looks only at the patient's own plans (the index on patient), ranking this
    physiotherapist's plans first; the join then drops a plan that is not theirs. Filtering
    on the physiotherapist inside the subquery would let the database walk all of the
    physiotherapist's plans for every patient.
    """
    plans = PatientPlan.objects.filter(patient=patient)
    if user.is_superuser:
        ranked = plans.order_by(_ACTIVE_FIRST, "-created_at", "-pk")
        return Q(plans__pk=Subquery(ranked.values("pk")[:1]))
    theirs_first = Case(When(physiotherapist=user, then=Value(0)), default=Value(1))
    ranked = plans.order_by(theirs_first, _ACTIVE_FIRST, "-created_at", "-pk")
    return Q(plans__pk=Subquery(ranked.values("pk")[:1]), plans__physiotherapist=user)


class PatientQuerySet(QuerySet):
    """Patients (users with the patient role) as a physiotherapist sees them."""

    def of_physiotherapist(self, user: User) -> "PatientQuerySet":
        """The physiotherapist's own patients: created by them, or with a plan from them."""
        patients = self.filter(role=User.Role.PATIENT)
        if user.is_superuser:
            return patients
        if not (user.is_authenticated and user.is_physiotherapist):
            return self.none()
        # An uncorrelated IN: the database collects the patients once, not once per row.
        treated = PatientPlan.objects.filter(physiotherapist=user).values("patient_id")
        return patients.filter(Q(physiotherapist=user) | Q(pk__in=treated))

    def search(self, text: str) -> "PatientQuerySet":
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(full_name__icontains=text) | Q(email__icontains=text))

    def with_status(self, *, user: User, today: datetime.date) -> "PatientQuerySet":
        """Annotate the current plan, the last log, the sessions per week and the flags.

        - `flag_pain`: both of the last two sessions went above the plan's pain limit
          (during or the next morning), as in `rules.needs_load_advice`;
        - `flag_quiet`: an active plan without a log for `QUIET_DAYS` days;
        - `flag_waiting`: the patient meets the rule and asked for the next phase;
        - `flag_check`: a strain plan whose patient meets the rule in the last phase: it
          completes only with the return-to-sport checklist (`services.complete_return_to_sport`);
        - `flag_low_adherence`: an active plan, older than the last two whole weeks, with
          fewer than `LOW_SESSIONS` sessions in each of them (`queries.adherence`).
        - `flag_unmeasured`: an active plan without a completed outcome measurement for
          `UNMEASURED_DAYS` days (a plan younger than that is not flagged).
        """
        current = _current_plan(OuterRef("pk"), user=user)
        logs = SessionLog.objects.filter(plan=OuterRef("plan__pk"), date__lte=today).order_by(
            "-date"
        )
        worst = logs.annotate(
            worst=Greatest("pain_during", Coalesce("pain_next_morning", Value(0)))
        ).values("worst")
        active = Q(plan__status=PatientPlan.Status.ACTIVE)
        asked = active & Q(plan__advance_requested_at__isnull=False)
        at_check = Q(plan__condition=ConditionKind.STRAIN, plan__current_phase=LAST_PHASE)
        quiet_since = today - datetime.timedelta(days=QUIET_DAYS)
        before_last, last = low_adherence_weeks(today)
        this_week = week_start(today)
        unmeasured_since = today - datetime.timedelta(days=UNMEASURED_DAYS)
        measured = OutcomeMeasurement.objects.filter(
            plan=OuterRef("plan__pk"), completed_on__isnull=False
        ).order_by("-completed_on")
        # SQLite computes every selected column of every row before it sorts, and repeats a
        # subquery each time an expression names it: the pains are aliases (not selected)
        # used once each, and the quiet check names the last log once.
        return (
            self.annotate(plan=FilteredRelation("plans", condition=current))
            .annotate(
                plan_id=F("plan__pk"),
                plan_phase=F("plan__current_phase"),
                plan_status=F("plan__status"),
                plan_condition=F("plan__condition"),
                plan_grade=F("plan__grade"),
                plan_max_pain=F("plan__max_pain"),
            )
            .alias(
                pain_last=Subquery(worst[:1], output_field=IntegerField()),
                pain_before=Subquery(worst[1:2], output_field=IntegerField()),
                last_seen=Coalesce(Subquery(logs.values("date")[:1]), Value(datetime.date.min)),
                enough_last_week=_enough_sessions(last, this_week - ONE_DAY),
                enough_before_last=_enough_sessions(before_last, last - ONE_DAY),
                last_measured=Coalesce(
                    Subquery(measured.values("completed_on")[:1]), Value(datetime.date.min)
                ),
            )
            .annotate(
                # The last session first: when it was within the limit, the database never
                # looks up the one before (a Q with both keywords would sort them the other way).
                flag_pain=ExpressionWrapper(
                    active
                    & Q(pain_last__gt=F("plan__max_pain"))
                    & Q(pain_before__gt=F("plan__max_pain")),
                    output_field=BooleanField(),
                ),
                # A plan made less than QUIET_DAYS ago is not quiet yet, whatever its start date.
                flag_quiet=ExpressionWrapper(
                    active
                    & Q(plan__created_at__lt=_start_of(quiet_since + datetime.timedelta(days=1)))
                    & Q(last_seen__lte=quiet_since),
                    output_field=BooleanField(),
                ),
                flag_waiting=ExpressionWrapper(asked & ~at_check, output_field=BooleanField()),
                flag_check=ExpressionWrapper(asked & at_check, output_field=BooleanField()),
                flag_low_adherence=ExpressionWrapper(
                    active
                    & Q(plan__created_at__lt=_start_of(before_last))
                    & Q(enough_last_week__isnull=True)
                    & Q(enough_before_last__isnull=True),
                    output_field=BooleanField(),
                ),
                flag_unmeasured=ExpressionWrapper(
                    active
                    & Q(
                        plan__created_at__lt=_start_of(
                            unmeasured_since + datetime.timedelta(days=1)
                        )
                    )
                    & Q(last_measured__lte=unmeasured_since),
                    output_field=BooleanField(),
                ),
            )
        )

    def flagged_first(self) -> "PatientQuerySet":
        """Flagged patients first: too much pain, then waiting for approval, then ready for
        the return-to-sport check, then quiet, then training too little.

        A flag is NULL where its inputs are (no logs yet): PostgreSQL sorts NULL first in a
        descending order, SQLite last, so both are told to put it last.
        """
        return self.order_by(
            F("flag_pain").desc(nulls_last=True),
            F("flag_waiting").desc(nulls_last=True),
            F("flag_check").desc(nulls_last=True),
            F("flag_quiet").desc(nulls_last=True),
            F("flag_low_adherence").desc(nulls_last=True),
            F("flag_unmeasured").desc(nulls_last=True),
            "full_name",
            "email",
        )


def _enough_sessions(first: datetime.date, last: datetime.date) -> Subquery:
    """The date of the current plan's LOW_SESSIONS-th session from `first` to `last` (NULL
    when it had fewer): an index seek on (plan, date) that reads at most LOW_SESSIONS rows,
    cheaper than counting them."""
    dates = SessionLog.objects.filter(
        plan=OuterRef("plan__pk"), date__gte=first, date__lte=last
    ).order_by("date")
    return Subquery(dates.values("date")[LOW_SESSIONS - 1 : LOW_SESSIONS])


ONE_DAY = datetime.timedelta(days=1)


def _start_of(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_current_timezone())


def add_recent_sessions(rows: list[User], *, today: datetime.date) -> list[User]:
    """Set `last_log`, `sessions_this_week` and `sessions_last_week` on the rows of one page,
    in one query for the page: in the list's SQL they would cost subqueries for every
    patient of the physiotherapist, not only the 25 shown."""
    this_week = week_start(today)
    last = this_week - datetime.timedelta(weeks=1)
    plan_ids = [row.plan_id for row in rows if row.plan_id is not None]
    per_plan = (
        SessionLog.objects.filter(plan_id__in=plan_ids, date__lte=today)
        .order_by()
        .values("plan_id")
        .annotate(
            last_log=Max("date"),
            this_week=Count("pk", filter=Q(date__gte=this_week)),
            last_week=Count("pk", filter=Q(date__gte=last, date__lt=this_week)),
        )
    )
    found = {stats["plan_id"]: stats for stats in per_plan}
    for row in rows:
        stats = found.get(row.plan_id, {})
        row.last_log = stats.get("last_log")
        row.sessions_this_week = stats.get("this_week", 0)
        row.sessions_last_week = stats.get("last_week", 0)
    return rows


def patients() -> PatientQuerySet:
    return PatientQuerySet(User)
