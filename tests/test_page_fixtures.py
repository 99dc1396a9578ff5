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
        sections=["0"],
        comments=[("", ""), ("", ""), ("", "")],
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


def test_qa_best_answer_is_one_comment_and_other_answers_one_a_line():
    page = read_page(PAGES / "qa_answers.txt")
    best, *others = page.comments
    assert len(best.blocks) == 2 and best.block_name == "最佳答案"
    assert [c.text for c in others] == ["逾期一天影响不大，我也逾期过，后来照样能用。", "记得开通自动还款，免得再忘。"]
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
                             "comment_marker", "boilerplate", "seo_repeat"}
        kind, _, key = line.target.partition(":")
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
