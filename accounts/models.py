from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> "User":
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "User":
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)

    def get_by_natural_key(self, username: str) -> "User":
        # E-mail addresses are stored lower-case, so a login ignores case.
        return self.get(**{self.model.USERNAME_FIELD: username.lower()})


class User(AbstractBaseUser, PermissionsMixin):
    class Role(models.TextChoices):
        PATIENT = "patient", _("Patiënt")
        PHYSIOTHERAPIST = "physiotherapist", _("Fysiotherapeut")

    email = models.EmailField(_("e-mailadres"), unique=True)
    full_name = models.CharField(_("naam"), max_length=150)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, default=Role.PATIENT)
    is_staff = models.BooleanField(_("beheerder"), default=False)
    is_active = models.BooleanField(_("actief"), default=True)
    date_joined = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    # The physiotherapist who created this patient's account: the patient is theirs even
    # before a plan is assigned. Plans carry their own physiotherapist.
    physiotherapist = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="own_patients",
        limit_choices_to={"role": "physiotherapist"},
        verbose_name=_("fysiotherapeut"),
    )
    # Raised in the same transaction as any change to what this patient's "Mijn schema"
    # shows (rehab/patient/page_cache.py): the page is kept in memory per revision.
    plan_revision = models.PositiveIntegerField(
        _("revisie van het schema"), default=0, editable=False
    )

    # The language the user reads the site and their e-mails in; empty until they first
    # use the site signed in (hamstring_site/middleware.py, UserLanguageMiddleware).
    language = models.CharField(
        _("taal"), max_length=8, choices=settings.LANGUAGES, blank=True, default=""
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["full_name", "email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def is_physiotherapist(self) -> bool:
        return self.role == self.Role.PHYSIOTHERAPIST

    @property
    def is_patient(self) -> bool:
        return self.role == self.Role.PATIENT


class AuditEvent(models.Model):
    """Who did what to whose record, and when (NEN 7513-style access logging).

    Names are copied at the time of the event, so the trail still reads after an account
    is deleted.
    """

    class Action(models.TextChoices):
        PHASE_CHANGE = "phase_change", _("Fase gewijzigd")
        RECORD_VIEW = "record_view", _("Dossier bekeken")
        PLAN_CHANGE = "plan_change", _("Schema gewijzigd")
        DATA_EXPORT = "data_export", _("Gegevens gedownload")
        ACCOUNT_DELETE = "account_delete", _("Account verwijderd")

    created_at = models.DateTimeField(_("wanneer"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("wie")
    )
    actor_label = models.CharField(_("wie (naam)"), max_length=410)
    action = models.CharField(_("wat"), max_length=20, choices=Action.choices)
    subject = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("patiënt")
    )
    subject_label = models.CharField(_("patiënt (naam)"), max_length=410, blank=True)
    detail = models.TextField(_("details"), blank=True)

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("audittrail")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label}: {self.get_action_display()}"
