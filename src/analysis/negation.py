"""Negation words that deny nothing, read the same way by the claims and by
the comparison: a one-character negation inside the topic a claim is about
(逾期不还会被起诉: 不还 is what leads to the suit, the claim affirms it;
不还钱的后果很严重), and 不 that adds (不只是本金). The words after them
that tell are the ``topic`` and ``additive`` entries of
``data/reference/negation.txt``."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import reference

NEGATION_FILE = "negation.txt"
_WORD = re.compile(r"\w")
# 的 ends a topic only before the word it describes (不还钱的后果); at the end
# of a clause it closes a statement (是不收的).
_NEEDS_HEAD = "的"


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    entries = reference.load_pairs(NEGATION_FILE)
    topic = frozenset(e[0] for e in entries if e[1:2] == ("topic",))
    additive = frozenset(e[0] for e in entries if e[1:2] == ("additive",))
    return topic, additive


def denies_nothing(tokens: Sequence[str], i: int) -> bool:
    """Whether the negation word ``tokens[i]`` denies nothing: it is one
    character (不, 没, 未) and either a word of ``additive`` follows it, or
    its verb (no word of ``topic`` itself), perhaps with an object, is
    followed by a word of ``topic``."""
    if len(tokens[i]) != 1:
        return False
    topic, additive = _roles()
    after = tokens[i + 1 : i + 5]
    if not after or not _WORD.search(after[0]):
        return False
    if after[0] in additive:
        return True
    if after[0] in topic:
        return False   # 不可能会, 不都是: the negation's own word, no verb of a topic
    for k in (1, 2):
        if k >= len(after) or not _WORD.search(after[k]):
            return False
        if after[k] in topic:
            return after[k] != _NEEDS_HEAD or (k + 1 < len(after) and bool(_WORD.search(after[k + 1])))
    return False
