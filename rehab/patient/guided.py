"""The sentences static/js/guided.js shows and announces, in the active language.

The script reads them from a JSON data block on the page (`json_script`), so they are
translated like every other string and the script holds no text of its own. `{n}` is a
number of seconds or sets, `{total}` the sets prescribed, `{name}` the exercise.
"""

from django.utils.translation import gettext as _


def guided_text() -> dict[str, str]:
    return {
        "get_ready": _("Maak je klaar: {n}"),
        "hold": _("Vasthouden: nog {n} seconden"),
        "hold_start": _("Vasthouden, {n} seconden. Begin nu."),
        "reps": _("Doe de herhalingen van deze set. Klik op ‘Set klaar’ als je klaar bent."),
        "rest": _("Rust: nog {n} seconden"),
        "rest_start": _("Set klaar. Rust {n} seconden."),
        "rest_over": _("De rust is voorbij. Begin aan de volgende set als je klaar bent."),
        "sets_done": _("Sets gedaan: {n} van {total}"),
        "exercise_done": _("Alle sets van {name} zijn klaar."),
        "paused": _("Gepauzeerd. Klik op ‘Verder’ om door te gaan."),
        "resumed": _("We gaan verder."),
        "finished": _("Klaar met oefenen. Vul hieronder in hoeveel pijn je had."),
        "ten_left": _("Nog 10 seconden."),
    }
