"""Pages of other layouts, scripts and encodings, written for these tests.

Each expectation below was read off the fixture file by hand.
"""
from pathlib import Path

import pytest

from analysis import paths
from analysis.page import read_page

PAGES = Path(__file__).parent / "fixtures" / "pages"

EXPECTED = {
    "jiebei_gb18030.txt": dict(
        encoding="gb18030", title="借呗逾期三天会上征信吗？逾期后还能借吗？", channel="借呗逾期",
        author="信贷知识网", published_at="2025-06-18T09:12:33",
        sections=["一", "一.1", "一.2", "二", "三"],
        comments=[("晓风残月", "2025-06-19T08:30"), ("阿杰", "2025-06-20")],
        boilerplate=[34, 35, 36, 37], seo=[],
    ),
    "huabei_meta.html": dict(
        encoding="utf-8", title="花呗逾期了怎么办？会影响芝麻信用分吗？", channel="花呗",
        author="", published_at="2024-11-02",
        sections=["0", "一", "二", "三"],
        comments=[("小鹿", "2024-11-03"), ("老周", "2024-11-05")],
        boilerplate=[11, 17], seo=[],
    ),
    "creditcard_big5.txt": dict(
        encoding="big5", title="信用卡逾期一個月會怎樣？銀行會起訴嗎？", channel="信用卡逾期",
        author="林小姐", published_at="2023-08-15T20:05",
        sections=["一", "二", "三"],
        comments=[("阿明", "2023-08-16"), ("小芳", "2023-08-18")],
        boilerplate=[27], seo=[],
    ),
    "wangshangdai_markdown.md": dict(
        encoding="utf-8-sig", title="网商贷逾期了还能贷款吗？", channel="",
        author="王律师", published_at="2025-01-08",
        sections=["0", "一", "一.1", "一.2", "二", "二.一", "二.二"],
        comments=[], boilerplate=[30], seo=[],
    ),
    "qa_answers.txt": dict(
        encoding="gb18030", title="京东白条逾期一天要紧吗？", channel="逾期问答",
        author="提问者", published_at="2025-02-10T11:00",
        sections=["0", "1"],
        comments=[("", ""), ("", "")],
        boilerplate=[8, 22, 23], seo=[],
    ),
    "comments_first.txt": dict(
        encoding="utf-8", title="分期乐逾期会被起诉吗？", channel="",
        author="", published_at="2024-05-20",
        sections=["一", "二", "二.1", "二.2"],
        comments=[("路人甲", "2024-05-21")], boilerplate=[12], seo=[],
    ),
    "utf16_steps.txt": dict(
        encoding="utf-16", title="安逸花逾期了怎么协商还款？", channel="",
        author="编辑部", published_at="2025-09-01",
        sections=["0", "一", "二", "三"],
        comments=[], boilerplate=[6, 26], seo=[14],
    ),
    # Layouts of sites not seen before: the expectations were read off each page by hand.
    "layout_big5_forum.html": dict(
        encoding="big5", title="網貸逾期被催收怎麼辦？", channel="催收問題", site="",
        author="陳律師", published_at="2024-09-09T21:30",
        sections=["0", "一", "二", "三"],
        comments=[("阿德", "2024-09-10T12:00"), ("小雨", "2024-09-11T08:45")],
        boilerplate=[16], seo=[],
    ),
    "layout_crlf_paragraphs.txt": dict(
        encoding="utf-8", title="微粒贷借款能提前还吗", channel="", site="理财小站",
        author="理财小编", published_at="2025-02-14T09:00",
        sections=["0"], comments=[], boilerplate=[16, 17, 18, 19, 20, 21], seo=[],
    ),
    "layout_empty_comments.txt": dict(
        encoding="utf-8", title="借呗的利息是怎么计算的？", channel="利息", site="借贷百科网",
        author="借贷百科网", published_at="2025-03-10T10:20",
        sections=["一", "二", "二.一", "二.二", "三"],
        comments=[], boilerplate=[19, 20, 21, 22, 23, 24], seo=[17],
    ),
    "layout_faq.txt": dict(
        encoding="utf-8", title="花呗逾期常见问题汇总", channel="常见问题", site="逾期问答网",
        author="小杨", published_at="2025-05-06",
        sections=["1", "2", "3"], comments=[], boilerplate=[21, 22, 23, 24, 25], seo=[],
    ),
    "layout_floors.txt": dict(
        encoding="utf-8", title="网贷逾期三个月了，现在该怎么办？", channel="逾期", site="贷款之家",
        author="贷款之家", published_at="2025-07-01T16:20:05",
        sections=["0", "一", "二", "三"],
        comments=[("网友a8f3", "2025-07-01T18:00"), ("星河", "2025-07-02T09:15"), ("网友a8f3", ""),
                  ("路过", ""), ("网友b27c", "2025-07-03T22:41")],
        boilerplate=[18, 21, 27], seo=[11],
    ),
    "layout_forum_table.html": dict(
        encoding="utf-8", title="逾期了信用卡被停卡怎么办", channel="逾期讨论", site="卡友论坛",
        author="小白", published_at="2024-12-12T08:00",
        sections=["0"],
        comments=[("老卡友", "2024-12-12T09:10"), ("熊猫", "2024-12-12T10:30"), ("阿飞", "2024-12-13T21:45")],
        boilerplate=[13, 14, 15, 16], seo=[1],
    ),
    "layout_gbk_meta.html": dict(
        encoding="gb18030", title="信用卡逾期后怎么和银行协商还款", channel="逾期协商", site="卡友之家",
        author="周明", published_at="2025-01-02T10:00", views="1234",
        sections=["0", "一", "一.1", "一.2", "二", "二.1", "二.2", "三"],
        comments=[], boilerplate=[17, 18, 19], seo=[],
    ),
    "layout_heading_mix.md": dict(
        encoding="utf-8", title="网贷逾期后怎么协商还款", channel="", site="",
        author="", published_at="2025-10-20", views="88",
        sections=["0", "一", "一.1", "一.2", "二", "二.1", "二.2", "三"],
        comments=[("小李", "2025-10-21T12:00")], boilerplate=[], seo=[],
    ),
    "layout_long_steps.txt": dict(
        encoding="utf-8", title="信用卡逾期了怎么办？处理步骤全解", channel="逾期处理", site="用卡宝典网",
        author="用卡宝典", published_at="2024-12-01T14:00",
        sections=["0", "一", "二", "二.1", "二.2", "三", "四", "五", "五.1", "五.2", "五.3",
                  "六", "七", "七.1", "七.2", "八"],
        comments=[("阿木", "2024-12-02"), ("橙子", "2024-12-03")], boilerplate=[40], seo=[25],
    ),
    "layout_mixed_english.txt": dict(
        encoding="utf-8", title="信用卡 minimum payment（最低还款）算逾期吗？", channel="逾期",
        site="FinTalk 金融说", author="Lily Wang", published_at="2025-08-08T20:00",
        sections=["0", "1", "2", "3"],
        comments=[("Tom_Lee", "2025-08-09T12:00"), ("小白兔", "2025-08-10T08:30")],
        boilerplate=[22], seo=[],
    ),
    "layout_nav_menu.html": dict(
        encoding="utf-8", title="信用卡逾期三天银行会打电话吗", channel="逾期", site="卡宝贝",
        author="卡宝贝", published_at="2025-03-08T14:05", views="962",
        sections=["0", "一", "二", "三"],
        comments=[("小鱼儿", "2025-03-09T08:10:00"), ("匿名", "2025-03-10T09:30")],
        boilerplate=[2, 4, 5, 6, 7, 8, 9, 25], seo=[],
    ),
    "layout_qa_ul.html": dict(
        encoding="utf-8", title="白条逾期半年了会被起诉吗", channel="白条", site="问答社区",
        author="匿名用户", published_at="2025-06-01T09:00",
        sections=["0", "1"],
        comments=[("热心网友", "2025-06-02T08:12"), ("小周", "2025-06-03T21:05")],
        boilerplate=[4, 15, 16, 17], seo=[],
    ),
    "layout_split_header.html": dict(
        encoding="utf-8", title="微粒贷逾期一周会怎么样", channel="逾期", site="借款小知识网",
        author="赵宁", published_at="2025-09-14", views="2,310",
        sections=["0"], comments=[("风吹麦浪", ""), ("Coco Li", ""), ("大鹏", "2025-09-13T18:02")],
        boilerplate=[12, 19, 20, 21, 22], seo=[1],
    ),
    "layout_toc_named.txt": dict(
        encoding="utf-8", title="信用卡逾期多久会被起诉？", channel="信用卡", site="法律咨询在线",
        author="法律咨询在线", published_at="2025-04-01",
        sections=["1", "2", "3"], comments=[("阿梅", ""), ("大海", "")],
        boilerplate=[8, 9, 10, 11, 24], seo=[],
    ),
    "layout_ul_comments.html": dict(
        encoding="utf-8", title="借呗逾期两天有影响吗", channel="借呗", site="小额贷款知识网",
        author="小额贷款知识网", published_at="2025-04-12T08:30", views="356",
        sections=["0", "1", "2", "3"],
        comments=[("月亮不睡", "2025-04-12T10:05"), ("老刘", "2025-04-13T19:40"), ("小透明", "2025-04-15T07:12")],
        boilerplate=[11, 15, 18, 21, 22], seo=[],
    ),
    # A phone app's article: a byline of dotted fields, sort tabs, comments dated at their foot,
    # the author's indented reply (作者：…) and another reader's.
    "layout_mobile_app.txt": dict(
        encoding="utf-8", title="拍拍贷逾期两天会怎么样", channel="", site="",
        author="贷款小管家", published_at="", views="2.3万",
        sections=["0"],
        comments=[("晴天", ""), ("贷款小管家", ""), ("老刘", ""), ("小鹿", ""), ("阿宁", "")],
        boilerplate=[3, 8, 12, 15], seo=[],
    ),
    # A question with answers: name, bio and vote count over each answer, its date and buttons under it.
    "layout_zhihu_answers.txt": dict(
        encoding="utf-8", title="信用卡最低还款会上征信吗？", channel="信用卡", site="某问答社区",
        author="", published_at="", views="45,210",
        sections=["0"],
        comments=[("周周", "2025-06-11T09:30"), ("信用卡小白", "")],
        boilerplate=[5, 6, 9, 16, 21, 22], seo=[],
    ),
    # A WeChat article: comments closed by feet of a place, a day and the likes in any order,
    # and an invitation to reply as the article's last line.
    "layout_wechat_place_feet.txt": dict(
        encoding="utf-8", title="美团月付逾期了怎么办？这3件事先做", channel="", site="",
        author="阿梨谈钱", published_at="2026-02-10T21:30", views="8562",
        sections=["0", "一", "二", "三"],
        comments=[("桃子汽水", "2026-02-11"), ("木木", "2026-02-11"), ("夏天的风", "2026-02-12")],
        boilerplate=[15], seo=[],
    ),
    # A forum thread: a numbered list in the opening post (text, not sections), its sign-off, floors dated at their foot.
    "layout_tieba_list.txt": dict(
        encoding="utf-8", title="分期乐逾期半年了，整理下我遇到的情况", channel="", site="分期乐吧",
        author="乐不起来", published_at="2026-03-01T22:10",
        sections=["0"],
        comments=[("吃土少年", "2026-03-02T08:30"), ("夜归人", "2026-03-02T12:05")],
        boilerplate=[8], seo=[],
    ),
    # A forum thread whose floors open with a floor label and a name (3楼 NAME) and close with a foot
    # (a device and a date, a date alone, or a device with no date under the opening post).
    "layout_tieba_named_floors.txt": dict(
        encoding="utf-8", title="【经验】信用卡逾期协商分期，我的亲身经历", channel="", site="信用卡吧",
        author="卡奴小周", published_at="2026-04-10T21:30",
        sections=["0"],
        comments=[("月光宝盒", "2026-04-10T22:05"), ("卡奴小周", "2026-04-10T22:40"), ("老张不慌", "2026-04-11T09:15")],
        boilerplate=[3, 10], seo=[],
    ),
    # A thread whose opening post has a head (楼主 NAME / 1楼 DATE) but no foot: it runs to the
    # first later floor's head (2楼 NAME DATE), and each floor after it is one comment.
    "layout_tieba_unfooted_post.txt": dict(
        encoding="utf-8", title="花呗逾期了半年，怎么跟支付宝协商？经验贴", channel="", site="花呗吧",
        author="橘子汽水", published_at="2026-05-12T21:40",
        sections=["0"],
        comments=[("星星点灯", "2026-05-12T22:05"), ("橘子汽水", "2026-05-12T22:30"), ("老周不愁", "2026-05-13T08:15")],
        boilerplate=[3, 12], seo=[],
    ),
    # A thread whose later floors open with a floor label alone over the writer's name (2楼 / NAME),
    # or both on one line, and close with a foot that gives the date before the device.
    "layout_tieba_label_floors.txt": dict(
        encoding="utf-8", title="【求助】微粒贷逾期两个月，还能协商吗", channel="", site="微粒贷吧",
        author="青柠不酸", published_at="2026-09-03T20:15",
        sections=["0"],
        comments=[("南山有雾", "2026-09-03T20:40"), ("月半弯", "2026-09-04T08:05"), ("阿布不胖", "2026-09-04T09:30")],
        boilerplate=[3], seo=[],
    ),
    # A forum thread whose floors open with a floor number and a date (2楼 DATE) over the writer's name
    # alone, the opening post too (1楼 DATE / NAME); a floor whose first line is a sentence (好的。) names nobody.
    "layout_tieba_dated_label_floors.txt": dict(
        encoding="utf-8", title="借呗逾期半年了，想问问怎么协商分期", channel="", site="借呗吧",
        author="云朵不说话", published_at="2026-10-02T19:12",
        sections=["0"],
        comments=[("小白兔", "2026-10-02T19:40"), ("还款路漫漫", "2026-10-02T20:03"), ("", "2026-10-03T08:15")],
        boilerplate=[3], seo=[],
    ),
    # A Zhihu column: the writer's bio under the name, its fields parted by a slash; the channel from 知乎 · 信用卡.
    "layout_zhihu_column.txt": dict(
        encoding="utf-8", title="信用卡分期和最低还款哪个更划算？", channel="信用卡", site="知乎",
        author="卡叔聊钱", published_at="2026-01-18T09:40",
        sections=["0", "一", "二"],
        comments=[("小盐", "2026-01-18"), ("Leo", "2026-01-19")],
        boilerplate=[16, 18], seo=[],
    ),
    # A note: its writer over a follow button under the title, the body, tags, and a foot
    # (编辑于 DATE PLACE) that dates the note, whose comments' days take its year.
    "layout_note_foot.txt": dict(
        encoding="utf-8", title="美团月付逾期了别慌，我是这样处理的", channel="", site="",
        author="省钱小鹿", published_at="2026-08-03",
        sections=["0"],
        comments=[("糖糖不吃糖", "2026-08-04"), ("Tony", "2026-08-04"), ("一颗橙子", "2026-08-05")],
        boilerplate=[3], seo=[],
    ),
    # WeChat picks (NAME / text / PLACE DATE 赞 N) with the page author's reply (作者 / text) that has no
    # foot: the next entry, whose name is letters and a dot, is a comment of its own.
    "layout_wechat_unfooted_reply.txt": dict(
        encoding="utf-8", title="好期贷逾期一周会怎样？这几点要知道", channel="", site="",
        author="钟小林", published_at="2026-04-12T07:30", views="6532",
        sections=["0", "一", "二"],
        comments=[("风吹麦浪", "2026-04-12"), ("钟小林", ""), ("Mr.Zhou", "2026-04-13"), ("小满", "2026-04-13")],
        boilerplate=[], seo=[],
    ),
    # A Q&A page: the question over the asker's description and byline; each answer a name over
    # its date, the answerer's record (· 擅长：…, · TA获得超过N个赞) or none after the date.
    "layout_zhidao_records.txt": dict(
        encoding="utf-8", title="分期乐提前还款还要付剩下的服务费吗？", channel="分期", site="问答之家",
        author="小葱拌豆腐", published_at="2026-04-11T19:20",
        sections=["0", "1"],
        comments=[("月光族", "2026-04-11T21:15"), ("路人乙", "2026-04-12T08:40"), ("Tony", "2026-04-12T10:05"),
                  ("小葵", "2026-04-12T12:30")],
        boilerplate=[], seo=[],
    ),
    # A WeChat article in zero-padded parts (01 …); comment feet count likes with a heart or a thumb.
    "layout_wechat_heart_feet.txt": dict(
        encoding="utf-8", title="借呗逾期一天怎么办？利息会涨吗", channel="", site="",
        author="阿树", published_at="2026-05-06T21:00", views="1.5万",
        sections=["0", "01", "02", "03"],
        comments=[("青柠", "2026-05-07"), ("大熊", "2026-05-07"), ("阿树", ""), ("木子", "2026-05-08")],
        boilerplate=[10], seo=[],
    ),
    # An article whose first part is a list of points (1、LABEL：a sentence。) with a remark after it,
    # and whose second part has numbered sub-headings over their own paragraphs.
    "layout_labelled_list.txt": dict(
        encoding="utf-8", title="信用卡被盗刷了怎么办？银行会赔吗", channel="用卡安全", site="理财问答网",
        author="周晓", published_at="2026-03-15T14:20", views="2,318",
        sections=["0", "一", "二", "二.1", "二.2", "三"],
        comments=[("小蓝鲸", "2026-03-16T09:05"), ("老陈", "2026-03-17")],
        boilerplate=[31, 32], seo=[],
    ),
}
ALL_PAGES = [paths.DEFAULT_PAGE] + sorted(PAGES.iterdir())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_structure(name):
    want = EXPECTED[name]
    page = read_page(PAGES / name)
    assert page.encoding == want["encoding"]
    assert page.title == want["title"]
    assert page.channel == want["channel"]
    assert page.author == want["author"]
    assert page.published_at == want["published_at"]
    assert [s.section_id for s in page.sections] == want["sections"]
    assert [(c.author, c.date) for c in page.comments] == want["comments"]
    assert [line.line_no for line in page.lines if line.role == "boilerplate"] == want["boilerplate"]
    assert [line.line_no for line in page.lines if line.role == "seo_repeat"] == want["seo"]
    if "site" in want:
        assert page.site == want["site"]
    if "views" in want:
        assert page.views == want["views"]


def test_qa_best_answer_is_a_section_and_other_answers_one_a_line():
    page = read_page(PAGES / "qa_answers.txt")
    best = page.section("1")
    assert (best.title, best.level, best.line_no, len(best.blocks)) == ("最佳答案", 1, 12, 2)
    assert best.blocks[1].text == "如果经常逾期，京东金融可能会降低白条额度。"
    assert [c.text for c in page.comments] == ["逾期一天影响不大，我也逾期过，后来照样能用。", "记得开通自动还款，免得再忘。"]
    assert page.section("0").text == "我的白条昨天忘记还了，今天还上了，会不会上征信？"


def test_traditional_script_is_kept_as_written():
    page = read_page(PAGES / "creditcard_big5.txt")
    assert page.section("二").title == "銀行會不會起訴"
    assert page.comments[0].text == "我逾期兩個月，銀行只是打電話催收，沒有起訴。"


def test_html_page_keeps_inline_markup_inside_its_paragraph():
    page = read_page(PAGES / "huabei_meta.html")
    assert page.section("二").text == "逾期会降低芝麻信用分，还清后信用分不会立即恢复，一般需要几个月的良好记录。"
    assert page.views == "1520"


def test_comment_block_before_the_article_ends_at_the_article():
    page = read_page(PAGES / "comments_first.txt")
    assert page.comments[0].text == "被起诉的都是欠了很多年的，不用太担心。"
    assert page.section("二.1").text.startswith("逾期后应主动联系平台客服")


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.name)
def test_every_non_blank_line_is_accounted_for(path):
    """Invariant: each non-blank line has exactly one role, and its content is
    found where its target says."""
    page = read_page(path)
    non_blank = [n for n, line in enumerate(page.text.split("\n"), start=1) if line.strip()]
    assert [line.line_no for line in page.lines] == non_blank
    sections = {s.section_id: s for s in page.sections}
    comments = {str(c.comment_id): c for c in page.comments}
    for line in page.lines:
        assert line.role in {"meta", "title", "heading", "paragraph", "comment_header", "comment",
                             "comment_marker", "boilerplate", "seo_repeat", "answer_header"}
        kind, _, key = line.target.partition(":")
        if line.role == "answer_header":
            # The header (or foot) of a chosen answer stands under its section's heading.
            assert kind == "section" and sections[key].line_no < line.line_no
        if line.role == "paragraph":
            assert any(b.line_no == line.line_no for b in sections[key].blocks)
        if line.role == "heading":
            assert sections[key].line_no == line.line_no
        if line.role == "comment":
            comment = comments[key]
            kept = "".join(b.text for b in comment.blocks if b.line_no == line.line_no)
            removed = "".join(t for t in comment.tags)
            assert len(kept) + len(removed) <= len(line.text)
            assert kept or removed
    # Each comment appears once, numbered from 1 in page order.
    assert [c.comment_id for c in page.comments] == list(range(1, len(page.comments) + 1))


def test_forum_floors_replies_and_buttons():
    page = read_page(PAGES / "layout_floors.txt")
    assert [(c.text, c.reply_to) for c in page.comments] == [
        ("我也是逾期三个月，协商成功分了12期。", ""),
        ("协商的时候要一直打客服电话吗？", ""),
        ("不用一直打，打通一次说清楚就行。", "星河"),
        ("别再借新还旧了，越借越多。", ""),
        ("说得对，我就是这么越陷越深的。", "路过"),
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert roles[19] == ("comment_header", "comment:2")  # "2楼 星河 … IP属地：广东"
    assert roles[18] == ("boilerplate", "boilerplate")  # "赞(8) 回复 举报"


def test_list_comments_leave_their_buttons_out():
    page = read_page(PAGES / "layout_ul_comments.html")
    assert [c.text for c in page.comments] == [
        "我逾期一天，第二天还上了，征信上没有记录。",
        "额度被冻结了半个月才恢复。",
        "还清后马上就能借了，没有冻结。",
    ]
    assert page.section("2").title == "逾期利息怎么算"


def test_name_and_time_on_lines_of_their_own():
    page = read_page(PAGES / "layout_split_header.html")
    assert [(c.author, c.line_no, c.text) for c in page.comments] == [
        ("风吹麦浪", 9, "我逾期五天，征信上没显示。"),
        ("Coco Li", 13, "罚息确实不多，但催收电话很烦。"),
        ("大鹏", 16, "最好别逾期，额度可能直接关掉。"),
    ]


def test_circled_sub_items_nest_under_their_step():
    page = read_page(PAGES / "layout_long_steps.txt")
    assert [(s.title, s.parent_id) for s in page.sections if s.section_id.startswith("五.")] == [
        ("准备材料", "五"), ("提交申请", "五"), ("等待结果", "五"),
    ]
    assert page.section("五.3").text == "一般二十个工作日内会有答复。"


def test_paragraphs_indented_with_ideographic_spaces_keep_their_offsets():
    page = read_page(PAGES / "layout_crlf_paragraphs.txt")
    lead = page.section("0")
    assert len(lead.blocks) == 6
    assert lead.blocks[0].text == "微粒贷支持随时提前还款，在App的借款记录里选择要还的那一笔即可。"
    assert all(page.text[b.start : b.end] == b.text for b in lead.blocks)
    assert "\r" not in page.text


def test_bracketed_headings_with_parenthesised_sub_items():
    page = read_page(PAGES / "layout_heading_mix.md")
    assert [(s.section_id, s.title) for s in page.sections if s.level == 1] == [
        ("一", "协商前"), ("二", "协商时"), ("三", "协商后"),
    ]
    assert page.section("二.2").title == "书面确认"
    assert page.section("二.2").text == "协商结果要对方以短信或邮件形式书面确认。"


def test_qa_lists_best_and_other_answers():
    page = read_page(PAGES / "layout_qa_ul.html")
    # The lawyer's chosen answer is the page's text; its header line says who wrote it.
    assert (page.section("1").title, page.section("1").text) == (
        "最佳答案", "八千多元的欠款，平台确实有可能起诉，但一般会先催收。\n建议尽快联系平台协商还款计划。",
    )
    assert [(line.line_no, line.target) for line in page.lines if line.role == "answer_header"] == [(7, "section:1")]
    assert [(c.block_name, len(c.blocks)) for c in page.comments] == [("其他回答", 1), ("其他回答", 1)]
    assert page.section("0").text == "欠了八千多，一直没还，最近老是收到短信说要起诉。"


def test_gbk_page_declared_as_gb2312():
    page = read_page(PAGES / "layout_gbk_meta.html")
    assert page.section("一.2").title == "准备困难证明"
    assert page.section("0").text == "信用卡逾期以后，不少持卡人想和银行协商分期。协商之前，先把材料准备好。"


def test_forum_saved_as_xhtml_tables():
    page = read_page(PAGES / "layout_forum_table.html")
    assert page.section("0").text == "上个月逾期了十天，今天发现卡被停了，还能恢复吗？\n有没有人遇到过？"
    assert [(c.text, c.reply_to) for c in page.comments][2] == ("打了电话，客服说要等三个月再评估。", "老卡友")


def test_contents_list_and_comments_named_before_a_colon():
    page = read_page(PAGES / "layout_toc_named.txt")
    assert [line.target for line in page.lines if line.line_no in (8, 9, 10, 11)] == ["toc"] * 4
    assert page.section("1").title == "信用卡逾期多久会被起诉"  # a numbered heading, not a title repeat
    # "建议：" is a label, not a name: the line goes on with 阿梅's comment.
    assert [c.text for c in page.comments] == [
        "我逾期四个月，银行先发了律师函，后来协商分期了。 建议：收到律师函别慌，先确认是不是银行本身发的。",
        "被起诉了也别躲，躲着只会更麻烦。",
    ]


def test_pages_shuffled_from_fixture_lines_keep_the_invariants():
    """Unseen layouts are, to the parser, new orders of known kinds of lines:
    any order gives a page or one PageError, with every line accounted for."""
    import random

    from analysis.page import parse_page
    from analysis.source import PageError

    pool = [line for path in ALL_PAGES for line in read_page(path).text.split("\n")]
    rng = random.Random(11)
    parsed = 0
    for _ in range(300):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        try:
            page = parse_page(text)
        except PageError as error:
            assert "\n" not in str(error)
            continue
        parsed += 1
        non_blank = [n for n, line in enumerate(page.text.split("\n"), start=1) if line.strip()]
        assert [line.line_no for line in page.lines] == non_blank
        blocks = [b for s in page.sections for b in s.blocks] + [b for c in page.comments for b in c.blocks]
        assert all(page.text[b.start : b.end] == b.text for b in blocks)
        assert len({s.section_id for s in page.sections}) == len(page.sections)
        assert [c.comment_id for c in page.comments] == list(range(1, len(page.comments) + 1))
    assert parsed > 200


def test_the_authors_reply_answers_the_comment_above_it():
    page = read_page(PAGES / "layout_mobile_app.txt")
    reply = page.comments[1]
    assert (reply.reply_to, reply.text, reply.line_no) == ("晴天", "催收电话一般在逾期后第一天就会打。", 13)
    assert page.comments[3].reply_to == "老刘"


def test_an_answers_bio_and_vote_count_are_its_header():
    page = read_page(PAGES / "layout_zhihu_answers.txt")
    roles = {line.line_no: line.role for line in page.lines}
    assert [n for n, r in roles.items() if r == "comment_header"] == [10, 11, 12, 15, 17, 18, 20]
    assert page.comments[0].text == "最低还款不算逾期，不会在征信上留下不良记录。 但未还部分会从记账日起计息。"


def test_an_adopted_answer_is_the_article_and_the_other_answers_its_comments():
    page = read_page(PAGES / "qa_adopted_answer.txt")
    # The question's description is the lead; the adopted answer is a section titled by its marker.
    assert [(s.section_id, s.level, s.title, s.line_no) for s in page.sections] == [
        ("0", 0, "", 0), ("1", 1, "采纳答案", 8),
    ]
    assert [b.text for b in page.section("1").blocks] == [
        "信用卡逾期5天，银行一般只会电话和短信提醒，不会起诉。",
        "银行起诉通常发生在逾期3个月以上、欠款金额较大的情况下。",
        "逾期期间按日计收利息，建议尽快还清欠款。",
    ]
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    assert roles[8] == ("heading", "section:1")
    assert roles[9] == ("answer_header", "section:1")
    assert roles[13] == ("boilerplate", "boilerplate")  # 赞(31) under the answer
    assert [(c.comment_id, c.author, c.date, c.line_no) for c in page.comments] == [
        (1, "橙子", "2025-10-09T08:20", 16),
        (2, "老卡奴", "2025-10-09T12:05", 19),
        (3, "小鹿", "2025-10-10T21:30", 22),
    ]
    assert page.comments[0].text == "信用卡逾期5天银行就会起诉，我朋友逾期一个星期就被起诉了。"


def test_an_answer_that_contradicts_the_adopted_one_is_compared_with_it():
    from analysis.pipeline import analyse_page

    tables = analyse_page(PAGES / "qa_adopted_answer.txt")
    claims = tables["claims"].set_index("claim_id")
    alignments = tables["alignments"]
    first = alignments[(alignments.comment_id.astype(str) == "1") & (alignments["rank"] == 1)]
    # 橙子 says 逾期5天 the bank sues; the adopted answer says it does not.
    said = first[first.comment_claim_id == "c1-01"].iloc[0]
    assert claims.loc[said.comment_claim_id, "text"] == "信用卡逾期5天银行就会起诉"
    assert claims.loc[said.article_claim_id, "text"] == "信用卡逾期5天，银行一般只会电话和短信提醒，不会起诉"
    assert str(claims.loc[said.article_claim_id, "section_id"]) == "1"
    # The question's one line (section 0) no longer stands for the whole page, and the
    # asker's 补充说明：… tells the asker's case: left out as the question's, no claim.
    article = claims[claims.origin == "article"]
    assert sorted(set(article.section_id.astype(str))) == ["1"]
    left = tables["left_out"]
    asked = left[left.text.str.startswith("补充说明")]
    assert list(asked.reason) == ["question"]


def test_new_layouts_keep_feet_bios_and_lists_where_a_reader_puts_them():
    wechat = read_page(PAGES / "layout_wechat_place_feet.txt")
    assert [c.text for c in wechat.comments] == [
        "我打客服申请了延期5天，真的可以。", "代协商的收了我800，什么也没办。", "月付逾期会上征信吗？",
    ]
    assert {line.line_no: line.target for line in wechat.lines}[15] == "sign_off"
    thread = read_page(PAGES / "layout_tieba_list.txt")
    assert [b.text[:5] for b in thread.sections[0].blocks] == ["分期乐逾期", "1. 利息", "2. 催收", "3. 协商"]
    column = read_page(PAGES / "layout_zhihu_column.txt")
    assert {line.line_no: line.target for line in column.lines}[4] == "meta:bio"
    assert column.breadcrumb == ""


def test_named_floors_are_comments_and_their_heads_and_feet_say_nothing():
    thread = read_page(PAGES / "layout_tieba_named_floors.txt")
    roles = {line.line_no: (line.role, line.target) for line in thread.lines}
    # 楼主 NAME and 1楼 DATE head the opening post; its foot gives no date.
    assert [roles[n] for n in (4, 5, 11)] == [
        ("meta", "meta:author"), ("meta", "meta:published_at"), ("meta", "meta:foot"),
    ]
    # Each later floor: its head and its foot are the comment's header lines, its text the comment.
    assert [roles[n] for n in (13, 14, 15, 17, 18, 19, 21, 22, 23)] == [
        ("comment_header", "comment:1"), ("comment", "comment:1"), ("comment_header", "comment:1"),
        ("comment_header", "comment:2"), ("comment", "comment:2"), ("comment_header", "comment:2"),
        ("comment_header", "comment:3"), ("comment", "comment:3"), ("comment_header", "comment:3"),
    ]
    assert [(c.reply_to, c.text) for c in thread.comments] == [
        ("", "请问协商的时候要先还一部分吗？"),
        ("月光宝盒", "要先还一期，大概两千块。"),
        ("", "楼主运气好，我协商失败了，银行说只能最低还款。"),
    ]
    # The numbered lines of the opening post are its text, not the page's outline.
    assert [b.text[:4] for b in thread.sections[0].blocks] == ["去年信用", "1. 先", "2. 银", "3. 最"]


def test_floors_headed_by_a_label_alone_over_a_name_and_dated_before_the_device():
    thread = read_page(PAGES / "layout_tieba_label_floors.txt")
    roles = {line.line_no: (line.role, line.target) for line in thread.lines}
    # The opening post is the article: its head, date and foot are meta, its lines the text.
    assert [roles[n] for n in (4, 5, 9)] == [
        ("meta", "meta:author"), ("meta", "meta:published_at"), ("meta", "meta:foot"),
    ]
    assert [b.line_no for b in thread.sections[0].blocks] == [6, 7, 8]
    # 2楼 and the name under it are the floor's header; so is its foot (DATE 来自iPhone客户端).
    assert [roles[n] for n in (11, 12, 13, 14)] == [
        ("comment_header", "comment:1"), ("comment_header", "comment:1"),
        ("comment", "comment:1"), ("comment_header", "comment:1"),
    ]
    assert [roles[n] for n in (15, 16, 17, 18, 19, 20, 21, 22)] == [
        ("comment_header", "comment:2"), ("comment_header", "comment:2"),
        ("comment", "comment:2"), ("comment", "comment:2"), ("comment_header", "comment:2"),
        ("comment_header", "comment:3"), ("comment", "comment:3"), ("comment_header", "comment:3"),
    ]
    assert [c.text for c in thread.comments] == [
        "可以打微众银行客服申请协商，说明困难。",
        "我去年协商过，分了24期。 首期要先还一部分。",
        "逾期记录会上征信，办房贷前最好还清。",
    ]


def test_answer_headers_and_like_feet_say_nothing_of_the_text():
    qa = read_page(PAGES / "layout_zhidao_records.txt")
    roles = {line.line_no: (line.role, line.target) for line in qa.lines}
    # The description is the lead, the chosen answer's name and dated record its header.
    assert [roles[n] for n in (3, 4, 5, 8, 9)] == [
        ("title", "meta:title"), ("paragraph", "section:0"), ("meta", "meta:author,published_at"),
        ("answer_header", "section:1"), ("answer_header", "section:1"),
    ]
    assert [c.text for c in qa.comments] == [
        "我上个月提前还的，剩下的服务费确实没收。", "要看合同，有的产品要收提前还款违约金。 我那个收了2%。",
        "分期乐没有违约金这一说。", "还清以后额度会恢复。",
    ]
    wechat = read_page(PAGES / "layout_wechat_heart_feet.txt")
    assert [(s.title, s.text) for s in wechat.sections[1:]] == [
        ("什么时候算逾期", "借呗的还款日当天24点前没还清就算逾期。"),
        ("罚息怎么算", "逾期后按日计收罚息，罚息利率是原利率的1.5倍。"),
        ("会上征信吗", "借呗已接入央行征信，逾期记录可能会被报送。"),
    ]
    assert [(c.reply_to, c.text) for c in wechat.comments] == [
        ("", "我晚了半天还上，没有罚息。"), ("", "罚息是按天算的，一天几块钱。"),
        ("大熊", "晚还一天也会产生罚息，只是金额很小。"), ("", "借呗逾期一次额度就降了。"),
    ]


def test_labelled_points_are_their_sections_text_and_the_remark_after_them_too():
    page = read_page(PAGES / "layout_labelled_list.txt")
    roles = {line.line_no: (line.role, line.target) for line in page.lines}
    # 1、冻结卡片：…。 2、…！ 3、…； and the remark under them: paragraphs of (一).
    assert [roles[n] for n in (9, 10, 11, 13)] == [("paragraph", "section:一")] * 4
    assert page.section("一").blocks[3].text == "做完这几步以后，再向银行提交盗刷争议申请，银行会启动调查。"
    # Under (二) the numbered lines are bare titles over paragraphs: its sub-sections.
    assert [(s.title, s.text) for s in page.sections[3:5]] == [
        ("能证明非本人操作", "卡片在自己手上、交易发生在外地的，银行一般会认定为盗刷。"),
        ("有过错的情况", "把验证码告诉别人导致被盗刷的，持卡人要自己承担部分损失。"),
    ]


def test_an_opening_post_without_a_foot_runs_to_the_first_later_floor():
    thread = read_page(PAGES / "layout_tieba_unfooted_post.txt")
    roles = {line.line_no: (line.role, line.target) for line in thread.lines}
    # 楼主 NAME and 1楼 DATE (blank lines between them) head the post: they are meta, not a comment.
    assert [roles[n] for n in (4, 6)] == [("meta", "meta:author"), ("meta", "meta:published_at")]
    # The post's lines, its numbered list included, are the article's text; its sign-off is furniture.
    assert [b.line_no for b in thread.sections[0].blocks] == [8, 9, 10, 11]
    assert roles[12] == ("boilerplate", "sign_off")
    # The floors count from the first reply: 2楼 is comment 1.
    assert [roles[n] for n in (14, 15, 16, 17, 18, 19)] == [
        ("comment_header", "comment:1"), ("comment", "comment:1"),
        ("comment_header", "comment:2"), ("comment", "comment:2"),
        ("comment_header", "comment:3"), ("comment", "comment:3"),
    ]
    assert [(c.reply_to, c.text) for c in thread.comments] == [
        ("", "请问协商要先还一部分吗？"),
        ("星星点灯", "我没有先还，直接就分期了。"),
        ("", "我协商了三次才成功，多打几次电话。"),
    ]


def test_dated_floor_labels_over_names_name_the_floors():
    thread = read_page(PAGES / "layout_tieba_dated_label_floors.txt")
    roles = {line.line_no: (line.role, line.target) for line in thread.lines}
    # 1楼 DATE over the name heads the opening post, the article.
    assert [roles[n] for n in (4, 5)] == [("meta", "meta:published_at"), ("meta", "meta:author")]
    assert [b.line_no for b in thread.sections[0].blocks] == [6, 7]
    # Each later floor's label and date, then the name under it, make its header.
    assert [roles[n] for n in range(8, 18)] == [
        ("comment_header", "comment:1"), ("comment_header", "comment:1"), ("comment", "comment:1"),
        ("comment_header", "comment:2"), ("comment_header", "comment:2"),
        ("comment", "comment:2"), ("comment", "comment:2"),
        ("comment_header", "comment:3"), ("comment", "comment:3"), ("comment", "comment:3"),
    ]
    assert [c.text for c in thread.comments] == [
        "感谢楼主分享，困难证明确实要准备。",
        "支付宝客服只给我分了12期。 首期还了两千。",
        "好的。 我也在等回电话。",
    ]
