"""Cairn's settings: every value comes from a documented `CAIRN_*` variable or `DATABASE_URL`."""

from __future__ import annotations

from pathlib import Path

from cairn.lib.database import database_config
from cairn.lib.env import envbool, envint, envlist, envstr, persisted_secret

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(envstr("CAIRN_DATA_DIR", str(Path.cwd() / "data"))).resolve()

DEBUG = envbool("CAIRN_DEBUG", False)
SECRET_KEY = envstr("CAIRN_SECRET_KEY", "") or persisted_secret(DATA_DIR)
ALLOWED_HOSTS = envlist("CAIRN_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("CAIRN_CSRF_TRUSTED_ORIGINS", [])
# By default the address `cairn serve` listens on, so printed links follow `CAIRN_PORT`.
SITE_URL = envstr(
    "CAIRN_SITE_URL", f"http://127.0.0.1:{envint('CAIRN_PORT', 8000, minimum=1)}"
).rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs' Swagger UI from local static files (works offline)
    "cairn.accounts",
    "cairn.organisations",
    "cairn.okrs",
    "cairn.execution",
    "cairn.web",
    "cairn.api",
    "cairn.plaintext",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "cairn.web.middleware.CurrentPersonMiddleware",
    "cairn.api.middleware.MethodNotAllowedProblemMiddleware",
]

ROOT_URLCONF = "cairn.urls"
# The paste box posts about three fields per objective and key result: room for ~3,300 of them
# (Django's default of 1,000 fields would cap a pasted document at ~330).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WSGI_APPLICATION = "cairn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database_config(envstr("DATABASE_URL", ""), DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

REDIS_URL = envstr("CAIRN_REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CAIRN_API_RATE_LIMIT = envint("CAIRN_API_RATE_LIMIT", 600, minimum=0)  # per token, a minute

TASKS = {
    "default": {
        "BACKEND": envstr("CAIRN_TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = envstr("CAIRN_LANGUAGE", "en")
TIME_ZONE = envstr("CAIRN_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

EMAIL_HOST = envstr("CAIRN_EMAIL_HOST", "")
EMAIL_PORT = envint("CAIRN_EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = envstr("CAIRN_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = envstr("CAIRN_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = envbool("CAIRN_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = envstr("CAIRN_EMAIL_FROM", "Cairn <cairn@localhost>")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)

SECURE_COOKIES = envbool("CAIRN_SECURE_COOKIES", False)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if envbool("CAIRN_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("CAIRN_LOG_LEVEL", "INFO")},
}
