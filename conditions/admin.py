from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from .models import (
    FAQ,
    Condition,
    ContentReview,
    Reference,
    Section,
    StrainGrade,
    Treatment,
    WarningSign,
)


class SectionInline(TranslationStackedInline):
    model = Section
    extra = 0
    fields = ["order", "heading", "anchor", "body", "extra", "references"]
    filter_horizontal = ["references"]


class StrainGradeInline(TranslationTabularInline):
    model = StrainGrade
    extra = 0


class WarningSignInline(TranslationTabularInline):
    model = WarningSign
    extra = 0
    fields = ["order", "code", "urgency", "sign", "advice"]
    # How urgent a sign is belongs to the catalogue (conditions/warning_signs.py), not to
    # the wording: the editor sees it, and chooses the sign.
    readonly_fields = ["urgency"]


@admin.register(Condition)
class ConditionAdmin(TranslationAdmin):
    list_display = ["plain_name", "name", "last_checked", "next_review"]
    prepopulated_fields = {"slug": ["plain_name"]}
    fieldsets = [
        (None, {"fields": ["plain_name", "name", "slug", "order", "summary"]}),
        (
            _("Vergelijking"),
            {"fields": ["onset", "pain_place", "typical_moment", "cause", "recovery"]},
        ),
        (_("Controle"), {"fields": ["last_checked", "next_review"]}),
    ]
    inlines = [SectionInline, StrainGradeInline, WarningSignInline]


@admin.register(Section)
class SectionAdmin(TranslationAdmin):
    list_display = ["heading", "condition", "order"]
    list_filter = ["condition"]
    search_fields = ["heading", "body"]
    filter_horizontal = ["references"]
    list_select_related = ["condition"]


@admin.register(Treatment)
class TreatmentAdmin(TranslationAdmin):
    list_display = ["name", "condition", "order", "sessions"]
    list_filter = ["condition"]
    search_fields = ["name", "what_it_is"]
    filter_horizontal = ["references"]
    list_select_related = ["condition"]


@admin.register(StrainGrade)
class StrainGradeAdmin(TranslationAdmin):
    list_display = ["grade", "label", "condition", "recovery_min_weeks", "recovery_max_weeks"]
    list_select_related = ["condition"]


@admin.register(WarningSign)
class WarningSignAdmin(TranslationAdmin):
    list_display = ["sign", "condition", "code", "urgency"]
    list_filter = ["condition", "urgency"]
    list_select_related = ["condition"]
    fields = ["condition", "order", "code", "urgency", "sign", "advice"]
    readonly_fields = ["urgency"]


@admin.register(FAQ)
class FAQAdmin(TranslationAdmin):
    list_display = ["question", "condition", "order"]
    list_filter = ["condition"]
    search_fields = ["question", "answer"]
    list_select_related = ["condition"]


@admin.register(Reference)
class ReferenceAdmin(TranslationAdmin):
    list_display = ["authors", "journal", "year", "doi"]
    search_fields = ["authors", "title", "journal", "doi"]
    prepopulated_fields = {"key": ["authors", "year"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(ContentReview)
class ContentReviewAdmin(admin.ModelAdmin):
    """One row: the site's review dates and who is responsible for the text."""

    list_display = ["responsible", "last_checked", "next_review"]
    fields = ["responsible", "last_checked", "next_review"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not ContentReview.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
