from .models import AuditEvent, User


def _label(user: User | None) -> str:
    # Fits the label columns (410): a name of 150, an address of 254 and " <>".
    return f"{user.full_name} <{user.email}>" if user is not None else ""


def record(*, actor: User | None, action: str, subject: User | None, detail: str = "") -> None:
    """Write one line to the audit trail."""
    AuditEvent.objects.create(
        actor=actor,
        actor_label=_label(actor),
        action=action,
        subject=subject,
        subject_label=_label(subject),
        detail=detail,
    )
