"""The return-to-sport checklist that completes a strain plan, and its source on /bronnen/."""

import re

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

VAN_DER_HORST = dict(
    key="van-der-horst-2017",
    authors="van der Horst et al.",
    title=(
        "Return to play after hamstring injuries in football (soccer): a worldwide Delphi "
        "procedure regarding definition, medical criteria and decision-making"
    ),
    journal="Br J Sports Med",
    year=2017,
    doi="10.1136/bjsports-2016-097206",
)
# The strain page's "how long does recovery take" ends with these words; the criteria follow.
RECOVERY_END = "Neem je alleen rust? Dan is de kans groot dat de klacht terugkomt."
RETURN_TO_SPORT = (
    "### Wanneer mag je weer sporten?\n\n"
    "Dat beslis je samen met je fysiotherapeut, aan het eind van je herstel. Samen kijken "
    "jullie of:\n\n"
    "- drukken op de spier geen pijn doet;\n"
    "- de kracht- en lenigheidstesten geen pijn doen;\n"
    "- sprinten, afremmen en draaien geen pijn doen, ook niet erna;\n"
    "- je been bijna even lenig is als je andere been;\n"
    "- de test op het veld goed gaat: wat jouw sport vraagt;\n"
    "- je je klaar voelt en je been vertrouwt.\n\n"
    "Is alles in orde? Dan besluiten jullie samen dat je weer gaat sporten. Experts uit de "
    "hele wereld spraken deze punten af, zodat niemand te vroeg weer gaat sporten (van der "
    "Horst et al. 2017)."
)


def add_reference(apps, schema_editor):
    # get_or_create: a text an editor already changed in the admin stays as it is.
    reference, _ = apps.get_model("conditions", "Reference").objects.get_or_create(
        key=VAN_DER_HORST["key"], defaults=VAN_DER_HORST
    )
    Section = apps.get_model("conditions", "Section")
    for section in Section.objects.filter(
        condition__slug="hamstringblessure", anchor="hoe-lang-herstel"
    ):
        # Only where the words are still the migrations' own, whatever line breaks lie
        # between them: an editor's text stays.
        end = re.search(r"\s+".join(map(re.escape, RECOVERY_END.split())), section.body)
        if end is not None and RETURN_TO_SPORT not in section.body:
            section.body = (
                f"{section.body[: end.end()]}\n\n{RETURN_TO_SPORT}{section.body[end.end() :]}"
            )
            section.save(update_fields=["body"])
        section.references.add(reference)


class Migration(migrations.Migration):
    dependencies = [
        ("rehab", "0007_template_grade_constraint"),
        ("conditions", "0016_dubois_doi"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ReturnToSportCheck",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "no_pain_on_palpation",
                    models.BooleanField(
                        verbose_name="Geen pijn bij drukken op de spier (palpatie)"
                    ),
                ),
                (
                    "no_pain_in_strength_and_flexibility_tests",
                    models.BooleanField(
                        verbose_name="Geen pijn bij de kracht- en lenigheidstesten"
                    ),
                ),
                (
                    "no_pain_in_functional_tests",
                    models.BooleanField(
                        verbose_name="Geen pijn tijdens en na de bewegingstesten (functionele testen)"
                    ),
                ),
                (
                    "flexibility_like_other_side",
                    models.BooleanField(
                        verbose_name="Het been is bijna even lenig als het andere been (flexibiliteit)"
                    ),
                ),
                (
                    "field_test_passed",
                    models.BooleanField(
                        verbose_name="De test op het veld gaat goed (sportspecifieke test)"
                    ),
                ),
                (
                    "psychologically_ready",
                    models.BooleanField(
                        verbose_name="Vertrouwen in het been: klaar om weer te sporten (mentaal klaar)"
                    ),
                ),
                (
                    "shared_decision",
                    models.BooleanField(verbose_name="Samen besloten (gedeelde besluitvorming)"),
                ),
                ("note", models.TextField(blank=True, max_length=1000, verbose_name="opmerking")),
                ("completed_at", models.DateTimeField(auto_now_add=True, verbose_name="wanneer")),
                (
                    "completed_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="door",
                    ),
                ),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="return_to_sport_checks",
                        to="rehab.patientplan",
                    ),
                ),
            ],
            options={
                "verbose_name": "terugkeer-naar-sportcheck",
                "verbose_name_plural": "terugkeer-naar-sportchecks",
                "ordering": ["-completed_at", "-pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("field_test_passed", True),
                            ("flexibility_like_other_side", True),
                            ("no_pain_in_functional_tests", True),
                            ("no_pain_in_strength_and_flexibility_tests", True),
                            ("no_pain_on_palpation", True),
                            ("psychologically_ready", True),
                            ("shared_decision", True),
                        ),
                        name="return_to_sport_every_item_met",
                    )
                ],
            },
        ),
        migrations.RunPython(add_reference, migrations.RunPython.noop),
    ]
