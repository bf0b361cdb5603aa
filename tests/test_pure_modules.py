"""The rule, the self-check and the chart geometry are pure Python: no Django at all.

Imported in a fresh interpreter without settings, they must not pull in Django, so that
their output cannot depend on hidden state such as the active language.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PURE_MODULES = [
    "rehab.rules",
    "rehab.charts",
    "rehab.outcome_rules",
    "rehab.outcome_charts",
    "conditions.selfcheck",
]


@pytest.mark.parametrize("module", PURE_MODULES)
def test_a_pure_module_imports_nothing_from_django(module):
    code = (
        f"import sys, {module}; "
        "leaked = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')); "
        "print(leaked); sys.exit(1 if leaked else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_rule_tests_run_without_django_settings():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--noconftest",
            "-o",
            "addopts=",
            "-p",
            "no:django",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            "-q",
            "tests/rehab/test_rules.py",
        ],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
