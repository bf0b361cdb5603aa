import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation

# The site uses no camera, microphone, location, payment or USB: switch them off for
# every page and every frame.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# A session's end moves on with use, but writing it on every request costs a database
# write (and a disk flush) per page. Writing it at most once a minute keeps the idle limit
# within a minute of SESSION_COOKIE_AGE.
SESSION_REFRESH_SECONDS = 60
SESSION_REFRESHED_KEY = "_refreshed_at"


class SessionIdleTimeoutMiddleware:
    """Move the end of a session that is in use, at most once a minute.

    Goes right after SessionMiddleware, so that the session it marks is saved on the way out.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = request.session
        if session.accessed and not session.is_empty():
            now = int(time.time())
            if now - session.get(SESSION_REFRESHED_KEY, 0) >= SESSION_REFRESH_SECONDS:
                session[SESSION_REFRESHED_KEY] = now
        return response


# The language switcher's link carries this parameter for a signed-in user: the page's
# language becomes their choice.
LANGUAGE_CHOICE_PARAMETER = "taal"


class UserLanguageMiddleware:
    """A signed-in user reads the site in the language stored on their account.

    Dutch pages have no prefix and English pages live under /en/, so the path decides the
    language (LocaleMiddleware). For a signed-in user:

    - following the switcher (`?taal=…`), or using the site for the first time, stores the
      page's language on the account;
    - opening a page in the other language (an old link, a bookmark, the start page after
      logging in) redirects to the same page in their language.

    Only GET requests are redirected, and only pages that exist in both languages (not the
    admin or the health check). E-mails to the user go out in the stored language too.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.method in ("GET", "HEAD")
            and not request.headers.get("HX-Request")
        ):
            redirect_to = self._follow_account(request, user)
            if redirect_to:
                return HttpResponseRedirect(redirect_to)
        return self.get_response(request)

    @staticmethod
    def _follow_account(request: HttpRequest, user) -> str | None:
        path = request.get_full_path()
        alternates = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
        if len(set(alternates.values())) == 1:
            return None  # not a page in both languages
        page_language = translation.get_language()
        chosen = request.GET.get(LANGUAGE_CHOICE_PARAMETER)
        if chosen == page_language or not user.language:
            if user.language != page_language:
                get_user_model().objects.filter(pk=user.pk).update(language=page_language)
                user.language = page_language
            return None
        if user.language != page_language and user.language in alternates:
            return alternates[user.language]
        return None
