"""A shared Redis cache that can never take a page down.

The cache is an optimisation: every value in it can be made again from the database. So
when Redis is stopped, unreachable or too slow, each call answers as if the key were
missing (a read returns the default, a write does nothing), the page is built from the
database, and one warning is logged for the outage. After a failure the cache is left alone
for `RETRY_SECONDS`, so that an unreachable server does not cost a connection timeout on
every call; the first call that works again ends the outage.
"""

import functools
import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
# Django makes a cache object per thread: the outage is the process's, per server address.
_down_since: dict[str, float] = {}
_lock = threading.Lock()
# Loopback answers in well under a millisecond; a cache that needs longer is not helping.
SOCKET_TIMEOUT_SECONDS = 0.25


def _tolerant(default_from=None):
    """Wrap a cache method: on a Redis error, answer `default_from(args, kwargs)`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            fallback = default_from(args, kwargs) if default_from else None
            if self._resting():
                return fallback
            try:
                result = method(self, *args, **kwargs)
            except RedisError as error:
                self._failed(error)
                return fallback
            self._recovered()
            return result

        return wrapper

    return decorate


def _default_argument(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        timeouts = {
            "socket_connect_timeout": SOCKET_TIMEOUT_SECONDS,
            "socket_timeout": SOCKET_TIMEOUT_SECONDS,
        }
        params = {**params, "OPTIONS": {**timeouts, **params.get("OPTIONS", {})}}
        super().__init__(server, params)

    @property
    def _location(self) -> str:
        return self._servers[0]

    def _where(self) -> str:
        # Host, port and database only: the address may hold a password.
        parts = urlsplit(self._location)
        return f"{parts.hostname}:{parts.port or 6379}{parts.path}"

    def _resting(self) -> bool:
        down_since = _down_since.get(self._location)
        return down_since is not None and time.monotonic() - down_since < RETRY_SECONDS

    def _failed(self, error: RedisError) -> None:
        with _lock:
            first = self._location not in _down_since
            _down_since[self._location] = time.monotonic()
        if first:
            logger.warning(
                "The cache at %s does not answer (%s): pages are built from the database "
                "until it is back.",
                self._where(),
                error,
            )

    def _recovered(self) -> None:
        if self._location in _down_since:
            with _lock:
                was_down = _down_since.pop(self._location, None) is not None
            if was_down:
                logger.info("The cache at %s answers again.", self._where())

    get = _tolerant(_default_argument)(RedisCache.get)
    get_many = _tolerant(lambda args, kwargs: {})(RedisCache.get_many)
    has_key = _tolerant(lambda args, kwargs: False)(RedisCache.has_key)
    add = _tolerant(lambda args, kwargs: False)(RedisCache.add)
    set = _tolerant()(RedisCache.set)
    set_many = _tolerant(lambda args, kwargs: [])(RedisCache.set_many)
    touch = _tolerant(lambda args, kwargs: False)(RedisCache.touch)
    delete = _tolerant(lambda args, kwargs: False)(RedisCache.delete)
    delete_many = _tolerant()(RedisCache.delete_many)
    clear = _tolerant()(RedisCache.clear)
