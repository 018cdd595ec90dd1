"""Which outline a report follows, and its sections as the document engine's TextSections."""

from django.db import transaction
from django.utils import translation
from django.utils.functional import lazy

from projects.documents.sections import MAX_TEXT_LENGTH, TextField, TextSection
from projects.models import ApplicationForm, Project
from reports.models import ReportOutline
from reports.shipped_outlines import SHIPPED


def _in_language(texts: dict) -> str:
    language = (translation.get_language() or "sv")[:2]
    return str(texts.get(language) or texts.get("sv") or texts.get("en") or "")


_lazy_text = lazy(_in_language, str)


def localized(value):
    """{"sv": …, "nb": …, "en": …} as a text that reads in the language being spoken when
    it is shown, like gettext_lazy."""
    return _lazy_text(dict(value) if isinstance(value, dict) else {"sv": str(value or "")})


def ensure_shipped() -> None:
    """Write the shipped outlines that are missing; never touch one that exists."""
    present = set(ReportOutline.objects.filter(slug__in=[o["slug"] for o in SHIPPED])
                  .values_list("slug", flat=True))
    missing = [o for o in SHIPPED if o["slug"] not in present]
    if missing:
        with transaction.atomic():
            for outline in missing:
                ReportOutline.objects.get_or_create(slug=outline["slug"], defaults={
                    k: v for k, v in outline.items() if k != "slug"})


def outline_for(project: Project, kind: str) -> ReportOutline | None:
    """The programme's own outline of this kind, else the one for its application form.
    A funding body's own portfolio report has no reports of its own (None)."""
    if project.programme.application_form == ApplicationForm.PORTFOLIO:
        return None
    ensure_shipped()
    outlines = ReportOutline.objects.filter(kind=kind, is_active=True)
    own = outlines.filter(programmes=project.programme_id).order_by("pk").first()
    if own is not None:
        return own
    form = project.programme.application_form
    return next((o for o in outlines.order_by("pk") if form in (o.application_forms or [])),
                None)


def outline_named(slug: str) -> ReportOutline | None:
    if not slug:
        return None
    ensure_shipped()
    return ReportOutline.objects.filter(slug=slug).first()


def text_sections(sections: list[dict]) -> list[TextSection]:
    return [
        TextSection(
            key=str(s["key"]), title=localized(s.get("title")),
            intro=localized(s.get("intro", {})),
            fields=tuple(
                TextField(name=str(f["name"]), label=localized(f.get("label")),
                          required=bool(f.get("required", True)),
                          help_text=localized(f.get("help", {})),
                          max_length=min(int(f.get("max_length") or MAX_TEXT_LENGTH),
                                         MAX_TEXT_LENGTH))
                for f in s.get("fields", [])),
        )
        for s in sections
    ]
