"""House style: no view function over 30 lines. Thin views: the work is in services and
queries, the shared steps in rehab/web.py."""

import inspect

from tests.url_walk import named_urls

MAX_LINES = 30
OUR_APPS = ("rehab", "conditions", "accounts", "hamstring_site")


def _function(callback):
    """The view's own function, under its decorators (functools.wraps keeps __wrapped__)."""
    view = getattr(callback, "view_class", None) or callback
    return inspect.unwrap(view)


def test_no_view_function_is_longer_than_30_lines():
    lengths = {}
    for name, _route, pattern in named_urls():
        function = _function(pattern.callback)
        if function.__module__.split(".")[0] not in (
            "rehab",
            "conditions",
            "accounts",
            "hamstring_site",
        ):
            continue  # Django's own views (login, password reset) are not ours to shorten
        lines, _start = inspect.getsourcelines(function)
        lengths[f"{name} ({function.__module__}.{function.__qualname__})"] = len(lines)
    too_long = {name: n for name, n in lengths.items() if n > MAX_LINES}
    assert lengths, "the walk found no views"
    assert too_long == {}, f"Views over {MAX_LINES} lines: {too_long}"
