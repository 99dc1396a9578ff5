"""Clauses cut out of their sentence: the view and the words of a part are
taken from the whole text where both ends stand next to a mark that no
conversion entry holds and every segmenter cuts alone."""
import json
from pathlib import Path

import pytest

from analysis import claims as C
from analysis.text import analysis_view, get_tokenizer


@pytest.fixture(scope="module")
def tokenizer():
    return get_tokenizer()


def _table_entries():
    import opencc

    package = Path(opencc.__file__).parent
    config = json.loads((package / "config" / "t2s.json").read_text(encoding="utf-8"))
    for chain in config["conversion_chain"]:
        for entry in chain["dict"]["dicts"]:
            for line in (package / "dictionary" / entry["file"]).read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                yield key, values.split(" ")[0]


def test_conversion_entries_keep_the_length_of_what_they_replace():
    """The view has one character per original character without falling
    back to character-by-character conversion, so a view cut next to a mark
    is the view of the part (no entry holds a mark: test_claims_words)."""
    entries = list(_table_entries())
    assert len(entries) > 1000
    assert all(len(key) == len(value) for key, value in entries)


def test_each_cut_mark_is_a_word_of_its_own(tokenizer):
    for mark in sorted(C._CUT_MARKS):
        words = [w for w, _ in tokenizer.tag("逾期" + mark + "征信", hmm=False)]
        assert words == ["逾期", mark, "征信"], mark


def test_a_text_cuts_cleanly_at_its_ends_and_next_to_a_mark():
    view = "逾期后,会上报征信。"
    assert C._cuts_cleanly(view, 0) and C._cuts_cleanly(view, len(view))
    assert C._cuts_cleanly(view, 3)       # before the comma
    assert C._cuts_cleanly(view, 4)       # after it
    assert not C._cuts_cleanly(view, 2)   # between 期 and 后
    assert not C._cuts_cleanly(view, 6)   # inside 上报
    # A full stop may sit inside a number (5000.5): no clean cut next to it.
    assert not C._cuts_cleanly("借款5000.5元", 7)


@pytest.fixture
def viewed(monkeypatch):
    """The texts viewed afresh by the claim extractor (the tagging of a new text)."""
    seen = []

    def view(text):
        seen.append(text)
        return analysis_view(text)

    monkeypatch.setattr(C, "analysis_view", view)
    C._cached_words.cache_clear()
    yield seen
    C._cached_words.cache_clear()


def test_a_part_cut_out_of_its_sentence_is_the_part_tagged_afresh(tokenizer, viewed):
    sentence = C._Words("逾期后，征信会受影响。", tokenizer)
    part = C._part(sentence, 4, 11)
    assert viewed == ["逾期后，征信会受影响。"]   # the part is not viewed nor tagged again
    fresh = C._Words("征信会受影响。", tokenizer)
    assert part.text == "征信会受影响。"
    assert (part.view, part.words, part.bounds) == (fresh.view, fresh.words, fresh.bounds)
    assert part.words[0] == ("征信", sentence.words[3][1], 0)
    assert C._part(sentence, 4, 11) is part
    assert C._part(sentence, 0, 11) is sentence


def test_a_part_not_next_to_a_mark_is_tagged_afresh(tokenizer, viewed):
    sentence = C._Words("逾期后征信会受影响", tokenizer)
    part = C._part(sentence, 3, 9)
    assert viewed == ["逾期后征信会受影响", "征信会受影响"]
    assert part is C._words("征信会受影响", tokenizer)


def test_a_text_with_a_percent_sign_is_not_cut(tokenizer, viewed):
    """A word with % may send the whole text to jieba.posseg for its tags."""
    sentence = C._Words("利率为3.5%，逾期会罚息。", tokenizer)
    part = C._part(sentence, 8, 14)
    assert part.text == "逾期会罚息。"
    assert viewed == ["利率为3.5%，逾期会罚息。", "逾期会罚息。"]
    assert part is C._words("逾期会罚息。", tokenizer)


def test_views_cut_next_to_marks_are_the_views_of_the_parts(tokenizer):
    """Phrases of the conversion tables, joined by marks: every part between
    two marks has the view it has alone."""
    phrases = [key for key, _ in _table_entries() if len(key) > 1][:120]
    marks = sorted(C._CUT_MARKS)
    text = "".join(p + marks[k % len(marks)] for k, p in enumerate(phrases))
    sentence = C._Words(text, tokenizer)
    start = 0
    for k, phrase in enumerate(phrases):
        end = start + len(phrase) + 1
        for a, b in ((start, end), (start, end - 1), (start, end + len(phrases[k + 1]) if k + 1 < len(phrases) else end)):
            assert C._cuts_cleanly(sentence.view, a) and C._cuts_cleanly(sentence.view, b)
            assert sentence.view[a:b] == analysis_view(text[a:b]), text[a:b]
        start = end
