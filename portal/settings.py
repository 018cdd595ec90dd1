"""Settings of the portal. Everything that differs between machines comes from the environment."""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from portal import env

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env.flag("DEBUG", default=False)
SECRET_KEY = env.secret_key(DEBUG)
ALLOWED_HOSTS = env.word_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.word_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "portal",
    "projects",
    "finance",
    "plans",
    "risks",
    "indicators",
    "reports",
    "reports.portfolio",
    "demo",
]

MIDDLEWARE = [
    "portal.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
            "builtins": ["portal.templatetags.portal", "projects.templatetags.applications"],
        },
    },
]
# Django's form templates, with the ones every field passes through written in Python.
FORM_RENDERER = "portal.form_renderer.PortalFormRenderer"

DATABASES = {"default": env.database(str(BASE_DIR / "db.sqlite3"))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Full-text search and its GIN index (projects.search); SQLite searches without them.
    INSTALLED_APPS.insert(INSTALLED_APPS.index("django_filters"), "django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "projects.authentication.PersonWithRolesBackend",
    # Still reads the people of sessions begun before the backend above (it signs in now).
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "projects:list"
LOGOUT_REDIRECT_URL = "login"

# Failed logins: after five failures for the same user name from the same address,
# that combination is locked for fifteen minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English")), ("nb", _("Norwegian (bokmål)"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "portal.static_vendor.VendorFinder",  # htmx and Swagger UI from node_modules
]

# Static files served by the web process itself (WhiteNoise): compressed, and named by
# their content so browsers may keep them for ever. Hashed names need `collectstatic`;
# development and the test suite read the source folders (STATIC_HASHED=0), served by
# Django's development and test servers.
STATIC_ROOT = Path(env.text("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_HASHED = env.flag("STATIC_HASHED", default=not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": (
        "whitenoise.storage.CompressedManifestStaticFilesStorage" if STATIC_HASHED
        else "django.contrib.staticfiles.storage.StaticFilesStorage")},
}
if STATIC_HASHED:
    MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
                      "whitenoise.middleware.WhiteNoiseMiddleware")
WHITENOISE_KEEP_ONLY_HASHED_FILES = True  # pages name the hashed files only
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = ["jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz",
                                       "bz2", "tbz", "xz", "br", "swf", "flv", "woff", "woff2",
                                       "map"]  # source maps: for developers' tools only

# Mail from EMAIL_URL (portal.env.email); the console without it.
globals().update(env.email(DEBUG))
# The portal's address for absolute links in e-mails (portal.W002 warns when it is missing).
PORTAL_URL = env.portal_url("PORTAL_URL")
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = env.text("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = env.admins("ADMINS")

# Errors leave a trace outside development: every log line to the console (the process
# manager's log) with the request id, server errors also by mail to ADMINS when set.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "portal.request_id.RequestIdFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "line",
                    "filters": ["request_id"]},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR",
                        "filters": ["require_debug_false", "request_id"]},
    },
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO"),
                   "propagate": False},
        "django.request": {"handlers": ["console", "mail_admins"], "level": "WARNING",
                           "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Libraries that narrate every step at INFO: only their warnings.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "portal.api_auth.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
        "portal.api_auth.KeyMayWrite",
    ],
    # The API speaks JSON: nested rows have no faithful form encoding.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_THROTTLE_CLASSES": ["portal.api_auth.KeyRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api_key": env.text("API_KEY_RATE", "1200/minute")},
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    # One JSON shape for every error, the domain's refusals included (docs/api.md).
    "EXCEPTION_HANDLER": "projects.api_common.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Projektportalen API",
    "DESCRIPTION": "Applications, budgets, follow-up and reports of regional development "
                   "projects. Authenticate with a key from your account page "
                   "(`Authorization: Bearer <key>`) or, in the browser, with your session.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "ENUM_NAME_OVERRIDES": {"HorizontalRatingEnum": "projects.models.HorizontalRating",
                            "CurrencyEnum": ["SEK", "NOK", "EUR"],
                            "FinancingTypeEnum": "finance.models.FinancingType"},
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "projects.api_common.document_errors"],
}

# A budget grid of 20 financiers over 60 periods posts about 1 300 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Secure by default outside development; each can be switched off by its own variable (for
# example SECURE_SSL_REDIRECT=0 where the proxy already redirects). Behind a proxy that ends
# TLS, SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https" tells Django the request was secure.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.flag("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.flag("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer asks over plain HTTP
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.flag("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = env.proxy_ssl_header("SECURE_PROXY_SSL_HEADER")
X_FRAME_OPTIONS = "DENY"

# Background work (bulk exports of reports) through Django's task API. The database backend
# needs no server and works on SQLite and PostgreSQL; TASKS_BACKEND=redis puts the queue on
# Redis at REDIS_URL instead. Either way `manage.py worker` runs the worker (`make run` starts
# it beside the web server).
TASKS_BACKEND = env.text("TASKS_BACKEND", "database")
REDIS_URL = env.text("REDIS_URL", "redis://127.0.0.1:6379/0")
RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
TASKS = {"default": {
    "BACKEND": ("django_tasks_rq.RQBackend" if TASKS_BACKEND == "redis"
                else "django_tasks_db.DatabaseBackend"),
    "QUEUES": ["default"],
}}
# Pages kept between requests (a dashboard, rendered once per change of what it shows). By
# default each process keeps its own; CACHE_BACKEND=redis shares them between the web workers
# through REDIS_URL, so a page rendered by one is served by all.
CACHE_BACKEND = env.text("CACHE_BACKEND", "memory")
_KEPT_PAGES = {"TIMEOUT": 24 * 3600, "OPTIONS": {"MAX_ENTRIES": 100}}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": ({"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
               "KEY_PREFIX": "pages", "TIMEOUT": _KEPT_PAGES["TIMEOUT"]}
              if CACHE_BACKEND == "redis" else
              {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
               "LOCATION": "pages", **_KEPT_PAGES}),
}
if CACHE_BACKEND == "redis":
    # Each page's session read from the shared cache, written through to the database (a
    # query less on every page). Only a shared cache will do: a session ended in one worker
    # must be ended in all, so with a cache per process sessions stay in the database alone.
    CACHES["sessions"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": REDIS_URL, "KEY_PREFIX": "sessions"}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"
EXPORT_ROOT = Path(env.text("EXPORT_ROOT", str(BASE_DIR / "exports")))
# A job that has not moved for this long was left by a worker that stopped; it may be retried.
EXPORT_STALE_SECONDS = int(env.text("EXPORT_STALE_SECONDS", "600"))
