"""Send the reminders that are due: run it every 15 minutes (cron or a systemd timer, see
README). Safe to run twice, and on several servers at once (rehab/services/reminders.py)."""

from django.core.management.base import BaseCommand

from rehab.services import reminders


class Command(BaseCommand):
    help = "Verstuur de herinneringen die nu aan de beurt zijn."

    def handle(self, *args, **options) -> None:
        result = reminders.send_due()
        self.stdout.write(
            f"sent: {result.sent}, failed: {result.failed}, skipped: {result.skipped}"
        )
