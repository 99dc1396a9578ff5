"""Topics: the helpers that keep per-page work small give the same answers."""
from __future__ import annotations

import dataclasses

from analysis import topics
from analysis.claims import Claim
from analysis.topics import CueIndex, Topic, build_cue_index, load_stopwords, topic_scores, topics_of

TAXONOMY = (
    Topic("a", "甲", cues=("支付功能", "信用"), weak_cues=("记录",)),
    Topic("b", "乙", cues=("信用记录",), threshold=2.0),
)


def _claim(**changes):
    base = Claim(doc_id="d", claim_id="a001", origin="article", section_id="一", comment_id=None,
                 sentence_id="s001", text="信用记录", char_start=0, char_end=4, kind="fact", polarity="affirm",
                 modality="certain", norm="信用记录", tokens=("信用", "记录"))
    return dataclasses.replace(base, **changes)


def test_cue_index_lists_every_leading_part_of_a_cue():
    index = build_cue_index(TAXONOMY)
    assert index.prefixes == frozenset({"支", "支付", "支付功", "支付功能", "信", "信用", "记", "记录",
                                        "信用记", "信用记录"})
    assert index.longest == 4
    assert index.cues["记录"] == ((0, 0.5),)


def test_cue_index_is_built_once_per_taxonomy_tuple():
    assert build_cue_index(TAXONOMY) is build_cue_index(TAXONOMY)
    # An equal taxonomy in another tuple gets its own, equal index.
    copy = (*TAXONOMY[:1], *TAXONOMY[1:])
    assert copy is not TAXONOMY and build_cue_index(copy) == build_cue_index(TAXONOMY)
    # A list may change between calls: indexed every time.
    assert build_cue_index(list(TAXONOMY)) is not build_cue_index(list(TAXONOMY))


def test_scores_stop_joining_words_once_no_cue_can_follow():
    index = build_cue_index(TAXONOMY)
    # 信用 + 记录 spell the longer cue (topic b); its words are not counted again.
    assert topic_scores(["信用", "记录"], index) == [0.0, 1.0]
    # 信用卡 is no leading part of a cue: 信用 is not found inside it.
    assert topic_scores(["信用卡", "记录"], index) == [0.5, 0.0]
    assert topic_scores(["支付", "功能", "信用", " ", "信用"], index) == [3.0, 0.0]
    assert topics_of(["支付", "功能", "记录"], TAXONOMY, index) == ("a",)
    # b needs a score of 2: one 信用记录 is below its threshold.
    assert topics_of(["信用", "记录"], TAXONOMY, index) == ()
    assert topics_of(["信用", "记录", "信用记录"], TAXONOMY, index) == ("b",)


def test_a_hand_made_index_without_prefixes_still_matches():
    index = CueIndex({"信用记录": ((1, 1.0),), "信用": ((0, 1.0),)}, 4, 2)
    assert topic_scores(["信用", "记录", "信用"], index) == [1.0, 1.0]


def test_stopwords_are_resolved_once_per_file_contents(tmp_path):
    path = tmp_path / "stop.txt"
    path.write_text("的\n# comment\n乾\n", encoding="utf-8")
    first = load_stopwords(path)
    assert first == frozenset({"的", "干"})   # the analysis view: simplified script
    assert load_stopwords(path) is first
    path.write_text("的\n吗\n", encoding="utf-8")
    import os
    os.utime(path, ns=(1, 10**18))            # a new modification time: the file is read again
    assert load_stopwords(path) == frozenset({"的", "吗"})


def test_keyword_words_tag_only_the_words_that_pass_the_cheap_tests():
    tags = {"逾期": "v", "征信": "n", "影响": "vn", "马上": "d", "2024": "m", "的话": "u"}
    asked = []

    def tag(word):
        asked.append(word)
        return tags[word]

    words = ["逾期", "的", "征信", "2024", "的话", "马上", "3.5%", "影响"]
    kept = topics._keyword_words(words, frozenset({"的话"}), tag)
    # 的 is one character, 的话 a stop word, 2024 and 3.5% have no letter: never tagged.
    assert asked == ["逾期", "征信", "马上", "影响"]
    # 马上 is an adverb: it describes rather than names.
    assert kept == frozenset({"逾期", "征信", "影响"})


def test_keyword_ranks_break_ties_by_word():
    # Words jieba's IDF does not list weigh its median: said as often, they tie.
    claims = [_claim(claim_id=f"a00{i}", tokens=tokens)
              for i, tokens in enumerate([("qxb", "qxa"), ("qxa", "qxb")], start=1)]
    page = type("Page", (), {"doc_id": "d", "sections": ()})()
    rows = topics.keyword_table(page, claims, None).rows
    assert [row[:4] for row in rows] == [("d", "一", 1, "qxa"), ("d", "一", 2, "qxb")]
    assert rows[0][4] == rows[1][4] > 0


def test_a_word_inside_a_counted_cue_starts_no_other():
    index = build_cue_index(TAXONOMY)
    # 信用记录 is counted from the first word (b); the 记录 inside it is not
    # counted again, the 记录 after it is (a, weak); 天气 and blanks start nothing.
    assert topic_scores(["天气", "信用", "记录", " ", "记录"], index) == [0.5, 1.0]
    assert topics._touched_scores(["天气", "", "了"], index) == {}
