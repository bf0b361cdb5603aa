import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

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
