"""Invitation links: a new patient chooses their own password.

Django's password-reset token machinery, with its own salt and its own lifetime. The token
hashes the password, so it stops working the moment the patient has chosen one: a link
works once.
"""

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_decode, urlsafe_base64_encode

from .models import User


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "accounts.tokens.InvitationTokenGenerator"

    def check_token(self, user, token) -> bool:
        # The parent checks against PASSWORD_RESET_TIMEOUT; an invitation has its own.
        if not (user and token):
            return False
        try:
            ts_b36, _hash = token.split("-")
            timestamp = base36_to_int(ts_b36)
        except ValueError:
            return False
        valid = any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )
        age = self._num_seconds(self._now()) - timestamp
        return valid and 0 <= age <= settings.INVITATION_TIMEOUT


invitation_token = InvitationTokenGenerator()


def invitation_kwargs(user: User) -> dict[str, str]:
    """The URL kwargs of a fresh invitation link for `user`."""
    return {
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": invitation_token.make_token(user),
    }


def user_from_uidb64(uidb64: str) -> User | None:
    try:
        pk = int(urlsafe_base64_decode(uidb64).decode())
    except (TypeError, ValueError, OverflowError, UnicodeDecodeError):
        return None
    return User.objects.filter(pk=pk).first()
