"""The WSGI application that `cairn serve` (gunicorn) runs."""

import os

from django.core.wsgi import get_wsgi_application

from cairn.lib.security import refuse_weak_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
application = get_wsgi_application()
# A serving process without debug mode is production: never with a guessable key.
refuse_weak_secret_key()
