"""Loaded as a pytest plugin before Django starts: tests run with DEBUG off, as production
does, over plain HTTP and from the source static folders."""

import os

os.environ.setdefault(
    "SECRET_KEY", "test-only-secret-key-d2Xk9vQ7rT3mW8pL1nB6yH4cF0sJ5gZ-never-in-production")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")  # the test client speaks plain HTTP
os.environ.setdefault("STATIC_HASHED", "false")  # hashed names need collectstatic first
os.environ.setdefault("EMAIL_URL", "memory://")  # Django's test runner collects mail anyway
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API in tests
