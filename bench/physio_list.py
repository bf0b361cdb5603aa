"""How the physiotherapist's patient list scales: 1,000 patients with 100,000 logs against
10 patients with 1,000 logs.

Prints the median time of each list page, the ratio big/small (goal: at most 2) and the
number of queries of each. Runs on a temporary SQLite database; exits with 1 when the
ratio misses the goal.

    .venv/bin/python bench/physio_list.py [--runs 41]
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
GOAL = 2.0
TODAY = datetime.date(2026, 11, 20)


def setup_django(database: Path) -> None:
    sys.path.insert(0, str(BASE_DIR))
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hamstring_site.settings")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host, the in-memory e-mail backend
    call_command("migrate", verbosity=0)


def build(*, physio_email: str, patients: int, logs_each: int):
    """One physiotherapist with `patients` patients, each with a plan and `logs_each` logs."""
    from accounts.models import User
    from rehab.models import PatientPlan, PlanTemplate, SessionLog

    physio = User.objects.create_user(
        physio_email, "bench-password", full_name=physio_email, role=User.Role.PHYSIOTHERAPIST
    )
    template = PlanTemplate.objects.get(slug="tendinopathie")
    people = User.objects.bulk_create(
        (
            User(email=f"{n}.{physio_email}", full_name=f"Patiënt {n:04}", physiotherapist=physio)
            for n in range(patients)
        ),
        batch_size=1000,
    )
    plans = PatientPlan.objects.bulk_create(
        (
            PatientPlan(
                patient=person,
                physiotherapist=physio,
                template=template,
                condition=template.condition,
                current_phase=1 + n % 4,
                phase_started=TODAY - datetime.timedelta(days=30),
                mode=PatientPlan.Mode.PHYSIO_APPROVES if n % 10 == 0 else "patient",
            )
            for n, person in enumerate(people)
        ),
        batch_size=1000,
    )
    # A mix: every seventh patient hurts too much, every eleventh has gone quiet.
    SessionLog.objects.bulk_create(
        (
            SessionLog(
                plan=plan,
                phase=plan.current_phase,
                date=TODAY - datetime.timedelta(days=2 * day + (9 if n % 11 == 0 else 0)),
                pain_during=6 if n % 7 == 0 and day < 2 else (n + day) % 5,
                pain_next_morning=None if day == 0 else (n * day) % 5,
                all_sets_completed=True,
            )
            for n, plan in enumerate(plans)
            for day in range(logs_each)
        ),
        batch_size=5000,
    )
    return physio


def count_queries(client, physio) -> int:
    from django.db import connection
    from django.urls import reverse

    url = reverse("clinic:patients")
    client.force_login(physio)
    for _ in range(3):  # warm up: templates, the query planner, the page cache
        assert client.get(url).status_code == 200
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    return len(queries)


def measure(clients, runs: int) -> list[float]:
    """The median time of each client's list page, timed in turns (one request of each per
    round) so that the machine's drift during the run weighs on every list alike."""
    from django.urls import reverse

    url = reverse("clinic:patients")
    times: list[list[float]] = [[] for _ in clients]
    for _ in range(runs):
        for n, client in enumerate(clients):
            start = time.perf_counter()
            response = client.get(url)
            times[n].append(time.perf_counter() - start)
            assert response.status_code == 200
    return [statistics.median(each) for each in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=41, help="timed requests per list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hamstring-bench-") as tmp:
        setup_django(Path(tmp) / "bench.sqlite3")
        from django.test import Client, override_settings

        from rehab import clock

        clock.today = lambda: TODAY  # the data is laid out around a fixed day
        print("Building: 10 patients with 1,000 logs, 1,000 patients with 100,000 logs …")
        started = time.perf_counter()
        small = build(physio_email="klein@example.org", patients=10, logs_each=100)
        big = build(physio_email="groot@example.org", patients=1000, logs_each=100)
        print(f"  built in {time.perf_counter() - started:.1f} s")
        # The source files, not the hashed names of collectstatic's manifest.
        storages = {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        # DEBUG off, as in production: no query log, no debug pages.
        with override_settings(STORAGES=storages, DEBUG=False):
            small_client, big_client = Client(), Client()
            small_queries = count_queries(small_client, small)
            big_queries = count_queries(big_client, big)
            small_time, big_time = measure([small_client, big_client], args.runs)
    ratio = big_time / small_time
    print(f"{'patients':>9} {'logs':>8} {'median':>10} {'queries':>8}")
    print(f"{10:>9} {1_000:>8} {small_time * 1000:>8.1f}ms {small_queries:>8}")
    print(f"{1000:>9} {100_000:>8} {big_time * 1000:>8.1f}ms {big_queries:>8}")
    verdict = "ok" if ratio <= GOAL else "TOO SLOW"
    print(f"ratio big/small: {ratio:.2f} (goal ≤ {GOAL:g}): {verdict}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
