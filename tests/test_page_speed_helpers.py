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


def test_word_screen_turns_down_only_lines_that_hold_none_of_the_words():
    from analysis.page import _WordScreen

    screen = _WordScreen(["作者", "来源", "Author"])
    assert screen.may_hold("作者:小王")
    assert screen.may_hold("本文来源于网络")
    # The cased word is found in any case, as meta_key_re finds it.
    assert screen.may_hold("AUTHOR: Li")
    assert screen.may_hold("by author li")
    assert not screen.may_hold("逾期会上征信。")
    assert not screen.may_hold("an auth line")  # its first letter, not the word
    assert not _WordScreen([]).may_hold("作者")


def test_a_character_is_cased_when_it_has_another_case():
    from analysis.page import _is_cased

    assert _is_cased("A") and _is_cased("a") and _is_cased("ß")
    assert not _is_cased("作") and not _is_cased("1") and not _is_cased(":")


def test_strip_count_takes_a_count_off_either_end_only():
    from analysis.page import _strip_count

    assert _strip_count("网友评论3") == "网友评论"
    assert _strip_count("精彩评论12条") == "精彩评论"
    assert _strip_count("共12条评论") == "评论"
    assert _strip_count("网友评论") == "网友评论"
    assert _strip_count("3个网友评论过") == "个网友评论过"
    assert _strip_count("评论12\n") == "评论\n"
    assert _strip_count("") == ""


def test_a_tab_row_is_sort_tabs_only():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser._is_tab_row("热度 | 时间")
    assert parser._is_tab_row("最热 最新")
    assert not parser._is_tab_row("最热 逾期")
    assert not parser._is_tab_row("最热 hot")
    assert not parser._is_tab_row("")
    assert parser.cues.not_tab_re.search("最热 逾期") is not None
    assert parser.cues.not_tab_re.search("热度 | 时间") is None


def test_a_link_row_is_three_short_names_between_bars():
    from analysis.page import _is_link_row

    assert _is_link_row("贷款知识网 | 消费信贷 | 关于我们")
    assert not _is_link_row("贷款知识网 | 消费信贷")
    assert not _is_link_row("逾期了 | 怎么办才好呢这是一句很长的话 | 关于我们")


def test_a_line_is_name_shaped_when_short_and_unpunctuated():
    from analysis.page import _looks_like_name, _name_shaped

    assert _name_shaped("小王", "小王") and _looks_like_name("小王")
    assert not _name_shaped("小王，你好", "小王,你好") and not _looks_like_name("小王，你好")
    assert not _name_shaped("一二三四五六七八九十一二三四五六七", "一二三四五六七八九十一二三四五六七")


def test_a_count_unit_goes_with_its_count_in_a_button_row():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser._is_button_row("赞同 1.2 万")
    assert not parser._is_button_row("赞同 万一")


def test_heading_styles_are_tried_by_the_character_a_line_starts_with():
    from analysis.page import _CN_NUM, _STYLES_BY_START, _heading_of

    assert [style for style, _ in _STYLES_BY_START["0"]] == ["n.", "n、", "n)"]
    assert [style for style, _ in _STYLES_BY_START["("]] == ["(cn)", "(n)"]
    assert [style for style, _ in _STYLES_BY_START["一"]] == ["cn"]
    assert not any(char.isdecimal() for char in _CN_NUM)  # a numeral is never looked up as "0"
    assert _heading_of("1. 逾期后果", "1. 逾期后果") == ("n.", "1", "逾期后果", "")
    assert _heading_of("٣. 逾期后果", "٣. 逾期后果") == ("n.", "٣", "逾期后果", "")  # \d: any decimal digit
    assert _heading_of("(二) 协商还款", "(二) 协商还款") == ("(cn)", "二", "协商还款", "")
    assert _heading_of("第3步:联系客服", "第3步:联系客服") == ("step", "3", "联系客服", "")
    assert _heading_of("逾期后果", "逾期后果") is None


def test_a_byline_without_dots_or_bars_names_nobody():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser._relative_byline("钱包小助手 3小时前") == {}
    assert parser._relative_byline("钱包小助手 · 3小时前") == {"author": "钱包小助手"}


def test_a_place_field_is_looked_for_only_where_its_last_character_is():
    cues = _load_cues()
    assert cues.place_marks is not None and "地" in cues.place_marks
    parser = page._Parser("借呗逾期会怎样\n", cues)
    assert parser._may_name_a_place("小王 · IP属地：广东")
    assert not parser._may_name_a_place("逾期会上征信。")
    assert parser._without_place_field("2小时前 · IP属地：广东") == "2小时前"
    assert parser._without_place_field(" · 2小时前 · ") == "2小时前"


def test_a_line_of_counters_alone_is_views_only():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser._views_only("关注者 56 | 被浏览 12,345")
    assert not parser._views_only("逾期会上征信,被浏览的人很多。")
    assert not parser._views_only("作者:小王 | 浏览 88")


def test_a_line_without_a_digit_or_with_another_kind_of_digit_is_furniture_only_as_buttons():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser._furniture_kind("查看全部 12 个回答") == "line"
    # ③ is a digit but no decimal one: no count is taken out, and as a word it is no button.
    assert parser._furniture_kind("赞 ③ 回复") == ""
    assert parser._furniture_kind("逾期③次会怎样") == ""
    assert parser._furniture_kind("展开 3 条回复") == "line"


def test_a_comment_header_needs_a_year_or_a_time_without_one():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser._read_comment_header("头像 小王 2024-10-25") == ("小王", "2024-10-25", "", len("头像 小王 2024-10-25"))
    assert parser._read_comment_header("被起诉的都是欠了很多年的,不用太担心。") is None


def test_lines_and_blocks_are_made_as_their_classes_make_them():
    from dataclasses import fields

    from analysis.page import Block, Line, _block, _line

    line = _line(3, 17, "逾期会上征信。", "paragraph", "section:1")
    assert line == Line(3, 17, "逾期会上征信。", "paragraph", "section:1")
    assert vars(line) == vars(Line(3, 17, "逾期会上征信。", "paragraph", "section:1"))
    assert list(vars(line)) == [f.name for f in fields(Line)]
    block = _block("逾期会上征信。", 17, 3)
    assert block == Block("逾期会上征信。", 17, 3) and block.end == 24
    assert list(vars(block)) == [f.name for f in fields(Block)]
    assert hash(block) == hash(Block("逾期会上征信。", 17, 3))


def test_a_line_starts_after_its_leading_blanks():
    parser = page._Parser("借呗逾期会怎样\n\n  \u3000逾期会上征信。 \n", _load_cues())
    assert parser.lines == [(1, 0, "借呗逾期会怎样"), (3, 12, "逾期会上征信。")]


def test_a_relative_time_is_looked_for_only_with_a_digit_or_a_relative_word():
    parser = page._Parser("借呗逾期会怎样\n", _load_cues())
    assert parser.cues.relative_screen is not None
    assert parser._relative("3小时前").group(0) == "3小时前"
    assert parser._relative("小王 昨天 21:14").group("author") == "小王"
    assert parser._relative("逾期会上征信。") is None
    assert parser._bare_relative_time("昨天")
    assert not parser._bare_relative_time("逾期会上征信")


def test_a_named_line_has_its_colon_within_thirteen_characters():
    from analysis.page import _named_match

    assert _named_match("江城子:还是要尽快还").group(1) == "江城子"
    assert _named_match("一二三四五六七八九十一二:正文").group(1) == "一二三四五六七八九十一二"
    assert _named_match("一二三四五六七八九十一二三:正文") is None
    assert _named_match("22:00以后还款") is None
    assert _named_match("逾期会上征信。") is None


def test_tag_words_are_cut_out_of_a_comment_only_where_one_stands():
    text = "借呗逾期会怎样？\n2025-01-01\n逾期会上征信。\n网友评论\n头像 小李 2025-01-02\n合同纠纷 我也逾期过。\n头像 小王 2025-01-03\n按时还款。\n"
    page_ = parse_page(text)
    assert [(c.author, c.text, c.tags) for c in page_.comments] == [
        ("小李", "我也逾期过。", ("合同纠纷",)),
        ("小王", "按时还款。", ()),
    ]


def test_a_circled_number_opens_a_heading_wherever_the_strips_leave_it():
    from analysis.page import _heading_of

    assert _heading_of("①逾期后果", " **①逾期后果** ") == ("circled", "1", "逾期后果", "")
    assert _heading_of("逾期后果①", "逾期后果①") is None
    assert _heading_of("逾期后果", "逾期后果") is None
