"""Printable exercise sheets: PDF and HTML print view, access, caching, the URL fetcher."""

import datetime
import io
import logging
import socket

import pytest
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.urls import reverse
from pypdf import PdfReader

from rehab.models import Exercise, TemplatePhase
from rehab.sheets import build as sheets
from tests.factories import make_admin, make_patient, make_physiotherapist, make_plan

pytestmark = pytest.mark.django_db

PROGRAMME = {
    1: [("Brug op één been (single leg bridge)", "5 × 45 seconden vasthouden, 1 s pauze ertussen")],
    2: [
        (
            "Liggende beencurl (lying leg curl)",
            "4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30–60 s rust",
        )
    ],
    3: [
        (
            "Zittende beencurl op één been (seated one leg curl)",
            "4 × 8 herhalingen · 3 s omhoog, 3 s omlaag · 30 s rust",
        ),
        (
            "Arabesque op één been (single leg arabesque)",
            "4 × 8 herhalingen · elke herhaling ongeveer 3 s · 30 s rust",
        ),
    ],
    4: [
        ("Sprong vanuit kniebuiging (squat jump)", "3 × 15 herhalingen · 2 min rust"),
        (
            "Wisselsprong in spreidstand (alternate leg split squat)",
            "3 × 15 herhalingen · 2 min rust",
        ),
    ],
}
PAIN_RULE = "Pijn tijdens en de ochtend na het oefenen: niet hoger dan {} op 10"
PRINTED_ON = datetime.date(2026, 11, 21)


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with all whitespace (line breaks too) as single spaces."""
    return " ".join(" ".join(page.extract_text().split()) for page in pdf_reader(pdf).pages)


def squeezed(text: str) -> str:
    """Without any space: a link may wrap after a slash on paper."""
    return "".join(text.split())


def cache_key(response) -> str:
    """Where the PDF of a response is cached: its ETag is the hash of what it shows."""
    return "rehab:sheet:" + response["ETag"].strip('"')


def public_phase(number: int) -> TemplatePhase:
    return TemplatePhase.objects.select_related("template").get(
        template__slug="tendinopathie", number=number
    )


# The public sheet ------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [1, 2, 3, 4])
def test_the_public_sheet_is_a_pdf_with_every_exercise_its_dosage_and_the_pain_rule(client, phase):
    response = client.get(f"/oefenblad/fase/{phase}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="oefenblad-fase-{phase}.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    for name, dosage in PROGRAMME[phase]:
        assert name in text
        assert dosage in text
    assert PAIN_RULE.format(4) in text
    assert "Oefen 3–4× per week." in text
    for header in ("Datum", "Sets gedaan", "Pijn tijdens (0–10)", "Pijn ochtend erna (0–10)"):
        assert header in text
    assert f"testserver{reverse('patient:programme')}".rstrip("/") in squeezed(text)
    assert 1 <= len(pdf_reader(response.content).pages) <= 2


@pytest.mark.parametrize("phase", ["0", "5", "99"])
def test_a_phase_outside_the_programme_is_not_found(client, phase):
    assert client.get(f"/oefenblad/fase/{phase}/").status_code == 404
    assert client.get(f"/oefenblad/fase/{phase}/afdrukken/").status_code == 404


def test_the_sheets_answer_only_get(client):
    assert client.post("/oefenblad/fase/1/").status_code == 405
    assert client.post("/oefenblad/fase/1/afdrukken/").status_code == 405


def test_the_pdf_is_tagged_pdf_ua_in_dutch_with_title_outline_and_embedded_font(client):
    pdf = client.get("/oefenblad/fase/3/").content
    reader = pdf_reader(pdf)
    catalog = reader.trailer["/Root"]

    assert catalog["/Lang"] == "nl"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    assert b'pdfuaid:part="1"' in reader.xmp_metadata.stream.get_data()
    assert reader.metadata.title.startswith("Oefenblad – Fase 3: zwaarder")

    def titles(outline):
        for item in outline:
            yield from titles(item) if isinstance(item, list) else [item.title]

    outline = list(titles(reader.outline))
    assert outline[0] == "Fase 3: zwaarder, en langer worden onder belasting"
    assert "1. Zittende beencurl op één been (seated one leg curl)" in outline
    assert "Logboek: twee weken" in outline

    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [
        font["/DescendantFonts"][0]["/FontDescriptor"]
        for font in (ref.get_object() for ref in fonts.values())
    ]
    assert {str(d["/FontName"]).split("+")[-1] for d in embedded} == {
        "Atkinson-Hyperlegible",
        "Atkinson-Hyperlegible-Bold",
    }
    assert all("/FontFile2" in d for d in embedded)  # embedded, not just named


def test_the_print_date_is_on_the_sheet_and_in_its_key():
    phase = public_phase(2)
    sheet = sheets.public_sheet(phase=phase, printed_on=PRINTED_ON, log_url="https://x.test/")
    next_day = sheets.public_sheet(
        phase=phase, printed_on=PRINTED_ON + datetime.timedelta(days=1), log_url="https://x.test/"
    )

    assert "21 november 2026" in sheets.render_html(sheet, for_pdf=True)
    assert sheet.key != next_day.key
    assert (
        sheet.key
        == sheets.public_sheet(phase=phase, printed_on=PRINTED_ON, log_url="https://x.test/").key
    )


def test_the_public_print_view_is_the_same_sheet_as_html_with_a_pdf_link(client):
    response = client.get("/oefenblad/fase/3/afdrukken/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert html.count("<h1>") == 1
    assert 'href="/oefenblad/fase/3/">Download als PDF</a>' in html
    assert "Terug naar de site" in html
    assert 'rel="stylesheet"' in html
    assert 'style="' not in html  # the Content-Security-Policy allows no inline styles
    for name, dosage in PROGRAMME[3]:
        assert name in html
        assert dosage in html
    assert PAIN_RULE.format(4) in html
    assert '<th scope="col" class="log__date">Datum</th>' in html
    assert html.count('<th scope="row"') == 8


# A patient's own sheet ------------------------------------------------------------------


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    plan = make_plan()
    for url in (f"/oefenblad/schema/{plan.pk}/", f"/oefenblad/schema/{plan.pk}/afdrukken/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/account/inloggen/" in response["Location"]


def test_a_patients_sheet_shows_their_plan_names_and_pain_limit(client):
    physio = make_physiotherapist(name="Joëlle de Vries")
    patient = make_patient(name="Marieke van den Berg")
    plan = make_plan(patient=patient, physiotherapist=physio, start_phase=3, max_pain=3)
    client.force_login(patient)

    response = client.get(f"/oefenblad/schema/{plan.pk}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    text = pdf_text(response.content)
    assert "Voor: Marieke van den Berg" in text
    assert "Fysiotherapeut: Joëlle de Vries" in text
    assert "Afgedrukt op:" in text
    assert PAIN_RULE.format(3) in text
    for name, dosage in PROGRAMME[3]:
        assert name in text
        assert dosage in text
    # The short link back to the online log.
    assert f"testserver{reverse('patient:my_plan')}".rstrip("/") in squeezed(text)
    assert 1 <= len(pdf_reader(response.content).pages) <= 2


def test_the_sheet_shows_an_adjusted_dosage_after_the_physiotherapist_changes_it(client):
    physio = make_physiotherapist()
    patient = make_patient()
    plan = make_plan(patient=patient, physiotherapist=physio, start_phase=2)
    client.force_login(patient)
    url = f"/oefenblad/schema/{plan.pk}/"
    before = client.get(url)
    assert "4 × 8 herhalingen" in pdf_text(before.content)

    prescription = plan.prescriptions.get(phase=2)
    prescription.sets = 3
    prescription.repetitions = 12
    prescription.save()
    after = client.get(url)

    text = pdf_text(after.content)
    assert "3 × 12 herhalingen · 3 s omhoog, 3 s omlaag · 30–60 s rust" in text
    assert "4 × 8 herhalingen" not in text
    assert after["ETag"] != before["ETag"]  # the ETag is the cache key
    assert cache.get(cache_key(after)) == after.content


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("the patient", 200),
        ("their physiotherapist", 200),
        ("an admin", 200),
        ("another patient", 404),
        ("another physiotherapist", 404),
    ],
)
def test_only_the_patient_their_physiotherapist_and_admins_get_the_sheet(client, who, status):
    physio = make_physiotherapist()
    patient = make_patient()
    plan = make_plan(patient=patient, physiotherapist=physio)
    user = {
        "the patient": patient,
        "their physiotherapist": physio,
        "an admin": make_admin(),
        "another patient": make_patient(),
        "another physiotherapist": make_physiotherapist(),
    }[who]
    client.force_login(user)

    assert client.get(f"/oefenblad/schema/{plan.pk}/").status_code == status
    assert client.get(f"/oefenblad/schema/{plan.pk}/afdrukken/").status_code == status


def test_a_plan_that_does_not_exist_is_not_found(client):
    client.force_login(make_admin())
    assert client.get("/oefenblad/schema/999999/").status_code == 404


def test_another_phase_of_the_same_plan_can_be_printed(client):
    patient = make_patient()
    plan = make_plan(patient=patient, start_phase=1)
    client.force_login(patient)

    response = client.get(f"/oefenblad/schema/{plan.pk}/?fase=4")

    assert response["Content-Disposition"] == 'inline; filename="oefenblad-fase-4.pdf"'
    text = pdf_text(response.content)
    assert "Fase 4: sneller en richting sport" in text
    assert "Sprong vanuit kniebuiging (squat jump)" in text
    html = client.get(f"/oefenblad/schema/{plan.pk}/afdrukken/?fase=4").content.decode()
    assert f'href="/oefenblad/schema/{plan.pk}/?fase=4">Download als PDF</a>' in html


@pytest.mark.parametrize("value", ["", "0", "5", "abc", "2.0", "-1", "٣", "1" * 5000])
def test_a_bad_phase_for_a_plan_is_not_found_never_an_error(client, value):
    patient = make_patient()
    plan = make_plan(patient=patient)
    client.force_login(patient)

    assert client.get(f"/oefenblad/schema/{plan.pk}/", {"fase": value}).status_code == 404


def test_the_patients_print_view_links_to_their_pdf_and_back(client):
    patient = make_patient(name="Marieke van den Berg")
    plan = make_plan(patient=patient, start_phase=2)
    client.force_login(patient)

    html = client.get(f"/oefenblad/schema/{plan.pk}/afdrukken/").content.decode()

    assert f'href="/oefenblad/schema/{plan.pk}/">Download als PDF</a>' in html
    assert "Marieke van den Berg" in html
    assert "Liever online bijhouden?" in html


# Caching and conditional requests ---------------------------------------------------------


def test_a_repeat_download_comes_from_the_cache(client):
    first = client.get("/oefenblad/fase/1/")
    key = cache_key(first)
    assert cache.get(key) == first.content

    # Whatever the cache holds is what is sent: the sheet is not rendered again.
    cache.set(key, b"%PDF-1.7 from the cache")
    assert client.get("/oefenblad/fase/1/").content == b"%PDF-1.7 from the cache"


def test_a_matching_if_none_match_gets_304_without_a_body(client):
    first = client.get("/oefenblad/fase/2/")
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')

    again = client.get("/oefenblad/fase/2/", headers={"if-none-match": etag})

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    stale = client.get("/oefenblad/fase/2/", headers={"if-none-match": '"something-else"'})
    assert stale.status_code == 200
    assert stale.content.startswith(b"%PDF")


def test_a_rendering_failure_shows_a_friendly_page_is_logged_and_not_cached(
    client, monkeypatch, caplog
):
    def broken(html: str) -> bytes:
        raise RuntimeError("the renderer fell over")

    monkeypatch.setattr(sheets, "write_pdf", broken)
    with caplog.at_level(logging.ERROR, logger="rehab.sheets.views"):
        response = client.get("/oefenblad/fase/3/")

    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "Het oefenblad kon niet worden gemaakt" in html
    assert 'href="/oefenblad/fase/3/afdrukken/"' in html
    [record] = [r for r in caplog.records if r.name == "rehab.sheets.views"]
    assert record.exc_info is not None
    assert "the renderer fell over" in str(record.exc_info[1].__cause__)
    monkeypatch.undo()
    assert client.get("/oefenblad/fase/3/").content.startswith(b"%PDF")  # nothing was cached


# Illustrations ----------------------------------------------------------------------------

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 200" width="480" height="200">'
    '<rect width="480" height="200" fill="{}"/></svg>'
)


@pytest.fixture
def drawn(settings, tmp_path):
    """A static folder of our own with one illustration, served without a manifest."""
    folder = tmp_path / "static"
    (folder / "svg" / "exercises").mkdir(parents=True)
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, folder]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    Exercise.objects.filter(slug="squat-jump").update(illustration="svg/exercises/test-jump.svg")
    path = folder / "svg" / "exercises" / "test-jump.svg"
    path.write_text(SVG.format("#005eb8"))
    return path


def test_a_missing_illustration_is_left_out_and_the_sheet_still_renders(client):
    Exercise.objects.filter(slug="squat-jump").update(
        illustration="svg/exercises/nog-niet-getekend.svg"
    )

    html = client.get("/oefenblad/fase/4/afdrukken/").content.decode()
    pdf = client.get("/oefenblad/fase/4/").content

    assert "nog-niet-getekend" not in html
    assert "Sprong vanuit kniebuiging (squat jump)" in pdf_text(pdf)


def test_an_illustration_is_shown_and_a_new_drawing_renders_anew(client, drawn):
    html = client.get("/oefenblad/fase/4/afdrukken/").content.decode()
    assert 'src="/static/svg/exercises/test-jump.svg"' in html
    first = client.get("/oefenblad/fase/4/")

    drawn.write_text(SVG.format("#212b32"))
    second = client.get("/oefenblad/fase/4/")

    assert first["ETag"] != second["ETag"]


def test_an_illustration_outside_the_static_folders_is_not_shown(client):
    Exercise.objects.filter(slug="squat-jump").update(illustration="../../../../etc/passwd")

    html = client.get("/oefenblad/fase/4/afdrukken/").content.decode()

    assert "passwd" not in html
    assert client.get("/oefenblad/fase/4/").status_code == 200


# The URL fetcher: only the project's static files -----------------------------------------


def test_the_fetcher_serves_static_files_and_data_uris():
    fetcher = sheets.StaticOnlyURLFetcher()
    base = sheets.RENDER_BASE_URL.rstrip("/")

    stylesheet = fetcher.fetch(f"{base}/static/css/sheet.css")
    assert stylesheet.content_type == "text/css"
    assert b"@font-face" in stylesheet.read()
    # The hashed name the manifest storage hands out maps back to the same file.
    hashed = fetcher.fetch(base + staticfiles_storage.url("css/sheet.css"))
    assert b"@font-face" in hashed.read()
    font = fetcher.fetch(f"{base}/static/fonts/AtkinsonHyperlegible-Regular.ttf")
    assert len(font.read()) > 10_000
    data = fetcher.fetch("data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E")
    assert data.read() == b"<svg/>"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.org/static/css/sheet.css",
        "file:///etc/passwd",
        "file:///work/main/static/css/sheet.css",
        "https://oefenblad.invalid/static/../../../../etc/passwd",
        "https://oefenblad.invalid/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "https://oefenblad.invalid/static/does-not-exist.css",
        "https://oefenblad.invalid/manage.py",
        "ftp://127.0.0.1/x",
    ],
)
def test_the_fetcher_refuses_everything_else(url, caplog):
    with (
        caplog.at_level(logging.WARNING, logger="rehab.sheets.build"),
        pytest.raises(sheets.URLRefused),
    ):
        sheets.StaticOnlyURLFetcher().fetch(url)
    assert "refused" in caplog.text


def test_an_external_url_in_the_sheet_is_refused_and_never_fetched(caplog):
    # A listening socket on the loopback: any attempt to fetch would leave a connection.
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.setblocking(False)
        origin = f"http://127.0.0.1:{server.getsockname()[1]}"
        html = f"""<!DOCTYPE html><html lang="nl"><head><title>Test</title>
            <link rel="stylesheet" href="{origin}/extra.css">
            <style>@import url("{origin}/import.css");
              body {{ background: url("file:///etc/passwd") }}</style></head>
            <body><h1>Test</h1>
            <img src="{origin}/x.png" alt="extern"><img src="file:///etc/passwd" alt="bestand">
            </body></html>"""
        with caplog.at_level(logging.WARNING, logger="rehab.sheets.build"):
            pdf = sheets.write_pdf(html)

        with pytest.raises(BlockingIOError):
            server.accept()  # nobody connected

    assert pdf.startswith(b"%PDF")
    refused = [r.getMessage() for r in caplog.records if r.name == "rehab.sheets.build"]
    for url in (f"{origin}/extra.css", f"{origin}/import.css", f"{origin}/x.png"):
        assert any(url in message for message in refused), url
    assert any("file:///etc/passwd" in message for message in refused)


def test_the_print_date_is_the_day_in_amsterdam(client, travel_to):
    # 23:30 in Amsterdam is still 22:30 UTC: the sheet must show the local day.
    travel_to(datetime.date(2029, 12, 31), at=datetime.time(23, 30))
    html = client.get("/oefenblad/fase/1/afdrukken/").content.decode()
    assert "31 december 2029" in html
