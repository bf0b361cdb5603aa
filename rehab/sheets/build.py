"""Printable sheets: the exercise sheet and the return-to-sport checklist, each one template
(on a shared base), shown as an HTML print view or rendered as PDF.

A sheet is built from the database into a plain value first (`Sheet`, `ReturnToSportSheet`).
That value is everything the page shows, so its hash is both the cache key of the rendered
PDF and the ETag: a repeat download (on any app server sharing the cache) does not render
again, and a changed dosage, name or date gives a new key.

WeasyPrint never touches the network or the file system on its own: `StaticOnlyURLFetcher`
serves the project's static files (fonts, stylesheet, illustrations) and `data:` URIs (the QR
code), and refuses everything else.
"""

import dataclasses
import datetime
import functools
import hashlib
import json
import logging
import mimetypes
import threading
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import DataHandler, Request

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from accounts.models import User

from ..models import PatientPlan, ReturnToSportCheck, TemplatePhase
from ..rules import ProgressionCriteria

logger = logging.getLogger(__name__)

PUBLIC_TEMPLATE_SLUG = "tendinopathie"
TEMPLATE_NAME = "rehab/sheet.html"
BASE_TEMPLATE_NAME = "rehab/sheet_base.html"
STYLESHEET = "css/sheet.css"
# The origin the PDF's relative URLs resolve against. `.invalid` can never resolve (RFC 2606)
# and the fetcher reads matching URLs from disk: nothing is ever requested from it.
RENDER_BASE_URL = "https://oefenblad.invalid/"
# The key holds the print date, so a stored sheet is useless after a day or two anyway.
CACHE_TIMEOUT = 60 * 60 * 48
# Bump when the rendering changes in a way the template and stylesheet digests do not see.
RENDERER_VERSION = "1"


class URLRefused(ValueError):
    """The sheet referred to something outside the project's static files."""


class SheetRenderingError(Exception):
    """WeasyPrint failed; the caller shows a friendly page instead."""


@dataclasses.dataclass(frozen=True)
class SheetExercise:
    number: int
    name: str
    steps: tuple[str, ...]
    dosage: str
    note: str
    illustration_url: str  # empty when the file is missing: the sheet renders without it
    illustration_alt: str
    illustration_digest: str  # in the key, so a newly drawn illustration renders anew


@dataclasses.dataclass(frozen=True)
class Sheet:
    template_name: ClassVar[str] = TEMPLATE_NAME

    programme: str
    phase_number: int
    phase_name: str
    phase_aim: str
    exercises: tuple[SheetExercise, ...]
    max_pain: int
    printed_on: datetime.date
    log_url: str
    personal: bool = False  # a patient's own plan, not the programme's public sheet
    patient_name: str = ""
    physiotherapist_name: str = ""

    @property
    def title(self) -> str:
        return _("Oefenblad – %(phase)s – %(programme)s") % {
            "phase": self.phase_name,
            "programme": self.programme,
        }

    @property
    def filename(self) -> str:
        return f"oefenblad-fase-{self.phase_number}.pdf"

    @property
    def log_url_text(self) -> str:
        """The short link as printed: without the scheme, which nobody types."""
        return self.log_url.split("://", 1)[-1].rstrip("/")

    @functools.cached_property
    def qr_data_uri(self) -> str:
        qr = segno.make(self.log_url, error="m")
        return qr.svg_data_uri(border=0, omitsize=True, dark="#000")

    @functools.cached_property
    def key(self) -> str:
        return _key(self)


@dataclasses.dataclass(frozen=True)
class ReturnToSportSheet:
    """The return-to-sport checklist that completed a strain plan, on paper."""

    template_name: ClassVar[str] = "rehab/sheet_return_to_sport.html"
    personal: ClassVar[bool] = True

    programme: str
    patient_name: str
    physiotherapist_name: str
    completed_on: datetime.date
    completed_by: str
    items: tuple[str, ...]
    note: str
    printed_on: datetime.date

    @property
    def title(self) -> str:
        return _("Terugkeer naar sport – %(name)s") % {"name": self.patient_name}

    @property
    def filename(self) -> str:
        return f"terugkeer-naar-sport-{self.completed_on.isoformat()}.pdf"

    @functools.cached_property
    def key(self) -> str:
        return _key(self)


Printable = Sheet | ReturnToSportSheet


def _key(sheet: Printable) -> str:
    """A hash of everything the sheet shows, plus its templates and the stylesheet."""
    shown = dataclasses.asdict(sheet)
    shown["language"] = translation.get_language()
    shown["design"] = design_version(sheet.template_name)
    encoded = json.dumps(shown, sort_keys=True, ensure_ascii=False, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def public_sheet(*, phase: TemplatePhase, printed_on: datetime.date, log_url: str) -> Sheet:
    """The programme's own sheet for one phase, with the template's dosages."""
    return Sheet(
        programme=phase.template.name,
        phase_number=phase.number,
        phase_name=phase.name,
        phase_aim=phase.aim,
        exercises=_exercises(phase.prescriptions.select_related("exercise")),
        max_pain=ProgressionCriteria().max_pain,
        printed_on=printed_on,
        log_url=log_url,
    )


def plan_sheet(
    *, plan: PatientPlan, phase: TemplatePhase, printed_on: datetime.date, log_url: str
) -> Sheet:
    """A patient's own sheet: their plan's dosages and pain limit for one phase."""
    prescriptions = plan.prescriptions.filter(phase=phase.number).select_related("exercise")
    return Sheet(
        programme=phase.template.name,
        phase_number=phase.number,
        phase_name=phase.name,
        phase_aim=phase.aim,
        exercises=_exercises(prescriptions),
        max_pain=plan.max_pain,
        printed_on=printed_on,
        log_url=log_url,
        personal=True,
        patient_name=_name(plan.patient),
        physiotherapist_name=_name(plan.physiotherapist),
    )


def return_to_sport_sheet(
    *, plan: PatientPlan, check: ReturnToSportCheck, printed_on: datetime.date
) -> ReturnToSportSheet:
    return ReturnToSportSheet(
        programme=plan.template.name,
        patient_name=_name(plan.patient),
        physiotherapist_name=_name(plan.physiotherapist),
        completed_on=timezone.localdate(check.completed_at),
        completed_by=_name(check.completed_by) or _("(verwijderd account)"),
        items=tuple(check.items),
        note=check.note,
        printed_on=printed_on,
    )


def _name(user: User | None) -> str:
    return (user.full_name or user.email) if user else ""


def _exercises(prescriptions) -> tuple[SheetExercise, ...]:
    exercises = []
    for number, prescription in enumerate(prescriptions, start=1):
        exercise = prescription.exercise
        url, digest = _illustration(exercise.illustration)
        exercises.append(
            SheetExercise(
                number=number,
                name=exercise.name,
                steps=tuple(exercise.steps),
                dosage=prescription.dosage,
                note=prescription.note,
                illustration_url=url,
                illustration_alt=exercise.illustration_alt,
                illustration_digest=digest,
            )
        )
    return tuple(exercises)


def _illustration(name: str) -> tuple[str, str]:
    """The static URL and content digest of an illustration, or ("", "") when missing."""
    path = find_static(name)
    if path is None:
        return "", ""
    try:
        url = staticfiles_storage.url(name)
    except ValueError:
        # Drawn after the last collectstatic: not served yet, so not shown yet.
        return "", ""
    stat = path.stat()
    return url, _digest(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=256)
def _digest(path: Path, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def design_version(template_name: str) -> str:
    """The renderer version with digests of the template, its base and the stylesheet."""
    templates = (template_name, BASE_TEMPLATE_NAME)
    sources = [Path(get_template(name).origin.name) for name in templates]
    sources.append(find_static(STYLESHEET))
    stamps = tuple((path, path.stat().st_mtime_ns) for path in sources if path is not None)
    return _design_digest(stamps)


@functools.lru_cache(maxsize=8)
def _design_digest(stamps: tuple[tuple[Path, int], ...]) -> str:
    digest = hashlib.sha256(RENDERER_VERSION.encode())
    for path, _mtime in stamps:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def find_static(name: str) -> Path | None:
    """The file behind a static name, searched like `collectstatic` does; None if absent."""
    try:
        found = finders.find(name)
    except SuspiciousFileOperation:  # "../" and friends
        return None
    if not found:
        return None
    path = Path(found).resolve()
    return path if path.is_file() else None


def _source_name(name: str) -> str:
    """Map a hashed name of the manifest storage ("css/sheet.1a2b.css") to its source."""
    if find_static(name) is not None:
        return name
    hashed_files = getattr(staticfiles_storage, "hashed_files", None) or {}
    for source, hashed in hashed_files.items():
        if hashed == name:
            return source
    return name


class StaticOnlyURLFetcher(URLFetcher):
    """Serve the project's static files and `data:` URIs to WeasyPrint; refuse the rest.

    A refused URL raises, WeasyPrint logs it and renders without that resource; nothing is
    ever fetched over the network or read from outside the static directories.
    """

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("data",), allow_redirects=False)
        self.static_base = urlsplit(urljoin(RENDER_BASE_URL, settings.STATIC_URL))

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            response = DataHandler().data_open(Request(url))
            return URLFetcherResponse(url, response.read(), dict(response.headers.items()))
        path = self.static_path(url)
        if path is None:
            logger.warning("Exercise sheet: refused to fetch %s", url[:200])
            raise URLRefused(f"Only the project's static files may be used: {url[:200]}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    def static_path(self, url: str) -> Path | None:
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        base = self.static_base
        if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
            return None
        if not parts.path.startswith(base.path):
            return None
        return find_static(_source_name(unquote(parts.path.removeprefix(base.path))))


def render_html(sheet: Printable, *, for_pdf: bool, request=None, **context) -> str:
    return render_to_string(
        sheet.template_name, {"sheet": sheet, "for_pdf": for_pdf, **context}, request=request
    )


def write_pdf(html: str) -> bytes:
    """WeasyPrint, confined to the static files, as a tagged PDF/UA-1 document."""
    stylesheet, font_config = _stylesheet()
    document = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=StaticOnlyURLFetcher())
    return document.write_pdf(
        stylesheets=[stylesheet, _page_numbers(font_config)],
        font_config=font_config,
        pdf_variant="pdf/ua-1",
        pdf_tags=True,
    )


def _page_numbers(font_config: FontConfiguration) -> CSS:
    """The page footer in the active language (the stylesheet's own words are Dutch)."""
    words = _("Pagina %(page)s van %(pages)s").replace('"', "")
    content = words % {"page": '" counter(page) "', "pages": '" counter(pages) "'}
    return CSS(
        string=f'@page {{ @bottom-right {{ content: "{content}"; }} }}', font_config=font_config
    )


_parsed = threading.local()


def _stylesheet() -> tuple[CSS, FontConfiguration]:
    """The sheet's stylesheet, parsed once per thread with its fonts loaded.

    Parsing the stylesheet and loading its two fonts is a fifth of a render, so the PDF
    template leaves out the <link> and gets this ready-made copy. WeasyPrint's objects are
    not made for sharing between threads, hence one per thread; a changed file is re-read.
    """
    path = find_static(STYLESHEET)
    if path is None:
        raise SheetRenderingError(f"The stylesheet {STYLESHEET} is missing.")
    stamp = (path, path.stat().st_mtime_ns)
    cached = getattr(_parsed, "stylesheet", None)
    if cached is None or cached[0] != stamp:
        font_config = FontConfiguration()
        stylesheet = CSS(
            string=path.read_text(encoding="utf-8"),
            base_url=urljoin(RENDER_BASE_URL, settings.STATIC_URL + STYLESHEET),
            url_fetcher=StaticOnlyURLFetcher(),
            font_config=font_config,
        )
        cached = _parsed.stylesheet = (stamp, stylesheet, font_config)
    return cached[1], cached[2]


def sheet_pdf(sheet: Printable) -> bytes:
    """The sheet as PDF, from the shared cache when it was rendered before."""
    key = f"rehab:sheet:{sheet.key}"
    pdf = cache.get(key)
    if pdf is None:
        try:
            pdf = write_pdf(render_html(sheet, for_pdf=True))
        except Exception as error:  # any WeasyPrint failure: the site must stay up
            raise SheetRenderingError(f"Rendering {sheet.filename} failed") from error
        cache.set(key, pdf, CACHE_TIMEOUT)
    return pdf
