"""The one row that says who is responsible for the text, and when it is checked.

Its first dates are those the condition content carries (migration 0002): no check is
claimed that did not happen. An editor sets new dates after the next real check.
"""

import datetime

from django.db import migrations

FIRST_CHECK = datetime.date(2026, 11, 20)
FIRST_REVIEW = datetime.date(2027, 11, 20)


def add(apps, schema_editor):
    ContentReview = apps.get_model("conditions", "ContentReview")
    if not ContentReview.objects.exists():
        ContentReview.objects.create(
            responsible="Redactie Hamstring", last_checked=FIRST_CHECK, next_review=FIRST_REVIEW
        )


class Migration(migrations.Migration):
    dependencies = [("conditions", "0011_reference_titles_and_dois")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
