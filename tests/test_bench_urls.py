"""The benchmarks' URLconf serves the site's pages beside the hello-world floor: when it
stopped loading (an include() of a URLconf with i18n_patterns), bench/throughput.py broke
without any test noticing."""

from django.urls import get_resolver
from django.utils import translation


def test_the_benchmark_urlconf_serves_the_floor_and_the_site_in_both_languages():
    resolver = get_resolver("bench.urls")
    assert resolver.resolve("/bench/hello").func.__name__ == "hello"
    assert resolver.resolve("/bench/hello-signed-in").func.__name__ == "hello_signed_in"
    assert resolver.resolve("/klachten/peesklachten-zitbot/").url_name == "condition"
    assert resolver.resolve("/mijn-schema/").url_name == "my_plan"
    with translation.override("en"):
        assert resolver.resolve("/en/mijn-schema/").url_name == "my_plan"
