from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from hamstring_site.http import HtmxHttpRequest

from . import selfcheck
from .caching import cache_for_visitors, content_version
from .models import FAQ, Condition, Reference, comparison_rows


@require_GET
def home(request: HtmxHttpRequest):
    return render(request, "conditions/home.html", {"conditions": Condition.objects.all()})


@require_GET
@cache_for_visitors
def condition(request: HtmxHttpRequest, slug: str):
    page = get_object_or_404(Condition, slug=slug)
    # The page body is a cached fragment: its content is only fetched when it is rendered.
    condition = SimpleLazyObject(lambda: Condition.objects.with_page_content().get(pk=page.pk))
    context = {"page": page, "condition": condition, "content_version": content_version()}
    return render(request, "conditions/condition.html", context)


@require_GET
def comparison(request: HtmxHttpRequest):
    conditions = list(Condition.objects.all())
    context = {"conditions": conditions, "rows": comparison_rows(conditions)}
    return render(request, "conditions/comparison.html", context)


@require_GET
def treatments(request: HtmxHttpRequest):
    conditions = Condition.objects.with_treatments()
    return render(request, "conditions/treatments.html", {"conditions": conditions})


@require_GET
def faq(request: HtmxHttpRequest):
    return render(request, "conditions/faq.html", {"faqs": FAQ.objects.for_page()})


@require_GET
def references(request: HtmxHttpRequest):
    references = Reference.objects.with_citations()
    context = {"references": references, "selfcheck_sources": frozenset(selfcheck.SOURCES)}
    return render(request, "conditions/references.html", context)
