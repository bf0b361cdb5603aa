"""Helpers shared by rehab's views, whichever audience they serve."""

from accounts import audit
from accounts.models import AuditEvent, User
from hamstring_site.http import HtmxHttpRequest


def audit_record_view(request: HtmxHttpRequest, patient: User) -> None:
    """Every showing of a patient's record, or a part of it, goes to the audit trail (NEN 7513)."""
    audit.record(
        actor=request.user,
        action=AuditEvent.Action.RECORD_VIEW,
        subject=patient,
        detail=request.get_full_path(),
    )
