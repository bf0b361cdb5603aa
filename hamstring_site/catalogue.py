"""The translation catalogues: compile them, and say what is missing.

Dutch is the source language (the msgids); every other language in LANGUAGES has a
catalogue under locale/<code>/LC_MESSAGES/django.po. The compiled django.mo is committed,
so a fresh machine runs and tests the site without GNU gettext. It is compiled here with
polib rather than msgfmt: polib writes the same bytes for the same catalogue on every
machine, so tests/test_languages.py can check that the committed .mo is current.

    python -m hamstring_site.catalogue          # compile, and report per language
    python -m hamstring_site.catalogue --check  # report only; exit 1 on any problem

`make messages` runs Django's makemessages first (that step needs GNU gettext's xgettext).
"""

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = BASE_DIR / "locale"
SOURCE_LANGUAGE = "nl"
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]")


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def languages() -> list[str]:
    """Every language with a catalogue (the source language has none)."""
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))


def compiled(language: str) -> bytes:
    """The .mo file as polib writes it for the current .po file."""
    return polib.pofile(str(po_path(language))).to_binary()


def compile_catalogue(language: str) -> None:
    mo_path(language).write_bytes(compiled(language))


@dataclass
class Report:
    language: str
    strings: int = 0
    untranslated: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.untranslated or self.fuzzy or self.placeholders)


def _translations(entry: polib.POEntry) -> list[tuple[str, str]]:
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(i, "") for i in sorted(entry.msgstr_plural)]
        return [(entry.msgid, forms[0] if forms else "")] + [
            (entry.msgid_plural, form) for form in forms[1:]
        ]
    return [(entry.msgid, entry.msgstr)]


def report(language: str) -> Report:
    catalogue = polib.pofile(str(po_path(language)))
    result = Report(language)
    for entry in catalogue:
        if entry.obsolete:
            continue
        result.strings += 1
        if "fuzzy" in entry.flags:
            result.fuzzy.append(entry.msgid)
        pairs = _translations(entry)
        if any(not text for _source, text in pairs):
            result.untranslated.append(entry.msgid)
            continue
        for source, text in pairs:
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                result.placeholders.append(entry.msgid)
    return result


def _print(result: Report) -> None:
    print(
        f"{result.language}: {result.strings} strings, {len(result.untranslated)} untranslated, "
        f"{len(result.fuzzy)} fuzzy, {len(result.placeholders)} with other placeholders"
    )
    for label, items in (
        ("untranslated", result.untranslated),
        ("fuzzy", result.fuzzy),
        ("placeholders differ", result.placeholders),
    ):
        for msgid in items:
            print(f"  {label}: {msgid[:100]!r}")


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    ok = True
    for language in languages():
        if not check_only:
            compile_catalogue(language)
        result = report(language)
        _print(result)
        ok = ok and result.complete
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
