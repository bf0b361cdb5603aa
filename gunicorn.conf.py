"""gunicorn settings for production: `make serve`, or `gunicorn -c gunicorn.conf.py`."""

import multiprocessing
import os

wsgi_app = "hamstring_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The usual rule of thumb: two workers per core plus one; the app waits mostly on
# PostgreSQL and WeasyPrint, so threads add little and workers stay simple.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so that a slow leak can never take a server down, but
# rarely: a new worker warms up (imports, templates, caches) at the cost of many requests.
# Measured with bench/throughput.py on 2 cores: recycling every 2,000 requests took about
# a quarter of the capacity and made the rate swing tenfold between seconds. The app is
# loaded before the workers fork, so a recycled worker does not import Django again.
max_requests = 20000
max_requests_jitter = 2000
preload_app = True
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def pre_fork(server, worker):
    """No worker may inherit a database connection from the preloaded app: close any."""
    from django.db import connections

    connections.close_all()
