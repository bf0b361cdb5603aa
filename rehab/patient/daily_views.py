"""The daily loop around "Mijn schema": the reminder choices and the calendar link (a
section of /account/, registered in rehab/apps.py), the private calendar feed, and the
one-click unsubscribe of the reminder mails."""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from hamstring_site.http import HtmxHttpRequest

from .. import clock
from ..models import Reminder, ReminderSettings
from ..queries import calendar
from ..queries.reminders import settings_of
from ..services import reminders
from ..web import patient_required, submit
from .forms import ReminderSettingsForm

ACCOUNT_SECTION = "accounts/account.html"


def account_section(request: HttpRequest, form: ReminderSettingsForm | None = None) -> SafeString:
    """The reminders and the calendar link, on /account/ (accounts/sections.py)."""
    user = request.user
    chosen = settings_of(user)
    if form is None:
        initial = {
            "morning": chosen.morning,
            "training": chosen.training,
            "digest": chosen.digest,
            "remind_at": chosen.remind_at,
            "training_days": chosen.weekdays,
        }
        form = ReminderSettingsForm(initial=initial, patient=user.is_patient)
    calendar_url = None
    if user.is_patient and chosen.pk is not None:
        path = reverse("patient:calendar", kwargs={"feed_token": chosen.calendar_token})
        calendar_url = request.build_absolute_uri(path)
    context = {"form": form, "calendar_url": calendar_url}
    return render_to_string("rehab/account_reminders.html", context, request=request)


@require_POST
@login_required
def reminder_settings(request: HtmxHttpRequest) -> HttpResponse:
    form = ReminderSettingsForm(request.POST, patient=request.user.is_patient)
    saved = submit(form, lambda: reminders.update_settings(user=request.user, **form.choices()))
    if saved is None:
        # The account page again, with this section's errors; the other sections as they are.
        context = {"sections": [account_section(request, form)], "reminder_errors": True}
        return render(request, ACCOUNT_SECTION, context)
    messages.success(request, _("Je keuzes voor de herinneringen zijn opgeslagen."))
    return redirect(reverse("account") + "#herinneringen")


@require_POST
@patient_required
def calendar_renew(request: HtmxHttpRequest) -> HttpResponse:
    reminders.renew_calendar_token(user=request.user)
    messages.success(
        request,
        _(
            "Je agenda heeft een nieuw adres. Het oude adres werkt niet meer: zet het nieuwe in "
            "je agenda."
        ),
    )
    return redirect(reverse("account") + "#agenda")


@require_GET
def calendar_feed(request: HttpRequest, feed_token: str) -> HttpResponse:
    """The private calendar: whoever has the address may read it, as with any calendar
    subscription; renewing the token ends the old address at once."""
    chosen = get_object_or_404(
        ReminderSettings.objects.select_related("user"),
        calendar_token=feed_token,
        user__is_active=True,
    )
    # The patient's own language, whichever address the calendar program asks.
    with translation.override(chosen.user.language or settings.LANGUAGE_CODE):
        body = calendar.feed(chosen, today=clock.today())
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="oefendagen.ics"'
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"
    return response


@never_cache
@csrf_exempt  # RFC 8058: the mail program posts "List-Unsubscribe=One-Click", without a login
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, unsubscribe_token: str) -> HttpResponse:
    found = reminders.read_unsubscribe_token(unsubscribe_token)
    if found is None:
        raise Http404
    user, kind = found
    if request.method == "POST":
        reminders.unsubscribe(user=user, kind=kind)
        return redirect(request.path)
    # The page tells whether the reminder is off: after the click, or on a later visit.
    context = {"kind": Reminder.Kind(kind), "done": not settings_of(user).wants(kind)}
    return render(request, "rehab/unsubscribe.html", context)
