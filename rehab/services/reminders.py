"""Reminders by e-mail, the person's choices for them, and their calendar's secret.

Sending is safe to run twice and on several servers at once:

1. every due reminder gets its row (insert-or-skip on the unique person + kind + day);
2. each row is claimed with `SELECT … FOR UPDATE SKIP LOCKED` where it is not sent yet, so
   another process skips it while this one holds it;
3. the mail goes out while the row is held; `sent_at` is set only after the mail server
   accepted it. A failing server is logged and the row stays unsent: the next run (in 15
   minutes) tries again. Nothing is lost, and nothing is sent twice.

The mails hold no health data (no scores, no diagnosis): what to do, and a link.
"""

import datetime
import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from accounts.models import User

from .. import clock
from ..models import Reminder, ReminderSettings
from ..queries.reminders import Due, due_reminders

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "rehab.reminders.unsubscribe"
# Where each reminder's link leads (after login, if the person is logged out).
TARGETS = {
    Reminder.Kind.MORNING: ("patient:my_plan", "#morning"),
    Reminder.Kind.TRAINING: ("patient:guided_session", ""),
    Reminder.Kind.DIGEST: ("clinic:patients", ""),
}


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


def settings_for(user: User) -> ReminderSettings:
    """The person's choices, saved with the defaults the first time they are needed."""
    chosen, _created = ReminderSettings.objects.get_or_create(
        user=user, defaults={"calendar_token": new_calendar_token()}
    )
    return chosen


@transaction.atomic
def update_settings(*, user: User, **choices) -> ReminderSettings:
    chosen = settings_for(user)
    for name, value in choices.items():
        setattr(chosen, name, value)
    chosen.save()
    return chosen


@transaction.atomic
def renew_calendar_token(*, user: User) -> ReminderSettings:
    """A new secret for the calendar feed: the old address answers 404 from now on."""
    chosen = settings_for(user)
    chosen.calendar_token = new_calendar_token()
    chosen.save(update_fields=["calendar_token"])
    return chosen


def unsubscribe_token(user: User, kind: str) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"u": user.pk, "k": kind})


def read_unsubscribe_token(token: str) -> tuple[User, str] | None:
    """The person and kind of a signed unsubscribe token; None when it is not one of ours."""
    try:
        data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
        user = User.objects.get(pk=int(data["u"]))
    except (signing.BadSignature, User.DoesNotExist, KeyError, TypeError, ValueError):
        return None
    if data.get("k") not in Reminder.Kind.values:
        return None
    return user, data["k"]


@transaction.atomic
def unsubscribe(*, user: User, kind: str) -> None:
    update_settings(user=user, **{kind: False})


@dataclass
class RunResult:
    sent: int = 0
    failed: int = 0
    skipped: int = 0


def send_due(*, now: datetime.datetime | None = None) -> RunResult:
    """Send every reminder that is due and not sent yet."""
    now = timezone.localtime(now or clock.now())
    due = due_reminders(now)
    Reminder.objects.bulk_create(
        [Reminder(user=item.user, kind=item.kind, day=item.day) for item in due],
        ignore_conflicts=True,
    )
    result = RunResult()
    for item in due:
        outcome = _send_one(item, now=now)
        setattr(result, outcome, getattr(result, outcome) + 1)
    return result


def _send_one(item: Due, *, now: datetime.datetime) -> str:
    with transaction.atomic():
        claimed = (
            Reminder.objects.select_for_update(skip_locked=True)
            .filter(user=item.user, kind=item.kind, day=item.day, sent_at__isnull=True)
            .first()
        )
        if claimed is None:
            return "skipped"  # sent already, or another process holds it right now
        claimed.attempts += 1
        try:
            reminder_mail(item.user, item.kind).send()
        except Exception as error:  # noqa: BLE001 (any failure of the mail server)
            logger.warning(
                "Reminder %s for user %s on %s not sent (attempt %d): %s",
                item.kind, item.user.pk, item.day, claimed.attempts, error,
            )  # fmt: skip
            claimed.last_error = str(error)[:300]
            claimed.save(update_fields=["attempts", "last_error"])
            return "failed"
        claimed.sent_at = now
        claimed.last_error = ""
        claimed.save(update_fields=["attempts", "sent_at", "last_error"])
        return "sent"


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def reminder_mail(user: User, kind: str) -> EmailMultiAlternatives:
    """The mail: a plain-text and an HTML part, with the one-click unsubscribe headers of
    RFC 8058 (List-Unsubscribe and List-Unsubscribe-Post)."""
    name, anchor = TARGETS[kind]
    # In the person's own language, links included (English pages live under /en/).
    with override(user.language or settings.LANGUAGE_CODE):
        unsubscribe_url = _absolute(
            reverse(
                "patient:unsubscribe", kwargs={"unsubscribe_token": unsubscribe_token(user, kind)}
            )
        )
        context = {
            "user": user,
            "kind": kind,
            "Kind": Reminder.Kind,
            "link": _absolute(reverse(name)) + anchor,
            "unsubscribe_url": unsubscribe_url,
            "settings_url": _absolute(reverse("account")) + "#herinneringen",
        }
        subject = {
            Reminder.Kind.MORNING: _("Hoe voel je je vanochtend?"),
            Reminder.Kind.TRAINING: _("Vandaag is een oefendag"),
            Reminder.Kind.DIGEST: _("Patiënten die aandacht nodig hebben"),
        }[kind]
        text = render_to_string("rehab/email/reminder.txt", context)
        html = render_to_string("rehab/email/reminder.html", context)
    mail = EmailMultiAlternatives(
        subject=str(subject),
        body=text,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    mail.attach_alternative(html, "text/html")
    return mail
