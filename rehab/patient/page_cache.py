"""Serve a patient's "Mijn schema" from memory while nothing it shows has changed.

Rendering the page (forms, pain scales, exercise cards) costs far more than anything else
in the request, and the page changes only when the patient or their physiotherapist does
something. So each app server keeps the rendered page in its own memory ("fragments"
cache), keyed by:

- the patient's `plan_revision`, a column of the user row that every request loads anyway.
  The signals below raise it in the same transaction as any save or delete of one of the
  patient's plans, sessions, prescriptions, phase criteria or phase changes, and when their
  physiotherapist's name changes (the admin is covered too);
- the day (the verdict and the forms depend on it), the content version (exercise and
  phase texts, see conditions/caching.py) and the language.

So a page served from memory costs no query beyond the session and the user, and any
change gives a new key on every server at once; nothing is invalidated by hand. The page
is rendered after the revision was read, so a stored page is never older than its key.

The CSRF token is not stored: the page is kept with a placeholder, and every answer gets a
freshly masked token of its own. Pages with a message to show, and htmx requests, are
rendered as usual and not kept.
"""

import hashlib
import re
from collections.abc import Callable

from django.contrib import messages
from django.core.cache import caches
from django.db.models import F
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation

from accounts.models import User
from conditions.caching import content_version
from hamstring_site.http import HtmxHttpRequest

PAGE_SECONDS = 24 * 60 * 60
CSRF_PLACEHOLDER = b"csrf-token-placeholder-3f9a1c"
_CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="(?P<token>[^"]+)"')


def page_key(user: User, today) -> str:
    # date_joined as well as pk: a restored or re-created database may hand a pk out again.
    identity = (user.pk, user.date_joined, user.role)
    language = translation.get_language()
    source = repr((identity, user.plan_revision, today, content_version(), language))
    return "my-plan:" + hashlib.blake2b(source.encode(), digest_size=20).hexdigest()


def serve(request: HtmxHttpRequest, key: str, render: Callable[[], HttpResponse]) -> HttpResponse:
    """The stored page for `key`, or `render()`'s answer, stored for next time."""
    if request.htmx or len(messages.get_messages(request)):
        return render()
    pages = caches["fragments"]
    stored = pages.get(key)
    if stored is not None:
        return HttpResponse(stored.replace(CSRF_PLACEHOLDER, get_token(request).encode()))
    response = render()
    if response.status_code == 200 and not response.streaming:
        content = response.content
        match = _CSRF_INPUT.search(content)
        if match:
            content = content.replace(match["token"], CSRF_PLACEHOLDER)
        pages.set(key, content, timeout=PAGE_SECONDS)
    return response


def _raise(patients) -> None:
    patients.update(plan_revision=F("plan_revision") + 1)


def plan_changed(sender, instance, **kwargs) -> None:
    """A plan was saved or deleted."""
    _raise(User.objects.filter(pk=instance.patient_id))


def plan_part_changed(sender, instance, origin=None, **kwargs) -> None:
    """A session, prescription or phase change of a plan was saved or deleted."""
    if origin is not None and getattr(origin, "model", type(origin)) is not sender:
        return  # deleted along with its plan or patient, whose own signal raises it once
    _raise(User.objects.filter(plans=instance.plan_id))


def physiotherapist_changed(sender, instance, update_fields=None, **kwargs) -> None:
    """Patients' pages name their physiotherapist; a login (last_login only) changes nothing."""
    if not instance.is_physiotherapist or update_fields == frozenset({"last_login"}):
        return
    _raise(User.objects.filter(plans__physiotherapist=instance))
