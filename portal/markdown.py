"""Long texts are written in Markdown and shown the same on screen and in PDFs."""

import re
import threading
from functools import lru_cache

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "ul", "ol", "li", "a", "blockquote", "code", "pre",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}

# Building a converter and a sanitiser costs more than converting a paragraph: a plan of 400
# activities with descriptions spent most of its page there. A converter keeps state while it
# converts, so each thread has its own; the sanitiser is immutable and shared.
_CLEANER = nh3.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                       url_schemes={"http", "https", "mailto"},
                       link_rel="noopener noreferrer")
_local = threading.local()
# A paragraph that is nothing but bold text ("**Tidsplan**") labels what follows it, often a
# table: marked, so that a printed page never ends with the label and starts with its table.
_LABEL_PARAGRAPH = re.compile(r"<p><strong>([^<]+)</strong></p>")


def plain_text(text: str) -> str:
    """Markdown as a reader sees it, without its marks: for spreadsheet cells and other
    places that show no HTML (one line per paragraph or list item)."""
    if not text:
        return ""
    from html import unescape

    from django.utils.html import strip_tags

    html = render(text).replace("</p>", "</p>\n").replace("</li>", "</li>\n")
    lines = [line.strip() for line in unescape(strip_tags(html)).splitlines()]
    return "\n".join(line for line in lines if line)


def _converter() -> markdown_lib.Markdown:
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = _local.converter = markdown_lib.Markdown(
            extensions=["sane_lists", "tables"], output_format="html")
    return converter


@lru_cache(maxsize=2048)
def render(text: str) -> str:
    """Markdown to sanitised HTML: scripts, styles and unknown tags are removed. The same
    text gives the same HTML, so recent ones are remembered."""
    if not text:
        return ""
    html = _CLEANER.clean(_converter().reset().convert(text))
    return _LABEL_PARAGRAPH.sub(r'<p class="label-paragraph"><strong>\1</strong></p>', html)
