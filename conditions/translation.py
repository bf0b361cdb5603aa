"""The content fields that exist in every language (django-modeltranslation).

Each field gets a column per language (`summary_nl`, `summary_en`); reading `summary`
gives the active language's text, and the Dutch one when the English field is empty.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import FAQ, Condition, Reference, Section, StrainGrade, Treatment, WarningSign


@register(Condition)
class ConditionTranslation(TranslationOptions):
    fields = (
        "name",
        "plain_name",
        "summary",
        "onset",
        "pain_place",
        "typical_moment",
        "cause",
        "recovery",
    )


@register(StrainGrade)
class StrainGradeTranslation(TranslationOptions):
    fields = ("label", "what_you_feel", "what_you_can_do")


@register(Section)
class SectionTranslation(TranslationOptions):
    fields = ("heading", "body")


@register(Treatment)
class TreatmentTranslation(TranslationOptions):
    fields = ("name", "what_it_is", "how_it_works", "sessions", "effect_expected", "evidence")


@register(FAQ)
class FAQTranslation(TranslationOptions):
    fields = ("question", "answer")


@register(WarningSign)
class WarningSignTranslation(TranslationOptions):
    fields = ("sign", "advice")


@register(Reference)
class ReferenceTranslation(TranslationOptions):
    fields = ("title",)
