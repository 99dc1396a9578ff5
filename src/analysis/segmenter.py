"""Word segmenters that cut exactly like jieba, and the choice between them.

jieba is the reference. ``rjieba`` (jieba-rs, Rust) and ``jieba_fast`` (C)
follow the same dictionary and model; where they give jieba's exact cuts they
are used as a fast path for ``cut`` (rjieba after one documented correction:
jieba's rule for runs of letters, digits and symbols). The lexicon is added to every
engine with the frequencies that jieba itself gives the words, so that a
domain word weighs the same whichever engine cuts the text.

``tag(text, hmm=False)`` (jieba.posseg's dictionary-only tagging) follows
posseg's rules on the fast engine's cuts; ``tag`` with the HMM stays on jieba.

``build_segmenter(entries, "auto")`` returns the fastest installed engine
that ``FAST_PATH`` lists, and jieba when none is installed.
"""
from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterable, Sequence

ENGINES = ("jieba", "rjieba", "jieba_fast")

# Engines whose cuts were found identical to jieba's on the bundled page, the
# fixture pages and the synthetic benchmark corpus (benchmarks/bench_pipeline.py
# checks it on every run), fastest first.
FAST_PATH = ("rjieba",)


# jieba's HMM stage splits a run of Latin letters and digits at every symbol
# except one decimal point and a final percent sign ("3.5%", but "2024", "-",
# "05"); jieba-rs keeps "2024-05-20", "a_b" and "1.2.3" whole. Such tokens are
# re-split with jieba's own rule, unless they are dictionary words.
_JIEBA_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_SYMBOL_RUN = re.compile(r"[A-Za-z0-9+#&._%\-]*[+#&._%\-][A-Za-z0-9+#&._%\-]*")


def _as_jieba(words: list[str], dictionary: dict) -> list[str]:
    out = []
    for word in words:
        if len(word) > 1 and _SYMBOL_RUN.fullmatch(word) and not dictionary.get(word):
            out.extend(piece for piece in _JIEBA_SKIP.split(word) if piece)
        else:
            out.append(word)
    return out


# jieba.posseg without the HMM: it splits text into runs of these characters
# (narrower than jieba.cut's: no % or -), walks the dictionary route inside
# them, calls every run of single letters/digits "eng" and looks other words
# up in its tag table; characters outside the runs are "x".
_POS_RUN_CHARS = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._]+")
_ALNUM = re.compile(r"[a-zA-Z0-9]+")


class Segmenter:
    """``cut(text, hmm=True)`` with one engine and a lexicon: ``[word, ...]``
    whose lengths add up to the text's length; ``hmm=False`` keeps to
    dictionary words, as jieba's ``HMM=False``. ``tag(text, hmm)`` gives
    jieba.posseg's ``(word, flag)`` pairs."""

    def __init__(self, engine: str, cut, reference=None):
        self.engine = engine
        self.cut = cut
        # The jieba instance the lexicon was loaded into: tagging with the HMM
        # and frequency look-ups stay on the reference engine.
        self.reference = reference
        self._posseg = None

    def _pos(self):
        if self._posseg is None:
            import jieba.posseg

            self._posseg = jieba.posseg.POSTokenizer(self.reference)
            self._posseg.makesure_userdict_loaded()  # the lexicon's tags join the tag table
        return self._posseg

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        posseg = self._pos()
        if hmm or self.engine == "jieba":
            return [(pair.word, pair.flag) for pair in posseg.cut(text, HMM=hmm)]
        tags = posseg.word_tag_tab
        dictionary = self.reference.FREQ
        pairs = []
        for word in self.cut(text, False):
            if _POS_RUN_CHARS.fullmatch(word) is None:
                if len(word) > 1 and not word.isspace():
                    # a dictionary word across a % or - (posseg cuts there): rare, ask jieba
                    return [(pair.word, pair.flag) for pair in posseg.cut(text, HMM=False)]
                pairs.append((word, "x"))
            elif _ALNUM.fullmatch(word) and (len(word) == 1 or not dictionary.get(word)):
                pairs.append((word, "eng"))
            else:
                pairs.append((word, tags.get(word, "x")))
        return pairs


def lexicon_frequencies(entries: Iterable[Sequence[str]]) -> tuple[object, list[tuple[str, int, str | None]]]:
    """A jieba instance with the lexicon, and each word with the frequency
    jieba settled on (its own suggestion when the entry gives none)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.initialize()
    words = []
    for entry in entries:
        word, tag = entry[0], (entry[1] if len(entry) > 1 else None)
        freq = int(entry[2]) if len(entry) > 2 else None
        reference.add_word(word, freq, tag)
        words.append((word, reference.FREQ[word], tag))
    return reference, words


def available(engine: str) -> bool:
    return engine == "jieba" or importlib.util.find_spec(engine) is not None


def build_segmenter(entries: Iterable[Sequence[str]] = (), engine: str = "auto") -> Segmenter:
    """A segmenter with the lexicon ``entries`` (word, tag, optional frequency)."""
    reference, words = lexicon_frequencies(entries)
    if engine == "auto":
        engine = next((name for name in FAST_PATH if available(name)), "jieba")
    if engine == "jieba":
        return Segmenter("jieba", lambda text, hmm=True: list(reference.cut(text, HMM=hmm)), reference)
    if engine == "rjieba":
        import rjieba

        fast = rjieba.Jieba()
        for word, freq, tag in words:
            fast.add_word(word, freq, tag)
        dictionary = reference.FREQ

        def cut(text: str, hmm: bool = True) -> list[str]:
            # Without the HMM stage jieba-rs already groups letters and digits as jieba does.
            return _as_jieba(fast.cut(text, True), dictionary) if hmm else fast.cut(text, False)

        return Segmenter("rjieba", cut, reference)
    if engine == "jieba_fast":
        import jieba_fast

        fast = jieba_fast.Tokenizer()
        fast.initialize()
        for word, freq, tag in words:
            fast.add_word(word, freq, tag)
        return Segmenter("jieba_fast", lambda text, hmm=True: list(fast.cut(text, HMM=hmm)), reference)
    raise ValueError(f"unknown segmenter {engine!r}; choose one of auto, {', '.join(ENGINES)}")


def differences(texts: Iterable[str], candidate: Segmenter, reference: Segmenter, limit: int = 5,
                hmm: bool = True) -> tuple[int, list]:
    """How many texts the two segmenters cut differently, and the first few."""
    count, examples = 0, []
    for text in texts:
        want, got = reference.cut(text, hmm), candidate.cut(text, hmm)
        if want != got:
            count += 1
            if len(examples) < limit:
                examples.append((text, want, got))
    return count, examples
