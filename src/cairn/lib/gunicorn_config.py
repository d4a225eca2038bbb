"""Gunicorn settings for `cairn serve` (`--config python:cairn.lib.gunicorn_config`)."""

import gunicorn.http.wsgi

# Gunicorn names itself in every response's Server header; a neutral name tells an attacker
# nothing about the software behind it. Set in the master, so every forked worker sends it.
SERVER_HEADER = "Cairn"
gunicorn.http.wsgi.SERVER = SERVER_HEADER  # type: ignore[attr-defined]

accesslog = "-"
timeout = 60
