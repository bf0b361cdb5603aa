import pytest

from .conftest import PHONE, axe_violations_at_both_widths

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("path", ["/", "/account/inloggen/", "/bestaat-niet/"])
def test_pages_have_no_axe_violations_at_375_and_1280_px(new_page, live_server, path):
    page = new_page(viewport=PHONE)
    page.goto(live_server.url + path)
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").count() == 1
    assert axe_violations_at_both_widths(page) == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_no_request_leaves_for_another_host(page, live_server):
    hosts = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page.goto(live_server.url + "/")
    page.wait_for_load_state("networkidle")
    assert hosts == {live_server.url.split("/")[2]}
    assert page.evaluate("typeof window.htmx") == "object"
