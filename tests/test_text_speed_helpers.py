"""The text layer's shortcuts give exactly what the slow paths give."""
import unicodedata

import pytest

from analysis import paths
from analysis.source import read_source
from analysis.text import _convertible, _converter, analysis_view, get_tokenizer, nfkc_char, simplify

PAGE_FILES = [paths.DEFAULT_PAGE, *sorted((paths.ROOT / "tests" / "fixtures" / "pages").iterdir())]


def _slow_view(text: str) -> str:
    """analysis_view as written before the shortcuts: one normalize call a character, OpenCC always."""
    convert = _converter().convert
    folded = "".join(m if len(m := unicodedata.normalize("NFKC", c)) == 1 else c for c in text)
    view = convert(folded)
    if len(view) != len(folded):
        view = "".join(s if len(s := convert(c)) == 1 else c for c in folded)
    return view


def test_simplified_text_skips_opencc_and_traditional_text_does_not():
    assert _convertible().isdisjoint("微粒贷逾期会上征信吗")
    assert simplify("微粒贷逾期会上征信吗") == "微粒贷逾期会上征信吗"
    assert simplify("微粒貸逾期會上徵信嗎") == "微粒贷逾期会上征信吗"
    # 瞭 is changed only inside phrases (一目瞭然 → 一目了然): it still sends the text to OpenCC.
    assert _convertible().intersection("一目瞭然") == {"瞭"}
    assert simplify("一目瞭然") == "一目了然"


def test_nfkc_char_folds_one_character_and_keeps_expanding_ones():
    assert [nfkc_char(c) for c in "１Ａ，ｶ…"] == ["1", "A", ",", "カ", "…"]
    assert nfkc_char("") == ""
    assert analysis_view("借唄逾期１２天…") == "借呗逾期12天…"


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_views_of_every_line_equal_the_slow_conversion(path):
    text = read_source(path).text
    for line in [text, *text.split("\n")]:
        assert simplify(line) == _converter().convert(line)
        assert analysis_view(line) == _slow_view(line)


def test_views_of_traditional_phrases_equal_the_slow_conversion():
    # Every key of OpenCC's t2s dictionaries, alone and between simplified words.
    keys = [key for group in _converter()._dict_chain_data for _a, _b, mapping in group for key in mapping]
    for key in keys:
        for text in (key, f"借呗{key}逾期", f"{key}，{key}"):
            assert analysis_view(text) == _slow_view(text)


def test_alnum_pattern_is_str_isalnum():
    from analysis.text import _ALNUM

    for char in "借a1_，。 \u3000①Ⅳ٣":
        assert (_ALNUM.match(char) is not None) == char.isalnum(), char


def test_sentence_splitter_jumps_only_over_characters_it_would_pass_by():
    from analysis.text import split_sentences

    text = "借呗逾期了。他说：“还能借吗？”我不知道 下次再说\n《借呗。规则》很长"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "借呗逾期了。", "他说：“还能借吗？”", "我不知道", "下次再说", "《借呗。规则》很长",
    ]


def test_word_tag_reads_dictionary_words_without_the_hmm_tagger_and_agrees_with_it():
    tokenizer = get_tokenizer()
    # Dictionary words the HMM leaves alone, words the dictionary splits, a
    # letter run, a number, and an unknown pair of characters the HMM may join.
    words = ["逾期", "信用卡", "借呗", "还款", "逾期了", "征信记录", "APP", "2024", "呗贷", "网商贷"]
    for word in words:
        tokenizer._word_tags.pop(word, None)
    fast = {word: tokenizer.word_tag(word) for word in words}
    slow = {word: (pairs[0][1] if len(pairs := tokenizer.tag(word)) == 1 else "") for word in words}
    assert fast == slow
    assert fast["逾期"] == "vn" and fast["借呗"] == "nz" and fast["逾期了"] == ""
