from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from .models import (
    Exercise,
    ExerciseEntry,
    PatientPlan,
    PhaseTransition,
    PlanPhase,
    PlanPrescription,
    PlanTemplate,
    SessionLog,
    TemplatePhase,
    TemplatePrescription,
)


@admin.register(Exercise)
class ExerciseAdmin(TranslationAdmin):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "trains"]
    prepopulated_fields = {"slug": ["name"]}


class TemplatePhaseInline(TranslationStackedInline):
    model = TemplatePhase
    extra = 0


@admin.register(PlanTemplate)
class PlanTemplateAdmin(TranslationAdmin):
    list_display = ["name", "condition", "grade", "slug"]
    inlines = [TemplatePhaseInline]


@admin.register(TemplatePrescription)
class TemplatePrescriptionAdmin(TranslationAdmin):
    list_display = ["exercise", "phase", "order", "dosage"]
    list_filter = ["phase__template", "phase__number"]
    list_select_related = ["exercise", "phase__template"]
    autocomplete_fields = ["exercise"]


class PlanPhaseInline(admin.TabularInline):
    model = PlanPhase
    extra = 0


class PlanPrescriptionInline(admin.TabularInline):
    model = PlanPrescription
    extra = 0
    autocomplete_fields = ["exercise"]


@admin.register(PatientPlan)
class PatientPlanAdmin(admin.ModelAdmin):
    list_display = ["patient", "physiotherapist", "template", "current_phase", "status", "mode"]
    list_filter = ["status", "mode", "condition", "current_phase"]
    list_select_related = ["patient", "physiotherapist", "template"]
    search_fields = ["patient__email", "patient__full_name"]
    raw_id_fields = ["patient", "physiotherapist"]
    readonly_fields = ["advance_requested_at", "created_at", "updated_at"]
    inlines = [PlanPhaseInline, PlanPrescriptionInline]


class ExerciseEntryInline(admin.TabularInline):
    model = ExerciseEntry
    extra = 0
    raw_id_fields = ["prescription"]
    autocomplete_fields = ["exercise"]


@admin.register(SessionLog)
class SessionLogAdmin(admin.ModelAdmin):
    list_display = ["plan", "date", "phase", "pain_during", "pain_next_morning"]
    list_filter = ["phase"]
    list_select_related = ["plan__patient", "plan__template"]
    search_fields = ["plan__patient__email", "plan__patient__full_name"]
    date_hierarchy = "date"
    raw_id_fields = ["plan"]
    inlines = [ExerciseEntryInline]


@admin.register(PhaseTransition)
class PhaseTransitionAdmin(admin.ModelAdmin):
    """Read-only: phase changes go through the services, which also write the audit trail."""

    list_display = ["plan", "kind", "from_phase", "to_phase", "created_at", "created_by"]
    list_filter = ["kind"]
    list_select_related = ["plan__patient", "plan__template", "created_by"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
