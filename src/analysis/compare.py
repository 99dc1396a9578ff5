"""Comments against the article: evidence, relation, answered questions, findings.

For every comment claim, ``align`` retrieves the article claims most like it
(a sparse TF-IDF index over content words and character bigrams, built over
the article claims only) and says how the two relate:

- ``agree``      the same proposition, same polarity, compatible quantities and condition;
- ``partial``    the same proposition hedged differently, narrower or broader, or with a
                 detail the other lacks;
- ``contradict`` the same proposition with opposite polarity, another quantity or an
                 incompatible condition; or a figure of the evidence that the comment
                 says is wrong (罚息不是0.05%), in clauses that share a word;
- ``new``        on the subject of consumer credit, but the evidence does not say it;
- ``unrelated``  off-topic.

A false ``contradict`` is the costliest mistake, so every doubt (hedges,
scope words, a proposition only partly shared) lowers it to ``partial``. A
denied figure is the one exception to the last: the figure and a word beside
it on both sides are the proposition, whatever else the comment says.

Words are compared through the curated files of ``data/reference/``:
synonyms and antonyms (``保留`` ↔ ``删除``), function words that carry no
proposition, consumer-credit words that decide "on the subject", scope
qualifiers and severity cues. Claims carry their tokens, so nothing is
tokenised twice; only a condition is located inside its claim's tokens.

One proposition has many wordings, and agreement is read through them: a
negated antonym (不会被冻结 ~ 仍可使用), a negation inside what a causal verb
brings about (不会导致…无法使用), a state kept by a negated effect
(正常利用不受影响), a condition the other side states as a circumstance
(如果有逾期 ~ 逾期后), a frame before the claim (用官方回复就是, …). Given the
page's sections, an article sentence borrows the product its headings name,
a product written short (微粒 for 微粒贷) stands for the article's, and a
question that a section's headings name is answered by that section.
"""
from __future__ import annotations

import gc
import math
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, chain
from operator import is_, mul

import numpy as np
import pandas as pd
from scipy import sparse

from . import paths, reference
from .claims import Claim, Question
from .negation import NOT_SO, Roles, denies_nothing, denies_the_verb_before
from .negation import roles as negation_roles
from .quantities import approximate_quantities, clause_bounds, denied_quantities, quantity_spans
from .quantities import quantities as quantity_values
from .tables import to_frame

ALIGNMENT_COLUMNS = [
    "doc_id", "comment_id", "comment_claim_id", "article_claim_id", "rank", "score", "relation", "reason",
]
FINDING_COLUMNS = ["doc_id", "kind", "claim_a", "claim_b", "text_a", "text_b", "reason"]
RELATIONS = ("agree", "partial", "contradict", "new", "unrelated")

SYNONYMS_FILE = "synonyms.txt"
ANTONYMS_FILE = "antonyms.txt"
FUNCTION_WORDS_FILE = "compare_function_words.txt"
DOMAIN_FILE = "credit_terms.txt"
LEXICON_FILE = "lexicon.txt"
NAMED_TAGS = ("nz", "nt")   # lexicon tags of products, institutions and other names
QUALIFIERS_FILE = "scope_qualifiers.txt"
SEVERITY_FILE = "severity_cues.txt"
NEGATION_FILE = "negation.txt"
EFFECT_MARK = "effect"   # second field of an antonyms.txt line naming an effect word
ENDS_MARK = "ends"       # second field of an antonyms.txt line naming a word that ends the other side
DENIES_MARK = "denies"   # second field of an antonyms.txt line naming a word that says 不 and the other side (免收)
UNITS_FILE = "units.txt"
DENIALS_FILE = "quantity_denials.txt"
QUESTION_ASKS_FILE = "question_asks.txt"
NARRATORS_FILE = "narrators.txt"
CASE_SHARES_FILE = "case_shares.txt"
EXAMPLES_FILE = "examples.txt"
CONDITIONS_FILE = "conditions.txt"
HEDGES_FILE = "hedges.txt"
COMPARISONS_FILE = "comparisons.txt"

# Cosine similarity below which an article claim is no evidence at all.
MIN_SCORE = 0.1
# Share (idf-weighted) of the comment claim's content words found in the
# evidence, and of the evidence's content words found in the comment claim.
SAME_COVER = 0.6         # the comment's proposition is in the evidence
EVIDENCE_COVER = 0.35    # ... and it is not a small side remark of a long sentence
FULL_COVER = 0.8         # below this the comment adds a detail: partial, not agree
CONTAINED_COVER = 0.6    # one side holds most of the other: narrower or broader
ON_PAGE_COVER = 0.5      # a comment this much said by an article claim is on the page's subject
DECISIVE_SHARE = 0.7     # a contradiction ranks before partial evidence scoring up to 1/0.7 of its own
# Questions: share of the question's content words that the evidence covers.
ANSWERED_COVER = 0.75
PARTIAL_COVER = 0.34
HEADING_COVER = 0.6      # a section whose headings say this much of a question answers it
# Article against itself: near-repeats in different sections.
DUPLICATE_SCORE = 0.4
DUPLICATE_COVER = 0.5
TENSION_ANCHOR_DF = 0.3  # a shared word in more than this share of claims anchors nothing
FINDING_NEIGHBOURS = 5
CHUNK_ROWS = 2048        # comment claims scored per sparse product
# Chunks of at most this many query × article pairs are scored in plain
# Python; larger ones in scipy, whose fixed cost per product then pays off.
PYTHON_CELLS = 512

_NUMERAL = "0123456789.零〇一二两三四五六七八九十百千万亿半几"


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Alignment:
    doc_id: str
    comment_id: int | None
    comment_claim_id: str
    article_claim_id: str   # "" when no article claim is evidence
    rank: int               # 1 = best evidence
    score: float            # cosine similarity of the sparse vectors
    relation: str           # agree | partial | contradict | new | unrelated
    reason: str


@dataclass(frozen=True)
class Finding:
    doc_id: str
    kind: str               # duplicate | tension
    claim_a: str
    claim_b: str
    text_a: str
    text_b: str
    reason: str


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Lexicon:
    """The curated word lists, resolved for matching."""

    function_words: frozenset[str]
    canonical: dict[str, str]             # word or phrase → head of its synonym group
    axis: dict[str, str]                  # canonical word of an antonym pair → key shared by both sides
    opposites: dict[str, frozenset[str]]  # canonical word → its canonical antonyms
    side: dict[str, int]                  # antonym word → 0 or 1: which side of its axis it says
    phrase_pattern: re.Pattern | None     # entries of several characters, longest first
    domain: re.Pattern | None             # any consumer-credit word
    qualifiers: tuple[str, ...]
    severity: tuple[tuple[str, str], ...]
    negators: frozenset[str]
    units: tuple[str, ...]
    marked: re.Pattern | None             # any qualifier or severity cue: most texts have none
    named: frozenset[str]                 # products and institutions of the domain lexicon
    barriers: frozenset[str] = frozenset()  # 导致, 造成: a negation after one is inside its object clause
    effects: frozenset[str] = frozenset()   # 影响, 限制: said of a state, they deny it (不受影响 keeps it)
    denials: re.Pattern | None = None       # 不是, 并非: the figure right after one is said to be wrong
    adjacent_denials: frozenset[str] = frozenset()   # 没有: denies only a figure right after it (没有12期)
    narrators: tuple[str, ...] = ()         # 我, 他: a denial after one tells the writer's own case
    # (advice | quantity, question words): 怎么办 is answered only by advice, 多久 only by a figure.
    question_asks: tuple[tuple[str, re.Pattern], ...] = ()
    unit_names: dict = field(default_factory=dict)   # a unit as written → as in the claims table (块 → 元)
    case_shares: tuple[str, ...] = ()       # 多数, 大部分: a rule said of a share of cases (case_shares.txt)
    examples: tuple[str, ...] = ()          # 例如, 为例: the claim is a worked example (examples.txt)
    qualifier_terms: re.Pattern | None = None   # 部分提前还款: a term whose scope word names a kind of act
    count_units: frozenset[str] = frozenset()   # units.txt, kind count, as the claims table writes them (期, 次)
    rate_units: frozenset[str] = frozenset()    # units.txt, kind rate, as the claims table writes them (%)
    enders: frozenset[str] = frozenset()     # 删除: after a duration and 后 it says how long the other side lasts
    deniers: frozenset[str] = frozenset()    # 免收: 不收取, so what follows it in its clause is denied too
    durations: frozenset[str] = frozenset()  # units.txt, kind duration, as written (年, 个月, 天)
    whole_words: frozenset[str] = frozenset()   # lexicon.txt: words no phrase may cut (信用卡)
    negation_roles: Roles = Roles()         # negation.txt: the words that make a negation deny nothing
    narrator_words: frozenset[str] = frozenset()   # narrators.txt as a set: 我 opening a clause
    hedge_words: frozenset[str] = frozenset()      # hedges.txt: 一般, 通常 (before a copula that goes on a clause)
    comparison: re.Pattern | None = None           # comparisons.txt: 跟 NAME 差不多, the name in group "name"
    condition_openers: tuple[str, ...] = ()   # conditions.txt, kind condition, longest first (如果, 要是)
    # What ``_read_units`` makes of each word the lists above name (a word
    # they do not name is a quantity or a content word standing for itself):
    # filled by ``load_lexicon``; without it every word is read by ``_unit_reading``.
    readings: dict = field(default_factory=dict, compare=False, repr=False)


def _find(parent: dict[str, str], word: str) -> str:
    while parent[word] != word:
        parent[word] = parent[parent[word]]
        word = parent[word]
    return word


def _groups(pairs, order: dict[str, int]) -> dict[str, str]:
    """Union of chained pairs; each word maps to the earliest word of its group."""
    parent: dict[str, str] = {}
    for pair in pairs:
        for word in pair:
            parent.setdefault(word, word)
            order.setdefault(word, len(order))
        first = _find(parent, pair[0])
        for word in pair[1:]:
            other = _find(parent, word)
            if other != first:
                keep, drop = sorted((first, other), key=order.__getitem__)
                parent[drop] = keep
                first = keep
    return {word: _find(parent, word) for word in parent}


def _strip_leading(word: str, cues: frozenset[str]) -> str:
    changed = True
    while changed:
        changed = False
        for cue in sorted(cues, key=len, reverse=True):
            if len(word) > len(cue) and word.startswith(cue):
                word, changed = word[len(cue):], True
                break
    return word


def _two_sides(pairs) -> dict[str, int]:
    """Colour the antonym graph with two sides, in file order: the first word
    met is side 0, its antonyms side 1, their antonyms side 0 again
    (失去 0, 恢复 1, 关闭 0, 开通 1). A word whose pairs disagree keeps the
    side it got first."""
    neighbours: dict[str, list[str]] = {}
    for a, b in pairs:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    side: dict[str, int] = {}
    for start in neighbours:
        if start in side:
            continue
        side[start] = 0
        queue = [start]
        while queue:
            word = queue.pop(0)
            for other in neighbours[word]:
                if other not in side:
                    side[other] = 1 - side[word]
                    queue.append(other)
    return side


def _comparison(entries) -> re.Pattern | None:
    """One pattern for a name framed as the term of a comparison: a word of
    kind ``before``, the name (group ``name``), a word of kind ``after``."""
    before = _alternation(e[0] for e in entries if e[1:2] == ("before",))
    after = _alternation(e[0] for e in entries if e[1:2] == ("after",))
    if before is None or after is None:
        return None
    return re.compile(rf"(?:{before.pattern})(?P<name>\w{{2,8}}?)(?:{after.pattern})")


def _alternation(words) -> re.Pattern | None:
    """One pattern for many words, longest first (None for no words: an empty
    pattern would match everywhere)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else None


_LEXICON_FILES = (
    FUNCTION_WORDS_FILE, NEGATION_FILE, SYNONYMS_FILE, ANTONYMS_FILE, QUALIFIERS_FILE, SEVERITY_FILE,
    LEXICON_FILE, DOMAIN_FILE, UNITS_FILE, DENIALS_FILE, QUESTION_ASKS_FILE,
    NARRATORS_FILE, CASE_SHARES_FILE, EXAMPLES_FILE, CONDITIONS_FILE, HEDGES_FILE, COMPARISONS_FILE,
)


def load_lexicon() -> Lexicon:
    """The reference files resolved for matching; built again only when one
    of the files changes (``reference`` rereads a file whose modification
    time moved, and the resolved lexicon is kept per file contents).

    Every page asks for the lexicon: while the folder and the files'
    modification times are those of the last call, that lexicon is the
    answer (what ``reference`` would return then), known from the files'
    times (``reference.modified``) instead of each path resolved and read
    through ``reference``."""
    global _LAST_LEXICON
    stamps = _lexicon_stamps()
    last_stamps, last = _LAST_LEXICON   # one read: another thread may put a new pair in place
    if stamps is not None and last_stamps == stamps:
        return last
    lexicon = _lexicon(tuple(reference.load_list(name) for name in _LEXICON_FILES))
    _LAST_LEXICON = (stamps, lexicon)
    return lexicon


# (folder and modification times of the lexicon's files, the lexicon built from them)
_LAST_LEXICON: tuple = (None, None)


def _lexicon_stamps() -> tuple | None:
    """The reference folder and the modification time of each lexicon file
    (None when one is missing: ``reference`` says which)."""
    folder = os.fspath(paths.REFERENCE_DIR)
    try:
        return (folder, *map(reference.modified, _lexicon_paths(folder)))
    except FileNotFoundError:
        return None


@lru_cache(maxsize=8)
def _lexicon_paths(folder: str) -> tuple[str, ...]:
    """The path of each lexicon file in ``folder``, joined once per folder."""
    return tuple(os.path.join(folder, name) for name in _LEXICON_FILES)


@lru_cache(maxsize=4)
def _lexicon(contents: tuple[tuple[str, ...], ...]) -> Lexicon:
    files = dict(zip(_LEXICON_FILES, contents))

    def load_list(name: str) -> tuple[str, ...]:
        return files[name]

    def load_pairs(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(entry.split()) for entry in files[name])

    asks = [e for e in load_pairs(QUESTION_ASKS_FILE) if len(e) > 1 and e[1] in _ANSWER_KINDS]
    function_words = frozenset(load_list(FUNCTION_WORDS_FILE)) | frozenset(word for word, _ in asks)
    negation = load_pairs(NEGATION_FILE)
    negators = frozenset(e[0] for e in negation if len(e) < 2 or e[1] == "neg")
    barriers = frozenset(e[0] for e in negation if len(e) > 1 and e[1] == "barrier")
    synonym_pairs = [p for p in load_pairs(SYNONYMS_FILE) if len(p) >= 2]
    antonym_entries = load_pairs(ANTONYMS_FILE)
    effect_words = [e[0] for e in antonym_entries if len(e) >= 2 and e[1] == EFFECT_MARK]
    ender_words = [e[0] for e in antonym_entries if len(e) >= 2 and e[1] == ENDS_MARK]
    denier_words = [e[0] for e in antonym_entries if len(e) >= 2 and e[1] == DENIES_MARK]
    antonym_pairs = [p[:2] for p in antonym_entries
                     if len(p) >= 2 and p[1] not in (EFFECT_MARK, ENDS_MARK, DENIES_MARK)]

    # A pair like 能借款/无法借款 differs only by a negation or modal word in
    # front: the claim's polarity already says which side it is on, so both
    # words stand for their shared stem instead of counting as a flip.
    leading = function_words | negators
    lexical, stems = [], []
    for left, right in antonym_pairs:
        stem_left, stem_right = _strip_leading(left, leading), _strip_leading(right, leading)
        if stem_left == stem_right:
            stems += [(stem_left, left), (stem_left, right)]
        else:
            lexical.append((left, right))
    order: dict[str, int] = {}
    canonical = _groups(synonym_pairs + stems, order)

    def canon(word: str) -> str:
        return canonical.get(word, word)

    canon_pairs = [(canon(a), canon(b)) for a, b in lexical]
    axis_of = _groups(canon_pairs, {})
    axis = {word: "⇄" + root for word, root in axis_of.items()}
    side = _two_sides(canon_pairs)
    opposites: dict[str, set[str]] = {}
    for a, b in canon_pairs:
        opposites.setdefault(a, set()).add(b)
        opposites.setdefault(b, set()).add(a)
    # Negation-pair words stay unmerged: their negation word must be seen.
    phrases = frozenset(w for pair in synonym_pairs + lexical for w in pair if len(w) > 1)
    qualifier_entries = load_pairs(QUALIFIERS_FILE)
    qualifiers = tuple(e[0] for e in qualifier_entries if len(e) == 1)
    qualifier_terms = tuple(e[0] for e in qualifier_entries if e[1:2] == ("term",))
    severity = tuple((e[0], e[1]) for e in load_pairs(SEVERITY_FILE) if len(e) >= 2)
    lexicon_entries = load_pairs(LEXICON_FILE)
    domain = set(load_list(DOMAIN_FILE)) | {e[0] for e in lexicon_entries}
    lexicon = Lexicon(
        function_words=function_words,
        canonical=canonical,
        axis=axis,
        opposites={k: frozenset(v) for k, v in opposites.items()},
        side=side,
        phrase_pattern=_alternation(phrases),
        domain=_alternation(domain),
        qualifiers=qualifiers,
        qualifier_terms=_alternation(qualifier_terms),
        whole_words=frozenset(e[0] for e in lexicon_entries),
        severity=severity,
        negators=negators,
        units=tuple(sorted({e[0] for e in load_pairs(UNITS_FILE)}, key=len, reverse=True)),
        unit_names={e[0]: e[1] for e in load_pairs(UNITS_FILE) if len(e) > 1},
        count_units=frozenset(e[1] for e in load_pairs(UNITS_FILE) if len(e) > 2 and e[2] == "count"),
        rate_units=frozenset(e[1] for e in load_pairs(UNITS_FILE) if len(e) > 2 and e[2] == "rate"),
        case_shares=load_list(CASE_SHARES_FILE),
        examples=load_list(EXAMPLES_FILE),
        negation_roles=negation_roles(negation),
        marked=_alternation([*qualifiers, *(w for w, _ in severity)]),
        named=frozenset(e[0] for e in lexicon_entries if len(e) > 1 and e[1] in NAMED_TAGS),
        # Only the barriers that carry no proposition: 避免 or 防止 stays a content word.
        barriers=frozenset(w for w in barriers if w in function_words),
        effects=frozenset(canon(w) for w in effect_words),
        enders=frozenset(canon(w) for w in ender_words),
        deniers=frozenset(denier_words),
        durations=frozenset(e[0] for e in load_pairs(UNITS_FILE) if len(e) > 2 and e[2] == "duration"),
        denials=_alternation([e[0] for e in load_pairs(DENIALS_FILE)]),
        adjacent_denials=frozenset(e[0] for e in load_pairs(DENIALS_FILE) if e[1:2] == ("adjacent",)),
        narrators=load_list(NARRATORS_FILE),
        narrator_words=frozenset(load_list(NARRATORS_FILE)),
        hedge_words=frozenset(e[0] for e in load_pairs(HEDGES_FILE)),
        comparison=_comparison(load_pairs(COMPARISONS_FILE)),
        condition_openers=tuple(sorted(
            (e[0] for e in load_pairs(CONDITIONS_FILE) if e[1:2] == ("condition",) and e[0] != "^"),
            key=len, reverse=True)),
        question_asks=tuple(
            (kind, pattern) for kind in _ANSWER_KINDS
            if (pattern := _alternation([word for word, role in asks if role == kind])) is not None
        ),
    )
    named_words = negators | lexicon.barriers | function_words | canonical.keys() | axis.keys() | side.keys()
    # A listed "word" without a word character is read as a break, as any such unit.
    lexicon.readings.update((word, _unit_reading(word, lexicon)) for word in named_words if _WORD.search(word))
    return lexicon


# ---------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Profile:
    """The matching view of one claim or question, computed once."""

    keys: tuple[str, ...]           # content concepts in order (synonyms folded, antonyms on one axis)
    words: dict                     # concept key → the word as this text says it
    sides: frozenset[tuple[str, int]]   # (canonical antonym word, side it says at the claim's level)
    qualifiers: frozenset[str]
    qualifier_clauses: tuple[tuple[str, str], ...]   # (scope word, the clause of the text it stands in)
    quantities: tuple[tuple[str, str], ...]   # (unit, value)
    condition_keys: frozenset[str]
    condition_negations: dict
    condition_own: frozenset[str]   # condition keys the main clause does not say again
    on_subject: bool
    severity: frozenset[str]        # severity classes stated
    negated: bool                   # polarity field says negate
    negations: dict                 # key → 1 when negated (or said by its antonym), 0 when not; mixed left out
    clauses: tuple                  # (keys, quantity units) of each clause (between punctuation marks)
    features: tuple[str, ...]       # what the TF-IDF index sees
    named: tuple[str, ...] = ()     # products and institutions it names
    frame_keys: frozenset[str] = frozenset()   # keys said only in clauses without a consumer-credit word
    frame_units: frozenset[str] = frozenset()  # quantity units said only in such clauses of the writer's own case
    effect_keys: frozenset[str] = frozenset()  # antonym keys read through an effect word (不受影响, 影响…使用)
    measures: tuple[str, ...] = ()  # quantities, normalised (1天, 5年): content for questions
    denied: tuple[tuple[tuple[str, str], str], ...] = ()   # ((unit, value), its clause): figures it says are wrong
    rough: frozenset[tuple[str, str]] = frozenset()   # (unit, value) written as approximate (约14.6%, 14%多)
    # (unit, value) of the figures said only in the condition (逾期超过30天，…): a threshold, no case
    conditional: frozenset[tuple[str, str]] = frozenset()
    # (unit, value) of the figures of a commenter's own setting (我逾期了两天，…): a case, no rule
    setting: frozenset[tuple[str, str]] = frozenset()
    denying_clauses: tuple[frozenset[str], ...] = ()   # keys of each clause that holds a negation


_WORD = re.compile(r"\w")


def _units(tokens: Sequence[str], pattern: re.Pattern | None, extra_cuts: Sequence[int] = (),
           whole: frozenset[str] = frozenset()) -> list[str]:
    """The tokens, with every lexicon phrase as one unit: jieba may cut a
    phrase apart (正常 使用) or across its edge (还 完后), so phrases are
    found in the characters and the words around them are cut at their edges;
    never a word of ``whole``, the domain lexicon (影响信用 is not in 影响|信用卡).
    ``extra_cuts`` are character offsets where a unit must end (a condition's edges)."""
    text = "".join(tokens)
    found = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if not found and not extra_cuts:
        return [token for token in tokens if token]
    edges = list(accumulate(map(len, tokens)))
    cuts = {0, len(text), *extra_cuts, *edges}
    # A phrase inside one longer word (欠款 in 欠款人) is not that phrase.
    spans = [(begin, end) for begin, end in found if not cuts.isdisjoint(range(begin + 1, end))]
    if spans and whole:
        kept = {(a - len(t), a) for t, a in zip(tokens, edges) if t in whole}
        spans = [(b, e) for b, e in spans
                 if not any(a < b < z or a < e < z for a, z in kept)]
    if not spans and not extra_cuts:
        # No phrase across a word's edge and no condition: the units are the words.
        return [token for token in tokens if token]
    inside = set()
    for begin, end in spans:
        cuts.update((begin, end))
        inside.update(range(begin + 1, end))
    bounds = sorted(cuts - inside)
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def _compared_to(norm: str, word: str, comparison: re.Pattern | None) -> bool:
    """Whether every mention of ``word`` in ``norm`` is the term of a
    comparison (跟花呗差不多, 比借呗还高: comparisons.txt), not what the claim
    is about."""
    if comparison is None or word not in norm:
        return False
    found = [m for m in comparison.finditer(norm) if m.group("name") == word]
    return bool(found) and norm.count(word) == len(found)


_SERVICE_DIGITS = 5   # digits of the shortest service number (95188, 12378)


def _is_service_number(units: Sequence[str], at: int, unit_words: tuple[str, ...]) -> bool:
    """Whether ``units[at]`` is a run of five or more digits with no unit or
    decimal after it: a service number (95188, 12378, 4006695526), not a
    figure (10000元, 20000块) and not a year (2025年)."""
    unit = units[at]
    if len(unit) < _SERVICE_DIGITS or not unit.isdigit():
        return False
    after = units[at + 1] if at + 1 < len(units) else ""
    return not (after and (after[0] in _NUMERAL_CHARS or after.startswith(unit_words) or after[0] in "万千wW."))


def _is_quantity(token: str, units: tuple[str, ...]) -> bool:
    head = token.lstrip(_NUMERAL)
    if head == token:
        return False
    return head == "" or head in units or head in ("个", "多")


# A run of letters and digits: exactly the characters ``str.isalnum`` accepts.
_ALNUM_RUN = re.compile(r"[^\W_]+")


def _bigrams(text: str) -> list[str]:
    """Every two characters in a row inside a run of letters and digits, marked ``·``."""
    grams = []
    for run in _ALNUM_RUN.findall(text):
        grams += ["·" + run[i : i + 2] for i in range(len(run) - 1)]
    return grams


_BREAK = ("break",)
_NEGATION = ("negation",)
_BARRIER = ("barrier",)


_NUMERAL_CHARS = frozenset(_NUMERAL)
_UNNAMED = object()


class _Negator:
    """The reading of a negation word: a negation, unless it repeats the
    word before it (能不能, 会不会), when it is ``otherwise``."""

    __slots__ = ("otherwise",)

    def __init__(self, otherwise):
        self.otherwise = otherwise


_FRACTIONS = ("百分之", "千分之", "万分之")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_LARGE = ("万", "千")


def _read_units(units: Sequence[str], lex: Lexicon) -> list[tuple]:
    """What each unit is for matching: a clause break, a negation, nothing,
    or a content word ("key", key, word as written, canonical word, flip).
    A word the lexicon names is read from its table (``Lexicon.readings``)."""
    out = []
    previous = ""
    readings = lex.readings
    for at, unit in enumerate(units):
        reading = readings.get(unit, _UNNAMED)
        if reading is _UNNAMED:
            if not _WORD.search(unit):
                out.append(_BREAK if unit.strip() else None)
                continue
            if not readings:
                reading = _unit_reading(unit, lex)   # a hand-made lexicon has no table
            elif _is_service_number(units, at, lex.units):
                reading = ("key", unit, unit, unit, 0)   # 95188, 12378: a hotline is named, not counted
            elif unit[0] in _NUMERAL_CHARS and _is_quantity(unit, lex.units):
                reading = ("quantity", unit.lstrip(_NUMERAL))
            elif unit.startswith(_FRACTIONS):
                # 万分之三 is a rate; 万分之 cut from its number is part of one.
                reading = ("quantity", "%") if len(unit) > 3 else None
            else:
                reading = ("key", unit, unit, unit, 0)   # a word no list names stands for itself
        if reading.__class__ is _Negator:
            # A-not-A questions (能不能, 会不会) negate nothing, nor does a
            # negation inside the claim's topic (逾期不还会坐牢).
            asks = unit[1:] and previous == unit[1:]
            reading = reading.otherwise if asks or denies_nothing(units, at, lex.negation_roles) else _NEGATION
        elif at and unit in lex.negation_roles.after and denies_the_verb_before(units, at, lex.negation_roles.after):
            # 用不了: the verb before is denied, as if 不 stood before it.
            verb = out[-1]
            if verb is not None and verb.__class__ is tuple and verb[0] == "key":
                out[-1] = (*verb[:4], 1 - verb[4])
            reading = None
        previous = unit
        out.append(reading)
    _join_copula_clauses(units, out, lex.hedge_words)
    if lex.unit_names:
        _name_units(units, out, lex.unit_names)
    if lex.enders:
        _after_a_while(units, out, lex)
    return out


# A clause that opens with a copula has dropped its subject: it goes on
# saying what the clause before it is about (京东金条有宽限期，一般是还款日后3天).
_COPULAS = frozenset({"是", "为"})


def _join_copula_clauses(units: Sequence[str], out: list, hedges: frozenset[str]) -> None:
    """Read a clause that opens with a copula, perhaps after a hedge (一般是),
    as part of the clause before it: the break between them is dropped,
    unless that clause holds a negation, whose reach would grow with it."""
    opened = 0
    for i, reading in enumerate(out):
        if reading is not _BREAK:
            continue
        at = i + 1
        if at < len(units) and units[at] in hedges and out[at] is None:
            at += 1
        if at < len(units) and units[at] in _COPULAS and opened < i and _NEGATION not in out[opened:i]:
            out[i] = None
        else:
            opened = i + 1


_AFTER = frozenset({"后", "以后", "之后", "就"})   # 5年后删除, 5年就没了
_EXPIRY = frozenset({"到期", "期满", "届满", "到期后", "期满后", "届满后"})   # the term's end: a duration said before


def _after_a_while(units: Sequence[str], out: list, lex: Lexicon) -> None:
    """保留5年 and 5年后自动删除 say one thing: a word that ends the other side of
    its axis (antonyms.txt, mark ``ends``), a few words after a duration and
    后 or after 到期, is read as that other side (逾期记录5年以后就删除了 and
    保存5年，到期自动删除 keep it 5 years)."""
    for i, reading in enumerate(out):
        if reading is None or reading.__class__ is not tuple or reading[0] != "key" or reading[3] not in lex.enders:
            continue
        for j in range(max(0, i - 4), i):
            if units[j] in _EXPIRY or (j and units[j] in _AFTER and _is_duration(units[j - 1], out[j - 1], lex)):
                other = sorted(lex.opposites.get(reading[3], ()))
                if other:
                    out[i] = (reading[0], reading[1], reading[2], other[0], 1 - reading[4])
                break


def _is_duration(unit: str, reading, lex: Lexicon) -> bool:
    """Whether a unit is a length of time (5年, 三个月; 年 after its number)."""
    head = unit.lstrip(_NUMERAL)
    return bool(head) and head in lex.durations or (
        reading is not None and reading.__class__ is tuple and reading[0] == "quantity" and reading[1] in lex.durations)


def _name_units(units: Sequence[str], out: list, names: dict[str, str]) -> None:
    """Each quantity read with the unit of the claims table, so that a
    clause's units can be held against the claims' figures: a number cut
    apart from its unit (1.5 | 倍, 5 | 年) takes the unit after it, a number
    after 万分之 is a rate (%), and a unit as written is named as in the
    table (两万块 → 元)."""
    for i, reading in enumerate(out):
        if reading is None or reading.__class__ is not tuple or reading[0] != "quantity":
            continue
        if units[i + 1 : i + 2] == ["年"] and _YEAR.fullmatch(units[i]):
            out[i] = out[i + 1] = None   # 2025年: a date, neither a figure nor a word of the claim
            continue
        unit = reading[1]
        if unit in names:
            named = names[unit]
        elif unit:
            continue
        elif i + 1 < len(units) and units[i + 1].lstrip(_NUMERAL) in names:
            named = names[units[i + 1].lstrip(_NUMERAL)]
        elif i and units[i - 1].endswith("分之"):
            named = "%"
        elif units[i].endswith(_BARE_LARGE) or units[i + 1 : i + 2] in (["万"], ["千"], ["w"]):
            named = "元"   # 5万, 两万: an amount with no unit is yuan, as the claims read it
        else:
            continue
        if named != unit:
            out[i] = ("quantity", named)


def _unit_reading(unit: str, lex: Lexicon):
    """The reading of a unit with a word character, before its neighbours
    are known: a negation word (``_Negator``), a quantity, or ``_word_reading``."""
    if _is_quantity(unit, lex.units):
        rest = ("quantity", unit.lstrip(_NUMERAL))
    else:
        rest = _word_reading(unit, lex)
    return _Negator(rest) if unit in lex.negators else rest


def _word_reading(unit: str, lex: Lexicon):
    """A word that is neither a negation nor a quantity: a barrier, nothing
    (a function word, or a synonym of one), or a content word."""
    if unit in lex.barriers:
        return _BARRIER
    if unit in lex.function_words:
        return None
    word = lex.canonical.get(unit, unit)
    if word in lex.function_words:
        return None
    key = lex.axis.get(word, word)
    # For an antonym pair, saying the second word is saying "not" the first.
    flip = lex.side.get(word, 0)
    return ("key", key, unit, word, flip)


class _Reading:
    """Content keys, clauses and polarities of a stream of read units.

    Polarity is read where Chinese puts what a clause asserts: at its last
    content word (无法借款, 不受直接影响, 不会被冻结). A negation word counts
    from where it stands to the end of its clause; two cancel (不会导致…不能
    使用 leaves 使用 affirmed).

    ``sides`` hold (antonym word, side) at the claim's level, where the
    claim's polarity field already says the negation before a barrier
    (不会导致) but not one inside its object clause (导致…无法使用): a side said
    under such an inner negation is the other side (无法使用 is the 冻结
    side). An effect word said of a state (正常使用不受影响, 影响…使用)
    turns the state into its other side: 受影响 denies it, 不受影响 keeps it."""

    # One reading per text (three with a condition), fed every word: fixed slots are quicker
    # to set and to read than an instance dict.
    __slots__ = (
        "keys", "words", "sides", "effect_keys", "parity", "clauses", "clause_words", "clause_told", "_clause",
        "_said", "_units", "_sides", "_subjects", "_negations", "_inner", "_effect", "_pending", "_last", "_open",
        "_told", "denying_clauses", "_denies",
    )

    def __init__(self):
        self.keys: list[str] = []
        self.words: dict[str, str] = {}
        self.sides: set[tuple[str, int]] = set()
        self.effect_keys: set[str] = set()    # keys whose side an effect word decided
        self.parity: dict[str, set[int]] = {}
        self.clauses: list[tuple[frozenset[str], frozenset[str]]] = []   # (keys, quantity units)
        self.clause_words: list[str] = []     # the content words of each clause as written
        self.clause_told: list[bool] = []     # whether a narrator (我) opens the clause
        self._told = False
        self.denying_clauses: list[frozenset[str]] = []   # keys of the clauses that hold a negation
        self._denies = False
        self._clause: list[str] = []
        self._said: list[str] = []
        self._units: list[str] = []
        self._sides: list[tuple[str, str, int]] = []     # (word, key, side)
        self._subjects: list[tuple[str, str, int]] = []  # sides a negation cleared: what it is about
        self._negations = 0
        self._inner = None      # negations since the first barrier, once there is one
        self._effect = False    # an effect word came earlier in the clause
        self._pending = None    # (key, unit) of that effect word until a state shows it is part of one
        self._last = None
        self._open = False      # something was fed since the last close

    def feed(self, item, lex: Lexicon) -> None:
        if item is None:
            return
        if item is _BREAK:
            self.close()
            return
        self._open = True
        if item is _NEGATION:
            # An antonym word before a negation is what the negated predicate
            # is about (正常利用不受影响), not the state the clause asserts.
            self._negations += 1
            self._denies = True
            if self._inner is not None:
                self._inner += 1
            if self._sides:
                self._subjects = list(self._sides)
            self._sides.clear()
            return
        if item is _BARRIER:
            self._inner = self._inner or 0
            return
        if item[0] == "quantity":
            self._units.append(item[1])
            return
        _, key, unit, word, flip = item
        if word in lex.effects:
            state = (self._sides or self._subjects or [None])[-1]
            self._effect = True
            if state is not None:
                # 正常使用不受影响: the clause says whether the state holds;
                # the effect word is part of saying it, not a word of its own.
                state_word, state_key, state_side = state
                if state in self._sides:
                    self._sides.remove(state)
                self._sides.append((state_word, state_key, 1 - state_side))
                self._last = (state_key, (self._negations + lex.side[state_word] + 1) % 2)
                self.effect_keys.add(state_key)
                return
            # 影响…使用: whether it is part of saying a state shows later.
            self._pending = (key, unit)
            self._last = (key, self._negations % 2)
            return
        if key not in self.words:
            self.keys.append(key)
            self.words[key] = unit
        self._clause.append(key)
        self._said.append(unit)
        turned = self._effect and word in lex.opposites
        if turned:
            self.effect_keys.add(key)
            self._pending = None
        if word in lex.opposites:
            side = (lex.side[word] + (self._inner or 0) + turned) % 2
            self._sides.append((word, key, side))
        self._last = (key, (self._negations + flip + turned) % 2)
        if unit in lex.deniers:
            # 免收违约金 is 不收取违约金: the fee after it is denied, as after 不收.
            self._negations += 1

    def _add(self, key: str, unit: str) -> None:
        if key not in self.words:
            self.keys.append(key)
            self.words[key] = unit
        self._clause.append(key)
        self._said.append(unit)

    def close(self) -> None:
        if not self._open:
            # Nothing fed since the last close: nothing to add, and every field is reset already.
            return
        self._open = False
        if self._pending is not None:
            self._add(*self._pending)
            self._pending = None
        if self._last is not None:
            self.parity.setdefault(self._last[0], set()).add(self._last[1])
        if self._clause:
            self.clauses.append((frozenset(self._clause), frozenset(self._units)))
            self.clause_words.append("".join(self._said))
            self.clause_told.append(self._told)
            if self._denies:
                self.denying_clauses.append(frozenset(self._clause))
        self.sides.update((word, side) for word, _, side in self._sides)
        self._clause, self._units, self._sides, self._negations, self._last = [], [], [], 0, None
        self._said, self._subjects, self._inner, self._effect, self._told = [], [], None, False, False
        self._denies = False

    def tell(self) -> None:
        """A narrator (我, 我们) before any word of the clause: the writer tells its own case."""
        if not self._open:
            self._told = True

    def settled(self) -> dict[str, int]:
        """Key → 1 (negated) or 0; keys said both ways are left out."""
        self.close()
        return {k: next(iter(v)) for k, v in self.parity.items() if len(v) == 1}


_QUANTITY = re.compile(r"^([\d.]+(?:-[\d.]+)?)\s*(.+)$")   # 5% or a range, 1-3%


_CLOCK_TIME = re.compile(r"^\d{1,2}:\d\d$")


def _parse_quantity(text: str) -> tuple[str, str] | None:
    text = text.strip()
    if _CLOCK_TIME.match(text):
        return "", text   # 22:00: a time of day, its own unit
    match = _QUANTITY.match(text)
    return (match.group(2), match.group(1)) if match else None


def _condition_span(item, norm: str) -> tuple[int, int]:
    """Character span of the record's condition clause in ``norm`` ((0, 0) if none)."""
    condition = getattr(item, "condition", "")
    if not condition:
        return 0, 0
    from .text import analysis_view

    where = norm.find(analysis_view(condition))
    return (where, where + len(condition)) if where >= 0 else (0, 0)


def profile(item, lex: Lexicon, tokenizer=None) -> Profile:
    """Profile of a Claim or Question, from the tokens it carries (the
    tokenizer is used only when a hand-made record comes without them)."""
    norm = item.norm or getattr(item, "text", "") or getattr(item, "question", "")
    tokens = tuple(item.tokens or (tokenizer.cut(norm) if tokenizer else norm))
    start, end = _condition_span(item, "".join(tokens)) if getattr(item, "condition", "") else (0, 0)
    read, whole, main, condition = _read_text(tokens, lex, start, end)
    negations = main.settled()
    if getattr(item, "verdict", "") == "false":
        # A belief the page says is wrong: each of its words is said the other way.
        negations = {key: 1 - value for key, value in negations.items()}
    if end:
        condition_negations = condition.settled()
        condition_keys = frozenset(condition.keys)
        condition_own = condition_keys - frozenset(main.keys)
    else:
        condition_negations, condition_keys, condition_own = {}, frozenset(), frozenset()
    whole.close()
    said = getattr(item, "quantities", ())
    quantities = tuple(sorted(q for q in map(_parse_quantity, said) if q)) if said else ()
    denied = _denied(norm, lex) if said else ()
    if denied:
        # 不是5年，是2年 states 2年 only.
        quantities = tuple(q for q in quantities if q not in {d for d, _ in denied})
    conditional = frozenset()
    if end and quantities:
        conditional = _only_in(quantities, norm, start, end)
    setting = frozenset()
    if quantities and getattr(item, "origin", "") == "comment" and "," in norm and lex.narrators and norm.startswith(
        lex.narrators
    ):
        # 我逾期了两天，第三天还上了，…: the writer's own case opens with its setting.
        setting = _only_in(quantities, norm, 0, norm.index(","))
    measures = _measures(item, norm, read)
    frame_keys, frame_units = _frame(whole, lex)
    marked = lex.marked is not None and lex.marked.search(norm) is not None
    scopes = _qualifiers(tokens, norm, lex) if marked else ()
    return Profile(
        keys=tuple(whole.keys),
        words=whole.words,
        sides=frozenset(whole.sides),
        # Through synonyms.txt, so that 长时间 and 长期 are one scope.
        qualifiers=frozenset(q for q, _ in scopes),
        qualifier_clauses=scopes,
        quantities=quantities,
        condition_keys=condition_keys,
        condition_negations=condition_negations,
        condition_own=condition_own,
        negations=negations,
        clauses=tuple(dict.fromkeys(whole.clauses)),
        on_subject=lex.domain is not None and lex.domain.search(norm) is not None,
        severity=frozenset(cls for word, cls in lex.severity if word in norm) if marked else frozenset(),
        negated=getattr(item, "polarity", "affirm") == "negate",
        features=tuple(whole.keys) + measures + tuple(_bigrams(norm)),
        named=tuple(k for k in whole.keys if k in lex.named and not _compared_to(norm, whole.words[k], lex.comparison)),
        frame_keys=frame_keys,
        frame_units=frame_units,
        denying_clauses=tuple(whole.denying_clauses),
        effect_keys=frozenset(whole.effect_keys),
        measures=measures,
        denied=denied,
        rough=frozenset(q for q in map(_parse_quantity, approximate_quantities(norm)) if q) if said else frozenset(),
        conditional=conditional,
        setting=setting,
    )


def _qualifiers(tokens: Sequence[str], norm: str, lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """The scope words of a text, through synonyms.txt, each found where
    words begin and end (短期 is not in 缩短|期限), with the clause it stands in."""
    edges = set(accumulate(map(len, tokens), initial=0))
    # 部分提前还款 names a kind of repayment, not a share of the cases: a scope
    # word inside such a term (scope_qualifiers.txt, role ``term``) is no scope.
    inside = (
        {k for m in lex.qualifier_terms.finditer(norm) for k in range(m.start(), m.end())}
        if lex.qualifier_terms is not None else ()
    )
    found = set()
    for q in lex.qualifiers:
        at = norm.find(q)
        while at != -1:
            if at in edges and at + len(q) in edges and at not in inside:
                canonical = lex.canonical.get(q, q)
                # 会恢复，不是马上: the claim holds, its scope word is denied.
                denied = at and any(norm.startswith(w, at - len(w)) for w in NOT_SO)
                begin, stop = clause_bounds(norm, at, at + len(q))
                found.add(("不是" + canonical if denied else canonical, norm[begin:stop]))
                break
            at = norm.find(q, at + 1)
    return tuple(sorted(found))


def _scope_in_play(p: Profile, word: str, shared) -> bool:
    """Whether the scope word ``word`` of ``p`` stands in a clause that says a
    shared word (直接 in …，也可以直接向法院提出 is no scope of a 在线提交 said elsewhere)."""
    clauses = [clause for q, clause in p.qualifier_clauses if q == word]
    return not clauses or any(p.words[k] in clause for clause in clauses for k in shared if k in p.words)


def _only_in(quantities, norm: str, start: int, end: int) -> frozenset[tuple[str, str]]:
    """The (unit, value) quantities said between ``start`` and ``end`` of
    ``norm`` and nowhere else in it."""
    inside = {q for q in map(_parse_quantity, quantity_values(norm[start:end])) if q}
    outside = {q for q in map(_parse_quantity, quantity_values(norm[:start] + "," + norm[end:])) if q}
    return frozenset(q for q in quantities if q in inside and q not in outside)


def _denied(norm: str, lex: Lexicon) -> tuple[tuple[tuple[str, str], str], ...]:
    """((unit, value), clause) of each figure of ``norm`` that a denial word says is wrong."""
    if lex.denials is None or lex.denials.search(norm) is None:
        return ()
    out = []
    for value, begin, end in denied_quantities(norm, lex.denials, lex.narrators, lex.adjacent_denials):
        parsed = _parse_quantity(value)
        if parsed:
            out.append((parsed, norm[begin:end]))
    return tuple(out)


def _read_text(tokens: Sequence[str], lex: Lexicon, start: int = 0, end: int = 0):
    """(what each unit of ``tokens`` is, and the readings of the whole text,
    of its main clause and of its condition at characters ``start``:``end``).
    Without a condition (``end`` 0) the main clause is the whole text and the
    condition's reading is None."""
    units = _units(tokens, lex.phrase_pattern, (start, end) if end else (), lex.whole_words)
    read = _read_units(units, lex)
    whole = _Reading()
    if not end:
        narrators = lex.narrator_words
        for unit, item_read in zip(units, read):
            if item_read is not None:
                whole.feed(item_read, lex)
            elif unit in narrators:
                whole.tell()
        return read, whole, whole, None
    # The condition is a clause of its own: its negations (没有还清) do not
    # reach the main clause, and the main clause's polarity is read without it.
    main, condition = _Reading(), _Reading()
    offset = 0
    for unit, item_read in zip(units, read):
        if offset == end:
            # The whole text's clauses end at its marks only: a condition closed
            # by 就 (逾期超过3天就会上报) is one clause with what it leads to.
            main.close()
        if item_read is not None:
            whole.feed(item_read, lex)
            (condition if start <= offset < end else main).feed(item_read, lex)
        elif unit in lex.narrator_words:
            whole.tell()
        offset += len(unit)
    return read, whole, main, condition


def _measures(item, norm: str, read) -> tuple[str, ...]:
    """Quantities in the normalised form of the claims table (三天 → 3天): a
    claim carries them; a question or heading has them read from its text."""
    if hasattr(item, "quantities"):
        return tuple(dict.fromkeys(item.quantities))
    if not any(r is not None and r[0] == "quantity" for r in read):
        return ()
    return quantity_values(norm)


def _frame(reading: _Reading, lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Keys said only in the clauses that use no consumer-credit word before
    the first that does and after the last: a frame that introduces the
    proposition (用官方回复就是, 我问过客服) or a remark after it (挺快的,
    我专门打电话问过, 多了就点不了), the commenter's aside, not a detail of
    what is claimed. A clause with such a word stays a detail (…，只是利息比较高).
    Second, the quantity units said only in the asides the writer opens with
    a narrator (its own case)."""
    none = frozenset()
    if lex.domain is None or len(reading.clauses) < 2:
        return none, none
    said = [i for i, words in enumerate(reading.clause_words) if lex.domain.search(words)]
    # A clause the writer opens with a narrator after the claim tells its own
    # case (…，我房贷就是因为这个被拒的), and so do the clauses after it (…，我连着
    # 还了半年最低，征信干干净净): an aside, whatever words it uses.
    if said:
        told = next((i for i in range(said[0] + 1, len(reading.clauses)) if reading.clause_told[i]), None)
        if told is not None:
            said = [i for i in said if i < told]
    if not said or (said[0] == 0 and said[-1] == len(reading.clauses) - 1):
        return none, none
    first, last = said[0], said[-1]
    inside = {k for keys, _ in reading.clauses[first : last + 1] for k in keys}
    inside_units = {u for _, units in reading.clauses[first : last + 1] for u in units}
    around = [*range(first), *range(last + 1, len(reading.clauses))]
    # A figure of an aside counts only where the writer tells its own case
    # (我就是因为100块年费上了征信); …，省了200元 is a figure the claim gives.
    return (frozenset(k for i in around for k in reading.clauses[i][0] if k not in inside),
            frozenset(u for i in around if reading.clause_told[i] for u in reading.clauses[i][1]
                      if u not in inside_units))


# ---------------------------------------------------------------- index


def _analyzer(features):
    # Documents are feature tuples already: words were cut once, upstream.
    return list(features)


def _count_rows(documents, column_of, n_columns) -> sparse.csr_matrix:
    """Feature counts by row, each row's entries in the order its features
    are first met (``column_of`` gives a feature's column, or None to skip
    it; it is called before ``n_columns`` is read, so it may grow the
    vocabulary)."""
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for features in documents:
        counter: dict[int, int] = {}
        for feature in features:
            column = column_of(feature)
            if column is not None:
                counter[column] = counter.get(column, 0) + 1
        indices.extend(counter)
        counts.extend(counter.values())
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.asarray(counts, dtype=np.float64), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(len(indptr) - 1, n_columns()),
    )


def _weigh(rows: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Counts to unit-length TF-IDF rows, in place: 1 + log(count), times idf, l2 by row."""
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    np.log(rows.data, rows.data)
    rows.data += 1.0
    rows.data *= idf[rows.indices]
    inplace_csr_row_normalize_l2(rows)
    return rows


def _fit_tfidf(documents: Sequence[Sequence[str]]):
    """Vocabulary (feature → column, columns in sorted order), smoothed idf
    (an array in column order, and feature → idf), document frequencies, and
    the documents' rows as [(column, value), ...] twice (unit length, and
    before: (1 + log count) × idf), in the order
    ``TfidfVectorizer.fit_transform`` leaves its entries: each row by the
    order in which the features were first met in the whole corpus, the
    columns renumbered afterwards. The row norms sum in that order.

    The per-feature steps are ``map`` over dict look-ups: a page's article
    has a few hundred features, and a Python loop per feature per step
    would cost more than the arithmetic."""
    counted = [Counter(features) for features in documents]
    # Each row's distinct features once, in their own order: the counter's
    # keys come in the order the features are first met in the corpus.
    df = Counter(chain.from_iterable(counted))
    first_met = dict(zip(df, range(len(df))))   # feature → its place in the order first met
    names = sorted(df)
    vocabulary = dict(zip(names, range(len(names))))
    df_list = list(map(df.__getitem__, names))
    # Smoothed idf, by numpy as scikit-learn computes it.
    idf = np.asarray(df_list, dtype=np.float64)
    idf += 1.0
    np.divide(len(documents) + 1, idf, out=idf)
    np.log(idf, out=idf)
    idf += 1.0
    idf_of = dict(zip(names, idf.tolist()))
    tf = _tf_weights(max((max(counts.values()) for counts in counted if counts), default=0))
    rows, raw_rows = [], []
    for counts in counted:
        ordered = sorted(counts, key=first_met.__getitem__)
        columns = list(map(vocabulary.__getitem__, ordered))
        # (1 + log count) × idf, as ``_weigh`` multiplies them.
        values = list(map(mul, map(tf.__getitem__, map(counts.__getitem__, ordered)), map(idf_of.__getitem__, ordered)))
        raw_rows.append(list(zip(columns, values)))
        rows.append(list(zip(columns, _unit_length(values))))
    return vocabulary, idf, idf_of, dict(zip(names, df_list)), rows, raw_rows


class Index:
    """TF-IDF over the article claims; ``top`` scores any profiles against it.

    The numbers are scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
    bit for bit, computed here step by step in the same order: its per-call
    input checks cost more than the arithmetic on a page's few claims.
    ``sklearn_reference`` fits the vectorizer itself, for the tests.

    A page has a few article claims and a few comment claims: building
    sparse matrices for them costs far more than the products. So the rows
    are kept as plain lists, each row's entries in the order scipy keeps
    them, and a small batch of queries is scored in Python with the same
    multiplications and additions in the same order as scipy's sparse
    product (the same floats, bit for bit). A large batch goes through
    scipy (``matrix``, built on first use)."""

    def __init__(self, profiles: Sequence[Profile]):
        self.size = len(profiles)
        self._documents = [p.features for p in profiles]
        self.vocabulary: dict[str, int] = {}
        self._matrix = self._columns = None
        # Article rows as [(column, value), ...] and, per column, [(row, value), ...].
        self._rows: list[list[tuple[int, float]]] = []
        self._raw: list[list[tuple[int, float]]] = []   # the rows before unit length
        self._postings: list[list[tuple[int, float]]] = []
        if profiles and any(self._documents):
            fitted = _fit_tfidf(self._documents)
            self.vocabulary, self.idf_values, self.idf, self.df, self._rows, self._raw = fitted
            self._idf = list(self.idf.values())
            self._postings = postings = [[] for _ in self._idf]
            for row, entries in enumerate(self._rows):
                for column, value in entries:
                    postings[column].append((row, value))
        else:
            self._idf = []
            self.idf, self.df = {}, {}
        # A word the article never uses weighs a little more than its rarest word.
        self.unseen = float(np.log((1 + self.size) / 1) + 1)

    @property
    def empty(self) -> bool:
        """No article claim has a feature: nothing can be evidence."""
        return not self.vocabulary

    @property
    def matrix(self) -> sparse.csr_matrix | None:
        """The article rows as a sparse matrix (None when ``empty``), as
        ``TfidfVectorizer.fit_transform`` leaves it."""
        if self._matrix is None and not self.empty:
            # The columns of a row are not in sorted order: scipy must not take them for sorted.
            self._matrix = _csr(self._rows, len(self.vocabulary))
        return self._matrix

    def weight(self, key: str) -> float:
        return self.idf.get(key, self.unseen)

    def vectors(self, profiles: Sequence[Profile]):
        """TF-IDF rows of ``profiles`` on the article's vocabulary, as
        ``TfidfVectorizer.transform`` makes them: counts in the order features
        are first met, indices sorted, log + 1, times idf, unit length by row."""
        return self._vectors([p.features for p in profiles])

    def _vectors(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        vocabulary = self.vocabulary
        rows = _count_rows(documents, vocabulary.get, lambda: len(vocabulary))
        rows.sort_indices()
        return _weigh(rows, self.idf_values)

    def vector(self, features: Sequence[str]) -> tuple[list[int], list[float]]:
        """One row of ``vectors`` as (columns in sorted order, values): the
        same floats, computed without a sparse matrix."""
        counts = Counter(features)
        # Column → count; every feature the article never uses falls on None.
        by_column = dict(zip(map(self.vocabulary.get, counts), counts.values()))
        by_column.pop(None, None)
        if not by_column:
            return [], []
        columns = sorted(by_column)
        tf = _tf_weights(max(by_column.values()))
        values = list(map(mul, map(tf.__getitem__, map(by_column.__getitem__, columns)),
                          map(self._idf.__getitem__, columns)))
        return columns, _unit_length(values)

    def sklearn_reference(self):
        """scikit-learn's vectorizer fitted on the same documents: the reference for ``matrix`` and ``vectors``."""
        # Imported here: only the tests need the vectorizer, and it costs most of the package's import time.
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(
            tokenizer=_analyzer, token_pattern=None, lowercase=False, preprocessor=None, sublinear_tf=True,
            norm="l2", dtype=np.float64,
        )
        vectorizer.fit(self._documents)
        return vectorizer

    def top(self, profiles: Sequence[Profile], k: int, min_score: float = MIN_SCORE):
        """For each profile, up to ``k`` (article row, score), best first; ties by row.

        Works through the queries in chunks so that memory grows with the
        chunk, never with queries × article claims. The article's own
        profiles (the article against itself) take their vectors from the fit."""
        documents = [p.features for p in profiles]
        results: list[list[tuple[int, float]]] = []
        if self.empty or k <= 0:
            return [[] for _ in profiles]
        own = len(documents) == self.size and all(map(is_, documents, self._documents))
        for begin in range(0, len(documents), CHUNK_ROWS):
            chunk = documents[begin : begin + CHUNK_ROWS]
            if len(chunk) * self.size <= PYTHON_CELLS:
                vectors = map(self._row_vector, range(begin, begin + len(chunk))) if own else map(self.vector, chunk)
                results.extend(self._best(vector, k, min_score) for vector in vectors)
                continue
            if self._columns is None:
                self._columns = self.matrix.T.tocsc()
            vectors = self._own_vectors(begin, begin + len(chunk)) if own else self._vectors(chunk)
            scores = (vectors @ self._columns).tocsr()
            results.extend(_top_rows(scores, k, min_score))
        return results

    def _own_vectors(self, begin: int, end: int) -> sparse.csr_matrix:
        """``_vectors`` of the features of article rows ``begin``:``end``
        from the fit's products, no feature counted again: the rows' columns
        sorted and each row made unit length, as ``_weigh`` leaves counted rows."""
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        rows = _csr(self._raw[begin:end], len(self.vocabulary))
        rows.sort_indices()
        inplace_csr_row_normalize_l2(rows)
        return rows

    def _row_vector(self, row: int) -> tuple[list[int], list[float]]:
        """``vector`` of the features of article ``row``: the fit counted
        them already (the same products, put in column order and made unit length)."""
        raw = dict(self._raw[row])
        columns = sorted(raw)
        return columns, _unit_length(list(map(raw.__getitem__, columns)))

    def _best(self, vector: tuple[list[int], list[float]], k: int, min_score: float) -> list[tuple[int, float]]:
        """``top`` for one query vector in Python. scipy's product adds, for
        each article row, query value × article value over the query's
        columns in sorted order, starting from 0.0, and keeps no sum of
        exactly 0: so here."""
        # A row no column reaches keeps 0.0: left out like a sum of 0.
        sums = [0.0] * self.size
        postings = self._postings
        for column, value in zip(*vector):
            for row, article_value in postings[column]:
                sums[row] += value * article_value
        hits = [(row, score) for row, score in enumerate(sums) if score != 0 and score >= min_score]
        hits.sort(key=lambda hit: (-hit[1], hit[0]))
        return hits[:k]

    def scores(self, features: Sequence[str], rows: Sequence[int]) -> list[float]:
        """Cosine score of one query against each of some article ``rows``.
        As scipy's product of those rows with the query's column: the sum
        runs over each article row's entries in their stored order."""
        if len(rows) > PYTHON_CELLS:
            query = _csr([list(zip(*self.vector(features)))], len(self.vocabulary))
            return (self.matrix[list(rows)] @ query.T).toarray().ravel().tolist()
        query = dict(zip(*self.vector(features)))
        out = []
        for row in rows:
            total = 0.0
            for column, value in self._rows[row]:
                weight = query.get(column)
                if weight is not None:
                    total += value * weight
            out.append(total)
        return out


# 1 + log(count) for counts 0, 1, 2, …, computed by numpy as ``_weigh`` does
# (numpy's log may differ from math.log in the last bit). Index 0 is unused.
_TF: list[float] = [0.0]


def _tf_weights(largest: int) -> list[float]:
    """``_TF``, holding at least the counts up to ``largest``. A longer table
    is made whole and then put in place, never extended in place, so that a
    thread reading the old one is not disturbed."""
    global _TF
    table = _TF
    if largest >= len(table):
        weights = np.log(np.arange(1, max(largest + 1, 2 * len(table), 64), dtype=np.float64))
        weights += 1.0
        table = _TF = [0.0, *weights.tolist()]
    return table


def _unit_length(values: list[float]) -> list[float]:
    """``values`` divided by their l2 norm, as scikit-learn's
    ``inplace_csr_row_normalize_l2`` does it: squares added in order from
    0.0, one square root, each value divided (an all-zero row is left as is)."""
    total = 0.0
    for value in values:
        total += value * value
    if total == 0.0:
        return values
    return list(map(math.sqrt(total).__rtruediv__, values))   # value / norm


def _csr(rows: Sequence[Sequence[tuple[int, float]]], n_columns: int) -> sparse.csr_matrix:
    """Rows of (column, value) entries as a sparse matrix, each row's entries in the order given."""
    entries = list(chain.from_iterable(rows))
    columns = [column for column, _ in entries]
    values = [value for _, value in entries]
    return sparse.csr_matrix(
        (np.asarray(values, dtype=np.float64), np.asarray(columns, dtype=np.int32),
         np.asarray([0, *accumulate(map(len, rows))], dtype=np.int32)),
        shape=(len(rows), n_columns),
    )


def _top_rows(scores: sparse.csr_matrix, k: int, min_score: float):
    """The ``k`` best columns of every row of a sparse score matrix, best
    first, ties broken by column; scores below ``min_score`` dropped.
    Vectorised over the whole chunk: one sort of the surviving entries."""
    n_rows = scores.shape[0]
    counts = np.diff(scores.indptr)
    row_of = np.repeat(np.arange(n_rows), counts)
    keep = scores.data >= min_score
    data, cols, row_of = scores.data[keep], scores.indices[keep], row_of[keep]
    order = np.lexsort((cols, -data, row_of))
    data, cols, row_of = data[order], cols[order], row_of[order]
    starts = np.searchsorted(row_of, np.arange(n_rows))
    rank = np.arange(len(row_of)) - starts[row_of]
    best = rank < k
    rows: list[list[tuple[int, float]]] = [[] for _ in range(n_rows)]
    for row, col, score in zip(row_of[best].tolist(), cols[best].tolist(), data[best].tolist()):
        rows[row].append((col, score))
    return rows


# ---------------------------------------------------------------- relations


@dataclass(frozen=True)
class _Overlap:
    shared: tuple[str, ...]
    cover_comment: float     # whole claims
    cover_evidence: float
    clause_comment: float    # the best-matching clause of each
    clause_evidence: float
    clause_units: tuple[frozenset[str], frozenset[str]] | None   # quantity units of those clauses


@dataclass(frozen=True)
class _Weighted:
    """A profile's words with their weights in one index, summed once."""

    weights: dict
    total: float        # without the frame's keys
    clauses: tuple      # (keys, summed weight, quantity units) of each clause of two words or more
    frame: frozenset = frozenset()


def weighted(p: Profile, weight) -> _Weighted:
    weights = dict(zip(p.keys, map(weight, p.keys)))
    # fsum is exact: the sums do not depend on the order the words come in.
    clauses = tuple((c, math.fsum(map(weights.__getitem__, c)), u) for c, u in p.clauses if len(c) >= 2)
    if p.frame_keys:
        total = math.fsum(w for k, w in weights.items() if k not in p.frame_keys)
    else:
        total = math.fsum(weights.values())
    return _Weighted(weights, total, clauses, p.frame_keys)


def _overlap(c: Profile, a: Profile, wc: _Weighted, wa: _Weighted, context: frozenset = frozenset()) -> _Overlap:
    """How much content the two share, over whole claims and over their best
    pair of clauses: a proposition is usually one clause, and a claim may
    carry a frame (我问过客服, 根据…规定) that the other lacks. A frame's
    words count only where the other side shares them. ``context`` are
    words the evidence's section heading says for it (the product an
    article sentence leaves out): they cover the comment's words, not the
    evidence's.

    Sums are exact (``math.fsum``) so that the result does not depend on the
    order in which a set yields its words."""
    fsum = math.fsum
    left_w, right_w = wc.weights, wa.weights
    weight_of = left_w.__getitem__
    shared = tuple(filter(right_w.__contains__, c.keys))
    got = fsum(map(weight_of, shared))
    framed_c = fsum(left_w[k] for k in shared if k in wc.frame) if wc.frame else 0.0
    framed_a = fsum(left_w[k] for k in shared if k in wa.frame) if wa.frame else 0.0
    implied = (
        fsum(left_w[k] for k in c.keys if k not in right_w and k in context and k not in wc.frame)
        if context else 0.0
    )
    cover_c = min(1.0, (got + implied) / (wc.total + framed_c)) if wc.total + framed_c else 0.0
    cover_a = min(1.0, got / (wa.total + framed_a)) if wa.total + framed_a else 0.0
    best = (round(min(cover_c, cover_a), 9), cover_c, cover_a)
    units = None
    if shared:
        for left, total_l, left_units in wc.clauses:
            for right, total_r, right_units in wa.clauses:
                common = left & right
                if common:
                    part = fsum(map(weight_of, common))
                    said = fsum(left_w[k] for k in left - right if k in context) if context else 0.0
                    lc, la = min(1.0, (part + said) / total_l), part / total_r
                    candidate = (round(min(lc, la), 9), lc, la)
                    if candidate > best:
                        best, units = candidate, (left_units, right_units)
        if cover_c >= FULL_COVER and len(a.clauses) > 2:
            # 快贷提前还款要收1%违约金 against 快贷支持随时提前还款，不收取任何违约金，
            # 在手机银行就能操作: the whole comment said by the run of the
            # evidence's clauses that holds its words, not by any one of them.
            span = _span_of(a.clauses, frozenset(shared))
            if span is not None:
                span_keys = frozenset().union(*(keys for keys, _ in span))
                total = fsum(right_w[k] for k in span_keys if k not in wa.frame)
                if total:
                    la = min(1.0, got / total)
                    candidate = (round(min(cover_c, la), 9), cover_c, la)
                    if candidate > best:
                        best = candidate
                        units = (frozenset().union(*(u for _, u in c.clauses)),
                                 frozenset().union(*(u for _, u in span)))
    return _Overlap(shared, cover_c, cover_a, best[1], best[2], units)


def _span_of(clauses, keys: frozenset) -> tuple | None:
    """The run of ``clauses`` from the first that says one of ``keys`` to the
    last, when it leaves a clause of the claim out (else it is the claim)."""
    said = [i for i, (words, _) in enumerate(clauses) if not words.isdisjoint(keys)]
    if not said or (said[0] == 0 and said[-1] == len(clauses) - 1):
        return None
    return clauses[said[0] : said[-1] + 1]


def _antonym_flips(c: Profile, a: Profile, lex: Lexicon) -> list[tuple[str, str]]:
    """Axes on which the two claims assert opposite sides (删除 vs 保留), one
    pair of words each; an axis on which either claim says both sides is left out."""
    def by_axis(sides):
        out: dict[str, list[tuple[str, int]]] = {}
        for word, side in sorted(sides):
            out.setdefault(lex.axis[word], []).append((word, side))
        return out

    mine, theirs = by_axis(c.sides), by_axis(a.sides)
    flips = []
    for axis in sorted(set(mine) & set(theirs)):
        left = {side for _, side in mine[axis]}
        right = {side for _, side in theirs[axis]}
        if len(left) == len(right) == 1 and left != right:
            flips.append((_side_word(*mine[axis][0], lex), _side_word(*theirs[axis][0], lex)))
    return flips


def _side_word(word: str, side: int, lex: Lexicon) -> str:
    """The word, marked ¬ when the claim says its other side (无法使用, 不受影响 turned over)."""
    return word if side == lex.side[word] else "¬" + word


def _quantity_check(c: Profile, a: Profile, clause_units=None, rates: frozenset[str] = frozenset(),
                    ) -> tuple[list[str], list[str], bool]:
    """(conflicts, matches) between quantities of the same unit, and whether
    every conflict is a rough one: an approximate figure within ``ROUGH_CLASH``
    of the other side's (约16.5% against 约18%). When the two claims meet in
    one clause each, a conflict counts only for a unit both of those clauses
    use (two years of retention, not the two days of a remark beside it).
    A rate (``rates``) of the writer's own case that is not the other's is
    a match in part: the case differs, the rule is not denied."""
    by_unit_c: dict[str, set[str]] = {}
    by_unit_a: dict[str, set[str]] = {}
    for unit, value in c.quantities:
        by_unit_c.setdefault(unit, set()).add(value)
    for unit, value in a.quantities:
        by_unit_a.setdefault(unit, set()).add(value)
    conflicts, matches = [], []
    rough = c.rough | a.rough
    all_rough = True
    for unit in sorted(set(by_unit_c) & set(by_unit_a)):
        left, right = by_unit_c[unit], by_unit_a[unit]
        show_l = "/".join(v + unit for v in sorted(left))
        show_r = "/".join(v + unit for v in sorted(right))
        if left & right and (left <= right or right <= left):
            matches.append(f"{show_l} = {show_r}")
        elif left & right and right - left and all(_near(unit, {v}, right - left, rough) for v in left - right):
            matches.append(f"{show_l} ≈ {show_r}")   # 0.05% and 18%多 against 0.05% and 约18.25%
        elif left & right:
            # 1万元 and 90元 against 1万元 and 150元: one figure agrees, another
            # differs; which one the other stands for is not read, so no side wins.
            matches.append(f"{show_l} = {show_r} in part")
        elif _within(left, right):
            matches.append(f"{show_l} within {show_r}")   # 2% against 1%到3%: a figure the range allows
        elif _near(unit, left, right, rough):
            matches.append(f"{show_l} ≈ {show_r}")   # 14%多 and 约14.6%: no clash
        elif _threshold_and_case(c, a, unit, left, right) or all((unit, v) in c.setting for v in left):
            # 逾期超过30天，会上征信 against 我逾期10天就上了: a rule's threshold, one case;
            # 我逾期了两天，第三天还上了: the figure sets the writer's scene, it says no rule;
            # but 我的年化是18% against 14.4% is another rate than the article's.
            if unit in rates and not _threshold_and_case(c, a, unit, left, right):
                matches.append(f"{show_l} ≠ {show_r} in part")
            continue
        elif clause_units is None or (unit in clause_units[0] and unit in clause_units[1]):
            conflicts.append(f"{show_l} ≠ {show_r}")
            all_rough = all_rough and _near(unit, left, right, rough, ROUGH_CLASH)
    return conflicts, matches, bool(conflicts) and all_rough


def _span(value: str) -> tuple[float, float] | None:
    """``(low, high)`` of a figure (``5``) or a range (``1-3``)."""
    low, _, high = value.partition("-")
    if not _is_number(low) or (high and not _is_number(high)):
        return None
    return float(low), float(high or low)


def _within(left: set[str], right: set[str]) -> bool:
    """Whether a range on one side holds the figures of the other or overlaps
    its range (1-3% and 2%, 1-3% and 2-5%): figures a range allows are no
    clash. Every figure of ``left`` must fit: 0.75% and 0.9% against
    0.6-0.75% clash."""
    if not any("-" in v for v in left | right):
        return False

    def fits(x: str, others: set[str]) -> bool:
        a = _span(x)
        return a is not None and any(
            (b := _span(y)) is not None and a[0] <= b[1] and b[0] <= a[1] for y in others)

    return all(fits(x, right) for x in left)


def _threshold_and_case(c: Profile, a: Profile, unit: str, left: set[str], right: set[str]) -> bool:
    """Whether the figures of ``unit`` stand in one claim's condition only and
    in the other claim outside any condition: a threshold against a case."""
    def in_condition(p: Profile, values: set[str]) -> bool:
        return all((unit, v) in p.conditional for v in values)

    return in_condition(c, left) != in_condition(a, right)


def _confirmed_figures(
    c: Profile, a: Profile, comment: Claim, evidence: Claim, shared: Sequence[str], index: Index,
) -> list[str]:
    """The figures both claims state (罚息是万分之五 against 按每日0.05%收取罚息),
    each where the clauses around it on both sides share a content word that
    is not the page's subject (a word of more than ``TENSION_ANCHOR_DF`` of
    the article claims, as 逾期 on most pages): then the figure is the
    proposition, however little else the claims share."""
    both = sorted(set(c.quantities) & set(a.quantities))
    if both and _figures_agree(c, a) >= 2:
        # 万分之五一天，一年下来18%多 against 日利率万分之五，年化大约18.25%: two
        # figures said alike are the proposition, whatever words carry them.
        return [value + unit for unit, value in both]
    limit = max(2, TENSION_ANCHOR_DF * index.size)
    shared = [k for k in shared if index.df.get(k, 0) <= limit]
    if not both or not shared:
        return []
    c_norm, a_norm = comment.norm or comment.text, evidence.norm or evidence.text
    out = []
    for unit, value in both:
        figure = value + unit
        mine = _clauses_around(c_norm, figure)
        theirs = _clauses_around(a_norm, figure)
        if any(c.words[k] in x and a.words[k] in y for k in shared for x in mine for y in theirs):
            out.append(figure)
    return out


def _figures_agree(c: Profile, a: Profile) -> int:
    """How many figures of ``c`` the other claim states too, exactly or
    roughly (18%多 against 约18.25%); 0 when a figure of a unit both use
    differs."""
    rough = c.rough | a.rough
    theirs: dict[str, set[str]] = {}
    for unit, value in a.quantities:
        theirs.setdefault(unit, set()).add(value)
    agreeing = 0
    for unit, value in c.quantities:
        values = theirs.get(unit)
        if not values:
            continue   # 一年下来: a figure of a kind the other does not state
        if value not in values and not _near(unit, {value}, values, rough):
            return 0
        agreeing += 1
    return agreeing


def _clauses_around(norm: str, figure: str) -> list[str]:
    """The clauses of ``norm`` that hold the quantity ``figure``, the figure
    itself blanked out (万分之 of 万分之五 is no word beside it)."""
    out = []
    for start, end, quantity in quantity_spans(norm):
        if quantity == figure:
            begin, stop = clause_bounds(norm, start, end)
            out.append(norm[begin:start] + " " + norm[end:stop])
    return out


def _denied_figures(c: Profile, a: Profile, evidence: Claim, shared: Sequence[str], lex: Lexicon) -> list[str]:
    """The figures the evidence states that the comment says are wrong
    (罚息不是0.05% against 按0.05%收取罚息), each where the comment's clause
    and the evidence's clause around the figure share a content word: a
    denied 5年 of a record is no answer to the 5年 of a limitation period."""
    if not c.denied or not shared:
        return []
    stated = set(a.quantities)
    norm = evidence.norm or evidence.text
    out = []
    for (unit, value), clause in c.denied:
        if (unit, value) not in stated:
            continue
        figure = value + unit
        around = _clauses_around(norm, figure)
        # A bare denial (是5%，不是10%; 我等了15天，不是7天) leans on the words of the
        # comment's other clauses; the figure's own digits and unit are no words.
        rest = clause
        for begin, end, _ in quantity_spans(clause):
            rest = rest[:begin] + " " * (end - begin) + rest[end:]
        if lex.denials is not None:
            rest = lex.denials.sub(" ", rest)   # 哪有 is the denial, no word of what is denied
        bare = not any(word in rest for word in c.words.values())
        if any((bare or c.words[k] in clause) and a.words[k] in text for k in shared for text in around):
            out.append(figure)
    return out


ROUGH_SHARE = 0.05  # an approximate figure is compatible with one this close (relative)
ROUGH_CLASH = 0.25  # ... and clashes with one this close only in part (partial, not contradict)


def _near(unit: str, left: set[str], right: set[str], rough: frozenset, share: float = ROUGH_SHARE) -> bool:
    """Whether an approximate figure on either side comes within ``share`` of one on the other."""
    for x in left:
        for y in right:
            if ((unit, x) in rough or (unit, y) in rough) and _is_number(x) and _is_number(y):
                big = max(abs(float(x)), abs(float(y)))
                if big and abs(float(x) - float(y)) / big <= share:
                    return True
    return False


def _denied_unread(c: Profile, a: Profile, shared) -> bool:
    """Whether a shared word is denied inside a claim that affirms (更划算，不是
    等额本息) while the other side leaves its polarity unread (a sentence that
    names 等额本息 in passing): the two may say opposite things of it."""
    return any(
        (c.negations.get(k) == 1 and not c.negated and k not in a.negations)
        or (a.negations.get(k) == 1 and not a.negated and k not in c.negations)
        for k in shared
    )


def _negation_apart(p: Profile, shared) -> bool:
    """Whether every negated word of ``p`` stands in a clause that holds no
    shared word (a remark beside the proposition, not the proposition)."""
    shared = set(shared)
    negated = {k for k, v in p.negations.items() if v}
    if not negated:
        # The denial is read into no word (并不是所有逾期都能删除: 不能删除 is the
        # 保留 side of its axis): apart when every clause that holds a negation
        # says no shared word.
        return bool(p.denying_clauses) and not any(keys & shared for keys in p.denying_clauses)
    if negated & shared:
        return False
    denying = shared & set().union(*p.denying_clauses)   # shared words the denying clauses name
    if denying and all(p.negations.get(k) == 0 for k in denying) and all(len(k) > 1 for k in negated):
        # 借呗有3天的宽限期，在宽限期内还款不会上征信: every shared word the denying
        # clause names again is read affirmed, and the denial falls on a word the
        # other side does not say. A shared word the denying clause leaves unread
        # (不影响贷款审批: 影响) may be what it denies. A denied word of one
        # character (意义不大) is a degree said of the word before it: that clause
        # is about its subject, so the denial is not apart.
        return True
    return not any(keys & negated and keys & shared for keys, _ in p.clauses)


def _negation_check(left: dict, right: dict, keys) -> tuple[list[str], list[str]]:
    """Shared keys said with the same and with the opposite polarity."""
    same, differ = [], []
    for key in keys:
        if key in left and key in right:
            (same if left[key] == right[key] else differ).append(key)
    return same, differ


def _condition_check(
    c: Profile, a: Profile, cc: str, ac: str, names: tuple[str, str], context: frozenset = frozenset(),
    units: frozenset | dict = frozenset(), texts: tuple[str, str] = ("", ""), lex: Lexicon | None = None,
) -> tuple[str, str]:
    """('', '') when compatible, ('incompatible' | 'differs', why) otherwise.

    A condition on one side only is compatible when the other side states
    it as a plain circumstance: 如果有逾期, 那么无法借款 and 逾期后无法借款
    say the same. That needs every word of the condition beyond the main
    clause in the other claim (or its heading), and no negation on them
    (如果没有还清 is not 还清后). A condition that is only a denied verb with
    no content word (如果不还: 还 is also an adverb) is stated where the other
    claim's text (``texts``) denies that verb too (年费没还会上征信)."""
    if not cc and not ac:
        return "", ""
    if bool(cc) != bool(ac):
        side, other = (names[0], names[1]) if cc else (names[1], names[0])
        mine, theirs = (c, a) if cc else (a, c)
        # A unit cut from its number (逾期1 | 天) is the figure's: the figures are compared apart.
        own = {k for k in mine.condition_own if k not in units}
        # The products the evidence's headings or the page's title name are
        # implied on either side: a comment that names none speaks of them.
        said = set(theirs.keys) | (context if theirs is a or not theirs.named else set())
        if own and own <= said and not any(mine.condition_negations.get(k) for k in own):
            words = "/".join(mine.words[k] for k in mine.keys if k in own)
            return "", f"condition {cc or ac} stated in the {other} ({words})"
        verb = _denied_verb(cc or ac, lex) if not own and lex is not None else ""
        if verb and any(negation + verb in (texts[1] if cc else texts[0]) for negation in lex.negators):
            return "", f"condition {cc or ac} stated in the {other} ({verb})"
        return "differs", f"condition only in the {side} ({cc or ac})"
    shared = sorted(c.condition_keys & a.condition_keys)
    smaller = min(len(c.condition_keys), len(a.condition_keys)) or 1
    if len(shared) / smaller >= 0.5:
        _, differ = _negation_check(c.condition_negations, a.condition_negations, shared)
        if differ:
            return "incompatible", f"condition {cc} vs {ac}"
        return "", ""
    return "differs", f"condition {cc} vs {ac}"


def _denied_verb(condition: str, lex: Lexicon) -> str:
    """The verb of a condition that only denies one (如果不还 → 还, 要是没交 → 交),
    else "": its opener and a negation (negation.txt) before a word of one or
    two characters."""
    rest = condition.strip(" ,，")
    opener = next((o for o in lex.condition_openers if rest.startswith(o)), "")
    rest = rest[len(opener) :].removesuffix("的话").removesuffix("的")
    negation = next((n for n in sorted(lex.negators, key=len, reverse=True) if rest.startswith(n)), "")
    return rest[len(negation) :] if negation and 1 <= len(rest) - len(negation) <= 2 else ""


def relate(
    comment: Claim, evidence: Claim, c: Profile, a: Profile, index: Index, lex: Lexicon,
    names: tuple[str, str] = ("comment", "article"), sides: tuple[_Weighted, _Weighted] | None = None,
    context: frozenset = frozenset(), overlap: _Overlap | None = None,
) -> tuple[str, str]:
    """Relation of a comment claim to one article claim, and a one-line reason
    (``names`` say how the reason calls the two sides; ``sides`` are their
    weighted words when the caller has them already; ``context`` the names
    the evidence's section headings give it; ``overlap`` their ``_overlap``
    when the caller has it already)."""
    if overlap is None:
        wc, wa = sides or (weighted(c, index.weight), weighted(a, index.weight))
        overlap = _overlap(c, a, wc, wa, context)
    shared = "/".join(c.words[k] for k in overlap.shared) or "no content word"
    cover = f"covers {overlap.cover_comment:.2f}/{overlap.cover_evidence:.2f}"
    clauses = f"{overlap.clause_comment:.2f}/{overlap.clause_evidence:.2f}"
    if clauses != f"{overlap.cover_comment:.2f}/{overlap.cover_evidence:.2f}":
        cover += f", clauses {clauses}"
    implied = [c.words[k] for k in c.keys if k in context and k not in a.words] if context else []
    if implied:
        cover += f", heading gives {'/'.join(implied)}"
    same = (overlap.cover_comment >= SAME_COVER and overlap.cover_evidence >= EVIDENCE_COVER) or (
        overlap.clause_comment >= SAME_COVER and overlap.clause_evidence >= EVIDENCE_COVER
    )
    # Narrower or broader: one claim holds most of the other, or a clause of
    # the comment lies wholly inside the evidence.
    contained = (
        max(overlap.cover_comment, overlap.cover_evidence) >= CONTAINED_COVER
        or overlap.clause_comment >= FULL_COVER
    )
    denied = _denied_figures(c, a, evidence, overlap.shared, lex)
    stance = getattr(comment, "stance", "")
    said = "; " + _STANCE_SAID[stance].format(names[0], names[1]) if stance else ""
    # 说得对，… or 不是这样的，…: the commenter says the claim is about the
    # article, so a shared content word is enough to read it against the evidence.
    stance_led = bool(stance) and bool(overlap.shared) and not same and not contained
    confirmed = [] if same or contained or denied else _confirmed_figures(c, a, comment, evidence, overlap.shared, index)
    if stance in _AGREEING and not (same or contained or denied or confirmed) and c.quantities and (
            set(c.quantities) <= set(a.quantities)):
        # 罚息确实是万分之五，跟文章说的一样: the commenter says it is so, and every
        # figure it gives is the evidence's, though the words differ.
        confirmed = [value + unit for unit, value in c.quantities]
    if not same and not contained and not denied and not stance_led and not confirmed:
        # Half of the comment said by an article claim is the page's subject,
        # with or without a consumer-credit word (保存两年就自动删了).
        on_subject = c.on_subject or max(overlap.cover_comment, overlap.clause_comment) >= ON_PAGE_COVER
        relation = "new" if on_subject else "unrelated"
        what = "on the subject" if on_subject else "off the subject"
        return relation, f"different proposition, {what}; shares {shared} ({cover})" + said

    # Polarity twice over: the claims' own polarity fields (with antonym
    # flips), and the polarity of each shared word inside its clause. Only
    # when both readings agree is the polarity settled; otherwise it is unclear.
    flips = _antonym_flips(c, a, lex)
    claim_opposite = (c.negated != a.negated) ^ (len(flips) % 2 == 1)
    _, differ = _negation_check(c.negations, a.negations, overlap.shared)
    if not flips and (c.negated or a.negated):
        # 额度确实会冻结，借不出来了 against 额度会被冻结: a negation that falls in a
        # clause of its own, saying no shared word, is not the claim's polarity
        # toward the other (京东白条已接入央行征信，并不是所有逾期都能删除 affirms 接入).
        # Where the shared words are said the same way, a difference left is
        # read below as unclear, not taken over.
        apart = (c.negated and not _negation_apart(c, overlap.shared)) != (
            a.negated and not _negation_apart(a, overlap.shared))
        if differ or not apart:
            claim_opposite = apart
    opposite = claim_opposite and bool(differ)
    unclear = claim_opposite != bool(differ) or _denied_unread(c, a, overlap.shared)
    polarity = f"polarity {comment.polarity}/{evidence.polarity}"
    if flips:
        polarity += ", " + ", ".join(f"antonym {x}↔{y}" for x, y in flips)
    if differ:
        polarity += ", opposite on " + "/".join(c.words[k] for k in differ)
    conflicts, matches, rough = _quantity_check(c, a, overlap.clause_units, lex.rate_units)
    condition, condition_why = _condition_check(c, a, comment.condition, evidence.condition, names, context,
                                                lex.unit_names,
                                                (comment.norm or comment.text, evidence.norm or evidence.text), lex)
    # 一般不退 against 是不退的: a rule said to hold as a rule, and said outright,
    # is one claim; only a claim said to be possible (可能会…) is weaker.
    hedged = comment.modality != evidence.modality and "possible" in (comment.modality, evidence.modality)
    # 不会受影响 against 也可能受影响: what will not happen rules out what may;
    # only a hedged denial (可能不会) is weaker than the claim it meets.
    maybe, other = (comment, evidence) if comment.modality == "possible" else (evidence, comment)
    # Only where the whole comment is the proposition: a clause of it that says
    # no more than 不受影响 is too little to rule anything out.
    rules_out = (hedged and opposite and maybe.polarity == "affirm" and other.modality != "possible"
                 and overlap.cover_comment >= SAME_COVER)
    hedged = hedged and not rules_out
    scope = sorted(q for q in c.qualifiers ^ a.qualifiers
                   if _scope_in_play(c if q in c.qualifiers else a, q, overlap.shared))
    doubts = ["figures differ in part"] if any(m.endswith(" in part") for m in matches) else []
    # An article sentence that names nothing speaks of what its headings name.
    a_named = a.named or tuple(sorted(context))
    other_subject = bool(c.named and a_named and not set(c.named) & set(a_named))
    if other_subject:
        # 借呗 in the comment, 微粒贷 in the article: not the same proposition.
        doubts.append(f"names {'/'.join(c.named)} vs {'/'.join(a_named)}")
    if unclear:
        doubts.append("polarity unclear")
    if hedged:
        doubts.append(f"modality {comment.modality}/{evidence.modality}")
    if scope:
        doubts.append("scope " + "/".join(scope))

    parts = [("same proposition" if same else "overlapping proposition") + f" ({shared}; {cover})", polarity]
    parts += [f"{names[0]} denies {q}" for q in denied]
    parts += [f"quantity {q}" for q in conflicts + matches]
    if condition_why:
        parts.append(condition_why)
    if rules_out:
        parts.append(f"modality {comment.modality}/{evidence.modality}: will not rules out may")
    parts += doubts
    reason = "; ".join(parts) + said

    certain = "possible" not in (comment.modality, evidence.modality) or rules_out
    # A commenter who says the article is right (说得对) is not read as contradicting it.
    contradict = "partial" if stance == "agree" else "contradict"
    if (denied or conflicts or opposite) and _own_case_against_a_share(comment, evidence, lex):
        return "partial", reason + f"; {names[0]} tells its own case against a rule for some cases"
    if conflicts and not denied and _other_cases(c, a, lex):
        # 分12期的手续费率是8.8% against 分3期的手续费率为2.5%: two cases, two rates.
        return "partial", reason + f"; {names[0]} and {names[1]} count different cases"
    if (denied or conflicts) and any(w in (evidence.norm or evidence.text) for w in lex.examples):
        # 例如借款1万元，… : the article's figures illustrate; other figures are another case.
        return "partial", reason + f"; the {names[1]}'s figures are an example"
    if denied:
        # 罚息不是0.05% against an article that says 0.05%: the figure itself is
        # disputed, even where the article states it in its condition (逾期超过60天).
        return (contradict if certain and not other_subject else "partial"), reason
    if stance == "disagree" and (claim_opposite or conflicts or condition == "incompatible"):
        # 不是这样的，… and the opposite of the evidence: the commenter says so
        # outright, so a hedge or an unclear reading of polarity does not undo it.
        return ("contradict" if not other_subject and condition != "differs" else "partial"), reason
    # figures only the comment gives, outside its asides (…，我就是因为100块年费上了征信)
    own_units = {u for u, _ in c.quantities} - {u for u, _ in a.quantities} - c.frame_units
    if not same:
        # One side holds most of the other but not both ways: narrower or broader.
        echoed = len(overlap.shared) >= 2 and not other_subject and not own_units
        if stance in _AGREEING and (contained or confirmed or echoed) and not (
            opposite or conflicts or condition == "incompatible"
        ):
            # 说得对 and the evidence held in the comment, or the comment in it, or
            # two words of it said again with no figure of one's own (…人工打电话了，跟文中说的一样).
            return "agree", reason
        if (stance not in _DOUBTING and not claim_opposite and not conflicts and not condition and not doubts
                and overlap.cover_comment >= FULL_COVER and len(overlap.shared) >= 2 and not own_units):
            # 提前还款没有手续费 against 提前还款不收取任何手续费或违约金: all the
            # comment says, the article says the same way; it only says less.
            return "agree", reason + f"; {names[0]} says part of the {names[1]}"
        return "partial", reason
    vague = sorted((c.effect_keys ^ a.effect_keys) & set(overlap.shared)) if opposite else []
    if vague:
        # 影响 on one side against a plain state on the other (影响使用 vs 仍可使用): too vague to oppose.
        doubts.append("effect word on one side on " + "/".join(c.words[k] for k in vague))
        reason += "; " + doubts[-1]
    if opposite:
        # Opposite claims under different conditions (没还清就不能借 vs 还清后可以借) can both hold.
        return (contradict if certain and not doubts and condition != "differs" else "partial"), reason
    if conflicts:
        # An approximate figure (约16.5% against 约18%) within a quarter of the
        # other is a rough reading, not a denial.
        # A difference of scope (所有, 暂时) does not make two figures agree.
        return (contradict if certain and not (unclear or other_subject or rough) else "partial"), reason
    if condition == "incompatible":
        return (contradict if certain and not doubts else "partial"), reason
    c_units, a_units = {u for u, _ in c.quantities}, {u for u, _ in a.quantities}
    one_sided_quantity = (c_units - a_units - c.frame_units) | (a_units - c_units - a.frame_units)
    if stance in _AGREEING and not (other_subject or unclear) and condition != "incompatible":
        # 说得对，… and the same proposition: a detail more, a hedge of its own
        # (一般) or a condition left unsaid is still agreement, said outright.
        return "agree", reason
    if doubts or condition or one_sided_quantity or overlap.cover_comment < FULL_COVER:
        if overlap.cover_comment < FULL_COVER and not doubts:
            reason += f"; {names[0]} adds detail"
        return "partial", reason
    # The same claim from one who says the article is wrong, or who turns
    # after agreeing (…没错，不过…): the signs disagree.
    return ("partial" if stance in _DOUBTING else "agree"), reason


def _own_case_against_a_share(comment: Claim, evidence: Claim, lex: Lexicon) -> bool:
    """我们银行半年就可以 against 多数银行满1年后才能: the commenter tells its
    own case (it opens with a narrator) and the article says its rule holds
    for a share of cases only, so both can be true."""
    if not lex.narrators or not lex.case_shares:
        return False
    said = evidence.norm or evidence.text
    return (comment.norm or comment.text).startswith(lex.narrators) and any(w in said for w in lex.case_shares)


# How the reason tells each stance ({0}: the comment's side, {1}: the evidence's).
_STANCE_SAID = {
    "agree": "{0} agrees with the {1}", "disagree": "{0} disagrees with the {1}",
    "qualify": "{0} agrees, then turns against, the {1}", "confirm": "{0} confirms what was said (确实)",
}
# Stances that take a comment saying what the evidence says for agreement, and
# those that never make it agreement.
_AGREEING = ("agree", "confirm")
_DOUBTING = ("disagree", "qualify")


# ---------------------------------------------------------------- headings


@dataclass(frozen=True)
class _Text:
    norm: str
    tokens: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """What a section's heading, with the headings above it, says about every
    sentence under it."""

    section_id: str
    own: frozenset[str]       # keys and measures of its own title
    keys: frozenset[str]      # keys and measures of its title and every title above it
    named: frozenset[str]     # products and institutions among ``keys``
    parent_id: str = ""


def _title_reading(text: str, lex: Lexicon, tokenizer) -> tuple[frozenset[str], frozenset[str]]:
    """The keys and the measures of a heading or a page's title, as its
    ``profile`` would have them (nothing else of it is needed)."""
    from .text import analysis_view

    norm = analysis_view(text)
    title = _Text(norm, tuple(tokenizer.cut(norm)) if norm else ())
    read, reading, _, _ = _read_text(tuple(title.tokens or norm), lex)
    reading.close()
    return frozenset(reading.keys), frozenset(_measures(title, norm, read))


def headings(sections, lex: Lexicon, tokenizer) -> dict[str, Heading]:
    """Section id → its Heading (no sections, no headings)."""
    parent = {s.section_id: s.parent_id for s in sections}
    own = {}
    for section in sections:
        keys, measures = _title_reading(section.title or "", lex, tokenizer)
        own[section.section_id] = keys | measures
    out = {}
    for sid in own:
        chain, seen, at = set(), set(), sid
        while at in own and at not in seen:
            seen.add(at)
            chain |= own[at]
            at = parent.get(at, "")
        named = frozenset(k for k in chain if k in lex.named)
        out[sid] = Heading(sid, own[sid], frozenset(chain), named, parent.get(sid, ""))
    return out


# ---------------------------------------------------------------- stages


def _split(claims: Sequence[Claim]):
    article = [c for c in claims if c.origin == "article"]
    comments = [c for c in claims if c.origin == "comment"]
    return article, comments


@dataclass(frozen=True)
class Article:
    """What every comparison stage reads of one page's article, built once
    per page by ``prepare`` and shared by ``align``, ``answer_questions``
    and ``find_findings``."""

    lex: Lexicon
    claims: list            # the article claims, in order
    profiles: list          # their profiles
    index: Index            # TF-IDF over the profiles
    heads: dict             # section id → Heading
    names: dict             # short product names → the article's full names
    weighted: tuple = ()    # each profile's words weighted in ``index`` (``prepare`` fills it)
    title_named: frozenset = frozenset()   # products the page's title names: what every claim speaks of

    def weighted_profiles(self) -> Sequence[_Weighted]:
        """``weighted`` of every profile, computed here when the Article was made without them."""
        if len(self.weighted) == len(self.profiles):
            return self.weighted
        return [weighted(p, self.index.weight) for p in self.profiles]


def prepare(claims: Sequence[Claim], tokenizer, sections=(), title: str = "") -> Article:
    """The article claims of ``claims`` profiled and indexed, with the page's
    headings and the products its ``title`` names."""
    lex = load_lexicon()
    article, _ = _split(claims)
    profiles = [profile(c, lex, tokenizer) for c in article]
    heads = headings(sections, lex, tokenizer)
    index = Index(profiles)
    return Article(lex, article, profiles, index, heads, _article_names(profiles, heads),
                   tuple(weighted(p, index.weight) for p in profiles), _title_names(title, lex, tokenizer))


def _title_names(title: str, lex: Lexicon, tokenizer) -> frozenset[str]:
    """The products and institutions a page's title names (微粒贷逾期还能用不?)."""
    return _title_reading(title, lex, tokenizer)[0] & lex.named if title else frozenset()


def align(claims: Sequence[Claim], tokenizer, k: int = 3, sections=(), article: Article | None = None,
          terms_out: list | None = None, title: str = "") -> list[Alignment]:
    """Up to ``k`` rows per comment claim (best evidence first); a comment
    claim without evidence gets one row with no article claim.

    The index holds the article claims only; comment claims are profiled,
    scored and related a chunk at a time, so memory stays flat however many
    comments a page has. ``sections`` (the page's) let an article sentence
    that leaves out the product borrow it from its headings, and let a short
    or misspelt product name (微粒 for 微粒贷) stand for the article's.
    ``article``: ``prepare(claims, tokenizer, sections)`` when the caller has it already.
    ``terms_out``: a list that receives each comment claim's content words
    and quantities, in order, for ``answer_from_comments``."""
    prepared = article or prepare(claims, tokenizer, sections, title)
    lex, index, heads, names = prepared.lex, prepared.index, prepared.heads, prepared.names
    article, article_profiles = prepared.claims, prepared.profiles
    comments = [c for c in claims if c.origin == "comment"]
    article_weighted = prepared.weighted_profiles()
    # What each article claim speaks of without naming it: the products its
    # headings name, or else those of the page's title.
    empty = prepared.title_named
    contexts = [heads[c.section_id].named or empty if c.section_id in heads else empty for c in article]
    rows = []
    with _paused_gc():
        for begin in range(0, len(comments), CHUNK_ROWS):
            chunk = comments[begin : begin + CHUNK_ROWS]
            profiles = [_short_names(profile(c, lex, tokenizer), names, index) for c in chunk]
            if terms_out is not None:
                terms_out.extend(frozenset(p.keys) | frozenset(p.measures) for p in profiles)
            for claim, prof, hits in zip(chunk, profiles, index.top(profiles, k)):
                rows.extend(_rows(claim, prof, hits, article, article_profiles, article_weighted, index, lex,
                                  contexts))
    return rows


def _article_names(profiles: Sequence[Profile], heads: dict[str, Heading]) -> dict[str, str]:
    """Each product or institution the article names, less its last character
    (微粒 → 微粒贷); a shortening two names share stands for neither."""
    names = {k for p in profiles for k in p.named} | {k for h in heads.values() for k in h.named}
    short: dict[str, list[str]] = {}
    for name in sorted(names):
        if len(name) >= 3:
            short.setdefault(name[:-1], []).append(name)
    return {cut: full[0] for cut, full in short.items() if len(full) == 1}


def _short_names(p: Profile, names: dict[str, str], index: Index) -> Profile:
    """The profile with a word the article never uses read as the article's
    product when it is that name less its last character (微粒 for 微粒贷,
    网商 for 网商贷): readers shorten names and miss a character."""
    if not names:
        return p
    swap = {}
    for key in p.keys:
        full = names.get(key)
        if full is not None and key not in index.idf and full not in p.words:
            swap[key] = full
    if not swap:
        return p

    def keyset(keys):
        return frozenset(swap.get(k, k) for k in keys)

    def keymap(mapping):
        return {swap.get(k, k): v for k, v in mapping.items()}

    keys = tuple(swap.get(k, k) for k in p.keys)
    return replace(
        p, keys=keys, words=keymap(p.words), negations=keymap(p.negations),
        condition_keys=keyset(p.condition_keys), condition_negations=keymap(p.condition_negations),
        condition_own=keyset(p.condition_own), frame_keys=keyset(p.frame_keys),
        clauses=tuple((keyset(c), u) for c, u in p.clauses),
        features=tuple(swap.get(f, f) for f in p.features),
        named=tuple(dict.fromkeys((*p.named, *(swap[k] for k in p.keys if k in swap)))),
    )


@contextmanager
def _paused_gc():
    """The loop allocates millions of small acyclic objects; the cyclic
    collector would rescan every live claim again and again (a third of the
    time at 10^5 comment claims). Reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(claim, prof, hits, article, article_profiles, article_weighted, index, lex, contexts) -> list[Alignment]:
    if not hits:
        relation = "new" if prof.on_subject else "unrelated"
        why = "consumer-credit words" if prof.on_subject else "no consumer-credit word"
        return [Alignment(claim.doc_id, claim.comment_id, claim.claim_id, "", 1, 0.0, relation,
                          f"no article claim above {MIN_SCORE}; {why}")]
    read = []
    mine = weighted(prof, index.weight)
    for order, (row, score) in enumerate(hits):
        evidence = article[row]
        relation, reason = relate(claim, evidence, prof, article_profiles[row], index, lex,
                                  sides=(mine, article_weighted[row]), context=contexts[row])
        read.append((_EVIDENCE_TIERS.get(relation, 0), order, evidence.claim_id, score, relation, reason))
    # The best evidence is a claim the comment agrees with or contradicts,
    # then one it is read against in part, then one that only shares its
    # subject (new) or nothing (unrelated); within a tier, the scores decide.
    # A contradiction scoring well below the best partial reading is read in
    # that tier: it may be a claim on another case that shares a word or two.
    partial = max((r[3] for r in read if r[4] == "partial"), default=0.0)
    if partial:
        read = [(_PARTIAL_TIER, *r[1:]) if r[4] == "contradict" and r[3] < DECISIVE_SHARE * partial else r
                for r in read]
    read.sort(key=lambda r: r[:2])
    return [Alignment(claim.doc_id, claim.comment_id, claim.claim_id, claim_id, rank, round(score, 4), relation, reason)
            for rank, (_, _, claim_id, score, relation, reason) in enumerate(read, start=1)]


_PARTIAL_TIER = 1
_EVIDENCE_TIERS = {"partial": _PARTIAL_TIER, "new": 2, "unrelated": 3}   # agree and contradict: 0


def answer_questions(
    questions: Sequence[Question], claims: Sequence[Claim], tokenizer, k: int = 5, sections=(),
    article: Article | None = None,
) -> list[Question]:
    """Each question with ``status`` (answered | partial | unanswered) and the
    article claims that answer it as ``evidence``.

    A question is read as its content words and quantities (逾期一天). When
    the headings above a section say most of it (``HEADING_COVER``), that
    section answers it: its best-scoring sentences are the evidence, and the
    status counts what the headings and those sentences say together.
    Otherwise the best-scoring sentences of the whole article answer it as
    far as they cover its words. A word the article never uses (额度 in
    还完后有额度吗) keeps a question from being answered, and so does a
    question that asks for a kind of answer (``question_asks.txt``: 怎么办
    for advice, 多少 for a figure) with none of that kind among the evidence:
    the best-scoring claim of that kind that says a word of the question, in
    the answering section or in the whole article, joins the evidence."""
    prepared = article or prepare(claims, tokenizer, sections)
    if not questions:
        return []   # the article's terms and sections below are read for questions only
    lex, index, heads, names = prepared.lex, prepared.index, prepared.heads, prepared.names
    article, article_profiles = prepared.claims, prepared.profiles
    article_terms = [frozenset(p.keys) | frozenset(p.measures) for p in article_profiles]
    known = frozenset().union(*article_terms, *(h.keys for h in heads.values()))
    subtrees = _subtrees(article, heads)
    question_profiles = [_short_names(profile(q, lex, tokenizer), names, index) for q in questions]
    # The products the title names are what the whole page is about: a claim
    # that names no product (逾期记录会保留5年 under 抖音月付逾期记录保留多久)
    # speaks of them, so it says them for a question.
    given = frozenset(k for q, p in zip(questions, question_profiles) if q.origin == "title" for k in p.named)
    out = []
    for question, prof, hits in zip(questions, question_profiles, index.top(question_profiles, k)):
        terms = tuple(dict.fromkeys((*prof.keys, *prof.measures)))
        weights = dict(zip(terms, map(index.weight, terms)))
        total = math.fsum(weights.values())

        def share(covered, weights=weights, total=total):
            # fsum is exact: the share does not depend on the order of the terms.
            return math.fsum(w for t, w in weights.items() if t in covered) / total if total else 0.0

        missing = [t for t in terms if t not in known and t not in given]
        head = _best_heading(terms, heads, share) if not missing else None
        text = question.norm or question.question
        demands = [kind for kind, pattern in lex.question_asks if pattern.search(text)]
        if head is not None:
            rows = subtrees[head.section_id]
            ranked = _scores(index, prof, rows)
            # A section whose headings answer the question is its evidence even
            # where no sentence scores: its first sentence stands for it.
            chosen = [row for row, score in ranked[:k] if score > 0] or rows[:1]
            for kind in demands:
                chosen += _best_giving(kind, article, ranked, chosen, terms, article_terms, heads)
            covered = set(head.keys).union(*(article_terms[row] for row in chosen))
            cover = share(covered)
        else:
            chosen, covered = _covering(terms, hits, article, article_terms, demands,
                                        lambda rows, prof=prof: _scores(index, prof, rows), heads)
            cover = share(covered)
        implied = [t for t in terms if t in given and t not in covered]
        if implied and any(not article_profiles[row].named for row in chosen):
            cover = share(covered | set(implied))
        status, evidence = _status(cover, missing, demands, [article[row] for row in chosen])
        out.append(replace(question, status=status, evidence=evidence))
    return out


def _covering(terms, hits, claims, claim_terms, demands, ranked_giving, heads=None) -> tuple[list[int], set[str]]:
    """The rows among ``hits`` (best first) that each cover a word of the
    question no better row did, with the best-ranked claim of each kind of
    answer the question demands (``ranked_giving(rows)``: those rows best
    first, with their scores), and the question's words they cover."""
    covered: set[str] = set()
    chosen: list[int] = []
    for row, _score in hits:
        gained = set(terms) & claim_terms[row]
        if gained - covered or not chosen and gained:
            chosen.append(row)
        covered |= gained
    for kind in demands if chosen else ():
        giving = [row for row, claim in enumerate(claims) if _gives(kind, claim)]
        chosen += _best_giving(kind, claims, ranked_giving(giving), chosen, terms, claim_terms, heads)
    return chosen, covered


def _status(cover: float, missing, demands, chosen: Sequence[Claim]) -> tuple[str, tuple[str, ...]]:
    """(answered | partial | unanswered, the ids of the claims that answer)."""
    given = all(any(_gives(kind, claim) for claim in chosen) for kind in demands)
    if cover >= ANSWERED_COVER and not missing and given:
        return "answered", tuple(c.claim_id for c in chosen)
    if cover >= PARTIAL_COVER:
        return "partial", tuple(c.claim_id for c in chosen)
    return "unanswered", ()


def answer_from_comments(
    questions: Sequence[Question], comments: Sequence[Claim], comment_terms: Sequence[frozenset], tokenizer,
    k: int = 5,
) -> list[Question]:
    """Each question with ``comment_status`` and ``comment_evidence``: how far
    the comments answer it, read as ``answer_questions`` reads the article
    (no headings). The title's questions are read against every comment;
    a commenter's question against the ``ANSWER_WINDOW`` comments before
    and after it, where its replies and the answers it follows stand (never
    against the comment that asks it). On a
    question-and-answer page or a forum thread the answers are the
    comments: the title is answered there or nowhere.

    ``comment_terms``: the content words and quantities of each comment
    claim, as ``align`` read them (``terms_out``). A comment claim ranks by
    the weight of the question's words it says over the square root of its
    own number of words, each word weighted by its rarity among the comment
    claims (smoothed inverse document frequency)."""
    if not questions:
        return []
    if not comments:
        return [replace(q, comment_status="unanswered") for q in questions]
    lex = load_lexicon()
    n = len(comment_terms)
    df = Counter(t for terms in comment_terms for t in terms)
    order = sorted(range(n), key=lambda row: (comments[row].comment_id or 0, row))
    ids = [comments[row].comment_id or 0 for row in order]
    out = []
    for question in questions:
        asker = question.comment_id
        if asker is None:
            rows = list(range(n))
        else:
            near = order[bisect_left(ids, asker - ANSWER_WINDOW) : bisect_right(ids, asker + ANSWER_WINDOW)]
            rows = sorted(row for row in near if comments[row].comment_id != asker)
        claims = [comments[row] for row in rows]
        claim_terms = [comment_terms[row] for row in rows]
        out.append(_answered_by(question, claims, claim_terms, df, n, lex, tokenizer, k))
    return out


ANSWER_WINDOW = 20   # comments on either side of a commenter's question that may answer it


def _answered_by(question: Question, claims, claim_terms, df: Counter, n: int, lex: Lexicon, tokenizer,
                 k: int) -> Question:
    """The question with the status and evidence that ``claims`` give it."""
    prof = profile(question, lex, tokenizer)
    terms = tuple(dict.fromkeys((*prof.keys, *prof.measures)))
    weights = {t: math.log((1 + n) / (1 + df.get(t, 0))) + 1 for t in terms}
    total = math.fsum(weights.values())

    def ranked(rows):
        # Like a cosine: the question's words a claim says, over the claim's length.
        scored = [
            (row, math.fsum(weights[t] for t in weights if t in claim_terms[row]) / math.sqrt(len(claim_terms[row]) or 1))
            for row in rows
        ]
        return sorted(scored, key=lambda x: (-x[1], x[0]))

    hits = [(row, score) for row, score in ranked(range(len(claims))) if score > 0][:k]
    text = question.norm or question.question
    demands = [kind for kind, pattern in lex.question_asks if pattern.search(text)]
    chosen, covered = _covering(terms, hits, claims, claim_terms, demands, ranked)
    cover = math.fsum(w for t, w in weights.items() if t in covered) / total if total else 0.0
    known = frozenset().union(*claim_terms) if claim_terms else frozenset()
    missing = [t for t in terms if t not in known]
    status, evidence = _status(cover, missing, demands, [claims[row] for row in chosen])
    return replace(question, comment_status=status, comment_evidence=evidence)


_ANSWER_KINDS = ("advice", "quantity")


def _gives(kind: str, claim: Claim) -> bool:
    """Whether a claim gives the kind of answer a question word asks for."""
    return claim.kind == "advice" if kind == "advice" else bool(claim.quantities)


def _best_giving(kind: str, article: Sequence[Claim], ranked, chosen: list[int], terms, article_terms,
                 heads: dict[str, Heading] | None = None) -> list[int]:
    """The best-ranked row that gives ``kind`` of answer and says a word of the
    question, or is advice under a heading that does (三、逾期了怎么办 over
    尽快还清欠款 answers 美团月付逾期了怎么办), when ``chosen`` holds none that
    gives it."""
    if any(_gives(kind, article[row]) for row in chosen):
        return []
    said = set(terms)

    def headed(row: int) -> bool:
        # Only advice: a step (尽快还清欠款) seldom repeats the subject; a figure
        # under such a heading may be of something else (违约金是5% under 逾期多久会上征信).
        head = heads.get(article[row].section_id) if heads and kind == "advice" else None
        return head is not None and bool(said & head.keys)

    return next(
        ([row] for row, score in ranked
         if row not in chosen and _gives(kind, article[row])
         and ((score > 0 and said & article_terms[row]) or headed(row))),
        [],
    )


def _subtrees(article: Sequence[Claim], heads: dict[str, Heading]) -> dict[str, list[int]]:
    """Section id → rows of the article claims in it or in a section below it."""
    out: dict[str, list[int]] = {sid: [] for sid in heads}
    for row, claim in enumerate(article):
        at, seen = claim.section_id, set()
        while at in out and at not in seen:
            seen.add(at)
            out[at].append(row)
            at = heads[at].parent_id
    return out


def _best_heading(terms, heads: dict[str, Heading], share) -> Heading | None:
    """The heading that says most of a question (its own title first, then
    the widest section, then the first), if its words say ``HEADING_COVER``
    of it and its own title says something of it beyond the headings above."""
    best, best_rank = None, None
    for order, head in enumerate(heads.values()):
        cover = share(head.keys)
        if cover < HEADING_COVER or not head.own & set(terms):
            continue
        rank = (-round(cover, 9), -round(share(head.own), 9), head.section_id.count("."), order)
        if best_rank is None or rank < best_rank:
            best, best_rank = head, rank
    return best


def _scores(index: Index, prof: Profile, rows: Sequence[int]) -> list[tuple[int, float]]:
    """(row, cosine score) of some article rows for one profile, best first, ties by row."""
    if not rows or index.empty:
        return [(row, 0.0) for row in rows]
    return sorted(zip(rows, index.scores(prof.features, rows)), key=lambda x: (-x[1], x[0]))


def question_gaps(
    questions: Sequence[Question], claims: Sequence[Claim], tokenizer, sections=(),
) -> dict[str, tuple[str, ...]]:
    """Question id → its words that neither an article claim nor a heading uses (why it is not answered)."""
    prepared = prepare(claims, tokenizer, sections)
    lex, index, heads, names = prepared.lex, prepared.index, prepared.heads, prepared.names
    article_profiles = prepared.profiles
    known = {t for p in article_profiles for t in (*p.keys, *p.measures)} | {t for h in heads.values() for t in h.keys}
    gaps = {}
    for question in questions:
        prof = _short_names(profile(question, lex, tokenizer), names, index)
        terms = tuple(dict.fromkeys((*prof.keys, *prof.measures)))
        gaps[question.question_id] = tuple(prof.words.get(t, t) for t in terms if t not in known)
    return gaps


def find_findings(claims: Sequence[Claim], tokenizer, article: Article | None = None) -> list[Finding]:
    """Duplicates (one claim made again in another section) and tensions (two
    article claims that cannot both hold as written). Headings play no part:
    a shared ``article`` may carry them."""
    prepared = article or prepare(claims, tokenizer)
    lex, index, article, profiles = prepared.lex, prepared.index, prepared.claims, prepared.profiles
    article_weighted = prepared.weighted_profiles()
    found: dict[tuple[int, int], Finding] = {}
    for i, hits in enumerate(index.top(profiles, FINDING_NEIGHBOURS + 1)):
        for j, score in hits:
            if j <= i or (i, j) in found:
                continue
            sides = (article_weighted[i], article_weighted[j])
            finding = _pair_finding(article[i], article[j], profiles[i], profiles[j], score, index, lex, sides)
            if finding:
                found[(i, j)] = finding
    for i, j, why in _severity_tensions(article, profiles, index, lex):
        if (i, j) not in found:
            found[(i, j)] = _finding("tension", article[i], article[j], why)
    return [found[key] for key in sorted(found)]


def _finding(kind: str, a: Claim, b: Claim, reason: str) -> Finding:
    return Finding(a.doc_id, kind, a.claim_id, b.claim_id, a.text, b.text, reason)


def _pair_finding(x: Claim, y: Claim, px: Profile, py: Profile, score: float, index: Index, lex: Lexicon,
                  sides: tuple[_Weighted, _Weighted] | None = None):
    sides = sides or (weighted(px, index.weight), weighted(py, index.weight))
    overlap = _overlap(px, py, *sides)
    both_ways = max(
        min(overlap.cover_comment, overlap.cover_evidence), min(overlap.clause_comment, overlap.clause_evidence)
    )
    if both_ways < min(SAME_COVER, DUPLICATE_COVER):
        # Below the cover that either kind of finding needs, whatever the
        # relation: most neighbours share a word or two, and no reason is read.
        return None
    relation, reason = relate(x, y, px, py, index, lex, names=(x.claim_id, y.claim_id), sides=sides,
                              overlap=overlap)
    # Two sentences of one article: the same proposition must hold both ways,
    # and under one condition (如果缩短年限… and 如果减少月供… are alternatives).
    alternatives = bool(x.condition and y.condition and x.condition != y.condition) or _other_cases(px, py, lex)
    # One sentence cut in two, or a worked example (举个例子，…), is no tension with itself.
    illustrative = x.sentence_id == y.sentence_id or any(
        word in (claim.norm or claim.text) for claim in (x, y) for word in lex.examples)
    if relation == "contradict" and both_ways >= SAME_COVER and not alternatives and not illustrative:
        return _finding("tension", x, y, reason)
    if relation in ("agree", "partial") and x.section_id != y.section_id and "polarity unclear" not in reason:
        if score >= DUPLICATE_SCORE and both_ways >= DUPLICATE_COVER and "≠" not in reason:
            return _finding("duplicate", x, y, f"score {score:.2f}; " + reason)
    return None


def _other_cases(p: Profile, q: Profile, lex: Lexicon) -> bool:
    """Whether the two claims count different cases (分3期 and 分12期): a
    figure of a counting unit (期, 次, 笔: units.txt, kind count) on each
    side, none shared, and another figure on each, so those other figures
    (its fee rate) are no clash."""
    mine = {(u, v) for u, v in p.quantities if u in lex.count_units}
    theirs = {(u, v) for u, v in q.quantities if u in lex.count_units}
    if not (mine and theirs) or mine & theirs or not {u for u, _ in mine} & {u for u, _ in theirs}:
        return False
    # The count sets the case only where the claims say something else of it
    # (its rate): 最长分36期 against 最长分12期 is a clash of the count itself.
    return any(u not in lex.count_units for u, _ in p.quantities) and any(
        u not in lex.count_units for u, _ in q.quantities)


def _long_duration(p: Profile) -> bool:
    return any(unit == "年" and float(value) >= 1 for unit, value in p.quantities if _is_number(value))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


_CLASHES = {"permanent": {"permanent"}, "lasting": {"lasting", "serious", "duration"}, "serious": {"serious"}}


def _severity_tensions(claims: Sequence[Claim], profiles: Sequence[Profile], index: Index, lex: Lexicon):
    """Pairs where one claim denies a lasting or serious effect and another,
    about the same thing, asserts one (``不会…长期影响`` vs ``保留五年`` or
    ``视为不良记录``)."""
    deny = [(i, p) for i, p in enumerate(profiles) if p.negated and p.severity]
    assert_ = [
        (j, p) for j, p in enumerate(profiles)
        if not p.negated and ("serious" in p.severity or _long_duration(p))
    ]
    if not deny or not assert_ or index.empty:
        return []
    common = {term for term, count in index.df.items() if count > max(2, TENSION_ANCHOR_DF * index.size)}
    cues = {word for word, _ in lex.severity}
    out = []
    for i, p in deny:
        for j, q in assert_:
            if i == j:
                continue
            stated = ({"serious"} & q.severity) | ({"duration"} if _long_duration(q) else set())
            clash = sorted(cls for cls in p.severity if _CLASHES.get(cls, set()) & stated)
            if not clash:
                continue
            # Clauses of one sentence speak of one thing (其, 这); others need a shared word.
            same_sentence = claims[i].sentence_id == claims[j].sentence_id
            anchor = _anchor(p, q, common, cues)
            if not anchor and not same_sentence:
                continue
            norm = claims[j].norm or claims[j].text
            said = [w for w, cls in lex.severity if cls in stated and w in norm]
            said += [f"{v}{u}" for u, v in q.quantities if u == "年"]
            why = f"{claims[i].claim_id} denies a {'/'.join(clash)} effect; {claims[j].claim_id} asserts {'/'.join(said)}"
            why += f"; both about {anchor}" if anchor else "; in one sentence"
            out.append((min(i, j), max(i, j), why))
    return sorted(set(out))


def _anchor(p: Profile, q: Profile, common: set[str], cues: set[str]) -> str:
    """A content word, or a two-character piece of one, that both claims use
    and most claims of the article do not."""
    q_keys = set(q.keys)
    for key in p.keys:
        if key in q_keys and key not in common and key not in cues:
            return p.words[key]
    q_grams = {g for key in q.keys for g in _bigrams(key)}
    for key in p.keys:
        for gram in _bigrams(key):
            if gram in q_grams and gram not in common and gram[1:] not in cues:
                return gram[1:]
    return ""


# ---------------------------------------------------------------- tables


def alignments_frame(alignments: Sequence[Alignment]) -> pd.DataFrame:
    return to_frame(alignments, ALIGNMENT_COLUMNS)


def findings_frame(findings: Sequence[Finding]) -> pd.DataFrame:
    return to_frame(findings, FINDING_COLUMNS)


# ---------------------------------------------------------------- views for the notebook


def best_evidence(claims: Sequence[Claim], alignments: Sequence[Alignment]) -> pd.DataFrame:
    """One row per comment claim: its text, its best evidence and the relation."""
    text = {c.claim_id: c.text for c in claims}
    rows = [
        {"comment_id": a.comment_id, "claim_id": a.comment_claim_id, "claim": text[a.comment_claim_id],
         "evidence_id": a.article_claim_id, "evidence": text.get(a.article_claim_id, ""),
         "relation": a.relation, "score": a.score, "reason": a.reason}
        for a in alignments if a.rank == 1
    ]
    return pd.DataFrame(rows, columns=["comment_id", "claim_id", "claim", "evidence_id", "evidence", "relation",
                                       "score", "reason"])


def by_comment(page, claims: Sequence[Claim], alignments: Sequence[Alignment]) -> dict[str, pd.DataFrame]:
    """The best-evidence rows of each comment, under a heading with the comment's own words."""
    table = best_evidence(claims, alignments)
    out = {}
    for comment in page.comments:
        rows = table[table.comment_id == comment.comment_id].drop(columns="comment_id")
        heading = f"Comment {comment.comment_id} ({comment.author}): {comment.text}"
        out[heading] = rows.reset_index(drop=True)
    return out


def relation_counts(alignments: Sequence[Alignment]) -> pd.DataFrame:
    """Comment claims by the relation to their best evidence, every relation listed."""
    best = [a.relation for a in alignments if a.rank == 1]
    return pd.DataFrame({"relation": list(RELATIONS), "comment_claims": [best.count(r) for r in RELATIONS]})


def comment_answers_view(questions: Sequence[Question], claims: Sequence[Claim]) -> pd.DataFrame:
    """Each question with what the article and what the comments make of it,
    and the comments' answering claims as written."""
    text = {c.claim_id: c.text for c in claims}
    rows = [
        {"question_id": q.question_id, "question": q.question, "by_article": q.status,
         "by_comments": q.comment_status, "comment_evidence": ";".join(q.comment_evidence),
         "comment_evidence_text": " / ".join(text[e] for e in q.comment_evidence)}
        for q in questions
    ]
    return pd.DataFrame(rows, columns=["question_id", "question", "by_article", "by_comments", "comment_evidence",
                                       "comment_evidence_text"])


def questions_view(questions: Sequence[Question], claims: Sequence[Claim], tokenizer, sections=()) -> pd.DataFrame:
    """Each question with its status, the evidence's words and the question's
    words that the article never uses (why it is not fully answered)."""
    text = {c.claim_id: c.text for c in claims}
    gaps = question_gaps(questions, claims, tokenizer, sections)
    rows = [
        {"question_id": q.question_id, "origin": q.origin, "question": q.question, "status": q.status,
         "evidence": ";".join(q.evidence), "evidence_text": " / ".join(text[e] for e in q.evidence),
         "never_discussed": "、".join(gaps[q.question_id])}
        for q in questions
    ]
    return pd.DataFrame(rows, columns=["question_id", "origin", "question", "status", "evidence", "evidence_text",
                                       "never_discussed"])
