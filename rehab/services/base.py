"""What every write shares: the plan lock, the physiotherapist's check, a range message."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from accounts.models import User

from ..models import PatientPlan


def locked_plan(plan_id: int) -> PatientPlan:
    return PatientPlan.objects.select_for_update().select_related("patient").get(pk=plan_id)


def check_physiotherapist(plan: PatientPlan, user: User) -> None:
    if not (user.is_superuser or (user.is_physiotherapist and plan.physiotherapist_id == user.pk)):
        raise PermissionDenied


def editable_plan(plan_id: int, physiotherapist: User) -> PatientPlan:
    plan = PatientPlan.objects.select_for_update().select_related("patient").get(pk=plan_id)
    check_physiotherapist(plan, physiotherapist)
    if not plan.is_active:
        raise ValidationError(
            _("Dit schema is afgerond of gestopt: je kunt het niet meer aanpassen.")
        )
    return plan


def range_error(low: int, high: int) -> list[str]:
    return [_("Vul een getal in van %(low)d tot en met %(high)d.") % {"low": low, "high": high}]
