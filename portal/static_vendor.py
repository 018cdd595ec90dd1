"""The few files the pages use from npm packages, found as static files under `vendor/`.

Only these, not the packages' whole folders: `collectstatic` then hashes and compresses a
handful of files instead of 13 MB of builds no page loads."""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

# served as vendor/<package>/<file>: (folder under node_modules, files)
VENDORED = {
    "htmx": ("htmx.org/dist", ("htmx.min.js",)),
    "swagger-ui": ("swagger-ui-dist", ("swagger-ui-bundle.js", "swagger-ui-bundle.js.map",
                                       "swagger-ui.css", "swagger-ui.css.map")),
}


def _storage(package: str, folder: str) -> FileSystemStorage:
    storage = FileSystemStorage(location=Path(settings.BASE_DIR) / "node_modules" / folder)
    storage.prefix = f"vendor/{package}"
    return storage


class VendorFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        self.sources = {package: (_storage(package, folder), files)
                        for package, (folder, files) in VENDORED.items()}

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        found = []
        for package, (storage, files) in self.sources.items():
            prefix = f"vendor/{package}/"
            name = path[len(prefix):] if path.startswith(prefix) else None
            if name in files and storage.exists(name):
                found.append(storage.path(name))
        # Nothing found is [] as Django's own finders say it: `finders.find` wraps a None
        # into [None], a list that looks found, and the PDF printer then read no styles.
        return found if find_all else (found[0] if found else [])

    def list(self, ignore_patterns):
        for storage, files in self.sources.values():
            for name in files:
                if storage.exists(name):
                    yield name, storage
