from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _


class RehabConfig(AppConfig):
    name = "rehab"
    verbose_name = _("Revalidatie")

    def ready(self) -> None:
        from accounts import exports as account_exports
        from accounts import sections as account_sections
        from conditions.caching import bump_content_version

        from . import exports
        from .patient import daily_views, page_cache

        # A patient's data export holds their plans: accounts asks, rehab answers.
        account_exports.register("schemas", exports.plans_of)
        account_exports.register("herinneringen", exports.reminders_of)
        # The account page holds the reminder choices and the calendar link.
        account_sections.register("reminders", daily_views.account_section)
        account_exports.register_download(exports.FHIR_DOWNLOAD)

        # What a patient's "Mijn schema" shows: its stored copy goes when one of these changes.
        self._on_change("PatientPlan", page_cache.plan_changed)
        for name in (
            "SessionLog",
            "PlanPrescription",
            "PlanPhase",
            "PhaseTransition",
            "OutcomeMeasurement",
            "PskActivity",
            "PskScore",
        ):
            self._on_change(name, page_cache.plan_part_changed)
        post_save.connect(
            page_cache.physiotherapist_changed,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="save-physiotherapist_changed",
        )
        pre_delete.connect(
            page_cache.physiotherapist_changed,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="delete-physiotherapist_changed",
        )
        # Texts shared by every page that shows an exercise or a phase.
        for name in ("Exercise", "PlanTemplate", "TemplatePhase", "TemplatePrescription"):
            self._on_change(name, bump_content_version)

    def _on_change(self, model_name: str, receiver) -> None:
        model = self.get_model(model_name)
        uid = f"{receiver.__name__}-{model_name}"
        post_save.connect(receiver, sender=model, dispatch_uid=f"save-{uid}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"delete-{uid}")
