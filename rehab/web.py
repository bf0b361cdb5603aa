"""Helpers shared by rehab's views, whichever audience they serve: the role decorators, a
service's errors on a form, the phase a click was made in, the audit line. (The htmx partial
is picked by `hamstring_site.http.template_for`, for every app.)"""

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from accounts import audit
from accounts.models import AuditEvent, User
from hamstring_site.http import HtmxHttpRequest

T = TypeVar("T")


def patient_required(view: Callable) -> Callable:
    """Anonymous visitors log in first; physiotherapists have their own pages (403)."""

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_patient:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def physiotherapist_required(view: Callable) -> Callable:
    """Anonymous visitors log in first; patients are not allowed here (403).

    Every answer is patient data: no browser or proxy keeps a copy (the back button after
    logging out on a shared computer in the practice shows nothing).
    """

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (request.user.is_physiotherapist or request.user.is_superuser):
            raise PermissionDenied
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_vary_headers(response, ["HX-Request", "HX-Target"])
        return response

    return wrapper


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: on its field when the form has it."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages in error.message_dict.items():
        target = field if field in form.fields and field != NON_FIELD_ERRORS else None
        form.add_error(target, messages)


def submit(form: forms.Form, write: Callable[[], T]) -> T | None:
    """Run a write when the form is valid. None when the form or the write refused; the
    write's `ValidationError` then sits on the form, tied to its fields."""
    if not form.is_valid():
        return None
    try:
        return write()
    except ValidationError as error:
        add_service_errors(form, error)
        return None


def expected_phase(request: HtmxHttpRequest) -> int:
    """The phase shown when the button was clicked; garbage counts as "the plan changed"."""
    try:
        return int(request.POST.get("expected_phase", ""))
    except ValueError:
        return 0


def audit_record_view(request: HtmxHttpRequest, patient: User) -> None:
    """Every showing of a patient's record, or a part of it, goes to the audit trail (NEN 7513)."""
    audit.record(
        actor=request.user,
        action=AuditEvent.Action.RECORD_VIEW,
        subject=patient,
        detail=request.get_full_path(),
    )
