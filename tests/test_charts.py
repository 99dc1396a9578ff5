"""Charts: Chinese labels render with the bundled font, each chart has its
axes and the table behind it, saved files are byte-stable."""
from __future__ import annotations

import io
import warnings

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import charts, fonts, paths

TOPIC_LABELS = ["微信与支付功能", "借款资格", "额度", "征信与信用记录", "法律追讨", "催收", "还款方式",
                "罚息与费用", "账户状态", "避免逾期"]


@pytest.fixture
def claims_df():
    return pd.DataFrame({
        "doc_id": "jiebei",
        "claim_id": ["a001", "a002", "a003", "a004", "a005", "c1-01", "c1-02"],
        "origin": ["article"] * 5 + ["comment"] * 2,
        "section_id": ["一", "一", "二.1", "二.1", "三", "", ""],
        "comment_id": [None] * 5 + [1, 1],
        "topics": ["credit_record", "credit_record;penalty_fees", "borrowing_eligibility", "", "repayment_methods",
                   "legal_action", "credit_record"],
    })


@pytest.fixture
def sections_df():
    return pd.DataFrame({"section_id": ["0", "一", "二.1", "三"],
                         "title": ["", "借呗逾期的影响", "无法继续借款", "花呗还款方式"]})


@pytest.fixture
def topics_df():
    return pd.DataFrame({
        "doc_id": "jiebei", "topic": ["credit_record", "legal_action", "prevention"],
        "label": ["征信与信用记录", "法律追讨", "避免逾期"],
        "article_claims": [3, 0, 1], "article_share": [0.75, 0.0, 0.25],
        "comment_claims": [1, 1, 0], "comment_share": [0.5, 0.5, 0.0],
        "questions": [1, 0, 0], "status": ["covered", "raised_not_covered", "article_only"],
    })


@pytest.fixture
def alignments_df():
    return pd.DataFrame({
        "doc_id": "jiebei",
        "comment_id": [1, 1, 1, 2, 2],
        "comment_claim_id": ["c1-01", "c1-01", "c1-02", "c2-01", "c2-02"],
        "article_claim_id": ["a001", "a004", "a002", "", "a003"],
        "rank": [1, 2, 1, 1, 1],
        "score": [0.8, 0.4, 0.5, 0.0, 0.7],
        "relation": ["agree", "contradict", "partial", "new", "contradict"],
        "reason": "",
    })


@pytest.fixture
def questions_df():
    return pd.DataFrame({
        "doc_id": "jiebei", "question_id": ["q1", "q2", "q3"],
        "origin": ["comment", "title", "title"], "comment_id": [2.0, None, None],
        "question": ["花呗逾期一天是不是以后都不能用了", "借呗逾期还能用吗?", "还完后有额度吗?"],
        "status": ["partial", "answered", "unanswered"], "evidence": ["a003", "a001;a002", ""],
        "topics": "",
    })


def _draw(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _glyph_warnings(fig: Figure) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _draw(fig)
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]


def test_font_comes_from_the_package_not_the_system():
    path = fonts.font_path()
    assert path.name == "NotoSansCJK-Regular.ttc"
    assert path.parent.name == "noto_cjk_sans_otc"
    assert fonts.register_font() == "Noto Sans CJK SC"


def test_a_plain_matplotlib_figure_would_warn():
    # The check below can fail: without our style the default font has no CJK glyphs.
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        fig = Figure()
        fig.add_subplot().set_title("借呗逾期")
    assert any("missing from font" in m for m in _glyph_warnings(fig))


def test_drawing_chinese_labels_raises_no_glyph_warning(claims_df, sections_df, topics_df, alignments_df, questions_df):
    figures = [
        charts.section_topic_heatmap(claims_df, sections_df=sections_df),
        charts.topic_shares(topics_df),
        charts.relation_counts(alignments_df),
        charts.question_coverage(questions_df),
    ]
    # Drawn outside the style block, as a notebook's display hook would.
    assert matplotlib.rcParams["font.family"] != [fonts.FAMILY, fonts.FALLBACK]
    for fig in figures:
        assert _glyph_warnings(fig) == []


def test_style_does_not_leak_into_global_settings(topics_df):
    before = list(matplotlib.rcParams["font.family"])
    charts.topic_shares(topics_df)
    assert list(matplotlib.rcParams["font.family"]) == before


def _tick_texts(axis):
    return [label.get_text() for label in axis.get_ticklabels()]


def test_heatmap_axes_and_counts(claims_df, sections_df):
    fig = charts.section_topic_heatmap(claims_df, sections_df=sections_df)
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("topic", "section")
    assert _tick_texts(ax.xaxis) == TOPIC_LABELS
    assert _tick_texts(ax.yaxis) == ["一 借呗逾期的影响", "二.1 无法继续借款", "三 花呗还款方式"]
    table = charts.section_topic_counts(claims_df, sections_df=sections_df).set_index("section_id")
    assert list(table.index) == ["一", "二.1", "三"]          # comments are not sections
    assert table.loc["一", "credit_record"] == 2
    assert table.loc["一", "penalty_fees"] == 1
    assert table.loc["二.1"].drop("section_title").sum() == 1  # the topicless claim counts nowhere
    assert table.loc["三", "repayment_methods"] == 1


def test_topic_shares_axes_and_table(topics_df):
    fig = charts.topic_shares(topics_df)
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("share of topic assignments", "topic")
    assert _tick_texts(ax.yaxis) == ["征信与信用记录", "法律追讨", "避免逾期"]
    assert len(ax.patches) == 6
    table = charts.topic_share_table(topics_df)
    assert table["article_share"].tolist() == [0.75, 0.0, 0.25]
    assert table["comment_share"].tolist() == [0.5, 0.5, 0.0]


def test_relation_counts_use_each_claims_best_alignment(alignments_df):
    table = charts.relation_table(alignments_df).set_index("comment_id")
    # c1-01 counts once, as agree (rank 1); its rank-2 contradict is not a second claim.
    assert table.loc[1].tolist() == [1, 1, 0, 0, 0]
    assert table.loc[2].tolist() == [0, 0, 1, 1, 0]
    fig = charts.relation_counts(alignments_df)
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("comment claims", "comment")
    assert _tick_texts(ax.yaxis) == ["评论 1", "评论 2"]


def test_question_coverage_puts_title_questions_first(questions_df):
    table = charts.question_table(questions_df)
    assert table["question_id"].tolist() == ["q2", "q3", "q1"]
    assert table["evidence_claims"].tolist() == [2, 0, 1]
    fig = charts.question_coverage(questions_df)
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("article claims answering the question", "question")
    assert _tick_texts(ax.yaxis) == ["标题: 借呗逾期还能用吗?", "标题: 还完后有额度吗?",
                                     "评论 2: 花呗逾期一天是不是以后都不能用了"]


def test_empty_tables_still_give_a_labelled_figure():
    empty = pd.DataFrame(columns=["doc_id", "comment_id", "comment_claim_id", "article_claim_id",
                                  "rank", "score", "relation", "reason"])
    ax = charts.relation_counts(empty).axes[0]
    assert ax.get_xlabel() == "comment claims"
    assert [t.get_text() for t in ax.texts] == ["no comment claims"]


def test_saved_files_are_byte_identical_and_carry_their_table(tmp_path, topics_df):
    first = charts.save_figure(charts.topic_shares(topics_df), charts.topic_share_table(topics_df), tmp_path / "a", "shares")
    second = charts.save_figure(charts.topic_shares(topics_df), charts.topic_share_table(topics_df), tmp_path / "b", "shares")
    assert [p.name for p in first] == ["shares.png", "shares.csv"]
    assert first[0].read_bytes() == second[0].read_bytes()
    assert first[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"matplotlib" not in first[0].read_bytes()
    assert first[1].read_text(encoding="utf-8").splitlines()[1] == "credit_record,征信与信用记录,3,0.75,1,0.5"


def test_write_figures_draws_every_chart_it_has_a_table_for(tmp_path, claims_df, sections_df, topics_df, questions_df):
    written = charts.write_figures({"claims": claims_df, "sections": sections_df, "topics": topics_df,
                                    "questions": questions_df}, tmp_path)
    assert sorted(p.name for p in written) == sorted([
        "section_topics.png", "section_topics.csv", "topic_shares.png", "topic_shares.csv",
        "question_coverage.png", "question_coverage.csv",
    ])
    assert all(p.exists() for p in written)


def test_figures_show_themselves_as_png_in_notebooks(topics_df):
    fig = charts.topic_shares(topics_df)
    assert isinstance(fig, Figure)
    png = fig._repr_png_()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png == charts.topic_shares(topics_df)._repr_png_()


def test_heatmap_follows_the_taxonomy_file(tmp_path, claims_df):
    from analysis.topics import load_taxonomy

    source = (paths.REFERENCE_DIR / "topics.toml").read_text(encoding="utf-8")
    extended = tmp_path / "topics.toml"
    extended.write_text(source + '\n[[topic]]\nid = "customer_service"\nlabel = "客服沟通"\ncues = ["客服"]\n',
                        encoding="utf-8")
    claims = pd.concat([claims_df, pd.DataFrame({
        "doc_id": ["jiebei"], "claim_id": ["a006"], "origin": ["article"], "section_id": ["三"],
        "comment_id": [None], "topics": ["customer_service"]})], ignore_index=True)
    fig = charts.section_topic_heatmap(claims, taxonomy=load_taxonomy(extended))
    assert _tick_texts(fig.axes[0].xaxis) == TOPIC_LABELS + ["客服沟通"]
    table = charts.section_topic_counts(claims, taxonomy=load_taxonomy(extended)).set_index("section_id")
    assert table.loc["三", "customer_service"] == 1


def test_a_page_with_many_comments_charts_its_busiest_and_keeps_every_row_in_the_csv(tmp_path):
    # 500 comments: comment k has k % 7 + 1 claims, all agreeing with claim a001.
    rows = []
    for comment in range(1, 501):
        for claim in range(1, comment % 7 + 2):
            rows.append({"doc_id": "d", "comment_id": comment, "comment_claim_id": f"c{comment}-{claim:02d}",
                         "article_claim_id": "a001", "rank": 1, "score": 0.5, "relation": "agree", "reason": ""})
    alignments = pd.DataFrame(rows)
    fig = charts.relation_counts(alignments)
    ax = fig.axes[0]
    assert len(ax.get_yticks()) == charts.MAX_ROWS
    assert ax.get_title().endswith(f"({charts.MAX_ROWS} of 500, the busiest)")
    # Comments with 7 claims (k % 7 == 6) are the busiest: 71 of them, the first 40 in page order are drawn.
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["评论 6", "评论 13"]
    assert fig.get_size_inches()[1] < 20
    written = charts.save_figure(fig, charts.relation_table(alignments), tmp_path, "relations")
    table = pd.read_csv(written[1])
    assert len(table) == 500
