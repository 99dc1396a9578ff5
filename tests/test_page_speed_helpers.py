"""The page parser's shortcuts: built once per cue-file version, same answers."""
from analysis import page
from analysis.page import _is_markdown_title, _literal_alternation, _load_cues, parse_page


def test_markdown_title_is_one_hash_and_a_space():
    assert _is_markdown_title("# 借呗逾期怎么办")
    assert not _is_markdown_title("## 一、后果")
    assert not _is_markdown_title("#3楼 小王")


def test_literal_alternation_finds_any_of_the_words_as_written():
    pattern = _literal_alternation(["版权所有", "(c)", "免责"])
    assert pattern.match("版权所有 © 某网")
    assert pattern.match("(c) 2025")
    assert not pattern.match("本文版权所有")
    assert pattern.search("本文版权所有")
    assert _literal_alternation([]) is None


def test_cues_are_built_once_while_their_files_stay_the_same():
    first = _load_cues()
    assert _load_cues() is first
    assert first.furniture == first.buttons | first.boilerplate_lines


def test_the_title_is_the_line_above_the_meta_line_or_a_markdown_title():
    text = "某网 > 借呗\n借呗逾期会怎样才好呢\n作者:小编 2025-01-01\n一、后果\n逾期会上征信。\n"
    assert parse_page(text).title == "借呗逾期会怎样才好呢"
    # A "# " line further down the window wins over the line above the meta line.
    marked = "借呗逾期会怎样才好呢\n2025-01-01\n# 真正的标题在这里\n逾期会上征信。\n"
    assert parse_page(marked).title == "真正的标题在这里"


def test_a_line_looked_at_twice_is_worked_out_once():
    parser = page._Parser("借呗逾期会怎样\n2025-01-01\n正文。\n", _load_cues())
    fields = parser._meta_fields("2025-01-01")
    assert fields == {"published_at": "2025-01-01"}
    assert parser._meta_fields("2025-01-01") is fields
    assert parser._boilerplate_kind("赞(3) 回复") == "line"
    assert parser._boilerplate_kind("逾期会上征信。") == ""


def test_not_furniture_finds_a_chinese_character_no_furniture_word_holds():
    from analysis.page import _not_furniture

    pattern = _not_furniture({"赞", "回复", "举报"})
    assert pattern.search("逾期了怎么办") is not None
    assert pattern.search("赞(12) 回复 举报") is None
    # 丨 parts buttons; digits, Latin letters and full-width forms are left to the full check.
    assert pattern.search("回复丨赞 5 OK ＯＫ") is None


def test_a_line_of_prose_is_no_button_row_and_a_row_of_buttons_is():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert not parser._is_button_row("逾期后会被冻结额度")
    assert parser._is_button_row("赞(12) 回复 举报")
    assert parser._is_button_row("点赞 5")
