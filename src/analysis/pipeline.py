"""One page in, all of its tables out: the stages of the analysis in order.

``analyse_page`` is the single function that the command line, the notebooks
and the corpus engines call; it touches no disk except to read the page.
"""
from __future__ import annotations

import time
from pathlib import Path

import pandas as pd

from . import claims as claims_stage
from . import compare, topics
from .page import Page, read_page
from .source import DEFAULT_MAX_BYTES
from .tables import Table, dict_table, table
from .text import get_tokenizer

PAGE_COLUMNS = [
    "doc_id", "path", "encoding", "site", "channel", "title", "author", "source",
    "published_at", "views", "n_sections", "n_subsections", "n_comments",
]
SECTION_COLUMNS = ["doc_id", "section_id", "level", "number", "title", "parent_id", "line_no", "text"]
COMMENT_COLUMNS = ["doc_id", "comment_id", "author", "date", "line_no", "tags", "reply_to", "text"]
LINE_COLUMNS = ["doc_id", "line_no", "role", "target", "text"]

TABLES = (
    "pages", "sections", "comments", "lines", "claims", "questions", "alignments", "findings",
    "topics", "keywords", "left_out",
)


def page_rows(page: Page) -> dict[str, Table]:
    """The parse tables of one page as rows: pages, sections, comments, lines."""
    page_row = {
        "doc_id": page.doc_id, "path": page.path, "encoding": page.encoding, "site": page.site,
        "channel": page.channel, "title": page.title, "author": page.author,
        "source": page.source, "published_at": page.published_at, "views": page.views,
        "n_sections": sum(1 for s in page.sections if s.level == 1),
        "n_subsections": sum(1 for s in page.sections if s.level > 1),
        "n_comments": len(page.comments),
    }
    doc_id = page.doc_id
    return {
        "pages": dict_table([page_row], PAGE_COLUMNS),
        "sections": table(page.sections, SECTION_COLUMNS, doc_id=doc_id),
        "comments": table(page.comments, COMMENT_COLUMNS, doc_id=doc_id),
        "lines": table(page.lines, LINE_COLUMNS, doc_id=doc_id),
    }


def page_tables(page: Page) -> dict[str, pd.DataFrame]:
    """The parse tables of one page: pages, sections, comments, lines."""
    return {name: rows.frame() for name, rows in page_rows(page).items()}


class _Stopwatch:
    """Seconds per stage added into ``timings`` (nothing kept when it is None)."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings

    def __call__(self, stage: str, work, *args, **kwargs):
        if self.timings is None:
            return work(*args, **kwargs)
        start = time.perf_counter()
        result = work(*args, **kwargs)
        self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start
        return result


def analyse(page: Page, tokenizer=None, taxonomy=None, timings: dict[str, float] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of one parsed page as a DataFrame, in the order of ``TABLES``
    (``analyse_rows`` explains the arguments)."""
    return {name: rows.frame() for name, rows in analyse_rows(page, tokenizer, taxonomy, timings).items()}


def analyse_rows(page: Page, tokenizer=None, taxonomy=None, timings: dict[str, float] | None = None) -> dict[str, Table]:
    """Every table of one parsed page as rows, in the order of ``TABLES``:
    what the command line streams to CSV, with no DataFrame built.

    Each text is cut into words once, when its claim or question record is
    made; the later stages read ``Claim.tokens`` and never cut again. The
    article's profiles and TF-IDF index are built once and shared by the
    three comparison stages. ``timings``: a dict that receives the seconds
    spent in each stage (the benchmark reads it).
    """
    run = _Stopwatch(timings)
    tokenizer = tokenizer or get_tokenizer()
    taxonomy = taxonomy if taxonomy is not None else topics.load_taxonomy()
    claims, left_out, questions = run("claims", claims_stage.extract_all, page, tokenizer)
    claims, questions = run("topics", topics.assign_topics, claims, questions, taxonomy, tokenizer)
    article = run("compare", compare.prepare, claims, tokenizer, sections=page.sections, title=page.title)
    comment_terms: list = []
    alignments = run("compare", compare.align, claims, tokenizer, sections=page.sections, article=article,
                     terms_out=comment_terms if questions else None)
    questions = run("compare", compare.answer_questions, questions, claims, tokenizer, sections=page.sections,
                    article=article)
    questions = run("compare", compare.answer_from_comments, questions,
                    [c for c in claims if c.origin == "comment"], comment_terms, tokenizer)
    findings = run("compare", compare.find_findings, claims, tokenizer, article=article)
    tables = run("tables", page_rows, page)
    tables.update(run("tables", lambda: dict(
        claims=table(claims, claims_stage.CLAIM_COLUMNS),
        questions=table(questions, claims_stage.QUESTION_COLUMNS),
        alignments=table(alignments, compare.ALIGNMENT_COLUMNS),
        findings=table(findings, compare.FINDING_COLUMNS),
        left_out=table(left_out, ["doc_id", *claims_stage.LEFT_OUT_COLUMNS], doc_id=page.doc_id),
    )))
    tables.update(run("topics", lambda: dict(
        topics=topics.coverage_table(page.doc_id, claims, questions, taxonomy),
        keywords=topics.keyword_table(page, claims, tokenizer),
    )))
    return {name: tables[name] for name in TABLES}


def analyse_page(path: str | Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 timings: dict[str, float] | None = None) -> dict[str, pd.DataFrame]:
    """Read one page file and return its tables as DataFrames (``PageError``
    if unreadable); ``timings`` as for ``analyse_rows``, with the reading and
    parsing as "page"."""
    return {name: rows.frame() for name, rows in analyse_page_rows(path, doc_id, max_bytes, timings).items()}


def analyse_page_rows(path: str | Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                      timings: dict[str, float] | None = None) -> dict[str, Table]:
    """As ``analyse_page``, the tables as rows (``analyse_rows``)."""
    page = _Stopwatch(timings)("page", read_page, path, doc_id=doc_id, max_bytes=max_bytes)
    return analyse_rows(page, timings=timings)
