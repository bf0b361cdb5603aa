"""Benchmark the exercise sheets: `.venv/bin/python bench/pdf.py [rounds]`.

Prints, measured in one run (rounds interleaved, so a busy machine slows all alike):
- cold/bare:   a cold download of the public phase-3 sheet (cache cleared before each)
               divided by WeasyPrint rendering a bare one-page HTML document (goal <= 1.5);
- repeat/cold: a repeat download of that sheet (served from the cache) divided by the
               cold one (goal <= 0.05);
and the size and page count of every phase's sheet and of a patient's sheet.

Runs on a temporary SQLite database, migrated here. Static files are read from the
source folders (no collectstatic needed): the benchmark is about rendering, not serving.
"""

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BARE = (
    '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kaal</title></head>'
    "<body><h1>Oefenblad</h1><p>Een kale pagina met één alinea.</p></body></html>"
)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main(rounds: int) -> None:
    sys.path.insert(0, str(BASE_DIR))
    os.chdir(BASE_DIR)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hamstring_site.settings")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        run(rounds)


def run(rounds: int) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from pypdf import PdfReader
    from weasyprint import HTML

    from rehab.sheets import build as sheets
    from tests.factories import make_patient, make_physiotherapist, make_plan

    setup_test_environment()  # lets the test client's "testserver" host in
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)
    client = Client()
    url = "/oefenblad/fase/3/"

    def download(path: str = url) -> bytes:
        response = client.get(path)
        assert response.status_code == 200, response.status_code
        return response.content

    started = time.perf_counter()
    cache.clear()
    download()
    first = time.perf_counter() - started

    bare, cold, repeat, render_only = [], [], [], []
    HTML(string=BARE).write_pdf()
    html = None
    for _ in range(rounds):
        started = time.perf_counter()
        HTML(string=BARE).write_pdf()
        bare.append(time.perf_counter() - started)

        cache.clear()
        started = time.perf_counter()
        download()
        cold.append(time.perf_counter() - started)

        started = time.perf_counter()
        download()
        repeat.append(time.perf_counter() - started)

        if html is None:
            html = client.get(url + "afdrukken/").content.decode()
            html = html.replace('<link rel="stylesheet"', '<link rel="x-ignored"')
        started = time.perf_counter()
        sheets.write_pdf(html)
        render_only.append(time.perf_counter() - started)

    cold_over_bare = median_ms(cold) / median_ms(bare)
    repeat_over_cold = median_ms(repeat) / median_ms(cold)
    print(f"Exercise sheet benchmark, {rounds} rounds, medians")
    print(f"  bare one-page HTML, WeasyPrint   {median_ms(bare):8.1f} ms")
    print(f"  phase 3 sheet, cold download     {median_ms(cold):8.1f} ms")
    print(f"  phase 3 sheet, repeat download   {median_ms(repeat):8.1f} ms")
    print(f"  (WeasyPrint alone on the sheet   {median_ms(render_only):8.1f} ms)")
    print(f"  (first download in this process  {first * 1000:8.1f} ms: loads fonts)")
    print(f"cold/bare   = {cold_over_bare:6.2f}  (goal <= 1.5)")
    print(f"repeat/cold = {repeat_over_cold:6.3f}  (goal <= 0.05)")

    print("Sheets:")
    for phase in (1, 2, 3, 4):
        pdf = download(f"/oefenblad/fase/{phase}/")
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"  public phase {phase}: {len(pdf) / 1024:5.1f} KiB, {pages} page(s)")
    patient = make_patient(name="Marieke van den Berg-Oosterhuis")
    plan = make_plan(patient=patient, physiotherapist=make_physiotherapist(name="Joëlle de Vries"))
    client.force_login(patient)
    for phase in (1, 2, 3, 4):
        pdf = download(f"/oefenblad/schema/{plan.pk}/?fase={phase}")
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"  patient's plan, phase {phase}: {len(pdf) / 1024:5.1f} KiB, {pages} page(s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
