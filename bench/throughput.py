"""Requests per second of the tendinopathy page, "Mijn schema" and a hello-world view,
served by the same gunicorn configuration on PostgreSQL, measured in one run.

Prints each page as a ratio of the hello-world floor (goals: ≥ 0.60 for the public page,
≥ 0.35 for "Mijn schema"), and the floor of any signed-in page: hello-world behind the
session and user lookups. Run: .venv/bin/python bench/throughput.py
"""

import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import Client, running_stack  # noqa: E402

CLIENT_THREADS = 6
SECONDS_PER_ROUND = 3
ROUNDS = 7
PAGES = {
    "hello": ("/bench/hello", None),
    "hello-signed-in": ("/bench/hello-signed-in", "patient@example.org"),
    "tendinopathie": ("/klachten/peesklachten-zitbot/", None),
    "mijn-schema": ("/mijn-schema/", "patient@example.org"),
}
GOALS = {"tendinopathie": 0.60, "mijn-schema": 0.35}


def requests_per_second(port: int, path: str, login: str | None) -> float:
    clients = [Client(port) for _ in range(CLIENT_THREADS)]
    if login:
        for client in clients:
            client.login(login)
    counts = [0] * CLIENT_THREADS
    errors = [0] * CLIENT_THREADS
    stop = time.monotonic() + SECONDS_PER_ROUND

    def hammer(i: int) -> None:
        while time.monotonic() < stop:
            status, _ = clients[i].request("GET", path)
            if status == 200:
                counts[i] += 1
            else:
                errors[i] += 1

    threads = [threading.Thread(target=hammer, args=(i,)) for i in range(CLIENT_THREADS)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    if sum(errors):
        raise RuntimeError(f"{path}: {sum(errors)} non-200 answers")
    return sum(counts) / elapsed


def main() -> None:
    with running_stack() as stack:
        port = stack["port"]
        for path, login in PAGES.values():  # warm up caches and workers
            client = Client(port)
            if login:
                client.login(login)
            for _ in range(20):
                client.request("GET", path)
        rounds: list[dict[str, float]] = []
        for _ in range(ROUNDS):
            rounds.append(
                {
                    name: requests_per_second(port, path, login)
                    for name, (path, login) in PAGES.items()
                }
            )

    # Each page is compared with the hello-world of its own round, seconds apart, so that
    # drift in the machine's load cancels out; the median round is printed, with the range.
    def ratios(page: str, base: str = "hello") -> list[float]:
        return sorted(r[page] / r[base] for r in rounds)

    print(f"requests per second, median of {ROUNDS} rounds of {SECONDS_PER_ROUND} s:")
    for name in PAGES:
        print(f"  {name:<16} {statistics.median(r[name] for r in rounds):8.1f}")
    print("ratio to hello-world in the same round (median, lowest to highest):")
    for name in GOALS:
        values = ratios(name)
        ratio = statistics.median(values)
        verdict = "ok" if ratio >= GOALS[name] else "below goal"
        print(
            f"  {name:<16} {ratio:5.2f}  ({values[0]:.2f} to {values[-1]:.2f}; "
            f"goal >= {GOALS[name]:.2f}: {verdict})"
        )
    # No page behind a login can beat this floor: the session and the user are two queries.
    floor = ratios("hello-signed-in")
    print(
        f"  {'signed-in floor':<16} {statistics.median(floor):5.2f}  ({floor[0]:.2f} to "
        f"{floor[-1]:.2f}; hello-world behind the session and user lookups)"
    )
    behind_login = ratios("mijn-schema", base="hello-signed-in")
    print(
        f"mijn-schema as a ratio of the signed-in floor: {statistics.median(behind_login):.2f} "
        f"({behind_login[0]:.2f} to {behind_login[-1]:.2f})"
    )


if __name__ == "__main__":
    main()
