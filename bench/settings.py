"""Production settings plus one hello-world view: the floor the pages are measured against."""

from hamstring_site.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
