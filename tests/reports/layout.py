"""Reading the laid-out pages of a document as a financier looks at them: tables that run
past the page's edge, text that spills out of its cell, captions left alone at the foot of a
page away from their table, headings and bold labels left at the foot of a page with what
they introduce on the next, words of a narrow column broken where no hyphen says so. Reads
WeasyPrint's boxes, so it knows the exact places."""

import itertools

from weasyprint.formatting_structure import boxes

from reports.pdf import laid_out, render_html

SLACK = 0.5  # CSS pixels of rounding
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Where a word may end a line: a hyphen, the one hyphenation adds, a soft one, a slash, a dash.
BREAKS = ("-", "\u2010", "\u00ad", "/", "\u2013")


def laid_out_pages(job):
    return laid_out(render_html(job.template, job.context, job.document)).pages


def walk(box, parents=()):
    """Every box in the flow; positioned ones (text only for screen readers) are left out."""
    yield box, parents
    for child in getattr(box, "children", ()):
        if child.style["position"] != "absolute":
            yield from walk(child, (*parents, box))


def text_of(box) -> str:
    return " ".join(b.text for b, _p in walk(box) if isinstance(b, boxes.TextBox)).strip()


def _right(box) -> float:
    return box.border_box_x() + box.border_width()


def _has_body_rows(table) -> bool:
    return any(isinstance(group, boxes.TableRowGroupBox) and not group.is_header
               and not group.is_footer and group.children for group in table.children)


def layout_problems(pages) -> list[str]:
    """What looks wrong, one line per problem naming its page."""
    problems = []
    for number, page in enumerate(pages, 1):
        root = page._page_box
        edge = root.content_box_x() + root.width + SLACK
        for box, parents in walk(root):
            if isinstance(box, boxes.TableBox) and _right(box) > edge:
                problems.append(f"page {number}: a table runs past the page's edge "
                                f"({_right(box) - edge:.0f}px): {text_of(box)[:60]}")
            if isinstance(box, boxes.TextBox) and box.text.strip():
                cell = next((p for p in reversed(parents)
                             if isinstance(p, boxes.TableCellBox)), None)
                if cell is not None:
                    limit = cell.padding_box_x() + cell.padding_width() + SLACK
                    if box.position_x + box.width > limit:
                        problems.append(f"page {number}: “{box.text[:40]}” spills out of "
                                        "its cell")
            if isinstance(box, boxes.BlockBox) and box.is_table_wrapper:
                caption = next((c for c in box.children
                                if isinstance(c, boxes.TableCaptionBox)), None)
                table = next((c for c in box.children if isinstance(c, boxes.TableBox)), None)
                if caption is not None and (table is None or not _has_body_rows(table)):
                    problems.append(f"page {number}: the caption “{text_of(caption)[:50]}” "
                                    "is left without its table")
        problems += [f"page {number}: “{text_of(label)[:50]}” ends the page, away from what "
                     "it introduces" for label in _stranded_labels(root)]
        problems += [f"page {number}: “{broken}” is broken inside a word without a hyphen"
                     for broken in _broken_words(root)]
    return problems


def _broken_words(root):
    """Words of a table cell split across two of its lines where no hyphen marks it (a
    narrow column breaking "uppföljning" as "uppföljnin|g" or a date as "2019-03-1|1"): the
    end of one line and the start of the next make a word of the cell's own text."""
    for box, _parents in walk(root):
        if not isinstance(box, boxes.TableCellBox) or box.element is None:
            continue
        words = {word for text in box.element.itertext() for word in text.split()}
        lines = [text_of(line).split() for line, _p in walk(box)
                 if isinstance(line, boxes.LineBox)]
        for before, after in itertools.pairwise(lines):
            if before and after and not before[-1].endswith(BREAKS) \
                    and before[-1] + after[0] in words:
                yield f"{before[-1]}|{after[0]}"


def _is_label(box) -> bool:
    if not isinstance(box, boxes.BlockBox) or box.element is None:
        return False
    element = box.element
    bold_only = (element.tag == "p" and len(element) == 1 and element[0].tag == "strong"
                 and not (element.text or "").strip() and not (element[0].tail or "").strip())
    return box.element_tag in HEADINGS or bold_only


def _stranded_labels(root):
    """Headings and bold labels with no line of the page's flow below them."""
    flow = [child for child in root.children if not isinstance(child, boxes.MarginBox)]
    labels, line_tops = [], []
    for top in flow:
        for box, _parents in walk(top):
            if isinstance(box, boxes.LineBox):
                line_tops.append(box.position_y)
            elif _is_label(box):
                labels.append(box)
    return [label for label in labels
            if not any(y >= label.position_y + label.margin_height() - SLACK
                       for y in line_tops)]
