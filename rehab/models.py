"""Exercises, plan templates, patients' plans, session logs and phase transitions.

A template never changes when a plan changes: a plan holds its own copy of the
prescriptions (PlanPrescription) and of each phase's criteria (PlanPhase), made when the
plan is assigned.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .rules import (
    MAX_PAIN_LIMIT,
    MIN_DAYS_RANGE,
    QUALIFYING_SESSIONS_RANGE,
    ProgressionCriteria,
    SessionResult,
)

PHASES = (1, 2, 3, 4)
LAST_PHASE = PHASES[-1]
# A dosage field: (lowest, highest). The model's validators and the physiotherapist's
# form messages both read these.
DOSAGE_RANGES = {
    "sets": (1, 20),
    "repetitions": (1, 100),
    "hold_seconds": (1, 600),
    "pause_seconds": (0, 600),
    "tempo_up_seconds": (1, 30),
    "tempo_down_seconds": (1, 30),
    "rest_min_seconds": (0, 900),
    "rest_max_seconds": (0, 900),
}
pain_validators = [MinValueValidator(0), MaxValueValidator(10)]


def dosage_validators(field: str) -> list:
    """The bounds of a dosage field; zero needs no validator on a positive field."""
    low, high = DOSAGE_RANGES[field]
    return [MinValueValidator(low), MaxValueValidator(high)] if low else [MaxValueValidator(high)]


def _duration(low: int, high: int | None = None) -> str:
    """Rest in one unit: 120 → "2 min", (30, 60) → "30–60 s", (60, 120) → "1–2 min"."""
    values = [low] if not high or high == low else [low, high]
    if all(v % 60 == 0 for v in values):
        return _("%(n)s min") % {"n": "–".join(str(v // 60) for v in values)}
    return _("%(n)s s") % {"n": "–".join(str(v) for v in values)}


class ConditionKind(models.TextChoices):
    TENDINOPATHY = (
        "tendinopathy",
        _("Peesklachten bij het zitbot (proximale hamstringtendinopathie)"),
    )
    STRAIN = "strain", _("Hamstringblessure (acute verrekking of scheur)")


class Exercise(models.Model):
    class Kind(models.TextChoices):
        ISOMETRIC = "isometric", _("Vasthouden (isometrisch)")
        CONCENTRIC = "concentric", _("Aanspannen en korter worden (concentrisch)")
        ECCENTRIC = "eccentric", _("Afremmen en langer worden (excentrisch)")
        DYNAMIC = "dynamic", _("Springen en snel bewegen (dynamisch)")
        STRENGTH = "strength", _("Kracht en stevigheid van heup en romp (stabiliteit)")
        MOBILITY = "mobility", _("Rekken en soepel bewegen (mobiliteit)")
        RUNNING = "running", _("Wandelen, hardlopen en sprinten (loopopbouw)")

    slug = models.SlugField(_("korte naam"), unique=True)
    name = models.CharField(_("naam"), max_length=120)
    trains = models.CharField(_("wat het traint"), max_length=250)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    instructions = models.TextField(_("stappen"), help_text=_("Eén stap per regel."))
    common_mistakes = models.TextField(
        _("veelgemaakte fouten"), blank=True, help_text=_("Eén fout per regel.")
    )
    illustration = models.CharField(
        _("illustratie"),
        max_length=200,
        help_text=_("Pad onder static/, bijvoorbeeld svg/exercises/plank.svg."),
    )
    illustration_alt = models.CharField(_("tekst bij de illustratie"), max_length=300)
    compresses_tendon = models.BooleanField(
        _("drukt de pees tegen het zitbot"),
        default=False,
        help_text=_(
            "Heup gebogen met een gestrekte knie, zoals voorover rekken. Zo'n oefening hoort "
            "nooit bij het programma voor peesklachten bij het zitbot."
        ),
    )

    class Meta:
        verbose_name = _("oefening")
        verbose_name_plural = _("oefeningen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def steps(self) -> list[str]:
        return [line.strip() for line in self.instructions.splitlines() if line.strip()]

    @property
    def mistakes(self) -> list[str]:
        return [line.strip() for line in self.common_mistakes.splitlines() if line.strip()]


class PlanTemplate(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(_("naam"), max_length=150)
    condition = models.CharField(_("aandoening"), max_length=20, choices=ConditionKind.choices)
    grade = models.PositiveSmallIntegerField(
        _("graad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
        help_text=_("Alleen bij een hamstringblessure: de graad waarvoor dit schema is."),
    )
    description = models.TextField(_("beschrijving"), blank=True)

    class Meta:
        verbose_name = _("schema-sjabloon")
        verbose_name_plural = _("schema-sjablonen")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(condition="strain", grade__in=[1, 2, 3])
                | Q(condition="tendinopathy", grade__isnull=True),
                name="template_grade_only_for_strain",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class PhaseCriteria(models.Model):
    """When a patient may leave a phase, besides the plan's pain limit."""

    min_days = models.PositiveSmallIntegerField(
        _("minimaal aantal dagen in de fase"),
        default=7,
        validators=[MinValueValidator(MIN_DAYS_RANGE[0]), MaxValueValidator(MIN_DAYS_RANGE[1])],
    )
    qualifying_sessions = models.PositiveSmallIntegerField(
        _("sessies op rij nodig"),
        default=3,
        validators=[
            MinValueValidator(QUALIFYING_SESSIONS_RANGE[0]),
            MaxValueValidator(QUALIFYING_SESSIONS_RANGE[1]),
        ],
    )

    class Meta:
        abstract = True


class TemplatePhase(PhaseCriteria):
    template = models.ForeignKey(PlanTemplate, on_delete=models.CASCADE, related_name="phases")
    number = models.PositiveSmallIntegerField(
        _("fase"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    name = models.CharField(_("naam"), max_length=120)
    aim = models.TextField(_("doel"))

    class Meta:
        verbose_name = _("fase")
        verbose_name_plural = _("fasen")
        ordering = ["template", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["template", "number"], name="unique_phase_per_template"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.template} – fase {self.number}"


class Prescription(models.Model):
    """A dosage: sets × repetitions or hold time, tempo, rest and a note."""

    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, verbose_name=_("oefening"))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    sets = models.PositiveSmallIntegerField(_("sets"), validators=dosage_validators("sets"))
    repetitions = models.PositiveSmallIntegerField(
        _("herhalingen"),
        null=True,
        blank=True,
        validators=dosage_validators("repetitions"),
    )
    hold_seconds = models.PositiveSmallIntegerField(
        _("vasthouden (seconden)"),
        null=True,
        blank=True,
        validators=dosage_validators("hold_seconds"),
    )
    pause_seconds = models.PositiveSmallIntegerField(
        _("pauze tussen herhalingen (seconden)"),
        null=True,
        blank=True,
        validators=dosage_validators("pause_seconds"),
    )
    tempo_up_seconds = models.PositiveSmallIntegerField(
        _("tempo omhoog (seconden)"),
        null=True,
        blank=True,
        validators=dosage_validators("tempo_up_seconds"),
    )
    tempo_down_seconds = models.PositiveSmallIntegerField(
        _("tempo omlaag (seconden)"),
        null=True,
        blank=True,
        validators=dosage_validators("tempo_down_seconds"),
    )
    rest_min_seconds = models.PositiveSmallIntegerField(
        _("rust minimaal (seconden)"),
        null=True,
        blank=True,
        validators=dosage_validators("rest_min_seconds"),
    )
    rest_max_seconds = models.PositiveSmallIntegerField(
        _("rust maximaal (seconden)"),
        null=True,
        blank=True,
        validators=dosage_validators("rest_max_seconds"),
    )
    note = models.CharField(_("opmerking"), max_length=300, blank=True)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.exercise}: {self.dosage}"

    @property
    def rest_seconds(self) -> int:
        """The guided session's rest timer after a set: the longest prescribed rest (the
        patient may go on sooner), else the pause between holds."""
        return self.rest_max_seconds or self.rest_min_seconds or self.pause_seconds or 0

    @property
    def dosage(self) -> str:
        """The dosage in plain Dutch: "4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30–60 s"."""
        parts = []
        if self.hold_seconds:
            hold = _("%(sets)d × %(seconds)d seconden vasthouden") % {
                "sets": self.sets,
                "seconds": self.hold_seconds,
            }
            if self.pause_seconds:
                hold += _(", %(pause)d s pauze ertussen") % {"pause": self.pause_seconds}
            parts.append(hold)
        elif self.repetitions:
            parts.append(
                _("%(sets)d × %(reps)d herhalingen") % {"sets": self.sets, "reps": self.repetitions}
            )
        else:
            parts.append(_("%(sets)d sets") % {"sets": self.sets})
        if self.tempo_up_seconds and self.tempo_down_seconds:
            parts.append(
                _("%(up)d s omhoog, %(down)d s omlaag")
                % {"up": self.tempo_up_seconds, "down": self.tempo_down_seconds}
            )
        elif self.tempo_up_seconds:
            parts.append(_("elke herhaling ongeveer %(up)d s") % {"up": self.tempo_up_seconds})
        if self.rest_min_seconds:
            parts.append(
                _("%(rest)s rust")
                % {"rest": _duration(self.rest_min_seconds, self.rest_max_seconds)}
            )
        return " · ".join(parts)


class TemplatePrescription(Prescription):  # noqa: DJ008 (__str__ is inherited)
    phase = models.ForeignKey(TemplatePhase, on_delete=models.CASCADE, related_name="prescriptions")

    class Meta(Prescription.Meta):
        verbose_name = _("voorschrift in sjabloon")
        verbose_name_plural = _("voorschriften in sjabloon")


class PatientPlanQuerySet(models.QuerySet):
    def for_user(self, user) -> "PatientPlanQuerySet":
        """The plans this user may see: their own, or their patients'; everything for admins."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self
        if user.is_physiotherapist:
            return self.filter(physiotherapist=user)
        return self.filter(patient=user)


class PatientPlan(models.Model):
    class Mode(models.TextChoices):
        PATIENT_ADVANCES = "patient", _("De patiënt gaat zelf door als de regel het toestaat")
        PHYSIO_APPROVES = "approval", _("De patiënt vraagt, de fysiotherapeut keurt goed")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Actief")
        COMPLETED = "completed", _("Afgerond")
        STOPPED = "stopped", _("Gestopt")

    patient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="plans",
        verbose_name=_("patiënt"),
    )
    physiotherapist = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="patient_plans",
        verbose_name=_("fysiotherapeut"),
    )
    template = models.ForeignKey(PlanTemplate, on_delete=models.PROTECT, verbose_name=_("sjabloon"))
    condition = models.CharField(_("aandoening"), max_length=20, choices=ConditionKind.choices)
    grade = models.PositiveSmallIntegerField(
        _("graad"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    current_phase = models.PositiveSmallIntegerField(
        _("huidige fase"), default=1, validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    phase_started = models.DateField(_("fase begonnen op"))
    max_pain = models.PositiveSmallIntegerField(
        _("maximale pijn"),
        default=MAX_PAIN_LIMIT,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_PAIN_LIMIT)],
    )
    mode = models.CharField(
        _("doorgaan"), max_length=10, choices=Mode.choices, default=Mode.PATIENT_ADVANCES
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    advance_requested_at = models.DateTimeField(_("doorgaan gevraagd op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PatientPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("schema van een patiënt")
        verbose_name_plural = _("schema's van patiënten")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(max_pain__lte=4), name="plan_max_pain_at_most_4"),
            models.CheckConstraint(
                condition=Q(current_phase__gte=1, current_phase__lte=4), name="plan_phase_1_to_4"
            ),
            models.CheckConstraint(
                condition=Q(condition="strain", grade__in=[1, 2, 3])
                | Q(condition="tendinopathy", grade__isnull=True),
                name="plan_grade_only_for_strain",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.patient} – {self.template}"

    @property
    def current_phase_criteria(self) -> "PlanPhase":
        # Through .all(), so that a prefetch of the phases serves it without a query.
        phase = next((p for p in self.phases.all() if p.number == self.current_phase), None)
        if phase is None:
            raise PlanPhase.DoesNotExist(
                f"Plan {self.pk} has no criteria for phase {self.current_phase}."
            )
        return phase

    @property
    def criteria(self) -> ProgressionCriteria:
        """The rule's criteria for the current phase: its own, with the plan's pain limit."""
        phase = self.current_phase_criteria
        return ProgressionCriteria(
            max_pain=self.max_pain,
            qualifying_sessions=phase.qualifying_sessions,
            min_days_in_phase=phase.min_days,
        )

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_completed(self) -> bool:
        return self.status == self.Status.COMPLETED

    @property
    def is_stopped(self) -> bool:
        return self.status == self.Status.STOPPED

    @property
    def is_strain(self) -> bool:
        return self.condition == ConditionKind.STRAIN

    @property
    def needs_approval(self) -> bool:
        """In approval mode the patient asks and the physiotherapist decides."""
        return self.mode == self.Mode.PHYSIO_APPROVES

    @property
    def in_last_phase(self) -> bool:
        return self.current_phase == LAST_PHASE

    @property
    def needs_return_to_sport_check(self) -> bool:
        """A strain plan in its last phase completes only with the return-to-sport checklist
        (van der Horst et al., Br J Sports Med 2017), never by the pain rule alone. The
        patient list asks the same in SQL (`queries.patients`, `at_check`)."""
        return self.is_strain and self.in_last_phase


class PlanPhase(PhaseCriteria):
    """A plan's own copy of one template phase's criteria; the physiotherapist may adjust it."""

    plan = models.ForeignKey(PatientPlan, on_delete=models.CASCADE, related_name="phases")
    number = models.PositiveSmallIntegerField(
        _("fase"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )

    class Meta:
        verbose_name = _("fase in schema")
        verbose_name_plural = _("fasen in schema")
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_phase_per_plan"),
        ]

    def __str__(self) -> str:
        return f"{self.plan} – fase {self.number}"


class PlanPrescription(Prescription):  # noqa: DJ008 (__str__ is inherited)
    plan = models.ForeignKey(PatientPlan, on_delete=models.CASCADE, related_name="prescriptions")
    phase = models.PositiveSmallIntegerField(
        _("fase"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )

    class Meta(Prescription.Meta):
        verbose_name = _("voorschrift in schema")
        verbose_name_plural = _("voorschriften in schema")
        ordering = ["phase", "order", "pk"]


class SessionLogQuerySet(models.QuerySet):
    def for_user(self, user) -> "SessionLogQuerySet":
        return self.filter(plan__in=PatientPlan.objects.for_user(user))


class SessionLog(models.Model):
    """One training session; one per plan per date (logging a date again edits it)."""

    plan = models.ForeignKey(PatientPlan, on_delete=models.CASCADE, related_name="logs")
    phase = models.PositiveSmallIntegerField(
        _("fase"), validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    date = models.DateField(_("datum"))
    pain_during = models.PositiveSmallIntegerField(
        _("pijn tijdens het oefenen"), validators=pain_validators
    )
    pain_next_morning = models.PositiveSmallIntegerField(
        _("pijn de ochtend erna"), null=True, blank=True, validators=pain_validators
    )
    # Stored, not derived from the entries on every read: the verdict needs it for every
    # session of a phase, and the prescription may change after the session was logged.
    all_sets_completed = models.BooleanField(_("alle sets afgemaakt"))
    note = models.TextField(_("opmerking"), blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SessionLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("oefensessie")
        verbose_name_plural = _("oefensessies")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "date"], name="one_log_per_plan_per_date"),
            models.CheckConstraint(
                condition=Q(pain_during__lte=10), name="log_pain_during_0_to_10"
            ),
            models.CheckConstraint(
                condition=Q(pain_next_morning__lte=10), name="log_pain_morning_0_to_10"
            ),
        ]
        indexes = [
            models.Index(fields=["plan", "phase", "date"]),
            # The patient list's pain flag reads the pains of each plan's last two sessions
            # from this index alone, without visiting the table (`queries.patients`).
            models.Index(
                fields=["plan", "date", "pain_during", "pain_next_morning"],
                name="log_plan_date_pains",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} – {self.date}"

    def as_result(self) -> SessionResult:
        return SessionResult(
            date=self.date,
            all_sets_completed=self.all_sets_completed,
            pain_during=self.pain_during,
            pain_next_morning=self.pain_next_morning,
        )


class ExerciseEntry(models.Model):
    """How many sets of one prescribed exercise were done in a session."""

    session = models.ForeignKey(SessionLog, on_delete=models.CASCADE, related_name="entries")
    prescription = models.ForeignKey(
        PlanPrescription, on_delete=models.SET_NULL, null=True, blank=True
    )
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT)
    sets_prescribed = models.PositiveSmallIntegerField(_("sets voorgeschreven"))
    sets_completed = models.PositiveSmallIntegerField(_("sets gedaan"))

    class Meta:
        verbose_name = _("oefening in sessie")
        verbose_name_plural = _("oefeningen in sessie")
        constraints = [
            models.CheckConstraint(
                condition=Q(sets_completed__lte=models.F("sets_prescribed")),
                name="entry_sets_at_most_prescribed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exercise}: {self.sets_completed}/{self.sets_prescribed}"


class PhaseTransition(models.Model):
    class Kind(models.TextChoices):
        ADVANCE = "advance", _("Door naar de volgende fase (regel)")
        REQUEST = "request", _("Gevraagd om door te gaan")
        APPROVE = "approve", _("Goedgekeurd door de fysiotherapeut")
        OVERRIDE_FORWARD = "forward", _("Vooruit gezet door de fysiotherapeut")
        STEP_BACK = "back", _("Terug gezet door de fysiotherapeut")
        COMPLETE = "complete", _("Schema afgerond")

    plan = models.ForeignKey(PatientPlan, on_delete=models.CASCADE, related_name="transitions")
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    from_phase = models.PositiveSmallIntegerField(_("van fase"))
    to_phase = models.PositiveSmallIntegerField(_("naar fase"))
    created_at = models.DateTimeField(_("wanneer"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, verbose_name=_("door")
    )
    reasons = models.TextField(_("waarom"))

    class Meta:
        verbose_name = _("faseovergang")
        verbose_name_plural = _("faseovergangen")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.plan}: {self.from_phase} → {self.to_phase}"

    @property
    def reason_lines(self) -> list[str]:
        return [line for line in self.reasons.splitlines() if line.strip()]


# The return-to-sport criteria of van der Horst et al., Br J Sports Med 2017 (a worldwide
# Delphi consensus on hamstring injuries), in the patient's words, plain word first. A strain
# plan completes only when every one of them is met. Field name: (label, explanation).
RETURN_TO_SPORT_ITEMS = {
    "no_pain_on_palpation": (
        _("Geen pijn bij drukken op de spier (palpatie)"),
        _("De fysiotherapeut drukt op de plek van de blessure: dat doet geen pijn."),
    ),
    "no_pain_in_strength_and_flexibility_tests": (
        _("Geen pijn bij de kracht- en lenigheidstesten"),
        _("Aanspannen tegen weerstand en rekken van de hamstring doen geen pijn."),
    ),
    "no_pain_in_functional_tests": (
        _("Geen pijn tijdens en na de bewegingstesten (functionele testen)"),
        _("Zoals sprinten, afremmen en draaien: geen pijn tijdens de test, en ook niet erna."),
    ),
    "flexibility_like_other_side": (
        _("Het been is bijna even lenig als het andere been (flexibiliteit)"),
        _("De hamstring rekt ongeveer even ver als aan de andere kant."),
    ),
    "field_test_passed": (
        _("De test op het veld gaat goed (sportspecifieke test)"),
        _("Wat de eigen sport vraagt, op het veld of de baan, lukt goed."),
    ),
    "psychologically_ready": (
        _("Vertrouwen in het been: klaar om weer te sporten (mentaal klaar)"),
        _("Geen angst om het been weer vol te belasten."),
    ),
    "shared_decision": (
        _("Samen besloten (gedeelde besluitvorming)"),
        _(
            "De patiënt en de fysiotherapeut besluiten samen; waar nodig ook de trainer, coach "
            "of (sport)arts."
        ),
    ),
}


class ReturnToSportCheck(models.Model):
    """The return-to-sport checklist that completes a strain plan: every item was met.

    A plan reopened by its physiotherapist and completed again gets a second check; the
    newest one is the one that counts.
    """

    plan = models.ForeignKey(
        PatientPlan, on_delete=models.CASCADE, related_name="return_to_sport_checks"
    )
    no_pain_on_palpation = models.BooleanField(RETURN_TO_SPORT_ITEMS["no_pain_on_palpation"][0])
    no_pain_in_strength_and_flexibility_tests = models.BooleanField(
        RETURN_TO_SPORT_ITEMS["no_pain_in_strength_and_flexibility_tests"][0]
    )
    no_pain_in_functional_tests = models.BooleanField(
        RETURN_TO_SPORT_ITEMS["no_pain_in_functional_tests"][0]
    )
    flexibility_like_other_side = models.BooleanField(
        RETURN_TO_SPORT_ITEMS["flexibility_like_other_side"][0]
    )
    field_test_passed = models.BooleanField(RETURN_TO_SPORT_ITEMS["field_test_passed"][0])
    psychologically_ready = models.BooleanField(RETURN_TO_SPORT_ITEMS["psychologically_ready"][0])
    shared_decision = models.BooleanField(RETURN_TO_SPORT_ITEMS["shared_decision"][0])
    note = models.TextField(_("opmerking"), blank=True, max_length=1000)
    completed_at = models.DateTimeField(_("wanneer"), auto_now_add=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("door"),
    )

    class Meta:
        verbose_name = _("terugkeer-naar-sportcheck")
        verbose_name_plural = _("terugkeer-naar-sportchecks")
        ordering = ["-completed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(**{name: True for name in RETURN_TO_SPORT_ITEMS}),
                name="return_to_sport_every_item_met",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} – {self.completed_at:%Y-%m-%d}"

    @property
    def items(self) -> list[str]:
        """The labels of the items met, in the checklist's order."""
        return [
            str(label)
            for name, (label, _explanation) in RETURN_TO_SPORT_ITEMS.items()
            if getattr(self, name)
        ]


# The daily loop: reminders by e-mail and the training calendar.

# Monday is 0, as in datetime.date.weekday(). Three days a week by default: the programme
# asks for 3–4 sessions a week, with a day of rest between.
DEFAULT_TRAINING_DAYS = "0,2,4"
WEEKDAYS = (
    (0, _("maandag")),
    (1, _("dinsdag")),
    (2, _("woensdag")),
    (3, _("donderdag")),
    (4, _("vrijdag")),
    (5, _("zaterdag")),
    (6, _("zondag")),
)


class ReminderSettings(models.Model):
    """A person's choices for the reminders, and the secret of their calendar feed.

    A person without a row gets the defaults (every kind on, 08:00, three days a week).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_settings"
    )
    morning = models.BooleanField(_("herinnering voor de pijn van de ochtend erna"), default=True)
    training = models.BooleanField(_("herinnering op een oefendag"), default=True)
    digest = models.BooleanField(
        _("dagelijks overzicht van patiënten met een melding"), default=True
    )
    remind_at = models.TimeField(_("tijdstip"), default=datetime.time(8, 0))
    training_days = models.CharField(_("oefendagen"), max_length=13, default=DEFAULT_TRAINING_DAYS)
    calendar_token = models.CharField(_("geheime code van de agenda"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("herinneringsinstelling")
        verbose_name_plural = _("herinneringsinstellingen")

    def __str__(self) -> str:
        return str(self.user)

    @property
    def weekdays(self) -> list[int]:
        return sorted({int(day) for day in self.training_days.split(",") if day.strip().isdigit()})

    def wants(self, kind: str) -> bool:
        return bool(getattr(self, kind))


class Reminder(models.Model):
    """One reminder for one person, of one kind, on one day: claimed, then sent once.

    The row is made before the mail is sent (insert-or-skip on the unique constraint) and
    locked while it is sent; `sent_at` is set only after the mail server accepted it.
    """

    class Kind(models.TextChoices):
        MORNING = "morning", _("Pijn van de ochtend erna")
        TRAINING = "training", _("Oefendag")
        DIGEST = "digest", _("Overzicht voor de fysiotherapeut")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    day = models.DateField(_("dag"))
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        ordering = ["-day", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "day"], name="one_reminder_per_person_kind_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.kind} – {self.day}"


# Outcome measures over the whole plan (KNGF): the Patiënt Specifieke Klachten (PSK), the
# pain on a 0–10 numeric rating scale (NPRS) and the Global Perceived Effect (GPE).
PSK_MAX_ACTIVITIES = 3
PSK_ACTIVITY_MAX_LENGTH = 100


class GlobalEffect(models.IntegerChoices):
    """The 7-point Global Perceived Effect: how the complaint is now, against the start."""

    RECOVERED = 1, _("Helemaal hersteld")
    MUCH_BETTER = 2, _("Veel beter")
    A_LITTLE_BETTER = 3, _("Een beetje beter")
    UNCHANGED = 4, _("Niet veranderd")
    A_LITTLE_WORSE = 5, _("Een beetje slechter")
    MUCH_WORSE = 6, _("Veel slechter")
    WORSE_THAN_EVER = 7, _("Slechter dan ooit")


class OutcomeMeasurementQuerySet(models.QuerySet):
    def for_user(self, user) -> "OutcomeMeasurementQuerySet":
        return self.filter(plan__in=PatientPlan.objects.for_user(user))

    def open(self) -> "OutcomeMeasurementQuerySet":
        return self.filter(completed_on__isnull=True)

    def completed(self) -> "OutcomeMeasurementQuerySet":
        return self.filter(completed_on__isnull=False)


class OutcomeMeasurement(models.Model):
    """One moment the measures are asked: open until the patient fills it in.

    A plan has at most one open measurement: a new moment while one is open adds nothing,
    so the patient never faces a pile of forms.
    """

    class Moment(models.TextChoices):
        START = "start", _("Begin van het schema")
        PHASE_CHANGE = "phase", _("Faseovergang")
        COMPLETION = "complete", _("Schema afgerond")
        ON_REQUEST = "request", _("Gevraagd door de fysiotherapeut")

    plan = models.ForeignKey(PatientPlan, on_delete=models.CASCADE, related_name="measurements")
    moment = models.CharField(_("moment"), max_length=10, choices=Moment.choices)
    closes_phase = models.PositiveSmallIntegerField(
        _("sluit fase af"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text=_("De fase die bij een faseovergang of de afronding eindigde."),
    )
    requested_at = models.DateTimeField(_("gevraagd op"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gevraagd door"),
    )
    completed_on = models.DateField(_("ingevuld op"), null=True, blank=True)
    pain = models.PositiveSmallIntegerField(
        _("pijn (0–10)"), null=True, blank=True, validators=pain_validators
    )
    global_effect = models.PositiveSmallIntegerField(
        _("ervaren effect (GPE)"), null=True, blank=True, choices=GlobalEffect.choices
    )

    objects = OutcomeMeasurementQuerySet.as_manager()

    class Meta:
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")
        ordering = ["requested_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(pain__lte=10), name="measurement_pain_0_to_10"),
            models.CheckConstraint(
                condition=Q(global_effect__gte=1, global_effect__lte=7),
                name="measurement_gpe_1_to_7",
            ),
            models.UniqueConstraint(
                fields=["plan"],
                condition=Q(completed_on__isnull=True),
                name="one_open_measurement_per_plan",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} – {self.get_moment_display()}"

    @property
    def is_open(self) -> bool:
        return self.completed_on is None


class PskActivity(models.Model):
    """One of the (at most three) activities the patient chose at the first measurement."""

    plan = models.ForeignKey(PatientPlan, on_delete=models.CASCADE, related_name="psk_activities")
    position = models.PositiveSmallIntegerField(
        _("volgorde"), validators=[MinValueValidator(1), MaxValueValidator(PSK_MAX_ACTIVITIES)]
    )
    name = models.CharField(_("activiteit"), max_length=PSK_ACTIVITY_MAX_LENGTH)

    class Meta:
        verbose_name = _("PSK-activiteit")
        verbose_name_plural = _("PSK-activiteiten")
        ordering = ["plan", "position"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "position"], name="one_psk_activity_per_place"),
            models.CheckConstraint(
                condition=Q(position__gte=1, position__lte=PSK_MAX_ACTIVITIES),
                name="psk_at_most_three_activities",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class PskScore(models.Model):
    """How hard one activity was at one measurement: 0 = no trouble, 10 = impossible."""

    measurement = models.ForeignKey(
        OutcomeMeasurement, on_delete=models.CASCADE, related_name="psk_scores"
    )
    activity = models.ForeignKey(PskActivity, on_delete=models.CASCADE, related_name="scores")
    score = models.PositiveSmallIntegerField(_("score"), validators=pain_validators)

    class Meta:
        verbose_name = _("PSK-score")
        verbose_name_plural = _("PSK-scores")
        ordering = ["activity__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["measurement", "activity"], name="one_psk_score_per_activity"
            ),
            models.CheckConstraint(condition=Q(score__lte=10), name="psk_score_0_to_10"),
        ]

    def __str__(self) -> str:
        return f"{self.activity}: {self.score}"

    @property
    def plan_id(self) -> int:
        # For the page cache's signal: a score belongs to its measurement's plan.
        return self.activity.plan_id
