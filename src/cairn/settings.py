"""Cairn's settings: every value comes from a documented `CAIRN_*` variable or `DATABASE_URL`."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF

from cairn.lib.database import database_config
from cairn.lib.env import envbool, envint, envlist, envnetworks, envstr, persisted_secret

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
    "axes",
    "django_htmx",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs' Swagger UI from local static files (works offline)
    "cairn.accounts",
    "cairn.organisations",
    "cairn.okrs",
    "cairn.kpis",
    "cairn.execution",
    "cairn.trackers",
    "cairn.web",
    "cairn.api",
    "cairn.import_export",
    "cairn.notifications",
    "cairn.meetings",
    "cairn.one_on_ones",
    "cairn.feedback",
    "cairn.conversations",
    "cairn.maintenance",
    "cairn.provisioning",
    "cairn.audit",
    "cairn.dashboards",
    "cairn.sources",
    "cairn.one_pagers",
    # After Cairn's apps, so Cairn's templates override allauth's. Single sign-on adds
    # allauth.socialaccount and its providers at the end of this file.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.forms",  # last: its widget templates, after Cairn's overrides (FORM_RENDERER)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cairn.lib.security.PermissionsPolicyMiddleware",
    "cairn.lib.security.ContentSecurityPolicyMiddleware",  # django-csp's, its header kept
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cairn.audit.context.AuditOriginMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # (no longer reads the session: Django ≥ 4)
    "django.middleware.common.CommonMiddleware",  # also refuses hosts not in ALLOWED_HOSTS
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cairn.api.middleware.MethodNotAllowedProblemMiddleware",
    # An API request with a Bearer token and no cookie skips from here to the rejoin: what
    # lies between serves the browser only (cairn.api.middleware.TokenRequestShortcut).
    "cairn.api.middleware.TokenRequestShortcut",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "cairn.web.middleware.CurrentPersonMiddleware",
    "cairn.accounts.enforcement.TwoFactorRequiredMiddleware",
    "cairn.accounts.sessions.SessionSeenMiddleware",
    "cairn.api.middleware.TokenRequestRejoin",
    "axes.middleware.AxesMiddleware",  # last: turns a lock-out into the friendly page
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

# Every form's fields are drawn by web/components/field.html (label, help, inline errors).
FORM_RENDERER = "cairn.web.forms.renderer.CairnFormRenderer"

# PostgreSQL plans the check-in's hot statements once per connection (cairn.lib.prepared);
# false for a connection pooler that cannot keep prepared statements.
CAIRN_DATABASE_PREPARED = envbool("CAIRN_DATABASE_PREPARED", True)
DATABASES = {
    "default": database_config(
        envstr("DATABASE_URL", ""), DATA_DIR, prepared=CAIRN_DATABASE_PREPARED
    )
}
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
# Private, loopback and link-local networks that webhooks and data sources may reach anyway.
OUTBOUND_ALLOWED_NETWORKS = envnetworks("CAIRN_OUTBOUND_ALLOWED_NETWORKS")
# Data sources (docs/data_sources.md): time limit and size cap of one reading, the only
# directory SQLite sources may open ("" = none), and failures in a row before the owner hears.
CAIRN_DATA_SOURCE_TIMEOUT = envint("CAIRN_DATA_SOURCE_TIMEOUT", 10, minimum=1)
CAIRN_DATA_SOURCE_MAX_BYTES = envint("CAIRN_DATA_SOURCE_MAX_BYTES", 1_000_000, minimum=1)
CAIRN_DATA_SOURCE_SQLITE_DIR = envstr("CAIRN_DATA_SOURCE_SQLITE_DIR", "")
CAIRN_DATA_SOURCE_ALERT_AFTER = envint("CAIRN_DATA_SOURCE_ALERT_AFTER", 3, minimum=1)
# Secrets at rest (data sources' auth headers and database URLs): Fernet keys, the first one
# encrypts; unset, a key derived from SECRET_KEY. Rotation: docs/security.md.
CAIRN_FIELD_KEYS = envlist("CAIRN_FIELD_KEYS", [])
# Pushed values a source accepts a minute (POST /api/v1/sources/{id}/values); 0 = no limit.
CAIRN_DATA_SOURCE_PUSH_LIMIT = envint("CAIRN_DATA_SOURCE_PUSH_LIMIT", 60, minimum=0)
# One-pager PDFs (docs/one_pager.md): rendered by `cairn worker`, kept this many hours.
CAIRN_ONE_PAGER_PDF_HOURS = envint("CAIRN_ONE_PAGER_PDF_HOURS", 24, minimum=1)
# Dashboards (docs/dashboards.md): the sweep's stored pace rows are used while younger than this;
# 0 = always count live.
CAIRN_DASHBOARD_SNAPSHOT_MINUTES = envint("CAIRN_DASHBOARD_SNAPSHOT_MINUTES", 30, minimum=0)

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
# Sign-in throttling (django-axes, see cairn/accounts/signin.py and docs/security.md). Counts
# live in the database, so every worker and app server shares them without Redis.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a paused sign-in before any check
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Proxies whose X-Forwarded-For is believed (addresses or networks); none: REMOTE_ADDR is the client.
CAIRN_TRUSTED_PROXIES = envnetworks("CAIRN_TRUSTED_PROXIES")
CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT = envint("CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT", 50, minimum=1)
AXES_HANDLER = "cairn.accounts.signin.SignInHandler"
AXES_FAILURE_LIMIT = envint("CAIRN_SIGNIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=envint("CAIRN_SIGNIN_LOCKOUT_MINUTES", 15, minimum=1))
# An email at an address is paused on its own, so an attacker elsewhere (or behind the same
# trusted proxy) cannot pause the victim; one address is also paused across all emails, at
# CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT, against password spraying. Keyed on the email alone,
# anyone could pause anyone.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_CLIENT_IP_CALLABLE = "cairn.accounts.signin.client_address"
AXES_USERNAME_CALLABLE = "cairn.accounts.signin.signin_username"
AXES_LOCKOUT_CALLABLE = "cairn.web.views.auth.sign_in_paused"
AXES_RESET_ON_SUCCESS = True  # a person who gets in forgets their own earlier typos
# Tries during a pause are refused without counting, so "wait 15 minutes" is true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True  # no table of every successful sign-in

CAIRN_PASSWORD_RESET_EMAIL_LIMIT = envint("CAIRN_PASSWORD_RESET_EMAIL_LIMIT", 3, minimum=1)
CAIRN_PASSWORD_RESET_ADDRESS_LIMIT = envint("CAIRN_PASSWORD_RESET_ADDRESS_LIMIT", 20, minimum=1)

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# django-allauth (docs/security.md): sign-in with an email and a password at /sign-in/, then the
# second factor when the person has one. People join by invitation only (the adapter closes
# sign-up); password reset and change stay Cairn's own views (rate limits, token revocation).
ACCOUNT_ADAPTER = "cairn.accounts.adapter.CairnAccountAdapter"
ACCOUNT_FORMS = {"login": "cairn.web.forms.auth.SignInForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "none"  # an accepted invitation proved the address
ACCOUNT_SESSION_REMEMBER = True  # sessions last SESSION_COOKIE_AGE, as before allauth
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# django-axes counts password failures (in the database, for every sign-in path), so allauth's
# own per-cache password limits are off; its limit on wrong second-factor codes stays, next to
# axes' (cairn.accounts.mfa counts those failures like a wrong password).
# "Sign in with SSO" looks organisations up by email domain or short name: limited per client
# address in the cache (shared through Redis when CAIRN_REDIS_URL is set) against enumeration.
CAIRN_SSO_LOOKUP_LIMIT = envint("CAIRN_SSO_LOOKUP_LIMIT", 20, minimum=1)
ACCOUNT_RATE_LIMITS = {"login": None, "sso_lookup": f"{CAIRN_SSO_LOOKUP_LIMIT}/10m/ip"}
MFA_ADAPTER = "cairn.accounts.adapter.CairnMFAAdapter"
MFA_FORMS = {
    "authenticate": "cairn.accounts.mfa.SecondFactorForm",
    "authenticate_webauthn": "cairn.accounts.mfa.SecurityKeySignInForm",
    "reauthenticate_webauthn": "cairn.accounts.mfa.SecurityKeyConfirmForm",
    "add_webauthn": "cairn.accounts.mfa.SecurityKeyAddForm",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_ALLOW_UNVERIFIED_EMAIL = True  # see ACCOUNT_EMAIL_VERIFICATION
MFA_TOTP_ISSUER = envstr("CAIRN_MFA_ISSUER", "Cairn")
MFA_PASSKEY_LOGIN_ENABLED = False  # a security key is a second factor, after the password
# WebAuthn needs HTTPS; a browser treats http://localhost as secure, so development works too.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG

LANGUAGE_CODE = envstr("CAIRN_LANGUAGE", "en")
# The languages Cairn ships catalogues for (src/cairn/locale), each named in its own language.
# Accept-Language picks among these before sign-in; a person's choice wins after it.
LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español")]
TIME_ZONE = envstr("CAIRN_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "cairn.lib.static_storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG
# The Inter typeface comes from npm (`make init` runs `npm ci`) and is served as static files from
# node_modules; without it pages fall back to the system font stack. Nothing is fetched at run time.
NODE_MODULES_DIR = Path(envstr("CAIRN_NODE_MODULES", str(BASE_DIR.parent.parent / "node_modules")))
INTER_DIR = NODE_MODULES_DIR / "@fontsource-variable" / "inter"
STATICFILES_DIRS = [("cairn-fonts/inter", INTER_DIR)] if (INTER_DIR / "index.css").is_file() else []

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

# A new email waits this long so that events arriving together go out as one message.
CAIRN_NOTIFY_BATCH_SECONDS = envint("CAIRN_NOTIFY_BATCH_SECONDS", 120, minimum=0)
# The scheduler stores reminders and digests, and sends emails, this many people at a time.
CAIRN_NOTIFY_TICK_BATCH = envint("CAIRN_NOTIFY_TICK_BATCH", 500, minimum=1)
# Days between reminders of an unanswered feedback request (docs/feedback.md).
CAIRN_FEEDBACK_REMINDER_DAYS = envint("CAIRN_FEEDBACK_REMINDER_DAYS", 3, minimum=1)

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
SECURE_SSL_REDIRECT = envbool("CAIRN_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = envint("CAIRN_HSTS_SECONDS", 0, minimum=0)
# The header only covers subdomains of Cairn's own host name (okr.example.com), not its parent.
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("CAIRN_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = envbool("CAIRN_HSTS_PRELOAD", False)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SILENCED_SYSTEM_CHECKS = [
    # Asking browsers to hard-code HTTPS for the domain is the operator's deliberate opt-in.
    "security.W021",
]

# Scripts and styles come only from Cairn's static files: no inline code, no eval. The API docs
# (Django Ninja's Swagger UI, from local files) work under the same policy, so no view relaxes it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Features no Cairn page uses; an injected script cannot ask for them either.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    name: []
    for name in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Failed sign-ins, one stable line each for fail2ban (docs/security.md has the filter).
    "formatters": {"security": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "security": {"class": "logging.StreamHandler", "formatter": "security"},
    },
    "loggers": {
        "cairn.security": {"handlers": ["security"], "level": "INFO", "propagate": False},
        "axes": {"level": "WARNING"},  # not a line for every clean-up and sign-in
        # The one-pager's PDF: WeasyPrint logs its progress, and a warning for each screen-only
        # rule of the shared style sheets it skips (dark mode, variable font weights), on every
        # download; fontTools a line per font it subsets. Errors still show.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "WARNING"},
    },
    "root": {"handlers": ["console"], "level": envstr("CAIRN_LOG_LEVEL", "INFO")},
}

# Single sign-on (docs/sso.md): allauth's social accounts, with the OpenID Connect provider (in
# Cairn's hardened class) and SAML, one identity provider per organisation (cairn.sso).
INSTALLED_APPS += [
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    "cairn.sso",
]
SOCIALACCOUNT_ADAPTER = "cairn.sso.adapter.CairnSocialAccountAdapter"
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {"provider_class": "cairn.sso.oidc.provider.CairnOIDCProvider"},
}
SOCIALACCOUNT_AUTO_SIGNUP = True  # the adapter decides who may come in (allowed domains)
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # the adapter links accounts, per organisation
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_STORE_TOKENS = False  # Cairn never calls the provider's APIs on a person's behalf
SOCIALACCOUNT_LOGIN_ON_GET = False  # a sign-in starts with a POST (CSRF-protected)
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10
