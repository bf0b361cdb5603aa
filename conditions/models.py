"""Condition content: every piece a patient reads is a row an editor can change in the admin."""

import functools
import operator

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .warning_sign_labels import SIGN_CHOICES, URGENCY_CHOICES, css_modifier
from .warning_signs import Sign, Urgency

# A grade-3 strain heals in months; below this many weeks a range reads better in weeks.
WEEKS_PER_MONTH = 52 / 12
MONTHS_FROM_WEEKS = 13
# A DOI: "10.", a registrant code of digits (with dots), a slash, then any suffix.
DOI_PATTERN = r"^10\.\d{4,9}(\.\d+)*/\S+$"


class ReferenceQuerySet(models.QuerySet):
    def with_citations(self) -> "ReferenceQuerySet":
        """Each reference with the sections and treatments that cite it."""
        return self.prefetch_related(
            Prefetch("sections", queryset=Section.objects.select_related("condition")),
            Prefetch("treatments", queryset=Treatment.objects.select_related("condition")),
        )


class Reference(models.Model):
    key = models.SlugField(
        _("kenmerk"),
        unique=True,
        help_text=_("Korte, vaste naam voor de link naar deze bron, bijv. lempainen-2009."),
    )
    authors = models.CharField(_("auteurs"), max_length=200)
    title = models.CharField(_("titel"), max_length=300, blank=True)
    journal = models.CharField(_("tijdschrift"), max_length=200)
    year = models.PositiveSmallIntegerField(_("jaar"))
    doi = models.CharField(
        _("DOI"),
        max_length=200,
        blank=True,
        validators=[
            RegexValidator(DOI_PATTERN, _("Een DOI begint met 10., bijv. 10.2519/jospt.2016.5986."))
        ],
        help_text=_(
            "Alleen een DOI die je op PubMed of de site van het tijdschrift hebt gezien. "
            "Zonder https://doi.org/ ervoor."
        ),
    )
    url = models.URLField(
        _("link"),
        max_length=300,
        blank=True,
        help_text=_("Als er geen DOI is: een link naar PubMed of het tijdschrift."),
    )

    objects = ReferenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")
        ordering = ["authors", "year"]

    def __str__(self) -> str:
        return f"{self.authors} {self.journal} {self.year}"

    def get_absolute_url(self) -> str:
        return f"{reverse('references')}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"bron-{self.key}"

    @property
    def link(self) -> str:
        """Where a reader finds the publication: its DOI, else the link an editor gave."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


class ReviewDates(models.Model):
    """When a text was last checked and when it will be checked next."""

    last_checked = models.DateField(_("laatst gecontroleerd"))
    next_review = models.DateField(_("volgende controle"))

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=models.Q(next_review__gt=models.F("last_checked")),
                name="%(class)s_review_after_check",
                violation_error_message=_("De volgende controle moet na de laatste liggen."),
            )
        ]


class ConditionQuerySet(models.QuerySet):
    def with_page_content(self) -> "ConditionQuerySet":
        """Everything a condition page shows, in a fixed number of queries."""
        return self.prefetch_related(
            Prefetch("sections", queryset=Section.objects.prefetch_related("references")),
            Prefetch("treatments", queryset=Treatment.objects.prefetch_related("references")),
            "grades",
            "warning_signs",
        )

    def with_treatments(self) -> "ConditionQuerySet":
        return self.prefetch_related(
            Prefetch("treatments", queryset=Treatment.objects.prefetch_related("references"))
        )


class Condition(ReviewDates):
    name = models.CharField(
        _("medische naam"), max_length=120, help_text=_("Bijv. proximale hamstringtendinopathie.")
    )
    plain_name = models.CharField(
        _("gewone naam"), max_length=120, help_text=_("Zoals een patiënt het zegt.")
    )
    slug = models.SlugField(_("adres (slug)"), unique=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    summary = models.TextField(_("samenvatting"), help_text=_("Twee of drie korte zinnen."))
    # The comparison page sets these side by side, one row per field.
    onset = models.CharField(_("begin"), max_length=200)
    pain_place = models.CharField(_("plek van de pijn"), max_length=200)
    typical_moment = models.CharField(_("typisch moment"), max_length=200)
    cause = models.CharField(_("oorzaak"), max_length=200)
    recovery = models.CharField(_("herstel"), max_length=200)

    objects = ConditionQuerySet.as_manager()

    COMPARISON_FIELDS = ("onset", "pain_place", "typical_moment", "cause", "recovery")

    class Meta(ReviewDates.Meta):
        verbose_name = _("aandoening")
        verbose_name_plural = _("aandoeningen")
        ordering = ["order", "plain_name"]

    def __str__(self) -> str:
        return self.plain_name

    def get_absolute_url(self) -> str:
        return reverse("condition", kwargs={"slug": self.slug})

    @property
    def warning_signs_anchor(self) -> str:
        """The anchor of the section that shows the warning signs ("" if none does)."""
        for section in self.sections.all():
            if section.extra == Section.Extra.WARNING_SIGNS:
                return section.anchor
        return ""


class ContentReview(ReviewDates):
    """Who is responsible for the site's text, and when it was and will be checked.

    One row. A condition page shows its own dates (`Condition.last_checked`); every other
    content page shows these. The responsible party is the same on every page.
    """

    responsible = models.CharField(
        _("verantwoordelijk voor de tekst"),
        max_length=200,
        default="Redactie Hamstring",
        help_text=_(
            "Een rol of organisatie, zoals de redactie. Noem alleen een persoon die de tekst "
            "echt heeft gecontroleerd."
        ),
    )

    class Meta(ReviewDates.Meta):
        verbose_name = _("controle van de tekst")
        verbose_name_plural = _("controle van de tekst")

    def __str__(self) -> str:
        return str(self.responsible)

    @classmethod
    def current(cls) -> "ContentReview | None":
        return cls.objects.order_by("pk").first()


def comparison_rows(conditions) -> list[tuple[str, list[tuple[Condition, str]]]]:
    """One row per comparison field: its label, and (condition, value) for each condition."""
    return [
        (
            Condition._meta.get_field(field).verbose_name,
            [(condition, getattr(condition, field)) for condition in conditions],
        )
        for field in Condition.COMPARISON_FIELDS
    ]


class StrainGrade(models.Model):
    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="grades", verbose_name=_("aandoening")
    )
    grade = models.PositiveSmallIntegerField(_("graad"), choices=[(1, 1), (2, 2), (3, 3)])
    label = models.CharField(_("naam"), max_length=40, help_text=_("Bijv. mild, matig, ernstig."))
    what_you_feel = models.TextField(_("wat je voelt"))
    what_you_can_do = models.TextField(_("wat je nog kunt"))
    recovery_min_weeks = models.PositiveSmallIntegerField(_("herstel minimaal (weken)"))
    recovery_max_weeks = models.PositiveSmallIntegerField(_("herstel maximaal (weken)"))

    class Meta:
        verbose_name = _("graad van een blessure")
        verbose_name_plural = _("graden van een blessure")
        ordering = ["condition", "grade"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "grade"], name="unique_grade"),
            models.CheckConstraint(
                condition=models.Q(grade__gte=1, grade__lte=3), name="grade_1_to_3"
            ),
            models.CheckConstraint(
                condition=models.Q(recovery_min_weeks__lte=models.F("recovery_max_weeks")),
                name="grade_recovery_range",
                violation_error_message=_("Het minimum mag niet groter zijn dan het maximum."),
            ),
        ]

    def __str__(self) -> str:
        return gettext("Graad %(grade)s (%(label)s)") % {"grade": self.grade, "label": self.label}

    @property
    def recovery_display(self) -> str:
        """'2 tot 3 weken', or in months for long ranges: 13–26 weeks is '3 tot 6 maanden'."""
        low, high = self.recovery_min_weeks, self.recovery_max_weeks
        if low >= MONTHS_FROM_WEEKS:
            low, high = round(low / WEEKS_PER_MONTH), round(high / WEEKS_PER_MONTH)
            unit = ngettext("maand", "maanden", high)
        else:
            unit = ngettext("week", "weken", high)
        if low == high:
            return f"{high} {unit}"
        return gettext("%(low)s tot %(high)s %(unit)s") % {"low": low, "high": high, "unit": unit}


class Section(models.Model):
    class Extra(models.TextChoices):
        NONE = "", _("niets")
        GRADES = "grades", _("de tabel met graden")
        TREATMENTS = "treatments", _("de behandelingen")
        WARNING_SIGNS = "warning_signs", _("de waarschuwingssignalen")

    condition = models.ForeignKey(
        Condition, on_delete=models.CASCADE, related_name="sections", verbose_name=_("aandoening")
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    heading = models.CharField(
        _("kop"), max_length=200, help_text=_("Een vraag die een patiënt stelt.")
    )
    anchor = models.SlugField(
        _("anker"), help_text=_("Het deel na # in het adres, bijv. wat-is-het.")
    )
    body = models.TextField(
        _("tekst"),
        blank=True,
        help_text=_("Markdown. Gebruik ### voor een tussenkop; # en ## zijn voor de pagina zelf."),
    )
    extra = models.CharField(
        _("toon hierna"), max_length=20, choices=Extra.choices, default=Extra.NONE, blank=True
    )
    references = models.ManyToManyField(
        Reference, blank=True, related_name="sections", verbose_name=_("bronnen")
    )

    class Meta:
        verbose_name = _("deel van een pagina")
        verbose_name_plural = _("delen van een pagina")
        ordering = ["condition", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "anchor"], name="unique_section_anchor")
        ]

    def __str__(self) -> str:
        return self.heading

    def get_absolute_url(self) -> str:
        return f"{self.condition.get_absolute_url()}#{self.anchor}"


class Treatment(models.Model):
    condition = models.ForeignKey(
        Condition,
        on_delete=models.CASCADE,
        related_name="treatments",
        verbose_name=_("aandoening"),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    name = models.CharField(_("naam"), max_length=120)
    anchor = models.SlugField(_("anker"))
    what_it_is = models.TextField(_("wat het is"))
    how_it_works = models.TextField(_("hoe het werkt"))
    sessions = models.CharField(_("hoe vaak"), max_length=200)
    effect_expected = models.CharField(_("wanneer je effect kunt verwachten"), max_length=200)
    evidence = models.TextField(_("wat onderzoek zegt"), blank=True)
    references = models.ManyToManyField(
        Reference, blank=True, related_name="treatments", verbose_name=_("bronnen")
    )

    class Meta:
        verbose_name = _("behandeling")
        verbose_name_plural = _("behandelingen")
        ordering = ["condition", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "anchor"], name="unique_treatment_anchor")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{self.condition.get_absolute_url()}#{self.page_anchor}"

    @property
    def page_anchor(self) -> str:
        # Treatments share the condition page with its sections: a prefix keeps ids apart.
        return f"behandeling-{self.anchor}"


class FAQQuerySet(models.QuerySet):
    def for_page(self) -> "FAQQuerySet":
        """General questions first, then per condition: ready for {% regroup %}."""
        return self.select_related("condition").order_by(
            models.F("condition__order").asc(nulls_first=True), "condition_id", "order", "pk"
        )


class FAQ(models.Model):
    condition = models.ForeignKey(
        Condition,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="faqs",
        verbose_name=_("aandoening"),
        help_text=_("Leeg laten voor een algemene vraag."),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    question = models.CharField(_("vraag"), max_length=200)
    answer = models.TextField(_("antwoord"), help_text=_("Markdown."))

    objects = FAQQuerySet.as_manager()

    class Meta:
        verbose_name = _("veelgestelde vraag")
        verbose_name_plural = _("veelgestelde vragen")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.question

    @property
    def anchor(self) -> str:
        return f"vraag-{self.pk}"


class WarningSign(models.Model):
    """A warning-sign card: the wording is the editor's, the urgency the catalogue's."""

    condition = models.ForeignKey(
        Condition,
        on_delete=models.CASCADE,
        related_name="warning_signs",
        verbose_name=_("aandoening"),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    code = models.CharField(
        _("welk signaal"),
        max_length=40,
        choices=SIGN_CHOICES,
        help_text=_(
            "Het signaal uit de zelftest dat deze kaart beschrijft. Dat bepaalt hoe snel "
            "iemand hulp moet zoeken."
        ),
    )
    sign = models.CharField(_("signaal"), max_length=300)
    advice = models.TextField(_("advies"))
    # Derived from the code on every save: stored only to sort the cards in the database.
    urgency = models.PositiveSmallIntegerField(
        _("hoe snel"), choices=URGENCY_CHOICES, editable=False
    )

    class Meta:
        verbose_name = _("waarschuwingssignaal")
        verbose_name_plural = _("waarschuwingssignalen")
        ordering = ["condition", "urgency", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["condition", "code"], name="unique_warning_sign_code"),
            models.CheckConstraint(
                condition=functools.reduce(
                    operator.or_,
                    (models.Q(code=sign.value, urgency=sign.urgency.value) for sign in Sign),
                ),
                name="warning_sign_urgency_from_catalogue",
            ),
        ]

    def __str__(self) -> str:
        return self.sign

    def save(self, *args, **kwargs):
        self.urgency = Sign(self.code).urgency
        super().save(*args, **kwargs)

    @property
    def css_modifier(self) -> str:
        return css_modifier(Urgency(self.urgency))


class ContentVersion(models.Model):
    """The version of all content: one row, renewed by every save of an editor.

    Rendered pages are kept per version (conditions/caching.py). The row lives in the
    database, so that every app server and every worker agrees on it without a shared cache.
    """

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.token
