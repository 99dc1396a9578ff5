"""The bundled page's structure, read off the page by hand."""
import pytest

from analysis.page import parse_page
from analysis.source import PageError

TITLE = "微粒贷逾期还能用不?还能正常还款吗?还完后有额度吗?能再借款吗?"


def test_metadata(seed_page):
    assert seed_page.title == TITLE
    assert seed_page.site == "红际法律"
    assert seed_page.channel == "逾期资讯"
    assert seed_page.author == "卞礼忠"
    assert seed_page.published_at == "2025-03-25T14:21:40"
    assert seed_page.encoding == "utf-8"
    assert seed_page.title_line_no == 8


def test_seven_top_sections_with_their_sub_items(seed_page):
    top = [s for s in seed_page.sections if s.level == 1]
    assert [(s.section_id, s.title) for s in top] == [
        ("一", "微粒贷逾期的作用范围"),
        ("二", "微粒贷逾期后的具体影响"),
        ("三", "微粒贷逾期后的还款形式"),
        ("四", "微粒贷逾期还清后的状态"),
        ("五", "微粒贷逾期一天的影响"),
        ("六", "怎样避免微粒贷逾期?"),
        ("七", "总结"),
    ]
    subs = {s.section_id: s.title for s in seed_page.sections if s.level == 2}
    assert subs == {
        "二.1": "无法继续借款", "二.2": "逾期记录的保留期限", "二.3": "法律追讨的可能性",
        "三.1": "主动还款", "三.2": "分期还款", "三.3": "线下还款",
        "四.1": "账户状态恢复", "四.2": "信用记录的更新", "四.3": "重新借款的可能性",
        "五.1": "罚息和滞纳金", "五.2": "信用记录的轻微影响", "五.3": "无法再次借款",
        "六.1": "合理规划资金", "六.2": "设置提醒机制", "六.3": "提前还款", "六.4": "与平台沟通",
    }
    assert all(seed_page.section(sid).parent_id == sid.split(".")[0] for sid in subs)
    # No lead section: the article starts with its first heading.
    assert "0" not in [s.section_id for s in seed_page.sections]


def test_section_text_keeps_original_characters(seed_page):
    first = seed_page.section("一")
    assert len(first.blocks) == 2
    assert first.blocks[0].text.startswith("微粒贷是腾讯旗下的小额信贷产品")
    assert seed_page.section("三").text == "对已经发生逾期的客户而言,及时还款是最为关键的一步。以下是几种常见的还款形式:"


def test_three_comments_with_authors_dates_and_tags(seed_page):
    assert [(c.comment_id, c.author, c.date) for c in seed_page.comments] == [
        (1, "Jasmine松茸", "2025-03-25"),
        (2, "奕彤", "2025-03-25"),
        (3, "宏波", "2025-03-25"),
    ]
    first, second, third = seed_page.comments
    assert first.tags == ("法律依据与解读",)
    assert third.tags == ("其他消费纠纷",)
    assert second.tags == ()
    # The tag is cut out of the analysed text: the text around it stays.
    assert [b.text for b in third.blocks][0] == "微粒逾期一天是不是以后都不能用了"
    assert third.blocks[1].text.startswith("微粒贷逾期一天并不会导致以后都不能使用")
    assert "法律依据与解读" not in first.text


def test_boilerplate_and_seo_repeats(seed_page):
    roles = {line.line_no: line.role for line in seed_page.lines}
    assert [n for n, r in roles.items() if r == "seo_repeat"] == [12, 36]
    assert [n for n, r in roles.items() if r == "boilerplate"] == [5, 114, 115, 116]
    assert roles[106] == "comment_marker"
    assert [n for n, r in roles.items() if r == "meta"] == [1, 3, 6, 10]


def test_offsets_slice_back_to_the_original(seed_page):
    blocks = [b for s in seed_page.sections for b in s.blocks] + [b for c in seed_page.comments for b in c.blocks]
    assert blocks
    for block in blocks:
        assert seed_page.text[block.start : block.end] == block.text


def test_heading_styles_and_nesting():
    text = "\n".join([
        "某某网",
        "信用卡分期怎么算利息？",
        "作者：某某 2025-01-01",
        "（一）分期手续费",
        "每期手续费按本金计算。",
        "（1）费率",
        "费率一般为每期0.6%。",
        "（2）期数",
        "常见期数为3期、6期、12期。",
        "（二）提前还款",
        "提前还款可能仍需支付剩余手续费。",
    ])
    page = parse_page(text)
    assert [(s.section_id, s.level) for s in page.sections] == [
        ("一", 1), ("一.1", 2), ("一.2", 2), ("二", 1),
    ]
    assert page.author == "某某"
    assert page.published_at == "2025-01-01"


def test_numbered_sentence_is_a_paragraph_not_a_heading():
    text = "网站\n借呗能提前还款吗？\n2025-01-01\n一、提前还款\n1. 借呗支持随时提前还款，利息按实际天数计算。\n"
    page = parse_page(text)
    assert [s.section_id for s in page.sections] == ["一"]
    assert page.section("一").text == "1. 借呗支持随时提前还款，利息按实际天数计算。"


def test_heading_with_body_after_colon():
    text = "网站\n花呗怎样避免逾期？\n2025-01-01\n1. 设置提醒：在还款日前三天设置手机提醒。\n"
    page = parse_page(text)
    section = page.section("1")
    assert section.title == "设置提醒"
    assert section.text == "在还款日前三天设置手机提醒。"
    assert page.text[section.blocks[0].start : section.blocks[0].end] == section.text


def test_page_with_only_furniture_has_no_title():
    with pytest.raises(PageError, match="no recognisable title"):
        parse_page("分享\n最新文章\n")


def test_title_without_body_is_rejected():
    with pytest.raises(PageError, match="no article body"):
        parse_page("借呗逾期了会怎么样呢大家知道吗\n")


def test_comment_headers_with_relative_times_and_a_counted_marker():
    text = "\n".join([
        "信用卡逾期后还能分期吗？",
        "作者：某某 2025-02-03",
        "一、能否分期",
        "多数银行允许逾期后申请分期。",
        "网友评论(2)",
        "小王 3天前",
        "我申请过，银行同意了。",
        "路过的猫 刚刚 分期要手续费吧？",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("小王", "", "我申请过，银行同意了。"),
        ("路过的猫", "", "分期要手续费吧？"),
    ]


def test_avatar_line_opens_comments_without_a_marker():
    text = "\n".join([
        "花呗逾期一天怎么办？",
        "2025-02-03",
        "尽快还清，一般不会上征信。",
        "头像 阿花 2025-02-04",
        "我逾期一天第二天还上了，没事。",
    ])
    page = parse_page(text)
    assert page.section("0").text == "尽快还清，一般不会上征信。"
    assert [(c.author, c.date, c.text) for c in page.comments] == [("阿花", "2025-02-04", "我逾期一天第二天还上了，没事。")]


def test_floor_labels_places_and_nested_replies():
    text = "\n".join([
        "借呗逾期后额度会恢复吗？",
        "作者：某某 2025-03-01",
        "还清后系统会重新评估额度。",
        "网友评论",
        "沙发 阿花 2025-03-02 10:00 IP属地：四川",
        "我还清一周后额度就恢复了。",
        "阿草 回复 @阿花：我等了一个月。",
        "#2楼 大熊 2025-03-03",
        "IP属地：湖南",
        "回复 阿草：可能每个人不一样。",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        ("阿花", "2025-03-02T10:00", "", "我还清一周后额度就恢复了。"),
        ("阿草", "", "阿花", "我等了一个月。"),
        ("大熊", "2025-03-03", "阿草", "可能每个人不一样。"),
    ]
    roles = [line.role for line in page.lines]
    assert roles[4:] == ["comment_header", "comment", "comment", "comment_header", "comment_header", "comment"]


def test_a_reply_word_inside_a_sentence_is_not_a_reply():
    text = "花呗逾期怎么办？\n2025-01-01\n网友评论\n小王 2025-01-02\n我回复客服:已经还了，对方说会处理。\n"
    page = parse_page(text)
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [("小王", "", "我回复客服:已经还了，对方说会处理。")]


def test_button_rows_are_furniture_but_a_one_word_comment_is_kept():
    text = "\n".join([
        "信用卡可以协商分期吗？",
        "2025-04-01",
        "可以和银行协商个性化分期。",
        "精彩评论",
        "小周 2025-04-02",
        "支持",
        "赞(3) 回复 举报",
        "老吴 2025-04-03",
        "我协商成功了。",
        "点赞 12",
    ])
    page = parse_page(text)
    assert [c.text for c in page.comments] == ["支持", "我协商成功了。"]
    assert [line.line_no for line in page.lines if line.role == "boilerplate"] == [7, 10]


def test_header_split_over_two_lines_and_times_without_a_year():
    text = "\n".join([
        "网商贷逾期会怎样？",
        "2025-05-01",
        "会产生罚息并影响征信。",
        "热门评论",
        "青青草",
        "3小时前",
        "罚息每天都在涨。",
        "Ann Lee",
        "昨天 21:14",
        "早点还吧。",
        "阿强 05-12 10:30 我也是这样。",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("青青草", "", "罚息每天都在涨。"),
        ("Ann Lee", "", "早点还吧。"),
        # A day without its year is in the page's year.
        ("阿强", "2025-05-12T10:30", "我也是这样。"),
    ]


def test_site_suffix_leaves_the_title():
    page = parse_page("借呗逾期一天会怎样_某某金融网\n2025-01-01\n一般影响不大。\n")
    assert (page.title, page.site) == ("借呗逾期一天会怎样", "某某金融网")
    # A last part that is a question is part of the title, not a site.
    page = parse_page("借呗逾期一天-会上征信吗\n2025-01-01\n一般影响不大。\n")
    assert page.title == "借呗逾期一天-会上征信吗"


def test_meta_with_separators_and_counts_without_colon():
    page = parse_page("花呗逾期的费用怎么算？\n作者：张三丨2025-01-02 10:00丨阅读 1234\n按日收取逾期费。\n")
    assert (page.author, page.published_at, page.views) == ("张三", "2025-01-02T10:00", "1234")
    page = parse_page("花呗逾期的费用怎么算？\n李四 · 2025-01-03 · 浏览(56)\n按日收取逾期费。\n")
    assert (page.author, page.published_at, page.views) == ("李四", "2025-01-03", "56")


def test_a_count_inside_a_sentence_is_not_a_view_count():
    page = parse_page("花呗逾期的费用怎么算？\n2025-01-02\n阅读 3 遍合同再借款。\n")
    assert page.views == ""
    assert page.section("0").text == "阅读 3 遍合同再借款。"


def test_more_heading_styles():
    text = "\n".join([
        "信用卡逾期问答",
        "2025-06-01",
        "【一】会不会上征信",
        "会，逾期记录会报送。",
        "1）逾期一天",
        "多数银行有容时服务。",
        "①容时期",
        "一般为三天。",
        "【二】能不能分期",
        "可以申请。",
    ])
    page = parse_page(text)
    assert [(s.section_id, s.level, s.title) for s in page.sections] == [
        ("一", 1, "会不会上征信"), ("一.1", 2, "逾期一天"), ("一.1.1", 3, "容时期"), ("二", 1, "能不能分期"),
    ]
    faq = parse_page("花呗常见问题\n2025-06-01\nQ1：逾期一天会怎样\n影响不大。\nQ2：多久上征信\n随时可能。\n")
    assert [(s.section_id, s.title) for s in faq.sections] == [("1", "逾期一天会怎样"), ("2", "多久上征信")]


def test_zero_padded_numbers_head_sections_even_when_their_titles_ask():
    page = parse_page(
        "信用卡分期提前还款划算吗？\n原创 老K 卡片研究所 2026-06-01 09:00 广东\n很多人问分期能不能提前还。\n"
        "01 手续费退不退\n已收的手续费一般不退。\n02 利息怎么算\n未出账的手续费不再收取。\n"
    )
    # A question as a numbered part's title (02 利息怎么算) heads it, as 二、利息怎么算 would.
    assert [(s.section_id, s.level, s.number, s.title, s.text) for s in page.sections] == [
        ("0", 0, "", "", "很多人问分期能不能提前还。"),
        ("01", 1, "01", "手续费退不退", "已收的手续费一般不退。"),
        ("02", 1, "02", "利息怎么算", "未出账的手续费不再收取。"),
    ]
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["02 利息怎么算"] == ("heading", "section:02")


def test_two_digit_numbers_go_on_from_09_but_a_figure_before_a_word_is_text():
    page = parse_page(
        "网商贷逾期怎么处理\n2026-06-02\n08 先看合同\n合同写明罚息。\n09 再问客服\n客服可以协商。\n"
        "10 最后算账\n算清本金和利息。\n12 期免息\n这是另一种活动。\n"
    )
    # 10 goes on from 09; 12 after 10 is no next part: an amount and a word, text of part 10.
    assert [(s.section_id, s.title) for s in page.sections] == [("08", "先看合同"), ("09", "再问客服"), ("10", "最后算账")]
    assert page.section("10").text == "算清本金和利息。\n12 期免息\n这是另一种活动。"
    alone = parse_page("借呗逾期利息\n2026-06-02\n借呗按日计息。\n10 天内还清\n利息很少。\n")
    assert [s.section_id for s in alone.sections] == ["0"]
    assert alone.sections[0].text == "借呗按日计息。\n10 天内还清\n利息很少。"


def test_hash_floor_is_not_a_markdown_heading():
    text = "借呗逾期怎么办？\n2025-01-01\n尽快还款。\n#1楼 小马 2025-01-02\n我也逾期了。\n"
    page = parse_page(text)
    assert page.title == "借呗逾期怎么办？"
    assert [(c.author, c.text) for c in page.comments] == [("小马", "我也逾期了。")]


def test_counted_marker_with_the_count_first():
    page = parse_page("借呗逾期怎么办？\n2025-01-01\n尽快还款。\n共2条评论\n小马 2025-01-02\n我也逾期了。\n")
    assert [line.role for line in page.lines][3] == "comment_marker"
    assert page.comments[0].author == "小马"


def test_long_runs_of_spaces_inside_a_line():
    # A saved page can pad a line with thousands of spaces; the line still parses as usual.
    text = "借呗逾期怎么办？\n2025-01-01\n尽快还款。\n网友评论\n小王 2025-01-02" + " " * 50000 + "好的。\n"
    page = parse_page(text)
    assert [(c.author, c.date, c.text) for c in page.comments] == [("小王", "2025-01-02", "好的。")]


def test_channel_suffix_leaves_the_title_but_is_not_the_site():
    page = parse_page("首页 > 借呗\n借呗逾期三天怎么办_借呗\n2025-01-01\n尽快还款。\n")
    assert (page.title, page.site, page.channel) == ("借呗逾期三天怎么办", "", "借呗")


def test_a_single_line_with_a_colon_is_not_a_name():
    text = "借呗逾期怎么办？\n2025-01-01\n尽快还款。\n网友评论\n我觉得：还是要尽快还，拖着利息更多。\n"
    page = parse_page(text)
    assert [(c.author, c.text) for c in page.comments] == [("", "我觉得：还是要尽快还，拖着利息更多。")]


def test_update_time_does_not_replace_the_publication_date():
    page = parse_page("借呗逾期怎么办？\n发布时间：2025-06-18 09:12 更新时间：2025-07-01\n尽快还款。\n")
    assert page.published_at == "2025-06-18T09:12"
    page = parse_page("借呗逾期怎么办？\n更新时间：2025-07-01 作者：小刘\n尽快还款。\n")
    assert (page.published_at, page.author) == ("2025-07-01", "小刘")


def test_an_edited_cue_file_is_read_on_the_next_page(tmp_path, monkeypatch):
    import shutil

    from analysis import paths

    folder = tmp_path / "reference"
    shutil.copytree(paths.REFERENCE_DIR, folder)
    monkeypatch.setattr(paths, "REFERENCE_DIR", folder)
    text = "借呗逾期会怎样？\n2025-01-01\n一、后果\n逾期会上征信。\n读者来信\n头像 小李 2025-01-02\n我也逾期过。\n"
    before = parse_page(text)
    # Without the marker, the avatar line still opens the comments; the marker line is body text.
    assert [b.text for b in before.section("一").blocks] == ["逾期会上征信。", "读者来信"]
    with (folder / "comment_markers.txt").open("a", encoding="utf-8") as handle:
        handle.write("读者来信\n")
    after = parse_page(text)
    assert [b.text for b in after.section("一").blocks] == ["逾期会上征信。"]
    assert [line.role for line in after.lines if line.text == "读者来信"] == ["comment_marker"]


def test_a_link_list_header_with_its_link_on_the_same_line_is_one_line_of_furniture():
    text = "\n".join([
        "借呗逾期一天要紧吗？",
        "逾期一天会产生罚息，但一般不会上报征信。",
        "相关推荐：花呗逾期怎么办？",
        "按时还款才是最稳妥的做法。",
    ])
    page = parse_page(text)
    roles = {line.line_no: line.role for line in page.lines}
    # The header alone on its line would make the rest furniture too; with
    # its link beside it, only that line is, and the article goes on.
    assert roles[3] == "boilerplate"
    assert roles[4] == "paragraph"
    assert "花呗" not in " ".join(b.text for s in page.sections for b in s.blocks)


def test_answers_dated_at_their_foot_with_the_name_on_their_first_line():
    text = "\n".join([
        "某问答网",
        "花呗分期提前还款还要付手续费吗？",
        "提问时间：2025-04-01 09:00",
        "花呗分期后想提前还清，剩下几期的手续费还要付吗？",
        "3 个回答",
        "默认排序",
        "小鱼理财",
        "剩余期数的手续费是不收的。",
        "已经出账的那一期还是要付。",
        "发布于 2025-04-03 14:12",
        "赞同 235  12 条评论",
        "阿杰",
        "我提前还了，手续费一分没少。",
        "编辑于 2025-05-18 20:01",
        "赞同 18",
        "路人甲",
        "提前还款不影响征信。",
        "发布于 2025-06-08 22:15",
    ])
    page = parse_page(text)
    assert [(c.author, c.date) for c in page.comments] == [
        ("小鱼理财", "2025-04-03T14:12"), ("阿杰", "2025-05-18T20:01"), ("路人甲", "2025-06-08T22:15"),
    ]
    assert [b.text for b in page.comments[0].blocks] == ["剩余期数的手续费是不收的。", "已经出账的那一期还是要付。"]
    assert page.published_at == "2025-04-01T09:00"
    roles = {line.line_no: line.role for line in page.lines}
    assert roles[5] == "comment_marker"
    assert [n for n, r in roles.items() if r == "boilerplate"] == [6, 11, 15]
    assert [n for n, r in roles.items() if r == "comment_header"] == [7, 10, 12, 14, 16, 18]
    # Every line is accounted for.
    assert sorted(roles) == list(range(1, 19))


def test_a_date_line_under_a_dated_comment_is_no_footer():
    text = "\n".join([
        "某财经网",
        "借呗逾期会怎样？",
        "2025-01-01",
        "借呗逾期后会按日产生罚息，还会影响征信。",
        "网友评论",
        "小王 2025-01-02",
        "我逾期三天就有电话了。",
        "发布于 2025-01-03",
        "电话很烦。",
    ])
    page = parse_page(text)
    # The first comment has its date already: the second date line opens a comment.
    assert [(c.author, c.date) for c in page.comments] == [("小王", "2025-01-02"), ("", "2025-01-03")]
    assert page.comments[1].blocks[0].text == "电话很烦。"


def test_a_reply_drawn_as_a_branch_and_a_load_more_link():
    text = "\n".join([
        "某消费网",
        "美团月付逾期了有什么后果？",
        "2025-11-02",
        "美团月付逾期后会暂停使用，并按日收取逾期费。",
        "热门评论",
        "李小龙 2025-11-03",
        "逾期费是每日0.1%。",
        "└ 回复 @李小龙：我看合同写的是0.05%。",
        "查看更多评论",
    ])
    page = parse_page(text)
    reply = page.comments[-1]
    assert reply.reply_to == "李小龙" and reply.author == ""
    assert reply.blocks[0].text == "我看合同写的是0.05%。"
    assert page.lines[-1].role == "boilerplate"


def test_lawyer_answers_open_the_comments_and_consultation_time_is_a_date():
    text = "\n".join([
        "某法律网",
        "借呗逾期了会被起诉吗？",
        "咨询时间：2025-06-12 09:32  浏览：3821次",
        "借呗逾期三个月了，现在还不上。",
        "律师解答（2）",
        "张伟律师 2025-06-12 10:05",
        "一般不会马上起诉，金额较大时可能起诉。",
        "王强律师 2025-06-13 08:47",
        "建议尽快协商还款。",
    ])
    page = parse_page(text)
    assert page.published_at == "2025-06-12T09:32" and page.author == "" and page.views == "3821"
    assert [c.author for c in page.comments] == ["张伟律师", "王强律师"]
    assert [b.text for s in page.sections for b in s.blocks] == ["借呗逾期三个月了，现在还不上。"]


def test_answers_closed_by_a_date_and_their_buttons_lose_their_label():
    text = "\n".join([
        "借贷问答网",
        "借呗还不上能申请停息挂账吗？",
        "提问者：晚风 2025-06-12 09:30",
        "借呗欠了5万，逾期两个月了。",
        "最佳答案",
        "网友回答：借呗可以尝试申请个性化分期。",
        "协商周期通常在15到30天。",
        "2025-06-12 10:05 | 有用(18)",
        "其他回答(2)",
        "网友回答：借呗不存在停息挂账。",
        "2025-06-12 11:20 | 有用(2)",
        "建议：先还最低还款额。",
        "2025-06-13 08:00 | 有用(7)",
    ])
    page = parse_page(text)
    # The chosen answer is the page's text: its foot (DATE | 有用(18)) closes it.
    best = page.section("1")
    assert (best.title, [b.text for b in best.blocks]) == (
        "最佳答案", ["借呗可以尝试申请个性化分期。", "协商周期通常在15到30天。"],
    )
    assert [(c.author, c.date) for c in page.comments] == [("", "2025-06-12T11:20"), ("", "2025-06-13T08:00")]
    assert [[b.text for b in c.blocks] for c in page.comments] == [
        ["借呗不存在停息挂账。"],
        # A label that says something stays with what it says.
        ["建议：先还最低还款额。"],
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [11, 13]
    assert [n for n, r in roles.items() if r == "answer_header"] == [8]


def test_a_name_before_a_colon_is_the_author_of_an_answer_closed_by_its_date():
    text = "\n".join([
        "测试网",
        "分期乐逾期会爆通讯录吗？",
        "作者：小编 2025-05-20",
        "分期乐逾期后，平台不会联系通讯录中的联系人。",
        "网友评论(2)",
        "江城子：我逾期了一个月，通讯录里的人都接到电话了。",
        "2025-05-21 10:00 赞(3)",
        "    └ 小明 回复 江城子：我也是，亲戚都被打了。",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.reply_to) for c in page.comments] == [
        ("江城子", "2025-05-21T10:00", ""), ("小明", "", "江城子"),
    ]
    assert page.comments[0].blocks[0].text == "我逾期了一个月，通讯录里的人都接到电话了。"
    assert page.comments[1].blocks[0].text == "我也是，亲戚都被打了。"


def test_comments_closed_by_a_time_a_place_and_buttons():
    text = "\n".join([
        "某资讯",
        "信用卡只还最低还款额会怎样？",
        "2025-08-14 07:30",
        "只还最低还款额不算逾期，但要支付全额利息。",
        "热门评论",
        "深蓝",
        "一直以为最低还款挺划算，原来利息这么高",
        "1天前 · 广东 · 回复 · 赞 215",
        "柠檬不酸",
        "不是万分之五吧",
        "22小时前 · 浙江 · 回复 · 赞 88",
    ])
    page = parse_page(text)
    assert [(c.author, c.date) for c in page.comments] == [("深蓝", ""), ("柠檬不酸", "")]
    assert [[b.text for b in c.blocks] for c in page.comments] == [["一直以为最低还款挺划算，原来利息这么高"], ["不是万分之五吧"]]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [6, 8, 9, 11]


def test_forum_furniture_inside_lines_and_hash_floors():
    text = "\n".join([
        "某论坛",
        "花呗逾期会怎样？",
        "2025-01-01",
        "花呗逾期会产生罚息。",
        "（责任编辑：赵一鸣）",
        "全部回复",
        "5# 追风少年 2025-01-02",
        "我逾期三天没事。",
        "只看该作者 回复 引用",
        "新浪公司 版权所有 Copyright © 1996-2025 SINA Corporation",
    ])
    page = parse_page(text)
    assert [(c.author, [b.text for b in c.blocks]) for c in page.comments] == [("追风少年", ["我逾期三天没事。"])]
    assert [line.line_no for line in page.lines if line.role == "boilerplate"] == [5, 9, 10]


def test_a_row_of_links_between_bars_is_navigation_not_the_title():
    text = "\n".join([
        "贷款知识网 | 消费信贷 | 关于我们",
        "美团月付逾期会怎样?还能用吗?",
        "作者：陈一 | 2025-09-03 15:20 | 浏览 1208",
        "美团月付逾期后会暂停使用。",
    ])
    page = parse_page(text)
    assert page.title == "美团月付逾期会怎样?还能用吗?"
    assert (page.author, page.published_at, page.views) == ("陈一", "2025-09-03T15:20", "1208")
    assert page.lines[0].role == "boilerplate"


@pytest.mark.parametrize("dates", [
    ("发布于 2025-02-11", "发布于 2025-02-12"),
    ("2025-02-11 | 有用(12)", "2025-02-12 | 有用(3)"),
    ("2天前 · 浙江 · 回复 · 赞 2", "3天前 · 广东 · 回复 · 赞 1"),
])
def test_a_name_and_a_date_line_above_the_text_are_its_header(dates):
    text = "\n".join([
        "某问答网", "招联逾期会爆通讯录吗？", "作者：小编 2025-02-10",
        "招联逾期后一般会先短信提醒。",
        "全部评论",
        "匿名用户", dates[0], "招联不会爆通讯录，但会给紧急联系人打电话。",
        "江南", dates[1], "我被爆过通讯录。",
    ])
    page = parse_page(text)
    assert [(c.author, [b.text for b in c.blocks]) for c in page.comments] == [
        ("匿名用户", ["招联不会爆通讯录，但会给紧急联系人打电话。"]), ("江南", ["我被爆过通讯录。"]),
    ]
    dated = [c.date for c in page.comments]
    assert dated == (["", ""] if "天前" in dates[0] else ["2025-02-11", "2025-02-12"])
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [6, 7, 9, 10]


def test_a_table_header_is_no_row_of_links():
    text = "\n".join([
        "某网", "借呗分期的费率是多少？", "2025-01-01",
        "借呗分期的费率如下：",
        "期数 | 月利率 | 总利息",
        "3期 | 0.8% | 2.4%",
    ])
    page = parse_page(text)
    assert [line.role for line in page.lines][-2:] == ["paragraph", "paragraph"]


def test_the_title_stands_above_the_comments():
    # No byline: the first comment, with a date line under it, must not be taken for the title.
    text = "\n".join([
        "安逸花逾期一天有影响吗？",
        "安逸花逾期一天会产生罚息，但一般不会马上上征信。",
        "逾期超过3天，可能会被上报征信。",
        "",
        "网友回答",
        "安逸花我逾期一天，第二天还清了，查征信没有记录。",
        "2025-03-02 | 有用(18)",
    ])
    page = parse_page(text)
    assert page.title == "安逸花逾期一天有影响吗？"
    assert [(c.date, [b.text for b in c.blocks]) for c in page.comments] == [
        ("2025-03-02", ["安逸花我逾期一天，第二天还清了，查征信没有记录。"]),
    ]


def test_a_clock_time_is_no_label_colon():
    text = "\n".join([
        "某卡网",
        "花呗账单日当天消费算哪期？",
        "作者：阿青 2025-03-01",
        "一、账单日规则",
        "（1）账单日当天18:00以后的消费通常计入下一期账单。",
        "（2）分期账单在账单日生成。",
        "（3）退款会冲抵当期账单。",
    ])
    page = parse_page(text)
    assert [s.section_id for s in page.sections] == ["一"]
    assert [b.text for b in page.section("一").blocks] == [
        "（1）账单日当天18:00以后的消费通常计入下一期账单。",
        "（2）分期账单在账单日生成。",
        "（3）退款会冲抵当期账单。",
    ]


def test_a_short_question_over_the_byline_is_the_title():
    text = "\n".join([
        "信用卡之家",
        "征信怎么查？",
        "作者：阿青 2025-04-08",
        "个人征信可以在人民银行征信中心网站查询。",
        "每年有两次免费查询机会。",
    ])
    page = parse_page(text)
    assert (page.title, page.site, page.channel, page.author) == ("征信怎么查？", "信用卡之家", "", "阿青")
    assert page.section("0").text == "个人征信可以在人民银行征信中心网站查询。\n每年有两次免费查询机会。"
    # A short line that asks nothing is still a channel over a longer title.
    page = parse_page("某网\n花呗\n花呗逾期一天会怎样\n作者：阿青 2025-04-08\n一般影响不大。\n")
    assert (page.title, page.channel) == ("花呗逾期一天会怎样", "花呗")


def test_mobile_app_byline_sort_tabs_and_the_authors_reply():
    text = "\n".join([
        "借呗晚还一天要紧吗",
        "理财小编 · 5分钟前 · 阅读 3.4万",
        "关注",
        "借呗晚还一天会收取罚息。",
        "评论 12",
        "最热 | 最新",
        "阿木",
        "晚一天没上征信。",
        "3小时前 · 四川 · 赞 9",
        "回复",
        "  作者：多数情况下如此，以征信报告为准。",
        "  2小时前",
        "青柠",
        "我晚了两天，额度被降了。",
        "1小时前 · 江苏 · 赞 4",
    ])
    page = parse_page(text)
    assert (page.author, page.published_at, page.views) == ("理财小编", "", "3.4万")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("阿木", "", "晚一天没上征信。"),
        ("理财小编", "阿木", "多数情况下如此，以征信报告为准。"),
        ("青柠", "", "我晚了两天，额度被降了。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "boilerplate"] == [3, 6, 10]
    assert [n for n, r in roles.items() if r == "comment_header"] == [7, 9, 12, 13, 15]
    # Offsets still slice the reply's text (after the label) out of the page.
    reply = page.comments[1].blocks[0]
    assert page.text[reply.start : reply.end] == "多数情况下如此，以征信报告为准。"


def test_a_count_after_a_sort_word_is_no_tab_and_an_unindented_author_label_is_text():
    page = parse_page("\n".join([
        "热度 1234", "花呗能晚还几天？", "作者：小唐 2025-05-01",
        "花呗没有宽限期。",
        "网友评论",
        "阿九 2025-05-02",
        "作者：花呗官方说明写得很清楚。",
    ]))
    assert (page.views, page.lines[0].role) == ("1234", "meta")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [("阿九", "", "作者：花呗官方说明写得很清楚。")]


def test_answers_with_a_vote_count_under_the_author_and_the_date_at_their_foot():
    zw = "\u200b"
    text = "\n".join([
        "某问答",
        "借呗提前还款会降额吗？",
        "关注者 88 | 被浏览 2,301",
        "5 个回答",
        "默认排序",
        "老陈",
        "银行从业十年",
        "120 人赞同了该回答",
        "提前还款本身不会降额。",
        "降额看的是综合评分。",
        f"发布于 2025-02-01 10:20{zw}・IP 属地广东",
        f"{zw}赞同 120 {zw}{zw}8 条评论 {zw}分享 {zw}收藏 {zw}喜欢",
        "阿梅",
        "9 人赞同了该回答",
        "我提前还完就被降了一半。",
        "编辑于 2025-03-05 21:00・IP 属地湖北",
        f"{zw}赞同 9 {zw}{zw}2 条评论",
        "查看全部 5 个回答",
    ])
    page = parse_page(text)
    assert (page.author, page.views) == ("", "2,301")
    assert [(c.author, c.date, [b.text for b in c.blocks]) for c in page.comments] == [
        ("老陈", "2025-02-01T10:20", ["提前还款本身不会降额。", "降额看的是综合评分。"]),
        ("阿梅", "2025-03-05T21:00", ["我提前还完就被降了一半。"]),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [6, 7, 8, 11, 13, 14, 16]
    assert [n for n, r in roles.items() if r == "boilerplate"] == [5, 12, 17, 18]
    assert sorted(roles) == list(range(1, 19)) and roles[3] == "meta"


def test_lawyer_answers_lose_their_firm_time_label_and_help_counter():
    text = "\n".join([
        "律师在线",
        "信用卡逾期会被判刑吗？",
        "咨询人：浙江杭州 网友 | 咨询时间：2025-07-01 08:00",
        "信用卡欠了八万，逾期四个月了。",
        "律师解答（2）",
        "陈明律师 杭州某某律师事务所 回复时间：2025-07-01 09:15",
        "恶意透支才可能构成犯罪。",
        "已帮助 431 人 | 咨询我",
        "**周宁律师** 回复时间：2025-07-02 10:00",
        "建议先和银行协商。",
        "已帮助 28 人 | 咨询我",
        "以上回答仅代表律师个人观点，不构成法律意见。",
    ])
    page = parse_page(text)
    assert page.author == "浙江杭州 网友"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("陈明律师", "2025-07-01T09:15", "恶意透支才可能构成犯罪。"),
        ("周宁律师", "2025-07-02T10:00", "建议先和银行协商。"),
    ]
    assert [line.line_no for line in page.lines if line.role == "boilerplate"] == [8, 11, 12]


def test_qa_answers_with_a_header_keep_their_lines_and_lose_the_adoption_rate():
    text = "\n".join([
        "某知道",
        "网商贷逾期一天会怎样？",
        "提问者：匿名用户 | 2025-08-01 12:00",
        "最佳答案",
        "回答者：贷款小百科 | 采纳率：88% | 2025-08-01 12:30",
        "网商贷逾期一天会产生罚息。",
        "其他回答（2条）",
        "回答者：阿福 | 采纳率：35% | 2025-08-02 09:00",
        "一天一般不会上征信。",
        "但最好尽快还上。",
        "赞(3) 踩(0)",
    ])
    page = parse_page(text)
    # The chosen answer is a section of the page; its header is no paragraph.
    assert [(s.section_id, s.title, s.text) for s in page.sections] == [("1", "最佳答案", "网商贷逾期一天会产生罚息。")]
    assert [(line.line_no, line.role) for line in page.lines if line.line_no in (4, 5)] == [
        (4, "heading"), (5, "answer_header"),
    ]
    assert [(c.author, c.date, [b.text for b in c.blocks]) for c in page.comments] == [
        ("阿福", "2025-08-02T09:00", ["一天一般不会上征信。", "但最好尽快还上。"]),
    ]


def test_forum_roles_edit_notes_and_a_hot_comments_marker():
    text = "\n".join([
        "某卡论坛",
        "[讨论] 白条分期提前还款划算吗？",
        "楼主 白条小白 发表于 2025-09-01 20:00",
        "白条分了12期，想提前还清。",
        "沙发 老卡友 发表于 2025-09-01 20:10",
        "提前还款手续费按剩余期数免收。",
        "本帖最后由 版主 于 2025-09-02 编辑",
        "网友热评",
        "路人乙 2025-09-03",
        "我也提前还过，划算。",
    ])
    page = parse_page(text)
    assert (page.author, page.published_at) == ("白条小白", "2025-09-01T20:00")
    assert [(c.author, c.text) for c in page.comments] == [
        ("老卡友", "提前还款手续费按剩余期数免收。"), ("路人乙", "我也提前还过，划算。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert (roles[7], roles[8]) == ("boilerplate", "comment_marker")


def test_a_long_site_name_two_lines_above_the_byline_is_not_the_title():
    page = parse_page("贷款法律咨询网\n信用卡逾期会被判刑吗？\n作者：陈明 2025-07-01\n恶意透支才可能构成犯罪。\n")
    assert (page.title, page.site, page.author) == ("信用卡逾期会被判刑吗？", "贷款法律咨询网", "陈明")


def test_answers_dated_by_a_posted_word_and_a_time_without_a_year():
    zw = "\u200b"
    text = "\n".join([
        "某问答",
        "信用卡分期能提前还吗？",
        "8 个回答",
        "小米粥",
        "1.2 万人赞同了该回答",
        "可以，剩余手续费一般不收。",
        "编辑于 昨天 21:10・IP 属地北京",
        f"{zw}赞同 1.2 万 {zw}{zw}45 条评论 {zw}分享",
        "大白",
        "要看银行，有的照收。",
        "发布于 2 小时前・IP 属地广东",
        f"{zw}赞同 3 {zw}{zw}添加评论 {zw}分享 {zw}",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("小米粥", "", "可以，剩余手续费一般不收。"), ("大白", "", "要看银行，有的照收。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [4, 5, 7, 9, 11]
    assert [n for n, r in roles.items() if r == "boilerplate"] == [8, 12]


def test_a_byline_of_a_name_and_a_time_without_a_year_and_the_authors_reply_with_buttons():
    text = "\n".join([
        "信用卡晚还一天要紧吗",
        "卡小二 · 5分钟前",
        "信用卡一般有三天宽限期。",
        "评论 3",
        "阿木",
        "我晚了两天没事。",
        "3小时前 · 四川 · 赞 9",
        "  作者：宽限期以各银行规定为准。",
        "  2小时前 · 赞 3",
        "青柠",
        "我晚了一天就有记录。",
        "1小时前 · 江苏 · 赞 4",
    ])
    page = parse_page(text)
    assert (page.title, page.author, page.published_at) == ("信用卡晚还一天要紧吗", "卡小二", "")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("阿木", "", "我晚了两天没事。"),
        ("卡小二", "阿木", "宽限期以各银行规定为准。"),
        ("青柠", "", "我晚了一天就有记录。"),
    ]
    assert page.lines[1].role == "meta" and page.lines[8].role == "comment_header"


def test_a_help_counter_in_a_lawyers_header_is_no_part_of_the_name():
    text = "\n".join([
        "律师在线", "借呗逾期会被起诉吗？", "提问时间：2025-06-03 09:12",
        "借呗欠了3万。",
        "律师回答",
        "吴凡律师 已帮助2315人 2025-06-03 09:40",
        "金额较大时可能起诉。",
    ])
    page = parse_page(text)
    assert [(c.author, c.date) for c in page.comments] == [("吴凡律师", "2025-06-03T09:40")]


def test_a_question_page_with_its_description_buttons_and_counters_above_the_answers():
    text = "\n".join([
        "某问答",
        "白条额度突然没了怎么回事？",
        "白条用了两年，突然额度没了，也没有逾期。",
        "显示全部",
        "关注问题 写回答 邀请回答 好问题 3",
        "关注者 56 | 被浏览 12,345",
        "5 个回答",
        "匿名用户",
        "12 人赞同了该回答",
        "可能是综合评分下降了。",
        "发布于 2025-01-02 10:00",
    ])
    page = parse_page(text)
    assert (page.title, page.author, page.views) == ("白条额度突然没了怎么回事？", "", "12,345")
    assert page.section("0").text == "白条用了两年，突然额度没了，也没有逾期。"
    roles = {line.line_no: line.role for line in page.lines}
    assert [roles[n] for n in (4, 5, 6)] == ["boilerplate", "boilerplate", "meta"]
    assert [(c.author, c.date, c.text) for c in page.comments] == [("匿名用户", "2025-01-02T10:00", "可能是综合评分下降了。")]


def test_indented_replies_end_with_their_indent_and_a_footer_of_a_time_and_a_place():
    text = "\n".join([
        "白条逾期一天有事吗",
        "白条小助手 · 2025-03-01 · 阅读 3456",
        "白条逾期一天会产生违约金。",
        "全部评论 (3)",
        "张三",
        "逾期一天就上征信了。",
        "2天前 · 广东 · 赞 5",
        "  李四 回复 张三：没那么快。",
        "  1天前",
        "王五",
        "我也想知道。",
        "1天前 · 浙江",
    ])
    page = parse_page(text)
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("张三", "", "逾期一天就上征信了。"), ("李四", "张三", "没那么快。"), ("王五", "", "我也想知道。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [5, 7, 9, 10, 12]


def test_a_clock_time_opening_a_comment_is_no_name():
    text = "\n".join([
        "某网", "信用卡还款日几点前还？", "作者：小唐 2025-05-01",
        "一般当天24点前还款都算按时。",
        "网友评论",
        "阿九：我22点还的没事。",
        "22:30以后还的话，有的银行算逾期。",
        "小满：建议提前一天还。",
    ])
    page = parse_page(text)
    assert [(c.author, c.text) for c in page.comments] == [
        ("阿九", "我22点还的没事。 22:30以后还的话，有的银行算逾期。"), ("小满", "建议提前一天还。"),
    ]


def test_a_role_word_after_the_name_is_no_part_of_it():
    text = "\n".join([
        "某卡论坛", "信用卡年费能免吗？", "卡奴阿宽 楼主 发表于 2025-09-01 20:00",
        "金卡年费200元，能不能免？",
        "全部回复",
        "老卡友 沙发 发表于 2025-09-01 20:10",
        "刷够次数就免。",
    ])
    page = parse_page(text)
    assert page.author == "卡奴阿宽"
    assert [(c.author, c.text) for c in page.comments] == [("老卡友", "刷够次数就免。")]


def test_comments_closed_by_a_full_date_a_place_and_buttons():
    text = "\n".join([
        "网商贷晚还一天会怎样",
        "借贷小站 · 2025-03-02 · 阅读 1.1万",
        "网商贷晚还一天会按日收取罚息。",
        "评论 2",
        "最热 | 最新",
        "小鱼",
        "晚一天没有上征信。",
        "2025-03-02 · 浙江 · 赞 12",
        "回复",
        "老唐",
        "我晚了三天，额度降了。",
        "2025-03-04 · 江西 · 赞 3",
        "回复",
        "阿布",
        "客服说有宽限期。",
        "2025-03-05 · 云南",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("小鱼", "2025-03-02", "晚一天没有上征信。"),
        ("老唐", "2025-03-04", "我晚了三天，额度降了。"),
        ("阿布", "2025-03-05", "客服说有宽限期。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [6, 8, 10, 12, 14, 16]
    assert [n for n, r in roles.items() if r == "boilerplate"] == [5, 9, 13]
    # After a full date, a sentence is no place: the line is said, not a footer.
    page = parse_page("\n".join(text.split("\n")[:7] + ["2025-03-03 · 客服电话一直打不通啊"]))
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("", "", "小鱼 晚一天没有上征信。 2025-03-03 · 客服电话一直打不通啊")
    ]


def test_a_name_before_a_colon_and_a_date_in_brackets_make_one_comment_a_line():
    text = "\n".join([
        "借呗可以提前还款吗？",
        "2025-05-10 借贷百科 阅读：120",
        "借呗支持随时提前还款，不收违约金。",
        "网友评论（3条）",
        "小米粥：我昨天刚提前还了，没收钱。（2025-05-10 08:30）",
        "新来的：借呗在哪里开通？要什么条件？（2025-05-11 12:05）",
        "老周 回复 小米粥：我的也是这样。(2025-05-12)",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        ("小米粥", "2025-05-10T08:30", "", "我昨天刚提前还了，没收钱。"),
        ("新来的", "2025-05-11T12:05", "", "借呗在哪里开通？要什么条件？"),
        ("老周", "2025-05-12", "小米粥", "我的也是这样。"),
    ]
    block = page.comments[1].blocks[0]
    assert page.text[block.start : block.end] == "借呗在哪里开通？要什么条件？"
    assert [(line.line_no, line.role) for line in page.lines][4:] == [(5, "comment"), (6, "comment"), (7, "comment")]
    # The bracketed date may also stand between the name and the colon.
    page = parse_page("\n".join(text.split("\n")[:4] + [
        "阿卓（2025-05-13 07:45）：借呗提前还款当天就恢复额度。",
        "小溪 (2025-05-14)",
        "我的也是当天恢复的。",
    ]))
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("阿卓", "2025-05-13T07:45", "借呗提前还款当天就恢复额度。"),
        ("小溪", "2025-05-14", "我的也是当天恢复的。"),
    ]


def test_a_bold_name_a_date_and_a_time_before_a_colon_are_the_header():
    text = "\n".join([
        "# 信用卡分期可以提前还吗？",
        "",
        "> 来源：卡友之家 · 2025-08-01",
        "",
        "信用卡分期一般可以提前还款，已收的手续费多数不退。",
        "",
        "## 网友评论",
        "",
        "**卡奴小王** 2025-08-01 21:07：说得对，手续费没退给我。",
        "",
        "**阿秋** 2025-08-02：我那家银行退了一半。",
    ])
    page = parse_page(text)
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("卡奴小王", "2025-08-01T21:07", "说得对，手续费没退给我。"),
        ("阿秋", "2025-08-02", "我那家银行退了一半。"),
    ]
    block = page.comments[0].blocks[0]
    assert page.text[block.start : block.end] == "说得对，手续费没退给我。"


def test_a_question_inside_a_line_over_the_byline_is_the_title_under_the_site_name():
    text = "\n".join([
        "分期乐用户之家",
        "分期乐为什么突然不给借了？还能恢复吗",
        "发布者：乐信客服中心 2025-10-12",
        "分期乐的额度会随综合评分调整。",
    ])
    page = parse_page(text)
    assert (page.title, page.site, page.author, page.published_at) == (
        "分期乐为什么突然不给借了？还能恢复吗", "分期乐用户之家", "乐信客服中心", "2025-10-12"
    )
    assert [(line.line_no, line.role) for line in page.lines] == [
        (1, "meta"), (2, "title"), (3, "meta"), (4, "paragraph")
    ]
    assert page.section("0").text == "分期乐的额度会随综合评分调整。"


def test_a_vote_count_opens_the_answers_where_no_count_of_answers_does():
    text = "\n".join([
        "# 花呗逾期一个月会怎么样？",
        "",
        "知乎 · 信用卡话题",
        "",
        "逾期一个月了，还没还上，想问问后果。",
        "",
        "**王会计** 注册会计师",
        "88 人赞同了该回答",
        "",
        "会收逾期费，也可能上征信。",
        "",
        "编辑于 2025-06-01 · IP 属地上海",
        "",
        "**小白**",
        "3 人赞同了该回答",
        "",
        "我逾期过一个月，还清后就恢复了。",
        "",
        "发布于 2025-06-03 · IP 属地四川",
    ])
    page = parse_page(text)
    assert (page.title, page.site, page.channel) == ("花呗逾期一个月会怎么样？", "知乎", "信用卡话题")
    # The question's description above the first answer is the article.
    assert [(s.section_id, s.text) for s in page.sections] == [("0", "逾期一个月了，还没还上，想问问后果。")]
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("王会计", "2025-06-01", "会收逾期费，也可能上征信。"),
        ("小白", "2025-06-03", "我逾期过一个月，还清后就恢复了。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [7, 8, 12, 14, 15, 19]
    assert (roles[3], roles[5]) == ("meta", "paragraph")
    # A column's own count (赞同了该文章) under its author opens no answers.
    page = parse_page("\n".join([
        "# 借呗逾期怎么协商？", "", "周律师 执业律师", "52 人赞同了该文章", "", "先联系客服说明情况。",
    ]))
    assert (page.comments, [(s.section_id, len(s.blocks)) for s in page.sections]) == ((), [("0", 3)])


def test_the_mark_of_a_markdown_quote_before_a_byline_is_no_author():
    page = parse_page("# 花呗分期怎么算？\n\n> 来源：卡友观察 · 2025-04-02\n\n花呗分期按期收手续费。\n")
    # With no author named, the page credits its source.
    assert (page.author, page.source, page.published_at) == ("卡友观察", "卡友观察", "2025-04-02")


def test_a_comment_header_in_brackets():
    page = parse_page("某网\n招联下调利率\n2026-04-01\n招联下调了贷款利率。\n网友评论\n[北京网友 2026-04-02 09:12]\n"
                      "终于降了。\n【上海网友 2026-04-02 09:35】\n最低7.2%是真的。\n", doc_id="t")
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("北京网友", "2026-04-02T09:12", "终于降了。"),
        ("上海网友", "2026-04-02T09:35", "最低7.2%是真的。"),
    ]


def test_html_subheadings_open_sections_and_a_bracketed_ad_is_furniture():
    from analysis.html import html_to_text

    markup = ("<html><head><title>房贷提前还款划算吗</title></head><body><h1>房贷提前还款划算吗</h1>"
              "<p>提前还款是否划算取决于利率。</p><h2>违约金怎么算</h2><p>满1年后提前还款不收违约金。</p>"
              "<div>【广告】低息贷款，点击申请</div><h3>网友评论</h3><p>小陈 2026-05-18 16:22</p><p>说得对。</p>"
              "</body></html>")
    page = parse_page(html_to_text(markup))
    assert [(s.section_id, s.title) for s in page.sections if s.level == 1] == [("1", "违约金怎么算")]
    assert {line.text: line.role for line in page.lines}["【广告】低息贷款，点击申请"] == "boilerplate"
    assert [(c.author, c.text) for c in page.comments] == [("小陈", "说得对。")]


def test_html_subheadings_with_a_digit_or_a_question_label_stay_whole():
    from analysis.html import html_to_text

    text = html_to_text("<html><body><h2>问：协商需要什么材料？</h2><p>答：身份证。</p>"
                        "<h3>1楼 网友小七 2025-03-03</h3><p>可以协商。</p></body></html>")
    assert text == "## 问：协商需要什么材料？\n答：身份证。\n1楼 网友小七 2025-03-03\n可以协商。\n"
    page = parse_page("某网\n花呗分期怎么还？\n2025-01-01\n正文一句。\n" + text)
    assert [s.title for s in page.sections if s.level == 1] == ["问:协商需要什么材料?"]


def test_a_comments_date_is_no_byline_for_the_line_above_the_marker():
    page = parse_page("花呗逾期会上征信吗？\n\n花呗逾期会上报征信。\n逾期超过3天会上报征信。\n\n网友评论\n"
                      "1楼 小李 2025-08-13 20:30\n我逾期一天没上。\n")
    assert page.title == "花呗逾期会上征信吗？"
    assert page.section("0").text == "花呗逾期会上报征信。\n逾期超过3天会上报征信。"
    assert [(c.author, c.text) for c in page.comments] == [("小李", "我逾期一天没上。")]


def test_a_byline_that_names_its_field_before_a_bar():
    page = parse_page("财经网\n借呗逾期会怎样？\n作者 | 小鱼财经 | 2025-08-12\n借呗逾期会收罚息。\n")
    assert (page.author, page.published_at) == ("小鱼财经", "2025-08-12")


def test_a_list_of_links_ends_where_the_article_goes_on_in_prose():
    page = parse_page(
        "信用卡分期能提前还吗？\n用卡小助手 2025-06-02 10:00 阅读 2.1万\n信用卡分期一般可以提前还清。\n"
        "👍 赞 58   ⭐ 收藏   💬 评论\n推荐阅读\n信用卡逾期一天要紧吗？\n分期和最低还款哪个划算\n"
        "提前还清后，剩余各期的手续费通常不再收取。\n已经收取的手续费，银行一般不予退还。\n"
        "打开APP阅读全文 >\n网友评论\n小周 2025-06-03\n我上个月提前还清了。\n"
    )
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    # The counters under the article are a row of buttons, not a paragraph.
    assert roles[4] == ("boilerplate", "boilerplate")
    assert [roles[n] for n in (5, 6, 7)] == [("boilerplate", "links")] * 3
    assert roles[10] == ("boilerplate", "boilerplate")
    assert page.section("0").text == (
        "信用卡分期一般可以提前还清。\n提前还清后，剩余各期的手续费通常不再收取。\n已经收取的手续费，银行一般不予退还。"
    )
    assert [(c.author, c.text) for c in page.comments] == [("小周", "我上个月提前还清了。")]


def test_after_the_comments_a_list_of_links_runs_to_the_end():
    page = parse_page(
        "借呗能提前还吗？\n2025-06-02\n借呗可以随时提前还款。\n网友评论\n小周 2025-06-03\n我提前还过。\n"
        "相关推荐\n借呗提前还款有手续费吗？\n本站内容来自网络，仅供参考，不构成建议。\n"
    )
    assert [line.target for line in page.lines][-3:] == ["links", "links", "links"]
    assert page.section("0").text == "借呗可以随时提前还款。"


def test_the_title_is_looked_for_above_the_first_answer_only():
    # The answer's own first line stands over a dated line further down: it
    # must not be taken for the title of the page.
    page = parse_page(
        "问答社区\n网商贷和借呗哪个利息低？\n问题描述：想借2万周转半年。\n\n12 人赞同了该回答\n老李说钱\n"
        "网商贷日利率一般在0.02%到0.05%之间。\n编辑于 2025-05-06\n\n"
        "3 人赞同了该回答\n小吴\n借呗利息我觉得更低。\n发布于 2025-05-07\n"
    )
    assert page.title == "网商贷和借呗哪个利息低？"
    assert page.section("0").text == "问题描述：想借2万周转半年。"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("老李说钱", "2025-05-06", "网商贷日利率一般在0.02%到0.05%之间。"),
        ("小吴", "2025-05-07", "借呗利息我觉得更低。"),
    ]


@pytest.mark.parametrize("first", ["分期乐能延期吗", "年费怎么免？", "网商贷额度呢", "借呗可以提前还。"])
def test_a_short_line_that_asks_or_ends_a_sentence_is_no_site_name(first):
    page = parse_page(f"{first}\n网商贷和借呗都支持提前还款。\n提前还款一般不收手续费，但要看合同。\n")
    assert (page.title, page.site) == (first, "")
    assert page.section("0").text == "网商贷和借呗都支持提前还款。\n提前还款一般不收手续费，但要看合同。"


def test_a_short_name_at_the_top_is_still_the_site():
    page = parse_page("理财之家\n网商贷和借呗都支持提前还款\n提前还款一般不收手续费，但要看合同。\n")
    assert (page.site, page.title) == ("理财之家", "网商贷和借呗都支持提前还款")


def test_a_handle_over_the_text_with_a_date_after_a_bar_is_the_header():
    page = parse_page(
        "花呗分期能取消吗？\n2025-04-01\n花呗分期一般不能取消。\n网友评论\n"
        "@小熊软糖 | 2025-04-02 09:15\n我试过，确实取消不了。\n"
        "@夜猫子 · 2小时前\n可以提前还清剩下的期数。\n"
        "@小熊软糖：提前还清也要付手续费吗？\n"
        "回复@夜猫子：要看分期的时候怎么约定。\n"
    )
    assert [(c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        ("小熊软糖", "2025-04-02T09:15", "", "我试过，确实取消不了。"),
        ("夜猫子", "", "", "可以提前还清剩下的期数。"),
        ("", "", "小熊软糖", "提前还清也要付手续费吗？"),
        ("", "", "夜猫子", "要看分期的时候怎么约定。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert (roles[5], roles[7], roles[9], roles[10]) == ("comment_header", "comment_header", "comment", "comment")


def test_a_place_after_the_time_in_a_header_stays_out_of_the_text():
    page = parse_page(
        "信用卡逾期会被起诉吗？\n2025-04-01\n金额不大一般不会起诉。\n全部评论\n"
        "追风少年 · 5小时前 · 四川\n我欠了3000没被起诉。\n"
        "阿May · 2025-04-03 · 上海 · 赞 12\n银行先打电话催。\n"
        "小刘 · 昨天 · 靠谱\n"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("追风少年", "", "我欠了3000没被起诉。"),
        ("阿May", "2025-04-03", "银行先打电话催。"),
        ("小刘", "", "靠谱"),  # a word that is no place stays what the commenter said
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert (roles[5], roles[7], roles[9]) == ("comment_header", "comment_header", "comment")


@pytest.mark.parametrize("first, second, dates", [
    ("03-08 21:40", "03-09 07:05", ("2025-03-08T21:40", "2025-03-09T07:05")),
    ("2025-03-08 21:40", "2025-03-09", ("2025-03-08T21:40", "2025-03-09")),
])
def test_a_name_over_the_text_and_a_date_alone_under_it(first, second, dates):
    page = parse_page(
        "网商贷能提前还款吗？\n2025-03-08\n网商贷可以提前还款。\n评论 2\n"
        f"山城小妹\n我提前还过两次，\n都没收违约金。\n{first}\n老K\n要先在App里申请。\n{second}\n"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("山城小妹", dates[0], "我提前还过两次， 都没收违约金。"),
        ("老K", dates[1], "要先在App里申请。"),
    ]
    assert [line.role for line in page.lines][4:] == [
        "comment_header", "comment", "comment", "comment_header", "comment_header", "comment", "comment_header",
    ]


def test_a_date_alone_over_the_text_still_opens_the_comment():
    # The list does not keep to "name, text, date": the date heads each comment.
    page = parse_page(
        "网商贷能提前还款吗？\n2025-03-08\n网商贷可以提前还款。\n评论 2\n"
        "2025-03-08 21:40\n我提前还过两次。\n2025-03-09 07:05\n要先在App里申请。\n"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("", "2025-03-08T21:40", "我提前还过两次。"),
        ("", "2025-03-09T07:05", "要先在App里申请。"),
    ]


def test_an_account_name_over_the_byline_and_a_keyed_author_over_a_platform():
    body = "信用卡可以申请停息挂账。\n"
    keyed = parse_page("信用卡停息挂账怎么申请？\n用卡研究所\n头条号 2025-07-01 08:05 作者：周明 阅读量：5.2万\n" + body)
    assert (keyed.author, keyed.source, keyed.published_at, keyed.views) == ("周明", "用卡研究所", "2025-07-01T08:05", "5.2万")
    assert [(line.role, line.target) for line in keyed.lines][1:3] == [
        ("meta", "meta:source"), ("meta", "meta:author,published_at,views"),
    ]
    assert keyed.section("0").text == "信用卡可以申请停息挂账。"
    # No key names the author: the account is the author, not the platform after it.
    unkeyed = parse_page("信用卡停息挂账怎么申请？\n用卡研究所\n头条号 2025-07-01 08:05 阅读量：5.2万\n" + body)
    assert (unkeyed.author, unkeyed.source, unkeyed.views) == ("用卡研究所", "", "5.2万")
    # Without the account line, the keyed author wins over the platform's name.
    plain = parse_page("信用卡停息挂账怎么申请？\n头条号 2025-07-01 08:05 作者：周明 阅读量：5.2万\n" + body)
    assert (plain.author, plain.published_at) == ("周明", "2025-07-01T08:05")
    # A key with no name after it names nobody: the account is the author.
    empty = parse_page("信用卡停息挂账怎么申请？\n用卡研究所\n2025-07-01 08:05 作者：\n" + body)
    assert (empty.author, empty.source) == ("用卡研究所", "")


def test_a_comment_marker_over_a_dated_header_is_no_account_name():
    page = parse_page("信用卡停息挂账怎么申请？\n2025-07-01\n热门评论\n阿宽 2025-07-02\n我申请过，要打客服电话。\n")
    assert (page.author, page.source) == ("", "")
    assert [(c.author, c.text) for c in page.comments] == [("阿宽", "我申请过，要打客服电话。")]


def test_the_platform_beside_an_account_in_a_byline_is_no_part_of_the_author():
    page = parse_page("信用卡停息挂账怎么申请？\n用卡研究所 头条号 2025-07-01 08:05 阅读量：5.2万\n信用卡可以申请停息挂账。\n")
    assert (page.author, page.published_at, page.views) == ("用卡研究所", "2025-07-01T08:05", "5.2万")


def test_the_sentences_among_dated_entries_of_a_list_stay_in_the_list():
    page = parse_page(
        "信用卡逾期会坐牢吗？\n2025-03-20\n恶意透支才可能构成犯罪。\n相关问题\n网友甲 2025-03-21 09:10\n"
        "欠了信用卡5万，银行已经起诉了，会判刑。\n网友乙 2025-03-22 10:00\n"
    )
    assert [line.target for line in page.lines][3:] == ["links"] * 4
    assert page.section("0").text == "恶意透支才可能构成犯罪。"


def test_a_report_link_under_the_article_is_furniture():
    page = parse_page("借呗逾期会怎样？\n2025-03-20\n借呗逾期会收罚息。\n举报/反馈\n")
    assert [(line.role, line.target) for line in page.lines][-1] == ("boilerplate", "boilerplate")
    assert page.section("0").text == "借呗逾期会收罚息。"


def test_a_place_after_the_bylines_date_is_no_author():
    page = parse_page("信用卡停息挂账怎么申请？\n2025-07-01 08:05·浙江\n信用卡可以申请停息挂账。\n")
    assert (page.author, page.published_at) == ("", "2025-07-01T08:05")
    assert [line.target for line in page.lines][1] == "meta:published_at"


def test_only_the_first_answer_under_a_chosen_answer_marker_is_the_page_text():
    text = "\n".join([
        "网贷问答",
        "信用卡分期能提前还吗？",
        "提问者：阿云 2025-04-01 08:00",
        "推荐答案",
        "回答者：卡神 2025-04-01 09:00",
        "信用卡分期可以提前还款，但已收的手续费一般不退。",
        "回答者：路人 2025-04-01 10:00",
        "我提前还款被收了剩余手续费的一半。",
        "最佳回答",
        "回答者：小雨 2025-04-02 11:00",
        "招商银行提前还款要收违约金。",
    ])
    page = parse_page(text)
    assert [(s.section_id, s.title, s.text) for s in page.sections] == [
        ("1", "推荐答案", "信用卡分期可以提前还款，但已收的手续费一般不退。"),
    ]
    # The next answer's header ends the chosen one; a second marker opens no second section.
    assert [(c.comment_id, c.author, c.date, c.block_name, c.text) for c in page.comments] == [
        (1, "路人", "2025-04-01T10:00", "", "我提前还款被收了剩余手续费的一半。"),
        (2, "小雨", "2025-04-02T11:00", "最佳回答", "招商银行提前还款要收违约金。"),
    ]
    roles = [(line.line_no, line.role) for line in page.lines if line.line_no >= 4]
    assert roles == [
        (4, "heading"), (5, "answer_header"), (6, "paragraph"), (7, "comment_header"), (8, "comment"),
        (9, "comment_marker"), (10, "comment_header"), (11, "comment"),
    ]


def test_a_zhihu_style_chosen_answer_keeps_its_name_and_votes_out_of_its_text():
    text = "\n".join([
        "某问答社区",
        "借呗提前还款要手续费吗？",
        "借呗借了两万，想下个月一次还清。",
        "专业回答",
        "**李律师** 执业律师",
        "326 人赞同了该回答",
        "借呗提前还款不收手续费，利息按实际天数计算。",
        "还款后额度会马上恢复。",
        "发布于 2025-03-02 10:00・IP 属地浙江",
        "小陈",
        "12 人赞同了该回答",
        "我提前还过，收了手续费。",
        "编辑于 2025-03-05 09:00・IP 属地广东",
    ])
    page = parse_page(text)
    assert page.section("0").text == "借呗借了两万，想下个月一次还清。"
    assert (page.section("1").title, page.section("1").text) == (
        "专业回答", "借呗提前还款不收手续费，利息按实际天数计算。\n还款后额度会马上恢复。",
    )
    # Name, bio and vote count over the answer, its date under it: its header and foot.
    assert [line.line_no for line in page.lines if line.role == "answer_header"] == [5, 6, 9]
    assert [(c.author, c.date, c.text) for c in page.comments] == [("小陈", "2025-03-05T09:00", "我提前还过，收了手续费。")]


WECHAT_COMMENTS = """花呗分期能提前还吗？
作者：小满 2025-09-02
花呗分期可以提前还，剩余期数的手续费不再收取。
阅读原文
喜欢此内容的人还喜欢
分享 收藏 在看 7 赞 21
精选留言
写留言
晴天娃娃 四川 9月3日
我提前还了还是扣了一期手续费。
赞 9
作者回复
已经出账的那一期要照收。
阿木 9月4日
学到了
"""


def test_wechat_featured_comments_with_yearless_headers_and_the_authors_reply():
    page = parse_page(WECHAT_COMMENTS)
    assert page.sections[0].text == "花呗分期可以提前还，剩余期数的手续费不再收取。"
    assert [(c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        # A day without a year is dated in the page's year (on or after its date).
        ("晴天娃娃", "2025-09-03", "", "我提前还了还是扣了一期手续费。"),
        ("小满", "", "晴天娃娃", "已经出账的那一期要照收。"),
        ("阿木", "2025-09-04", "", "学到了"),
    ]
    assert {c.block_name for c in page.comments} == {"精选留言"}
    roles = {line.text: line.role for line in page.lines}
    assert roles["阅读原文"] == roles["分享 收藏 在看 7 赞 21"] == roles["喜欢此内容的人还喜欢"] == "boilerplate"
    assert roles["作者回复"] == roles["晴天娃娃 四川 9月3日"] == "comment_header"
    assert roles["写留言"] == "comment_marker"


TIEBA_FEET = """信用卡吧
信用卡分期后还能提额吗？
只看楼主 收藏 回复
楼主 夜航船
办了一年的分期，额度一直没动，想问问大家分期会不会影响提额。
来自Android客户端 1楼 2025-11-02 21:05
回复(2)
卡神老赵
分期不影响提额，银行反而喜欢分期的客户。
来自iPhone客户端 2楼 2025-11-03 08:10
回复
楼主 夜航船
那我再等等看。
3楼 2025-11-03 09:30
"""


def test_a_thread_with_floors_dated_at_their_foot():
    page = parse_page(TIEBA_FEET)
    assert (page.site, page.title, page.author, page.published_at) == (
        "信用卡吧", "信用卡分期后还能提额吗？", "夜航船", "2025-11-02T21:05",
    )
    assert page.sections[0].text == "办了一年的分期，额度一直没动，想问问大家分期会不会影响提额。"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("卡神老赵", "2025-11-03T08:10", "分期不影响提额，银行反而喜欢分期的客户。"),
        ("夜航船", "2025-11-03T09:30", "那我再等等看。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [roles[n] for n in (4, 6, 7, 8, 10, 11, 12, 14)] == [
        "meta", "meta", "boilerplate", "comment_header", "comment_header", "boilerplate", "comment_header", "comment_header",
    ]


def test_a_floor_and_date_under_a_name_is_still_a_header():
    page = parse_page(
        "借呗能提前还吗？\n作者：阿岚 2025-01-02\n借呗可以随时提前还款。\n网友评论\n"
        "小溪\n2楼 2025-01-03 10:00\n我昨天刚提前还了。\n大河\n3楼 2025-01-04 11:00\n没有手续费。\n"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("小溪", "2025-01-03T10:00", "我昨天刚提前还了。"),
        ("大河", "2025-01-04T11:00", "没有手续费。"),
    ]


NOTE_COMMENTS = """网商贷可以随借随还吗？
作者：小橘 2025-12-20
网商贷可以随借随还，按日计息。
共 56 条评论
豆包同学
提前还要不要手续费啊
12-20 回复 赞 12
展开4条回复
作者
@豆包同学 不要的，按实际天数算利息
12-21 回复 赞 3
青柠
@豆包同学 我还过，不要手续费
01-03 浙江 回复
"""


def test_note_comments_named_above_and_dated_at_their_foot():
    page = parse_page(NOTE_COMMENTS)
    assert [(c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        ("豆包同学", "2025-12-20", "", "提前还要不要手续费啊"),
        # 作者 where a name stands: the page's author; @NAME: whom the reply answers.
        ("小橘", "2025-12-21", "豆包同学", "不要的，按实际天数算利息"),
        # A day before the page's own is in the next year.
        ("青柠", "2026-01-03", "豆包同学", "我还过，不要手续费"),
    ]
    roles = {line.text: line.role for line in page.lines}
    assert roles["展开4条回复"] == "boilerplate"
    assert roles["作者"] == roles["青柠"] == roles["01-03 浙江 回复"] == "comment_header"


@pytest.mark.parametrize("head", [
    ["借呗额度被关了还能恢复吗？", "小红书 · 借贷笔记", "柚子酱", "2025-06-01 编辑于 江苏"],
    ["小红书 · 借贷笔记", "借呗额度被关了还能恢复吗？", "柚子酱", "2025-06-01 编辑于 江苏"],
])
def test_the_question_is_the_title_and_the_dotted_line_its_site_and_channel(head):
    page = parse_page("\n".join(head + ["按时还款三个月后有机会恢复。"]))
    assert (page.title, page.site, page.channel, page.author, page.published_at) == (
        "借呗额度被关了还能恢复吗？", "小红书", "借贷笔记", "柚子酱", "2025-06-01",
    )
    assert page.sections[0].text == "按时还款三个月后有机会恢复。"
    assert {line.text: line.target for line in page.lines}["2025-06-01 编辑于 江苏"] == "meta:published_at"


ONE_ANSWER = """花呗分期提前还款能退手续费吗？
关注者 320 | 被浏览 41,552
查看全部 15 个回答
理财老猫
前银行信贷员
1,024 人赞同了该回答
花呗分期提前还清，未出账的分期手续费不再收取。
已经出账那期的手续费照常收取。
发布于 2025-08-09 10:15・IP 属地浙江
​赞同 1024 ​​36 条评论 ​分享 ​收藏
36 条评论
木子
我提前还了确实没再扣。
2025-08-10 · 广东 · 赞 8
"""


def test_the_one_answer_over_a_count_of_comments_is_the_page_text():
    page = parse_page(ONE_ANSWER)
    assert (page.author, page.published_at) == ("理财老猫", "2025-08-09T10:15")
    assert page.sections[0].text == "花呗分期提前还清，未出账的分期手续费不再收取。\n已经出账那期的手续费照常收取。"
    assert [(c.author, c.date, c.text) for c in page.comments] == [("木子", "2025-08-10", "我提前还了确实没再扣。")]
    roles = {line.line_no: line.role for line in page.lines}
    assert [roles[n] for n in (4, 5, 6, 9, 11)] == [
        "answer_header", "answer_header", "answer_header", "answer_header", "comment_marker",
    ]


def test_two_answers_stay_answers_even_with_a_count_of_comments_below():
    text = ONE_ANSWER.replace("36 条评论\n木子", "阿福\n88 人赞同了该回答\n不能退，已经收了的不退。\n36 条评论\n木子")
    page = parse_page(text)
    assert [c.author for c in page.comments][:2] == ["理财老猫", "阿福"]


def test_a_forums_reply_box_and_rules_under_the_last_floor_are_furniture():
    page = parse_page(
        "白条逾期一天要紧吗？\n楼主 小K 发表于 2025-02-01 10:00\n白条晚还了一天，会怎样？\n"
        "2楼 阿飞 发表于 2025-02-01 11:00\n一天没事，尽快还上。\n回复 引用 举报\n"
        "快速回复\n发表回复\n本版规则：请勿发布代还、套现信息。\n"
    )
    assert [(c.author, c.text) for c in page.comments] == [("阿飞", "一天没事，尽快还上。")]
    roles = {line.text: line.role for line in page.lines}
    assert roles["发表回复"] == roles["快速回复"] == roles["本版规则：请勿发布代还、套现信息。"] == "boilerplate"


def test_a_reporter_in_the_byline_is_the_author_and_the_outlet_the_source():
    page = parse_page(
        "信用卡分期手续费下调\n2025-07-01 08:00 来源：金融日报 记者 王磊\n多家银行下调了信用卡分期手续费。\n"
        "网友评论\n卡奴小王 2025-07-01 09:12 河南\n早该降了。\n支持(3) 反对(0) 回复\n"
    )
    assert (page.author, page.source) == ("王磊", "金融日报")
    assert [(c.author, c.date, c.text) for c in page.comments] == [("卡奴小王", "2025-07-01T09:12", "早该降了。")]
    assert {line.text: line.role for line in page.lines}["卡奴小王 2025-07-01 09:12 河南"] == "comment_header"
    # A role word that opens the value names no outlet.
    assert parse_page("借呗提额技巧\n作者：本报记者 刘洋 2025-07-02\n按时还款。\n").author == "刘洋"


def test_a_wechat_byline_names_the_account_and_the_keyed_line_the_author():
    page = parse_page(
        "借呗提前还款划算吗？\n原创 省钱实验室 2025-10-12 20:30 浙江\n作者：小舟\n"
        "借呗提前还款只收实际天数的利息。\n精选留言\n阿橘 江西 10月13日\n那我下个月就还。\n作者回复\n可以的。\n"
    )
    assert (page.author, page.source, page.published_at) == ("小舟", "省钱实验室", "2025-10-12T20:30")
    assert [(c.author, c.reply_to) for c in page.comments] == [("阿橘", ""), ("小舟", "阿橘")]
    # Without a keyed line the account is the author, still without its label.
    assert parse_page("借呗提前还款划算吗？\n原创 省钱实验室 2025-10-12\n只收实际天数的利息。\n").author == "省钱实验室"


def test_a_notices_closing_formula_is_furniture_and_its_sign_off_the_source_and_date():
    page = parse_page(
        "关于花呗账单分期服务调整的通知\n尊敬的用户：\n自2025年12月1日起，账单分期最低金额调整为100元。\n"
        "特此通知。\n某某消费金融有限公司\n2025年11月15日\n"
    )
    assert (page.source, page.published_at) == ("某某消费金融有限公司", "2025-11-15")
    assert page.sections[0].text == "尊敬的用户：\n自2025年12月1日起，账单分期最低金额调整为100元。"
    assert [line.role for line in page.lines][-3:] == ["boilerplate", "meta", "meta"]
    # A byline's date stands: the sign-off's date is used only where the page gives none.
    page = parse_page("关于分期费率的公告\n发布时间：2025-11-16\n费率下调。\n特此公告。\n某银行信用卡中心\n2025年11月15日\n")
    assert (page.source, page.published_at) == ("某银行信用卡中心", "2025-11-16")


def test_floor_and_date_lines_over_each_text_are_headers_even_under_text():
    page = parse_page(
        "借呗逾期一天有事吗？\n作者：阿岚 2025-01-02\n一般没事。\n网友评论\n"
        "1楼 2025-01-03 10:00\n我晚了一天，没上征信。\n2楼 2025-01-04 11:00\n我的也没事。\n"
        "3楼 2025-01-05 12:00\n晚三天就上了。\n"
    )
    assert [(c.date, c.text) for c in page.comments] == [
        ("2025-01-03T10:00", "我晚了一天，没上征信。"),
        ("2025-01-04T11:00", "我的也没事。"),
        ("2025-01-05T12:00", "晚三天就上了。"),
    ]


def test_a_question_over_its_writers_name_and_bio_is_the_title():
    page = parse_page(
        "某问答站\n首页 > 专栏 > 借钱那些事\n借呗提前还款有违约金吗？\n阿杰聊信贷\n消费金融从业5年\n"
        "发布于 2025-09-02 08:15・IP 属地浙江\n借呗提前还款不收违约金，利息按天计算。\n编辑于 2025-09-03 10:00\n"
    )
    assert (page.title, page.author, page.published_at) == ("借呗提前还款有违约金吗？", "阿杰聊信贷", "2025-09-02T08:15")
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["消费金融从业5年"] == ("meta", "meta:bio")
    assert roles["编辑于 2025-09-03 10:00"] == ("meta", "meta:updated")
    assert page.sections[0].text == "借呗提前还款不收违约金，利息按天计算。"


def test_answers_of_several_lawyers_with_a_label_and_a_dated_foot_each():
    page = parse_page(
        "信用卡欠款被起诉怎么办？\n提问者：网友A 2025-05-10 09:00\n欠了信用卡两万，收到法院传票。\n"
        "多位律师回答\n赵明律师 广州某某律师事务所 2025-05-10 10:20\n律师解答：\n"
        "可以先和银行协商分期。\n2025-05-10 10:20 | 有用(7)\n"
        "钱芳律师 深圳某某律师事务所 2025-05-10 11:05\n律师解答：\n应诉时提出减免利息的请求。\n"
        "2025-05-10 11:05 | 有用(2)\n"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("赵明律师", "2025-05-10T10:20", "可以先和银行协商分期。"),
        ("钱芳律师", "2025-05-10T11:05", "应诉时提出减免利息的请求。"),
    ]
    roles = [(line.role, line.target) for line in page.lines]
    assert roles[3] == ("comment_marker", "comments")
    assert roles[4:8] == [("comment_header", "comment:1"), ("comment_header", "comment:1"),
                          ("comment", "comment:1"), ("comment_header", "comment:1")]
    assert page.sections[0].text == "欠了信用卡两万，收到法院传票。"


def test_numbered_items_under_a_label_and_numbered_sentences_are_text_not_headings():
    page = parse_page(
        "网商贷好不好用？\n作者：阿宁 2025-04-01\n一、利与弊\n好处：\n1. 额度高\n2. 随借随还\n"
        "温馨提示：\n1. 逾期会上征信\n二、怎么还款\n1. 按期还款\n到期自动扣款。\n2. 提前还款，收取1%手续费\n"
    )
    assert [(s.section_id, s.title) for s in page.sections] == [("一", "利与弊"), ("二", "怎么还款"), ("二.1", "按期还款")]
    assert page.section("一").text == "好处：\n1. 额度高\n2. 随借随还\n温馨提示：\n1. 逾期会上征信"
    # A comma or a figure makes the numbered line a sentence of the section it is in.
    assert page.section("二.1").text == "到期自动扣款。\n2. 提前还款，收取1%手续费"


def test_a_definition_list_of_questions_heads_each_answer_under_the_h1_title():
    from analysis.html import html_to_text

    text = html_to_text(
        "<html><body><h1>借呗帮助中心</h1><dl><dt>问：借呗可以提前还款吗？</dt><dd>答：可以，不收手续费。</dd>"
        "<dt>问：逾期3天会怎样？</dt><dd>答：按日收取罚息。</dd></dl></body></html>"
    )
    page = parse_page(text)
    assert (page.title, page.site) == ("借呗帮助中心", "")
    assert [(s.title, s.text) for s in page.sections] == [
        ("问:借呗可以提前还款吗?", "答：可以，不收手续费。"),
        ("问:逾期3天会怎样?", "答：按日收取罚息。"),
    ]


def test_a_wechat_byline_with_writer_and_account_and_a_views_footer():
    page = parse_page(
        "信用卡分期到底划不划算？\n原创 林一帆 省钱研究社 2025-11-02 07:45 浙江\n"
        "信用卡分期的手续费折成年化约有13%。\n阅读 3.4万  在看 512\n写留言\n"
    )
    assert (page.author, page.source, page.published_at) == ("林一帆", "省钱研究社", "2025-11-02T07:45")
    assert page.views == "3.4万"
    assert [(line.role, line.target) for line in page.lines][3] == ("meta", "meta:views")
    assert page.sections[0].text == "信用卡分期的手续费折成年化约有13%。"
    # One name after the label: the account, as before.
    assert parse_page("借呗提额技巧\n原创 省钱研究社 2025-11-02 浙江\n按时还款。\n").author == "省钱研究社"


def test_a_wechat_article_dated_over_its_title_with_liked_comments_under_it():
    page = parse_page(
        "花呗小课堂\n2026-03-14 21:05 发表于浙江\n花呗分期能提前还吗？手续费退不退\n原创 花呗小课堂 花呗小课堂\n\n"
        "花呗分期可以提前还款。\n未出账的分期手续费不再收取。\n已经出账的手续费不退。\n\n阅读 1.1万  在看 40\n\n"
        "精选留言\n写留言\nAmy\n我提前还了，后面几期的手续费真的没收。\n赞 52\n"
        "老孙头\n手续费全部退回来了，文章说错了。\n赞 7\n"
    )
    assert page.title == "花呗分期能提前还吗？手续费退不退"
    assert (page.author, page.published_at) == ("花呗小课堂", "2026-03-14T21:05")
    assert page.sections[0].text == "花呗分期可以提前还款。\n未出账的分期手续费不再收取。\n已经出账的手续费不退。"
    # A name line, its text, then the likes: one comment each, the likes closing it.
    assert [(c.author, c.text) for c in page.comments] == [
        ("Amy", "我提前还了，后面几期的手续费真的没收。"),
        ("老孙头", "手续费全部退回来了，文章说错了。"),
    ]
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["原创 花呗小课堂 花呗小课堂"] == ("meta", "meta:author")
    assert roles["赞 7"] == ("comment_header", "comment:2")
    # A writer and an account after the label: the writer is the author.
    two = parse_page("借呗额度怎么提？\n原创 周可 借呗研究所\n按时还款有助提额。\n")
    assert (two.title, two.author, two.source) == ("借呗额度怎么提？", "周可", "借呗研究所")


def test_an_inline_header_with_a_role_word_and_a_date_in_square_brackets():
    page = parse_page(
        "借呗逾期罚息怎么算？\n2026-05-02 10:00  作者：林夕\n借呗逾期按日收取罚息。\n网友评论\n"
        "网友 大白 [2026-05-03 08:15]：罚息是利率的1.5倍，不是固定的。\n"
        "网友 小七【2026-05-03 21:40】：我逾期两天就上征信了。\n"
        "网友 [2026-05-04 07:00]：一直按时还的路过。\n"
    )
    # 网友 says who writes (a role), the name follows it; the bracketed date and time are the header's.
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("大白", "2026-05-03T08:15", "罚息是利率的1.5倍，不是固定的。"),
        ("小七", "2026-05-03T21:40", "我逾期两天就上征信了。"),
        # No name after the role word: the word is all the header gives.
        ("网友", "2026-05-04T07:00", "一直按时还的路过。"),
    ]


def test_a_handle_loses_its_at_an_ip_field_is_no_part_of_a_name_and_a_quoted_account_is_the_author():
    page = parse_page(
        "信用卡逾期多久会被起诉？\n2026-02-11 09:30:00　来源：搜狐号「卡神说」\n逾期超过90天的，银行可能起诉。\n网友评论\n"
        "搜狐四川成都网友 IP：117.136.*.*　　2026-02-11 10:05\n我逾期半年了也没被起诉。\n\n"
        "**@VIP卡友** · 2026-02-12 08:40\n银行先打电话催收，后面才起诉。\n"
    )
    assert page.author == "卡神说"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("搜狐四川成都网友", "2026-02-11T10:05", "我逾期半年了也没被起诉。"),
        # "ip" inside a longer word (VIP) opens no field.
        ("VIP卡友", "2026-02-12T08:40", "银行先打电话催收，后面才起诉。"),
    ]


LIKED_FEET = (
    "花呗分期能提前还吗？\n原创 钱小满 花呗研究所 2026-03-01 08:00 浙江\n花呗分期可以提前还款。\n\n"
    "精选留言\n写留言\n橘子皮\n我提前还了，手续费没退。\n{0}\n阿Ken\n客服说未出账的不收。\n{1}\n"
)


@pytest.mark.parametrize("feet, dates", [
    # A place, a date and the likes, in any order, parted by spaces or dots.
    (("江西 3月2日 赞 15", "湖北 3月4日 赞 2"), ("2026-03-02", "2026-03-04")),
    (("赞 15 江西 3月2日", "3月4日 · 湖北 · 赞 2"), ("2026-03-02", "2026-03-04")),
    (("江西 · 赞15 · 03-02", "湖北 2026-03-04 10:30 赞(2)"), ("2026-03-02", "2026-03-04T10:30")),
    (("江西 5小时前 赞 15", "湖北 昨天 21:14 赞 2"), ("", "")),
    # The date alone, and a place with it.
    (("3月2日", "湖北 3月4日"), ("2026-03-02", "2026-03-04")),
    # The likes alone, a place beside them or not: no date.
    (("赞 15", "湖北 赞 2"), ("", "")),
    # Dated feet and one that leaves its date out.
    (("江西 3月2日 赞 15", "赞 2"), ("2026-03-02", "")),
    # A heart or a thumb for the likes, beside its count or stuck to it, an emoji's selector or skin tone after it.
    (("江西 3月2日 ♡ 15", "湖北 · 3月4日 · ❤️2"), ("2026-03-02", "2026-03-04")),
    (("♡15", "👍🏻 2 湖北"), ("", "")),
])
def test_a_foot_of_a_place_a_date_and_likes_closes_the_comment_its_name_line_opens(feet, dates):
    page = parse_page(LIKED_FEET.format(*feet))
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("橘子皮", dates[0], "我提前还了，手续费没退。"),
        ("阿Ken", dates[1], "客服说未出账的不收。"),
    ]
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["橘子皮"] == roles[feet[0]] == ("comment_header", "comment:1")
    assert roles["阿Ken"] == roles[feet[1]] == ("comment_header", "comment:2")


def test_like_marks_close_their_comments_and_the_authors_reply_ends_above_the_next_name():
    page = parse_page(
        "借呗提前还款要手续费吗？\n原创 阿满 借呗小站 2026-05-20 08:00 湖南\n借呗提前还款不收手续费。\n"
        "阅读 3200  在看 15\n精选留言\n写留言\n"
        "红豆\n我上周提前还了，利息按天算的。\n湖南 5月20日 ♡ 33\n"
        "阿坤\n提前还款以后额度会降吗？\n江苏 5月21日 ♡ 7\n"
        "作者\n一般不会降，放心还。\n"
        "秋刀鱼\n我还完额度反而涨了。\n四川 5月21日 👍 4\n"
    )
    # Name / text / foot, the foot's likes a heart or a thumb; the author's reply has no foot of its own.
    assert [(c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        ("红豆", "2026-05-20", "", "我上周提前还了，利息按天算的。"),
        ("阿坤", "2026-05-21", "", "提前还款以后额度会降吗？"),
        ("阿满", "", "阿坤", "一般不会降，放心还。"),
        ("秋刀鱼", "2026-05-21", "", "我还完额度反而涨了。"),
    ]
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["湖南 5月20日 ♡ 33"] == ("comment_header", "comment:1")
    assert roles["秋刀鱼"] == roles["四川 5月21日 👍 4"] == ("comment_header", "comment:4")
    # A heart and a count on a line of their own are buttons, as 赞 12 is.
    alone = parse_page("花呗能分期吗？\n花呗账单可以分期。\n♡ 12\n")
    assert alone.sections[0].text == "花呗账单可以分期。"
    assert [(line.role, line.text) for line in alone.lines][-1] == ("boilerplate", "♡ 12")


def test_a_sentence_that_names_a_place_and_a_day_is_no_foot():
    page = parse_page(LIKED_FEET.format("江西 3月2日 赞 15", "湖北这边3月4日才退 赞 2"))
    # The second comment's last line says something: it is the comment's text, no foot.
    assert page.comments[0].author == "橘子皮"
    assert page.comments[-1].text.endswith("客服说未出账的不收。 湖北这边3月4日才退 赞 2")
    assert {line.text: line.role for line in page.lines}["湖北这边3月4日才退 赞 2"] == "comment"


@pytest.mark.parametrize("head, breadcrumb", [
    (["知乎 · 信用卡"], ""),
    # A trail of links above: the page's channel is still the one the dotted line names.
    (["首页 > 理财 > 分期", "知乎 · 信用卡"], "首页 > 理财 > 分期"),
])
def test_a_bio_parted_by_a_slash_is_no_trail_of_links_and_the_dotted_line_names_the_channel(head, breadcrumb):
    page = parse_page("\n".join(head + [
        "信用卡分期提前还款划算吗？", "卡叔聊钱", "持证理财师 / 银行零售10年",
        "发布于 2025-09-03 20:10・IP 属地北京", "", "信用卡分期提前还款，已收的手续费一般不退。",
    ]))
    assert (page.site, page.channel, page.breadcrumb, page.author, page.published_at) == (
        "知乎", "信用卡", breadcrumb, "卡叔聊钱", "2025-09-03T20:10",
    )
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["持证理财师 / 银行零售10年"] == ("meta", "meta:bio")
    assert page.sections[0].text == "信用卡分期提前还款，已收的手续费一般不退。"


def test_a_run_of_numbered_lines_with_one_sentence_among_them_is_one_list():
    page = parse_page(
        "信用卡额度被降了怎么办？\n作者：小岳 2026-01-05\n一、常见原因\n"
        "1. 逾期：有过逾期记录的，银行会降额。\n2. 负债：网贷笔数太多也会降。\n"
        "3. 长期不刷卡的账户额度也可能被降。\n二、怎么恢复\n多刷卡，按时还款。\n"
    )
    # The third item has no label: the three lines are one list, all of them text of 一.
    assert [(s.section_id, s.title) for s in page.sections] == [("一", "常见原因"), ("二", "怎么恢复")]
    assert page.section("一").text == (
        "1. 逾期：有过逾期记录的，银行会降额。\n2. 负债：网贷笔数太多也会降。\n3. 长期不刷卡的账户额度也可能被降。"
    )
    assert {line.text[:5]: line.role for line in page.lines}["1. 逾期"] == "paragraph"


def test_a_run_of_labelled_numbered_lines_in_an_article_stays_its_outline():
    page = parse_page(
        "花呗怎样避免逾期？\n作者：小岳 2026-01-05\n"
        "1. 设置提醒：在还款日前三天设置手机提醒。\n2. 自动还款：绑定一张常用的储蓄卡。\n"
    )
    assert [(s.section_id, s.title, s.text) for s in page.sections] == [
        ("1", "设置提醒", "在还款日前三天设置手机提醒。"),
        ("2", "自动还款", "绑定一张常用的储蓄卡。"),
    ]


def test_labelled_sentences_numbered_inside_a_section_are_its_list():
    page = parse_page(
        "信用卡被盗刷了怎么办？\n作者：小岳 2026-03-02\n一、先做什么\n"
        "1. 冻结卡片：马上打银行客服电话，把卡挂失冻结。\n"
        "2. 留存凭证：把盗刷短信和账单截图保存下来！\n"
        "3. 报案：到派出所报案，拿到报案回执；\n"
        "\n以上做完后，银行一般会启动调查，调查期间可以申请暂不还这笔钱。\n"
        "二、后续处理\n按银行的要求提交材料。\n"
    )
    # A label, a colon and a sentence closed by its stop (。！；) is a point of 一, not a sub-section.
    assert [(s.section_id, s.title) for s in page.sections] == [("一", "先做什么"), ("二", "后续处理")]
    assert [b.text[:7] for b in page.section("一").blocks] == [
        "1. 冻结卡片", "2. 留存凭证", "3. 报案：到", "以上做完后，银",
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    # The items and the paragraph after the list are paragraphs of 一.
    assert [roles[n] for n in (4, 5, 6, 8)] == [("paragraph", "section:一")] * 4
    block = page.section("一").blocks[0]
    assert page.text[block.start : block.end] == "1. 冻结卡片：马上打银行客服电话，把卡挂失冻结。"


def test_a_numbered_label_without_a_sentence_inside_a_section_stays_a_heading():
    page = parse_page(
        "借呗逾期了怎么协商？\n作者：小岳 2026-03-02\n一、协商前的准备\n"
        "1. 算清欠款\n本金、利息和罚息分开列出来。\n"
        "2. 收入证明：\n工资流水或者失业证明都可以。\n"
        "3. 还款计划：每月能还多少\n按自己的收入定。\n"
    )
    # A bare title, a label over its text, or a label and a phrase with no stop: sub-headings of 一.
    assert [(s.section_id, s.title, s.text) for s in page.sections] == [
        ("一", "协商前的准备", ""),
        ("一.1", "算清欠款", "本金、利息和罚息分开列出来。"),
        ("一.2", "收入证明", "工资流水或者失业证明都可以。"),
        ("一.3", "还款计划", "每月能还多少\n按自己的收入定。"),
    ]


def test_numbered_labelled_sentences_under_a_markdown_heading_are_its_list():
    page = parse_page(
        "# 网商贷提前还款要注意什么\n作者：小岳 2026-03-02\n## 注意事项\n"
        "（1）手续费：部分产品提前还款要收手续费。\n（2）额度：还清后额度会恢复。\n"
        "## 怎么操作\n在App里点提前还款。\n"
    )
    assert [(s.section_id, s.title) for s in page.sections] == [("1", "注意事项"), ("2", "怎么操作")]
    assert page.section("1").text == "（1）手续费：部分产品提前还款要收手续费。\n（2）额度：还清后额度会恢复。"


def test_numbered_lines_in_a_forum_post_are_a_list_not_the_outline():
    page = parse_page(
        "借呗吧\n借呗逾期两个月了，说说我的经历\n楼主 还款小能手\n借呗逾期两个月，说下我遇到的情况。\n"
        "1. 罚息：按日收取，比正常利息高一半。\n2. 征信：逾期一个月就上了。\n"
        "来自Android客户端 1楼 2026-02-01 20:00\n"
        "路人乙\n我也是，协商后分了12期。\n来自iPhone客户端 2楼 2026-02-02 09:15\n"
    )
    assert [(s.section_id, s.title) for s in page.sections] == [("0", "")]
    assert page.sections[0].text == (
        "借呗逾期两个月，说下我遇到的情况。\n1. 罚息：按日收取，比正常利息高一半。\n2. 征信：逾期一个月就上了。"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [("路人乙", "2026-02-02T09:15", "我也是，协商后分了12期。")]


def test_an_invitation_to_reply_that_closes_a_post_is_boilerplate():
    thread = parse_page(
        "信用卡吧\n信用卡逾期三个月，银行打电话说要起诉\n楼主 卡奴小周\n逾期三个月了，今天银行打电话说要走法律程序。\n"
        "有问题楼下问，我知道的都说。\n来自Android客户端 1楼 2026-04-01 10:00\n"
        "老卡友\n一般先是催收，起诉没那么快。\n来自iPhone客户端 2楼 2026-04-01 11:20\n"
    )
    roles = {line.text: (line.role, line.target) for line in thread.lines}
    assert roles["有问题楼下问，我知道的都说。"] == ("boilerplate", "sign_off")
    assert thread.sections[0].text == "逾期三个月了，今天银行打电话说要走法律程序。"
    article = parse_page(
        "白条分期能提前还吗？\n原创 钱小满 白条研究所 2026-04-02 08:00 浙江\n白条分期可以提前还款。\n"
        "欢迎在评论区留言讨论。\n阅读 5321  在看 12\n精选留言\n写留言\n"
    )
    assert {line.text: line.target for line in article.lines}["欢迎在评论区留言讨论。"] == "sign_off"
    assert article.sections[0].text == "白条分期可以提前还款。"


def test_an_invitation_with_the_article_going_on_under_it_stays_text():
    page = parse_page(
        "白条分期能提前还吗？\n作者：小岳 2026-04-02\n欢迎留言说说你的情况。\n白条分期可以提前还款，手续费按剩余期数收。\n"
    )
    assert page.sections[0].text == "欢迎留言说说你的情况。\n白条分期可以提前还款，手续费按剩余期数收。"


def test_an_answerers_record_after_the_date_keeps_the_line_a_header():
    text = "\n".join([
        "某某知道",
        "花呗分期可以提前还吗？",
        "提问者：匿名用户 2025-05-01 08:00",
        "最佳答案",
        "回答者：花呗小管家 2025-05-01 09:30 采纳率：87% 回答数：1,204",
        "花呗分期可以提前还清，已收的分期手续费不退。",
        "其他回答（2）",
        "回答者：阿强 2025-05-02 08:00 回答数：35",
        "我提前还过，剩下几期的手续费没收。",
        "老周 2025-05-03 10:10 采纳率：40% 没有违约金。",
    ])
    page = parse_page(text)
    assert [(s.section_id, s.text) for s in page.sections] == [("1", "花呗分期可以提前还清，已收的分期手续费不退。")]
    assert [(line.line_no, line.role) for line in page.lines if line.line_no in (5, 8, 10)] == [
        (5, "answer_header"), (8, "comment_header"), (10, "comment"),
    ]
    # The record is left out; words after it on the same line are the answer's text.
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("阿强", "2025-05-02T08:00", "我提前还过，剩下几期的手续费没收。"),
        ("老周", "2025-05-03T10:10", "没有违约金。"),
    ]


def test_floors_headed_by_a_label_and_a_name_are_dated_at_their_foot():
    text = "\n".join([
        "借呗吧",
        "借呗提前还款到底划不划算",
        "1楼 阿花",
        "借呗借了五万，分了12期，现在想一次还清。",
        "来自iPhone客户端 1楼 2026-05-01 20:00",
        "2楼 小草2019",
        "楼主放心，借呗提前还款不收手续费。",
        "来自Android客户端 2楼 2026-05-01 20:30",
        "3楼 大树",
        "楼主说得对",
        "2026-05-02 10:00",
        "4楼 路人丙",
        "利息按天算，早还早省。",
        "3天前",
    ])
    page = parse_page(text)
    # The line above the opening floor is the title, though no byline stands under it.
    assert (page.title, page.author, page.published_at) == ("借呗提前还款到底划不划算", "阿花", "2026-05-01T20:00")
    assert page.sections[0].text == "借呗借了五万，分了12期，现在想一次还清。"
    # A floor's foot dates it, a bare date or a time without a year as well as one with the device;
    # 楼主说得对 is what the floor says, not a floor label and a name.
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        # A figure like a year in a name (小草2019) is no date.
        ("小草2019", "2026-05-01T20:30", "楼主放心，借呗提前还款不收手续费。"),
        ("大树", "2026-05-02T10:00", "楼主说得对"),
        ("路人丙", "", "利息按天算，早还早省。"),
    ]
    assert [line.role for line in page.lines if line.line_no >= 3] == [
        "meta", "paragraph", "meta",
        "comment_header", "comment", "comment_header",
        "comment_header", "comment", "comment_header",
        "comment_header", "comment", "comment_header",
    ]


def test_a_chosen_answers_useful_and_useless_counts_are_its_buttons():
    text = "\n".join([
        "某某知道",
        "网商贷能提前还款吗？",
        "提问者：小林 2025-06-01 09:00",
        "最佳答案",
        "回答者：贷款百事通 2025-06-01 10:00",
        "网商贷可以提前还款，利息按实际天数算。",
        "有用(41) 无用(3)",
        "其他回答（1）",
        "阿土 2025-06-02 11:00",
        "我提前还过，没收手续费。",
    ])
    page = parse_page(text)
    assert page.section("1").text == "网商贷可以提前还款，利息按实际天数算。"
    assert {line.line_no: line.role for line in page.lines}[7] == "boilerplate"
    assert [(c.author, c.text) for c in page.comments] == [("阿土", "我提前还过，没收手续费。")]


def test_a_threads_trail_ends_on_the_thread_itself_not_a_channel():
    text = "\n".join([
        "百度贴吧 > 花呗吧 > 看贴",
        "花呗逾期一天会怎么样",
        "作者：小陈 2025-07-01 08:00",
        "昨天忘了还花呗，今天还上了。",
    ])
    page = parse_page(text)
    assert (page.site, page.channel, page.breadcrumb) == ("百度贴吧", "花呗吧", "百度贴吧 > 花呗吧")


def test_a_short_first_line_the_trail_ends_on_names_the_channel():
    text = "\n".join([
        "信用卡吧",
        "百度贴吧 > 信用卡吧 > 看贴",
        "信用卡逾期三天上征信了吗",
        "作者：阿明 2025-07-02 09:00",
        "逾期三天，今天查征信还没有记录。",
    ])
    page = parse_page(text)
    assert (page.site, page.channel) == ("百度贴吧", "信用卡吧")
    assert [line.target for line in page.lines][:2] == ["meta:channel", "meta:breadcrumb"]
    # A first line the trail does not end on stays the site's name.
    other = parse_page(text.replace("信用卡吧\n百度贴吧 > 信用卡吧", "卡友论坛\n首页 > 信用卡吧", 1))
    assert (other.site, other.channel) == ("卡友论坛", "信用卡吧")


def test_a_foot_with_no_date_closes_the_opening_post_of_a_name_text_foot_thread():
    text = "\n".join([
        "网商贷吧",
        "网商贷额度突然被降了怎么回事",
        "楼主 小蜜蜂",
        "用了两年的网商贷，额度从五万降到了八千。",
        "来自Android客户端 1楼",
        "阿良",
        "我也被降过，按时还几个月又涨回来了。",
        "来自iPhone客户端 2楼 2026-06-01 12:00",
        "青青草",
        "可能是征信上查询次数太多了。",
        "来自Android客户端 3楼 2026-06-01 13:30",
    ])
    page = parse_page(text)
    assert (page.author, page.published_at) == ("小蜜蜂", "")
    assert page.sections[0].text == "用了两年的网商贷，额度从五万降到了八千。"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("阿良", "2026-06-01T12:00", "我也被降过，按时还几个月又涨回来了。"),
        ("青青草", "2026-06-01T13:30", "可能是征信上查询次数太多了。"),
    ]
    assert [line.target for line in page.lines][4:6] == ["meta:foot", "comment:1"]


def test_a_views_count_with_a_thousands_comma_before_other_counters_fills_views():
    page = parse_page(
        "信用卡论坛 > 用卡心得\n信用卡账单分期和现金分期哪个更划算\n作者：卡神阿杰\n"
        "2026-05-08 10:30 发布 | 浏览 8,042 | 值 51 不值 3\n"
        "账单分期的手续费比现金分期低一些。\n"
    )
    assert (page.author, page.published_at, page.views) == ("卡神阿杰", "2026-05-08T10:30", "8,042")
    assert page.sections[0].text == "账单分期的手续费比现金分期低一些。"
    # A sentence after the key still fills nothing.
    assert parse_page("借呗提额经验\n阅读 3 遍以后就懂了, 不难\n按时还款。\n").views == ""


@pytest.mark.parametrize("name", ["Dr.李", "J.K.小周", "Ms.Chen"])
def test_a_name_of_a_latin_abbreviation_a_dot_and_letters_is_a_commenters_name(name):
    page = parse_page(
        "花呗逾期一天有影响吗？\n花呗逾期一天会产生罚息。\n全部评论\n"
        "小雨点\n我逾期一天没上征信。\n2026-04-02 · 浙江 · 赞 12\n"
        f"{name}\n罚息很少，几毛钱。\n2026-04-03 · 上海 · 赞 5\n"
        "阿杰\n还是按时还吧。\n2026-04-03 · 广东 · 赞 2\n"
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("小雨点", "我逾期一天没上征信。"),
        (name, "罚息很少，几毛钱。"),
        ("阿杰", "还是按时还吧。"),
    ]


def test_a_lower_case_address_or_a_sentence_with_a_full_stop_is_no_name():
    from analysis.page import _looks_like_name

    assert not _looks_like_name("www.huabei.com")
    assert not _looks_like_name("还清了.")
    assert not _looks_like_name("Ok.")
    assert _looks_like_name("Mr.王")


def test_the_page_authors_reply_with_no_foot_ends_where_the_next_name_text_foot_entry_begins():
    page = parse_page(
        "借呗逾期一天会怎样？\n原创 林小北 借钱那些事 2026-05-10 09:00 上海\n"
        "借呗逾期一天会产生罚息，但一般不会上征信。\n阅读 1.2万  在看 30\n精选留言\n写留言\n"
        "青柠\n我逾期一天，第二天还上了，没有影响。\n浙江 5月10日 赞 21\n"
        "作者\n是的，及时还上就好。\n以后记得设置自动还款。\n"
        "阿飞哥\n罚息是按天算的吗？\n多少钱一天？\n江苏 5月11日 赞 4\n"
        "小鱼\n我的也是一天就还了。\n广东 5月12日 赞 2\n"
    )
    assert [(c.comment_id, c.author, c.date, c.reply_to, c.text) for c in page.comments] == [
        (1, "青柠", "2026-05-10", "", "我逾期一天，第二天还上了，没有影响。"),
        (2, "林小北", "", "青柠", "是的，及时还上就好。 以后记得设置自动还款。"),
        (3, "阿飞哥", "2026-05-11", "", "罚息是按天算的吗？ 多少钱一天？"),
        (4, "小鱼", "2026-05-12", "", "我的也是一天就还了。"),
    ]
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["阿飞哥"] == ("comment_header", "comment:3")
    assert roles["多少钱一天？"] == ("comment", "comment:3")
    assert roles["以后记得设置自动还款。"] == ("comment", "comment:2")


def test_the_page_authors_reply_with_no_foot_among_entries_closed_by_likes():
    page = parse_page(
        "花呗能提前还款吗？\n花呗可以随时提前还款，不收手续费。\n阅读 5000  在看 12\n精选留言\n写留言\n"
        "Amy\n提前还了以后额度马上就恢复了。\n赞 52\n"
        "作者回复\n是的，还款后额度实时恢复。\n"
        "老孙头\n分期的也能提前还吗？\n赞 7\n"
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Amy", "", "提前还了以后额度马上就恢复了。"),
        ("作者回复", "Amy", "是的，还款后额度实时恢复。"),
        ("老孙头", "", "分期的也能提前还吗？"),
    ]


NOTE = "\n".join([
    "网商贷还不上了怎么办？我的协商经历分享",
    "理财小兔子",
    "+ 关注",
    "宝子们，我网商贷欠了3万多，逾期快一个月了，今天终于协商好了。",
    "✅网商贷是网商银行的产品，逾期会上征信，这点大家要有心理准备。",
    "✅我是打网商银行官方客服协商的，提供了收入证明，最后分了24期。",
    "✅一定不要相信代理协商，收费还不靠谱。",
    "加油，大家都会上岸的",
    "#网商贷 #协商还款",
    "编辑于 2026-07-08 浙江",
    "共 3 条评论",
    "橘子汽水",
    "我也是打官方客服协商成功的。",
    "07-09 江苏 回复 赞 12",
    "Kevin",
    "分24期要收利息吗？",
    "07-10 广东 回复 赞 3",
])


def test_a_note_dated_at_its_foot_keeps_its_headline_its_writer_and_its_body():
    page = parse_page(NOTE)
    assert (page.title, page.author) == ("网商贷还不上了怎么办？我的协商经历分享", "理财小兔子")
    # The foot under the body: when the note was last edited, the only date it gives.
    assert page.published_at == "2026-07-08"
    roles = [(line.line_no, line.role, line.target) for line in page.lines]
    assert roles[:3] == [(1, "title", "meta:title"), (2, "meta", "meta:author"), (3, "boilerplate", "boilerplate")]
    assert roles[9] == (10, "meta", "meta:updated")
    body = page.sections[0].text.split("\n")
    assert (len(body), body[0], body[-1]) == (
        6, "宝子们，我网商贷欠了3万多，逾期快一个月了，今天终于协商好了。", "#网商贷 #协商还款"
    )
    # The comments' days take their year from the note's date.
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("橘子汽水", "2026-07-09", "我也是打官方客服协商成功的。"),
        ("Kevin", "2026-07-10", "分24期要收利息吗？"),
    ]


def test_a_date_line_under_a_line_with_one_sentence_above_it_still_dates_that_headline():
    # One sentence above (the site's slogan) is no body: the line over the byline is the title.
    page = parse_page(
        "借呗知识库，帮你把借呗的规则讲清楚。\n首页 > 借呗\n借呗逾期一天会怎么样\n编辑于 2026-03-02 北京\n"
        "借呗逾期一天会收罚息，及时还上一般不上征信。\n"
    )
    assert (page.title, page.published_at) == ("借呗逾期一天会怎么样", "2026-03-02")
    assert page.sections[0].text == "借呗逾期一天会收罚息，及时还上一般不上征信。"


def test_the_page_authors_reply_ends_above_the_next_entry_with_a_button_row_between():
    page = parse_page(
        "白条能提前还款吗？\n原创 周小北 白条研究所 2026-05-30 08:00\n白条可以提前还款，不收违约金。\n阅读 800  在看 5\n精选留言\n写留言\n"
        "小周\n提前还了手续费退吗？\n湖南 6月1日 赞 6\n"
        "作者\n已出账的不退。\n分享\n"
        "木木\n我提前还了三期。\n还挺方便的。\n四川 6月2日 赞 1\n"
    )
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("小周", "2026-06-01", "提前还了手续费退吗？"),
        ("周小北", "", "已出账的不退。"),
        ("木木", "2026-06-02", "我提前还了三期。 还挺方便的。"),
    ]


def test_a_writer_over_a_follow_button_above_the_title_and_a_short_body_over_its_foot():
    page = parse_page(
        "小红书\n阿梨\n关注\n信用卡逾期了怎么协商？\n"
        "姐妹们，我信用卡逾期了两个月，现在已经协商好了。\n"
        "信用卡逾期会上征信，这个躲不掉。\n"
        "编辑于 2026-09-12 江苏\n共 1 条评论\n"
        "小熊\n我也是这样协商成功的。\n09-13 浙江 回复 赞 8\n"
    )
    # One sentence under the question, then the foot: the sentence is the
    # body's first line, not a headline over a byline.
    assert (page.site, page.author, page.title, page.published_at) == (
        "小红书", "阿梨", "信用卡逾期了怎么协商？", "2026-09-12"
    )
    assert [(line.role, line.target) for line in page.lines][1:4] == [
        ("meta", "meta:author"), ("boilerplate", "navigation"), ("title", "meta:title")
    ]
    assert page.sections[0].text == "姐妹们，我信用卡逾期了两个月，现在已经协商好了。\n信用卡逾期会上征信，这个躲不掉。"
    assert [(c.author, c.date) for c in page.comments] == [("小熊", "2026-09-13")]


def test_follow_up_posts_under_a_place_and_a_name_in_brackets_with_their_votes_at_the_foot():
    page = parse_page(
        "搜狐首页 > 搜狐理财 > 花呗\n"
        "花呗分期提前还款手续费退不退？\n"
        "2026-05-08 10:20　来源: 搜狐理财　作者：周南\n"
        "花呗分期提前还款时，未出账的分期手续费一般不再收取。\n"
        "已经出账的那一期手续费不会退还。\n"
        "跟贴（4）\n"
        "搜狐广西南宁市网友 [海边的卡夫卡]\n"
        "我提前还了六期，后面的手续费都没收。\n"
        "顶(12) 踩(1)\n"
        "江西省南昌市网友 [豆豆妈]\n"
        "已出账的那期确实不退。\n"
        "顶(4)\n"
        "浙江省宁波市 [阿飞正传]\n"
        "我觉得挺划算的 [捂脸]\n"
        "顶(2) 踩(6)\n"
        "搜狐四川省绵阳市网友 [晚风]\n"
        "提前还款入口在账单详情里。\n"
        "顶(7)\n"
    )
    # A site's home page (搜狐首页) heads the trail: it names the site.
    assert (page.site, page.channel, page.author) == ("搜狐", "花呗", "周南")
    assert page.sections[0].text == "花呗分期提前还款时，未出账的分期手续费一般不再收取。\n已经出账的那一期手续费不会退还。"
    # The name in brackets after a place (with or without the site, with or
    # without 网友) is the author; an emoticon in brackets after words is text.
    assert [(c.author, c.text) for c in page.comments] == [
        ("海边的卡夫卡", "我提前还了六期，后面的手续费都没收。"),
        ("豆豆妈", "已出账的那期确实不退。"),
        ("阿飞正传", "我觉得挺划算的 [捂脸]"),
        ("晚风", "提前还款入口在账单详情里。"),
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert roles[6] == ("comment_marker", "comments")
    assert roles[7] == ("comment_header", "comment:1")
    assert roles[9] == ("comment_header", "comment:1")   # 顶(12) 踩(1): the comment's foot
    assert roles[13] == ("comment_header", "comment:3")


def test_a_trail_opening_on_a_generic_home_page_names_no_site():
    page = parse_page(
        "网站首页 > 借呗 > 正文\n借呗额度为什么被降了\n作者：老唐 2026-04-01 09:00\n借呗降额一般和近期借款次数多有关。\n"
    )
    assert (page.site, page.channel) == ("", "借呗")
    back = parse_page(
        "返回首页 > 借呗 > 正文\n借呗额度为什么被降了\n作者：老唐 2026-04-01 09:00\n借呗降额一般和近期借款次数多有关。\n"
    )
    assert (back.site, back.channel) == ("", "借呗")


THREAD_UNDER_A_TAGLINE = "\n".join([
    "{first}",
    "首页 > 信用卡 > 招商银行",
    "招行信用卡账单分期能提前还清吗？手续费怎么退",
    "{op} 夜猫子",
    "1楼 2026-04-11 22:05",
    "上个月把两万块的账单分了12期，现在手头有钱了。",
    "想一次性还清，不知道剩下的手续费还收不收。",
    "来自iPhone客户端 1楼",
    "2楼 刷卡小能手",
    "可以提前还清，剩下的手续费不再收了。",
    "来自Android客户端 2楼 2026-04-11 22:30",
    "3楼 阿May",
    "我去年提前还过，已经收的那几期手续费不退。",
    "来自iPhone客户端 3楼 2026-04-12 08:15",
])


@pytest.mark.parametrize("first, op, site", [
    ("卡友之家 - 信用卡用卡经验交流", "楼主", "卡友之家"),
    ("卡友之家_论坛", "楼主", "卡友之家"),
    # The second part alone ending like a site's name is the site (TOPIC - SITE).
    ("用卡经验交流 - 卡友论坛", "楼主", "卡友论坛"),
    # A first floor's label and a name over "1楼 DATE" head the opening post just as 楼主 does.
    ("卡友之家 - 信用卡用卡经验交流", "1楼", "卡友之家"),
    ("卡友之家", "楼主", "卡友之家"),
])
def test_a_site_and_its_tagline_over_a_thread_is_the_site_and_the_line_over_the_opening_post_the_title(first, op, site):
    page = parse_page(THREAD_UNDER_A_TAGLINE.format(first=first, op=op))
    assert (page.site, page.channel, page.title, page.author, page.published_at) == (
        site, "招商银行", "招行信用卡账单分期能提前还清吗？手续费怎么退", "夜猫子", "2026-04-11T22:05",
    )
    assert page.sections[0].text == "上个月把两万块的账单分了12期，现在手头有钱了。\n想一次性还清，不知道剩下的手续费还收不收。"
    assert [(c.author, c.date) for c in page.comments] == [
        ("刷卡小能手", "2026-04-11T22:30"), ("阿May", "2026-04-12T08:15"),
    ]
    assert [(line.role, line.target) for line in page.lines][:5] == [
        ("meta", "meta:site"), ("meta", "meta:breadcrumb"), ("title", "meta:title"),
        ("meta", "meta:author"), ("meta", "meta:published_at"),
    ]


def test_a_tagline_over_a_thread_whose_floors_are_named_at_their_foot():
    text = "\n".join([
        "借贷宝典 - 网贷口子交流",
        "网商贷额度突然被降了怎么回事",
        "楼主 小蜜蜂",
        "用了两年的网商贷，额度从五万降到了八千。",
        "来自Android客户端 1楼",
        "阿良",
        "我也被降过，按时还几个月又涨回来了。",
        "来自iPhone客户端 2楼 2026-06-01 12:00",
        "青青草",
        "可能是征信上查询次数太多了。",
        "来自Android客户端 3楼 2026-06-01 13:30",
    ])
    page = parse_page(text)
    assert (page.site, page.title, page.author) == ("借贷宝典", "网商贷额度突然被降了怎么回事", "小蜜蜂")
    assert page.sections[0].text == "用了两年的网商贷，额度从五万降到了八千。"
    assert [c.author for c in page.comments] == ["阿良", "青青草"]


def test_a_date_in_brackets_after_a_role_word_is_the_headers_date_not_a_name():
    page = parse_page(
        "花呗能提前还吗？\n作者：阿岚 2025-01-02\n花呗可以随时提前还款。\n网友评论\n网友 [2025-01-03]\n我昨天刚提前还了。\n"
    )
    assert [(c.date, c.text) for c in page.comments] == [("2025-01-03", "我昨天刚提前还了。")]


HELP_CENTER = "\n".join([
    "借呗 服务中心",
    "借呗常见问题",
    "更新时间：2026-05-06",
    "1. 借呗可以提前还款吗？",
    "可以随时提前还款，不收手续费。",
    "2. 借呗逾期会怎样？",
    "逾期后按日收取罚息，并上报征信。",
    "以上内容是否解决了您的问题？ 已解决 未解决",
    "{marker}",
    "用户2****1177 | 2026-05-08 10:20",
    "提前还了三千，第二天额度就恢复了。",
    "阿芳 | 2026-05-09 21:45",
    "逾期一天也上征信了吗？",
])


@pytest.mark.parametrize("marker", ["读者留言（2）", "热心网友回答", "借呗用户评价 2", "其他网友解答"])
def test_a_short_prefix_and_a_comment_word_open_the_comments_and_a_feedback_question_is_furniture(marker):
    page = parse_page(HELP_CENTER.format(marker=marker))
    assert [s.title for s in page.sections] == ["借呗可以提前还款吗?", "借呗逾期会怎样?"]
    assert page.sections[1].text == "逾期后按日收取罚息，并上报征信。"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("用户2****1177", "2026-05-08T10:20", "提前还了三千，第二天额度就恢复了。"),
        ("阿芳", "2026-05-09T21:45", "逾期一天也上征信了吗？"),
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert roles[8] == ("boilerplate", "boilerplate")
    assert roles[9] == ("comment_marker", "comments")


@pytest.mark.parametrize("line", ["同意楼上的回答。", "发表评论", "我来回答"])
def test_a_sentence_a_button_or_a_line_over_no_header_opens_no_comments(line):
    # 我来回答 names no count and stands over no entry's header: the article goes on.
    page = parse_page("\n".join([
        "信用卡分期怎么还？", "作者：老陈 2026-03-01", "一、分期的手续费", "每期手续费按本金的0.6%收取。",
        line, "二、提前还清", "提前还清时剩下的手续费一般不退。",
    ]))
    assert [s.title for s in page.sections] == ["分期的手续费", "提前还清"]
    assert page.comments == ()


def test_a_role_word_over_a_date_or_a_time_in_brackets_names_nobody():
    page = parse_page("\n".join([
        "信用卡最低还款会上征信吗？", "作者：小秦 2025-02-10", "按最低还款额还款不算逾期。", "网友评论",
        "网友 [2025-02-11]", "我一直还最低，征信没问题。",
        "网友 [5天前]", "最低还款利息很高。",
        "阿凯 [2小时前]", "全额还最划算。",
        "网友 2025-02-12 08:30", "知道了。",
    ]))
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("", "2025-02-11", "我一直还最低，征信没问题。"),
        ("", "", "最低还款利息很高。"),
        ("阿凯", "", "全额还最划算。"),
        ("", "2025-02-12T08:30", "知道了。"),
    ]
    assert [line.role for line in page.lines[4:]] == ["comment_header", "comment"] * 4


LAWYER_QA = "\n".join([
    "法律咨询 > 债务纠纷 > 信用卡纠纷",
    "信用卡欠款五万还不上会坐牢吗？",
    "咨询人：k****2　咨询时间：2026-03-04 10:15",
    "问题描述：失业半年，信用卡欠了五万，银行说要起诉，会不会被判刑？",
    "律师解答（3）",
    "最佳答案",
    "李明律师 | 四川某律师事务所 | 2026-03-04 11:02",
    "您好，答复如下：",
    "一、是否构成犯罪",
    "恶意透支且经两次催收超过三个月仍不归还，才可能构成信用卡诈骗罪。",
    "二、如何处理",
    "主动联系银行协商分期，保留失业证明。",
    "以上回答仅供参考，如需详细咨询可以电话联系。",
    "其他律师解答",
    "张华律师 | 重庆某律师事务所 | 2026-03-04 12:30",
    "有还款意愿的一般不会被判刑。",
])


def test_a_chosen_answer_in_numbered_parts_has_them_as_sub_sections():
    page = parse_page(LAWYER_QA)
    assert [(s.section_id, s.level, s.title, s.parent_id) for s in page.sections] == [
        ("0", 0, "", ""),
        ("1", 1, "最佳答案", ""),
        ("1.一", 2, "是否构成犯罪", "1"),
        ("1.二", 2, "如何处理", "1"),
    ]
    # The asker's description stays the article's lead.
    assert page.sections[0].text == "问题描述：失业半年，信用卡欠了五万，银行说要起诉，会不会被判刑？"
    assert page.sections[1].text == "您好，答复如下："
    assert page.sections[3].text == "主动联系银行协商分期，保留失业证明。"
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert roles[9] == ("heading", "section:1.一")
    assert roles[10] == ("paragraph", "section:1.一")
    assert roles[13] == ("boilerplate", "boilerplate")
    assert roles[14] == ("comment_marker", "comments")
    assert [(c.author, c.text) for c in page.comments] == [("张华律师", "有还款意愿的一般不会被判刑。")]


def test_a_marker_of_any_short_prefix_under_the_text_is_no_byline_nor_a_title():
    page = parse_page(
        "花呗能不能分期还款？\n花呗账单可以分3期、6期或12期。\n读者留言（2）\n"
        "阿杰 | 2026-01-02 10:00\n可以分期，手续费不低。\n小雨 | 2026-01-03 09:30\n我分了6期。\n"
    )
    assert (page.title, page.author, page.published_at) == ("花呗能不能分期还款？", "", "")
    assert page.sections[0].text == "花呗账单可以分3期、6期或12期。"
    assert [(c.author, c.date) for c in page.comments] == [("阿杰", "2026-01-02T10:00"), ("小雨", "2026-01-03T09:30")]


ANSWERS_WITH_RECORDS = "\n".join([
    "花呗逾期两天会影响信用吗？",
    "提问者：小***9 2026-02-03 10:20",
    "问题描述：上个月花呗忘了还，晚了两天才还上，会不会上征信？",
    "最佳答案",
    "信贷老周",
    "2026-02-03 11:05 · 擅长：消费信贷",
    "花呗逾期两天一般不会上报征信。",
    "还上以后芝麻分会慢慢恢复。",
    "其他回答（3）",
    "桔子",
    "2026-02-03 12:40 · TA获得超过3.5万个赞",
    "晚两天没事，我晚过三天都没上征信。",
    "小鹿乱撞",
    "2026-02-03 13:02",
    "花呗已经接入征信了，逾期就会有记录。",
    "别心存侥幸。",
    "阿布",
    "2026-02-04 09:15 · TA获得超过86个赞",
    "打客服电话问一下最稳妥。",
])


def test_answers_whose_header_is_a_name_over_a_date_and_the_answerers_record():
    page = parse_page(ANSWERS_WITH_RECORDS)
    # NAME / DATE (· the answerer's record) / text: one answer each, the record no part of its text.
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("桔子", "2026-02-03T12:40", "晚两天没事，我晚过三天都没上征信。"),
        ("小鹿乱撞", "2026-02-03T13:02", "花呗已经接入征信了，逾期就会有记录。 别心存侥幸。"),
        ("阿布", "2026-02-04T09:15", "打客服电话问一下最稳妥。"),
    ]
    # The chosen answer stays a section titled by its marker; its header says nothing of its text.
    assert [(s.section_id, s.title, s.text) for s in page.sections] == [
        ("0", "", "问题描述：上个月花呗忘了还，晚了两天才还上，会不会上征信？"),
        ("1", "最佳答案", "花呗逾期两天一般不会上报征信。\n还上以后芝麻分会慢慢恢复。"),
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (5, 6)] == [("answer_header", "section:1")] * 2
    assert [roles[n] for n in (10, 11, 12)] == [
        ("comment_header", "comment:1"), ("comment_header", "comment:1"), ("comment", "comment:1"),
    ]
    assert [roles[n] for n in (17, 18)] == [("comment_header", "comment:3")] * 2


def test_a_date_followed_by_words_that_are_no_record_is_text():
    page = parse_page(ANSWERS_WITH_RECORDS.replace("2026-02-04 09:15 · TA获得超过86个赞", "2026-02-04 那天我也逾期了"))
    # A sentence after the date is no answerer's record: the line is the text of the answer above.
    assert page.comments[-1].text == (
        "花呗已经接入征信了，逾期就会有记录。 别心存侥幸。 阿布 2026-02-04 那天我也逾期了 打客服电话问一下最稳妥。"
    )


@pytest.mark.parametrize("question", ["信用卡年费没交会影响征信吗？", "信用卡年费"])
def test_the_line_over_the_askers_description_is_the_question_not_the_description(question):
    page = parse_page("\n".join([
        "问答广场",
        "首页 > 借贷 > 信用卡",
        question,
        "问题描述：办了张卡一直没用，突然说欠了300元年费，不交会怎样？",
        "阿杰 2026-03-08 20:10 提问",
        "最佳答案",
        "年费逾期不还会按欠款上报征信，建议打电话申请减免。",
    ]))
    # The question's title stands over its description, even when the description asks and the byline follows it.
    assert (page.title, page.author, page.published_at) == (question, "阿杰", "2026-03-08T20:10")
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (3, 4, 5)] == [
        ("title", "meta:title"), ("paragraph", "section:0"), ("meta", "meta:author,published_at"),
    ]
    assert [(s.section_id, s.text) for s in page.sections] == [
        ("0", "问题描述：办了张卡一直没用，突然说欠了300元年费，不交会怎样？"),
        ("1", "年费逾期不还会按欠款上报征信，建议打电话申请减免。"),
    ]


def test_a_description_with_no_line_above_it_is_the_title_still():
    page = parse_page("问题描述：花呗逾期三天会怎样？\n最佳答案\n一般不会上征信。\n")
    # No other line could head the page: the description does, and the chosen answer is its text.
    assert page.title == "问题描述：花呗逾期三天会怎样？"
    assert [(s.section_id, s.title, s.text) for s in page.sections] == [("1", "最佳答案", "一般不会上征信。")]


def test_a_count_of_views_beside_an_answers_buttons_is_its_foot_not_its_text():
    page = parse_page(
        "借呗可以提前还款吗？\n提问者：阿周 2026-01-05 09:00\n最佳答案\n借呗随时可以提前还款，不收违约金。\n"
        "326次浏览 · 有用(8)\n其他回答（1）\n小米\n2026-01-05 10:00\n可以的。\n"
    )
    assert page.section("1").text == "借呗随时可以提前还款，不收违约金。"
    assert {line.text: line.role for line in page.lines}["326次浏览 · 有用(8)"] == "boilerplate"
    # A count of views alone is no row of buttons: the page's counter line stays meta.
    counted = parse_page("花呗怎么提额？\n2026-01-05\n阅读 2300  在看 56\n按时还款。\n")
    assert (counted.views, counted.sections[0].text) == ("2300", "按时还款。")


def test_a_thread_whose_floors_put_the_label_over_the_name_and_the_date_before_the_device():
    page = parse_page(
        "安逸花吧\n安逸花逾期了，催收天天打电话怎么办\n只看楼主 收藏 回复\n"
        "楼主 晚风不晚\n1楼 2026-10-02 19:30\n"
        "安逸花欠了六千，逾期一个月，催收每天打好几个电话。\n1. 能不能协商延期？\n2. 会不会打给家里人？\n"
        "来自Android客户端 1楼\n\n"
        "2楼\n清风徐来\n可以打马上消费金融的客服协商。\n2026-10-02 20:05 来自iPhone客户端\n"
        "3楼\n九月\n打给家人是违规的，可以投诉。\n2026-10-03 08:40 来自Android客户端\n"
    )
    # The opening post is the article; each later floor a comment by the name under its label.
    assert (page.author, page.published_at) == ("晚风不晚", "2026-10-02T19:30")
    assert page.sections[0].text == "安逸花欠了六千，逾期一个月，催收每天打好几个电话。\n1. 能不能协商延期？\n2. 会不会打给家里人？"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("清风徐来", "2026-10-02T20:05", "可以打马上消费金融的客服协商。"),
        ("九月", "2026-10-03T08:40", "打给家人是违规的，可以投诉。"),
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (11, 12, 14)] == [("comment_header", "comment:1")] * 3
    assert roles[9] == ("meta", "meta:foot")


def test_a_floor_head_on_one_line_closed_by_a_foot_dated_before_its_device():
    page = parse_page(
        "借呗吧\n借呗额度突然被关了\n楼主 一棵树\n1楼 2026-04-20 22:00\n"
        "按时还款的，借呗额度突然没了，有人知道为什么吗？\n来自iPhone客户端 1楼\n"
        "2楼 小飞侠\n可能是综合评估不足，过段时间会再开。\n2026-04-20 22:30 来自Android客户端\n"
        "3楼 老陈\n我的也关过，三个月后又有了。\n2026-04-21 07:10 来自iPhone客户端 3楼\n"
    )
    assert page.author == "一棵树"
    assert page.sections[0].text == "按时还款的，借呗额度突然没了，有人知道为什么吗？"
    assert [(c.author, c.date) for c in page.comments] == [("小飞侠", "2026-04-20T22:30"), ("老陈", "2026-04-21T07:10")]


def test_a_floor_label_alone_over_the_name_of_a_floor_footed_by_its_number_names_nobody():
    page = parse_page(
        "京东金条吧\n金条逾期十天，分享一下处理过程\n"
        "金条逾期十天，打客服说明情况后，申请到了延期还款。\n"
        "来自iPhone客户端 1楼 2026-01-05 21:00\n\n"
        "2楼\n追风的人\n延期要手续费吗？\n来自Android客户端 2楼 2026-01-06 09:00\n"
        "小满\n我也延期过，没收手续费。\n来自Android客户端 3楼 2026-01-06 10:30\n"
    )
    # 2楼 numbers the floor: the writer is the name under it, and the label is a header line.
    assert [(c.author, c.text) for c in page.comments] == [
        ("追风的人", "延期要手续费吗？"), ("小满", "我也延期过，没收手续费。"),
    ]
    assert {line.line_no: line.role for line in page.lines}[6] == "comment_header"


@pytest.mark.parametrize("foot", ["{date} {device}", "{device} {date}"])
def test_a_thread_of_names_over_text_over_feet_of_a_date_and_a_device_in_either_order(foot):
    def feet(date, device):
        return foot.format(date=date, device=device)

    page = parse_page(
        "美团吧\n美团月付能提前还吗\n楼主 阿狸\n月付这个月用了两千，能不能提前还掉？\n"
        + feet("2026-05-10 12:00", "来自Android客户端") + "\n\n"
        "小熊猫\n可以，在账单页直接点还款。\n" + feet("2026-05-10 12:20", "来自iPhone客户端") + "\n"
        "木头人\n提前还不收钱。\n" + feet("2026-05-10 13:05", "来自Android客户端") + "\n"
    )
    assert (page.author, page.published_at) == ("阿狸", "2026-05-10T12:00")
    assert page.sections[0].text == "月付这个月用了两千，能不能提前还掉？"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("小熊猫", "2026-05-10T12:20", "可以，在账单页直接点还款。"),
        ("木头人", "2026-05-10T13:05", "提前还不收钱。"),
    ]


def test_a_label_alone_over_the_opening_posts_writer_and_named_labels_over_the_floors():
    page = parse_page(
        "分期乐吧\n分期乐逾期会打电话给紧急联系人吗\n楼主\n胖虎\n1楼 2026-06-12 18:00\n"
        "分期乐逾期五天了，怕打给我妈。\n来自Android客户端 1楼\n"
        "沙发\n大雄\n一般先打本人，逾期久了才会联系。\n2026-06-12 18:30 来自iPhone客户端 2楼\n"
        "板凳\n静香\n早点还上就没事了。\n2026-06-12 19:00 来自Android客户端 3楼\n"
    )
    assert (page.author, page.published_at) == ("胖虎", "2026-06-12T18:00")
    assert [(c.author, c.date) for c in page.comments] == [("大雄", "2026-06-12T18:30"), ("静香", "2026-06-12T19:00")]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (3, 4, 5, 7)] == [
        ("meta", "meta:author"), ("meta", "meta:author"), ("meta", "meta:published_at"), ("meta", "meta:foot"),
    ]


@pytest.mark.parametrize("byline", ["2026-03-01 10:00 来自iPhone客户端", "来自iPhone客户端 2026-03-01 10:00"])
def test_a_date_and_a_device_under_the_title_date_the_page_and_name_nobody(byline):
    page = parse_page(f"花呗提额的几个办法\n{byline}\n按时还款，多用花呗消费，额度会慢慢提上来。\n")
    assert (page.author, page.published_at) == ("", "2026-03-01T10:00")
    assert page.sections[0].text == "按时还款，多用花呗消费，额度会慢慢提上来。"


@pytest.mark.parametrize("bio", [
    "执业律师 / 专注消费金融纠纷",
    # A longer bio of short fields parted by dots.
    "注册会计师 · 银行信贷八年 · 写过三本理财书",
])
def test_a_name_over_a_parted_bio_over_a_follow_button_is_the_byline(bio):
    page = parse_page("\n".join([
        "知乎 · 信用卡", "信用卡分期提前还款，手续费还要交吗？", "律师小陈", bio, "关注",
        "提前还清分期的，未出账的手续费一般不再收取。", "编辑于 2026-05-01 10:00",
    ]))
    assert (page.author, page.published_at, page.channel) == ("律师小陈", "2026-05-01T10:00", "信用卡")
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (3, 4, 5)] == [
        ("meta", "meta:author"), ("meta", "meta:bio"), ("boilerplate", "boilerplate"),
    ]
    assert page.sections[0].text == "提前还清分期的，未出账的手续费一般不再收取。"


def test_a_name_over_a_slashed_bio_over_a_follow_button_above_the_title():
    page = parse_page(
        "知乎\n老周说理财\n理财规划师 / 前银行信贷员\n关注\n借呗提前还款要手续费吗？\n"
        "借呗提前还款不收手续费，利息按实际天数算。\n"
    )
    assert (page.site, page.author, page.title, page.breadcrumb) == ("知乎", "老周说理财", "借呗提前还款要手续费吗？", "")
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (2, 3, 5)] == [("meta", "meta:author"), ("meta", "meta:bio"), ("title", "meta:title")]
    assert page.sections[0].text == "借呗提前还款不收手续费，利息按实际天数算。"


def test_a_long_bio_of_parted_fields_between_the_name_and_a_byline_naming_nobody():
    page = parse_page(
        "知乎 · 网贷\n网商贷逾期一天要紧吗？\n阿杰聊信贷\n前网贷风控 / 消费金融从业九年 / 答过三千个问题\n"
        "发布于 2026-07-08 21:00・IP 属地浙江\n逾期一天一般只收一天罚息，当天还上影响不大。\n"
    )
    assert (page.author, page.published_at) == ("阿杰聊信贷", "2026-07-08T21:00")
    assert {line.line_no: line.target for line in page.lines}[4] == "meta:bio"
    assert page.sections[0].text == "逾期一天一般只收一天罚息，当天还上影响不大。"


def test_an_opening_post_with_no_head_closes_with_its_foot_above_the_first_floor():
    page = parse_page(
        "招联金融吧\n招联好期贷逾期被起诉了怎么办\n"
        "好期贷欠了三万，逾期五个月，今天收到法院的短信。\n有没有人经历过，接下来该怎么办？\n"
        "2026-03-10 21:00 来自Android客户端\n回复(2) 举报\n"
        "2F\n法律人小杨\n先别慌，去法院看看起诉状，可以申请调解。\n2026-03-10 21:30 来自iPhone客户端\n回复 举报\n"
        "#3楼\n东东\n我被起诉后调解成分期了。\n2026-03-11 08:00 来自Android客户端\n"
    )
    # The question under the post's first line is its text, not a headline over a byline:
    # the line under it is the post's foot.
    assert (page.title, page.published_at, page.author) == ("招联好期贷逾期被起诉了怎么办", "2026-03-10T21:00", "")
    assert page.sections[0].text == "好期贷欠了三万，逾期五个月，今天收到法院的短信。\n有没有人经历过，接下来该怎么办？"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("法律人小杨", "2026-03-10T21:30", "先别慌，去法院看看起诉状，可以申请调解。"),
        ("东东", "2026-03-11T08:00", "我被起诉后调解成分期了。"),
    ]


def test_a_floor_label_alone_over_a_dated_header_is_part_of_that_header():
    page = parse_page(
        "借呗吧\n借呗可以提前还款吗\n楼主 小米粥 2026-01-05 20:00\n借呗借了五千，想提前还清，会不会收违约金？\n"
        "2楼\n大头 2026-01-05 20:30\n提前还不收违约金，利息按天算。\n"
        "板凳\n小新 2026-01-05 21:00\n我提前还过，没收钱。\n"
    )
    assert page.sections[0].text == "借呗借了五千，想提前还清，会不会收违约金？"
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("大头", "2026-01-05T20:30", "提前还不收违约金，利息按天算。"),
        ("小新", "2026-01-05T21:00", "我提前还过，没收钱。"),
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert [roles[n] for n in (5, 6, 8, 9)] == [
        ("comment_header", "comment:1"), ("comment_header", "comment:1"),
        ("comment_header", "comment:2"), ("comment_header", "comment:2"),
    ]


JIEBEI_POST = "借呗逾期两个月，上周和客服协商成功了。\n协商下来分了12期，罚息停了。\n"


@pytest.mark.parametrize("head, gap, floors", [
    # Floors headed on one line (2楼 NAME DATE), the post's head and text with or without blank lines.
    ("楼主 晚风\n1楼 2026-08-01 20:10\n", "",
     "2楼 小鱼儿 2026-08-01 20:40\n请问要交首付吗？\n3楼 老王 2026-08-02 09:00\n不用交首付。\n"),
    ("楼主 晚风\n\n1楼 2026-08-01 20:10\n\n", "\n",
     "2楼 小鱼儿 2026-08-01 20:40\n请问要交首付吗？\n3楼 老王 2026-08-02 09:00\n不用交首付。\n"),
    # The thread's buttons over the head, between its lines, and under the post.
    ("只看楼主 收藏 回复\n楼主 晚风\n只看楼主\n1楼 2026-08-01 20:10\n", "回复 收藏\n",
     "2楼 小鱼儿 2026-08-01 20:40\n请问要交首付吗？\n3楼 老王 2026-08-02 09:00\n不用交首付。\n"),
    # Floors written as name / text / date.
    ("楼主 晚风\n1楼 2026-08-01 20:10\n", "",
     "小鱼儿\n请问要交首付吗？\n2026-08-01 20:40\n老王\n不用交首付。\n2026-08-02 09:00\n"),
    # ... or as name / text / a foot with the device and the floor's number.
    ("楼主 晚风\n1楼 2026-08-01 20:10\n", "\n",
     "小鱼儿\n请问要交首付吗？\n来自iPhone客户端 2楼 2026-08-01 20:40\n"
     "老王\n不用交首付。\n来自Android客户端 3楼 2026-08-02 09:00\n"),
    # The head's label alone over the writer's name; floors a label over the name (沙发 / NAME / text / date).
    ("楼主\n晚风\n1楼 2026-08-01 20:10\n", "",
     "沙发\n小鱼儿\n请问要交首付吗？\n2026-08-01 20:40\n板凳\n老王\n不用交首付。\n2026-08-02 09:00\n"),
])
def test_an_opening_post_with_a_head_and_no_foot_runs_to_the_first_later_floor(head, gap, floors):
    page = parse_page("借呗吧\n借呗逾期两个月，协商成功的经历\n" + head + JIEBEI_POST + gap + floors)
    assert (page.site, page.title, page.author, page.published_at) == (
        "借呗吧", "借呗逾期两个月，协商成功的经历", "晚风", "2026-08-01T20:10",
    )
    assert page.sections[0].text == "借呗逾期两个月，上周和客服协商成功了。\n协商下来分了12期，罚息停了。"
    # Every reply is one comment, numbered from the first reply.
    assert [(c.comment_id, c.author, c.date, c.text) for c in page.comments] == [
        (1, "小鱼儿", "2026-08-01T20:40", "请问要交首付吗？"),
        (2, "老王", "2026-08-02T09:00", "不用交首付。"),
    ]
    roles = {line.text: (line.role, line.target) for line in page.lines}
    assert roles["1楼 2026-08-01 20:10"] == ("meta", "meta:published_at")
    assert roles["协商下来分了12期，罚息停了。"] == ("paragraph", "section:0")


def test_a_first_floor_dated_under_the_head_is_the_posts_date_on_a_thread_of_named_headers():
    # Floors headed by a name and a date alone (NAME DATE), no floor numbers on them.
    page = parse_page(
        "信用卡吧\n信用卡年费没交会怎么样\n楼主 阿宽\n1楼 2026-02-03 19:00\n"
        "去年的年费忘了交，今天才发现。\n会不会影响征信？\n"
        "卡神 2026-02-03 19:30\n年费逾期也算逾期，赶紧还。\n小陈 2026-02-03 20:10\n可以打客服申请减免。\n"
    )
    assert (page.author, page.published_at) == ("阿宽", "2026-02-03T19:00")
    assert page.sections[0].text == "去年的年费忘了交，今天才发现。\n会不会影响征信？"
    assert [(c.author, c.text) for c in page.comments] == [("卡神", "年费逾期也算逾期，赶紧还。"), ("小陈", "可以打客服申请减免。")]


def test_a_thread_of_the_opening_post_alone_keeps_it_as_the_article():
    page = parse_page("网商贷吧\n网商贷能提前还吗\n楼主 小满\n1楼 2026-03-01 08:00\n网商贷借了两万，想提前还掉。\n")
    assert (page.author, page.published_at, page.sections[0].text, page.comments) == (
        "小满", "2026-03-01T08:00", "网商贷借了两万，想提前还掉。", (),
    )


CARD_THREAD = """信用卡吧
信用卡逾期三个月，银行同意停息挂账了
楼主
卡不离手
1楼 2026-09-12 20:05
招行信用卡欠了四万，逾期三个月，今天打电话申请停息挂账。
2楼 2026-09-12 20:31
白菜价
请问要交什么材料？
3楼 2026-09-12 21:02
谢谢分享！
我也是招行的，明天就去打电话。
4楼 2026-09-13 07:48
Jason_88
招行最多只给我分了36期。
"""


def test_floor_numbers_and_dates_over_a_name_line_name_the_writer():
    page = parse_page(CARD_THREAD)
    assert (page.author, page.published_at) == ("卡不离手", "2026-09-12T20:05")
    # The name line under 2楼 DATE is the header's; a line ending in "！" is what the floor says.
    assert [(c.author, c.date, c.text) for c in page.comments] == [
        ("白菜价", "2026-09-12T20:31", "请问要交什么材料？"),
        ("", "2026-09-12T21:02", "谢谢分享！ 我也是招行的，明天就去打电话。"),
        ("Jason_88", "2026-09-13T07:48", "招行最多只给我分了36期。"),
    ]
    roles = {line.line_no: line.role for line in page.lines}
    assert [roles[n] for n in (8, 9, 10, 11, 12)] == [
        "comment_header", "comment", "comment_header", "comment", "comment",
    ]
    assert [roles[n] for n in (13, 14, 15)] == ["comment_header", "comment_header", "comment"]
