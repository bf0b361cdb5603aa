from django.core.management.base import BaseCommand

from accounts.models import User

DEMO_PASSWORD = "hamstring-demo"

DEMO_ACCOUNTS = [
    ("beheer@example.org", "Beheerder Demo", User.Role.PHYSIOTHERAPIST, True),
    ("fysio@example.org", "Fenna Fysio", User.Role.PHYSIOTHERAPIST, False),
    ("patient@example.org", "Pim Patiënt", User.Role.PATIENT, False),
]


class Command(BaseCommand):
    help = "Create the demo accounts (safe to run again: existing accounts are left alone)."

    def handle(self, *args, **options) -> None:
        for email, name, role, is_admin in DEMO_ACCOUNTS:
            if User.objects.filter(email=email).exists():
                continue
            User.objects.create_user(
                email,
                DEMO_PASSWORD,
                full_name=name,
                role=role,
                is_staff=is_admin,
                is_superuser=is_admin,
            )
        self.stdout.write(f"Demo-accounts (wachtwoord voor allemaal: {DEMO_PASSWORD}):")
        for email, _name, role, is_admin in DEMO_ACCOUNTS:
            label = "beheerder" if is_admin else User.Role(role).label.lower()
            self.stdout.write(f"  {email:<24} {label}")
