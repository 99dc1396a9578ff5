"""Topics: assignment from words, coverage shares and status, keywords."""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from analysis import paths
from analysis.claims import Claim, Question
from analysis.page import Block, Page, Section
from analysis.text import analysis_view, get_tokenizer
from analysis.topics import (
    ABSENT, ARTICLE_ONLY, COVERED, RAISED_NOT_COVERED, TOPIC_COLUMNS, assign_topics, coverage,
    cue_words, keywords, load_taxonomy, missing_keywords, shares,
)

DEFAULT_IDS = [
    "wechat_functions", "borrowing_eligibility", "credit_limit", "credit_record", "legal_action",
    "debt_collection",
    "repayment_methods", "penalty_fees", "account_status", "prevention",
]


def make_claim(text, origin="article", section_id="一", comment_id=None, topics=(), n=1, tokens=None):
    tokenizer = get_tokenizer()
    norm = analysis_view(text)
    return Claim(
        doc_id="doc", claim_id=f"a{n:03d}" if origin == "article" else f"c{comment_id}-{n:02d}",
        origin=origin, section_id=section_id if origin == "article" else "", comment_id=comment_id,
        sentence_id=f"s{n:03d}", text=text, char_start=0, char_end=len(text), kind="fact",
        polarity="affirm", modality="certain", topics=tuple(topics), norm=norm,
        tokens=tuple(tokenizer.cut(norm)) if tokens is None else tuple(tokens),
    )


def make_question(text, origin="title", comment_id=None, topics=(), n=1):
    norm = analysis_view(text)
    return Question(doc_id="doc", question_id=f"q{n}", origin=origin, comment_id=comment_id,
                    question=text, topics=tuple(topics), norm=norm,
                    tokens=tuple(get_tokenizer().cut(norm)))


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def topics_for(text, taxonomy):
    claims, _ = assign_topics([make_claim(text)], [], taxonomy, get_tokenizer())
    return claims[0].topics


def test_default_taxonomy_has_the_issue_topics_in_file_order(taxonomy):
    assert [t.id for t in taxonomy] == DEFAULT_IDS
    by_id = {t.id: t for t in taxonomy}
    assert by_id["credit_limit"].label == "额度"
    assert "罚息" in by_id["penalty_fees"].cues and "滞纳金" in by_id["penalty_fees"].cues
    assert "借款" in by_id["borrowing_eligibility"].weak_cues
    assert len(cue_words(taxonomy)) == len(set(cue_words(taxonomy)))


@pytest.mark.parametrize("text, expected", [
    # one strong cue is enough
    ("借呗逾期会上征信吗", ("credit_record",)),
    ("花呗逾期会被起诉吗", ("legal_action",)),
    ("能不能提高花呗额度", ("credit_limit",)),
    ("京东金条的利率是多少", ("penalty_fees",)),
    # a cue of two words must appear as those two words in a row (支付 + 功能)
    ("网商贷逾期不影响微信的支付功能", ("wechat_functions",)),
    # 能借 = 能 + 借: an eligibility question without the word 借款
    ("借呗逾期三天,还清后还能借吗", ("borrowing_eligibility",)),
    # a lexicon compound counts when the taxonomy lists it (个性化分期, 征信报告)
    ("网商贷可以申请个性化分期吗", ("repayment_methods",)),
    ("白条逾期会影响征信报告吗", ("credit_record",)),
    # two topics with the same score: taxonomy order
    ("逾期会产生罚息,还会上征信", ("credit_record", "penalty_fees")),
    # higher score first: 提醒 + 规划 (2) + 合理 (0.5) against nothing else
    ("设置还款提醒,合理规划资金", ("prevention",)),
    # weak cues alone stay below the threshold: 偿还 0.5, 借款 0.5 for different topics
    ("偿还借款", ()),
    # two weak cues of one topic reach it: 冻结 0.5 + 资产 0.5
    ("法院会冻结欠款人的相关资产", ("legal_action",)),
    # criminal law and what courts do not protect are legal action too
    ("骗取贷款的处三年以下有期徒刑或者拘役", ("legal_action",)),
    ("未经批准经常性放贷，可能构成非法经营罪", ("legal_action",)),
    ("超过法定上限的部分不受法律保护", ("legal_action",)),
    # a court's sale of the pledged house, and a card's annual fee
    ("断供半年以上房子可能被法拍", ("legal_action",)),
    ("白金卡年费一般在2000元以上", ("penalty_fees",)),
])
def test_assignment_on_literal_sentences(text, expected, taxonomy):
    assert topics_for(text, taxonomy) == expected


@pytest.mark.parametrize("text", [
    "信用卡账单日是每月5号",     # 信用卡 holds 信用, a word of credit_record cues, but is a card
    "分期乐的客服电话是多少",     # 分期乐 is a product, not 分期 (instalments)
    "我借了一笔钱",
])
def test_no_topic_from_substrings(text, taxonomy):
    assert topics_for(text, taxonomy) == ()


def test_assignment_uses_the_claims_tokens_not_the_text(taxonomy):
    # Same text, but the words say 额度 only: the tokens decide.
    claim = make_claim("花呗逾期会被起诉吗", tokens=["花呗", "额度"])
    claims, _ = assign_topics([claim], [], taxonomy, get_tokenizer())
    assert claims[0].topics == ("credit_limit",)
    assert claims[0].text == "花呗逾期会被起诉吗"


@pytest.mark.parametrize("tokens, expected", [
    # however the words were cut, a run of whole words spelling a cue matches
    (["网商贷", "还", "能贷", "款", "吗"], ("borrowing_eligibility",)),
    (["网商贷", "还", "能", "贷款", "吗"], ("borrowing_eligibility",)),
    # a cue inside a longer word does not: 罚息 is not in 罚息率 as a word
    (["罚息率", "多少"], ()),
    # the longest cue wins and its words are not counted again: 不良信用记录
    # is one credit-record cue, not also 信用记录 and 信用
    (["不良", "信用", "记录"], ("credit_record",)),
])
def test_cues_match_on_word_boundaries(tokens, expected, taxonomy):
    from analysis.topics import build_cue_index, topic_scores, topics_of

    index = build_cue_index(taxonomy)
    assert topics_of(tokens, taxonomy, index) == expected
    if tokens == ["不良", "信用", "记录"]:
        assert topic_scores(tokens, index)[DEFAULT_IDS.index("credit_record")] == 1.0


def test_questions_get_topics(taxonomy):
    questions = [make_question("借呗逾期还能用吗?", n=1), make_question("还完后有额度吗?", n=2),
                 make_question("能再借款吗?", n=3)]
    _, tagged = assign_topics([], questions, taxonomy, get_tokenizer())
    assert [q.topics for q in tagged] == [("account_status",), ("credit_limit",), ("borrowing_eligibility",)]


def test_shares_round_to_a_sum_of_exactly_one():
    assert shares([1, 1, 1]) == [0.3334, 0.3333, 0.3333]
    assert shares([2, 0, 1]) == [0.6667, 0.0, 0.3333]
    assert shares([0, 0]) == [0.0, 0.0]
    units = shares([7, 3, 5, 11, 13, 2, 1])
    assert sum(round(u * 10_000) for u in units) == 10_000


def _coverage_inputs():
    claims = [
        make_claim("x", topics=("credit_record",), n=1),
        make_claim("x", topics=("credit_record", "penalty_fees"), n=2),
        make_claim("x", topics=("prevention",), n=3),
        make_claim("x", topics=(), n=4),
        make_claim("x", origin="comment", comment_id=1, topics=("credit_record",), n=1),
        make_claim("x", origin="comment", comment_id=1, topics=("legal_action",), n=2),
    ]
    questions = [make_question("x", topics=("credit_limit",), n=1),
                 make_question("x", topics=("credit_record",), n=2)]
    return claims, questions


def test_coverage_counts_shares_and_status(taxonomy):
    claims, questions = _coverage_inputs()
    frame = coverage("doc", claims, questions, taxonomy)
    assert list(frame.columns) == TOPIC_COLUMNS
    table = frame.set_index("topic")
    assert list(table.index) == DEFAULT_IDS
    # article: credit_record 2, penalty_fees 1, prevention 1 → 4 assignments
    assert table.loc["credit_record", "article_claims"] == 2
    assert table.loc["credit_record", "article_share"] == 0.5
    assert table.loc["penalty_fees", "article_share"] == 0.25
    assert table.loc["prevention", "article_share"] == 0.25
    # comments: credit_record 1, legal_action 1
    assert table.loc["legal_action", "comment_share"] == 0.5
    assert table.loc["credit_record", "questions"] == 1
    assert table.loc["credit_record", "status"] == COVERED
    assert table.loc["legal_action", "status"] == RAISED_NOT_COVERED      # a comment raises it
    assert table.loc["credit_limit", "status"] == RAISED_NOT_COVERED      # the title asks it
    assert table.loc["prevention", "status"] == ARTICLE_ONLY
    assert table.loc["wechat_functions", "status"] == ABSENT
    assert table.loc["credit_record", "label"] == "征信与信用记录"


def test_shares_sum_to_one_per_origin_and_zero_without_topical_claims(taxonomy):
    claims, questions = _coverage_inputs()
    table = coverage("doc", claims, questions, taxonomy)
    assert math.isclose(table["article_share"].sum(), 1.0, abs_tol=1e-9)
    assert math.isclose(table["comment_share"].sum(), 1.0, abs_tol=1e-9)
    article_only = coverage("doc", [c for c in claims if c.origin == "article"], [], taxonomy)
    assert article_only["comment_share"].tolist() == [0.0] * len(DEFAULT_IDS)
    assert article_only["comment_claims"].sum() == 0


def test_adding_a_topic_to_the_file_changes_the_table(tmp_path, taxonomy):
    source = (paths.REFERENCE_DIR / "topics.toml").read_text(encoding="utf-8")
    extended = tmp_path / "topics.toml"
    extended.write_text(source + '\n[[topic]]\nid = "customer_service"\nlabel = "客服沟通"\n'
                        'cues = ["客服", "协商"]\nweak_cues = []\n', encoding="utf-8")
    more = load_taxonomy(extended)
    assert [t.id for t in more] == DEFAULT_IDS + ["customer_service"]
    claims = [make_claim("逾期后可以联系借呗客服", n=1), make_claim("逾期会上征信", n=2)]
    before, _ = assign_topics(claims, [], taxonomy, get_tokenizer())
    after, _ = assign_topics(claims, [], more, get_tokenizer())
    assert before[0].topics == ()
    assert after[0].topics == ("customer_service",)
    table = coverage("doc", after, [], more)
    assert table["topic"].tolist()[-1] == "customer_service"
    row = table.set_index("topic").loc["customer_service"]
    assert (row["label"], row["article_claims"], row["article_share"], row["status"]) == ("客服沟通", 1, 0.5, ARTICLE_ONLY)


def _keyword_page():
    sections = (
        Section("0", 0, "", "", "", 1),
        Section("一", 1, "一", "额度", "0", 2, (Block("x", 0, 2),)),
        Section("二", 1, "二", "罚息", "0", 3, (Block("x", 0, 3),)),
    )
    return Page(doc_id="doc", path="p.txt", encoding="utf-8", text="x", title="t", sections=sections)


def test_keywords_per_section_and_comments():
    claims = [
        # 逾期 is a stop word of the genre, 的 a single character: neither is a keyword.
        make_claim("t", section_id="一", tokens=["额度", "降低", "额度", "逾期", "的"], n=1),
        make_claim("t", section_id="二", tokens=["罚息", "罚息", "额度"], n=2),
        make_claim("t", origin="comment", comment_id=1, tokens=["罚息", "客服"], n=1),
    ]
    table = keywords(_keyword_page(), claims, get_tokenizer(), top_k=8)
    assert list(table.columns) == ["doc_id", "scope", "rank", "keyword", "weight"]
    assert table["scope"].drop_duplicates().tolist() == ["一", "二", "comments"]
    by_scope = {s: g["keyword"].tolist() for s, g in table.groupby("scope", sort=False)}
    # 额度 is twice as frequent as 降低 in 一 but 降低 is used by no other part
    # of the page: the two factors are compared in the assertion below.
    assert set(by_scope["一"]) == {"额度", "降低"}
    assert by_scope["二"][0] == "罚息"
    assert set(by_scope["comments"]) == {"罚息", "客服"}
    assert table.groupby("scope")["rank"].apply(list).to_dict() == {"一": [1, 2], "二": [1, 2], "comments": [1, 2]}
    assert (table["weight"] > 0).all()
    top = keywords(_keyword_page(), claims, get_tokenizer(), top_k=1)
    assert top["keyword"].tolist() == [by_scope["一"][0], "罚息", by_scope["comments"][0]]


def test_keywords_damp_words_every_part_repeats():
    # Same frequency, same IDF class: 额度 appears in every scope, 提额 only here.
    claims = [
        make_claim("t", section_id="一", tokens=["额度", "提额"], n=1),
        make_claim("t", section_id="二", tokens=["额度", "罚息"], n=2),
        make_claim("t", origin="comment", comment_id=1, tokens=["额度", "客服"], n=1),
    ]
    table = keywords(_keyword_page(), claims, get_tokenizer())
    first = table[table["scope"] == "一"]["keyword"].tolist()
    assert first == ["提额", "额度"]


def test_missing_keywords_are_those_no_topic_lists(taxonomy):
    claims = [make_claim("t", section_id="一", tokens=["额度", "客服"], n=1)]
    table = keywords(_keyword_page(), claims, get_tokenizer())
    assert missing_keywords(table, taxonomy)["keyword"].tolist() == ["客服"]


def test_stopword_file_is_commented_and_loaded():
    text = (paths.REFERENCE_DIR / "stopwords.txt").read_text(encoding="utf-8")
    assert text.startswith("#")
    from analysis.topics import load_stopwords
    assert {"逾期", "客户", "可以"} <= load_stopwords()


# ---------------------------------------------------------------- real pages

PAGE_FILES = sorted((paths.ROOT / "tests" / "fixtures" / "pages").iterdir())


def _page_topics(path, taxonomy):
    from analysis.claims import extract_claims, extract_questions
    from analysis.page import read_page

    page = read_page(path)
    tokenizer = get_tokenizer()
    claims, questions = assign_topics(extract_claims(page, tokenizer), extract_questions(page, tokenizer),
                                      taxonomy, tokenizer)
    return page, claims, questions


def test_bundled_page_title_questions_and_coverage(taxonomy):
    page, claims, questions = _page_topics(paths.DEFAULT_PAGE, taxonomy)
    title = {q.question: q.topics for q in questions if q.origin == "title"}
    # 还能用不 asks whether the product still works, 额度 is the credit limit.
    assert title == {
        "微粒贷逾期还能用不?": ("account_status",),
        "还能正常还款吗?": ("repayment_methods",),
        "还完后有额度吗?": ("credit_limit",),
        "能再借款吗?": ("borrowing_eligibility",),
    }
    table = coverage(page.doc_id, claims, questions, taxonomy).set_index("topic")
    # The title asks about the limit, and no sentence of the article or the
    # comments uses 额度 or another limit word.
    assert table.loc["credit_limit", "status"] == RAISED_NOT_COVERED
    assert table.loc["credit_limit", "article_claims"] == 0
    # Comment 1 is all about WeChat change and payments, as is section 一.
    assert table.loc["wechat_functions", "status"] == COVERED
    assert {c.claim_id for c in claims if c.comment_id == 1 and "wechat_functions" in c.topics} == {
        c.claim_id for c in claims if c.comment_id == 1}
    by_id = {c.text: c.topics for c in claims}
    assert by_id["微粒贷逾期一天后,客户需承担相应的罚息和滞纳金"] == ("penalty_fees",)
    assert by_id["逾期一天后,使用者将暂时失去借款资格"] == ("borrowing_eligibility",)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_topic_invariants_on_every_fixture_page(path, taxonomy):
    page, claims, questions = _page_topics(path, taxonomy)
    ids = {t.id for t in taxonomy}
    for item in (*claims, *questions):
        assert set(item.topics) <= ids
        assert len(set(item.topics)) == len(item.topics)
    table = coverage(page.doc_id, claims, questions, taxonomy)
    assert table["topic"].tolist() == [t.id for t in taxonomy]
    for origin in ("article", "comment"):
        total = round(table[f"{origin}_share"].sum(), 9)
        has_topics = any(c.topics for c in claims if (c.origin == "article") == (origin == "article"))
        assert total == (1.0 if has_topics else 0.0)
    assert table.loc[table.status == COVERED, "article_claims"].gt(0).all()
    assert table.loc[table.status == RAISED_NOT_COVERED, "article_claims"].eq(0).all()


def test_other_products_questions(taxonomy):
    _, _, questions = _page_topics(paths.ROOT / "tests/fixtures/pages/jiebei_gb18030.txt", taxonomy)
    assert [(q.question, q.topics) for q in questions if q.origin == "title"] == [
        ("借呗逾期三天会上征信吗？", ("credit_record",)),
        ("逾期后还能借吗？", ("borrowing_eligibility",)),
    ]


def test_taxonomy_is_read_once_and_again_after_an_edit(tmp_path):
    import os

    source = (paths.REFERENCE_DIR / "topics.toml").read_text(encoding="utf-8")
    target = tmp_path / "topics.toml"
    target.write_text(source, encoding="utf-8")
    first = load_taxonomy(target)
    assert load_taxonomy(target) is first
    assert [t.id for t in first] == DEFAULT_IDS
    stamp = target.stat().st_mtime_ns
    target.write_text(source + '\n[[topic]]\nid = "fees"\nlabel = "费用"\ncues = ["手续费"]\n', encoding="utf-8")
    os.utime(target, ns=(stamp + 10**9, stamp + 10**9))
    second = load_taxonomy(target)
    assert [t.id for t in second] == DEFAULT_IDS + ["fees"]
    assert second[-1].cues == ("手续费",)


def test_a_word_read_alone_is_tagged_once_per_tokenizer():
    from analysis.text import Tokenizer

    tokenizer = Tokenizer()
    calls = []
    plain_tag = tokenizer.tag

    def counting_tag(text, hmm=True):
        calls.append((text, hmm))
        return plain_tag(text, hmm)

    tokenizer.tag = counting_tag
    # 借呗 is an nz word of the lexicon: the dictionary alone answers. 逾期了
    # falls apart without the HMM (逾期 + 了), so the HMM tagger is asked too.
    assert tokenizer.word_tag("借呗") == "nz"
    assert tokenizer.word_tag("逾期了") == ""
    assert tokenizer.word_tag("借呗") == "nz"
    assert calls == [("借呗", False), ("逾期了", False), ("逾期了", True)]
