"""A commenter's stance toward the article (说得对, 不是这样的): no claim of its
own, but the stance of the comment's claims, read by the comparison."""
from __future__ import annotations

import pytest

from analysis import compare
from analysis.claims import extract_claims_and_left_out
from analysis.page import parse_page
from analysis.text import get_tokenizer

PAGE = "\n".join([
    "某消费网",
    "美团月付逾期了有什么后果？",
    "2025-11-02",
    "美团月付逾期后会暂停使用，并按日收取逾期费。",
    "热门评论",
    "张三 2025-11-03",
    "说得对，我逾期四十天征信就有记录了。",
    "李四 2025-11-03",
    "不是这样的，我逾期了也能用，还借了两千。",
    "王五 2025-11-04",
    "文章说的没错。",
    "美团月付逾期后会暂停使用。",
    "赵六 2025-11-04",
    "回复 @王五：你说得对。",
    "孙七 2025-11-05",
    "最低还款不会上征信，这点没错。",
    "周八 2025-11-05",
    "楼上说得对，我逾期了也能用。",
])


@pytest.fixture(scope="module")
def read():
    page = parse_page(PAGE, doc_id="t")
    claims, left_out = extract_claims_and_left_out(page, get_tokenizer())
    return page, claims, left_out


def test_stance_clauses_are_left_out_and_the_rest_stays_a_claim(read):
    _, claims, left_out = read
    by_comment = {c.comment_id: [x.text for x in claims if x.comment_id == c.comment_id] for c in claims}
    assert by_comment[1] == ["我逾期四十天征信就有记录了"]
    assert by_comment[2] == ["我逾期了也能用，还借了两千"]
    assert by_comment[3] == ["美团月付逾期后会暂停使用"]
    assert by_comment[5] == ["最低还款不会上征信"]
    assert 4 not in by_comment   # 你说得对 alone is no claim
    stances = [(x.comment_id, x.text) for x in left_out if x.reason == "stance"]
    assert stances == [(1, "说得对，"), (2, "不是这样的，"), (3, "文章说的没错。"), (4, "你说得对。"),
                       (5, "这点没错。"), (6, "楼上说得对，")]


def test_the_stance_is_carried_by_the_comments_claims(read):
    _, claims, _ = read
    stance = {x.comment_id: x.stance for x in claims if x.origin == "comment"}
    # A sentence of its own (文章说的没错。) speaks for the comment's other sentences;
    # 楼上说得对 speaks of another comment, not of the article.
    assert stance == {1: "agree", 2: "disagree", 3: "agree", 5: "agree", 6: ""}
    assert all(x.stance == "" for x in claims if x.origin == "article")


def test_a_stance_word_no_longer_turns_the_claim_around(read):
    _, claims, _ = read
    (usable,) = [x for x in claims if x.comment_id == 2]
    # 不是这样的 is the commenter's verdict, not a negation of 我逾期了也能用.
    assert usable.polarity == "affirm"
    assert usable.kind == "fact"


def test_the_comparison_reads_the_stance(read):
    page, claims, _ = read
    rows = compare.align(claims, get_tokenizer(), sections=page.sections)
    best = {r.comment_claim_id: r for r in rows if r.rank == 1}
    disputed = best["c2-01"]
    assert disputed.relation == "contradict"
    assert "comment disagrees with the article" in disputed.reason
    assert "antonym" in disputed.reason
    same = best["c3-01"]
    assert same.relation == "agree" and "comment agrees with the article" in same.reason


def test_an_article_sentence_keeps_its_verdict_words():
    page = parse_page("\n".join([
        "某法律网", "逾期会坐牢吗？", "2025-01-01",
        "很多人以为逾期会坐牢，这种说法是错的，不是这样的。",
    ]), doc_id="t")
    _, left_out = extract_claims_and_left_out(page, get_tokenizer())
    assert not [x for x in left_out if x.reason == "stance"]


def test_a_disagreeing_comment_that_says_what_the_article_says_is_partial():
    tok = get_tokenizer()
    page = parse_page("\n".join([
        "某消费网", "美团月付逾期了有什么后果？", "2025-11-02",
        "美团月付逾期后会暂停使用。",
        "网友评论", "李四 2025-11-03", "不是这样的，美团月付逾期后会暂停使用。",
    ]), doc_id="t")
    claims, _ = extract_claims_and_left_out(page, tok)
    (row,) = [r for r in compare.align(claims, tok, sections=page.sections) if r.rank == 1]
    assert row.relation == "partial"
    assert "comment disagrees with the article" in row.reason


def _best_rows(lines):
    tok = get_tokenizer()
    page = parse_page("\n".join(lines), doc_id="t")
    claims, _ = extract_claims_and_left_out(page, tok)
    return {r.comment_claim_id: r for r in compare.align(claims, tok, sections=page.sections) if r.rank == 1}


HEAD = ["某财经网", "信用卡逾期会上征信吗？", "2025-03-01",
        "信用卡逾期三天以内属于宽限期，银行一般不会上报征信。",
        "逾期超过90天，银行可能起诉。", "网友评论"]


def test_a_stance_reads_a_comment_that_shares_only_a_word_with_its_evidence():
    rows = _best_rows([*HEAD, "甲 2025-03-02", "不对，我逾期第二天就上征信了。",
                       "乙 2025-03-02", "我逾期第二天就上征信了。"])
    # With 不对 the commenter says the article is wrong: read against the evidence, not left as new.
    assert rows["c1-01"].relation == "contradict"
    assert "comment disagrees with the article" in rows["c1-01"].reason
    # The same words without a stance share too little with the article to say more than new.
    assert rows["c2-01"].relation == "new"


def test_an_agreeing_stance_never_contradicts():
    rows = _best_rows([*HEAD, "丙 2025-03-02", "说得对，信用卡逾期三天以内银行一般会上报征信。"])
    assert rows["c1-01"].relation != "contradict"
    assert "comment agrees with the article" in rows["c1-01"].reason


def test_a_disagreeing_comment_of_the_opposite_polarity_contradicts_even_when_the_words_differ():
    rows = _best_rows(["某财经网", "只还最低还款会怎样？", "2025-03-01",
                       "按最低还款额还款不算逾期，不会影响征信。", "网友评论",
                       "丁 2025-03-02", "不对，最低还款也会在征信上显示。"])
    assert rows["c1-01"].relation == "contradict"


def test_an_evaluation_may_close_a_claim_without_a_comma():
    page = parse_page("\n".join([
        "某网", "信用卡年费怎么收？", "2025-01-01", "金卡年费是200元，刷卡满6次免次年年费。",
        "网友评论", "甲 2025-01-02", "金卡年费是200元没错。", "丙 2025-01-03", "这事没错",
    ]), doc_id="t")
    claims, left_out = extract_claims_and_left_out(page, get_tokenizer())
    comment = [(c.text, c.stance) for c in claims if c.origin == "comment"]
    # Too short a claim before it: the whole stays a claim, with no stance.
    assert comment == [("金卡年费是200元", "agree"), ("这事没错", "")]
    assert [(x.comment_id, x.text) for x in left_out if x.reason == "stance"] == [(1, "没错。")]


def test_stances_that_do_not_speak_of_the_article():
    page = parse_page("\n".join([
        "某网", "借呗额度最高多少？", "2025-01-01", "借呗额度最高20万元。", "网友评论",
        "云朵 2025-01-02", "借呗额度能到50万。",
        "小李 2025-01-02", "@云朵 不是这样的，借呗额度最高就20万。",
        "小王 2025-01-03", "有人推荐我找代理停息挂账，这个不靠谱。",
        "小赵 2025-01-03", "按时还款总是没错。",
    ]), doc_id="t")
    # @云朵 names the comment it answers.
    assert page.comments[1].reply_to == "云朵"
    claims, _ = extract_claims_and_left_out(page, get_tokenizer())
    got = [(c.text, c.stance) for c in claims if c.origin == "comment"]
    assert got == [
        ("借呗额度能到50万", ""),
        # A bare stance in a reply speaks to the comment it answers.
        ("借呗额度最高就20万", ""),
        # 这个不靠谱 after a clause of the commenter's own judges that clause.
        ("有人推荐我找代理停息挂账", ""),
        # 总是没错 is the claim's own predicate, no stance.
        ("按时还款总是没错", ""),
    ]


def _comment_stances(title, article_text, *comments):
    """Each comment claim's text and stance, and the texts left out as stances,
    for a page with one article sentence and the comments given (NAME, text)."""
    lines = ["某论坛", title, "2025-11-02", article_text, "网友评论"]
    for name, text in comments:
        lines += [f"{name} 2025-11-03", text]
    claims, left_out = extract_claims_and_left_out(parse_page("\n".join(lines), doc_id="t"), get_tokenizer())
    return ([(c.text, c.stance) for c in claims if c.origin == "comment"],
            [x.text for x in left_out if x.reason == "stance"])


def test_a_closing_comparison_with_the_article_is_a_stance():
    stances, left = _comment_stances(
        "安逸花逾期多久会被催收？", "逾期超过7天，人工催收员会开始电话联系借款人本人。",
        ("甲", "逾期第8天就有人工打电话了，跟文中说的一样。"), ("乙", "逾期第8天就有人工打电话了，和楼上说的一样。"))
    # 跟文中说的一样 agrees with the article; 和楼上说的一样 with another comment, not the article.
    assert stances == [("逾期第8天就有人工打电话了", "agree"), ("逾期第8天就有人工打电话了", "")]
    assert left == ["跟文中说的一样。", "和楼上说的一样。"]


def test_agreeing_with_the_poster_and_telling_readers_not_to_believe_the_article():
    stances, _ = _comment_stances(
        "分期乐逾期会上征信吗？", "逾期不超过3天的，一般不会报送征信。",
        ("甲", "同意楼主，三天以内还上不会上征信。"), ("乙", "逾期第二天就上征信了，别信文章。"))
    assert stances == [("三天以内还上不会上征信", "agree"), ("逾期第二天就上征信了", "disagree")]


def test_a_stance_on_a_part_of_the_article():
    stances, left = _comment_stances(
        "花呗分期划算吗？", "花呗分期年化大约15%。",
        ("甲", "担保费这块说得对，我算下来实际年化超过了30%。"), ("乙", "作者前后矛盾了，还清了记录不会马上消除。"),
        ("丙", "利息这块很高。"))
    # 这块 points at a part of what was said; 前后矛盾 says the article is wrong; 利息这块很高 judges no statement.
    assert stances == [("我算下来实际年化超过了30%", "agree"), ("还清了记录不会马上消除", "disagree"), ("利息这块很高", "")]
    assert left == ["担保费这块说得对，", "作者前后矛盾了，"]


SECOND_PAGE = "\n".join([
    "某理财网",
    "京东白条逾期会怎样？",
    "2025-12-01",
    "京东白条有3天的宽限期，在宽限期内还款不会上征信。",
    "白条的罚息按天计算，每天万分之五，计息基数为未还的本金。",
    "网友评论",
    "阿东 2025-12-02",
    "文章说的3天宽限期是假的，我逾期第二天就上征信了。",
    "小北 2025-12-02",
    "别信文章说的3天，白条根本没有宽限期。",
    "西西 2025-12-03",
    "楼主说的都对，罚息确实每天万分之五。",
    "南南 2025-12-03",
    "这点文章说对了，罚息是按天算的。",
    "老王 2025-12-04",
    "罚息按天计算是对的。",
    "小李 2025-12-04",
    "罚息是万分之五没错，不过是按全部欠款算的，不是只算本金。",
    "答主 2025-12-05",
    "最佳答案说的没毛病。",
])


@pytest.fixture(scope="module")
def second():
    page = parse_page(SECOND_PAGE, doc_id="t2")
    claims, left_out = extract_claims_and_left_out(page, get_tokenizer())
    return page, claims, left_out


def test_a_quote_of_the_article_judged_false_is_a_belief_said_the_other_way(second):
    _, claims, _ = second
    first = [x for x in claims if x.comment_id == 1]
    # 文章说的X是假的，Y: X is the article's belief, turned round; Y the commenter's own claim.
    assert [x.text for x in first] == ["文章说的3天宽限期是假的", "我逾期第二天就上征信了"]
    assert first[0].polarity == "negate" and {x.stance for x in first} == {"disagree"}


def test_stances_said_in_more_ways(second):
    _, claims, left_out = second
    stances = [(x.comment_id, x.text) for x in left_out if x.reason == "stance"]
    assert stances == [(2, "别信文章说的3天，"), (3, "楼主说的都对，"), (4, "这点文章说对了，"), (5, "是对的。"),
                       (6, "没错"), (7, "最佳答案说的没毛病。")]
    stance = {x.comment_id: x.stance for x in claims if x.origin == "comment" and x.comment_id in (2, 3, 4, 5)}
    # 这点文章说对了 is a verdict, not a report of the article that the next clause corrects.
    assert stance == {2: "disagree", 3: "agree", 4: "agree", 5: "agree"}
    assert [x.text for x in claims if x.comment_id == 5] == ["罚息按天计算"]


def test_an_agreeing_comment_that_turns_is_not_read_as_agreeing(second):
    page, claims, _ = second
    turned = [x for x in claims if x.comment_id == 6]
    assert [(x.text, x.stance) for x in turned] == [("罚息是万分之五", "agree"),
                                                   ("不过是按全部欠款算的，不是只算本金", "qualify")]
    rows = {r.comment_claim_id: r for r in compare.align(claims, get_tokenizer()) if r.rank == 1}
    assert rows[turned[0].claim_id].relation == "agree"
    assert rows[turned[1].claim_id].relation != "agree"
    # 别信文章说的3天 leaves the claim that follows it to contradict the article.
    denial = next(x for x in claims if x.comment_id == 2)
    assert denial.text == "白条根本没有宽限期" and rows[denial.claim_id].relation == "contradict"


def test_an_early_que_shi_confirms_what_was_said():
    page = parse_page("\n".join([
        "某理财网", "分期乐提前还款要手续费吗？", "2025-12-01",
        "分期乐提前还款不收取任何手续费。",
        "逾期后分期乐的额度会被冻结。",
        "网友评论",
        "小周 2025-12-02", "确实没手续费，我上周刚还完。",
        "小吴 2025-12-02", "我确实逾期了一天，额度还在。",
        "小郑 2025-12-03", "逾期后额度确实会冻结，这句说到点子上了。",
    ]), doc_id="t3")
    claims, left_out = extract_claims_and_left_out(page, get_tokenizer())
    stance = {x.text: x.stance for x in claims if x.origin == "comment"}
    # 确实 early in a claim confirms; after a narrator (我确实…) it tells the commenter's own case.
    assert stance["确实没手续费"] == "confirm"
    assert stance["我确实逾期了一天，额度还在"] == ""
    assert stance["逾期后额度确实会冻结"] == "agree"    # 这句说到点子上了 says so outright
    rows = {r.comment_claim_id: r for r in compare.align(claims, get_tokenizer()) if r.rank == 1}
    fee = next(x for x in claims if x.text == "确实没手续费")
    assert rows[fee.claim_id].relation == "agree" and "confirms what was said (确实)" in rows[fee.claim_id].reason


@pytest.mark.parametrize("text, stance", [
    ("说得很对", ("agree", "")),              # a degree adverb before the verdict
    ("文章说的太对了", ("agree", "article")),
    ("同款经历", ("agree", "")),              # the same thing happened to the commenter
    ("楼上律师说的对", ("agree", "other")),    # a few words naming who, after the pointer
    ("最佳答案说的没毛病", ("agree", "article")),
    ("跟文章说的对得上", ("agree", "article")),
    ("跟文章说的一个意思", ("agree", "article")),
    ("楼上算的对", ("agree", "other")),        # 算的: how the figure was worked out
    ("那是老黄历了", ("disagree", "this")),    # 老黄历: out of date
    ("跟文章说的不一样", ("disagree", "article")),
    ("和楼主说的对不上", ("disagree", "article")),
])
def test_stances_of_more_shapes(text, stance):
    # The core of the clause (letters and digits of its analysis view) is only a stance.
    from analysis.claims import _cues, _stance
    from analysis.page import core
    from analysis.text import analysis_view
    assert _stance(core(analysis_view(text)), _cues()) == stance


def test_a_closing_evaluation_after_cai_is_the_claims_own():
    # …才是真的 says which one is real: no stance on what was said.
    page = parse_page("\n".join(["某网", "收到催收短信怎么办？", "2025-12-01", "一般的催收短信不用理会。", "网友评论",
                                 "小钱 2025-12-02", "收到12368的短信才是真的，别的都是吓唬人。"]), doc_id="t4")
    claims, left_out = extract_claims_and_left_out(page, get_tokenizer())
    assert [x.text for x in claims if x.origin == "comment"][0] == "收到12368的短信才是真的"
    assert not [x for x in left_out if x.reason == "stance"]


def test_a_closing_stance_on_a_part_of_the_article_is_no_belief():
    # 文章这里说错了 after the claim: the commenter's stance, not a belief 文章这里 judged false.
    page = parse_page("\n".join(["某网", "最低还款的利息怎么算？", "2025-12-01", "最低还款后，全部账单金额按日计息。", "网友评论",
                                 "小钱 2025-12-02", "只按没还的部分算利息，不是全部账单，文章这里说错了。"]), doc_id="t5")
    claims, left_out = extract_claims_and_left_out(page, get_tokenizer())
    mine = [x for x in claims if x.origin == "comment"]
    assert [(x.text, x.stance) for x in mine] == [("只按没还的部分算利息，不是全部账单", "disagree")]
    assert [x.text for x in left_out if x.reason == "stance"] == ["文章这里说错了。"]
