"""Claim and question records of a page (extraction rules: see issue #3).

A claim is one assertion of the article or of a comment; a question is
something the title or a comment asks. Both keep the original text and its
position in ``Page.text``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .page import Page

CLAIM_COLUMNS = [
    "doc_id", "claim_id", "origin", "section_id", "comment_id", "sentence_id", "text",
    "char_start", "char_end", "kind", "polarity", "modality", "condition", "subject",
    "predicate", "object", "quantities", "citations", "checkworthiness", "topics",
]
QUESTION_COLUMNS = [
    "doc_id", "question_id", "origin", "comment_id", "question", "status", "evidence", "topics",
]


@dataclass(frozen=True)
class Claim:
    doc_id: str
    claim_id: str            # a012 (article) or c2-03 (comment 2, claim 3)
    origin: str              # article | comment
    section_id: str          # article claims; "" for comments
    comment_id: int | None   # comment claims; None for the article
    sentence_id: str         # s004 (article) or c2-s01
    text: str                # original characters: Page.text[char_start:char_end]
    char_start: int
    char_end: int
    kind: str                # fact | advice | opinion
    polarity: str            # affirm | negate
    modality: str            # certain | likely | possible
    condition: str = ""
    subject: str = ""
    predicate: str = ""
    object: str = ""
    quantities: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    checkworthiness: float = 0.0
    topics: tuple[str, ...] = ()
    # Not written to the table: the analysis view, computed once and reused.
    norm: str = ""                      # NFKC, simplified-script text
    tokens: tuple[str, ...] = ()        # jieba words of ``norm``


@dataclass(frozen=True)
class Question:
    doc_id: str
    question_id: str         # q1, q2 … in page order
    origin: str              # title | comment
    comment_id: int | None
    question: str
    status: str = ""         # answered | partial | unanswered (set by compare)
    evidence: tuple[str, ...] = ()   # article claim ids that answer it
    topics: tuple[str, ...] = ()
    norm: str = ""
    tokens: tuple[str, ...] = ()


def extract_claims(page: Page, tokenizer) -> list[Claim]:
    """Every claim of the article, then of each comment, in page order."""
    raise NotImplementedError("claim extraction: issue #3")


def extract_questions(page: Page, tokenizer) -> list[Question]:
    """The title's questions, one row each, then the questions in comments."""
    raise NotImplementedError("question extraction: issue #3")
