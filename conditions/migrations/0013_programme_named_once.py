"""The tendinopathy page explains the four phases and links to the programme page.

It restated the programme with exercise names of its own ("Liggend been buigen" beside the
library's "Liggende beencurl") and counted in "series" and "keer", while the programme
says "sets" and "herhalingen". Now each exercise has one name and one dosage, on the
programme page, from the exercise library.

The phase passage is replaced only as migrations 0002 and 0005 left it (its fingerprint
below); a passage an editor has rewritten is left alone.
"""

import hashlib
import re

from django.db import migrations

# From "### Fase 1" up to "### Lenigheid", its words joined by single spaces.
OLD_PHASES_SHA256 = "a3bfbca2236a91d3c16ee5a47aacd05b611c67ffe4bb0237abefce05986a2172"
PHASES = re.compile(r"^### Fase 1.*?(?=^### Lenigheid)", re.S | re.M)
NEW_PHASES = """### De vier fasen

1. **Fase 1: aanspannen en vasthouden (isometrisch).** De spier spant aan zonder
   korter te worden. Zo komt er weinig druk op de aanhechting.
2. **Fase 2: korter worden onder belasting (concentrisch).** De spier levert kracht
   terwijl hij korter wordt.
3. **Fase 3: zwaarder, en langer worden onder belasting (excentrisch).** De oefeningen
   worden zwaarder. Er komt bij dat de spier kracht levert terwijl hij langer wordt.
4. **Fase 4: snel en krachtig, terug naar je sport (dynamisch).** Er komen snelle,
   springende oefeningen bij. Zo kun je weer meer belasten en terug naar je sport.

Welke oefeningen bij elke fase horen, hoeveel sets en herhalingen je doet en hoe lang je
rust, staat in het [oefenprogramma](/oefenprogramma/). Daar heeft elke oefening ook een
eigen pagina, met uitleg en veelgemaakte fouten.

"""
OLD_INTRO = (
    "Bespreek de oefeningen met een (sport)fysiotherapeut: die kan ze aanpassen en "
    "aanvullen. De oefeningen hieronder zijn voorbeelden."
)
NEW_INTRO = (
    "De oefeningen in het oefenprogramma zijn voorbeelden. Bespreek ze met een "
    "(sport)fysiotherapeut: die kan ze aanpassen en aanvullen."
)


def fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def rewrite(apps, schema_editor):
    Section = apps.get_model("conditions", "Section")
    intro = re.compile(r"\s+".join(re.escape(word) for word in OLD_INTRO.split()))
    for section in Section.objects.filter(
        condition__slug="peesklachten-zitbot", anchor="zelf-doen"
    ):
        phases = PHASES.search(section.body)
        if phases is None or fingerprint(phases.group(0)) != OLD_PHASES_SHA256:
            continue
        body = section.body[: phases.start()] + NEW_PHASES + section.body[phases.end() :]
        section.body = intro.sub(NEW_INTRO, body)
        section.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("conditions", "0012_content_review")]

    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop)]
