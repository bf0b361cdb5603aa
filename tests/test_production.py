"""The site under production settings (DJANGO_DEBUG=false), run in a child process because
settings are read once at start-up."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "hamstring.example.org"

PROBE = f"""
import json
from django.conf import settings
from django.test import Client
client = Client(headers={{"host": "{HOST}"}})
insecure = client.get("/")
page = client.get("/", secure=True)
health = client.get("/healthz", secure=True)
login = client.get("/account/inloggen/", secure=True)
print(json.dumps({{
    "insecure_status": insecure.status_code,
    "insecure_location": insecure.get("Location", ""),
    "status": page.status_code,
    "headers": dict(page.headers.items()),
    "csrf_cookie": {{k: str(v) for k, v in login.cookies["csrftoken"].items()}}
        if "csrftoken" in login.cookies else None,
    "health": health.status_code,
    "session": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                settings.SESSION_COOKIE_SAMESITE],
}}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    database = tmp_path_factory.mktemp("production") / "db.sqlite3"
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "hamstring_site.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "production-test-" + "k" * 50,
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_LOG_LEVEL": "ERROR",
    }

    def manage(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    manage("migrate", "--noinput", "--verbosity", "0")
    return json.loads(manage("shell", "-c", PROBE).strip().splitlines()[-1])


def test_plain_http_is_redirected_to_https(production):
    assert production["insecure_status"] == 301
    assert production["insecure_location"].startswith(f"https://{HOST}/")


def test_security_headers(production):
    assert production["status"] == 200
    headers = {k.lower(): v for k, v in production["headers"].items()}
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert "includeSubDomains" in headers["strict-transport-security"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"


def test_cookies_are_secure(production):
    cookie = production["csrf_cookie"]
    assert cookie is not None, "the login form uses a CSRF token, so the cookie is set"
    assert cookie["secure"] is True or cookie["secure"] == "True"
    assert cookie["samesite"] == "Lax"
    assert production["session"] == [True, True, "Lax"]


def test_health_check_answers(production):
    assert production["health"] == 200
