import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from hamstring_site.http import HtmxHttpRequest

from . import exports, sections, services
from .forms import DeleteAccountForm, LoginForm, NewPasswordForm
from .tokens import invitation_token, user_from_uidb64

# The backend a freshly invited patient is logged in with (django-axes sits in front of it).
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _start_page(user) -> str:
    """Where a user lands after logging in: their own part of the site."""
    return reverse("clinic:patients" if user.is_physiotherapist else "patient:my_plan")


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        return _start_page(self.request.user)


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
@require_http_methods(["GET", "POST"])
def invitation(request: HtmxHttpRequest, uidb64: str, token: str) -> HttpResponse:
    """A new patient chooses a password through the link their physiotherapist sent."""
    user = user_from_uidb64(uidb64)
    valid = (
        user is not None
        and user.is_active
        and not user.has_usable_password()
        and invitation_token.check_token(user, token)
    )
    if not valid:
        return render(request, "accounts/invitation_invalid.html", status=410)
    form = NewPasswordForm(user, request.POST if request.method == "POST" else None)
    if form.is_valid():
        form.save()
        login(request, user, backend=MODEL_BACKEND)
        messages.success(request, _("Je wachtwoord is ingesteld. Welkom!"))
        return redirect(_start_page(user))
    return render(request, "accounts/invitation.html", {"form": form, "invited": user})


@never_cache
@require_GET
@login_required
def account(request: HtmxHttpRequest) -> HttpResponse:
    context = {
        "sections": sections.sections_for(request),
        "downloads": exports.downloads_for(request.user),
    }
    return render(request, "accounts/account.html", context)


@never_cache
@require_GET
@login_required
def account_data(request: HtmxHttpRequest) -> HttpResponse:
    """All of the user's data as a JSON download."""
    data = services.export_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"hamstring-mijn-gegevens-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@require_GET
@login_required
def account_download(request: HtmxHttpRequest, key: str) -> HttpResponse:
    """One of the other apps' downloads of the user's data (the FHIR record, for one)."""
    found = services.export_download(user=request.user, key=key)
    if found is None:
        raise Http404
    download, content = found
    response = HttpResponse(content, content_type=download.content_type)
    filename = f"{download.filename}-{timezone.localdate():%Y-%m-%d}.{download.extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
@login_required
def account_delete(request: HtmxHttpRequest) -> HttpResponse:
    """A patient deletes their own account; physiotherapists' accounts go through the admin."""
    if not request.user.is_patient:
        raise PermissionDenied
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if form.is_valid():
        services.delete_account(user=request.user)
        logout(request)
        messages.success(request, _("Je account en al je gegevens zijn verwijderd."))
        return redirect("home")
    return render(request, "accounts/delete.html", {"form": form})


def locked_out(
    request: HtmxHttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """django-axes calls this after too many failed logins for one account and address."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "accounts/locked_out.html", context, status=429)
