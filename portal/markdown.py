"""Long texts are written in Markdown and shown the same on screen and in PDFs."""

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "ul", "ol", "li", "a", "blockquote", "code", "pre",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}


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


def render(text: str) -> str:
    """Markdown to sanitised HTML: scripts, styles and unknown tags are removed."""
    if not text:
        return ""
    html = markdown_lib.markdown(text, extensions=["sane_lists", "tables"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
