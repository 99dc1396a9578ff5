"""Claim and question records of a page (extraction rules: see issue #3).

A claim is one assertion of the article or of a comment; a question is
something the title or a comment asks. Both keep the original text and its
position in ``Page.text``.

How a paragraph becomes claims:

1. ``text.split_sentences`` cuts it into sentences; an enumeration continued
   after a semicolon (…一是A;二是B;三是C。) stays one sentence.
2. Questions (a question mark, a final particle, or an A-not-A / wh form that
   is not embedded in a statement) are not claims; in comments and in the
   title they become ``Question`` records.
3. ``text.split_clauses`` cuts a sentence before contrastive and additive
   connectives (但, 而, 不过 …); a clause that is only a condition joins the
   clause it conditions; a comma between two full clauses, the second with
   its own subject and verb, parts them too (逾期不会导致微信被冻结,微信仍然
   可以使用).
4. Filler (以下是几种常见的还款形式:), reported worries and beliefs
   (很多使用者担心…), bare source frames (根据…的相关规定。), repeats of the
   title and heading-like lines are dropped; ``left_out`` lists them with
   the reason.
5. Each remaining clause gets its kind, polarity, modality, condition, a
   best-effort subject/predicate/object, quantities, citations and a
   check-worthiness score.

Every cue word comes from a file in ``data/reference/``; see each file's
header for what it does.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from itertools import accumulate

import pandas as pd

from . import paths, reference
from .negation import THEN, Roles, denies_nothing, denies_the_verb_before
from .negation import roles as negation_roles
from .page import Page, core
from .quantities import RANGE_MARKS, chinese_number, is_duration, quantity_spans
from .quantities import quantities as find_quantities
from .tables import to_frame
from .text import analysis_view, nfkc_char, split_clauses, split_sentences

CLAIM_COLUMNS = [
    "doc_id", "claim_id", "origin", "section_id", "comment_id", "sentence_id", "text",
    "char_start", "char_end", "kind", "polarity", "modality", "condition", "subject",
    "predicate", "object", "quantities", "citations", "checkworthiness", "topics",
]
QUESTION_COLUMNS = [
    "doc_id", "question_id", "origin", "comment_id", "question", "status", "evidence", "comment_status",
    "comment_evidence", "topics",
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
    # A comment's stance toward the article (说得对: agree; 不是这样的: disagree), from
    # a clause of its own that is no claim; "" when it states none or speaks to another comment;
    # qualify where an agreeing comment turns (…没错，不过…); confirm where 确实 comes early.
    stance: str = ""
    # A belief the page reports and judges: "false" when the page says it is
    # wrong (很多人以为X，其实这是错误的: the polarity is X's turned round),
    # "true" when right, "hedge" when it holds only sometimes (possible).
    verdict: str = ""


@dataclass(frozen=True)
class Question:
    doc_id: str
    question_id: str         # q1, q2 … in page order
    origin: str              # title | comment
    comment_id: int | None
    question: str
    status: str = ""         # answered | partial | unanswered (set by compare)
    evidence: tuple[str, ...] = ()   # article claim ids that answer it
    comment_status: str = ""         # the same, by the comments other than the asker's (set by compare)
    comment_evidence: tuple[str, ...] = ()   # comment claim ids that answer it
    topics: tuple[str, ...] = ()
    norm: str = ""
    tokens: tuple[str, ...] = ()


# ---------------------------------------------------------------- cue files


@dataclass(frozen=True)
class _Opener:
    word: str                       # "" for the unopened condition (^ in conditions.txt)
    kind: str                       # condition | concession
    closers: tuple[str, ...]        # "+word" belongs to the clause; "!word" must follow it

    @property
    def ends(self) -> tuple[tuple[str, bool], ...]:
        """``(closer, belongs to the clause)`` of each closer, "+" and "!" taken off."""
        return tuple((closer.lstrip("+!"), closer.startswith("+")) for closer in self.closers)

    @property
    def must_close(self) -> bool:
        """Whether the clause needs a closer to end it: a concession always
        does, and so does a condition whose every closer belongs to it or
        must follow it (只有…才: without 才, 只有 means "only")."""
        return self.kind != "condition" or all(c.startswith(("+", "!")) for c in self.closers)


@dataclass(frozen=True)
class _Cues:
    negations: tuple[str, ...]
    barriers: tuple[str, ...]
    hedges: dict[str, str]
    openers: tuple[_Opener, ...]
    time_ends: tuple[str, ...]
    thresholds: tuple[str, ...]     # 逾期, 超过: a first segment "逾期超过30天" is a condition
    advice: tuple[str, ...]
    advice_nouns: frozenset[str]     # 提醒: after a noun, part of one (短信提醒), no advice
    advice_duties: frozenset[str]    # 应当: after an institution, its duty (征信中心应当…), no advice
    advice_wants: frozenset[str]     # 不要: before a noun, not wanting it (不要手续费), no advice
    institutions: tuple[str, ...]    # how an institution's name ends (银行, 机构, 中心)
    asker_labels: tuple[str, ...]    # 问题描述：: a paragraph that is the asker's, not the page's claims
    opinion: tuple[str, ...]
    filler_lead: tuple[str, ...]
    filler_any: tuple[str, ...]
    filler_start: tuple[str, ...]
    frames: tuple[str, ...]
    purposes: tuple[str, ...]        # filler.txt, purpose: 为了… asserts nothing
    consequences: tuple[str, ...]    # conditions.txt, consequence: 会, 可能: what a condition leads to
    degrees: tuple[str, ...]         # light_verbs.txt, degree: 很, 非常 after a verb judge it
    frame_ends: tuple[str, ...]
    reported: dict[str, tuple[str, ...]]   # worry | belief | group | calm | source | says
    verdicts: dict[str, tuple[str, ...]]   # verdicts.txt: marker | pointer | false | true | label
    question: dict[str, tuple[str, ...]]
    laws: dict[str, str]            # any written form → short name
    law_suffixes: tuple[str, ...]
    light_verbs: frozenset[str]
    skip_verbs: frozenset[str]
    copulas: frozenset[str]
    statement_verbs: frozenset[str]  # 不会, 无法: open statements, never instructions
    outcome_words: frozenset[str]    # 会, 不: after an opening verb, the clause states an outcome
    negation_roles: Roles            # negation.txt: the words that make a negation deny nothing
    object_clause_verbs: frozenset[str]  # 确认, 说明: their object is a clause (确认账户是本人的)
    pronouns_bound: frozenset[str]   # 其: refers back, its clause cannot stand alone
    function_words: frozenset[str]   # connectives and condition closers (那么, 则)
    aux_verbs: frozenset[str]
    imperative_openers: dict[str, str]
    additive: frozenset[str]        # words that continue a condition after a comma
    weights: dict
    stance_words: dict[str, str]    # stance.txt: word → agree | disagree | article | other
    stance_tails: tuple[str, ...]   # evaluations that may close a claim with no comma (…200元没错)
    stance_leads: tuple[str, ...]   # evaluations that open a clause on what someone said (别信文章说的…)
    stance_adverbs: frozenset[str]  # adverbs early in a claim that confirm what was said (确实)
    contrasts: tuple[str, ...]   # connectives that turn against the clause before (但是, 不过)
    narrators: tuple[str, ...]      # 我, 他: a clause opening with one tells a case, no rule
    # Built once per reading of the files from the lists above, for the steps
    # that read every clause (see ``_derived``).
    subordinators: tuple[tuple[_Opener, tuple[tuple[str, bool], ...], bool], ...] = ()
    not_verbs: frozenset[str] = frozenset()          # auxiliaries, skipped verbs, negations
    not_nouns: frozenset[str] = frozenset()          # not_verbs, hedges, advice and function words
    not_clause_verbs: frozenset[str] = frozenset()   # auxiliaries, skipped verbs, function words
    not_manner_verbs: frozenset[str] = frozenset()   # auxiliaries, copulas, skipped verbs
    law_citation: re.Pattern | None = None            # a law named without book-title marks
    negation_starts: frozenset[str] = frozenset()     # first characters of the negations
    stance_clause: re.Pattern | None = None           # a clause that is only a stance (see ``_stance``)
    any_hedge: re.Pattern | None = None               # any hedge word, as written
    verdict_clause: re.Pattern | None = None          # a clause that is only a verdict (see ``_verdict``)
    belief_label: re.Pattern | None = None            # 误区一： before a belief the page corrects


def _derived(cues: _Cues) -> _Cues:
    """``cues`` with the sets and parsed openers that the clause readers
    would otherwise rebuild for every clause."""
    not_verbs = cues.aux_verbs | cues.skip_verbs | frozenset(cues.negations)
    subordinators = tuple(
        (_Opener("", opener.kind, opener.closers) if opener.word == "^" else opener)
        for opener in cues.openers
    )
    return replace(
        cues,
        subordinators=tuple((opener, opener.ends, opener.must_close) for opener in subordinators),
        not_verbs=not_verbs,
        not_nouns=not_verbs | frozenset(cues.hedges) | frozenset(cues.advice) | cues.function_words,
        not_clause_verbs=cues.aux_verbs | cues.skip_verbs | cues.function_words,
        not_manner_verbs=cues.aux_verbs | cues.copulas | cues.skip_verbs,
        law_citation=_law_name_citation(tuple(cues.laws)),
        negation_starts=frozenset(cue[0] for cue in cues.negations),
        stance_clause=_stance_clause(cues.stance_words, cues.stance_leads),
        any_hedge=re.compile("|".join(map(re.escape, cues.hedges))) if cues.hedges else None,
        verdict_clause=_verdict_clause(cues.verdicts),
        belief_label=_belief_label(cues.verdicts.get("label", ())),
    )


# Words between a stance's pointer and its evaluation (文章说的没错), and
# particles after it (说得对啊).
_SAYS = ("说的", "说得", "讲的", "讲得", "写的", "写得", "算的", "算得", "说")
_STANCE_PARTICLES = "啊呀吧呢哈哦了的啦嘛"
# Adverbs between what was said and its evaluation (楼主说的都对, 文章说得也没错),
# and the copula (那是老黄历了).
_STANCE_ADVERBS = ("都", "也", "全", "完全", "基本", "基本上", "倒是", "很", "太", "非常", "真", "挺", "确实", "是")


def _alternation(items) -> str:
    return "|".join(map(re.escape, sorted(items, key=len, reverse=True)))


def _verdict_clause(verdicts: dict[str, tuple[str, ...]]) -> re.Pattern | None:
    """One pattern for the core of a clause that is only a verdict on a
    reported belief: 其实这种说法是错误的, 这是不对的, 但事实并非如此."""
    if not any(verdicts.get(kind) for kind in _VERDICT_KINDS):
        return None
    markers = _alternation(verdicts.get("marker", ())) or "(?!)"
    pointers = _alternation(verdicts.get("pointer", ())) or "(?!)"
    kinds = "|".join(f"(?P<{kind}>{_alternation(verdicts.get(kind, ())) or '(?!)'})" for kind in _VERDICT_KINDS)
    return re.compile(
        rf"(?:{markers})*(?:{pointers})?(?:{markers}|是|也|就|都|完全|根本)*(?:一个|一种)?"
        rf"(?:{kinds})[{_STANCE_PARTICLES}]*"
    )


# What a verdict says of the belief before it: wrong, right, only sometimes,
# or how things are (其实会: yes; 其实不会: no) whatever the belief said.
_VERDICT_KINDS = ("false", "true", "hedge", "yes", "no")


def _belief_label(labels: tuple[str, ...]) -> re.Pattern | None:
    """误区一：, 常见误区3: a label before a belief the page corrects."""
    if not labels:
        return None
    return re.compile(rf"(?:{_alternation(labels)})[一二三四五六七八九十\d]*\s*:\s*")


_LEAD_REACH = 10   # characters of what was said after a leading evaluation (别信文章说的3天)


def _stance_clause(words: dict[str, str], lead_words: tuple[str, ...] = ()) -> re.Pattern | None:
    """One pattern for the core of a clause that is only a stance."""
    pointers = [w for w, role in words.items() if role in ("article", "other", "this")]
    here = [w for w, role in words.items() if role == "this"]
    evaluations = [w for w, role in words.items() if role in ("agree", "disagree")]
    if not evaluations:
        return None
    # 楼上律师说的对: a few words naming who, between the pointer and the saying.
    pointer = (rf"(?:(?P<pointer>{_alternation(pointers)})(?:\w{{1,4}}?(?=[说讲写]))?)?的?" if pointers
               else "(?P<pointer>)")
    # 文章这里说得不准确, 担保费这块说得对: a part of what was said, named or pointed
    # at, before a pointer of role ``this``; 这点文章说对了: the pointer after it.
    part = rf"(?:(?:\w{{1,6}}?)(?={_alternation(here)}))?(?:{_alternation(here)})?" if here else ""
    later = [w for w, role in words.items() if role == "article"]
    if later:
        part += rf"(?P<later>{_alternation(later)})?"
    said = (rf"{pointer}{part}(?:{_alternation(_SAYS)})?(?:{_alternation(_STANCE_ADVERBS)})?"
            rf"(?P<cue>{_alternation(evaluations)})[{_STANCE_PARTICLES}]*")
    leads = [w for w in evaluations if w in lead_words]
    if not (leads and pointers):
        return re.compile(said)
    # 别信文章说的3天: the evaluation first, then who said it and a few words of what.
    return re.compile(
        rf"{said}|(?P<lead>{_alternation(leads)})(?P<lead_pointer>{_alternation(pointers)})"
        rf"(?:{_alternation(_SAYS)})\w{{0,{_LEAD_REACH}}}"
    )


def _by_field(pairs, value: str) -> tuple[str, ...]:
    return tuple(entry[0] for entry in pairs if len(entry) > 1 and entry[1] == value)


@lru_cache(maxsize=1)
def _cached_cues(stamp: tuple) -> _Cues:
    negation = reference.load_pairs("negation.txt")
    filler = reference.load_pairs("filler.txt")
    questions = reference.load_pairs("question_cues.txt")
    verbs = reference.load_pairs("light_verbs.txt")
    laws: dict[str, str] = {}
    for entry in reference.load_pairs("laws.txt"):
        for form in entry:
            laws[form] = entry[0]
            laws["中华人民共和国" + form] = entry[0]
    connectives = reference.load_pairs("clause_connectives.txt")
    return _derived(_Cues(
        negations=_by_field(negation, "neg"),
        barriers=_by_field(negation, "barrier"),
        hedges={entry[0]: entry[1] for entry in reference.load_pairs("hedges.txt")},
        openers=tuple(
            _Opener(entry[0], entry[1], tuple(entry[2:]))
            for entry in reference.load_pairs("conditions.txt")
            if entry[1] in ("condition", "concession")
        ),
        time_ends=tuple(e[0] for e in reference.load_pairs("conditions.txt") if e[1] == "time_end"),
        thresholds=tuple(e[0] for e in reference.load_pairs("conditions.txt") if e[1] == "threshold"),
        advice=tuple(e[0] for e in reference.load_pairs("advice.txt")),
        advice_nouns=frozenset(e[0] for e in reference.load_pairs("advice.txt") if e[1:2] == ("noun",)),
        advice_duties=frozenset(e[0] for e in reference.load_pairs("advice.txt") if e[1:2] == ("duty",)),
        advice_wants=frozenset(e[0] for e in reference.load_pairs("advice.txt") if e[1:2] == ("want",)),
        institutions=tuple(e[0] for e in reference.load_pairs("institutions.txt")),
        asker_labels=tuple(e[0] for e in reference.load_pairs("asker_labels.txt")),
        opinion=reference.load_list("opinion.txt"),
        filler_lead=_by_field(filler, "lead"),
        filler_any=_by_field(filler, "any"),
        filler_start=_by_field(filler, "start"),
        frames=_by_field(filler, "frame"),
        purposes=_by_field(filler, "purpose"),
        consequences=tuple(e[0] for e in reference.load_pairs("conditions.txt") if e[1] == "consequence"),
        degrees=_by_field(verbs, "degree"),
        frame_ends=_by_field(filler, "frame_end"),
        reported={
            kind: _by_field(reference.load_pairs("reported_speech.txt"), kind)
            for kind in ("worry", "belief", "group", "calm", "source", "says")
        },
        verdicts={
            kind: _by_field(reference.load_pairs("verdicts.txt"), kind)
            for kind in ("marker", "pointer", "label", *_VERDICT_KINDS)
        },
        question={kind: _by_field(questions, kind) for kind in ("final", "anot", "wh", "embed", "tells", "indefinite", "tag")},
        laws=laws,
        law_suffixes=reference.load_list("law_suffixes.txt"),
        light_verbs=frozenset(_by_field(verbs, "light")),
        skip_verbs=frozenset(_by_field(verbs, "skip")),
        copulas=frozenset(_by_field(verbs, "copula")),
        statement_verbs=frozenset(_by_field(verbs, "statement")),
        outcome_words=frozenset(_by_field(verbs, "outcome")),
        negation_roles=negation_roles(negation),
        object_clause_verbs=frozenset(_by_field(verbs, "object_clause")),
        pronouns_bound=frozenset(_by_field(verbs, "bound")),
        function_words=frozenset(
            [e[0] for e in connectives]
            + [c.lstrip("!") for e in reference.load_pairs("conditions.txt") for c in e[2:] if c != "," and not c.startswith("+")]
        ),
        aux_verbs=frozenset(_by_field(verbs, "aux")),
        imperative_openers={e[0]: e[1] for e in reference.load_pairs("imperative_openers.txt")},
        additive=frozenset(e[0] for e in reference.load_pairs("conditions.txt") if e[1] == "and"),
        weights=reference.load_toml("checkworthiness.toml"),
        stance_words={e[0]: e[1] for e in reference.load_pairs("stance.txt") if len(e) > 1},
        stance_tails=tuple(e[0] for e in reference.load_pairs("stance.txt") if len(e) > 2 and e[2] == "tail"),
        stance_leads=tuple(e[0] for e in reference.load_pairs("stance.txt") if len(e) > 2 and e[2] == "lead"),
        stance_adverbs=frozenset(e[0] for e in reference.load_pairs("stance.txt") if len(e) > 2 and e[2] == "adverb"),
        contrasts=tuple(sorted((e[0] for e in connectives if e[1:2] == ("any",)), key=len, reverse=True)),
        narrators=reference.load_list("narrators.txt"),
    ))


_CUE_FILES = (
    "negation.txt", "filler.txt", "question_cues.txt", "light_verbs.txt", "laws.txt",
    "clause_connectives.txt", "hedges.txt", "conditions.txt", "advice.txt", "opinion.txt", "institutions.txt",
    "asker_labels.txt",
    "reported_speech.txt", "law_suffixes.txt", "checkworthiness.toml", "imperative_openers.txt", "stance.txt",
    "narrators.txt", "verdicts.txt",
)


_held = threading.local()


def _cues() -> _Cues:
    """The cue lists, reread when one of the files changes (checked once per
    page: inside ``_one_reading`` the lists read at its start are used)."""
    held = getattr(_held, "cues", None)
    if held is not None:
        return held
    stamp = tuple(map(reference.modified, _cue_paths(paths.REFERENCE_DIR)))
    return _cached_cues(stamp)


@lru_cache(maxsize=4)
def _cue_paths(folder) -> tuple[str, ...]:
    """The cue files of ``folder`` as plain strings: ``os.stat`` on a string
    costs a fraction of joining and stating ``Path`` objects on every page."""
    return tuple(str(folder / name) for name in _CUE_FILES)


@contextmanager
def _one_reading():
    """Hold one reading of the cue files while a page is read: their
    modification times are checked once, not for every clause."""
    if getattr(_held, "cues", None) is not None:
        yield
        return
    _held.cues = _cues()
    try:
        yield
    finally:
        _held.cues = None


# ---------------------------------------------------------------- words of a clause

_PUNCT = set(",;:、。!?….")
_MARKS = set("“”\"'《》()")   # quotation and title marks: not words, not stops
_PUNCT_OR_MARKS = frozenset(_PUNCT | _MARKS)
# Shapes of a word (see ``_Words.shapes``): blank, and without any mark.
_BLANK, _PLAIN = (True, False, False), (False, False, False)
_CN_ORDINAL = "一二三四五六七八九十"
_ENUMERATION = re.compile(rf"^(?:[{_CN_ORDINAL}]是|其[{_CN_ORDINAL}]|第[{_CN_ORDINAL}\d]+[,、])")


class _Words:
    """A piece of text with its tagged words and their boundaries, for finding
    cue words where they stand as words (应 in 客户应…, not in 相应)."""

    def __init__(self, text: str, tokenizer, view: str | None = None, words=None):
        """The text is viewed and tagged here, unless its ``view`` and
        ``words`` are given (taken from a longer text by ``_part`` or
        ``_claim_words``)."""
        self.text = text
        self.tokenizer = tokenizer
        self.tagged = True   # False when the tags missed characters and plain cuts stand in
        if words is None:
            view = analysis_view(text)
            tagged = tokenizer.tag(text, hmm=False)
            starts = list(accumulate([len(word) for word, _ in tagged], initial=0))
            if starts[-1] != len(text):
                tagged = [(word, "x") for word in tokenizer.cut(text)]
                starts = list(accumulate([len(word) for word, _ in tagged], initial=0))
                self.tagged = False
            words = [(word, pos, start) for (word, pos), start in zip(tagged, starts)]
            bounds = set(starts[:-1])
        else:
            bounds = {start for _, _, start in words}
        bounds.add(len(text))
        self.view = view
        self.words: list[tuple[str, str, int]] = words
        self.bounds = bounds
        self.head: tuple[int, _Words] | None = None   # kept by _claim_words
        self.parts: dict[tuple[int, int], _Words] = {}   # kept by _part
        # Answers of the readers below about this text, for one reading of
        # the cue files (``cues``): {reader: answer}.
        self.cues = None
        self.kept: dict = {}
        self._shapes = None
        self._tokens: tuple[str, ...] | None = None
        self._core: str | None = None

    def core(self) -> str:
        """``page.core`` of the text (letters and digits), worked out once."""
        if self._core is None:
            self._core = core(self.text)
        return self._core

    def tokens(self) -> tuple[str, ...]:
        """The words of the view as records keep them (``Tokenizer.cut``, HMM on)."""
        if self._tokens is None:
            self._tokens = tuple(self.tokenizer.cut(self.view))
        return self._tokens

    def shapes(self) -> list[tuple[bool, bool, bool]]:
        """For each word: (blank, only punctuation and quotation marks, opens
        with punctuation), read on its analysis view; worked out once.

        A word cut from ``self.view`` is its own analysis view as far as these
        marks go: they are left as they are by NFKC and by the conversion to
        simplified script, which never produces them from other characters
        (``test_claims_words`` checks the conversion tables). Only a word
        that is not part of the view is converted again."""
        if self._shapes is None:
            shapes = []
            view = self.view
            for word, _, start in self.words:
                if not word.strip():
                    shapes.append(_BLANK)
                    continue
                marks = word if view.startswith(word, start) else analysis_view(word)
                if _PUNCT_OR_MARKS.isdisjoint(marks):
                    shapes.append(_PLAIN)   # most words: no mark at all
                else:
                    shapes.append((False, _PUNCT_OR_MARKS.issuperset(marks), marks[0] in _PUNCT))
            self._shapes = shapes
        return self._shapes

    def find(self, cue: str, lo: int = 0, hi: int | None = None) -> list[int]:
        """Start offsets where ``cue`` begins and ends on word boundaries in [lo, hi)."""
        hi = len(self.view) if hi is None else hi
        found, at = [], self.view.find(cue, lo)
        while at != -1 and at + len(cue) <= hi:
            if at in self.bounds and at + len(cue) in self.bounds:
                found.append(at)
            at = self.view.find(cue, at + 1)
        return found

    def first(self, cues, lo: int = 0, hi: int | None = None) -> tuple[int, str] | None:
        """The earliest cue found (the longest one when several start there)."""
        best = None
        view = self.view
        for cue in cues:
            if cue not in view:  # most cues are absent: skip the call
                continue
            hits = self.find(cue, lo, hi)
            if hits and (best is None or (hits[0], -len(cue)) < (best[0], -len(best[1]))):
                best = (hits[0], cue)
        return best

    def has(self, cues, lo: int = 0, hi: int | None = None, mask=None) -> bool:
        view = self.view
        for cue in cues:
            if cue not in view:
                continue
            for at in self.find(cue, lo, hi):
                if mask is None or not mask[at]:
                    return True
        return False


# Marks that close a clause and that the tokenizer cuts as words of their
# own, apart from the run of words before them (jieba segments the runs
# between such characters one by one, and so does the faster engine).
_CLOSING_MARKS = frozenset(",;:、。!…")   # all in _CUT_MARKS


def _claim_words(raw: _Words, end: int) -> _Words:
    """The tagged words of ``raw.text[:end]``, a clause without its closing
    punctuation: the words of the clause with it, less the marks, when only
    such marks were dropped and the view is the same; else tagged afresh."""
    if end == len(raw.text):
        return raw
    if raw.head is not None and raw.head[0] == end:
        return raw.head[1]
    text = raw.text[:end]
    tail = [w for w in raw.words if w[2] >= end]
    if raw.tagged and end in raw.bounds and all(len(w[0]) == 1 and w[0] in _CLOSING_MARKS for w in tail):
        # The view is cut next to a closing mark (see ``_CUT_MARKS``).
        words = _Words(text, raw.tokenizer, raw.view[:end], [w for w in raw.words if w[2] < end])
    else:
        words = _words(text, raw.tokenizer)
    raw.head = (end, words)
    return words


_UNKNOWN = object()   # a reader's answer not worked out yet (None is an answer)


def _per_reading(read):
    """``read(words, cues)`` worked out once per text and reading of the cue
    files: several steps ask the same question of the same words, and a
    sentence met again (on the same page or the next) is not read again.
    The answers live on the ``_Words`` of the text, so they go with it."""

    @wraps(read)
    def kept(words: _Words, cues: _Cues):
        if words.cues is not cues:   # first question, or another reading of the files
            words.cues, words.kept = cues, {}
        answer = words.kept.get(read, _UNKNOWN)
        if answer is _UNKNOWN:
            answer = words.kept[read] = read(words, cues)
        return answer

    return kept


def _words(text: str, tokenizer) -> _Words:
    """The tagged words of ``text``, shared by the steps that read the same clause."""
    return _cached_words(text, tokenizer)


@lru_cache(maxsize=8192)
def _cached_words(text: str, tokenizer) -> _Words:
    return _Words(text, tokenizer)


# Characters that no entry of the traditional-to-simplified tables holds, as
# key or as value, and that every segmenter cuts as a word of its own, apart
# from the run of words on either side (test_claims_words and
# test_claims_parts check this, and that every entry keeps the length of
# what it replaces). A text cut next to one has, on each side, the view and
# the words it would have alone: NFKC works character by character, no
# entry of the conversion matches across such a character, and the
# segmenters cut each run of letters between marks on its own. ("." is
# left out: inside a number it joins a run of digits.)
_CUT_MARKS = frozenset(_PUNCT | _MARKS) - {"."}
# Characters that can stand in a word the tagger's fast path hands to
# jieba.posseg (a word with % or -, rarer CJK characters): a text that
# holds one may be tagged by another route than its parts, so it is not cut.
_OTHER_ROUTE = re.compile("[%\\-\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0010ffff]")


def _cuts_cleanly(view: str, at: int) -> bool:
    """Whether ``view`` can be cut at ``at`` without changing either side's
    view or words: at an end, or next to a character of ``_CUT_MARKS``."""
    return at <= 0 or at >= len(view) or view[at - 1] in _CUT_MARKS or view[at] in _CUT_MARKS


def _part(whole: _Words, start: int, end: int) -> _Words:
    """The tagged words of ``whole.text[start:end]``: cut out of ``whole``
    when both ends cut cleanly (``_cuts_cleanly``), else tagged afresh
    (``_words``); kept on ``whole``, which a repeated sentence shares."""
    if start == 0 and end == len(whole.text):
        return whole
    part = whole.parts.get((start, end))
    if part is None:
        text = whole.text[start:end]
        view = whole.view
        if whole.tagged and _cuts_cleanly(view, start) and _cuts_cleanly(view, end) and not _OTHER_ROUTE.search(view):
            words = [(word, pos, at - start) for word, pos, at in whole.words if start <= at < end]
            part = _Words(text, whole.tokenizer, view[start:end], words)
        else:
            part = _words(text, whole.tokenizer)
        whole.parts[(start, end)] = part
    return part


# ---------------------------------------------------------------- conditions


_CLAUSE_STOP = re.compile(r"[,;]|:(?!\d\d)|(?<!\d):")   # not the colon of a clock time (22:00)


@_per_reading
def _subordinate(words: _Words, cues: _Cues) -> tuple[int, int, str] | None:
    """(start, end, kind) of the first condition or concession clause."""
    view = words.view
    candidates = []
    for entry in cues.subordinators:
        word = entry[0].word
        if not word:
            candidates.append((0, 1, entry))
        elif word in view:  # most openers are absent: skip the search
            for at in words.find(word):
                candidates.append((at, -len(word), entry))
    # The unopened condition (^) is the last resort: 例如在某些情况下 opens with 在.
    ordered = sorted(candidates, key=lambda c: (not c[2][0].word, c[0], c[1]))
    for at, _, (opener, ends, must_close) in ordered:
        after = at + len(opener.word)
        end = _closing(words, ends, after)
        if not opener.word and end is not None and view[end - 1 : end + 1] == "的," and not _states_a_case(words, end, cues):
            end = None   # 逾期是会上征信的，… or 借呗的，…: an assertion or a topic, no case
        if not opener.word and end is None:
            end = _threshold(words, cues)
        if not opener.word and end is None:
            end = _case_before_then(words, cues)
        if not opener.word and (end is None or _CLAUSE_STOP.search(view, 0, end)):
            continue  # an unopened condition has to close within the first segment
        if end is None:
            # Only a condition runs to the end of the clause unclosed (如果A,且B
            # cut before 且); a concession without its 但 half is the assertion.
            if must_close:
                continue
            end = len(view.rstrip("。.!?;,:"))
        # 如果A,且B,… : an additive word after the comma continues the condition;
        # so does a segment that says no consequence yet (如果逾期超过90天,经两次
        # 催收仍不还款,可能构成…): no closer of the opener and no modal verb.
        while end < len(view) and view[end] == ",":
            stop = _CLAUSE_STOP.search(view, end + 1)
            if not stop:
                break
            if not any(view.startswith(w, end + 1) for w in cues.additive) and not (
                    opener.word and opener.kind == "condition"
                    and _says_no_consequence(words, end + 1, stop.start(), ends, cues)):
                break
            end = stop.start()
        if end - at > len(opener.word) and not _only_a_hedge(view[at:end], cues):
            return at, end, opener.kind
    return None


def _only_a_hedge(clause: str, cues: _Cues) -> bool:
    """Whether a condition clause says only how often its claim holds
    (通常情况下, 一般情况下, 正常情况下): a hedge of the claim, no case."""
    core_ = clause.strip(" ,;:")
    core_ = next((core_[len(c):] for c in cues.contrasts if core_.startswith(c)), core_)   # 不过多数情况下
    if core_ in cues.hedges:
        return True
    core_ = core_.removeprefix("在").removesuffix("的情况下").removesuffix("情况下")
    return bool(core_) and (core_ in cues.hedges or core_ == "正常")


# Words that open what a condition leads to: a modal or a verb of result.


def _says_no_consequence(words: _Words, start: int, end: int, ends, cues: _Cues) -> bool:
    """Whether the segment ``start``:``end`` after a condition says no
    consequence: no closer of its opener, no ``consequence`` word (conditions.txt), no
    advice (不要慌, 先联系客服), no opener of an instruction, and no subject
    with a verb of its own (月供降到约3590元)."""
    segment = words.view[start:end]
    if any(word and word.lstrip("+!") in segment for word, _ in ends):
        return False
    if words.has(cues.advice, start, end) or any(segment.startswith(w) for w in cues.imperative_openers):
        return False
    read = [(w, p) for w, p, at in words.words if start <= at < end and w.strip()]
    if read and read[0][1] in ("n", "nr", "nz", "nt", "r") and any(p == "v" for _, p in read[1:]):
        return False   # 月供降到约3590元: a subject and its verb, what the case leads to
    return not any(w.startswith(cues.consequences) for w, _ in read)


# How far into its segment a threshold word may stand (信用卡逾期…, 借款人拖欠…).
_THRESHOLD_REACH = 6
# What may follow the duration that closes a threshold (逾期90天以上的).
# (A time clause, 逾期一天后, stays a time clause: see time_end in conditions.txt.)
_THRESHOLD_TAIL = ("", "的", "以上", "以上的")


# 是…的, 会…的: the 的 closes an assertion's mood, not a condition.
_MOOD_VERBS = ("是", "会", "能", "可以", "要", "需要")


def _asserts(segment: str, cues: _Cues) -> bool:
    """Whether a segment ending in 的 asserts (会收违约金的, 我们这还要收的) rather than states a case
    (a connective before it, 但是, is no 是 of its own)."""
    for contrast in cues.contrasts:
        if segment.startswith(contrast):
            segment = segment[len(contrast) :]
            break
    return segment.startswith(cues.narrators) or any(verb in segment for verb in _MOOD_VERBS)


def _states_a_case(words: _Words, end: int, cues: _Cues) -> bool:
    """Whether the segment before ``end`` (ending in 的) states the case of a
    rule (借款人未按期还款的): it has a verb, it does not assert (``_asserts``),
    it is no bare topic (借呗的) and no past event told with a time first
    (去年双十一买的), and no narrator takes up the clause after it."""
    view = words.view
    read = [(w, p) for w, p, s in words.words if s < end and w.strip()]
    if not read or _asserts(view[:end], cues) or read[0][1] in ("t", "f"):
        return False
    after = view[end + 1 :].lstrip()
    if after.startswith(cues.narrators) or after.startswith(_POINTING_BACK):
        return False   # …的，这一点合同里写得很清楚: the clause after speaks of this one
    # A verb, or a negation, which only a predicate takes (不履行合同义务的: 履行合同 is tagged a noun).
    return any(p.startswith("v") for _, p in read) or words.has(cues.negations, 0, end)


_POINTING_BACK = ("这一点", "这点", "这是", "这个", "这在", "这些")


# 就, 才, 便 near the start of the clause after a first segment: what comes
# before is the case, what follows its consequence (没有按时还款，系统就会…).
# 则 is the closer of a condition's opener (conditions.txt), read there.
_THEN = THEN - {"则"}
_THEN_REACH = 5   # characters of the next clause before 就: room for its subject (系统, 平台)


def _case_before_then(words: _Words, cues: _Cues) -> int | None:
    """End of a first segment that states a case with no opening word, told
    by 就, 才 or 便 opening the consequence in the next clause (还款日当天
    22:00前没有还款，系统就会判定为逾期; 超过90天仍不还款，平台才可能起诉).
    Not a segment that tells what happened (逾期了三天，就被催收了), that a
    narrator opens or that asserts (``_asserts``: 逾期不会上征信，不是马上就上),
    or that ends as a time clause (后, 时: time_end)."""
    view = words.view
    stop = _CLAUSE_STOP.search(view)
    if stop is None or view[stop.start()] not in ",;":
        return None
    segment = view[: stop.start()].rstrip()
    if not segment or "了" in segment or _asserts(segment, cues) or segment.endswith(cues.time_ends):
        return None   # 逾期不会上征信，不是马上就上: a claim of its own, no case
    begin = stop.end()
    following = _CLAUSE_STOP.search(view, begin)
    limit = min(begin + _THEN_REACH + 1, following.start() if following else len(view))
    then = next((at for w, _, at in words.words if w in _THEN and begin <= at < limit), None)
    if then is None:
        return None
    # Only a subject may stand before 就 (系统就会…): a time there (两年以后就…)
    # makes the clause a statement of its own.
    if any(w.strip() and not p.startswith(("n", "r")) for w, p, at in words.words if begin <= at < then):
        return None
    if not any(p.startswith("v") for _, p, at in words.words if at < stop.start()):
        return None   # 每个月，就…: a time or a topic, no case
    return stop.start()


def _threshold(words: _Words, cues: _Cues) -> int | None:
    """End of a first segment that is a threshold (逾期超过30天, 拖欠满三个月的):
    a threshold word near its start, a duration at its end and no verb of
    its own; None if it is not one."""
    view = words.view
    if not cues.thresholds:
        return None
    stop = _CLAUSE_STOP.search(view)
    # 逾期超过30天就会上报: with no comma, 就 (or 才, 便) closes the threshold.
    then = next((at for w, _, at in words.words if w in _THEN and (stop is None or at < stop.start())), None)
    if stop is None and then is None:
        return None
    end = then if then is not None else stop.start()
    rest = view[end + 1 :] if then is None else view[end:]
    segment = view[:end]
    if not any(0 <= segment.find(word) <= _THRESHOLD_REACH for word in cues.thresholds):
        return None
    if "了" in segment or segment.startswith(cues.narrators) or rest.lstrip().startswith(cues.narrators):
        return None   # 我逾期了三天, 逾期三天，我已经还清了: what happened to someone, no condition
    if then is not None and rest.rstrip("。.!?;,").endswith("了"):
        return None   # 逾期3天就上征信了: a case told, no rule
    spans = quantity_spans(segment)
    if not spans or segment[spans[-1][1] :] not in _THRESHOLD_TAIL or not is_duration(spans[-1][2]):
        return None
    if any(p == "v" and w not in cues.thresholds for w, p, at in words.words if at < end):
        return None   # 逾期记录只保留两年，…: a verb of its own says what happens; no threshold
    return end


def _closing(words: _Words, ends, after: int) -> int | None:
    """Where the earliest closer after ``after`` ends the clause (before the
    closer, or after it when it belongs to the clause); None if none is found."""
    view = words.view
    best_at = end = None
    for word, inclusive in ends:
        if word == ",":
            stop = _CLAUSE_STOP.search(view, after)
            hit = stop.start() if stop else -1
        else:
            # A closer only has to start a word: 才 in 才能, 就 in 就会.
            hit = view.find(word, after)
            while hit != -1 and hit not in words.bounds:
                hit = view.find(word, hit + 1)
        if hit != -1 and (best_at is None or hit < best_at):
            best_at = hit
            # A closer that ends with a comma (的,) ends the clause before the comma.
            end = hit + (len(word.rstrip(",")) if inclusive else 0)
    return end


# ---------------------------------------------------------------- polarity


def negation_scopes(words: _Words, cues: _Cues, mask=None) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each negation: from the cue to the next comma or
    stop. Cues inside a masked region (a condition) are left out."""
    scopes = []
    covered = -1
    view = words.view
    if cues.negation_starts.isdisjoint(view):
        return scopes   # no character that opens a negation
    found = sorted((at, -len(cue), cue) for cue in cues.negations if cue in view for at in words.find(cue))
    tokens = index = None
    after = cues.negation_roles.after
    if after and any(cue in view for cue in after):
        tokens = [w[0] for w in words.words]
        # 用不了, 借不到: the negation follows the verb it denies.
        found = sorted(found + [
            (w[2], -len(w[0]), w[0]) for k, w in enumerate(words.words)
            if denies_the_verb_before(tokens, k, after)])
    for at, _, cue in found:
        if at < covered or (mask is not None and mask[at]):
            continue
        if index is None:
            tokens = tokens or [w[0] for w in words.words]
            index = {w[2]: k for k, w in enumerate(words.words)}
        if cue not in after and at in index and denies_nothing(tokens, index[at], cues.negation_roles):
            continue   # 逾期不还会坐牢, 没有逾期记录的用户…: the topic, not a denial
        end = next((k for k in range(at, len(words.view)) if words.view[k] in _PUNCT), len(words.view))
        scopes.append((at, end, cue))
        covered = at + len(cue)
    return scopes


def negations(text: str, tokenizer) -> list[tuple[str, str]]:
    """``(cue, scope)`` of each negation in ``text``, as written: 不受直接影响 →
    ``[("不受", "不受直接影响")]``."""
    words = _words(text, tokenizer)
    return [(text[a : a + len(cue)], text[a:b]) for a, b, cue in negation_scopes(words, _cues())]


def _polarity(words: _Words, cues: _Cues, mask) -> str:
    mask = list(mask)
    # 能不能, 是不是 ask; they do not deny (also inside 但是不是, cut 但是|不是).
    for cue in cues.question["anot"]:
        at = words.view.find(cue)
        while at != -1:
            for i in range(at, at + len(cue)):
                mask[i] = True
            at = words.view.find(cue, at + 1)
    scopes = negation_scopes(words, cues, mask)
    if not scopes:
        return "affirm"
    barriers = sorted(at for cue in cues.barriers if cue in words.view for at in words.find(cue) if not mask[at])
    for k, (at, end, cue) in enumerate(scopes):
        # A negation in the object of 导致/避免 … belongs to that object.
        segment_start = max((i for i in range(at) if words.view[i] in _PUNCT), default=-1)
        if any(segment_start < b < at for b in barriers):
            continue
        if _contrasts(words, segment_start, at, end, cue):
            continue   # 等额本金更划算，不是等额本息: the claim is the first clause
        nxt = scopes[k + 1] if k + 1 < len(scopes) else None
        if nxt and nxt[0] == at + len(cue):
            return "affirm"  # 不是不能: a double negation affirms
        return "negate"
    return "affirm"


_CONTRASTING = ("不是", "而不是", "并不是")
_NAMING_TAGS = ("n", "m", "q", "eng", "x", "nz", "nt", "vn", "j")


def _contrasts(words: _Words, segment_start: int, at: int, end: int, cue: str) -> bool:
    """Whether the negation opens a clause that only names what the clause
    before is not about (…更划算，不是等额本息; 是5%，不是10%): 不是 and nouns or
    figures after a comma, with no negation in the clause before."""
    if cue not in _CONTRASTING or segment_start < 1 or at != segment_start + 1:
        return False
    if any(words.view.startswith(c, i) for i in range(segment_start) for c in _CONTRASTING + ("不", "没")):
        return False
    named = [p for w, p, s in words.words if at + len(cue) <= s < end and w.strip()]
    return bool(named) and all(p.startswith(_NAMING_TAGS) for p in named)


def _modality(words: _Words, cues: _Cues, mask) -> str:
    found = {cues.hedges[cue] for cue in cues.hedges if cue in words.view and words.has([cue], mask=mask)}
    if "possible" in found:
        return "possible"
    if "likely" in found:
        return "likely"
    return "certain"


# ---------------------------------------------------------------- citations


_ARTICLE = (
    r"(?:\s*第(?P<n>[\d零〇一二两三四五六七八九十百千]+)条(?:之(?P<z>[一二三四五六七八九十]))?"
    r"(?:第(?P<k>[\d零〇一二两三四五六七八九十]+)款)?)?"
)
_BOOK_TITLE_CITATION = re.compile(r"《(?P<name>[^《》]{1,60})》" + _ARTICLE)


@lru_cache(maxsize=4)
def _law_name_citation(names: tuple[str, ...]) -> re.Pattern:
    """A law named without book-title marks, with its article: one pattern
    per version of laws.txt, not one per clause."""
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?P<name>{pattern})" + _ARTICLE)


def citations(text: str) -> tuple[str, ...]:
    """Laws and articles cited in ``text``, normalised: 《民法典》, 《征信业管理条例》第16条."""
    return _citations(analysis_view(text), _cues())


def _citations(view: str, cues: _Cues) -> tuple[str, ...]:
    """``citations`` of the text whose analysis view is ``view``."""
    found: list[tuple[int, str]] = []
    taken = [False] * len(view)
    for match in _BOOK_TITLE_CITATION.finditer(view):
        name = match.group("name").strip()
        short = cues.laws.get(name)
        if short is None and name.startswith("中华人民共和国"):
            short = name[len("中华人民共和国") :]
        if short is None and not name.endswith(cues.law_suffixes):
            continue
        found.append((match.start(), _cite(short or name, match, chinese_number)))
        for i in range(match.start(), match.end()):
            taken[i] = True
    for match in cues.law_citation.finditer(view):
        if any(taken[match.start() : match.end()]):
            continue
        found.append((match.start(), _cite(cues.laws[match.group("name")], match, chinese_number)))
        for i in range(match.start(), match.end()):
            taken[i] = True
    out: list[str] = []
    for _, cite in sorted(found):
        if cite not in out:
            out.append(cite)
    return tuple(out)


def _cite(name: str, match: re.Match, number) -> str:
    cite = f"《{name}》"
    if match.group("n"):
        value = number(match.group("n"))
        cite += f"第{value}条" if value is not None else ""
        if value is not None and match.group("z"):
            cite += f"之{match.group('z')}"   # 第一百七十五条之一 is an article of its own
        if match.group("k") and number(match.group("k")) is not None:
            cite += f"第{number(match.group('k'))}款"
    return cite


# ---------------------------------------------------------------- questions


@_per_reading
def _is_question(words: _Words, cues: _Cues) -> bool:
    view = words.view.rstrip(" 。.!…”’」』)")
    if view.endswith("?"):
        # 没有手续费，不是吗？: a tag asks the reader to agree; the sentence states.
        return _tag_question(words, cues) is None
    if words.view.rstrip().endswith(("。", "!")):
        return False
    tail = view.rstrip("了啊呀啦哦")
    if any(tail.endswith(p) and (len(tail) - len(p)) in words.bounds for p in cues.question["final"]):
        if tail[-1:] not in ("不", "没") or (len(tail) >= 3 and words.first(cues.question["final"], len(tail) - 1)):
            return True
    # 没什么影响, 不怎么严重: after a negation a question word is an indefinite;
    # so it is before 内 or 后 (几天内会恢复).
    indefinite = cues.question["indefinite"]
    told = min((at for cue in cues.question["tells"] if cue in words.view for at in words.find(cue)),
               default=len(words.view))
    wh = [
        at for cue in cues.question["wh"] if cue in words.view for at in words.find(cue)
        if at < told   # 可以告诉家人欠多少钱: what is told, no question
        and not any(words.view[:at].endswith(n) for n in cues.negations)
        and not any(
            words.view.startswith(w, at + len(cue)) and _ends_a_word(words, at + len(cue) + len(w)) for w in indefinite
        )
    ]
    asks = words.has(cues.question["anot"]) or bool(wh)
    return asks and not words.has(cues.question["embed"]) and not words.has(cues.reported["worry"])


def _tag_question(words: _Words, cues: _Cues) -> int | None:
    """Where the comma before a closing tag question stands (没有手续费，不是吗？),
    None when the sentence ends in none."""
    view = words.view.rstrip(" 。.!…”’」』)")
    comma = view.rfind(",")
    if not view.endswith("?") or comma <= 0:
        return None
    return comma if view[comma + 1 : -1].strip().rstrip("呢啊呀") in cues.question["tag"] else None


def _statement_then_question(words: _Words, cues: _Cues) -> int | None:
    """Where the last comma stands in a question whose segments before it
    state something (催收电话打到我同事那里了，这个合规吗？): the segment after it
    asks, those before it do not. None for any other sentence, and for one
    whose writer sets the scene of the question (我逾期三天了，会上征信吗？)."""
    view = words.view.rstrip(" 。.!…”’」』)")
    comma = view.rfind(",")
    if not view.endswith("?") or comma <= 0 or _content_length(view[:comma]) < _MIN_CLAUSE:
        return None
    if view.lstrip().startswith(cues.narrators):
        return None
    head, tail = _part(words, 0, comma), _part(words, comma + 1, len(words.text))
    if not _is_question(tail, cues) or _asks_anywhere(head, cues):
        return None
    return comma


def _asks_anywhere(words: _Words, cues: _Cues) -> bool:
    """Whether any word of ``words`` asks (吗, 呢, 会不会, 怎么…), as a question would."""
    return words.has(cues.question["anot"]) or words.has(cues.question["wh"]) or words.has(cues.question["final"])


def _ends_a_word(words: _Words, end: int) -> bool:
    return end >= len(words.view) or end in words.bounds


# ---------------------------------------------------------------- triple

_NOUNISH = ("n", "nz", "nt", "nr", "ns", "nrt", "vn", "r", "f", "t", "uj", "m", "q", "mq", "an", "j", "a", "b", "s")
_OBJECT_MARKERS = ("对", "给", "向")


def _frames(items, punct_after) -> set[int]:
    """Indices of words in leading frames: a comma segment that ends in a
    locative (逾期还清后,) or opens with a preposition (依据…规定,)."""
    framed: set[int] = set()
    segment: list[int] = []
    for i, (word, pos, _) in enumerate(items):
        segment.append(i)
        if i in punct_after:
            first, last = items[segment[0]], items[segment[-1]]
            if last[1] == "f" or first[1] == "p" or len(segment) == 1:
                framed.update(segment)
            else:
                break
            segment = []
    return framed


def _triple(words: _Words, cues: _Cues, mask) -> tuple[str, str, str]:
    """Best-effort (subject, predicate, object) of the main clause: the first
    full verb (auxiliaries, negations and words tagged as verbs that are not
    predicates skipped), the noun run before it, the words after it up to the
    next comma. A light verb takes the noun after it (受…影响 → 受影响), and
    an object marked by 对 before the verb is its object."""
    items, punct_after = [], set()
    for (word, pos, start), (blank, marks_only, opens_with_punct) in zip(words.words, words.shapes()):
        if blank or mask[start]:
            continue
        if marks_only:
            if items and opens_with_punct:
                punct_after.add(len(items) - 1)
            continue
        items.append((word, pos, start))
    if not items:
        return "", "", ""
    framed = _frames(items, punct_after) | _place_phrases(items, punct_after)
    if len(framed) == len(items):
        framed = set()
    skip = cues.not_verbs
    not_nouns = cues.not_nouns
    verb_index = None
    previous = None  # the last word before the one read that is not in a frame
    for i, item in enumerate(items):
        if i in framed:
            continue
        word, pos, _ = item
        if word not in skip:
            if pos.startswith("v") and pos != "vn":
                verb_index = i
                break
            # 会影响征信: a verbal noun after an auxiliary, adverb or negation is the verb.
            if pos == "vn" and previous and (previous[0] in skip or previous[1].startswith("d")):
                verb_index = i
                break
        previous = item
    if verb_index is None:
        return _noun_run(items, framed, 0, len(items), not_nouns), "", ""
    segment_start = max([i + 1 for i in punct_after if i < verb_index] + [0])
    while segment_start in framed:
        segment_start += 1
    subject = _noun_run(items, framed, segment_start, verb_index, not_nouns)
    predicate = items[verb_index][0]
    rest = []
    for i in range(verb_index + 1, len(items)):
        rest.append(items[i])
        if i in punct_after:
            break
    if predicate in cues.light_verbs:
        nominal = [k for k, (w, p, _) in enumerate(rest) if p in ("vn", "v", "n") and w not in skip]
        if nominal:
            predicate += rest[nominal[0]][0]
            rest = rest[: nominal[0]] if nominal[0] == len(rest) - 1 else rest[nominal[0] + 1 :]
            if all(p.startswith(("d", "a", "m", "u")) for _, p, _ in rest):
                rest = []
    obj = "".join(w for w, _, _ in rest[:8]).rstrip("的了")
    if not obj:
        marked = [k for k in range(segment_start, verb_index) if items[k][0] in _OBJECT_MARKERS]
        if marked:
            obj = _noun_run(items, framed, marked[0] + 1, verb_index, not_nouns)
    return subject, predicate, obj


_PLACE_PREPOSITIONS = ("在", "于", "当", "从", "自")


def _place_phrases(items, punct_after) -> set[int]:
    """Indices inside 在…后 / 在…上 / 自…起 phrases: their verbs (在客户还清欠款后)
    are not the verb of the claim."""
    inside: set[int] = set()
    for i, (word, pos, _) in enumerate(items):
        if pos != "p" or word not in _PLACE_PREPOSITIONS:
            continue
        for j in range(i + 1, len(items)):
            if items[j][1] == "f" or items[j][0].endswith("起"):
                inside.update(range(i, j + 1))
                break
            if j in punct_after or j - i > 10:
                break
    return inside


def _noun_run(items, framed, lo: int, hi: int, exclude=frozenset()) -> str:
    """The nouns from ``lo`` on, up to the first adverb, preposition or verb
    (an adverb between two nouns, as 正常 in 微信零钱的正常利用, is kept)."""
    out = []
    for k in range(lo, hi):
        word, pos, _ = items[k]
        if k in framed or (word in exclude and not out):
            continue
        if word in exclude:
            break
        next_word, next_pos = items[k + 1][:2] if k + 1 < hi else ("", "")
        nounish = pos in _NOUNISH or pos.startswith("n")
        if pos in ("a", "b") and not (next_pos.startswith("n") or next_pos == "uj"):
            nounish = False  # 重新 申请: an adjective before a verb is an adverb here
        if pos == "vn" and next_pos.startswith("v") and next_pos != "vn" and next_word not in exclude:
            nounish = False  # 再尝试申请: a verbal noun before a verb acts as a verb
        if not nounish and pos.startswith("d") and out and next_pos.startswith("n"):
            nounish = True
        if not nounish:
            if out:
                break
            continue
        out.append(word)
    return "".join(out).rstrip("的")


# ---------------------------------------------------------------- one clause


@dataclass(frozen=True)
class Reading:
    """What ``read_clause`` makes of one clause: the fields of a claim."""

    kind: str
    polarity: str
    modality: str
    condition: str
    subject: str
    predicate: str
    object: str
    quantities: tuple[str, ...]
    citations: tuple[str, ...]
    checkworthiness: float


def _is_imperative(words: _Words, cues: _Cues, mask) -> bool:
    """A clause that opens with a full verb and no subject tells the reader
    what to do (拨打官方客服电话,说明情况). A verb followed by 后/时 opens a
    time clause instead (还清后额度…), 是/有 open statements, and so does a
    negation or an auxiliary (就不会被起诉). A verb before a copula is part
    of the subject (剩余期数的手续费是不收的), and a word before a colon is a
    label (答:可以…)."""
    items = []   # the first two words read, leading connectives left out
    view = words.view
    colon = view.find(":", 0, _LABEL_REACH + 1)
    label_end = colon + 1 if colon > 0 and "," not in view[:colon] else 0   # 先说结论:… reads after the label
    for (w, p, s), (blank, _, opens_with_punct) in zip(words.words, words.shapes()):
        if blank or mask[s] or opens_with_punct or s < label_end:
            continue
        if not items and (w in cues.function_words or p == "c"):
            continue
        if not items and view.startswith(":", s + len(w)):
            continue   # 答:, 问:, 提示: a label
        items.append((w, p))
        if len(items) == 2:
            break
    if len(items) < 2:
        return False
    (word, pos), (next_word, next_pos) = items
    if next_word.startswith(cues.degrees):
        return False   # 审批很快, 到账非常快: the verb is what is judged, no instruction
    opener = cues.imperative_openers.get(word)
    if opener == "object":
        return True  # 把每笔借款列出来: a disposal with no subject
    stop = _CLAUSE_STOP.search(view)
    first_segment_end = stop.start() if stop else len(view)
    segment = view[:first_segment_end].rstrip()
    if segment.endswith(_TIME_ENDS) or segment.endswith("了"):
        return False  # 提前还清全部分期时,…: a time; 断供三个月银行就起诉了: what happened
    said = [(w, p) for w, p, s in words.words if s < first_segment_end and w.strip()]
    if said and said[-1][1] == "f" and stop is not None:
        # 提前还清后，…: the first segment is a time clause; an instruction may open after it.
        return _instructs_after(words, said[-1][0], cues, mask)
    after = cues.negation_roles.after
    if after and any(cue in view for cue in after):
        tokens = [w for w, _, _ in words.words]
        if any(denies_the_verb_before(tokens, k, after) for k in range(1, len(tokens))):
            return False   # 打95188根本转不到人工: what cannot be done, no instruction
    if opener == "manner":
        # 主动联系: 联系 is often tagged a noun, and opens an instruction all the same.
        verb = next_pos == "v" or cues.imperative_openers.get(next_word) == "verb"
        return verb and next_word not in cues.not_manner_verbs
    if opener == "verb":
        pos = "v"   # 联系客服: tagged a noun, opening an instruction all the same
    read = [(w, p) for w, p, s in words.words if s < first_segment_end and not mask[s] and w.strip()]
    if pos in ("v", "vn") and next_pos == "f":
        # 还款后联系客服…: a time clause, and an instruction may open after it.
        return _instructs_after(words, next_word, cues, mask)
    if any(p == "f" for w, p, s in words.words if s < first_segment_end):
        return False  # 还清全部欠款后,…: a time clause, not an instruction
    if cues.any_hedge is not None and cues.any_hedge.search(view, 0, first_segment_end):
        return False  # 拍卖价格往往只有七成: a hedged statement, not an instruction
    if pos != "v" or next_pos == "f" or word in cues.copulas:
        return False
    if word in cues.aux_verbs or word in cues.skip_verbs or word in cues.statement_verbs:
        return False
    if word in cues.object_clause_verbs:
        return True   # 确认还款账户是本人的银行卡: the 是 is inside the object
    if _relative_subject(read, cues):
        return False  # 未满18周岁的用户不能开通: the verb is inside the subject's relative clause
    if any(w in cues.outcome_words for w, _, s in words.words[1:] if s < first_segment_end and not mask[s]):
        return False  # 超过宽限期就会上报征信: the verb phrase is what leads to the outcome
    # 逾期费是每日0.1%, 剩余期数的手续费是…: the opening verb is the subject of a
    # copula, or part of a noun phrase before it.
    # 是 and 属于 link a subject to what is said of it wherever they stand
    # (冒充公检法人员进行催收属于违法行为, 开卡不激活是不收年费的).
    # Not 是 before a question word: 说明是什么原因 asks, inside an instruction.
    asks = cues.question["wh"]
    return not any(
        w in cues.copulas and (k == 0 or before[1].startswith("n") or w in _LINKING)
        and not (k + 2 < len(read) and read[k + 2][0].startswith(asks))
        for k, (before, (w, _)) in enumerate(zip(read, read[1:]))
    )


_HAS_WORD = re.compile(r"\w")


def _instructs_after(words: _Words, time_word: str, cues: _Cues, mask) -> bool:
    """Whether the first word after the time word ``time_word`` (还款后|联系客服)
    opens an instruction: a verb of ``imperative_openers.txt`` (联系, 拨打), or
    a word of manner or of need before a verb (及时查询, 要到银行办理)."""
    read = [(w, p) for w, p, s in words.words if _HAS_WORD.search(w) and not mask[s]]
    at = next((k for k, (w, _) in enumerate(read) if w == time_word), len(read))
    (first, _), (_, second_tag) = (read[at + 1 : at + 3] + [("", "")] * 2)[:2]
    opener = cues.imperative_openers.get(first)
    # 还清后要到银行办理…: a need with no subject tells the reader what to do, too.
    return opener == "verb" or (opener == "manner" or first in _NEEDS) and second_tag == "v"


_NEEDS = frozenset({"要", "需要", "需", "得", "必须", "记得"})


def _relative_subject(read: list[tuple[str, str]], cues: _Cues) -> bool:
    """Whether the words open with a relative clause and its noun, then a
    copula, an auxiliary or a negation (分3期的手续费率为2.5%, 未满18周岁的
    用户不能开通), or with nothing after the noun in the segment (超过的部分，…):
    the opening verb describes the subject. A 的 inside the object
    (打金融监管的热线投诉) is followed by no such word."""
    linking = cues.copulas | cues.aux_verbs | cues.outcome_words | cues.statement_verbs
    for k, (word, _) in enumerate(read):
        if word != "的" or not k:
            continue
        # The noun may run on a word or two (手续费 | 率) before the linking word.
        if k + 1 < len(read) and read[k + 1][1].startswith("n"):
            if any(w in linking for w, _ in read[k + 2 : k + 4]):
                return True
            if k == 1 and k + 2 == len(read):
                return True   # 超过的部分，法院不予支持: the segment is the topic, a noun
    return False


_LINKING = ("是", "属于")
# A first segment ending in 时 sets a time, as no instruction does; not all the
# time ends of conditions.txt: 还清贷款后，要到银行办理… instructs.
_TIME_ENDS = ("时", "的时候", "之时")
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百")
_LABEL_REACH = 6   # characters before a colon that make a label (答:, 先说结论:, 温馨提示:)


def _advises(words: _Words, cues: _Cues, mask, condition: str) -> bool:
    """Whether an advice cue stands outside the condition (or the condition
    itself advises) and outside a hedge: 不一定要 hedges, it advises nothing.
    Nowhere is a cue after a numeral (5千万用户: part of a number), a cue
    before 的是 (值得注意的是，…: a remark on what follows), or a cue of
    ``advice_nouns`` after a noun (电话提醒: part of that noun), or a cue of
    ``advice_duties`` right after an institution (银行应当…: its duty, a fact),
    or a cue of ``advice_wants`` right before a noun (不要手续费: charges none)."""
    skip = _not_advising(words, cues)
    if skip is not None:
        mask = [m or k for m, k in zip(mask, skip)]
    if cues.any_hedge is None or cues.any_hedge.search(words.view) is None:
        return words.has(cues.advice, mask=mask) or bool(condition and words.has(cues.advice, mask=skip))
    hedged = [False] * len(words.text)
    for hedge in cues.hedges:
        if hedge in words.view:
            for at in words.find(hedge):
                hedged[at : at + len(hedge)] = [True] * len(hedge)
    outside = [m or h for m, h in zip(mask, hedged)]
    if skip is not None:
        hedged = [h or k for h, k in zip(hedged, skip)]
    return words.has(cues.advice, mask=outside) or bool(condition and words.has(cues.advice, mask=hedged))


def _not_advising(words: _Words, cues: _Cues) -> list[bool] | None:
    """Where an advice cue of ``words`` advises nothing (see ``_advises``);
    None when nowhere."""
    view = words.view
    numbers = "千" in view or "万" in view
    remarks = "的是" in view
    nouns = any(cue in view for cue in cues.advice_nouns)
    duties = any(cue in view for cue in cues.advice_duties)
    wants = any(cue in view for cue in cues.advice_wants)
    if not (numbers or remarks or nouns or duties or wants):
        return None
    skip = [False] * len(words.text)
    ends = {at + len(word): pos for word, pos, at in words.words} if nouns else {}
    before = {at + len(word): (word, pos) for word, pos, at in words.words} if duties else {}
    starts = {at: pos for _, pos, at in words.words} if wants else {}
    for cue in cues.advice:
        if cue not in view:
            continue
        for at in words.find(cue):
            if numbers and cue[0] in "千万" and at and _is_number(view[at - 1]):
                skip[at] = True
            elif remarks and view.startswith("的是", at + len(cue)):
                skip[at] = True   # 值得注意的是: a remark on the clause after it
            elif cue in cues.advice_nouns and ends.get(at, "").startswith("n"):
                skip[at] = True   # 短信和电话提醒: a noun
            elif cue in cues.advice_duties and at in before and (
                    before[at][1] == "nt" or before[at][0].endswith(cues.institutions)):
                skip[at] = True   # 征信中心应当在20日内处理: the institution's duty, a fact
            elif cue in cues.advice_wants and starts.get(at + len(cue), "") in _NOUN_TAGS:
                skip[at] = True   # 提前还款不要手续费: charges none, no prohibition
    return skip


_NOUN_TAGS = ("n", "nz", "nt", "ng")   # a noun, not a verbal noun (不要逾期 still advises)


FILLER_START_CHARS = 12


@_per_reading
def _is_filler(words: _Words, cues: _Cues) -> bool:
    view = words.view.strip()
    if view.endswith(":") and words.has(cues.filler_lead):
        # …我行将自7月1日起调整手续费率，具体调整如下: a clause before the lead
        # says something; a sentence that is all lead, or a purpose and a lead
        # (为了避免逾期，客户可从以下几个方面入手), is filler.
        comma = view.rfind(",")
        if comma <= 0 or words.has(cues.filler_lead, 0, comma):
            return True
        said = [part for part in view[:comma].split(",") if not part.startswith(cues.purposes)]
        if _content_length(",".join(said)) < FILLER_START_CHARS:
            return True
    if words.has(cues.filler_any):
        return True
    bare = view.rstrip("。.!;,")
    if bare.rstrip(":").endswith("的是") and len(bare) <= FILLER_START_CHARS:
        return True   # 需要注意的是, alone: a lead-in to what follows, no claim
    # "下面分几点说明。": a short sentence that only announces what follows.
    if len(bare) <= FILLER_START_CHARS and bare.startswith(cues.filler_start):
        return True
    if any(bare.startswith(f) for f in cues.frames) and bare.endswith(cues.frame_ends) and "," not in bare:
        return True
    return False


_SEGMENTS = re.compile(r"([,;:])")


_MANNER = ("得", "的")   # after a verb of saying, they lead to how well it was said


def _quotes_the_article(words: _Words, cues: _Cues) -> bool:
    """Whether a reported clause reports the page itself (文章说…, 原文提到…)."""
    verb = _report_verb(words, cues)
    return verb is not None and words.has(cues.reported["source"], 0, verb + 1)


def _is_reported(words: _Words, cues: _Cues) -> bool:
    """A clause that reports what others fear, ask or believe: a worry verb,
    or a belief verb after a group word, in its first segment that is not a
    time frame or a verbless setting (网商贷逾期以后,很多人关心…;
    借呗逾期两天,很多人担心…)."""
    return _report_verb(words, cues) is not None


def _in_case(before: str, cues: _Cues) -> bool:
    """Whether a worry word after ``before`` (its segment up to it) stands in
    a case the sentence opens (如有疑问，请拨打…): the reader's, not a report."""
    before = before.rstrip("有").strip()
    return bool(before) and any(before.endswith(o.word) for o in cues.openers if o.word and o.kind == "condition")


@_per_reading
def _report_verb(words: _Words, cues: _Cues) -> int | None:
    """Where the verb that reports a worry or a belief ends (after 以为 in
    很多人以为逾期一天就上征信), None when the clause reports none."""
    start = 0
    for segment in _SEGMENTS.split(words.view)[::2]:
        end = start + len(segment)
        worry = words.first(cues.reported["worry"], start, end)
        if worry and not words.view[: worry[0]].endswith(cues.reported["calm"]) and not _in_case(
                words.view[start : worry[0]], cues):
            return worry[0] + len(worry[1])
        belief = words.first(cues.reported["belief"], start, end)
        if belief and words.view.startswith(_MANNER, belief[0] + len(belief[1])) and not (
                words.view.startswith("的", belief[0] + len(belief[1]))
                and _verdict_tail(words.view, belief[0] + len(belief[1]) + 1, end, cues) is not None):
            # 文章说得对, 说的没错: a verdict on what was said, no report; but
            # 文章说的3天宽限期是假的 reports what it judges.
            belief = None
        if belief and _stance(core(words.view[start:end]), cues) is not None:
            belief = None   # 这点文章说对了: the segment is only a stance
        if belief and (
            words.has(cues.reported["group"], start, belief[0]) or words.has(cues.reported["source"], start, belief[0])
            or belief[1] in cues.reported["source"]   # 文中说: one word to the cutter
        ):
            return belief[0] + len(belief[1])
        last = [w for w in words.words if start <= w[2] < end and w[0].strip()]
        # A time frame (逾期以后,) or a setting without a verb (借呗逾期两天,)
        # only sets the scene: the report may follow in the next segment; so
        # does an attribution (业内人士指出,).
        if not last or (
            last[-1][1] != "f" and last[-1][0] not in cues.reported["says"] and any(w[1] == "v" for w in last)
        ):
            return None
        start = end + 1
    return None


def _content_length(text: str) -> int:
    return sum(map(str.isalnum, text))


def read_clause(text: str, tokenizer) -> Reading:
    """Kind, polarity, modality, condition, triple, quantities, citations and
    check-worthiness of one clause."""
    return _reading(_words(text, tokenizer), _cues())


@_per_reading
def _reading(words: _Words, cues: _Cues) -> Reading:
    text = words.text
    mask = [False] * len(text)
    condition = ""
    sub = _subordinate(words, cues)
    if sub is None:
        sub = _after_attribution(words, cues)
    if sub and not (sub[0] == 0 and sub[1] >= len(words.view.rstrip("。.!?;,:"))):
        start, end, kind = sub
        mask[start:end] = [True] * (end - start)
        if kind == "condition":
            condition = text[start:end].strip(" ,,;;")
    polarity = _polarity(words, cues, mask)
    modality = _modality(words, cues, mask)
    quantities = find_quantities(words.view)
    cited = _citations(words.view, cues)
    if cited:
        kind = "fact"  # 依据《民法典》…应当…: what the law says, not advice of the page
    elif _advises(words, cues, mask, condition):
        kind = "advice"
    elif words.has(cues.opinion, mask=mask):
        kind = "opinion"
    elif _is_imperative(words, cues, mask):
        kind = "advice"
    else:
        kind = "fact"
    subject, predicate, obj = _triple(words, cues, mask)
    entity = any(pos in ("nz", "nt") for _, pos, _ in words.words)
    score = _checkworthiness(cues.weights, kind, modality, bool(quantities), bool(cited), entity,
                             bool(condition), polarity == "negate")
    return Reading(kind, polarity, modality, condition, subject, predicate, obj, quantities, cited, score)


def _checkworthiness(weights: dict, kind: str, modality: str, quantity: bool, citation: bool,
                     entity: bool, condition: bool, negation: bool) -> float:
    """Sum of the weights in ``checkworthiness.toml`` of the features present, capped at 1."""
    features = weights["features"]
    score = weights["kind"][kind] + weights["modality"][modality]
    score += features["quantity"] * quantity + features["citation"] * citation
    score += features["entity"] * entity + features["condition"] * condition
    score += features["negation"] * negation
    return round(min(1.0, max(0.0, score)), 4)


# ---------------------------------------------------------------- page walk


@dataclass(frozen=True)
class _Unit:
    """A sentence of a block, in page offsets."""

    start: int
    end: int


# A list item's number or bullet before its sentence (1. 尽快还款, 2、, （3）, ④,
# (一), 二、, •): no part of what the sentence says, and in front of it an
# instruction no longer opens the sentence.
_LIST_MARK = re.compile(
    r"(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*(?:[.．](?![\d.．])|[、)）])"
    r"|[一二三四五六七八九十]{1,3}、|[①-⑳]|[•·▪●◆■◇□○\-*]"
    # a keycap digit (1️⃣), an emoji or a dingbat used as a bullet (💡, ✅, 👉)
    r"|\d\ufe0f?\u20e3|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
    # a step's label (第二步：)
    r"|第[一二三四五六七八九十\d]{1,3}步\s*[:：]?)\s*"
)


def _sentences(page: Page, block) -> list[_Unit]:
    spans = []
    for a, b in split_sentences(block.text):
        start = block.start + a
        mark = _LIST_MARK.match(page.text, start, block.start + b)
        if mark and mark.end() < block.start + b:
            start = mark.end()
        spans.append((start, block.start + b))
    merged: list[list[int]] = []
    for start, end in spans:
        text = page.text[start:end]
        if merged and _ENUMERATION.match(analysis_view(text)) and analysis_view(
            page.text[merged[-1][0] : merged[-1][1]]
        ).rstrip().endswith((";", ",", ":")):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [_Unit(a, b) for a, b in merged]


@_per_reading
def _clauses(sentence: _Words, cues: _Cues) -> list[tuple[int, int]]:
    """Clause spans of a sentence (ends still carrying their punctuation), in
    offsets of the sentence."""
    spans = split_clauses(sentence.text, None, sentence.tokenizer)
    out: list[list[int]] = []
    pending = None  # a clause that is only a condition, waiting for its main clause
    for start, end in spans:
        if pending is not None:
            start, pending = pending, None
        part = _part(sentence, start, end)
        view = part.view
        if out and _ENUMERATION.match(view):
            out[-1][1] = end
            continue
        sub = _subordinate(part, cues)
        if sub and sub[2] == "condition" and sub[0] == 0 and _content_length(view[sub[1] :]) == 0:
            pending = start
            continue
        if out and _content_length(part.text) < 2:
            out[-1][1] = end
            continue
        out.append([start, end])
    if pending is not None:
        if out and out[-1][1] <= pending:
            out.append([pending, spans[-1][1]])
        elif out:
            out[-1][1] = spans[-1][1]
        else:
            out.append([pending, spans[-1][1]])
    spans = []
    for start, end in out:
        cuts = [0, *_run_on_cuts(_part(sentence, start, end), cues), end - start]
        spans.extend((start + a, start + b) for a, b in zip(cuts, cuts[1:]))
    return spans


_SUBJECT_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "r", "j")
_MIN_CLAUSE = 6  # content characters on each side of a run-on cut


@_per_reading
def _after_attribution(words: _Words, cues: _Cues) -> tuple[int, int, str] | None:
    """The condition of what an attribution says (《民法典》第676条规定，借款人
    未按期还款的，应当…): a first segment that ends with a verb of saying
    (``says`` in reported_speech.txt), and a condition opening the rest."""
    stop = _CLAUSE_STOP.search(words.view)
    if stop is None:
        return None
    head = [w for w, _, at in words.words if at < stop.start() and w.strip()]
    if not head or head[-1] not in cues.reported["says"]:
        return None
    begin = stop.end()
    while begin < len(words.view) and words.view[begin].isspace():
        begin += 1
    sub = _subordinate(_part(words, begin, len(words.text)), cues)
    return (sub[0] + begin, sub[1] + begin, sub[2]) if sub else None


def _run_on_cuts(words: _Words, cues: _Cues) -> list[int]:
    """Offsets just after commas that join two complete clauses (逾期不会导致
    微信被冻结,微信仍然可以使用): the part before is not a time frame, a
    condition or a concession, and the part after opens with its own subject
    and has a verb. Each side must have at least ``_MIN_CLAUSE`` characters."""
    view = words.view
    if "," not in view and ";" not in view:
        return []
    commas = [k for k, ch in enumerate(view) if ch in ",;"]
    sub = _subordinate(words, cues) or _after_attribution(words, cues)
    skip = cues.not_clause_verbs
    content = [w for w in words.words if w[0].strip()]   # words that are not blank
    starts = [w[2] for w in content]
    cuts, last = [], 0
    for n, comma in enumerate(commas):
        right_end = commas[n + 1] if n + 1 < len(commas) else len(view)
        left = content[bisect_left(starts, last) : bisect_left(starts, comma)]
        right = content[bisect_right(starts, comma) : bisect_left(starts, right_end)]
        if not left or not right or (sub and sub[0] <= comma <= sub[1]):
            continue
        if _content_length(view[last:comma]) < _MIN_CLAUSE or _content_length(view[comma:right_end]) < _MIN_CLAUSE:
            continue
        if _a_case(words, commas[n - 1] + 1 if n else last, comma, cues):
            continue   # …在宽限期内还清欠款的，系统不会…: the case belongs to the clause after it
        case_next = _a_case(words, comma + 1, right_end, cues)
        if left[-1][1] == "f" or left[-1][0] in cues.time_ends or left[0][1] == "p" or left[0][0] in cues.frames:
            continue
        if left[-1][0] in cues.reported["says"]:
            continue   # 分析人士认为，…: the attribution and what it attributes are one claim
        if not any(p.startswith("v") and p != "vn" and w not in skip and not _joins_a_range(left, k)
                   for k, (w, p, _) in enumerate(left)):
            continue  # 信用卡逾期一个月, 房贷逾期1到2个月,…: a topic or a time, not a clause of its own
        first_word, first_tag, _ = right[0]
        opens_with_subject = first_tag in _SUBJECT_TAGS and first_word not in skip and first_word not in cues.pronouns_bound
        has_verb = any(p.startswith("v") and p != "vn" and w not in cues.skip_verbs for w, p, _ in right[1:])
        if (opens_with_subject and has_verb) or case_next:
            # 花呗设有3天宽限期，在宽限期内还清欠款的，…: a case opens the next clause.
            cuts.append(comma + 1)
            last = comma + 1
    return cuts


def _joins_a_range(items, k: int) -> bool:
    """Whether ``items[k]`` is a range mark (到, 至) between two numbers
    (1到2个月, 一到两年): a range, no verb."""
    return (
        items[k][0] in RANGE_MARKS and 0 < k < len(items) - 1
        and _is_number(items[k - 1][0]) and _is_number(items[k + 1][0])
    )


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word[:1] in _NUMERAL_CHARS


def _a_case(words: _Words, begin: int, end: int, cues: _Cues) -> bool:
    """Whether the segment of ``words`` from ``begin`` to the comma at ``end``
    ends in 的 and states the case of a rule (``_states_a_case``)."""
    view = words.view
    while begin < end and view[begin].isspace():
        begin += 1
    if end - begin < 3 or view[end - 1] != "的" or end >= len(view) or not _cuts_cleanly(view, begin):
        return False
    return _states_a_case(_part(words, begin, len(view)), end - begin, cues)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or nfkc_char(text[end - 1]) in ",;:、。!.…"):
        end -= 1
    return end


@dataclass(frozen=True)
class LeftOut:
    """A sentence or clause of the page that is not a claim, and why."""

    origin: str              # article | comment
    section_id: str
    comment_id: int | None
    text: str
    reason: str              # question | filler | reported | heading | title_repeat | fragment


_LINE_STOPS = frozenset("。!?;,")   # a line with none of these is no sentence


def _skip_reason(words: _Words, cues: _Cues, title_core: str, is_article: bool) -> str:
    if _is_question(words, cues):
        return "question"
    key = words.core()
    # A commenter who says the title as a statement answers it (提前还款会影响信用。
    # under 提前还款会影响信用吗？): only the article repeats its title.
    if is_article and title_core and key and (key == title_core or (len(key) >= 8 and key in title_core)):
        return "title_repeat"
    if _is_filler(words, cues):
        return "filler"
    if is_article and _content_length(words.text) <= 20 and _LINE_STOPS.isdisjoint(words.view):
        # A short unpunctuated line in an article body is a heading the parser
        # kept, unless it is a row of figures (6期:每期费率0.70%).
        if not _is_data_row(words.view):
            return "heading"
    return ""


_CELL_BREAK = re.compile(r"\s*[|｜\t]\s*")


def _table_cells(text: str) -> list[str] | None:
    """The cells of a table row written as text (期限 | 年化利率, or cells
    between tabs), each in the analysis view; None for a line of fewer than
    two cells."""
    if "|" not in text and "｜" not in text and "\t" not in text:
        return None
    cells = [analysis_view(cell) for cell in _CELL_BREAK.split(text.strip().strip("|｜")) if cell.strip()]
    if any(":" in cell for cell in cells):
        return None   # 查看: 5231 | 回复: 6: fields of a byline or a counter, no table
    return cells if len(cells) >= 2 else None


def _table_block(page, block, cells, tokenizer, sentence_id: str, make, left_out) -> list[Claim]:
    """A line of a table written as text: the header (no digit, and no
    header above it of as many cells) is left out as a heading and names the
    columns; a row under it is a claim."""
    text = page.text[block.start : block.start + len(block.text)]
    header = make.table_header
    if (header is None or len(header) != len(cells)) and not any(ch.isdigit() for ch in text):
        make.table_header = cells   # 期限 | 年化利率 | 每万元日息: the names of the columns
        left_out.append(make.left_out(text.strip(), "heading"))
        return []
    offset = block.start + len(text) - len(text.lstrip())
    return [_table_row(make, sentence_id, offset, _words(text.strip(), tokenizer), cells, header, tokenizer)]


def _table_row(make, sentence_id: str, offset: int, words: _Words, cells, header, tokenizer) -> Claim:
    """The claim of a table row, read as its cells under their column names
    (期限3期，年化利率18%，…) and written as the row stands on the page."""
    if header is not None and len(header) == len(cells):
        read = "，".join(name + cell for name, cell in zip(header, cells))
    else:
        read = "，".join(cells)
    end = _trim_end(words.text, 0, len(words.text))
    claim = make(sentence_id, offset, offset + end, _words(read, tokenizer))
    # The figures are the row's own: a column name may hold one (每万元日息) that the row does not say.
    return replace(claim, text=words.text[:end], kind="fact", quantities=find_quantities(words.view[:end]))


def _is_data_row(view: str) -> bool:
    """A label, a colon and a figure: 6期:每期费率0.70%, 普卡:年费50元."""
    label, colon, value = view.partition(":")
    return bool(colon and label.strip() and find_quantities(value))


@_per_reading
def _clause_reason(words: _Words, cues: _Cues) -> str:
    if _content_length(words.text) < 4:
        return "fragment"
    if _is_filler(words, cues):
        return "filler"
    if _is_reported(words, cues):
        return "reported"
    if _is_question(words, cues):
        return "question"
    return ""


def _claims_of_block(page, block, tokenizer, cues, sentence_ids, make, left_out):
    """Claims of one block; ``sentence_ids`` is an iterator of sentence ids;
    what is not a claim goes to ``left_out``."""
    title_core = make.memo.title_core
    cells = _table_cells(block.text) if make.is_article and "\n" not in block.text else None
    if cells is not None:
        return _table_block(page, block, cells, tokenizer, next(sentence_ids), make, left_out)
    make.table_header = None
    opening = analysis_view(block.text.lstrip()[: _LABEL_REACH * 2]) if make.is_article else ""
    if opening and any(opening.startswith(label + ":") for label in cues.asker_labels):
        # 问题描述：…: the asker's own story and questions, not what the page claims.
        for unit in make.memo.sentences(block):
            next(sentence_ids)
            left_out.append(make.left_out(page.text[unit.start : unit.end], "question"))
        return []
    out = []
    report = None   # the last sentence, when it only reports a belief: a verdict may follow
    for unit in make.memo.sentences(block):
        sentence_id = next(sentence_ids)
        words = _words(page.text[unit.start : unit.end], tokenizer)
        if report is not None and report[3] == len(left_out) - 1:
            verdict = _verdict(words.core(), cues)
            if verdict is not None:
                # 很多人以为X。其实这是一个误区。: the verdict judges the sentence before.
                out.append(_judged_sentence(make, report, verdict, cues))
                left_out[-1] = make.left_out(words.text, "verdict")
                report = None
                continue
        report = None
        if not make.is_article:
            stance = _stance(words.core(), cues)
            if stance is not None:
                make.stances.append(make.toward_article(*stance))
                left_out.append(make.left_out(words.text, "stance"))
                continue
        reason = _skip_reason(words, cues, title_core, make.is_article)
        asked = _statement_then_question(words, cues) if reason == "question" else None
        if asked is not None:
            # 逾期费是万分之五没错，但逾期太久会不会受影响？: the statement is a claim, the question is asked.
            left_out.append(make.left_out(words.text[asked + 1 :].strip(), "question"))
            words, reason = _part(words, 0, asked + 1), ""
        if reason:
            left_out.append(make.left_out(words.text, reason))
            continue
        tag = _tag_question(words, cues)
        if tag is not None:
            # …，不是吗？: the tag is a question of its own; the claim is what comes before it.
            left_out.append(make.left_out(words.text[tag + 1 :].strip(), "question"))
            words = _part(words, 0, tag + 1)
        plan = _clause_plan(words, cues)
        if len(plan) == 1 and plan[0][3] == "reported":
            report = (sentence_id, unit.start, words, len(left_out))
        plan, beliefs = _correction_plan(words, plan, cues)
        said: list[str] = []
        if not make.is_article:
            plan, stances = _stance_plan(words, plan, cues)
            said = [make.toward_article(*stance) for stance in stances]
            make.stances.extend(said)
        quoting = not make.is_article and any(r in ("reported", "belief") for *_, r in plan) and _quotes_the_article(
            words, cues)
        made = []
        for start, end, claim_end, reason in plan:
            if reason == "belief":
                judged = _judged(make, sentence_id, words, unit.start, start, claim_end, beliefs[start])
                if quoting:
                    # 原文说X，这个是真的 / 文章说X，这不对: the verdict is the stance toward the article.
                    said.append(_QUOTE_STANCE[judged.verdict])
                    make.stances.append(said[-1])
                made.append(judged)
                continue
            if quoting and not reason and any(r == "reported" for *_, r in plan):
                # 文中说X，其实Y: Y corrects the article.
                said.append("disagree")
                make.stances.append("disagree")
            start, end, claim_end = unit.start + start, unit.start + end, unit.start + claim_end
            if reason:
                left_out.append(make.left_out(page.text[start:end], reason))
                continue
            clause = _part(words, start - unit.start, end - unit.start)
            made.append(make(sentence_id, start, claim_end, _claim_words(clause, claim_end - start)))
        roles = set(said) - {""}
        if len(roles) == 1:
            role = next(iter(roles))
            turn = len(made)
            if role == "agree":
                # 罚息是万分之五没错，不过是按全部欠款算的: agreement stops where the comment turns.
                turn = next((k for k, claim in enumerate(made) if k and _turns(claim, role, cues)), turn)
            made = [replace(claim, stance=role if k < turn else _QUALIFY) for k, claim in enumerate(made)]
        out.extend(made)
    return out


# The stance of a claim where an agreeing comment turns (…没错，不过…): it
# answers what it agreed with, but does not agree.
_QUALIFY = "qualify"
# The stance of a claim that says 确实 early, with no narrator before it: it
# confirms what was said (确实没手续费).
_CONFIRM = "confirm"
_ADVERB_REACH = 4   # words of a claim before its confirming adverb (利息 确实, 借呗 宽限期 确实)


def _confirms(claim: Claim, cues: _Cues) -> bool:
    """Whether a comment claim confirms what was said: a word of
    ``stance_adverbs`` among its first words, in its first segment, and no
    narrator before it (我确实逾期了 tells the commenter's own case)."""
    if not cues.stance_adverbs:
        return False
    for token in claim.tokens[: _ADVERB_REACH + 1]:
        if token in cues.stance_adverbs:
            return True
        if not _HAS_WORD.search(token) or token.startswith(cues.narrators):
            return False
    return False


def _turns(claim: Claim, stance: str, cues: _Cues) -> bool:
    """Whether an agreeing comment turns against what it agreed with at this
    claim (…没错，不过…; 说得对。但是…): its stance there is ``_QUALIFY``."""
    return stance == "agree" and claim.text.startswith(cues.contrasts)


def _verdict(key: str, cues: _Cues) -> str | None:
    """"false" or "true" when the core of a text (letters and digits) is only
    a verdict on a belief reported before it: 这种说法是错误的, 其实不会."""
    if cues.verdict_clause is None or not key:
        return None
    match = cues.verdict_clause.fullmatch(key)
    if match is None:
        return None
    return next(kind for kind in _VERDICT_KINDS if match.group(kind))


_BELIEF_LEAD = ",:、 \t"


def _correction_plan(sentence: _Words, plan, cues: _Cues):
    """The clause plan with the page's verdicts on the beliefs it reports read
    in, and the beliefs so judged by the start of their plan entry: (belief
    start, belief end, "false" | "true"), in offsets of the sentence.

    - 很多人以为X，其实这种说法是错误的 (or …，但这是错误的, two clauses):
      one entry, ``belief``: X is the page's claim, its polarity turned round
      by a false verdict.
    - 不少用户认为X，实际上Y: X stays ``reported``; Y, after the marker of a
      correction, is the page's own claim.
    - 误区一：X: the label says X is a belief the page corrects."""
    if cues.verdict_clause is None:
        return plan, {}
    text, view = sentence.text, sentence.view
    out, beliefs = [], {}
    k = 0
    while k < len(plan):
        start, end, claim_end, reason = plan[k]
        k += 1
        label = cues.belief_label.match(view, start) if cues.belief_label and not reason and not out else None
        if label and _content_length(view[label.end() : claim_end]) >= 4:
            beliefs[start] = (label.end(), claim_end, "false")
            out.append((start, end, claim_end, "belief"))
            continue
        named = _named_saying(view, start, claim_end, cues) if not reason else None
        if named is None and not reason:
            # 宽限期3天是假的(，我…): X judged false at the end of the first segment, no one named.
            comma = view.find(",", start, claim_end)
            first_end = comma if comma > start else claim_end
            tail = _verdict_tail(view, start, first_end, cues) or _said_wrong(view, start, first_end, cues)
            if tail is not None and view[start : tail[0]].endswith(_EVERY_ONE):
                tail = None   # 0息车贷都是骗人的: said of every one of a kind of things, no belief
            elif tail is not None and _stance(core(view[start:first_end]), cues) is not None:
                tail = None   # 文章这里说错了: a stance on what was said, no belief of its own
            if tail is not None and tail[1] == "false" and _content_length(view[start : tail[0]]) >= 4:
                beliefs[start] = (start, tail[0], "false")
                if first_end == claim_end:
                    out.append((start, end, claim_end, "belief"))
                    continue
                out.append((start, comma + 1, _trim_end(text, start, comma), "belief"))
                out.append(_rest_entry(sentence, comma + 1, end, cues))
                continue
        if named is not None:
            # "逾期一个月不上征信"的说法是不成立的: the saying named, then judged.
            beliefs[start] = named
            out.append((start, end, claim_end, "belief"))
            continue
        if reason != "reported":
            out.append((start, end, claim_end, reason))
            continue
        begin = start + _report_verb(_part(sentence, start, end), cues)
        if view.startswith("的", begin):
            begin += 1   # 文章说的X是假的: what was said, X, after 的
        while begin < end and view[begin] in _BELIEF_LEAD:
            begin += 1
        following = plan[k] if k < len(plan) else None
        verdict = _verdict(core(view[following[0] : following[2]]), cues) if following and not following[3] else None
        if verdict and _content_length(view[begin:end]) >= 4:
            # 很多人认为X，但这是错误的: the verdict is a clause of its own.
            beliefs[start] = (begin, _trim_end(text, begin, end), verdict)
            out.append((start, following[1], _trim_end(text, start, following[1]), "belief"))
            k += 1
            continue
        cut = _correction_cut(view, begin, end, cues)
        if cut is None:
            tail = _verdict_tail(view, begin, claim_end, cues)
            if tail is not None and _content_length(view[begin : tail[0]]) >= 2:
                # 文章说不收是骗人的: the verdict closes the clause, with no comma before it.
                beliefs[start] = (begin, tail[0], tail[1])
                out.append((start, end, _trim_end(text, start, end), "belief"))
                continue
            comma = view.find(",", begin, claim_end)
            tail = _verdict_tail(view, begin, comma, cues) if comma > begin else None
            if tail is None or _content_length(view[begin : tail[0]]) < 2:
                out.append((start, end, claim_end, reason))
                continue
            # 文章说的3天宽限期是假的，我逾期第二天就…: the verdict closes the first
            # segment; what follows is the commenter's own claim.
            beliefs[start] = (begin, tail[0], tail[1])
            out.append((start, comma + 1, _trim_end(text, start, comma), "belief"))
            cut, verdict = comma, tail[1]
        else:
            verdict, judged = _verdicts_after(view, cut, end, cues)
            if verdict and _content_length(view[begin:cut]) >= 4:
                # 有人说X，不是这样的(，Y): X judged, then Y the page's own claim.
                beliefs[start] = (begin, _trim_end(text, begin, cut), verdict)
                out.append((start, judged, _trim_end(text, start, judged), "belief"))
                cut = judged - 1
                if _content_length(view[judged:end]) == 0:
                    continue
        rest = _rest_entry(sentence, cut + 1, end, cues)
        if not verdict:
            out.append((start, rest[0], rest[0], "reported"))
        out.append(rest)
    return out, beliefs


# 都 before a verdict: what it judges is every one of a kind of things (代还
# 公司都是骗人的: they deceive), not one belief that is false.
_EVERY_ONE = ("都", "全")


def _rest_entry(sentence: _Words, rest: int, end: int, cues: _Cues) -> tuple[int, int, int, str]:
    """The plan entry of what follows a judged or reported part, from ``rest``
    (past its blanks) to ``end``: a claim, or the reason it is left out."""
    while rest < end and sentence.view[rest].isspace():
        rest += 1
    reason = _clause_reason(_part(sentence, rest, end), cues)
    return rest, end, end if reason else _trim_end(sentence.text, rest, end), reason


def _named_saying(view: str, start: int, end: int, cues: _Cues) -> tuple[int, int, str] | None:
    """(belief start, belief end, verdict) of a clause that names a saying and
    judges it: "X"的说法是不成立的, X这种说法是错误的; None for any other clause."""
    at = view.rfind(_SAYING, start, end)
    if at <= start:
        return None
    verdict = _verdict(core(view[at + len(_SAYING) : end]), cues)
    if verdict not in ("false", "true"):
        return None
    begin, stop = start, at
    while begin < stop and (view[begin] in _QUOTES or view[begin].isspace()):
        begin += 1
    for lead in _SO:
        if view.startswith(lead, begin):
            begin += len(lead)
    while begin < stop and view[begin] in _QUOTES:
        begin += 1
    for pointer in ("的", "这种", "这个", "这样的"):
        if view.endswith(pointer, begin, stop):
            stop -= len(pointer)
            break
    while stop > begin and view[stop - 1] in _QUOTES:
        stop -= 1
    return (begin, stop, verdict) if _content_length(view[begin:stop]) >= 4 else None


_SAYING = "说法"
_QUOTES = "\"'“”‘’「」『』《》"
_SO = ("所以", "因此", "因而")


def _verdicts_after(view: str, cut: int, end: int, cues: _Cues) -> tuple[str | None, int]:
    """The verdict of the segments right after the comma at ``cut`` (不是这样的，
    根本不会) and where they end, after their comma; (None, cut + 1) when the
    first segment is no verdict."""
    verdict, at = None, cut + 1
    while at < end:
        comma = view.find(",", at, end)
        stop = end if comma == -1 else comma + 1
        found = _verdict(core(view[at:stop]), cues)
        if found is None:
            break
        verdict, at = verdict or found, stop
    return verdict, at


def _verdict_tail(view: str, begin: int, end: int, cues: _Cues) -> tuple[int, str] | None:
    """(where it starts, its kind) of a verdict that closes a reported
    belief after 是 (…不能刷卡减免是错的), the last such 是 first."""
    at = view.rfind("是", begin, end)
    while at > begin:
        verdict = _verdict(core(view[at:end]), cues)
        if verdict in ("false", "true"):
            return at, verdict
        at = view.rfind("是", begin, at)
    return None


def _said_wrong(view: str, begin: int, end: int, cues: _Cues) -> tuple[int, str] | None:
    """(where it starts, "false") of a verdict on how something was said that
    closes a segment with no 是 before it (24%的上限说错了, 利息按天算写错了)."""
    for size in range(2, _SAID_WRONG_REACH + 1):
        at = end - size
        if at > begin and view[at] in "说写讲" and _verdict(core(view[at:end]), cues) == "false":
            return at, "false"
    return None


_SAID_WRONG_REACH = 4   # characters of 说错了, 写得不对


def _correction_cut(view: str, begin: int, end: int, cues: _Cues) -> int | None:
    """The comma after a reported belief where the page's correction starts:
    a correction marker (其实, 实际上) or a verdict follows it."""
    markers = cues.verdicts.get("marker", ())
    comma = view.find(",", begin, end)
    while comma != -1:
        rest = view[comma + 1 : end].lstrip()
        if rest.startswith(markers) or _verdicts_after(view, comma, end, cues)[0]:
            return comma
        comma = view.find(",", comma + 1, end)
    return None


def _judged_sentence(make, report, verdict: str, cues: _Cues) -> Claim:
    """The claim of a sentence that only reports a belief, judged by the
    verdict of the sentence after it."""
    sentence_id, offset, words, _ = report
    end = _trim_end(words.text, 0, len(words.text))
    begin = _report_verb(words, cues)
    while begin < end and words.view[begin] in _BELIEF_LEAD:
        begin += 1
    return _judged(make, sentence_id, words, offset, 0, end, (begin, end, verdict))


_OPPOSITE = {"affirm": "negate", "negate": "affirm"}
_QUOTE_STANCE = {"true": "agree", "false": "disagree", "hedge": "disagree"}


def _judged(make, sentence_id: str, words: _Words, offset: int, start: int, end: int, belief) -> Claim:
    """The claim of a reported belief that the page judges: read from the
    belief's own words, turned round by a false verdict, its text the whole
    clause from ``start`` to ``end`` (offsets of the sentence; the sentence
    starts at ``offset`` on the page)."""
    begin, stop, verdict = belief
    clause = _part(words, begin, stop)
    claim = make(sentence_id, offset + begin, offset + stop, _claim_words(clause, stop - begin))
    if verdict in ("yes", "no"):
        # 其实会 / 其实不会: how things are; the belief is wrong when it said the other.
        said = "affirm" if verdict == "yes" else "negate"
        verdict = "true" if claim.polarity == said else "false"
    polarity = _OPPOSITE.get(claim.polarity, claim.polarity) if verdict == "false" else claim.polarity
    modality = "possible" if verdict == "hedge" else claim.modality   # 这不是绝对的: only sometimes
    # What people believe is never an instruction, whatever verb it opens with.
    kind = "fact" if claim.kind == "advice" else claim.kind
    return replace(claim, text=words.text[start:end], char_start=offset + start, char_end=offset + end,
                   polarity=polarity, modality=modality, kind=kind, verdict=verdict)


def _stance(key: str, cues: _Cues) -> tuple[str, str] | None:
    """(agree | disagree, what it points at: article | other | "") when the
    core of a text (letters and digits) is only a stance: 文章说的没错, 不是这样的."""
    if cues.stance_clause is None or not key:
        return None
    match = cues.stance_clause.fullmatch(key)
    if match is None:
        return None
    found = match.groupdict()
    if found.get("lead"):
        return cues.stance_words[found["lead"]], cues.stance_words.get(found["lead_pointer"], "")
    pointer = found["pointer"] or found.get("later") or ""
    return cues.stance_words[found["cue"]], cues.stance_words.get(pointer, "")


def _stance_plan(sentence: _Words, plan, cues: _Cues):
    """The clause plan of a comment sentence with its stances taken out: a
    clause that is only a stance, or a stance before its first comma or after
    its last one (不是这样的，我逾期了也能用), is left out as ``stance``; the
    rest of the clause stays a claim. Also gives the stances found."""
    if cues.stance_clause is None:
        return plan, []
    text, view = sentence.text, sentence.view
    out, stances = [], []
    for start, end, claim_end, reason in plan:
        if reason:
            out.append((start, end, claim_end, reason))
            continue
        whole = _stance(core(view[start:claim_end]), cues)
        if whole is not None:
            stances.append(whole)
            out.append((start, end, end, "stance"))
            continue
        first = view.find(",", start, claim_end)
        if first > start:
            lead = _stance(core(view[start:first]), cues)
            if lead is not None:
                stances.append(lead)
                out.append((start, first + 1, first + 1, "stance"))
                start = first + 1
                while start < claim_end and text[start].isspace():
                    start += 1
        last = view.rfind(",", start, claim_end)
        if last >= start:
            tail = _stance(core(view[last + 1 : claim_end]), cues)
            if tail is not None:
                if tail == ("disagree", "this"):
                    tail = ("disagree", "other")   # 有人推荐找代理，这个不靠谱: judges its own clause
                stances.append(tail)
                out.append((start, last + 1, _trim_end(text, start, last), ""))
                out.append((last + 1, end, end, "stance"))
                continue
        closing = _closing_stance(view, start, claim_end, cues)
        if closing is not None:
            stances.append((cues.stance_words[view[closing:claim_end]], ""))
            out.append((start, closing, _trim_end(text, start, closing), ""))
            out.append((closing, end, end, "stance"))
            continue
        out.append((start, end, claim_end, ""))
    return out, stances


def _closing_stance(view: str, start: int, end: int, cues: _Cues) -> int | None:
    """Where an evaluation that closes a claim with no comma begins
    (金卡年费是200元没错), when enough of a claim stands before it (``_MIN_TAILED``)."""
    for tail in cues.stance_tails:
        before = view[start : end - len(tail)]
        if view.endswith(tail, start, end) and (
                _content_length(before) >= _MIN_TAILED or (_content_length(before) >= 3 and any(map(str.isdigit, before)))):
            if view.endswith(_TAIL_ADVERBS, start, end - len(tail)):
                return None   # 按时还款总是没错: the evaluation is the claim's own predicate
            return end - len(tail)
    return None


# Content characters of a claim before a closing evaluation (利息按天算是对的),
# or fewer with a figure among them (最低7.2%是真的); 罚息金额没错 is too little.
_MIN_TAILED = 5


# Adverbs that make a closing evaluation part of the claim (总是没错, 肯定没错).
_TAIL_ADVERBS = ("总是", "总", "都", "准", "肯定", "绝对", "一定", "也", "还是", "永远", "才")   # …的短信才是真的


@_per_reading
def _clause_plan(sentence: _Words, cues: _Cues) -> list[tuple[int, int, int, str]]:
    """(start, end, claim end, reason) of each clause of a sentence, in
    offsets of the sentence: the reason it is left out, or "" for a claim,
    which ends before its closing punctuation (claim end)."""
    plan = []
    for start, end in _clauses(sentence, cues):
        reason = _clause_reason(_part(sentence, start, end), cues)
        plan.append((start, end, end if reason else _trim_end(sentence.text, start, end), reason))
    return plan


class _Maker:
    """Makes the claims of one section or comment; ``claim_ids`` hands out
    their ids in page order (the article's run on across its sections)."""

    def __init__(self, memo: _PageMemo, tokenizer, cues: _Cues, origin: str, claim_ids, section_id: str = "",
                 comment_id: int | None = None, replying: bool = False):
        self.page, self.memo, self.tokenizer, self.cues, self.origin = memo.page, memo, tokenizer, cues, origin
        self.claim_ids = claim_ids
        self.section_id, self.comment_id = section_id, comment_id
        self.is_article = origin == "article"
        self.replying = replying     # a reply to another comment: a bare 说得对 speaks to that comment
        self.stances: list[str] = []   # the comment's stances toward the article ("" for none)
        self.table_header: list[str] | None = None   # the column names of the table being read

    def toward_article(self, role: str, pointer: str) -> str:
        """A stance's role toward the article, or "" when it speaks to another comment."""
        if pointer == "other" or (not pointer and self.replying):
            return ""
        return role

    def stance(self) -> str:
        """The comment's one stance toward the article, "" when none or mixed."""
        roles = set(self.stances) - {""}
        return next(iter(roles)) if len(roles) == 1 else ""

    def left_out(self, text: str, reason: str) -> LeftOut:
        return LeftOut(self.origin, self.section_id, self.comment_id, text, reason)

    def __call__(self, sentence_id: str, start: int, end: int, words: _Words) -> Claim:
        """The claim of ``words``, the text of the page from ``start`` to ``end``."""
        text = words.text
        reading = _reading(words, self.cues)
        return Claim(
            doc_id=self.page.doc_id, claim_id=next(self.claim_ids), origin=self.origin, section_id=self.section_id,
            comment_id=self.comment_id, sentence_id=sentence_id, text=text, char_start=start, char_end=end,
            kind=reading.kind, polarity=reading.polarity, modality=reading.modality,
            condition=reading.condition, subject=reading.subject, predicate=reading.predicate,
            object=reading.object, quantities=reading.quantities, citations=reading.citations,
            checkworthiness=reading.checkworthiness, norm=words.view, tokens=words.tokens(),
        )


class _PageMemo:
    """What the claims and the questions of one page both read, worked out
    once: the core of the title, and the sentences of each block."""

    def __init__(self, page: Page):
        self.page = page
        self.title_core = core(page.title)
        self._sentences: dict[int, list[_Unit]] = {}   # id of a block of the page → its sentences

    def sentences(self, block) -> list[_Unit]:
        units = self._sentences.get(id(block))
        if units is None:
            units = self._sentences[id(block)] = _sentences(self.page, block)
        return units


def _walk(page: Page, tokenizer) -> tuple[list[Claim], list[LeftOut]]:
    with _one_reading():
        return _walk_page(_PageMemo(page), tokenizer)


def _walk_page(memo: _PageMemo, tokenizer) -> tuple[list[Claim], list[LeftOut]]:
    cues = _cues()
    claims: list[Claim] = []
    left: list[LeftOut] = []
    article_sentences = (f"s{k:03d}" for k in range(1, 1_000_000))
    article_claims = (f"a{k:03d}" for k in range(1, 1_000_000))
    page = memo.page
    for section in page.sections:
        make = _Maker(memo, tokenizer, cues, "article", article_claims, section_id=section.section_id)
        for block in section.blocks:
            claims.extend(_claims_of_block(page, block, tokenizer, cues, article_sentences, make, left))
    for comment in page.comments:
        comment_claims = (f"c{comment.comment_id}-{k:02d}" for k in range(1, 1_000_000))
        make = _Maker(memo, tokenizer, cues, "comment", comment_claims, comment_id=comment.comment_id,
                      replying=bool(comment.reply_to))
        ids = (f"c{comment.comment_id}-s{k:02d}" for k in range(1, 1_000_000))
        made = []
        for block in comment.blocks:
            made.extend(_claims_of_block(page, block, tokenizer, cues, ids, make, left))
        # A sentence of its own (说得对。) gives its stance to the comment's other claims.
        stance = make.stance()
        made = [replace(c, stance=_QUALIFY if _turns(c, stance, cues) else stance) if stance and not c.stance
                else c for c in made]
        claims.extend(replace(c, stance=_CONFIRM) if not c.stance and _confirms(c, cues) else c for c in made)
    return claims, left


def extract_claims(page: Page, tokenizer) -> list[Claim]:
    """Every claim of the article, then of each comment, in page order."""
    return _walk(page, tokenizer)[0]


def extract_claims_and_left_out(page: Page, tokenizer) -> tuple[list[Claim], list[LeftOut]]:
    """The claims and what was left out of them, in one pass over the page."""
    return _walk(page, tokenizer)


def left_out(page: Page, tokenizer) -> list[LeftOut]:
    """The sentences and clauses that are not claims, with the reason, in page order."""
    return _walk(page, tokenizer)[1]


def extract_all(page: Page, tokenizer) -> tuple[list[Claim], list[LeftOut], list[Question]]:
    """The claims, what was left out of them and the questions of a page,
    read with one reading of the cue files and one sentence split of each
    block (``extract_claims_and_left_out`` and ``extract_questions`` in one)."""
    memo = _PageMemo(page)
    with _one_reading():
        claims, left = _walk_page(memo, tokenizer)
        return claims, left, _page_questions(memo, tokenizer)


def _question(page: Page, tokenizer, question_id: str, origin: str, comment_id, text: str) -> Question:
    words = _words(text, tokenizer)
    asked = _A_NOT_A.sub(r"\1", words.view)
    # 划不划算 asks whether it is 划算: the words to match are the answer's (划算).
    tokens = words.tokens() if asked == words.view else tuple(tokenizer.cut(asked))
    return Question(page.doc_id, question_id, origin, comment_id, text, norm=words.view, tokens=tokens)


# An A-not-A question: a character, 不 or 没, and the character again (划不划算, 高不高,
# 退不退); not a modal (会不会, 能不能, 有没有, 是不是, 要不要), which asks yes or no
# and would fuse with the word after it (会上门 cut 会上|门).
_A_NOT_A = re.compile(r"([^\W会能有是要可])[不没]\1")


def title_questions(title: str, tokenizer) -> list[str]:
    """The questions a title asks, one string each, as written."""
    cues = _cues()
    out = []
    for start, end in split_sentences(title):
        part = title[start:end]
        if _is_question(_words(part, tokenizer), cues):
            out.extend(_question_parts(part, tokenizer, cues))
    return out


def _question_parts(sentence: str, tokenizer, cues: _Cues) -> list[str]:
    """A question sentence that joins several questions with commas
    (信用卡逾期一个月会怎样,银行会起诉吗?) as one string per question."""
    view = analysis_view(sentence)
    bounds = [0] + [k + 1 for k, ch in enumerate(view) if ch in ",、"] + [len(sentence) + 1]
    parts = [sentence[a : b - 1].strip() for a, b in zip(bounds, bounds[1:])]
    if len(parts) > 1 and all(p and _is_question(_words(p, tokenizer), cues) for p in parts):
        return parts
    return [sentence]


def extract_questions(page: Page, tokenizer) -> list[Question]:
    """The title's questions, one row each, then the questions in comments."""
    with _one_reading():
        return _page_questions(_PageMemo(page), tokenizer)


def _page_questions(memo: _PageMemo, tokenizer) -> list[Question]:
    page = memo.page
    cues = _cues()
    ids = (f"q{k}" for k in range(1, 1_000_000))
    found = [_question(page, tokenizer, next(ids), "title", None, q) for q in title_questions(page.title, tokenizer)]
    for comment in page.comments:
        for block in comment.blocks:
            for unit in memo.sentences(block):
                text = page.text[unit.start : unit.end]
                if _is_question(_words(text, tokenizer), cues):
                    for part in _question_parts(text, tokenizer, cues):
                        found.append(_question(page, tokenizer, next(ids), "comment", comment.comment_id, part))
    return found


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    """The claims table (``CLAIM_COLUMNS``)."""
    return to_frame(claims, CLAIM_COLUMNS)


LEFT_OUT_COLUMNS = ["origin", "section_id", "comment_id", "reason", "text"]


def left_out_frame(items: list[LeftOut]) -> pd.DataFrame:
    """What the extractor left out and why."""
    return to_frame(items, LEFT_OUT_COLUMNS)


def questions_frame(questions: list[Question]) -> pd.DataFrame:
    """The questions table (``QUESTION_COLUMNS``)."""
    return to_frame(questions, QUESTION_COLUMNS)


# ---------------------------------------------------------------- views for reading

READING_COLUMNS = ["claim_id", "text", "kind", "polarity", "modality", "condition", "quantities", "citations"]


def claims_by_section(page: Page, claims: list[Claim]) -> dict[str, pd.DataFrame]:
    """Article claims grouped under their section heading (``"二.2 逾期记录的保留期限"``),
    in page order; sections without claims are left out."""
    titles = {s.section_id: f"{s.section_id} {s.title}".strip() for s in page.sections}
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.origin == "article":
            groups.setdefault(titles.get(claim.section_id, claim.section_id), []).append(claim)
    return {title: to_frame(items, READING_COLUMNS) for title, items in groups.items()}


def claim_counts(claims: list[Claim]) -> pd.DataFrame:
    """Number of claims by kind, polarity and modality, for the article and
    the comments (one row per value, zeros included)."""
    values = {
        "kind": ("fact", "advice", "opinion"),
        "polarity": ("affirm", "negate"),
        "modality": ("certain", "likely", "possible"),
    }
    rows = []
    for field, options in values.items():
        for value in options:
            row = {"field": field, "value": value}
            for origin in ("article", "comment"):
                row[origin] = sum(1 for c in claims if c.origin == origin and getattr(c, field) == value)
            rows.append(row)
    return pd.DataFrame(rows, columns=["field", "value", "article", "comment"])


def most_checkworthy(claims: list[Claim], n: int = 15) -> pd.DataFrame:
    """The ``n`` claims most worth checking first (ties in page order)."""
    ranked = sorted(enumerate(claims), key=lambda item: (-item[1].checkworthiness, item[0]))
    columns = ["claim_id", "checkworthiness", "kind", "text", "quantities", "citations"]
    return to_frame([claim for _, claim in ranked[:n]], columns)
