"""Reading the laid-out pages of a document as a financier looks at them: tables that run
past the page's edge, text that spills out of its cell, captions left alone at the foot of a
page away from their table. Reads WeasyPrint's boxes, so it knows the exact places."""

from weasyprint.formatting_structure import boxes

from reports.pdf import laid_out, render_html

SLACK = 0.5  # CSS pixels of rounding


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
    return problems
