"""Negation words that deny nothing, read the same way by the claims and by
the comparison: a one-character negation inside the topic a claim is about
(逾期不还会被起诉: 不还 is what leads to the suit, the claim affirms it;
不还钱的后果很严重), a negated relative clause that opens a claim, and 不
that adds (不只是本金), and 不是 that says only how or when a thing said
before happens (会上报征信，不是马上就上). The words that tell are the
``topic``, ``additive``, ``gone``, ``varies``, ``owner``, ``manner`` and ``bound`` entries of ``data/reference/negation.txt``, read with the
other negation cues by each stage (``roles``)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w")
# 的 ends a topic only before the word it describes (不还钱的后果); at the end
# of a clause it closes a statement (是不收的).
_NEEDS_HEAD = "的"


@dataclass(frozen=True)
class Roles:
    """The words around a negation that say it denies nothing."""

    topic: frozenset[str] = frozenset()
    additive: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()
    manner: frozenset[str] = frozenset()
    bounds: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    gone: frozenset[str] = frozenset()
    varies: frozenset[str] = frozenset()


def roles(entries: Sequence[Sequence[str]]) -> Roles:
    """The roles of the entries of negation.txt (word, role)."""
    def by_role(role: str) -> frozenset[str]:
        return frozenset(e[0] for e in entries if tuple(e[1:2]) == (role,))

    return Roles(by_role("topic"), by_role("additive"), by_role("owner"), by_role("manner"), by_role("bound"),
                 by_role("after"), by_role("gone"), by_role("varies"))


def denies_the_verb_before(tokens: Sequence[str], i: int, after: frozenset[str]) -> bool:
    """Whether ``tokens[i]``, a word of ``after``, denies the one-character
    verb just before it (用不了, 借不到, 还不起: cannot use, borrow, repay); not
    before a number (不到3天 counts) and not after a longer word (做到位)."""
    return (
        tokens[i] in after and i > 0 and len(tokens[i - 1]) == 1 and _WORD.search(tokens[i - 1]) is not None
        and not (i + 1 < len(tokens) and tokens[i + 1][:1] in _NUMERALS)
    )


# 不是 and its kin: after a clause that says what happens, 不是 and a word of
# ``manner`` deny only how or when it happens (会上报征信，不是马上就上).
NOT_SO = frozenset({"不是", "并不是", "而不是", "并非", "但不是", "可不是"})


_RELATIVE_REACH = 4   # words between a clause-opening negation and the 的 of its relative clause


def denies_nothing(tokens: Sequence[str], i: int, words: Roles) -> bool:
    """Whether the negation word ``tokens[i]`` denies nothing: it opens its
    clause and a few words on a 的 ties what it negates to the noun after
    it (没有逾期记录的用户更容易提额: a relative clause in the subject), or
    it is one character (不, 没, 未) and either a word of ``additive`` or of
    ``gone`` (额度没了: the thing is gone, a change, no denial) follows it,
    or one of ``varies`` closes the clause after it (几千到上万不等), or its
    verb (no word of ``topic`` itself), perhaps with an object, is followed
    by a word of ``topic``."""
    topic, additive, owners = words.topic, words.additive, words.owners
    if _opens_a_relative(tokens, i, owners):
        return True
    if tokens[i] in NOT_SO and words.manner and _says_how(tokens, i, words.manner):
        return True
    if words.bounds and _bounds_a_figure(tokens, i, words.bounds):
        return True
    if len(tokens[i]) != 1:
        return False
    after = tokens[i + 1 : i + 5]
    if not after or not _WORD.search(after[0]):
        return False
    if after[0] in additive or after[0] in words.gone:
        return True
    if after[0] in words.varies and (len(after) == 1 or not _WORD.search(after[1])):
        return True   # 从几千到上万不等: the figures vary, nothing is denied
    if after[0] in topic:
        return False   # 不可能会, 不都是: the negation's own word, no verb of a topic
    if len(after) > 1 and len(after[0]) == 1 and after[1][:1] in _DENYING_STARTS and len(after[1]) > 1:
        return True    # 欠钱不还不会坐牢: 不还 is the topic, 不会 the denial
    for k in (1, 2, 3):
        if k >= len(after) or not _WORD.search(after[k]):
            return False
        if k == 3 and after[k] not in THEN:
            return False   # 不收违约金这个是真的: only a consequence's 就 reaches this far
        if after[k] in topic:
            return after[k] != _NEEDS_HEAD or (k + 1 < len(after) and bool(_WORD.search(after[k + 1])))
    return False


# Words that open a consequence (没有按时还款，系统就会…): the negated verb
# three words before one still states the case (连续三期不还银行基本就会起诉).
THEN = frozenset({"就", "才", "便", "则"})


_NUMERALS = "0123456789零〇一二两三四五六七八九十百千万"
_DENYING_STARTS = "不没未无"   # how a second negation word right after a negated verb begins (不会, 没有)


def _bounds_a_figure(tokens: Sequence[str], i: int, bounds: frozenset[str]) -> bool:
    """Whether the negation at ``i``, a word of ``bound`` and a number after
    it state a limit (不得超过24%, 不能低于100元), as 不超过 does: no denial."""
    after = tokens[i + 1 : i + 3]
    return len(after) == 2 and after[0] in bounds and after[1][:1] in _NUMERALS


def _says_how(tokens: Sequence[str], i: int, manner: frozenset[str]) -> bool:
    """Whether ``不是`` at ``i`` opens a later clause (a comma, or 但 and a
    comma, before it, and words before that) and a word of ``manner`` follows
    it: 会上报征信，不是马上就上; 按日计算，不是按月."""
    k = i - 1
    if k >= 0 and tokens[k] in _BUT:
        k -= 1
    if k < 1 or _WORD.search(tokens[k]) or not any(_WORD.search(w) for w in tokens[:k]):
        return False
    return i + 1 < len(tokens) and tokens[i + 1] in manner


_BUT = frozenset({"但", "但是", "可", "可是", "只是"})


def _opens_a_relative(tokens: Sequence[str], i: int, owners: frozenset[str]) -> bool:
    """A negation first in its clause whose words run, within
    ``_RELATIVE_REACH``, to a 的 with a noun and more words after it, and
    no word of ``owners`` (你的, 所有的: possessive or counting, the
    negation is real)."""
    if i and _WORD.search(tokens[i - 1]):
        return False
    for k in range(i + 2, min(len(tokens) - 1, i + 2 + _RELATIVE_REACH)):
        word = tokens[k]
        if not _WORD.search(word) or word in owners:
            return False
        if word == _NEEDS_HEAD:
            # 的, the noun it describes, and a predicate after them (…的用户更容易提额);
            # with nothing after the noun (不会产生额外的费用) the negation is the claim's.
            rest = tokens[k + 1 : k + 3]
            return len(rest) == 2 and all(_WORD.search(w) for w in rest) and tokens[k - 1] not in owners
    return False
