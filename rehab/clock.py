"""The one place where rehab reads the date.

Rules never read the clock; views, sheets and commands ask this module, which reads
Django's clock in the site's time zone (Europe/Amsterdam). Tests fix that clock with
time-machine (the `travel_to` fixture in tests/conftest.py), which the live server's
thread sees too.
"""

import datetime

from django.utils import timezone


def today() -> datetime.date:
    return timezone.localdate()


def now() -> datetime.datetime:
    return timezone.now()
