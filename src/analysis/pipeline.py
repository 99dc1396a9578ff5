"""One page in, all of its tables out: the stages of the analysis in order.

``analyse_page`` is the single function that the command line, the notebooks
and the corpus engines call; it touches no disk except to read the page.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .page import Page, read_page
from .source import DEFAULT_MAX_BYTES
from .tables import to_frame

PAGE_COLUMNS = [
    "doc_id", "path", "encoding", "site", "channel", "title", "author", "source",
    "published_at", "views", "n_sections", "n_subsections", "n_comments",
]
SECTION_COLUMNS = ["doc_id", "section_id", "level", "number", "title", "parent_id", "line_no", "text"]
COMMENT_COLUMNS = ["doc_id", "comment_id", "author", "date", "line_no", "tags", "text"]
LINE_COLUMNS = ["doc_id", "line_no", "role", "target", "text"]

TABLES = ("pages", "sections", "comments", "lines")


@dataclass(frozen=True)
class _Row:
    """Adapter so that sections, comments and lines carry their page's doc_id."""

    doc_id: str
    item: object

    def __getattr__(self, name):
        return getattr(self.item, name)


def page_tables(page: Page) -> dict[str, pd.DataFrame]:
    """The parse tables of one page: pages, sections, comments, lines."""
    page_row = {
        "doc_id": page.doc_id, "path": page.path, "encoding": page.encoding, "site": page.site,
        "channel": page.channel, "title": page.title, "author": page.author,
        "source": page.source, "published_at": page.published_at, "views": page.views,
        "n_sections": sum(1 for s in page.sections if s.level == 1),
        "n_subsections": sum(1 for s in page.sections if s.level > 1),
        "n_comments": len(page.comments),
    }
    return {
        "pages": pd.DataFrame([page_row], columns=PAGE_COLUMNS),
        "sections": to_frame((_Row(page.doc_id, s) for s in page.sections), SECTION_COLUMNS),
        "comments": to_frame((_Row(page.doc_id, c) for c in page.comments), COMMENT_COLUMNS),
        "lines": to_frame((_Row(page.doc_id, line) for line in page.lines), LINE_COLUMNS),
    }


def analyse(page: Page) -> dict[str, pd.DataFrame]:
    """Every table of one parsed page."""
    return page_tables(page)


def analyse_page(path: str | Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, pd.DataFrame]:
    """Read one page file and return its tables (``PageError`` if unreadable)."""
    return analyse(read_page(path, doc_id=doc_id, max_bytes=max_bytes))
