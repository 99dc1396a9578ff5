"""The text layer: normalised and simplified views, sentences, clauses, words.

Records keep the original characters; matching and tagging work on an
*analysis view* of the same length (NFKC per character, then simplified
script), so that an offset found in the view is an offset in the original.
Sentence and clause splitters return ``(start, end)`` spans into the text
they were given.

One ``Tokenizer`` wraps a private jieba instance with the domain lexicon of
``data/reference/lexicon.txt``; ``get_tokenizer()`` shares one per process.
"""
from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache

from . import reference
from .page import normalise as _page_normalise

LEXICON_FILE = "lexicon.txt"
NEGATION_FILE = "negation.txt"
CONNECTIVES_FILE = "clause_connectives.txt"

# Characters that end a sentence in the analysis view (NFKC turns the
# full-width ! ? ; into these ASCII forms; 。 and … stay as they are).
_ENDERS = set("。!?;…")
# Closing marks that belong to the sentence they follow.
_CLOSERS = set("”’」』)》】]\"'")
# Paired marks whose inside is never split (a quoted sentence, a book title).
_PAIRS = {"《": "》", "“": "”", "「": "」", "『": "』"}
# Characters the sentence splitter acts on, outside paired marks (line ends,
# spaces, stops, a dot, an opening mark) and inside them (line ends, an
# opening mark, the awaited closing mark).
_OUTSIDE_STOPS = re.compile("[\\s" + re.escape("".join(_ENDERS) + "." + "".join(_PAIRS)) + "]")
_INSIDE_STOPS = {
    closer: re.compile("[" + re.escape("\n" + "".join(_PAIRS) + closer) + "]") for closer in _PAIRS.values()
}
_CLAUSE_PUNCT = set(",;、:")
# A letter or digit: the characters for which str.isalnum() holds.
_ALNUM = re.compile(r"[^\W_]")
_TRIM = " \t\r\n\u3000,、"
# Distinct words whose stand-alone tag a tokenizer remembers (a page's
# vocabulary is a few thousand words; the bound keeps a long run's memory flat).
_WORD_TAGS_KEPT = 200_000
# A word of two or more Chinese characters that the dictionary alone keeps
# whole: jieba.posseg's HMM only ever acts on runs of single characters, so
# the dictionary's tag is the HMM's answer too, found without jieba's slow
# Python tagger.
_HAN_WORD = re.compile(r"[\u4E00-\u9FD5]{2,}")


def normalise(text: str) -> str:
    """NFKC: full-width digits, letters and punctuation become ordinary forms."""
    return _page_normalise(text)


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _convertible():
    """The characters without which OpenCC's t2s leaves a text as it is.

    OpenCC (pure Python, slow) replaces the longest dictionary keys it finds; a
    key whose replacement is the key itself changes nothing. A changing key
    can only match where all its characters occur, so one character of each
    is enough: every changing one-character key, and for a changing phrase
    that holds none of those, its first character that the replacement
    changes (its largest character when the lengths differ). Built once per
    process from the converter's own dictionaries.
    """
    changing = [
        (key, value.split(" ")[0])
        for group in _converter()._dict_chain_data
        for _max_len, _min_len, mapping in group
        for key, value in mapping.items()
        if value.split(" ")[0] != key
    ]
    witnesses = {key for key, _value in changing if len(key) == 1}
    for key, value in changing:
        if len(key) > 1 and witnesses.isdisjoint(key):
            witnesses.add(next((a for a, b in zip(key, value) if a != b), max(key)))
    return frozenset(witnesses)


def simplify(text: str) -> str:
    """Simplified-script form of ``text`` (OpenCC t2s); simplified text is unchanged."""
    if _convertible().isdisjoint(text):
        return text  # nothing OpenCC would replace: skip its slow conversion
    return _converter().convert(text)


class _FoldTable(dict):
    """Code point → ``nfkc_char`` of it, filled on first sight (a ``str.translate``
    table: one C-level pass over a text instead of a normalize call per character)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        mapped = unicodedata.normalize("NFKC", char)
        folded = mapped if len(mapped) == 1 else char
        if len(self) < _FOLDS_KEPT:
            self[code] = folded
        return folded


# Distinct characters remembered by the fold table (pages use a few thousand).
_FOLDS_KEPT = 100_000
_FOLD = _FoldTable()


def nfkc_char(char: str) -> str:
    """NFKC form of one character, or the character itself when NFKC would
    make it longer (… → ...): keeps offsets valid."""
    if len(char) == 1:
        return _FOLD[ord(char)]
    mapped = unicodedata.normalize("NFKC", char)
    return mapped if len(mapped) == 1 else char


@lru_cache(maxsize=65536)
def analysis_view(text: str) -> str:
    """NFKC + simplified view with exactly one character per original character.

    Characters whose NFKC form is longer (… → ...) stay as written; a phrase
    conversion that would change the length falls back to character by
    character conversion.
    """
    folded = text.translate(_FOLD)  # nfkc_char of each character
    view = simplify(folded)
    if len(view) != len(folded):
        view = "".join(s if len(s := simplify(c)) == 1 else c for c in folded)
    return view


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uf900" <= char <= "\uffef"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding spaces and commas (full- or half-width);
    None when nothing but punctuation is left."""
    while start < end and nfkc_char(text[start]) in _TRIM:
        start += 1
    while end > start and nfkc_char(text[end - 1]) in _TRIM:
        end -= 1
    if not _ALNUM.search(text, start, end):
        return None
    return start, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: cut after 。!?;… (full- or half-width), at
    line ends, at a full stop written as ``.`` between words, and at a space
    between two Chinese characters; never inside 《》 or quotation marks."""
    view = analysis_view(text)
    spans: list[tuple[int, int]] = []
    start = 0
    closing: list[str] = []
    i, n = 0, len(view)

    def cut(end: int) -> None:
        nonlocal start
        span = _trimmed(text, start, end)
        if span:
            spans.append(span)
        start = end

    while i < n:
        # Jump to the next character that can matter: the others only move i on.
        found = (_INSIDE_STOPS[closing[-1]] if closing else _OUTSIDE_STOPS).search(view, i)
        if found is None:
            break
        i = found.start()
        char = view[i]
        if char == "\n":
            closing.clear()
            cut(i)
            i += 1
            continue
        if closing and char == closing[-1]:
            closing.pop()
            i += 1
            # A quotation that ends with its own stop (“还能借吗？”) ends the sentence.
            if not closing and char != "》" and i >= 2 and view[i - 2] in _ENDERS:
                while i < n and view[i] in _CLOSERS:
                    i += 1
                cut(i)
            continue
        if char in _PAIRS:
            closing.append(_PAIRS[char])
            i += 1
            continue
        if closing:
            i += 1
            continue
        ender = char in _ENDERS or (
            char == "." and i > 0 and not view[i - 1].isdigit() and _is_cjk(view[i - 1])
        )
        if ender:
            j = i + 1
            while j < n and (view[j] in _ENDERS or view[j] in _CLOSERS or view[j] == "."):
                j += 1
            cut(j)
            i = j
            continue
        if char.isspace():
            j = i
            while j < n and view[j].isspace() and view[j] != "\n":
                j += 1
            # A space between Chinese words (or after a colon) parts sentences;
            # around Latin words and numbers it is ordinary spacing.
            if i > 0 and j < n and (_is_cjk(view[i - 1]) or view[i - 1] in ":,") and _is_cjk(view[j]):
                cut(i)
            i = j
            continue
        i += 1
    cut(n)
    return spans


@lru_cache(maxsize=1)
def _connectives() -> dict[str, str]:
    return {entry[0]: (entry[1] if len(entry) > 1 else "any") for entry in reference.load_pairs(CONNECTIVES_FILE)}


def split_clauses(
    text: str, span: tuple[int, int] | None = None, tokenizer: "Tokenizer | None" = None
) -> list[tuple[int, int]]:
    """Clause spans inside one sentence ``text[span]`` (the whole text when no
    span): cut at ; and just before a connective word (但/但是/而/不过/同时 …,
    see ``clause_connectives.txt``) when the words of the sentence show it
    standing on its own. Spans are offsets into ``text``."""
    start, end = span if span else (0, len(text))
    tokenizer = tokenizer or get_tokenizer()
    connectives = _connectives()
    piece = text[start:end]
    cuts = []
    offset = 0
    previous = ""
    # Dictionary words only: the HMM would glue a connective to the next
    # character (但会, 但其) and hide it.
    for word in tokenizer.cut(piece, hmm=False):
        where = connectives.get(word)
        if offset > 0 and where:
            after_punct = previous.strip() != "" and previous.strip()[-1] in _CLAUSE_PUNCT
            if where == "any" or after_punct:
                cuts.append(offset)
        if word in (";",) and offset > 0:
            cuts.append(offset + len(word))
        previous = word if word.strip() else previous
        offset += len(word)
    spans = []
    bounds = [0, *sorted(set(cuts)), len(piece)]
    for left, right in zip(bounds, bounds[1:]):
        trimmed = _trimmed(text, start + left, start + right)
        if trimmed and _has_words(text[trimmed[0] : trimmed[1]]):
            spans.append(trimmed)
    return spans or ([_trimmed(text, start, end)] if _trimmed(text, start, end) else [])


def _has_words(text: str) -> bool:
    return _ALNUM.search(text) is not None


class Tokenizer:
    """jieba with the domain lexicon, on a private instance; cuts go through
    a faster engine where it gives jieba's exact cuts (``analysis.segmenter``).

    ``cut`` and ``tag`` take original or normalised text and work on its
    analysis view (same length), so the words' lengths add up to the input's
    length and offsets can be recovered by summing them.
    """

    def __init__(self, lexicon: str = LEXICON_FILE):
        from .segmenter import build_segmenter

        # jieba announces dictionary loading on its own logger; keep notebooks quiet.
        logging.getLogger("jieba").setLevel(logging.WARNING)
        entries = reference.load_pairs(lexicon)
        # A faster engine where it cuts exactly as jieba does (see segmenter.py), else jieba.
        self._segmenter = build_segmenter(entries)
        self.engine = self._segmenter.engine
        self._jieba = self._segmenter.reference   # jieba with the lexicon loaded: the reference
        self.lexicon: dict[str, str] = {entry[0]: entry[1] for entry in entries if len(entry) > 1}
        self._lock = threading.Lock()
        self._word_tags: dict[str, str] = {}
        # Words the HMM stage may guess back together: the lexicon's words of
        # frequency 0, which it cuts apart (交会, 不收), and any unknown word
        # around a one-character negation (卡不收). Such a guess is cut again
        # from the dictionary alone, so that the negation is a word of its own.
        self._cut_apart = frozenset(entry[0] for entry in entries if entry[2:3] == ("0",))
        self._negations = frozenset(
            e[0] for e in reference.load_pairs(NEGATION_FILE) if len(e[0]) == 1 and e[1:2] == ("neg",))

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        """Words of the analysis view of ``text``, whitespace runs kept as words
        (``hmm=False``: dictionary words only, see ``tag``). A word the HMM
        stage guessed that the lexicon cuts apart, or that holds a
        one-character negation, is cut from the dictionary alone."""
        with self._lock:
            words = self._segmenter.cut(analysis_view(text), hmm)
            if hmm:
                words = self._regrouped(words)
        return words

    def _regrouped(self, words: list[str]) -> list[str]:
        dictionary, negations, cut_apart = self._jieba.FREQ, self._negations, self._cut_apart
        out = None
        for k, word in enumerate(words):
            if len(word) > 1 and not dictionary.get(word) and (word in cut_apart or not negations.isdisjoint(word)):
                if out is None:
                    out = words[:k]
                out.extend(self._segmenter.cut(word, False))
            elif out is not None:
                out.append(word)
        return words if out is None else out

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        """``(word, part of speech)`` pairs of the analysis view of ``text``.

        ``hmm=False`` keeps to dictionary words (unknown runs fall apart into
        characters instead of being guessed as new words, e.g. 但其)."""
        with self._lock:
            return self._segmenter.tag(analysis_view(text), hmm)

    def word_tag(self, word: str) -> str:
        """The part of speech of ``word`` read on its own (``tag`` with the
        HMM), "" when it falls apart into several words. The answer depends
        on the word and the lexicon loaded at construction only, so it is
        kept for the tokenizer's life."""
        found = self._word_tags.get(word)
        if found is None:
            pairs = self.tag(word, hmm=False) if _HAN_WORD.fullmatch(word) else ()
            if len(pairs) != 1:
                pairs = self.tag(word)
            found = pairs[0][1] if len(pairs) == 1 else ""
            if len(self._word_tags) < _WORD_TAGS_KEPT:
                self._word_tags[word] = found
        return found


_shared: Tokenizer | None = None
_shared_lock = threading.Lock()


def get_tokenizer() -> Tokenizer:
    """The process's shared ``Tokenizer`` (built on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Tokenizer()
        return _shared
