"""The one place where rehab's views read the date.

Rules never read the clock; views ask this module, so tests can move "today" by
monkeypatching `rehab.clock.today` (which also reaches the live server's thread).
"""

import datetime

from django.utils import timezone


def today() -> datetime.date:
    return timezone.localdate()
