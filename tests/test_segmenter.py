"""The fast segmenters must cut exactly like jieba, the reference."""
from pathlib import Path

import pytest

from analysis import paths, reference
from analysis.page import read_page
from analysis.segmenter import _as_jieba, build_segmenter, differences
from analysis.text import analysis_view
from conftest import FIXTURES

FAST = ["rjieba"]


@pytest.fixture(scope="module")
def segmenters():
    entries = reference.load_pairs("lexicon.txt")
    return {name: build_segmenter(entries, name) for name in ["jieba", *FAST]}


@pytest.mark.parametrize("engine", ["jieba", *FAST])
@pytest.mark.parametrize("text, words", [
    # jieba's HMM stage splits Latin/digit runs at symbols, but keeps one
    # decimal point and a final percent sign with the number.
    ("借呗逾期2024-05-20还清", ["借呗", "逾期", "2024", "-", "05", "-", "20", "还清"]),
    ("花呗年利率3.5%", ["花呗", "年利率", "3.5%"]),
    ("第1.2.3条", ["第", "1.2", ".", "3", "条"]),
    ("客服电话95188-2", ["客服", "电话", "95188", "-", "2"]),
])
def test_cuts_follow_jieba_on_symbols_inside_numbers(segmenters, engine, text, words):
    assert segmenters[engine].cut(text) == words


def test_dictionary_words_with_symbols_stay_whole():
    assert _as_jieba(["C++", "a_b"], {"C++": 3}) == ["C++", "a", "_", "b"]


def _page_texts() -> list[str]:
    texts = []
    for path in [paths.DEFAULT_PAGE, *sorted((FIXTURES / "pages").iterdir())]:
        page = read_page(path)
        texts.append(analysis_view(page.text))
        texts.extend(analysis_view(line) for line in page.text.splitlines() if line.strip())
    return texts


@pytest.mark.parametrize("hmm", [True, False])
@pytest.mark.parametrize("engine", FAST)
def test_fast_engine_cuts_every_page_like_jieba(segmenters, engine, hmm):
    texts = _page_texts()
    assert len(texts) > 100
    count, examples = differences(texts, segmenters[engine], segmenters["jieba"], hmm=hmm)
    assert (count, examples) == (0, [])


@pytest.mark.parametrize("engine", ["jieba", *FAST])
def test_without_hmm_unknown_runs_fall_apart_but_numbers_stay_together(segmenters, engine):
    # 但其 is no dictionary word: the HMM would guess it, the dictionary alone cannot.
    assert segmenters[engine].cut("但其额度2024-05-20恢复", hmm=False) == [
        "但", "其", "额度", "2024", "-", "05", "-", "20", "恢复"]


def test_auto_prefers_the_fast_path(segmenters):
    assert build_segmenter([("网商贷", "nz")], "auto").engine == "rjieba"


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown segmenter"):
        build_segmenter([], "thulac")


@pytest.mark.parametrize("engine", ["jieba", *FAST])
def test_dictionary_tags_letters_digits_and_symbols_as_posseg(segmenters, engine):
    # posseg without the HMM: single letters and digits are "eng" (even a lone
    # digit), symbols outside its word runs are "x", lexicon words keep their tag.
    assert segmenters[engine].tag("借呗a-b 3.5%", hmm=False) == [
        ("借呗", "nz"), ("a", "eng"), ("-", "x"), ("b", "eng"), (" ", "x"),
        ("3", "eng"), (".", "x"), ("5", "eng"), ("%", "x")]


@pytest.mark.parametrize("engine", FAST)
def test_fast_engine_tags_every_page_like_posseg(segmenters, engine):
    texts = _page_texts()
    reference_pos = segmenters["jieba"]
    different = [t for t in texts if segmenters[engine].tag(t, hmm=False) != reference_pos.tag(t, hmm=False)]
    assert different == []
