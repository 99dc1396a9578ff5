"""Topics: what each claim and question is about, and how the article covers
the topics that its title and its comments raise (issue #5).

The taxonomy is ``data/reference/topics.toml``: an id, a Chinese label and
cue words per topic. Cues are matched against the words a claim already
carries (``Claim.tokens``), never as bare substrings of its text: a cue of
several words must be spelled by whole words in a row (支付功能 = 支付 +
功能), and a domain word of the lexicon (微信零钱, 分期还款) matches only
when the taxonomy lists it: 信用卡 is not about 信用记录.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain, compress
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import paths, reference
from .claims import Claim, Question
from .tables import Table, cell
from .text import analysis_view

TAXONOMY_FILE = "topics.toml"
STOPWORDS_FILE = "stopwords.txt"

TOPIC_COLUMNS = [
    "doc_id", "topic", "label", "article_claims", "article_share", "comment_claims",
    "comment_share", "questions", "status",
]
KEYWORD_COLUMNS = ["doc_id", "scope", "rank", "keyword", "weight"]
COMMENTS_SCOPE = "comments"

# Coverage status of one topic on one page.
COVERED = "covered"                        # raised by the title or comments; the article has claims on it
RAISED_NOT_COVERED = "raised_not_covered"  # raised, but no article claim is on it
ARTICLE_ONLY = "article_only"              # the article has claims on it; nobody asked
ABSENT = "absent"                          # neither
STATUSES = (COVERED, RAISED_NOT_COVERED, ARTICLE_ONLY, ABSENT)

SHARE_DIGITS = 4


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()
    weak_weight: float = 0.5
    threshold: float = 1.0

    def weights(self) -> dict[str, float]:
        """Cue → weight; a word listed as both counts as a full cue."""
        table = {cue: self.weak_weight for cue in self.weak_cues}
        table.update({cue: 1.0 for cue in self.cues})
        return table


def load_taxonomy(path: str | Path | None = None) -> tuple[Topic, ...]:
    """The topics of ``path`` (default ``data/reference/topics.toml``) in file
    order; read again only when the file's modification time moves."""
    where = Path(path or TAXONOMY_FILE)
    if not where.is_absolute():
        where = paths.REFERENCE_DIR / where
    try:
        stamp = reference.modified(str(where))
    except FileNotFoundError:
        stamp = None  # let the reader say which file is missing
    if stamp is None:
        return _read_taxonomy(path, where)
    return _cached_taxonomy(path, where, stamp)


@lru_cache(maxsize=8)
def _cached_taxonomy(path, where: Path, stamp: int) -> tuple[Topic, ...]:
    return _read_taxonomy(path, where)


def _read_taxonomy(path, where: Path) -> tuple[Topic, ...]:
    data = reference.load_toml(where)
    threshold = float(data.get("threshold", 1.0))
    weak_weight = float(data.get("weak_weight", 0.5))
    topics = []
    seen = set()
    for entry in data.get("topic", []):
        topic_id = str(entry["id"]).strip()
        if not topic_id or topic_id in seen:
            raise ValueError(f"{path or TAXONOMY_FILE}: topic id {topic_id!r} is empty or repeated")
        seen.add(topic_id)
        topics.append(Topic(
            id=topic_id,
            label=str(entry.get("label", topic_id)),
            cues=tuple(analysis_view(c.strip()) for c in entry.get("cues", []) if c.strip()),
            weak_cues=tuple(analysis_view(c.strip()) for c in entry.get("weak_cues", []) if c.strip()),
            weak_weight=float(entry.get("weak_weight", weak_weight)),
            threshold=float(entry.get("threshold", threshold)),
        ))
    return tuple(topics)


def cue_words(taxonomy: Sequence[Topic]) -> tuple[str, ...]:
    """Every cue of the taxonomy once, in file order: the words a tokenizer
    should keep whole."""
    return tuple(dict.fromkeys(c for t in taxonomy for c in (*t.cues, *t.weak_cues)))


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class CueIndex:
    """Every cue of a taxonomy with the topics and weights it counts for."""

    cues: dict[str, tuple[tuple[int, float], ...]]
    longest: int
    n_topics: int
    # Every leading part of a cue (支, 支付, 支付功 … of 支付功能): words are
    # joined onto a candidate only while it can still grow into a cue.
    prefixes: frozenset[str] = frozenset()


def build_cue_index(taxonomy: Sequence[Topic], tokenizer=None) -> CueIndex:
    """The cues of ``taxonomy`` ready for matching (``tokenizer`` is not
    needed: cues are matched on word boundaries, however the words were cut).
    A taxonomy given as a tuple (what ``load_taxonomy`` returns: frozen
    topics) is indexed once and the index reused while it is the same object."""
    if not isinstance(taxonomy, tuple):
        return _cue_index(taxonomy)
    cached = _CUE_INDEXES.get(id(taxonomy))
    if cached is None or cached[0] is not taxonomy:
        cached = (taxonomy, _cue_index(taxonomy))
        if len(_CUE_INDEXES) >= _CUE_INDEXES_KEPT:
            _CUE_INDEXES.clear()
        _CUE_INDEXES[id(taxonomy)] = cached
    return cached[1]


# id(taxonomy) → (taxonomy, its CueIndex); the taxonomy is kept so that its id stays its own.
_CUE_INDEXES: dict[int, tuple[tuple, CueIndex]] = {}
_CUE_INDEXES_KEPT = 8


def _cue_index(taxonomy: Sequence[Topic]) -> CueIndex:
    found: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, topic in enumerate(taxonomy):
        for cue, weight in topic.weights().items():
            found[cue].append((index, weight))
    longest = max((len(cue) for cue in found), default=0)
    prefixes = frozenset(cue[:end] for cue in found for end in range(1, len(cue) + 1))
    return CueIndex({cue: tuple(v) for cue, v in found.items()}, longest, len(taxonomy), prefixes)


def topic_scores(tokens: Sequence[str], index: CueIndex) -> list[float]:
    """Score of each topic for one text's words: the weights of the cues found,
    one count per occurrence.

    A cue matches a run of whole words that spells it (再借款 in 能/再/借款,
    支付功能 in 支付/功能), never part of a word (信用 is not in 信用卡); the
    longest cue starting at a word wins and its words are not matched again.
    """
    scores = [0.0] * index.n_topics
    for topic, score in _touched_scores(tokens, index).items():
        scores[topic] = score
    return scores


def _touched_scores(tokens: Sequence[str], index: CueIndex) -> dict[int, float]:
    """``topic_scores`` for the topics some cue counts for (topic → score),
    the weights added in the same order."""
    scores: dict[int, float] = {}
    cues = index.cues
    # An index made by hand without prefixes: every cue's leading parts.
    prefixes = index.prefixes or frozenset(c[:e] for c in cues for e in range(1, len(c) + 1))
    words = list(filter(str.strip, tokens))
    n_words = len(words)
    # A cue can start only at a word that is a leading part of one (most
    # words are not): those places are found in one pass, the rest skipped.
    starts = compress(range(n_words), map(prefixes.__contains__, words))
    matched = 0   # words before this one belong to a cue already counted
    for i in starts:
        if i < matched:
            continue
        best_end, best_cue = 0, ""
        spelled = ""
        for j in range(i, n_words):
            spelled += words[j]
            # No cue goes on from here (and none is longer than ``longest``).
            if spelled not in prefixes:
                break
            if spelled in cues:
                best_end, best_cue = j + 1, spelled
        if best_cue:
            for topic, weight in cues[best_cue]:
                scores[topic] = scores.get(topic, 0.0) + weight
            matched = best_end
    return scores


def topics_of(tokens: Sequence[str], taxonomy: Sequence[Topic], index: CueIndex) -> tuple[str, ...]:
    """Topic ids whose score reaches their threshold, highest score first
    (ties in taxonomy order)."""
    scores = _touched_scores(tokens, index)
    hits = [(-s, i) for i, s in scores.items() if s > 0 and s >= taxonomy[i].threshold - 1e-9]
    return tuple(taxonomy[i].id for _, i in sorted(hits))


def assign_topics(
    claims: Sequence[Claim], questions: Sequence[Question], taxonomy: Sequence[Topic], tokenizer=None
) -> tuple[list[Claim], list[Question]]:
    """Claims and questions with their ``topics`` set from the words they carry
    (``Claim.tokens``, ``Question.tokens``: nothing is cut again). The
    ``tokenizer`` that cut them is accepted so that every stage has the same
    call; cue words that it keeps whole (see ``cue_words``) match more often."""
    index = build_cue_index(taxonomy, tokenizer)
    new_claims = [replace(c, topics=topics_of(c.tokens, taxonomy, index)) for c in claims]
    new_questions = [replace(q, topics=topics_of(q.tokens, taxonomy, index)) for q in questions]
    return new_claims, new_questions


# ---------------------------------------------------------------- coverage


def shares(counts: Sequence[int], digits: int = SHARE_DIGITS) -> list[float]:
    """Each count's part of the total, rounded so that the parts add up to
    exactly 1 (largest remainders get the last units); all 0 when the total is 0."""
    total = sum(counts)
    if total == 0:
        return [0.0] * len(counts)
    unit = 10**digits
    exact = [c * unit / total for c in counts]
    floors = [math.floor(x) for x in exact]
    missing = unit - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:missing]:
        floors[i] += 1
    return [f / unit for f in floors]


def coverage(
    doc_id: str, claims: Iterable[Claim], questions: Iterable[Question], taxonomy: Sequence[Topic]
) -> pd.DataFrame:
    """topics.csv for one page as a DataFrame (``coverage_table``)."""
    return coverage_table(doc_id, claims, questions, taxonomy).frame()


def coverage_table(
    doc_id: str, claims: Iterable[Claim], questions: Iterable[Question], taxonomy: Sequence[Topic]
) -> Table:
    """topics.csv for one page: one row per topic, in taxonomy order.

    Counts are claims that carry the topic (a claim with two topics counts for
    both); a share is the topic's part of all topic assignments of that origin.
    A topic is *raised* when a title question, a comment claim or a comment
    question carries it.
    """
    # Every topic said, by origin, counted once at the end.
    article_said: list[str] = []
    comment_said: list[str] = []
    for claim in claims:
        (article_said if claim.origin == "article" else comment_said).extend(claim.topics)
    article, comment = Counter(article_said), Counter(comment_said)
    asked = Counter(chain.from_iterable(question.topics for question in questions))
    ids = [t.id for t in taxonomy]
    article_counts = [article.get(i, 0) for i in ids]
    comment_counts = [comment.get(i, 0) for i in ids]
    asked_counts = [asked.get(i, 0) for i in ids]
    rows = []
    doc = cell(doc_id)
    for topic, n_article, a_share, n_comment, c_share, n_asked in zip(
        taxonomy, article_counts, shares(article_counts), comment_counts, shares(comment_counts), asked_counts
    ):
        raised = n_comment > 0 or n_asked > 0
        covered = n_article > 0
        status = (COVERED if covered else RAISED_NOT_COVERED) if raised else (ARTICLE_ONLY if covered else ABSENT)
        # In TOPIC_COLUMNS order, already cells: counts are whole numbers and
        # shares are floats of at most SHARE_DIGITS decimals (what ``cell`` leaves them).
        rows.append((doc, topic.id, topic.label, n_article, a_share, n_comment, c_share, n_asked, status))
    return Table(tuple(TOPIC_COLUMNS), rows)


# ---------------------------------------------------------------- keywords

_HAS_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_DIGITS = re.compile(r"^[\d.%,]+$")


@lru_cache(maxsize=1)
def _jieba_idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (the weight of words it does not list)."""
    from jieba.analyse.tfidf import IDFLoader, DEFAULT_IDF

    loader = IDFLoader(DEFAULT_IDF)
    return dict(loader.idf_freq), loader.median_idf


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stop words of ``path`` (default ``data/reference/stopwords.txt``)
    in their analysis view; resolved again only when the file's entries change."""
    entries = reference.load_list(path or STOPWORDS_FILE)
    known = _STOPWORDS.get(path)
    # ``reference`` returns the same tuple while the file is unchanged.
    if known is None or known[0] is not entries:
        known = (entries, frozenset(analysis_view(w) for w in entries))
        if len(_STOPWORDS) >= _STOPWORDS_KEPT:
            _STOPWORDS.clear()
        _STOPWORDS[path] = known
    return known[1]


# path → (the file's entries, their stop-word set)
_STOPWORDS: dict = {}
_STOPWORDS_KEPT = 8


# Parts of speech that name a thing, an act or a fixed phrase (jieba/ICTCLAS
# tags: nouns n*, verbal nouns vn, verbs v, idioms i, fixed expressions l,
# adjectival nouns an); adverbs, numerals, time words and the like describe
# rather than name, so they never lead a keyword list.
KEYWORD_POS = ("n", "v", "l", "i", "an")


def _candidate(word: str, stopwords: frozenset[str]) -> bool:
    return (
        len(word) >= 2
        and word not in stopwords
        and _HAS_WORD_CHAR.search(word) is not None
        and not _DIGITS.match(word)
    )


def _part_of_speech(tokenizer):
    """word → its tag as the tokenizer reads it alone ("" when it falls apart):
    each distinct word is tagged once, not each text again."""
    if hasattr(tokenizer, "word_tag"):
        return tokenizer.word_tag  # remembered across pages by the tokenizer
    cache: dict[str, str] = {}

    def tag(word: str) -> str:
        if word not in cache:
            pairs = tokenizer.tag(word) if tokenizer is not None and hasattr(tokenizer, "tag") else [(word, "n")]
            cache[word] = pairs[0][1] if len(pairs) == 1 else ""
        return cache[word]

    return tag


def _names_something(tag: str) -> bool:
    return tag.startswith(KEYWORD_POS) and not tag.startswith(("vd", "ad"))


def _keyword_words(words: Iterable[str], stopwords: frozenset[str], tag) -> frozenset[str]:
    """The ``words`` that may be keywords (``_candidate`` and naming
    something), each checked and tagged once: the cheap tests first, the
    tag only for a word that passes them."""
    return frozenset(
        word for word in words
        if len(word) >= 2 and _candidate(word, stopwords) and _names_something(tag(word))
    )


def keywords(page, claims: Sequence[Claim], tokenizer=None, top_k: int = 8) -> pd.DataFrame:
    """keywords.csv for one page as a DataFrame (``keyword_table``)."""
    return keyword_table(page, claims, tokenizer, top_k).frame()


def keyword_table(page, claims: Sequence[Claim], tokenizer=None, top_k: int = 8) -> Table:
    """keywords.csv for one page: the ``top_k`` words of each article section
    and of the comments, from the claims' own words.

    Weight = term frequency in the scope × jieba's IDF × log(1 + scopes /
    scopes using the word): jieba's IDF says how informative a word is in
    general Chinese, the last factor lowers words that every part of this
    page repeats (the product's name, 逾期). Stop words come from
    ``data/reference/stopwords.txt``; the tokenizer's part-of-speech tags
    keep words that name something (``KEYWORD_POS``). The words themselves
    are the claims' tokens.
    """
    stopwords = load_stopwords()
    tag = _part_of_speech(tokenizer)
    idf, median_idf = _jieba_idf()
    order = [s.section_id for s in page.sections] + [COMMENTS_SCOPE]
    said: dict[str, list[str]] = {}   # scope → its claims' words, in order
    for claim in claims:
        scope = claim.section_id if claim.origin == "article" else COMMENTS_SCOPE
        words = said.get(scope)
        if words is None:
            said[scope] = words = []
        words += claim.tokens
    kept = _keyword_words(dict.fromkeys(chain.from_iterable(said.values())), stopwords, tag)
    # Counted in the order the words first come, as the words are listed below.
    scopes = {scope: Counter(filter(kept.__contains__, words)) for scope, words in said.items()}
    rank_of = {scope: i for i, scope in enumerate(order)}
    present = sorted((s for s in scopes if scopes[s]), key=lambda s: (rank_of.get(s, len(order)), s))
    n_scopes = len(present)
    spread = Counter(chain.from_iterable(scopes[s] for s in present))
    rows = []
    doc = cell(page.doc_id)
    log = math.log
    for scope in present:
        counter = scopes[scope]
        total = sum(counter.values())
        # (sort key: the weight to 6 digits, highest first, then the word; the weight)
        scored = []
        for w, n in counter.items():
            weight = n / total * idf.get(w, median_idf) * log(1 + n_scopes / spread[w])
            scored.append((-round(weight, 6), w, weight))
        scored.sort()   # the words differ: the weight itself is never compared
        for rank, (_, word, weight) in enumerate(scored[:top_k], start=1):
            # In KEYWORD_COLUMNS order, already cells (the weight rounded as ``cell`` would).
            rows.append((doc, scope, rank, word, round(weight, SHARE_DIGITS)))
    return Table(tuple(KEYWORD_COLUMNS), rows)


def mark_known(keywords_frame: pd.DataFrame, taxonomy: Sequence[Topic]) -> pd.DataFrame:
    """The keywords with a ``topic`` column: the topic whose cue the keyword
    is, empty where the taxonomy has no such cue (what it may be missing)."""
    owner = {}
    for topic in taxonomy:
        for cue in (*topic.cues, *topic.weak_cues):
            owner.setdefault(cue, topic.id)
    frame = keywords_frame.copy()
    frame["topic"] = [owner.get(w, "") for w in frame["keyword"]]
    return frame


def missing_keywords(keywords_frame: pd.DataFrame, taxonomy: Sequence[Topic]) -> pd.DataFrame:
    """Keywords that are no cue of any topic, with the scopes they lead in."""
    marked = mark_known(keywords_frame, taxonomy)
    unknown = marked[marked["topic"] == ""]
    grouped = unknown.groupby("keyword", sort=True).agg(
        scopes=("scope", lambda s: ";".join(dict.fromkeys(s))), best_rank=("rank", "min"),
        weight=("weight", "max"))
    return grouped.sort_values(["best_rank", "weight"], ascending=[True, False], kind="stable").reset_index()


def taxonomy_frame(taxonomy: Sequence[Topic]) -> pd.DataFrame:
    """The taxonomy as a table a reader can scan: id, label and cue words."""
    return pd.DataFrame(
        [{"topic": t.id, "label": t.label, "cues": "、".join(t.cues), "weak_cues": "、".join(t.weak_cues)}
         for t in taxonomy],
        columns=["topic", "label", "cues", "weak_cues"],
    )


def keyword_lists(keywords_frame: pd.DataFrame) -> pd.DataFrame:
    """One row per scope with its keywords in rank order, for reading."""
    ordered = keywords_frame.sort_values(["rank"], kind="stable")
    scopes = list(dict.fromkeys(keywords_frame["scope"]))
    joined = ordered.groupby("scope", sort=False)["keyword"].apply(" ".join)
    return pd.DataFrame({"scope": scopes, "keywords": [joined[s] for s in scopes]})
