"""
Settings of the camelAI-shaped server. Everything that varies between test runs comes from
the environment: CAMEL_DATA_DIR (the temporary folder holding the SQLite file and uploads),
CAMEL_SPECTACULAR (which drf-spectacular configuration serves /api/schema/) and CAMEL_DRIFT
(the negative control: a response field no longer matches the schema).
"""
import os
from pathlib import Path

DATA_DIR = Path(os.environ["CAMEL_DATA_DIR"])

SECRET_KEY = "camelgen-test-server-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "camelsite.urls"
WSGI_APPLICATION = "camelsite.wsgi.application"
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "drf_spectacular",
    "camel",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    # ETag and If-None-Match: an unchanged schema is answered 304, which `camelgen pull` relies on.
    "django.middleware.http.ConditionalGetMiddleware",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DATA_DIR / "camel.sqlite3"}}
MEDIA_ROOT = DATA_DIR / "media"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["camel.authentication.APIKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "camel.pagination.SourcePagination",
    "DEFAULT_THROTTLE_RATES": {"uploads": "1/s"},
    "UNAUTHENTICATED_USER": None,
}

SPECTACULAR_CONFIGURATIONS = {
    "split": {"COMPONENT_SPLIT_REQUEST": True, "COMPONENT_NO_READ_ONLY_REQUIRED": False},
    "split-no-readonly-required": {"COMPONENT_SPLIT_REQUEST": True, "COMPONENT_NO_READ_ONLY_REQUIRED": True},
    "single": {"COMPONENT_SPLIT_REQUEST": False, "COMPONENT_NO_READ_ONLY_REQUIRED": False},
    "single-no-readonly-required": {"COMPONENT_SPLIT_REQUEST": False, "COMPONENT_NO_READ_ONLY_REQUIRED": True},
}

SPECTACULAR_SETTINGS = {
    "TITLE": "camelAI API",
    "DESCRIPTION": "API for camelAI - AI-powered data analytics platform",
    "VERSION": "1.0.0 (v1)",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    **SPECTACULAR_CONFIGURATIONS[os.environ.get("CAMEL_SPECTACULAR", "split")],
}

CAMEL_DRIFT = os.environ.get("CAMEL_DRIFT") == "1"
