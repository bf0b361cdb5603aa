"""Requests per second of the tendinopathy page, "Mijn schema" and a hello-world view,
served by the same gunicorn configuration on PostgreSQL, measured in one run.

Prints each page as a ratio of the hello-world floor (goals: ≥ 0.60 for the public page,
≥ 0.35 for "Mijn schema"), and the floor of any signed-in page: hello-world behind the
session and user lookups. Run: .venv/bin/python bench/throughput.py
"""

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import Client, running_stack  # noqa: E402

CLIENT_THREADS = 6
SECONDS_PER_ROUND = 4
ROUNDS = 3
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
        results: dict[str, list[float]] = {name: [] for name in PAGES}
        for _ in range(ROUNDS):  # interleaved, so drift in machine load hits all alike
            for name, (path, login) in PAGES.items():
                results[name].append(requests_per_second(port, path, login))
    best = {name: max(values) for name, values in results.items()}
    print(f"requests per second, best of {ROUNDS} rounds of {SECONDS_PER_ROUND} s:")
    for name, rps in best.items():
        print(f"  {name:<14} {rps:8.1f}")
    print("ratio to hello-world:")
    for name, goal in GOALS.items():
        ratio = best[name] / best["hello"]
        verdict = "ok" if ratio >= goal else "below goal"
        print(f"  {name:<14} {ratio:5.2f}  (goal >= {goal:.2f}: {verdict})")
    # No page behind a login can beat this: the session and the user are two queries.
    floor = best["hello-signed-in"] / best["hello"]
    print(
        f"  {'signed-in floor':<14} {floor:5.2f}  (hello-world after the session and user lookups)"
    )
    print(f"  mijn-schema / signed-in floor: {best['mijn-schema'] / best['hello-signed-in']:.2f}")


if __name__ == "__main__":
    main()
