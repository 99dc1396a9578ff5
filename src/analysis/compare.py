"""Comments against the article: evidence, relation, answered questions, findings.

For every comment claim, ``align`` retrieves the article claims most like it
(a sparse TF-IDF index over content words and character bigrams, built over
the article claims only) and says how the two relate:

- ``agree``      the same proposition, same polarity, compatible quantities and condition;
- ``partial``    the same proposition hedged differently, narrower or broader, or with a
                 detail the other lacks;
- ``contradict`` the same proposition with opposite polarity, another quantity or an
                 incompatible condition;
- ``new``        on the subject of consumer credit, but the evidence does not say it;
- ``unrelated``  off-topic.

A false ``contradict`` is the costliest mistake, so every doubt (hedges,
scope words, a proposition only partly shared) lowers it to ``partial``.

Words are compared through the curated files of ``data/reference/``:
synonyms and antonyms (``保留`` ↔ ``删除``), function words that carry no
proposition, consumer-credit words that decide "on the subject", scope
qualifiers and severity cues. Claims carry their tokens, so nothing is
tokenised twice; only a condition is located inside its claim's tokens.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from . import reference
from .claims import Claim, Question
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
QUALIFIERS_FILE = "scope_qualifiers.txt"
SEVERITY_FILE = "severity_cues.txt"
NEGATION_FILE = "negation.txt"
UNITS_FILE = "units.txt"

# Cosine similarity below which an article claim is no evidence at all.
MIN_SCORE = 0.1
# Share (idf-weighted) of the comment claim's content words found in the
# evidence, and of the evidence's content words found in the comment claim.
SAME_COVER = 0.6         # the comment's proposition is in the evidence
EVIDENCE_COVER = 0.35    # ... and it is not a small side remark of a long sentence
FULL_COVER = 0.8         # below this the comment adds a detail: partial, not agree
CONTAINED_COVER = 0.6    # one side holds most of the other: narrower or broader
# Questions: share of the question's content words that the evidence covers.
ANSWERED_COVER = 0.75
PARTIAL_COVER = 0.34
# Article against itself: near-repeats in different sections.
DUPLICATE_SCORE = 0.4
DUPLICATE_COVER = 0.5
TENSION_ANCHOR_DF = 0.3  # a shared word in more than this share of claims anchors nothing
FINDING_NEIGHBOURS = 5
CHUNK_ROWS = 2048        # comment claims scored per sparse product

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
    axis_roots: dict[str, str]            # axis key → the word that counts as its affirmative side
    phrase_pattern: re.Pattern | None     # entries of several characters, longest first
    domain: tuple[str, ...]
    qualifiers: tuple[str, ...]
    severity: tuple[tuple[str, str], ...]
    negators: frozenset[str]
    units: tuple[str, ...]


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


def load_lexicon() -> Lexicon:
    """Read the reference files (cheap: ``reference`` caches them by mtime)."""
    function_words = frozenset(reference.load_list(FUNCTION_WORDS_FILE))
    negators = frozenset(e[0] for e in reference.load_pairs(NEGATION_FILE) if len(e) < 2 or e[1] == "neg")
    synonym_pairs = [p for p in reference.load_pairs(SYNONYMS_FILE) if len(p) >= 2]
    antonym_pairs = [p[:2] for p in reference.load_pairs(ANTONYMS_FILE) if len(p) >= 2]

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
    axis_roots = {"⇄" + root: root for root in axis_of.values()}
    opposites: dict[str, set[str]] = {}
    for a, b in canon_pairs:
        opposites.setdefault(a, set()).add(b)
        opposites.setdefault(b, set()).add(a)
    # Negation-pair words stay unmerged: their negation word must be seen.
    phrases = frozenset(w for pair in synonym_pairs + lexical for w in pair if len(w) > 1)
    domain = tuple(sorted(set(reference.load_list(DOMAIN_FILE)) | {e[0] for e in reference.load_pairs(LEXICON_FILE)}))
    return Lexicon(
        function_words=function_words,
        canonical=canonical,
        axis=axis,
        opposites={k: frozenset(v) for k, v in opposites.items()},
        axis_roots=axis_roots,
        phrase_pattern=re.compile("|".join(map(re.escape, sorted(phrases, key=lambda w: (-len(w), w)))))
        if phrases else None,
        domain=domain,
        qualifiers=tuple(reference.load_list(QUALIFIERS_FILE)),
        severity=tuple((e[0], e[1]) for e in reference.load_pairs(SEVERITY_FILE) if len(e) >= 2),
        negators=negators,
        units=tuple(sorted({e[0] for e in reference.load_pairs(UNITS_FILE)}, key=len, reverse=True)),
    )


# ---------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Profile:
    """The matching view of one claim or question, computed once."""

    keys: tuple[str, ...]           # content concepts in order (synonyms folded, antonyms on one axis)
    words: dict                     # concept key → the word as this text says it
    sides: frozenset[str]           # canonical antonym words present
    qualifiers: frozenset[str]
    quantities: tuple[tuple[str, str], ...]   # (unit, value)
    condition_keys: frozenset[str]
    condition_negations: dict
    on_subject: bool
    severity: frozenset[str]        # severity classes stated
    negated: bool                   # polarity field says negate
    negations: dict                 # key → 1 when negated (or said by its antonym), 0 when not; mixed left out
    clauses: tuple                  # the keys of each clause (between punctuation marks)
    features: tuple[str, ...]       # what the TF-IDF index sees


def _units(tokens: Sequence[str], pattern: re.Pattern | None) -> list[str]:
    """The tokens, with every lexicon phrase as one unit: jieba may cut a
    phrase apart (正常 使用) or across its edge (还 完后), so phrases are
    found in the characters and the words around them are cut at their edges."""
    text = "".join(tokens)
    if pattern is None:
        return list(tokens)
    cuts = {0, len(text)}
    offset = 0
    for token in tokens:
        offset += len(token)
        cuts.add(offset)
    # A phrase inside one longer word (欠款 in 欠款人) is not that phrase.
    spans = [(m.start(), m.end()) for m in pattern.finditer(text) if any(m.start() < c < m.end() for c in cuts)]
    if not spans:
        return list(tokens)
    inside = set()
    for start, end in spans:
        cuts.update((start, end))
        inside.update(range(start + 1, end))
    bounds = sorted(cuts - inside)
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def _is_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def _is_quantity(token: str, units: tuple[str, ...]) -> bool:
    head = token.lstrip(_NUMERAL)
    if head == token:
        return False
    return head == "" or head in units or head in ("个", "多")


def _bigrams(text: str) -> list[str]:
    grams = []
    run = ""
    for char in text + " ":
        if char.isalnum():
            run += char
            continue
        grams += ["·" + run[i : i + 2] for i in range(len(run) - 1)]
        run = ""
    return grams


def _concepts(tokens: Sequence[str], lex: Lexicon):
    """Content concepts of some tokens: (keys in order, key → word as written,
    canonical antonym words present, key → polarities of its mentions).

    Polarity is read where Chinese puts what a clause asserts: at its last
    content word (无法借款, 不受直接影响, 不会被冻结). A negation word counts
    from where it stands to the end of its clause; two cancel (不会导致…不能
    使用 leaves 使用 affirmed); A-not-A questions (能不能, 会不会) negate
    nothing. Saying the second word of an antonym pair counts as a negation
    of the first (正常使用 = not 冻结)."""
    keys, words, sides = [], {}, set()
    parity: dict[str, set[int]] = {}
    clauses: list[frozenset[str]] = []
    clause: list[str] = []
    negations, previous, last = 0, "", None

    def close_clause():
        if last is not None:
            parity.setdefault(last[0], set()).add(last[1])
        if clause:
            clauses.append(frozenset(clause))

    for unit in _units(tokens, lex.phrase_pattern):
        if not _is_word(unit):
            if unit.strip():
                close_clause()
                negations, last, clause = 0, None, []
            continue
        if unit in lex.negators and not (unit[1:] and previous == unit[1:]):
            negations += 1
            previous = unit
            continue
        previous = unit
        if unit in lex.function_words or _is_quantity(unit, lex.units):
            continue
        word = lex.canonical.get(unit, unit)
        if word in lex.function_words:
            continue
        key = lex.axis.get(word, word)
        if word in lex.opposites:
            sides.add(word)
        if key not in words:
            keys.append(key)
            words[key] = unit
        clause.append(key)
        flip = 1 if key in lex.axis_roots and word != lex.axis_roots[key] else 0
        last = (key, (negations + flip) % 2)
    close_clause()
    return keys, words, sides, parity, tuple(dict.fromkeys(clauses))


def _parse_quantity(text: str) -> tuple[str, str] | None:
    match = re.match(r"^([\d.]+)\s*(.+)$", text.strip())
    return (match.group(2), match.group(1)) if match else None


def _condition_span(item, norm: str) -> tuple[int, int]:
    """Character span of the record's condition clause in ``norm`` ((0, 0) if none)."""
    condition = getattr(item, "condition", "")
    if not condition:
        return 0, 0
    from .text import analysis_view

    where = norm.find(analysis_view(condition))
    return (where, where + len(condition)) if where >= 0 else (0, 0)


def _split_at(tokens: Sequence[str], cuts: Sequence[int]) -> list[list[str]]:
    """Tokens in pieces cut at character offsets (a token straddling a cut is split)."""
    pieces: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    offset = 0
    for token in tokens:
        end = offset + len(token)
        start = offset
        for i, cut in enumerate(cuts):
            if start < cut < end:
                pieces[i].append(token[: cut - start])
                token, start = token[cut - start :], cut
        piece = sum(1 for cut in cuts if cut <= start)
        pieces[piece].append(token)
        offset = end
    return pieces


def profile(item, lex: Lexicon, tokenizer=None) -> Profile:
    """Profile of a Claim or Question (tokens from the record; the tokenizer
    is used only when a hand-made record comes without them)."""
    norm = item.norm or getattr(item, "text", "") or getattr(item, "question", "")
    tokens = tuple(item.tokens or (tokenizer.cut(norm) if tokenizer else norm))
    text = "".join(tokens)
    start, end = _condition_span(item, text)
    before, condition, after = _split_at(tokens, [start, end]) if end else (list(tokens), [], [])
    # The condition is a clause of its own: its negations (没有还清) do not
    # reach the main clause, and the main clause's polarity is read without it.
    keys, words, sides, _, clauses = _concepts([*before, *condition, ",", *after], lex)
    *_, parity, _ = _concepts([*before, ",", *after], lex)
    condition_keys, _, _, condition_parity, _ = _concepts(condition, lex)
    quantities = tuple(sorted(q for q in map(_parse_quantity, getattr(item, "quantities", ())) if q))
    features = tuple(keys) + tuple(_bigrams(norm))
    return Profile(
        keys=tuple(keys),
        words=words,
        sides=frozenset(sides),
        qualifiers=frozenset(q for q in lex.qualifiers if q in norm),
        quantities=quantities,
        condition_keys=frozenset(condition_keys),
        condition_negations={k: next(iter(v)) for k, v in condition_parity.items() if len(v) == 1},
        negations={k: next(iter(v)) for k, v in parity.items() if len(v) == 1},
        clauses=clauses,
        on_subject=any(term in norm for term in lex.domain),
        severity=frozenset(cls for word, cls in lex.severity if word in norm),
        negated=getattr(item, "polarity", "affirm") == "negate",
        features=features,
    )


# ---------------------------------------------------------------- index


def _analyzer(features):
    # Documents are feature tuples already: words were cut once, upstream.
    return list(features)


class Index:
    """TF-IDF over the article claims; ``top`` scores any profiles against it."""

    def __init__(self, profiles: Sequence[Profile]):
        self.size = len(profiles)
        self.vectorizer = TfidfVectorizer(
            tokenizer=_analyzer, token_pattern=None, lowercase=False, preprocessor=None, sublinear_tf=True,
            norm="l2", dtype=np.float64,
        )
        if profiles and any(p.features for p in profiles):
            self.matrix = self.vectorizer.fit_transform([p.features for p in profiles]).tocsr()
            self.idf = dict(zip(self.vectorizer.get_feature_names_out(), self.vectorizer.idf_))
            self.df = {
                term: int(count)
                for term, count in zip(self.vectorizer.get_feature_names_out(), np.diff(self.matrix.tocsc().indptr))
            }
        else:
            self.matrix = None
            self.idf, self.df = {}, {}
        # A word the article never uses weighs like the rarest word it does.
        self.unseen = float(np.log((1 + self.size) / 1) + 1)

    def weight(self, key: str) -> float:
        return self.idf.get(key, self.unseen)

    def vectors(self, profiles: Sequence[Profile]):
        return self.vectorizer.transform([p.features for p in profiles]).tocsr()

    def top(self, profiles: Sequence[Profile], k: int, min_score: float = MIN_SCORE):
        """For each profile, up to ``k`` (article row, score), best first; ties by row.

        Works through the queries in chunks so that memory grows with the
        chunk, never with queries × article claims."""
        results: list[list[tuple[int, float]]] = []
        if self.matrix is None or k <= 0:
            return [[] for _ in profiles]
        article_t = self.matrix.T.tocsc()
        for begin in range(0, len(profiles), CHUNK_ROWS):
            queries = self.vectors(profiles[begin : begin + CHUNK_ROWS])
            scores = (queries @ article_t).tocsr()
            results.extend(_top_rows(scores, k, min_score))
        return results


def _top_rows(scores: sparse.csr_matrix, k: int, min_score: float):
    rows = []
    for i in range(scores.shape[0]):
        lo, hi = scores.indptr[i], scores.indptr[i + 1]
        data, cols = scores.data[lo:hi], scores.indices[lo:hi]
        if len(data) > k:
            keep = np.argpartition(-data, k - 1)[:k]
            data, cols = data[keep], cols[keep]
        order = np.lexsort((cols, -np.round(data, 12)))
        rows.append([(int(cols[j]), float(data[j])) for j in order if data[j] >= min_score])
    return rows


# ---------------------------------------------------------------- relations


@dataclass(frozen=True)
class _Overlap:
    shared: tuple[str, ...]
    cover_comment: float     # whole claims
    cover_evidence: float
    clause_comment: float    # the best-matching clause of each
    clause_evidence: float


def _cover(left, right, weight) -> tuple[float, float, tuple[str, ...]]:
    right_set = set(right)
    shared = tuple(k for k in left if k in right_set)
    got = sum(weight(k) for k in shared)
    total_l = sum(weight(k) for k in left)
    total_r = sum(weight(k) for k in right)
    return (got / total_l if total_l else 0.0), (got / total_r if total_r else 0.0), shared


def _overlap(c: Profile, a: Profile, weight) -> _Overlap:
    """How much content the two share, over whole claims and over their best
    pair of clauses: a proposition is usually one clause, and a claim may
    carry a frame (我问过客服, 根据…规定) that the other lacks."""
    cover_c, cover_a, shared = _cover(c.keys, a.keys, weight)
    best = (min(cover_c, cover_a), cover_c, cover_a)
    for left in c.clauses:
        for right in a.clauses:
            if len(left) < 2 or len(right) < 2:
                continue
            lc, la, _ = _cover(sorted(left), sorted(right), weight)
            best = max(best, (min(lc, la), lc, la))
    return _Overlap(shared, cover_c, cover_a, best[1], best[2])


def _antonym_flips(c: Profile, a: Profile, lex: Lexicon) -> list[tuple[str, str]]:
    flips = []
    for word in sorted(c.sides):
        for other in sorted(lex.opposites.get(word, ())):
            if other in a.sides and other not in c.sides and word not in a.sides:
                flips.append((word, other))
    # One flip per axis: several opposite words on one axis still say one thing.
    seen, out = set(), []
    for word, other in flips:
        if lex.axis[word] not in seen:
            seen.add(lex.axis[word])
            out.append((word, other))
    return out


def _quantity_check(c: Profile, a: Profile) -> tuple[list[str], list[str]]:
    """(conflicts, matches) between quantities of the same unit."""
    by_unit_c: dict[str, set[str]] = {}
    by_unit_a: dict[str, set[str]] = {}
    for unit, value in c.quantities:
        by_unit_c.setdefault(unit, set()).add(value)
    for unit, value in a.quantities:
        by_unit_a.setdefault(unit, set()).add(value)
    conflicts, matches = [], []
    for unit in sorted(set(by_unit_c) & set(by_unit_a)):
        left, right = by_unit_c[unit], by_unit_a[unit]
        show_l = "/".join(v + unit for v in sorted(left))
        show_r = "/".join(v + unit for v in sorted(right))
        if left & right:
            matches.append(f"{show_l} = {show_r}")
        else:
            conflicts.append(f"{show_l} ≠ {show_r}")
    return conflicts, matches


def _negation_check(left: dict, right: dict, keys) -> tuple[list[str], list[str]]:
    """Shared keys said with the same and with the opposite polarity."""
    same, differ = [], []
    for key in keys:
        if key in left and key in right:
            (same if left[key] == right[key] else differ).append(key)
    return same, differ


def _condition_check(c: Profile, a: Profile, cc: str, ac: str, names: tuple[str, str]) -> tuple[str, str]:
    """('', '') when compatible, ('incompatible' | 'differs', why) otherwise."""
    if not cc and not ac:
        return "", ""
    if bool(cc) != bool(ac):
        side = names[0] if cc else names[1]
        return "differs", f"condition only in the {side} ({cc or ac})"
    shared = sorted(c.condition_keys & a.condition_keys)
    smaller = min(len(c.condition_keys), len(a.condition_keys)) or 1
    if len(shared) / smaller >= 0.5:
        _, differ = _negation_check(c.condition_negations, a.condition_negations, shared)
        if differ:
            return "incompatible", f"condition {cc} vs {ac}"
        return "", ""
    return "differs", f"condition {cc} vs {ac}"


def relate(
    comment: Claim, evidence: Claim, c: Profile, a: Profile, index: Index, lex: Lexicon,
    names: tuple[str, str] = ("comment", "article"),
) -> tuple[str, str]:
    """Relation of a comment claim to one article claim, and a one-line reason
    (``names`` say how the reason calls the two sides)."""
    overlap = _overlap(c, a, index.weight)
    shared = "/".join(c.words[k] for k in overlap.shared) or "no content word"
    cover = f"covers {overlap.cover_comment:.2f}/{overlap.cover_evidence:.2f}"
    if (overlap.clause_comment, overlap.clause_evidence) != (overlap.cover_comment, overlap.cover_evidence):
        cover += f", clauses {overlap.clause_comment:.2f}/{overlap.clause_evidence:.2f}"
    same = (overlap.cover_comment >= SAME_COVER and overlap.cover_evidence >= EVIDENCE_COVER) or (
        overlap.clause_comment >= SAME_COVER and overlap.clause_evidence >= EVIDENCE_COVER
    )
    contained = max(overlap.cover_comment, overlap.cover_evidence) >= CONTAINED_COVER
    if not same and not contained:
        relation = "new" if c.on_subject else "unrelated"
        what = "on the subject" if c.on_subject else "off the subject"
        return relation, f"different proposition, {what}; shares {shared} ({cover})"

    # Polarity twice over: the claims' own polarity fields (with antonym
    # flips), and the polarity of each shared word inside its clause. Only
    # when both readings agree is the polarity settled; otherwise it is unclear.
    flips = _antonym_flips(c, a, lex)
    claim_opposite = (c.negated != a.negated) ^ (len(flips) % 2 == 1)
    _, differ = _negation_check(c.negations, a.negations, overlap.shared)
    opposite = claim_opposite and bool(differ)
    unclear = claim_opposite != bool(differ)
    polarity = f"polarity {comment.polarity}/{evidence.polarity}"
    if flips:
        polarity += ", " + ", ".join(f"antonym {x}↔{y}" for x, y in flips)
    if differ:
        polarity += ", opposite on " + "/".join(c.words[k] for k in differ)
    conflicts, matches = _quantity_check(c, a)
    condition, condition_why = _condition_check(c, a, comment.condition, evidence.condition, names)
    hedged = comment.modality != evidence.modality
    scope = sorted(c.qualifiers ^ a.qualifiers)
    doubts = []
    if unclear:
        doubts.append("polarity unclear")
    if hedged:
        doubts.append(f"modality {comment.modality}/{evidence.modality}")
    if scope:
        doubts.append("scope " + "/".join(scope))

    parts = [("same proposition" if same else "overlapping proposition") + f" ({shared}; {cover})", polarity]
    parts += [f"quantity {q}" for q in conflicts + matches]
    if condition_why:
        parts.append(condition_why)
    parts += doubts
    reason = "; ".join(parts)

    if not same:
        # One side holds most of the other but not both ways: narrower or broader.
        return "partial", reason
    certain = "possible" not in (comment.modality, evidence.modality)
    if opposite:
        return ("contradict" if certain and not doubts else "partial"), reason
    if conflicts:
        return ("contradict" if certain and not scope and not unclear else "partial"), reason
    if condition == "incompatible":
        return ("contradict" if certain and not doubts else "partial"), reason
    one_sided_quantity = {u for u, _ in c.quantities} ^ {u for u, _ in a.quantities}
    if doubts or condition or one_sided_quantity or overlap.cover_comment < FULL_COVER:
        if overlap.cover_comment < FULL_COVER and not doubts:
            reason += f"; {names[0]} adds detail"
        return "partial", reason
    return "agree", reason


# ---------------------------------------------------------------- stages


def _split(claims: Sequence[Claim]):
    article = [c for c in claims if c.origin == "article"]
    comments = [c for c in claims if c.origin == "comment"]
    return article, comments


def align(claims: Sequence[Claim], tokenizer, k: int = 3) -> list[Alignment]:
    """Up to ``k`` rows per comment claim (best evidence first); a comment
    claim without evidence gets one row with no article claim."""
    lex = load_lexicon()
    article, comments = _split(claims)
    article_profiles = [profile(c, lex, tokenizer) for c in article]
    comment_profiles = [profile(c, lex, tokenizer) for c in comments]
    index = Index(article_profiles)
    rows = []
    for claim, prof, hits in zip(comments, comment_profiles, index.top(comment_profiles, k)):
        if not hits:
            relation = "new" if prof.on_subject else "unrelated"
            why = "consumer-credit words" if prof.on_subject else "no consumer-credit word"
            rows.append(Alignment(claim.doc_id, claim.comment_id, claim.claim_id, "", 1, 0.0, relation,
                                  f"no article claim above {MIN_SCORE}; {why}"))
            continue
        for rank, (row, score) in enumerate(hits, start=1):
            evidence = article[row]
            relation, reason = relate(claim, evidence, prof, article_profiles[row], index, lex)
            rows.append(Alignment(claim.doc_id, claim.comment_id, claim.claim_id, evidence.claim_id, rank,
                                  round(score, 4), relation, reason))
    return rows


def answer_questions(questions: Sequence[Question], claims: Sequence[Claim], tokenizer, k: int = 5) -> list[Question]:
    """Each question with ``status`` (answered | partial | unanswered) and the
    article claims that answer it as ``evidence``."""
    lex = load_lexicon()
    article, _ = _split(claims)
    article_profiles = [profile(c, lex, tokenizer) for c in article]
    index = Index(article_profiles)
    article_keys = {key for p in article_profiles for key in p.keys}
    question_profiles = [profile(q, lex, tokenizer) for q in questions]
    out = []
    for question, prof, hits in zip(questions, question_profiles, index.top(question_profiles, k)):
        total = sum(index.weight(key) for key in prof.keys)
        covered: set[str] = set()
        evidence = []
        for row, _score in hits:
            gained = set(prof.keys) & set(article_profiles[row].keys)
            if gained - covered or not evidence and gained:
                evidence.append(article[row].claim_id)
            covered |= gained
        cover = sum(index.weight(key) for key in covered) / total if total else 0.0
        missing = [key for key in prof.keys if key not in article_keys]
        if cover >= ANSWERED_COVER and not missing:
            status = "answered"
        elif cover >= PARTIAL_COVER:
            status = "partial"
        else:
            status, evidence = "unanswered", []
        out.append(replace(question, status=status, evidence=tuple(evidence)))
    return out


def question_gaps(questions: Sequence[Question], claims: Sequence[Claim], tokenizer) -> dict[str, tuple[str, ...]]:
    """Question id → its content words that no article claim uses (why it is not answered)."""
    lex = load_lexicon()
    article, _ = _split(claims)
    article_keys = {key for c in article for key in profile(c, lex, tokenizer).keys}
    gaps = {}
    for question in questions:
        prof = profile(question, lex, tokenizer)
        gaps[question.question_id] = tuple(prof.words[key] for key in prof.keys if key not in article_keys)
    return gaps


def find_findings(claims: Sequence[Claim], tokenizer) -> list[Finding]:
    """Duplicates (one claim made again in another section) and tensions (two
    article claims that cannot both hold as written)."""
    lex = load_lexicon()
    article, _ = _split(claims)
    profiles = [profile(c, lex, tokenizer) for c in article]
    index = Index(profiles)
    found: dict[tuple[int, int], Finding] = {}
    for i, hits in enumerate(index.top(profiles, FINDING_NEIGHBOURS + 1)):
        for j, score in hits:
            if j <= i or (i, j) in found:
                continue
            finding = _pair_finding(article[i], article[j], profiles[i], profiles[j], score, index, lex)
            if finding:
                found[(i, j)] = finding
    for i, j, why in _severity_tensions(article, profiles, index, lex):
        if (i, j) not in found:
            found[(i, j)] = _finding("tension", article[i], article[j], why)
    return [found[key] for key in sorted(found)]


def _finding(kind: str, a: Claim, b: Claim, reason: str) -> Finding:
    return Finding(a.doc_id, kind, a.claim_id, b.claim_id, a.text, b.text, reason)


def _pair_finding(x: Claim, y: Claim, px: Profile, py: Profile, score: float, index: Index, lex: Lexicon):
    relation, reason = relate(x, y, px, py, index, lex, names=(x.claim_id, y.claim_id))
    overlap = _overlap(px, py, index.weight)
    both_ways = max(
        min(overlap.cover_comment, overlap.cover_evidence), min(overlap.clause_comment, overlap.clause_evidence)
    )
    # Two sentences of one article: the same proposition must hold both ways.
    if relation == "contradict" and both_ways >= SAME_COVER:
        return _finding("tension", x, y, reason)
    if relation in ("agree", "partial") and x.section_id != y.section_id and "polarity unclear" not in reason:
        if score >= DUPLICATE_SCORE and both_ways >= DUPLICATE_COVER and "≠" not in reason:
            return _finding("duplicate", x, y, f"score {score:.2f}; " + reason)
    return None


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
    deny = [(i, p) for i, p in enumerate(profiles) if p.negated and p.severity - {"serious"} | p.severity]
    assert_ = [
        (j, p) for j, p in enumerate(profiles)
        if not p.negated and ("serious" in p.severity or _long_duration(p))
    ]
    if not deny or not assert_ or index.matrix is None:
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
            said = sorted(stated - {"duration"}) + [f"{v}{u}" for u, v in q.quantities if u == "年"]
            why = f"denies a {'/'.join(clash)} effect vs asserts {'/'.join(said)}"
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
