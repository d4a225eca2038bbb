"""Gunicorn settings for `cairn serve` (`--config python:cairn.lib.gunicorn_config`)."""

import gunicorn.http.wsgi

from cairn.lib import collector

# Gunicorn names itself in every response's Server header; a neutral name tells an attacker
# nothing about the software behind it. Set in the master, so every forked worker sends it.
SERVER_HEADER = "Cairn"
gunicorn.http.wsgi.SERVER = SERVER_HEADER  # type: ignore[attr-defined]

accesslog = "-"
timeout = 60


# Python's collector would otherwise walk every object Django, Ninja and Cairn built at start
# (hundreds of thousands) in each full collection: a pause of about 40 ms in whichever request
# triggers it (60 ms here), the largest part of a check-in's p95 under load (docs/operations.md).
# The youngest generation's threshold is every Cairn process's (cairn.lib.collector).
GC_YOUNG_THRESHOLD = collector.YOUNG_THRESHOLD


def post_worker_init(worker):  # noqa: ANN001, ANN201 (gunicorn's hook)
    """Once a worker has loaded Cairn: load the URLs and the API too, then freeze what exists.

    `gc.freeze()` moves every object alive now out of the collector's reach: they live as long
    as the process anyway. The youngest generation is collected every 10,000 new containers
    instead of 700, since a request makes and drops thousands."""
    freeze_after_start()


def freeze_after_start() -> None:
    import gc

    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and the API's routers)
    gc.collect()
    gc.freeze()
    collector.tune()
