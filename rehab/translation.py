"""The programme's texts in every language (django-modeltranslation; see
conditions/translation.py). A physiotherapist's own notes on a patient's plan stay as
written."""

from modeltranslation.translator import TranslationOptions, register

from .models import Exercise, PlanTemplate, TemplatePhase, TemplatePrescription


@register(Exercise)
class ExerciseTranslation(TranslationOptions):
    fields = ("name", "trains", "instructions", "common_mistakes", "illustration_alt")


@register(PlanTemplate)
class PlanTemplateTranslation(TranslationOptions):
    fields = ("name", "description")


@register(TemplatePhase)
class TemplatePhaseTranslation(TranslationOptions):
    fields = ("name", "aim")


@register(TemplatePrescription)
class TemplatePrescriptionTranslation(TranslationOptions):
    fields = ("note",)
