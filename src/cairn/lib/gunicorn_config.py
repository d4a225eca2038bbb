"""Gunicorn settings for `cairn serve` (`--config python:cairn.lib.gunicorn_config`)."""

import gunicorn.http.wsgi

# Gunicorn names itself in every response's Server header; a neutral name tells an attacker
# nothing about the software behind it. Set in the master, so every forked worker sends it.
SERVER_HEADER = "Cairn"
gunicorn.http.wsgi.SERVER = SERVER_HEADER  # type: ignore[attr-defined]

accesslog = "-"
timeout = 60
# One request thread per worker, as with the sync worker (one database connection each), but
# connections are kept alive: the sync worker closed every connection after its response and
# waited for the client to close too, which cost about half a millisecond of CPU a request
# (python -m bench.server_floor) and left the worker idle meanwhile. A reverse proxy keeps a
# pool of such connections (deploy/nginx: keepalive).
worker_class = "gthread"
threads = 1
