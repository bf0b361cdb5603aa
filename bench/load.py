"""Load test: 50 simultaneous users for 60 s against gunicorn + PostgreSQL on loopback.

A mix of visitors reading public pages, patients logging sessions and physiotherapists
reading their lists. Prints errors (goal 0), lost logs (acknowledged logs missing from
the database; goal 0) and p50/p95 latency. Bounded in time and requests; stops by itself.

Run: .venv/bin/python bench/load.py [--seconds 60] [--users 50]
"""

import argparse
import datetime
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import Client, manage, running_stack  # noqa: E402

MAX_REQUESTS_PER_USER = 5000
PUBLIC_PAGES = [
    "/",
    "/klachten/peesklachten-zitbot/",
    "/klachten/hamstringblessure/",
    "/oefenprogramma/",
    "/veelgestelde-vragen/",
    "/zelftest/",
]
SETUP = """
import datetime
from accounts.models import User
from rehab.models import PlanTemplate
from rehab.services.plans import copy_template
template = PlanTemplate.objects.get(slug="tendinopathie")
physio = User.objects.get(email="fysio@example.org")
start = datetime.date.today() - datetime.timedelta(days=200)
for i in range({patients}):
    patient = User.objects.create_user(
        f"load{{i}}@example.org", "hamstring-demo", full_name=f"Belasting {{i}}",
        physiotherapist=physio,
    )
    copy_template(patient=patient, template=template, start_date=start, physiotherapist=physio)
"""


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.acknowledged: set[tuple[int, str]] = set()

    def timed(self, client: Client, method: str, path: str, form=None, expect=(200,)):
        started = time.perf_counter()
        try:
            status, body = client.request(method, path, form)
        except Exception as error:  # counted as an error, the run goes on
            with self.lock:
                self.errors.append(f"{method} {path}: {error!r}")
            return None, ""
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latencies.append(elapsed)
            if status not in expect:
                self.errors.append(f"{method} {path}: {status}")
        return status, body


def visitor(port: int, stats: Stats, stop: float) -> None:
    client = Client(port)
    for n in range(MAX_REQUESTS_PER_USER):
        if time.monotonic() > stop:
            return
        stats.timed(client, "GET", PUBLIC_PAGES[n % len(PUBLIC_PAGES)])


def physiotherapist(port: int, stats: Stats, stop: float) -> None:
    client = Client(port)
    client.login("fysio@example.org")
    for n in range(MAX_REQUESTS_PER_USER):
        if time.monotonic() > stop:
            return
        path = "/fysio/" if n % 3 else "/fysio/?q=belasting"
        stats.timed(client, "GET", path)


def patient(port: int, email: str, stats: Stats, stop: float) -> None:
    client = Client(port)
    client.login(email)
    _, page = stats.timed(client, "GET", "/mijn-schema/")
    plan_id = int(re.search(r'action="/mijn-schema/(\d+)/sessie/"', page).group(1))
    sets = {
        f"sets_{pk}": maximum
        for pk, maximum in re.findall(r'name="sets_(\d+)"[^>]*max="(\d+)"', page)
    }
    today = datetime.date.today()
    for n in range(MAX_REQUESTS_PER_USER):
        if time.monotonic() > stop:
            return
        if n % 2:
            stats.timed(client, "GET", "/mijn-schema/")
            continue
        date = (today - datetime.timedelta(days=(n // 2) % 180)).isoformat()
        form = {"date": date, "pain_during": str(random.randint(0, 4)), "note": "", **sets}
        status, _ = stats.timed(client, "POST", f"/mijn-schema/{plan_id}/sessie/", form, (302,))
        if status == 302:
            with stats.lock:
                stats.acknowledged.add((plan_id, date))


def count_stored(env: dict, acknowledged: set[tuple[int, str]]) -> int:
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as conn:
        rows = conn.execute("SELECT plan_id, date FROM rehab_sessionlog").fetchall()
    stored = {(plan_id, date.isoformat()) for plan_id, date in rows}
    return len(acknowledged & stored)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=50)
    args = parser.parse_args()
    patients = args.users * 2 // 5
    physios = args.users // 5
    visitors = args.users - patients - physios

    with running_stack() as stack:
        manage(stack["env"], "shell", "-c", SETUP.format(patients=patients))
        stats = Stats()
        stop = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=visitor, args=(stack["port"], stats, stop))
            for _ in range(visitors)
        ]
        threads += [
            threading.Thread(target=physiotherapist, args=(stack["port"], stats, stop))
            for _ in range(physios)
        ]
        threads += [
            threading.Thread(
                target=patient, args=(stack["port"], f"load{i}@example.org", stats, stop)
            )
            for i in range(patients)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        stored = count_stored(stack["env"], stats.acknowledged)

    latencies = sorted(stats.latencies)
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0
    print(f"users: {args.users}: {visitors} visitors, {patients} patients, {physios} physios")
    print(f"requests: {len(latencies)} in {elapsed:.1f} s ({len(latencies) / elapsed:.1f}/s)")
    print(f"errors: {len(stats.errors)}")
    for error in stats.errors[:10]:
        print(f"  {error}")
    lost = len(stats.acknowledged) - stored
    print(f"logs acknowledged: {len(stats.acknowledged)}, stored: {stored}, lost: {lost}")
    print(
        f"latency p50: {statistics.median(latencies) * 1000:.0f} ms, p95: {p95 * 1000:.0f} ms"
        if latencies
        else "no requests"
    )


if __name__ == "__main__":
    main()
