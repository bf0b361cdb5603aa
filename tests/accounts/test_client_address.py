"""Which address the login lockout counts: the visitor's, also behind a load balancer."""

from axes.helpers import get_client_ip_address


def test_without_a_trusted_proxy_the_connection_address_counts(rf, settings):
    settings.AXES_IPWARE_PROXY_COUNT = None
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
    request = rf.get("/", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.9")
    # A forged X-Forwarded-For header changes nothing.
    assert get_client_ip_address(request) == "198.51.100.7"


def test_behind_one_load_balancer_the_forwarded_address_counts(rf, settings):
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    first = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.5, 10.0.0.2")
    second = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.8, 10.0.0.2")
    assert get_client_ip_address(first) == "203.0.113.5"
    assert get_client_ip_address(second) == "198.51.100.8"
