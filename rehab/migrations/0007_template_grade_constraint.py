"""A strain template has a grade, a tendinopathy template none.

Its own migration: on PostgreSQL a table cannot be altered in the transaction that just
wrote rows to it (0006 loads the templates), as its deferred checks are still pending.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("rehab", "0006_strain_pathways")]

    operations = [
        migrations.AddConstraint(
            model_name="plantemplate",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("condition", "strain"), ("grade__in", [1, 2, 3])),
                    models.Q(("condition", "tendinopathy"), ("grade__isnull", True)),
                    _connector="OR",
                ),
                name="template_grade_only_for_strain",
            ),
        ),
    ]
