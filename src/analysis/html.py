"""Saved HTML pages to the plain-text lines the page parser reads.

Block elements become line breaks and inline elements stay inside their line,
so a paragraph of HTML is one line of text, as in the plain-text pages.
"""
from __future__ import annotations

import warnings

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

_BLOCKS = (
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element a line.

    The ``<title>`` is kept as the first line only when the body has no
    ``<h1>``: otherwise the heading is the title and the head is dropped.
    """
    with warnings.catch_warnings():
        # XHTML pages with an <?xml?> prolog are still read as HTML, on purpose.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.head:
        soup.head.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in soup.find_all(("td", "th")):
        # Cells of one row stay on one line, apart: "1楼 NAME 2025-…".
        cell.insert_before(" ")
        cell.insert_after(" ")
    body = soup.body or soup
    lines = [" ".join(line.split()) for line in body.get_text().split("\n")]
    lines = [line for line in lines if line]
    if title and not soup.find("h1"):
        lines.insert(0, title)
    return "\n".join(lines) + "\n"
