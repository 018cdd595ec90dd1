"""Long texts are written in Markdown and shown the same on screen and in PDFs."""

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {
    "p", "br", "em", "strong", "ul", "ol", "li", "a", "blockquote", "code", "pre",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}


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
