from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import User


def lockout_username(request: HttpRequest, credentials: dict | None = None) -> str:
    """The account name django-axes counts failures for: the e-mail address, lower-case."""
    source = credentials if credentials is not None else request.POST
    # django-axes stores it in a varchar(255): PostgreSQL refuses a longer one with a server
    # error. No account has a longer address (254), so the cut changes no lockout.
    return (source.get("username") or "").strip().lower()[:255]


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "Dit e-mailadres en wachtwoord horen niet bij elkaar. Let op: na 5 pogingen wordt "
            "inloggen een tijd geblokkeerd."
        ),
        "inactive": _("Dit account is niet actief."),
    }

    def __init__(self, request: HttpRequest | None = None, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = _("E-mailadres")
        username.widget.attrs.update({"autocomplete": "email", "inputmode": "email"})
        username.error_messages["required"] = _("Vul je e-mailadres in.")
        password = self.fields["password"]
        password.label = _("Wachtwoord")
        password.error_messages["required"] = _("Vul je wachtwoord in.")


class DeleteAccountForm(forms.Form):
    """Deleting an account cannot be undone: the patient types their e-mail address."""

    email = forms.CharField(
        label=_("Typ je e-mailadres om te bevestigen"),
        help_text=_("Zo weet je zeker dat je het goede account verwijdert."),
        error_messages={"required": _("Typ je e-mailadres om het verwijderen te bevestigen.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "email"}),
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email != self.user.email.lower():
            raise forms.ValidationError(
                _("Dit is niet het e-mailadres van je account. Typ %(email)s.")
                % {"email": self.user.email}
            )
        return email


class NewPasswordForm(SetPasswordForm):
    """Choose a password: after an invitation, or through "wachtwoord vergeten"."""

    error_messages = {
        **SetPasswordForm.error_messages,
        "password_mismatch": _("De twee wachtwoorden zijn niet hetzelfde."),
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        first, second = self.fields["new_password1"], self.fields["new_password2"]
        first.label = _("Kies een wachtwoord")
        # In words, not Django's HTML list: the hint is one paragraph.
        first.help_text = _(
            "Minstens 8 tekens. Niet alleen cijfers, geen veelgebruikt wachtwoord en niet "
            "te veel zoals je naam of e-mailadres."
        )
        first.error_messages["required"] = _("Kies een wachtwoord.")
        second.label = _("Typ het wachtwoord nog een keer")
        second.help_text = ""
        second.error_messages["required"] = _(
            "Typ het wachtwoord nog een keer, zodat we weten dat je je niet hebt vergist."
        )


class ResetRequestForm(PasswordResetForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        email = self.fields["email"]
        email.label = _("E-mailadres")
        email.error_messages["required"] = _("Vul het e-mailadres van je account in.")
        email.error_messages["invalid"] = _(
            "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."
        )
