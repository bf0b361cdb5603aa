"""Browser tests: Playwright drives the system's Chromium against Django's live server.

Outside CI a missing Chromium skips these tests (and says so); under CI=true it fails.
"""

import os
import shutil
from collections.abc import Iterator

import pytest

# Playwright's sync API runs an event loop in the test thread; Django would refuse ORM
# calls from it. Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(django_db_setup) -> Iterator:
    path = chromium_path()
    if path is None:
        message = "Chromium not found (install Debian's 'chromium' package)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + ": browser tests are required under CI=true.")
        pytest.skip(message + ": browser tests skipped outside CI.")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Django keeps connections per thread *and* per event loop; Playwright's sync API
    # starts a loop in this thread, so the tests then see new connection objects. The
    # content the data migrations loaded (serialized for serialized_rollback) hangs on
    # the old ones: hand it over, or a transactional test would restore nothing.
    serialized = {c.alias: getattr(c, "_test_serialized_contents", None) for c in connections.all()}
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server, settings):
    """Open pages with a given viewport and JavaScript on or off; closes them afterwards."""
    # The live server serves static files through the finders, which know the source
    # names only, not the hashed names of the manifest storage.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    contexts = []

    def make(viewport=DESKTOP, javascript: bool = True):
        context = browser.new_context(
            viewport=viewport, java_script_enabled=javascript, locale="nl-NL"
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def axe_violations(page) -> list[str]:
    """Run axe-core on the page; return one readable line per violation."""
    from axe_playwright_python.sync_playwright import Axe

    # resultTypes: axe still runs every rule, but details only the violations instead of
    # sending every passing node back over the wire.
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


def axe_violations_at_both_widths(page) -> list[str]:
    """axe at the phone width and at the desktop width, on the page as it is loaded now.

    The stylesheet's media queries follow the viewport, so one load serves both widths:
    a flow that leads to a page (a log-in, a rejected form) runs once instead of twice.
    Each line says at which width it was found, and so does a page wider than the screen.
    """
    # A page that a form post just replaced may still be loading its stylesheet: measure
    # widths and run axe on the page as the visitor sees it, once everything has loaded.
    page.wait_for_load_state("load")
    found = []
    for label, size in (("375px", PHONE), ("1280px", DESKTOP)):
        page.set_viewport_size(size)
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            found.append(f"{label}: wider than the screen")
        found += [f"{label}: {violation}" for violation in axe_violations(page)]
    return found


def check_page(page, url: str, failures: dict, *, name: str | None = None) -> None:
    """Open `url` (or take the page as it is) and note under its name what is wrong:
    not exactly one h1, or anything `axe_violations_at_both_widths` finds."""
    if url:
        page.goto(url)
    key = name or url
    if page.locator("h1").count() != 1:
        failures[key] = [f"{page.locator('h1').count()} h1 elements"]
    violations = axe_violations_at_both_widths(page)
    if violations:
        failures[key] = violations


def login(page, live_server, email: str, password: str) -> None:
    page.goto(f"{live_server.url}/account/inloggen/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
