from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ConditionsConfig(AppConfig):
    name = "conditions"
    verbose_name = _("Aandoeningen")

    def ready(self) -> None:
        from .caching import bump_content_version
        from .models import ContentVersion

        for model in self.get_models():
            if model is ContentVersion:
                continue  # the version itself: saving it is not an edit
            post_save.connect(bump_content_version, sender=model, dispatch_uid=f"bump-{model}")
            post_delete.connect(bump_content_version, sender=model, dispatch_uid=f"del-{model}")
            for field in model._meta.many_to_many:
                m2m_changed.connect(
                    bump_content_version,
                    sender=field.remote_field.through,
                    dispatch_uid=f"m2m-{field}",
                )
