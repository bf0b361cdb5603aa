"""Writes for accounts: creating and inviting a patient, exporting and deleting an account.

Keyword-only, typed, each in one transaction. Bad input raises `ValidationError` with
Dutch field errors and writes nothing.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import audit, exports
from .models import AuditEvent, User

EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length


@transaction.atomic
def create_patient(
    *, physiotherapist: User, full_name: str, email: str, language: str = ""
) -> User:
    """A patient account without a password: the patient chooses one through the invitation."""
    full_name = full_name.strip()
    email = email.strip().lower()
    errors: dict[str, list[str]] = {}
    if not full_name:
        errors["full_name"] = [_("Vul de naam van de patiënt in.")]
    elif len(full_name) > 150:
        errors["full_name"] = [_("Een naam is hoogstens 150 tekens lang.")]
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = [_("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")]
    else:
        # Valid addresses go up to 320 characters; the account's column holds 254.
        if len(email) > EMAIL_MAX_LENGTH:
            errors["email"] = [
                _("Een e-mailadres is hoogstens %(n)d tekens lang.") % {"n": EMAIL_MAX_LENGTH}
            ]
        elif User.objects.filter(email__iexact=email).exists():
            errors["email"] = [_("Er bestaat al een account met dit e-mailadres.")]
    if errors:
        raise ValidationError(errors)
    try:
        # A savepoint, so a lost race for the e-mail address leaves the transaction usable.
        with transaction.atomic():
            return User.objects.create_user(
                email,
                None,  # an unusable password until the patient accepts the invitation
                full_name=full_name,
                role=User.Role.PATIENT,
                physiotherapist=physiotherapist,
                language=language if language in dict(settings.LANGUAGES) else "",
            )
    except IntegrityError:
        raise ValidationError(
            {"email": [_("Er bestaat al een account met dit e-mailadres.")]}
        ) from None


def invitation_expires(now: datetime.datetime | None = None) -> datetime.datetime:
    """When a link made now stops working."""
    return (now or timezone.now()) + datetime.timedelta(seconds=settings.INVITATION_TIMEOUT)


def send_invitation(*, patient: User, physiotherapist: User, link: str) -> None:
    """E-mail the invitation link (the console in development, SMTP in production), in the
    patient's language (or the page's, when none was chosen)."""
    context = {
        "patient": patient,
        "physiotherapist": physiotherapist,
        "link": link,
        "expires": invitation_expires(),
    }
    with translation.override(patient.language or translation.get_language()):
        subject = render_to_string("accounts/invitation_subject.txt", context).strip()
        message = render_to_string("accounts/invitation_email.txt", context)
    send_mail(subject=subject, message=message, from_email=None, recipient_list=[patient.email])


@transaction.atomic
def export_download(*, user: User, key: str) -> tuple[exports.Download, str] | None:
    """One of the extra downloads other apps registered (`exports.register_download`),
    built for `user` and written to the audit trail; None when it is not offered to them."""
    download = exports.download(key, user)
    if download is None:
        return None
    content = download.build(user)
    audit.record(
        actor=user, action=AuditEvent.Action.DATA_EXPORT, subject=user, detail=download.label
    )
    return download, content


def export_data(*, user: User) -> dict:
    """Everything the site keeps about `user`, as JSON-ready data (AVG right of access).

    The other apps' parts come from `exports`, where each app adds its own at start-up.
    """
    audit.record(actor=user, action=AuditEvent.Action.DATA_EXPORT, subject=user)
    return {
        "gedownload_op": timezone.now().isoformat(),
        "account": {
            "e-mailadres": user.email,
            "naam": user.full_name,
            "rol": user.get_role_display(),
            "aangemaakt_op": user.date_joined.isoformat(),
            "laatst_ingelogd": user.last_login.isoformat() if user.last_login else None,
            "fysiotherapeut": user.physiotherapist.full_name if user.physiotherapist else None,
        },
        **exports.parts_of(user),
        # Who looked at or changed this person's record, as the audit trail keeps it.
        "inzage_en_wijzigingen": [
            {
                "wanneer": event.created_at.isoformat(),
                "wie": event.actor_label,
                "wat": event.get_action_display(),
                "details": event.detail,
            }
            for event in AuditEvent.objects.filter(subject=user)
        ],
    }


@transaction.atomic
def delete_account(*, user: User) -> None:
    """Delete a patient's account with their plans and logs; the audit trail keeps the labels."""
    plans = user.plans.count()
    audit.record(
        actor=user,
        action=AuditEvent.Action.ACCOUNT_DELETE,
        subject=user,
        detail=_("Account verwijderd door de patiënt zelf, met %(plans)d schema('s).")
        % {"plans": plans},
    )
    user.delete()
