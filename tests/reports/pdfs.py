"""Reading PDFs the way a test can check them: text per page, the table of contents, the
document's catalogue."""

import io
import re

import pypdf

TOC_LINE = re.compile(r"^(?P<title>.+?)\s*\.{3,}\s*(?P<page>\d+)\s*$")


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Each page's text with non-breaking spaces read as spaces."""
    return [page.extract_text().replace("\u00a0", " ") for page in reader(data).pages]


def toc(data: bytes, page_index: int = 1) -> list[tuple[str, int]]:
    """The (title, page number) lines of the table of contents."""
    lines = page_texts(data)[page_index].splitlines()
    found = []
    for line in lines:
        match = TOC_LINE.match(line.strip())
        if match:
            found.append((match["title"].strip(), int(match["page"])))
    return found


def catalogue(data: bytes):
    return reader(data).trailer["/Root"]


def xmp(data: bytes) -> str:
    metadata = catalogue(data).get("/Metadata")
    return metadata.get_object().get_data().decode() if metadata is not None else ""
