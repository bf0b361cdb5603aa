"""Demo plans and logs for the demo accounts (run after create_demo_accounts).

Safe to run again: a demo patient who already has a plan is left alone. Dates are
relative to today, and everything goes through the services, as a real patient's would.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.management.commands.create_demo_accounts import DEMO_PASSWORD
from accounts.models import User
from rehab import clock
from rehab.models import OutcomeMeasurement, PatientPlan, PhaseTransition, PlanTemplate
from rehab.services import outcomes, phases, plans, reminders, sessions

PHYSIOTHERAPIST = "fysio@example.org"


@dataclass(frozen=True)
class Session:
    days_ago: int
    pain_during: int
    pain_next_morning: int | None


class Command(BaseCommand):
    help = "Create demo plans with two weeks of logs (safe to run again)."

    def handle(self, *args, **options) -> None:
        if not User.objects.filter(email=PHYSIOTHERAPIST).exists():
            call_command("create_demo_accounts", stdout=self.stdout)
        self.today = clock.today()
        physiotherapist = User.objects.get(email=PHYSIOTHERAPIST)
        pim = User.objects.get(email="patient@example.org")
        sanne = self._patient("sanne@example.org", "Sanne de Vries", physiotherapist)
        omar = self._patient("omar@example.org", "Omar Benali", physiotherapist)
        lotte = self._patient("lotte@example.org", "Lotte Jansen", physiotherapist)

        self._unless_planned(pim, self._on_track, physiotherapist)
        self._unless_planned(sanne, self._flagged_for_pain, physiotherapist)
        self._unless_planned(omar, self._waiting_for_approval, physiotherapist)
        self._unless_planned(lotte, self._training_too_little, physiotherapist)
        # Pim's private training calendar: the address is on his account page.
        calendar = reminders.settings_for(pim)

        self.stdout.write(f"Demo-patiënten (wachtwoord voor allemaal: {DEMO_PASSWORD}):")
        for user, story in [
            (pim, "fase 2, op schema: nog 1 sessie nodig; drie metingen (PSK, pijn, GPE)"),
            (sanne, "hamstringblessure graad 2, twee keer op rij te veel pijn"),
            (omar, "wacht op toestemming van de fysiotherapeut voor fase 3"),
            (lotte, "traint te weinig: 2 weken minder dan 2 sessies"),
        ]:
            self.stdout.write(f"  {user.email:<24} {story}")
        self.stdout.write(f"Fysiotherapeut van alle vier: {PHYSIOTHERAPIST}")
        feed = reverse("patient:calendar", kwargs={"feed_token": calendar.calendar_token})
        self.stdout.write(f"Oefenagenda van {pim.email}: {settings.SITE_URL}{feed}")

    def _patient(self, email: str, name: str, physiotherapist: User) -> User:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email,
                DEMO_PASSWORD,
                full_name=name,
                role=User.Role.PATIENT,
                physiotherapist=physiotherapist,
            )
        return user

    def _unless_planned(self, patient: User, build, physiotherapist: User) -> None:
        if PatientPlan.objects.filter(patient=patient).exists():
            return
        with transaction.atomic():
            build(patient, physiotherapist)

    def _day(self, days_ago: int) -> datetime.date:
        return self.today - datetime.timedelta(days=days_ago)

    def _log(self, plan: PatientPlan, story: list[Session]) -> None:
        """Log each session on its own day, and its next-morning pain the day after."""
        for session in story:
            date = self._day(session.days_ago)
            full = {p.pk: p.sets for p in plan.prescriptions.filter(phase=plan.current_phase)}
            log = sessions.log_session(
                plan=plan,
                date=date,
                pain_during=session.pain_during,
                sets_completed=full,
                today=date,
            )
            if session.pain_next_morning is not None:
                sessions.record_next_morning_pain(
                    log=log,
                    pain=session.pain_next_morning,
                    today=date + datetime.timedelta(days=1),
                )

    def _on_track(self, patient: User, physiotherapist: User) -> None:
        """Phase 1 done, 8 days into phase 2 with 2 qualifying sessions and one from yesterday."""
        plan = plans.copy_template(
            patient=patient,
            physiotherapist=physiotherapist,
            template=PlanTemplate.objects.get(slug="tendinopathie"),
            start_date=self._day(16),
        )
        # Three outcome measurements: at the start, at the phase change, and asked yesterday.
        self._measure(plan, 16, {1: "Traplopen", 2: "Lang zitten", 3: "Hardlopen"}, (7, 8, 9), 6)
        self._log(plan, [Session(15, 3, 2), Session(13, 3, 2), Session(11, 2, 1), Session(9, 2, 2)])
        moved = phases.advance_phase(
            plan_id=plan.pk, user=patient, expected_phase=1, today=self._day(8)
        )
        # The transition happened 8 days ago in the story; created_at says when it was written.
        _backdate(moved, self._day(8))
        plan.refresh_from_db()
        self._measure(plan, 8, {}, (5, 6, 8), 4, global_effect=3)
        # Yesterday's session still waits for this morning's score: the page asks for it.
        self._log(plan, [Session(6, 4, 3), Session(4, 3, 2), Session(1, 3, None)])
        outcomes.request_measurement(plan_id=plan.pk, physiotherapist=physiotherapist)
        self._measure(plan, 1, {}, (3, 5, 7), 3, global_effect=2)

    def _measure(
        self,
        plan: PatientPlan,
        days_ago: int,
        activities: dict[int, str],
        scores: tuple[int, ...],
        pain: int,
        global_effect: int | None = None,
    ) -> None:
        """Fill in the plan's open measurement as the patient would have, `days_ago` days ago."""
        measurement = plan.measurements.get(completed_on__isnull=True)
        day = self._day(days_ago)
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
        OutcomeMeasurement.objects.filter(pk=measurement.pk).update(requested_at=moment)
        outcomes.record_measurement(
            measurement_id=measurement.pk,
            patient=plan.patient,
            activities=activities,
            scores=dict(enumerate(scores, start=1)),
            pain=pain,
            global_effect=global_effect,
            today=day,
        )

    def _flagged_for_pain(self, patient: User, physiotherapist: User) -> None:
        """A grade 2 strain in phase 1 whose last two sessions went above the limit."""
        plan = plans.copy_template(
            patient=patient,
            physiotherapist=physiotherapist,
            template=PlanTemplate.objects.get(slug="hamstringblessure-graad-2"),
            start_date=self._day(12),
        )
        earlier = [Session(11, 2, 2), Session(9, 3, 3), Session(6, 4, 4), Session(4, 6, 5)]
        self._log(plan, [*earlier, Session(2, 7, 6)])

    def _waiting_for_approval(self, patient: User, physiotherapist: User) -> None:
        """Approval mode, phase 2: meets the rule and has asked the physiotherapist."""
        plan = plans.copy_template(
            patient=patient,
            physiotherapist=physiotherapist,
            template=PlanTemplate.objects.get(slug="tendinopathie"),
            start_date=self._day(12),
            start_phase=2,
            mode=PatientPlan.Mode.PHYSIO_APPROVES,
        )
        self._log(plan, [Session(11, 3, 2), Session(8, 2, 2), Session(5, 2, 1), Session(2, 1, 1)])
        phases.request_advance(plan_id=plan.pk, user=patient, expected_phase=2, today=self.today)

    def _training_too_little(self, patient: User, physiotherapist: User) -> None:
        """A month into phase 1 with one session in each of the last two whole weeks."""
        plan = plans.copy_template(
            patient=patient,
            physiotherapist=physiotherapist,
            template=PlanTemplate.objects.get(slug="tendinopathie"),
            start_date=self._day(30),
        )
        made = timezone.make_aware(datetime.datetime.combine(self._day(30), datetime.time(10)))
        PatientPlan.objects.filter(pk=plan.pk).update(created_at=made)
        monday = self._day(self.today.weekday())  # this week's
        days_ago = [(self.today - monday).days + back for back in (12, 4)]
        self._log(plan, [Session(25, 2, 1), Session(days_ago[0], 2, 2), Session(days_ago[1], 2, 1)])


def _backdate(transition: PhaseTransition, day: datetime.date) -> None:
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(19, 30)))
    PhaseTransition.objects.filter(pk=transition.pk).update(created_at=moment)
