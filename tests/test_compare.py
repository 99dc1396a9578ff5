"""Comments against the article: relations, question status, findings.

Pairs are built from claims written here (a small factory with the shared
tokenizer), so each relation rests on the fields it is meant to test; the
bundled page and a fixture page go through the real claim extraction.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import count
from pathlib import Path

import pytest

from analysis import compare, paths
from analysis.claims import Claim, Question, extract_all, extract_claims, extract_questions, read_clause
from analysis.page import Section, parse_page, read_page
from analysis.text import analysis_view, get_tokenizer

FIXTURE_PAGE = Path(__file__).parent / "fixtures" / "pages" / "compare_jiebei_retention.txt"


@pytest.fixture(scope="module")
def tok():
    return get_tokenizer()


_ids = count(1)


def claim(text, origin="comment", polarity="affirm", modality="certain", condition="", quantities=(),
          section="一", claim_id=None, sentence_id=None):
    norm = analysis_view(text)
    number = next(_ids)
    return Claim(
        doc_id="t", claim_id=claim_id or (f"a{number:03d}" if origin == "article" else f"c1-{number:02d}"),
        origin=origin, section_id=section if origin == "article" else "",
        comment_id=None if origin == "article" else 1, sentence_id=sentence_id or f"s{number:03d}",
        text=text, char_start=0, char_end=len(text), kind="fact", polarity=polarity, modality=modality,
        condition=condition, quantities=tuple(quantities), norm=norm, tokens=tuple(get_tokenizer().cut(norm)),
    )


def article(text, **fields):
    return claim(text, origin="article", **fields)


def best(comment, articles, tok):
    """The rank-1 row of one comment claim against some article claims."""
    rows = [r for r in compare.align([*articles, comment], tok) if r.comment_claim_id == comment.claim_id]
    assert rows[0].rank == 1
    return rows[0]


# ---------------------------------------------------------------- agreements


def test_double_flip_negation_and_antonym_agrees(tok):
    # 不会…冻结 (negated) says what 仍可正常使用 (affirmed antonym) says.
    usable = article("逾期后支付宝仍可正常使用")
    row = best(claim("逾期不会导致支付宝被冻结", polarity="negate"), [usable], tok)
    assert (row.article_claim_id, row.relation) == (usable.claim_id, "agree")
    assert "antonym 冻结↔正常使用" in row.reason
    assert "polarity negate/affirm" in row.reason


def test_antonym_as_subject_of_a_negated_predicate_agrees(tok):
    # 正常使用 is what 不受影响 is about: the clause asserts no change, not usability vs freezing.
    unaffected = article("逾期后支付宝的正常使用不受影响", polarity="negate")
    row = best(claim("逾期不会导致支付宝被冻结", polarity="negate"), [unaffected], tok)
    assert row.relation == "agree"
    assert "antonym" not in row.reason


def test_synonyms_and_shared_negation_agree(tok):
    # 借钱 ~ 借款, 再 ~ 继续, both negated.
    no_loan = article("借呗逾期后用户将无法继续借款", polarity="negate")
    other = article("逾期会产生罚息", section="二")
    row = best(claim("借呗逾期以后就不能再借钱了", polarity="negate"), [no_loan, other], tok)
    assert (row.article_claim_id, row.relation) == (no_loan.claim_id, "agree")


def test_harm_to_the_credit_record_is_said_many_ways(tok):
    # 影响征信, 留下不良记录 and 上征信 say one thing on these pages (synonyms.txt).
    no_record = article("按时还款的用户提前还款不会上征信", polarity="negate")
    row = best(claim("提前还款会影响征信"), [no_record], tok)
    assert row.relation == "contradict" and "opposite on 影响征信" in row.reason
    assert best(claim("提前还款不会留下不良记录", polarity="negate"), [no_record], tok).relation != "contradict"
    assert best(claim("提前还款会影响信用"), [no_record], tok).relation == "contradict"
    # A product joined to the credit bureau (接入央行征信) is not an event reported to it:
    # 三天内不会上征信 does not deny 已接入央行征信.
    joined = article("安逸花是马上消费金融旗下的信贷产品，已接入央行征信")
    assert best(claim("安逸花三天内还上不会上征信", polarity="negate"), [joined], tok).relation != "contradict"
    # 降额 is 降低额度 (synonyms.txt).
    lower = article("频繁提前还款不会降低额度", polarity="negate")
    assert best(claim("频繁提前还款真的会降额"), [lower], tok).relation == "contradict"
    # A phrase never cuts a word of the domain lexicon: 影响|信用卡 is no 影响信用.
    card = article("信用卡逾期后仍可正常使用")
    assert best(claim("逾期不会影响信用卡的正常使用", polarity="negate"), [card], tok).relation == "agree"


def test_emphasis_before_a_denial_is_no_content(tok):
    # 根本, 压根, 从来 make a denial stronger; they are not what the comment is about.
    grace = article("花呗在还款日后有3天的宽限期", quantities=("3天",))
    for text in ("花呗根本没有宽限期", "花呗压根没有宽限期", "花呗从来没有宽限期"):
        assert best(claim(text, polarity="negate"), [grace], tok).relation == "contradict", text


def test_same_quantity_agrees_and_reason_names_it(tok):
    keep = article("信用卡逾期记录会在征信报告中保留五年", quantities=("5年",))
    row = best(claim("信用卡逾期记录会保留五年", quantities=("5年",)), [keep], tok)
    assert row.relation == "agree"
    assert "quantity 5年 = 5年" in row.reason


def test_conditional_says_what_a_temporal_clause_says(tok):
    # 如果有逾期, 就… is 逾期后…: the condition's words (借呗, 逾期) are in the article sentence.
    no_loan = article("借呗逾期后用户将无法继续借款", polarity="negate")
    row = best(claim("如果借呗有逾期，就不能再借钱了", polarity="negate", condition="如果借呗有逾期"), [no_loan], tok)
    assert row.relation == "agree"
    assert "condition 如果借呗有逾期 stated in the article (借呗/逾期)" in row.reason


def test_negated_condition_is_not_a_temporal_clause(tok):
    # 没有还清 is not 还清后: the two can both hold, so neither agree nor contradict.
    can = article("借呗还清欠款后可以继续借款")
    row = best(claim("如果借呗没有还清欠款，就不能再借钱了", polarity="negate", condition="如果借呗没有还清欠款"),
               [can], tok)
    assert row.relation == "partial"
    assert "condition only in the comment (如果借呗没有还清欠款)" in row.reason


def test_plain_antonym_verb_agrees_through_negation(tok):
    # 不会被冻结 (negated 冻结) says what 还可以使用 (affirmed 使用) says.
    usable = article("信用卡逾期后还可以使用")
    row = best(claim("信用卡逾期后不会被冻结", polarity="negate"), [usable], tok)
    assert row.relation == "agree"
    assert "antonym 冻结↔使用" in row.reason


def test_negation_inside_a_barrier_clause_turns_the_side(tok):
    # 不会导致…被冻结或无法使用: the claim's negation is 不会; 无法使用 inside the
    # object of 导致 is the 冻结 side, so both halves say "stays usable".
    usable = article("花呗逾期后支付宝仍可正常使用")
    row = best(claim("花呗逾期不会导致支付宝被冻结或无法使用", polarity="negate"), [usable], tok)
    assert row.relation == "agree"
    # 导致…无法使用 without a negation before it says the account is frozen.
    frozen = article("网商贷逾期后支付宝会被冻结")
    assert best(claim("网商贷逾期会导致支付宝无法使用"), [frozen], tok).relation == "agree"


def test_unaffected_state_agrees_with_the_state(tok):
    # 正常使用不受影响 (a state, then a negated effect on it) says 还能用.
    unaffected = article("花呗逾期后支付宝的正常使用不受影响", polarity="negate")
    row = best(claim("花呗逾期后支付宝还能用"), [unaffected], tok)
    assert row.relation == "agree"
    # The effect word before the state: 不会影响…正常使用 says the same as 仍可正常使用.
    usable = article("信用卡逾期后仍可正常使用")
    assert best(claim("逾期不会影响信用卡的正常使用", polarity="negate"), [usable], tok).relation == "agree"


def test_effect_word_against_a_plain_state_is_never_a_contradiction(tok):
    # 影响使用 is vaguer than 无法使用: against 仍可正常使用 it is partial.
    usable = article("逾期后支付宝仍可正常使用")
    row = best(claim("逾期会影响支付宝的使用"), [usable], tok)
    assert row.relation == "partial"
    assert "effect word on one side on 使用" in row.reason
    # Both with the effect word, opposite polarity: a true contradiction.
    unaffected = article("逾期后支付宝的正常使用不受影响", polarity="negate")
    assert best(claim("逾期后支付宝的正常使用会受到影响"), [unaffected], tok).relation == "contradict"


def test_a_frame_or_an_aside_is_no_detail_but_a_clause_on_the_subject_is(tok):
    no_loan = article("借呗逾期后用户将无法继续借款", polarity="negate")
    framed = best(claim("我专门打电话问过，借呗逾期后就不能再借钱了", polarity="negate"), [no_loan], tok)
    assert framed.relation == "agree"
    # An aside after the proposition, with no consumer-credit word: the commenter's, not the claim's.
    for text in ("借呗逾期后就不能再借钱了，我专门打电话问过", "借呗逾期后就不能再借钱了，挺麻烦的"):
        assert best(claim(text, polarity="negate"), [no_loan], tok).relation == "agree", text
    # A closing clause the writer opens with 我 tells its own case, whatever words it uses.
    told = best(claim("借呗逾期后就不能再借钱了，我房贷也因为这个被拒了", polarity="negate"), [no_loan], tok)
    assert told.relation == "agree"
    # ... with a remark after it, and a figure of its own case: still the writer's, no detail.
    told = best(claim("借呗逾期后就不能再借钱了，我房贷也因为这个被拒了，后悔死了", polarity="negate"), [no_loan], tok)
    assert told.relation == "agree"
    # ... and the clauses after it, though they use such words (征信干干净净)
    told = best(claim("借呗逾期后就不能再借钱了，我逾期过一次，额度到现在都没恢复", polarity="negate"), [no_loan], tok)
    assert told.relation == "agree"
    fee = article("年费不交会逾期")
    told = best(claim("年费不还真的算逾期，我就是因为100块年费上了征信", quantities=("100元",)), [fee], tok)
    assert told.relation == "agree"
    # A clause that says more of the subject is a detail.
    detail = best(claim("借呗逾期后就不能再借钱了，额度也会清零", polarity="negate"), [no_loan], tok)
    assert detail.relation == "partial"
    assert "comment adds detail" in detail.reason


def test_other_figures_against_a_worked_example_are_no_contradiction(tok):
    # 例如… (examples.txt): the article's figures illustrate; the commenter's are another case.
    example = article("例如借款30天，利息一共是150元", quantities=("30天", "150元"))
    mine = claim("借款30天，利息一共是90元", quantities=("30天", "90元"))
    row = best(mine, [example], tok)
    assert row.relation == "partial" and "the article's figures are an example" in row.reason
    rule = article("借款30天，利息一共是150元", quantities=("30天", "150元"))
    assert best(replace(mine, claim_id="c1-99"), [rule], tok).relation == "contradict"


def test_comment_that_says_part_of_the_claim_agrees(tok):
    # All the comment says, the article says the same way, and more besides (违约金).
    no_fee = article("借呗提前还款既不收取手续费也不收取违约金", polarity="negate")
    row = best(claim("提前还款没有手续费", polarity="negate"), [no_fee], tok)
    assert row.relation == "agree"
    assert "comment says part of the article" in row.reason
    # A figure of its own is a detail the article lacks; a hedge, a doubt.
    own_figure = best(claim("提前还款没有手续费，省了200元", polarity="negate", quantities=("200元",)), [no_fee], tok)
    assert own_figure.relation == "partial"
    hedged = best(claim("提前还款可能没有手续费", polarity="negate", modality="possible"), [no_fee], tok)
    assert hedged.relation == "partial"
    # The opposite, however short, is never read as a part of it.
    fee = best(claim("提前还款有手续费"), [no_fee], tok)
    assert fee.relation != "agree"


def test_the_titles_product_is_what_an_unnamed_claim_speaks_of(tok):
    # On a page titled 招联逾期会爆通讯录吗, 正规机构不会爆通讯录 speaks of 招联; on another page it does not.
    claims = [article("正规持牌机构催收不会爆通讯录", polarity="negate"), claim("招联不会爆通讯录", polarity="negate")]
    titled = [r for r in compare.align(claims, tok, title="招联逾期会爆通讯录吗？") if r.rank == 1]
    untitled = [r for r in compare.align(claims, tok) if r.rank == 1]
    assert titled[0].relation == "agree" and "heading gives 招联" in titled[0].reason
    assert untitled[0].relation == "new"
    # Another product than the title's is no agreement.
    other = [r for r in compare.align([claims[0], claim("京东白条不会爆通讯录", polarity="negate")], tok,
                                      title="招联逾期会爆通讯录吗？") if r.rank == 1]
    assert other[0].relation != "agree"


def test_short_product_name_stands_for_the_articles(tok):
    # 网商 is 网商贷 less its last character; the article never says 网商 alone.
    no_loan = article("网商贷逾期后将无法继续借款", polarity="negate")
    assert best(claim("网商逾期后就不能借钱了", polarity="negate"), [no_loan], tok).relation == "agree"


def _sections(*heads):
    """Sections from (section_id, title) pairs; a dotted id hangs under its prefix."""
    return tuple(
        Section(section_id=sid, level=sid.count(".") + 1, number=sid.rsplit(".", 1)[-1], title=title,
                parent_id=sid.rsplit(".", 1)[0] if "." in sid else "", line_no=n)
        for n, (sid, title) in enumerate(heads, start=1)
    )


def test_heading_names_the_product_a_sentence_leaves_out(tok):
    usable = article("逾期后支付宝仍可正常使用", section="一")
    comment = claim("借呗逾期后支付宝仍然可以正常使用")
    bare = [r for r in compare.align([usable, comment], tok) if r.rank == 1][0]
    assert bare.relation == "partial"          # 借呗 is a detail the sentence lacks
    sections = _sections(("一", "借呗逾期的影响"))
    row = [r for r in compare.align([usable, comment], tok, sections=sections) if r.rank == 1][0]
    assert row.relation == "agree"
    assert "heading gives 借呗" in row.reason


def test_heading_of_another_product_keeps_a_quantity_clash_partial(tok):
    # The sentence names no product; its heading says 微粒贷, the comment 借呗.
    keep = article("逾期记录会保留五年", quantities=("5年",), section="一")
    comment = claim("借呗逾期记录只保留两年", quantities=("2年",))
    other = _sections(("一", "微粒贷逾期的影响"))
    row = [r for r in compare.align([keep, comment], tok, sections=other) if r.rank == 1][0]
    assert row.relation == "partial"
    assert "names 借呗 vs 微粒贷" in row.reason
    same = _sections(("一", "借呗逾期的影响"))
    assert [r for r in compare.align([keep, comment], tok, sections=same) if r.rank == 1][0].relation == "contradict"


def test_scope_words_compare_through_synonyms(tok):
    # 长时间 and 长期 are one time span: no scope difference.
    sued = article("信用卡长期逾期会被银行起诉")
    row = best(claim("信用卡长时间逾期会被银行起诉"), [sued], tok)
    assert row.relation == "agree"
    assert "scope" not in row.reason


# ---------------------------------------------------------------- contradictions


def test_opposite_polarity_contradicts(tok):
    cannot = article("花呗逾期后将无法继续使用", polarity="negate")
    row = best(claim("花呗逾期后还可以继续使用"), [cannot], tok)
    assert row.relation == "contradict"
    assert "opposite on 使用" in row.reason


def test_a_denial_in_a_clause_of_its_own_is_not_the_claims_polarity(tok):
    # 并不是所有逾期都能删除 denies in a clause that says none of the shared words;
    # the article affirms 接入…征信, so 没有接入 opposes it (the scope word 所有 stands
    # in the other clause: no scope of the shared words).
    joined = article("京东白条已接入央行征信，并不是所有逾期都能删除", polarity="negate")
    row = best(claim("京东白条没有接入央行征信", polarity="negate"), [joined], tok)
    assert "opposite on 央行征信" in row.reason and "polarity unclear" not in row.reason
    assert row.relation == "contradict" and "scope" not in row.reason


def test_a_denial_of_a_word_the_comment_does_not_say_is_not_the_claims_polarity(tok):
    # The article affirms 有宽限期 and denies 上征信 in a second clause that names
    # 宽限期 again: toward a comment about the grace period alone it affirms.
    grace = article("花呗有3天的宽限期，在宽限期内还款不会上征信", polarity="negate")
    row = best(claim("花呗宽限期确实有3天"), [grace], tok)
    assert row.relation == "agree" and "polarity unclear" not in row.reason
    row = best(claim("花呗根本没有宽限期", polarity="negate"), [grace], tok)
    assert row.relation == "contradict" and "opposite on 宽限期" in row.reason
    # 意义不大 denies a degree of 意义: the clause is about 意义, so a comment
    # that affirms 有意义 is not read as agreeing.
    little = article("贷款超过一半期限的，提前还款意义不大", polarity="negate")
    row = best(claim("贷款超过一半期限，提前还款照样有意义"), [little], tok)
    assert row.relation != "agree"
    # 不影响贷款审批 names 影响, shared, and leaves it unread: it may be what is denied.
    soft = article("本人查询属于软查询，不影响贷款审批", polarity="negate")
    assert best(claim("本人查询也会影响"), [soft], tok).relation != "agree"


def test_a_negation_after_its_verb_denies_it(tok):
    # 用不了 is 不能用: the verb before the negation is what it denies.
    cannot = article("逾期以后白条就用不了了", polarity="negate")
    row = best(claim("逾期以后白条还能用"), [cannot], tok)
    assert row.relation == "contradict" and "opposite on" in row.reason
    row = best(claim("逾期以后白条确实用不了", polarity="negate"), [cannot], tok)
    assert row.relation == "agree"


def test_a_negation_inside_the_topic_is_no_opposite(tok):
    # 不还 is what the claims are about: both say the act is fraud, or not.
    fraud = article("逾期不还属于诈骗")
    row = best(claim("单纯逾期不属于诈骗", polarity="negate"), [fraud], tok)
    assert row.relation == "contradict" and "opposite on 诈骗" in row.reason
    row = best(claim("恶意不还的确属于诈骗"), [fraud], tok)
    assert row.relation != "contradict" and "opposite" not in row.reason
    # 欠钱不还不会坐牢: 不还 is the topic, 不会 the denial, as in 不会因为欠钱坐牢.
    no_jail = article("花呗不会因为欠钱坐牢", polarity="negate")
    assert best(claim("花呗欠钱不还不会坐牢", polarity="negate"), [no_jail], tok).relation == "agree"
    # 交会 is a dictionary word that would hide the verb of 不交会逾期 (lexicon.txt cuts it apart).
    fee = article("信用卡年费不交会逾期")
    row = best(claim("信用卡年费不还真的算逾期"), [fee], tok)
    assert row.relation == "agree" and "opposite" not in row.reason


def test_a_belief_the_article_calls_wrong_is_said_the_other_way(tok):
    myth = replace(article("很多人以为花呗逾期会坐牢，其实这是一个误区", polarity="negate"),
                   norm="花呗逾期会坐牢", tokens=tuple(tok.cut("花呗逾期会坐牢")), verdict="false")
    row = best(claim("花呗逾期肯定会坐牢的"), [myth], tok)
    assert row.relation == "contradict" and "opposite on 坐牢" in row.reason
    row = best(claim("花呗逾期不会坐牢", polarity="negate"), [myth], tok)
    assert row.relation == "agree"


def test_colloquial_words_of_deleting_and_waiving(tok):
    # 删了 is 删除, 减 is 减免: said the other way round, they oppose the article.
    deleted = article("结清五年后逾期记录会被删除")
    assert best(claim("结清五年后逾期记录就被删了"), [deleted], tok).relation == "agree"
    # 年化 is a word of its own (我年化 was one word to the cutter): a figure in the range.
    rate = best(claim("我年化是24%", quantities=("24%",)), [article("年化利率在7.2%到24%之间", quantities=("7.2-24%",))], tok)
    assert rate.relation != "new" and "24% within 7.2-24%" in rate.reason
    reported = article("逾期超过3天平台会把记录报送", quantities=("3天",))
    assert best(claim("逾期超过3天平台就会上征信", quantities=("3天",)), [reported], tok).relation == "agree"
    compound = article("逾期费不计复利", polarity="negate")
    assert best(claim("逾期费其实会利滚利"), [compound], tok).relation == "contradict"   # 利滚利 is 复利
    rest = article("提前还款后剩余手续费照收")
    assert best(claim("提前还款后剩下的手续费还是照收"), [rest], tok).relation == "agree"
    waived = article("协商还款时本金是不会减免的", polarity="negate")
    row = best(claim("协商还款时本金也能减"), [waived], tok)
    assert row.relation == "contradict" and "opposite on 减" in row.reason


def test_a_confirming_adverb_never_softens_a_contradiction(tok):
    # 确实 confirms what was said, perhaps by another commenter: said against the
    # article it is still a contradiction, unlike a stated agreement (说得对).
    rule = article("宽限期内还款不会上征信", polarity="negate")
    said = replace(claim("宽限期内还款确实会上征信"), stance="confirm")
    assert best(said, [rule], tok).relation == "contradict"
    assert best(replace(said, stance="agree"), [rule], tok).relation == "partial"


def test_a_denied_light_verb_denies_its_credit_record(tok):
    # 不上 and 会上 are dictionary words that would hide 上征信 (lexicon.txt cuts them
    # apart); 征信上留下记录 says 上征信 too; 马上消费 is a firm, not the scope word 马上.
    reported = article("安逸花是马上消费金融的产品，逾期会上央行征信")
    row = best(claim("安逸花逾期根本不上征信，只有马上消费自己的记录", polarity="negate"), [reported], tok)
    assert row.relation == "contradict" and "scope" not in row.reason
    record = article("申请停息挂账会在征信上留下记录")
    assert best(claim("停息挂账不会上征信", polarity="negate"), [record], tok).relation == "contradict"


def test_a_record_that_still_shows_or_is_gone_after_a_while(tok):
    # 显示 is the 保留 side of its axis: 还会显示 does not oppose 不会消除.
    kept = article("协商分期并不会消除征信上已有的逾期记录", polarity="negate")
    assert best(claim("征信上还会显示逾期记录"), [kept], tok).relation != "contradict"
    # 五年就没了 says the record lasts five years, like 5年后删除 (没了 ends, antonyms.txt).
    five = article("逾期记录保留5年", quantities=("5年",))
    assert best(claim("逾期记录五年就没了", quantities=("5年",)), [five], tok).relation == "agree"
    assert best(claim("逾期记录两年就没了", quantities=("2年",)), [five], tok).relation == "contradict"


def test_a_condition_that_only_denies_a_verb_is_stated_by_a_comment_that_denies_it(tok):
    # 如果不还 has no content word (还 is also an adverb): 年费没还 says the same case.
    fee = article("年费入账后如果不还，超过还款日就会上征信", condition="如果不还")
    row = best(claim("年费没还真的会上征信"), [fee], tok)
    assert row.relation == "agree" and "condition 如果不还 stated in the comment" in row.reason
    assert best(claim("年费还了也会上征信"), [fee], tok).relation != "agree"


def test_a_closing_particle_is_no_content_word(tok):
    # 好吧 insists; it is not 好, the last content word that polarity is read at.
    row = best(claim("提前还款也会降额好吧"), [article("提前还款不会降额", polarity="negate")], tok)
    assert row.relation == "contradict" and "opposite on 降额" in row.reason


def test_the_decisive_evidence_ranks_before_a_partial_one(tok):
    # The comment denies 1.5倍: the claim it contradicts is its best evidence,
    # ahead of one that shares more words but only in part.
    contract = article("你的借款合同上写的是哪家机构放款", claim_id="a001")
    rate = article("罚息一般是借款利率的1.5倍", claim_id="a002", quantities=("1.5倍",))
    comment = claim("罚息不是1.5倍，我合同上写的是1.3倍", polarity="negate", quantities=("1.5倍", "1.3倍"))
    rows = [r for r in compare.align([contract, rate, comment], tok) if r.comment_claim_id == comment.claim_id]
    assert (rows[0].article_claim_id, rows[0].relation) == ("a002", "contradict")


def test_a_weak_contradiction_does_not_outrank_a_strong_partial_reading(tok):
    # 违约金 of an overdue bill shares two words with a remark on prepayment; the
    # claim on prepayment is the better evidence though the comment reads it only in part.
    prepay = article("京东白条提前还款没有违约金", polarity="negate", claim_id="a001")
    overdue = article("每日按未还金额的0.05%收取违约金", claim_id="a002", quantities=("0.05%",))
    comment = claim("提前还了6期，确实没收违约金，点赞", polarity="negate", quantities=("6期",))
    rows = [r for r in compare.align([prepay, overdue, comment], tok) if r.comment_claim_id == comment.claim_id]
    assert rows[0].article_claim_id == "a001" and rows[0].relation != "contradict"


def test_a_commenters_own_case_against_a_rule_for_some_is_partial(tok):
    some = article("部分银行会收取提前还款违约金")
    row = best(claim("我们银行提前还款不收违约金", polarity="negate"), [some], tok)
    assert row.relation == "partial" and "its own case" in row.reason


def test_more_than_the_figure_denies_it(tok):
    # 不止100元: the fee is more than the article's figure, so the figure is wrong.
    fee = article("白金卡的年费是1000元", quantities=("1000元",))
    row = best(claim("白金卡的年费不止1000元", quantities=("1000元",)), [fee], tok)
    assert row.relation == "contradict" and "comment denies 1000元" in row.reason


def test_a_figure_in_the_second_clause_of_the_evidence_clashes(tok):
    # The number and its unit are cut apart (1.5 | 倍); a rate may be one word (万分之三).
    rate = article("逾期后按日收取罚息，罚息为正常利率的1.5倍", quantities=("1.5倍",))
    row = best(claim("罚息是正常利率的2倍", quantities=("2倍",)), [rate], tok)
    assert row.relation == "contradict" and "quantity 2倍 ≠ 1.5倍" in row.reason
    daily = article("罚息为每日万分之五，按日计算", quantities=("0.05%",))
    row = best(claim("罚息是每日万分之三", quantities=("0.03%",)), [daily], tok)
    assert row.relation == "contradict" and "quantity 0.03% ≠ 0.05%" in row.reason


def test_the_figure_of_a_commenters_own_setting_is_no_clash(tok):
    grace = article("京东白条逾期一天，只要在宽限期内还清，就不会上报征信", polarity="negate", quantities=("1天",),
                    condition="只要在宽限期内还清")
    story = claim("我逾期了两天，第三天还上了，没有上征信", polarity="negate", quantities=("2天",))
    row = best(story, [grace], tok)
    assert row.relation != "contradict" and "≠" not in row.reason
    # Said as the claim itself, the figure still clashes.
    rate = article("罚息为正常利率的1.5倍", quantities=("1.5倍",))
    row = best(claim("我的罚息是正常利率的2倍", quantities=("2倍",)), [rate], tok)
    assert row.relation == "contradict"
    # A rate of the writer's own case that is not the article's: another case, no agreement.
    apr = article("分期乐分12期的年化利率为14.4%", quantities=("12期", "14.4%"))
    row = best(claim("我的年化是18%，比文章里的12期高多了", quantities=("18%", "12期")), [apr], tok)
    assert row.relation == "partial" and "18% ≠ 14.4% in part" in row.reason


@pytest.mark.parametrize("comment, evidence", [
    ("提前还款不收违约金", "提前还款不收取违约金"),          # 收 and 收取 are one verb
    ("实测分期乐提前还款不收违约金", "分期乐提前还款不收取违约金"),   # 实测 vouches, it adds nothing
    ("逾期以后网商贷额度被冻住了", "逾期以后网商贷额度会被冻结"),     # 冻住 is 冻结
    ("逾期记录5年后自动消除", "不良信息保留5年，5年后自动删除"),  # 逾期记录/不良信息, 消除/删除
    ("借呗提前还款确实不收手续费", "借呗提前还款不收取手续费"),   # 确实 adds no detail
    ("还款以后额度马上就回来了", "还款后额度会立即恢复"),         # 回来/恢复, 马上/立即
])
def test_the_same_claim_in_other_words_agrees(tok, comment, evidence):
    row = best(claim(comment), [article(evidence)], tok)
    assert row.relation == "agree"


@pytest.mark.parametrize("evidence, comment, figure", [
    # The denied figure alone in its clause: the comment's other clause carries the words.
    (("额度会在7天内恢复", ("7天",)), ("我等了15天才恢复，不是7天", ("15天", "7天")), "7天"),
    # 哪有 is the denial, not a word beside the figure; 5万 is yuan.
    (("借呗额度最高20万元", ("200000元",)), ("额度最高才5万，哪有20万", ("50000元", "200000元")), "200000元"),
])
def test_a_bare_denial_of_the_articles_figure_contradicts_it(tok, evidence, comment, figure):
    row = best(claim(comment[0], quantities=comment[1]), [article(evidence[0], quantities=evidence[1])], tok)
    assert row.relation == "contradict" and f"comment denies {figure}" in row.reason


def test_a_figure_said_of_all_cases_clashes_in_spite_of_the_scope_word(tok):
    rule = article("罚息统一为每日万分之五，所有用户都一样", quantities=("0.05%",))
    row = best(claim("罚息是每日万分之八", quantities=("0.08%",)), [rule], tok)
    assert row.relation == "contradict" and "quantity 0.08% ≠ 0.05%" in row.reason


def test_scope_words_are_whole_words_and_synonyms_are_one_scope(tok):
    row = best(claim("还款后额度马上恢复"), [article("还款后额度会立即恢复")], tok)
    assert row.relation == "agree" and "scope" not in row.reason
    # 短期 is no word of 缩短期限.
    row = best(claim("缩短年限更省利息"), [article("缩短期限能节省利息")], tok)
    assert "scope" not in row.reason and row.relation in ("agree", "partial")


def test_a_threshold_against_one_case_is_no_clash(tok):
    rule = article("逾期超过30天，会被上报征信", quantities=("30天",), condition="逾期超过30天")
    row = best(claim("我逾期10天就被上报征信了", quantities=("10天",)), [rule], tok)
    assert row.relation != "contradict" and "≠" not in row.reason
    # Two thresholds do clash.
    row = best(claim("逾期超过10天，就会被上报征信", quantities=("10天",), condition="逾期超过10天"), [rule], tok)
    assert row.relation == "contradict" and "quantity 10天 ≠ 30天" in row.reason


def test_a_comment_that_says_the_wait_is_needless_denies_the_figure(tok):
    keep = article("逾期记录保存满5年后会自动删除", quantities=("5年",))
    row = best(claim("保存两年就自动删了，不用等五年", quantities=("2年", "5年")), [keep], tok)
    assert row.relation == "contradict" and "comment denies 5年" in row.reason


def test_the_commenters_own_case_against_a_rule_for_most_cases_is_no_contradiction(tok):
    most = article("大多数银行规定，房贷放款满1年后才能申请提前还款", quantities=("1年",))
    row = best(claim("我们银行半年就可以提前还了，不用等一年", quantities=("0.5年", "1年")), [most], tok)
    assert row.relation == "partial" and "own case against a rule for some cases" in row.reason
    # Said as a rule of its own, the same denial contradicts.
    row = best(claim("银行半年就可以提前还了，不用等一年", quantities=("0.5年", "1年")), [most], tok)
    assert row.relation == "contradict"


def test_a_comment_mostly_said_by_the_article_is_on_the_subject(tok):
    # No consumer-credit word, but half of it is an article claim's.
    keep = article("逾期记录保存满5年后会自动删除，无需本人申请", quantities=("5年",))
    row = best(claim("保存两年就自动清空了"), [keep], tok)
    assert row.relation == "new" and "on the subject" in row.reason
    # Less than half of it: off the subject, as before.
    row = best(claim("自动删除那天我还专门去看了"), [keep], tok)
    assert row.relation == "unrelated"


def test_a_commenter_who_agrees_and_adds_a_detail_agrees(tok):
    cheaper = article("在同样的还款金额下，缩短期限节省的利息更多")
    plain = best(claim("缩短年限更省利息，我算过"), [cheaper], tok)
    agreeing = best(replace(claim("缩短年限更省利息，我算过"), stance="agree"), [cheaper], tok)
    assert plain.relation == "partial" and agreeing.relation == "agree"


def test_a_commenter_who_agrees_and_says_two_words_of_the_claim_again_agrees(tok):
    # …人工打电话了，跟文中说的一样: two words of the evidence and the commenter's word that it is so.
    calls = article("逾期超过7天，人工催收员会开始电话联系借款人本人", condition="逾期超过7天", quantities=("7天",))
    text = "逾期第8天就有人工打电话了"
    assert best(claim(text), [calls], tok).relation != "agree"
    assert best(replace(claim(text), stance="agree"), [calls], tok).relation == "agree"
    # A figure of the commenter's own that the article does not give keeps it partial.
    own = best(replace(claim("逾期第8天就有人工打了3次电话", quantities=("3次",)), stance="agree"), [calls], tok)
    assert own.relation == "partial"


def test_a_commenter_who_agrees_and_gives_the_articles_figure_agrees(tok):
    # 罚息确实是万分之五，跟文章说的一样: no word in common with 逾期费用…0.05%, the same figure.
    rate = article("逾期费用每天按未还金额的0.05%计算", quantities=("0.05%",))
    text, figure = "罚息确实是万分之五", ("0.05%",)
    assert best(claim(text, quantities=figure), [rate], tok).relation == "new"
    row = best(replace(claim(text, quantities=figure), stance="agree"), [rate], tok)
    assert row.relation == "agree" and "quantity 0.05% = 0.05%" in row.reason


def test_a_commenter_who_agrees_outright_agrees_through_a_hedge_and_a_scope(tok):
    # 跟文章说的一样: the commenter says it is the same claim, so its own 一般 and the
    # article's 部分银行 no longer keep it partial; without the stance they do.
    fee = article("未满1年提前还款的，部分银行会收取提前还款金额1%到3%的违约金",
                  condition="未满1年提前还款的", quantities=("1-3%", "1年"))
    text = "未满一年还款违约金一般是1%到3%"
    plain = best(claim(text, modality="likely", quantities=("1-3%", "1年")), [fee], tok)
    agreeing = best(replace(claim(text, modality="likely", quantities=("1-3%", "1年")), stance="agree"), [fee], tok)
    assert plain.relation == "partial" and agreeing.relation == "agree"
    # Agreement said outright never overrides a clash of figures.
    five = "未满一年提前还款，银行会收取提前还款金额5%的违约金"
    clash = best(replace(claim(five, quantities=("5%", "1年")), stance="agree"), [fee], tok)
    assert clash.relation == "partial" and "quantity 5% ≠ 1-3%" in clash.reason


def test_a_denied_scope_word_is_a_scope_of_its_own(tok):
    # 会恢复，不是马上: the claim holds, but not 马上; against 马上恢复 that is no agreement.
    at_once = article("还清欠款后额度会马上恢复")
    row = best(claim("还清欠款后额度会恢复，不是马上就恢复"), [at_once], tok)
    assert row.relation == "partial" and "scope 不是马上/马上" in row.reason
    assert "polarity affirm/affirm" in row.reason
    # 立即 is 马上 (synonyms.txt): said plainly, it agrees.
    assert best(claim("还清欠款后额度会立即恢复"), [at_once], tok).relation == "agree"


def test_times_of_day_are_figures(tok):
    # 晚上10点 is 22:00 (quantities); the day's part and 点 are no content words.
    cutoff = article("还款日当天22:00前还款都不算逾期", polarity="negate", quantities=("22:00",))
    same = best(claim("还款日当天晚上10点前还款都不算逾期", polarity="negate", quantities=("22:00",)), [cutoff], tok)
    assert same.relation == "agree" and "quantity 22:00 = 22:00" in same.reason
    later = best(claim("还款日当天晚上12点前还款都不算逾期", polarity="negate", quantities=("24:00",)), [cutoff], tok)
    assert later.relation == "contradict" and "quantity 24:00 ≠ 22:00" in later.reason


def test_figures_that_agree_only_in_part_are_partial(tok):
    # 1万元 is said on both sides, 90元 against 150元 is not: no agreement.
    rule = article("借款1万元借30天，利息一共是150元", quantities=("10000元", "30天", "150元"))
    row = best(claim("借款1万元借30天，利息一共是90元", quantities=("10000元", "30天", "90元")), [rule], tok)
    assert row.relation == "partial" and "figures differ in part" in row.reason
    # Every figure of one side among the other's: agreement, as before.
    fewer = best(claim("借款1万元借30天，利息一共是150元", quantities=("10000元", "30天", "150元")),
                 [article("借款1万元借30天，利息一共是150元，每天5元", quantities=("10000元", "30天", "150元", "5元"))], tok)
    assert fewer.relation == "agree"


def test_a_bound_said_two_ways_is_one_bound(tok):
    # 不得超过24% and 不超过24% state one limit (negation.txt, role bound; synonyms.txt).
    cap = article("年化利率不超过24%", quantities=("24%",))
    assert best(claim("年化利率不得超过24%", quantities=("24%",)), [cap], tok).relation == "agree"
    assert best(claim("年化利率不得超过36%", quantities=("36%",)), [cap], tok).relation == "contradict"


def test_a_figure_is_read_against_a_range(tok):
    # 5% lies outside 1%到3%: a clash; 2% inside it, or a range that overlaps it, none.
    fee = article("未满1年提前还款的，银行会收取提前还款金额1%到3%的违约金",
                  condition="未满1年提前还款的", quantities=("1-3%", "1年"))
    five = best(claim("未满一年提前还款，银行会收取提前还款金额5%的违约金", quantities=("5%", "1年")), [fee], tok)
    assert five.relation == "contradict" and "quantity 5% ≠ 1-3%" in five.reason
    two = best(claim("未满一年提前还款，银行会收取提前还款金额2%的违约金", quantities=("2%", "1年")), [fee], tok)
    assert two.relation != "contradict" and "quantity 2% within 1-3%" in two.reason
    wider = best(claim("未满一年提前还款，银行会收取提前还款金额2%到5%的违约金", quantities=("2-5%", "1年")),
                 [fee], tok)
    assert wider.relation != "contradict" and "quantity 2-5% within 1-3%" in wider.reason
    # Every figure of the comment must fit: 3% does, 4% does not.
    beyond = best(claim("未满一年提前还款，银行会收取提前还款金额3%或4%的违约金", quantities=("3%", "4%", "1年")),
                  [fee], tok)
    assert "quantity 3%/4% ≠ 1-3%" in beyond.reason


def test_a_scope_word_inside_a_term_is_no_scope(tok):
    # 部分提前还款 is a kind of repayment (scope_qualifiers.txt, role term); 部分银行 is a share of banks.
    shorter = article("部分提前还款后，缩短期限节省的利息更多")
    row = best(claim("提前还款后缩短期限节省的利息更多"), [shorter], tok)
    assert row.relation == "agree" and "scope" not in row.reason
    some_banks = article("提前还款后，部分银行会收取违约金")
    row = best(claim("提前还款后银行会收取违约金"), [some_banks], tok)
    assert row.relation == "partial" and "scope 部分" in row.reason


def test_a_negated_remark_beside_the_proposition_does_not_oppose_it(tok):
    frozen = article("逾期后额度会被冻结")
    row = best(claim("逾期以后额度确实会冻结，借不出来了", polarity="negate"), [frozen], tok)
    assert row.relation != "contradict" and "polarity unclear" not in row.reason
    # A negation in the clause that says the shared words still opposes.
    row = best(claim("逾期后额度不会被冻结", polarity="negate"), [frozen], tok)
    assert row.relation == "contradict"


def test_a_word_the_comment_denies_in_passing_keeps_it_from_agreeing(tok):
    # The comment prefers 等额本金 over 等额本息; the article says the opposite, naming both.
    article_claim = article("等额本息前期还的利息多，提前还款节省的利息也比等额本金多")
    row = best(claim("等额本金提前还款更划算，不是等额本息"), [article_claim], tok)
    assert row.relation != "agree" and "polarity unclear" in row.reason


def test_antonym_contradicts(tok):
    usable = article("逾期后支付宝仍可正常使用")
    row = best(claim("逾期后支付宝会被冻结"), [usable], tok)
    assert row.relation == "contradict"


def test_retention_period_contradicts(tok):
    keep = article("信用卡逾期记录会保留五年", quantities=("5年",))
    row = best(claim("信用卡逾期记录只保留两年", quantities=("2年",)), [keep], tok)
    assert row.relation == "contradict"
    assert "quantity 2年 ≠ 5年" in row.reason


def test_an_approximate_figure_close_to_the_articles_is_no_clash(tok):
    rate = article("12期分期的实际年化利率约为14.6%", quantities=("12期", "14.6%"), claim_id="a001")
    row = best(claim("12期的实际年化利率是14%多", quantities=("12期", "14%")), [rate], tok)
    assert row.relation != "contradict"
    assert "quantity 14% ≈ 14.6%" in row.reason
    # A figure far from it still clashes.
    row = best(claim("12期的实际年化利率是10%", quantities=("12期", "10%")), [rate], tok)
    assert row.relation == "contradict" and "quantity 10% ≠ 14.6%" in row.reason
    # Beyond 5% an approximate figure clashes too, but a rough reading is no denial: partial.
    row = best(claim("12期的实际年化利率约16.5%", quantities=("12期", "16.5%")), [rate], tok)
    assert row.relation == "partial" and "quantity 16.5% ≠ 14.6%" in row.reason


def test_quantity_outside_the_shared_clause_does_not_contradict(tok):
    # Both claims say 无法继续借款; the years belong to different remarks.
    both = article("借呗逾期后将无法继续借款，逾期记录保留五年", polarity="negate", quantities=("5年",))
    row = best(claim("借呗逾期后将无法继续借款，我都逾期两年了", polarity="negate", quantities=("2年",)), [both], tok)
    # The comment's own remark adds no content word beyond 逾期: agreement.
    assert row.relation == "agree"
    assert "≠" not in row.reason


def test_a_comment_that_denies_the_articles_figure_contradicts_it(tok):
    rate = article("逾期后每天按未还本金的0.05%收取罚息", quantities=("0.05%",))
    row = best(claim("罚息不是0.05%，我这边是每天0.098%，而且还有违约金", quantities=("0.05%", "0.098%")), [rate], tok)
    # Few words in common, but the comment names the article's figure to say it is wrong.
    assert row.relation == "contradict"
    assert "comment denies 0.05%" in row.reason
    # The figure it denies is not one it states: only 0.098% is set against the article's.
    assert "quantity 0.098% ≠ 0.05%" in row.reason
    assert "0.05% = 0.05%" not in row.reason


def test_a_bare_denial_leans_on_the_comments_other_clause(tok):
    minimum = article("最低还款额是账单金额的10%", quantities=("10%",))
    row = best(claim("最低还款额是账单金额的5%，不是10%", quantities=("5%", "10%")), [minimum], tok)
    # 不是10% has no word of its own: 最低还款额 of the clause before it ties it to the article.
    assert row.relation == "contradict"
    assert "comment denies 10%" in row.reason and "quantity 5% ≠ 10%" in row.reason


def test_the_same_figure_in_clauses_that_share_a_word_is_the_same_proposition(tok):
    rate = article("超过宽限期后，逾期费用按每日万分之五收取罚息", quantities=("0.05%",), claim_id="a001")
    others = [article(f"借呗逾期{n}会影响征信", claim_id=f"a00{k}") for k, n in enumerate(["后", "久了", "多次"], 2)]
    row = best(claim("罚息是万分之五，我上个月刚交过", quantities=("0.05%",)), [rate, *others], tok)
    # Little else in common, but the figure and 罚息 beside it on both sides.
    assert row.article_claim_id == "a001"
    assert row.relation == "partial" and "quantity 0.05% = 0.05%" in row.reason
    # Without the word beside the figure the claims only share a number.
    row = best(claim("我借了一笔钱，利率万分之五", quantities=("0.05%",)), [rate, *others], tok)
    assert row.relation == "new"


def test_a_denied_figure_of_the_articles_condition_contradicts_it(tok):
    rule = article("逾期超过60天，平台一般会委托第三方催收", condition="逾期超过60天", modality="likely",
                   quantities=("60天",))
    row = best(claim("不是六十天，逾期三十天就开始外包催收了", quantities=("60天", "30天")), [rule], tok)
    assert row.relation == "contradict"
    assert "comment denies 60天" in row.reason


def test_a_hedged_denial_is_partial(tok):
    rate = article("逾期后每天按未还本金的0.05%收取罚息", quantities=("0.05%",))
    row = best(claim("罚息可能不是0.05%", modality="possible", quantities=("0.05%",)), [rate], tok)
    assert row.relation == "partial"
    assert "comment denies 0.05%" in row.reason


def test_a_denied_figure_from_another_clause_contradicts_nothing(tok):
    # The comment denies 5年 of the limitation period, not of the record the article keeps for 5年.
    keep = article("逾期记录会保留五年", quantities=("5年",))
    row = best(claim("诉讼时效不是5年，逾期记录会一直保留", quantities=("5年",)), [keep], tok)
    assert row.relation != "contradict"
    assert "denies" not in row.reason


def test_denying_another_figure_and_stating_the_articles_agrees_on_it(tok):
    rate = article("罚息是每天0.05%", quantities=("0.05%",))
    row = best(claim("罚息不是每天0.1%，就是每天0.05%", quantities=("0.1%", "0.05%")), [rate], tok)
    assert row.relation != "contradict"
    assert "denies" not in row.reason
    assert "quantity 0.05% = 0.05%" in row.reason


def test_another_product_is_not_a_contradiction(tok):
    keep = article("微粒贷逾期记录会保留五年", quantities=("5年",))
    row = best(claim("借呗逾期记录只保留两年", quantities=("2年",)), [keep], tok)
    assert row.relation == "partial"
    assert "names 借呗 vs 微粒贷" in row.reason


def test_antonym_verb_contradicts(tok):
    keep = article("借呗逾期记录会保留五年", quantities=("5年",))
    row = best(claim("借呗逾期记录会被删除"), [keep], tok)
    assert row.relation == "contradict"
    assert "antonym 删除↔保留" in row.reason


def test_deleted_after_a_while_is_kept_that_long(tok):
    # 5年以后就删除了 says 保留5年 (antonyms.txt, mark ends); 两年后删除 says 保留2年, not 5.
    keep = article("逾期记录会在征信上保留5年", quantities=("5年",))
    row = best(claim("逾期记录5年以后就删除了", quantities=("5年",)), [keep], tok)
    assert row.relation == "agree" and "antonym" not in row.reason
    row = best(claim("逾期记录两年后就删除了", quantities=("2年",)), [keep], tok)
    assert row.relation == "contradict" and "quantity 2年 ≠ 5年" in row.reason
    # 到期自动删除 ends the term said before it, as 5年后 does.
    term = article("不良信息保存5年，到期自动删除", quantities=("5年",))
    assert best(claim("不良信息保存五年，五年后自动删除", quantities=("5年",)), [term], tok).relation == "agree"


def test_antonym_sides_follow_the_chain_of_pairs(tok):
    # 关闭↔恢复 and 关闭↔开通 make 开通 and 恢复 the same side of one axis.
    back = article("借呗额度会恢复")
    assert best(claim("借呗额度会被关闭"), [back], tok).relation == "contradict"
    assert best(claim("借呗额度会开通"), [back], tok).relation == "agree"


def test_incompatible_condition_contradicts(tok):
    only_after = article("只有还清欠款后才能重新申请借款", condition="只有还清欠款后")
    row = best(claim("如果没有还清欠款也能重新申请借款", condition="如果没有还清欠款"), [only_after], tok)
    assert row.relation == "contradict"
    assert "condition 如果没有还清欠款 vs 只有还清欠款后" in row.reason


def test_evidence_the_comment_is_read_against_outranks_a_higher_score(tok):
    # 美团月付的账单日 scores higher (the product's name) but says nothing of 停用:
    # the claim that does is the best evidence, whatever its score.
    bill = article("美团月付的账单日为每月1日", claim_id="a001")
    paused = article("逾期期间，该功能会被暂停使用", section="二", claim_id="a002")
    comment = claim("美团月付逾期不会停用", polarity="negate")
    rows = [r for r in compare.align([bill, paused, comment], tok) if r.comment_claim_id == comment.claim_id]
    assert [(r.rank, r.article_claim_id, r.relation) for r in rows] == [(1, "a002", "contradict"), (2, "a001", "new")]
    assert rows[1].score > rows[0].score


# ---------------------------------------------------------------- refinements


def test_hedge_is_partial(tok):
    fine = article("逾期会产生罚息")
    row = best(claim("逾期可能会产生罚息", modality="possible"), [fine], tok)
    assert row.relation == "partial"
    assert "modality possible/certain" in row.reason


def test_a_rule_said_as_usual_and_said_outright_agree(tok):
    # 一般不退 states the rule as a rule; the comment says it outright: one claim.
    usual = article("信用卡分期提前还款时，已收取的分期手续费一般不退", polarity="negate", modality="likely")
    row = best(claim("已经收取的手续费是不退的", polarity="negate"), [usual], tok)
    assert row.relation == "agree" and "modality" not in row.reason
    # only a claim said to be possible is weaker than one said outright
    maybe = article("信用卡分期提前还款时，已收取的分期手续费可能不退", polarity="negate", modality="possible")
    row = best(claim("已经收取的手续费是不退的", polarity="negate"), [maybe], tok)
    assert row.relation == "partial" and "modality certain/possible" in row.reason


def test_hedged_opposite_is_partial_not_contradict(tok):
    reported = article("网商贷逾期会上报征信")
    row = best(claim("网商贷逾期可能不会上报征信", polarity="negate", modality="possible"), [reported], tok)
    assert row.relation == "partial"


def test_a_comment_said_across_two_clauses_of_a_long_sentence_is_its_proposition(tok):
    # 提前还款 in one clause, 违约金 in the next, a third clause on something else.
    free = article("招联好期贷支持随时提前还款，不收取任何违约金，登录招联金融App进入借款详情页面点击按钮就能自助办理",
                   polarity="negate")
    others = [article("提前还款后额度会立即恢复"), article("逾期后会产生罚息和违约金"),
              article("好期贷的日利率最低为0.02%", quantities=("0.02%",))]
    row = best(claim("好期贷提前还款要收2%违约金", quantities=("2%",)), [free, *others], tok)
    assert row.relation == "contradict" and row.reason.startswith("same proposition")


def test_a_clause_that_opens_with_a_copula_goes_on_the_clause_before_it(tok):
    # 一般是还款日后3天 has dropped its subject: the figure is the grace period's.
    grace = article("借呗有宽限期，一般是还款日后3天", modality="likely", quantities=("3天",))
    row = best(claim("借呗宽限期是1天", quantities=("1天",)), [grace], tok)
    assert row.relation == "contradict" and "1天 ≠ 3天" in row.reason
    # a negation before the copula's clause keeps its own reach
    visits = article("花呗不会上门催收，主要是电话和短信", polarity="negate")
    assert best(claim("上门催收是有的"), [visits], tok).relation == "contradict"


def test_closing_a_card_and_wiping_a_record_in_other_words(tok):
    # 销卡 is 注销, 洗掉 is 删除 (synonyms.txt): the comment is read against the claim, not as new.
    wipe = best(claim("花钱就能把逾期记录洗掉"), [article("真实的逾期记录不能删除", polarity="negate")], tok)
    assert wipe.relation in ("partial", "contradict") and "洗掉" in wipe.reason
    close = best(claim("销卡之前要先还清年费"), [article("注销信用卡之前需要还清年费")], tok)
    assert close.relation in ("partial", "agree") and "销卡" in close.reason


def test_two_figures_said_alike_are_the_proposition_whatever_the_words(tok):
    rate = article("借呗的日利率万分之四，折合年化约14.6%", quantities=("0.04%", "14.6%"))
    row = best(claim("一天万分之四，一年下来14%多", quantities=("0.04%", "1年", "14%")), [rate], tok)
    assert row.relation == "partial" and "0.04%/14% ≈ 0.04%/14.6%" in row.reason
    # one of them differs: no proposition in common
    row = best(claim("一天万分之四，一年下来20%多", quantities=("0.04%", "1年", "20%")), [rate], tok)
    assert row.relation in ("new", "unrelated")


def test_exempt_from_a_fee_is_not_charging_it(tok):
    # 免收违约金 says 不收取违约金: the fee after it is denied too (antonyms.txt mark denies).
    exempt = article("贷款满1年后提前还款免收违约金", quantities=("1年",))
    assert best(claim("满1年提前还款不收违约金", polarity="negate", quantities=("1年",)), [exempt], tok).relation == "agree"
    assert best(claim("满1年提前还款也要收违约金", quantities=("1年",)), [exempt], tok).relation == "contradict"


def test_a_fee_said_as_charged_meets_one_said_free(tok):
    # 收费 is 收取 (synonyms.txt), the other side of 免费; 提出异议 is cut into its words.
    free = article("本人可以免费提出异议申请")
    row = best(claim("异议申请是要收费的"), [free], tok)
    assert row.relation in ("partial", "contradict") and "antonym 收取↔免费" in row.reason


def test_what_is_not_lifted_is_still_owed(tok):
    # 免除 lifts an obligation (negation.txt): 不能免除还款义务 says repaying is still owed.
    text = "协商成功并不能免除还款义务"
    owed = article(text, polarity=read_clause(text, tok).polarity)   # the polarity the claims stage reads
    assert best(claim("协商成功以后还是要还款的"), [owed], tok).relation == "agree"
    assert best(claim("协商成功以后就不用还款了", polarity="negate"), [owed], tok).relation != "agree"


def test_what_will_not_happen_rules_out_what_may(tok):
    may = article("担保人的征信也可能受影响", modality="possible")
    row = best(claim("担保人的征信是不会受影响的", polarity="negate"), [may], tok)
    assert row.relation == "contradict" and "will not rules out may" in row.reason
    # a clause of the comment that says no more than 不受影响 rules nothing out
    others = article("逾期以后京东白条等其他功能也可能受影响", modality="possible")
    row = best(claim("京东购物还能正常下单，不受影响", polarity="negate"), [others], tok)
    assert row.relation != "contradict" and "rules out" not in row.reason
    # a hedged denial against a hedged claim: both may hold
    row = best(claim("担保人的征信可能不会受影响", polarity="negate", modality="possible"), [may], tok)
    assert row.relation != "contradict"


def test_a_scope_word_counts_only_in_a_clause_that_says_a_shared_word(tok):
    # 直接 belongs to the clause on calling the bank, not to the one on agents.
    agents = article("建议直接拨打银行的官方客服电话，不要找代理协商的中介", polarity="negate")
    row = best(claim("代理协商的中介千万别找", polarity="negate"), [agents], tok)
    assert row.relation == "agree" and "scope" not in row.reason
    # said beside the shared words, it is still a difference of scope
    row = best(claim("可以直接找银行协商"), [article("可以找银行协商")], tok)
    assert row.relation == "partial" and "scope 直接" in row.reason


def test_narrower_scope_is_partial(tok):
    cannot = article("借呗逾期后将无法借款", polarity="negate")
    row = best(claim("借呗逾期后将暂时无法借款", polarity="negate"), [cannot], tok)
    assert row.relation == "partial"
    assert "scope 暂时" in row.reason


def test_added_detail_is_partial(tok):
    fine = article("逾期会产生罚息")
    row = best(claim("逾期会产生罚息并且罚息按日计算复利"), [fine], tok)
    assert row.relation == "partial"


# ---------------------------------------------------------------- new and off-topic


def test_new_information_on_the_subject(tok):
    arts = [article("信用卡逾期会产生罚息"), article("信用卡逾期后将无法继续消费", polarity="negate")]
    row = best(claim("信用卡逾期还会影响房贷审批"), arts, tok)
    assert row.relation == "new"


@pytest.mark.parametrize("text", ["解押不用自己跑车管所", "结清证明可以在APP里直接下载", "扣钱都在晚上八点以前",
                                  "拖车公司半夜直接把车开走了", "我给表哥担保签的是连带责任", "打客服热线能申请解冻"])
def test_car_loans_settlements_and_debits_are_on_the_subject(text, tok):
    # 解押, 结清, 扣钱, 拖车, 担保, 解冻 are consumer-credit words (credit_terms.txt): new, not unrelated.
    assert best(claim(text), [article("信用卡逾期会产生罚息")], tok).relation == "new"


def test_a_product_named_only_to_compare_is_not_the_claims_product(tok):
    fee = article("京东白条逾期的违约金为每日0.05%", quantities=("0.05%",))
    compared = best(claim("违约金是每天万分之五，跟花呗差不多", quantities=("0.05%",)), [fee], tok)
    assert "names" not in compared.reason
    other = best(claim("花呗的违约金也是每天万分之五", quantities=("0.05%",)), [fee], tok)
    assert "names 花呗 vs 京东白条" in other.reason


def test_a_service_number_is_a_word_both_sides_share(tok):
    # 95188 names a hotline: shared, it ties the comment to the evidence; 10000元 stays a figure.
    hotline = article("借呗额度被冻结后，可以打客服电话95188让人工查询原因")
    row = best(claim("我打95188问过，人工也查不出原因", polarity="negate"), [hotline], tok)
    assert "shares 打/95188/" in row.reason and row.relation == "new"
    loan = article("借款10000元逾期一天的罚息是5元", quantities=("10000元", "1天", "5元"))
    row = best(claim("借款10000元逾期一天的罚息是8元", quantities=("10000元", "1天", "8元")), [loan], tok)
    assert row.reason.startswith("same proposition (借款/元/逾期/罚息;") and "10000元/8元 = 10000元/5元" in row.reason


def test_off_topic_is_unrelated_with_no_evidence(tok):
    arts = [article("信用卡逾期会产生罚息")]
    chat = claim("今天的天气真好，适合出去散步")
    rows = [r for r in compare.align([*arts, chat], tok) if r.comment_claim_id == chat.claim_id]
    assert [(r.article_claim_id, r.rank, r.relation) for r in rows] == [("", 1, "unrelated")]


# ---------------------------------------------------------------- rows, ranks, scale


def test_rows_per_comment_claim_are_ranked_best_first(tok):
    arts = [article("借呗逾期会产生罚息"), article("借呗逾期后将无法继续借款", polarity="negate"),
            article("借呗逾期记录会保留五年", quantities=("5年",)), article("还款日前可以提前还款")]
    comments = [claim("借呗逾期会有罚息"), claim("借呗逾期后不能再借款了", polarity="negate")]
    rows = compare.align([*arts, *comments], tok, k=2)
    for c in comments:
        mine = [r for r in rows if r.comment_claim_id == c.claim_id]
        assert [r.rank for r in mine] == list(range(1, len(mine) + 1))
        assert len(mine) <= 2
        assert [r.score for r in mine] == sorted((r.score for r in mine), reverse=True)
    assert {r.comment_claim_id: r.article_claim_id for r in rows if r.rank == 1} == {
        comments[0].claim_id: arts[0].claim_id, comments[1].claim_id: arts[1].claim_id,
    }


def test_chunked_scoring_gives_the_same_rows(tok, monkeypatch):
    arts = [article("借呗逾期会产生罚息"), article("借呗逾期后将无法继续借款", polarity="negate")]
    comments = [claim("借呗逾期会有罚息"), claim("借呗逾期后不能再借款了", polarity="negate"),
                claim("这个网站的排版真好看")]
    whole = compare.alignments_frame(compare.align([*arts, *comments], tok))
    monkeypatch.setattr(compare, "CHUNK_ROWS", 1)
    chunked = compare.alignments_frame(compare.align([*arts, *comments], tok))
    assert whole.equals(chunked)
    assert list(whole.columns) == compare.ALIGNMENT_COLUMNS


def test_top_k_of_sparse_rows_breaks_ties_by_column():
    from scipy import sparse

    scores = sparse.csr_matrix([[0.5, 0, 0.2, 0.5], [0, 0.05, 0, 0], [0.3, 0.9, 0.1, 0.3]])
    assert compare._top_rows(scores, 2, 0.1) == [[(0, 0.5), (3, 0.5)], [], [(1, 0.9), (0, 0.3)]]


def test_negation_pairs_fold_into_their_stem_not_a_flip():
    lex = compare.load_lexicon()
    # 能借款/无法借款 only differ by a negation: the polarity field says which.
    assert lex.canonical["无法借款"] == lex.canonical["能借款"] == "借款"
    # 保留/删除 are a lexical pair: one axis, opposite sides.
    assert lex.axis["保留"] == lex.axis["删除"]
    assert "删除" in lex.opposites["保留"]


# ---------------------------------------------------------------- questions


def _question(text, qid="q1"):
    norm = analysis_view(text)
    return Question(doc_id="t", question_id=qid, origin="title", comment_id=None, question=text, norm=norm,
                    tokens=tuple(get_tokenizer().cut(norm)))


def test_question_answered_partial_unanswered(tok):
    arts = [
        article("借呗逾期记录会在还清欠款后保留五年", quantities=("5年",), claim_id="a001"),
        article("借呗逾期后用户将无法继续借款", polarity="negate", section="二", claim_id="a002"),
        article("还清欠款后可以重新申请借款", section="三", claim_id="a003"),
    ]
    questions = [_question("借呗逾期记录保留多久?", "q1"), _question("还完后有额度吗?", "q2"),
                 _question("逾期会被起诉到法院吗?", "q3")]
    answered = {q.question_id: (q.status, q.evidence) for q in compare.answer_questions(questions, arts, tok)}
    assert answered["q1"] == ("answered", ("a001",))
    # 还完 (= 还清) is discussed, the credit limit (额度) never is.
    assert answered["q2"][0] == "partial"
    assert answered["q3"] == ("unanswered", ())
    gaps = compare.question_gaps(questions, arts, tok)
    assert gaps["q2"] == ("额度",)


def test_the_titles_product_is_said_by_a_claim_that_names_none(tok):
    # The page is about 抖音月付 (its title): 逾期记录会保留5年 speaks of it; a claim about 花呗 does not.
    question = [replace(_question("抖音月付逾期记录保留多久？", "q1"), origin="title")]
    plain = article("逾期记录在征信上会保留5年", quantities=("5年",), claim_id="a001")
    other = article("花呗逾期记录在征信上会保留5年", quantities=("5年",), claim_id="a001")
    assert compare.answer_questions(question, [plain], tok)[0].status == "answered"
    assert compare.answer_questions(question, [other], tok)[0].status == "partial"
    # A commenter's question gets no such help from the title of a page it is not.
    asked = [replace(_question("抖音月付逾期记录保留多久？", "q1"), origin="comment", comment_id=1)]
    assert compare.answer_questions(asked, [plain], tok)[0].status != "answered"


def test_questions_of_the_genre_are_read_as_asked(tok):
    # 还不上 is one word (no spurious 上会); 怎么算 asks for a figure, 算 is no content word.
    jail = [replace(_question("微粒贷还不上会坐牢吗？", "q1"), origin="title")]
    assert compare.answer_questions(jail, [article("单纯还不上钱不会坐牢", polarity="negate")], tok)[0].status == "answered"
    fee = [_question("花呗分期手续费怎么算？", "q1")]
    rate = article("花呗分期手续费按每期0.6%收取", quantities=("0.6%",), claim_id="a001")
    plain = article("花呗分期会收手续费", claim_id="a001")
    assert compare.answer_questions(fee, [rate], tok)[0].status == "answered"
    assert compare.answer_questions(fee, [plain], tok)[0].status == "partial"


def test_an_a_not_a_question_is_matched_by_its_answer_word(tok):
    # 划不划算 asks whether it is 划算: the words to match are 划算, not 划 and 不划算.
    page = parse_page("某网\n车贷提前还款到底划不划算？\n2025-01-01\n一、结论\n车贷提前还款越早越划算。\n", doc_id="t")
    claims, _, questions = extract_all(page, tok)
    assert "划算" in questions[0].tokens and "不划算" not in questions[0].tokens
    assert compare.answer_questions(questions, claims, tok)[0].status == "answered"


def test_a_question_for_a_time_of_day_needs_one(tok):
    # 几点 asks for a figure (question_asks.txt): 晚上10点 is one (22:00), a claim without a time is not.
    question = [_question("花呗还款日当天几点前还款不算逾期?", "q1")]
    timed = article("花呗还款日当天晚上10点前还款都不算逾期", polarity="negate", quantities=("22:00",), claim_id="a001")
    untimed = article("花呗还款日当天还款都不算逾期", polarity="negate", claim_id="a001")
    assert compare.answer_questions(question, [timed], tok)[0].status == "answered"
    assert compare.answer_questions(question, [untimed], tok)[0].status == "partial"


def _comment_terms(claims, tok):
    terms = []
    compare.align(claims, tok, terms_out=terms)
    return terms


def _answered_by_comments(questions, claims, tok):
    comments = [c for c in claims if c.origin == "comment"]
    return {q.question_id: (q.comment_status, q.comment_evidence)
            for q in compare.answer_from_comments(questions, comments, _comment_terms(claims, tok), tok)}


def test_questions_the_comments_answer(tok):
    # A question-and-answer page: the asker's text is all the article says.
    asker = article("借呗晚还了三天，很着急", claim_id="a001")
    answer = replace(claim("借呗逾期三天不会上征信，有三天宽限期", quantities=("3天",)), claim_id="c1-01", comment_id=1)
    other = replace(claim("还清之后借呗通常可以继续使用"), claim_id="c2-01", comment_id=2)
    own = replace(claim("我的额度已经被关闭了"), claim_id="c3-01", comment_id=3)
    questions = [_question("借呗逾期三天会上征信吗？", "q1"), _question("还清后还能继续借吗？", "q2"),
                 _question("会被起诉吗？", "q3"),
                 replace(_question("额度被关闭了还能恢复吗？", "q4"), origin="comment", comment_id=3)]
    got = _answered_by_comments(questions, [asker, answer, other, own], tok)
    assert got["q1"] == ("answered", ("c1-01",))
    assert got["q2"][0] in ("answered", "partial") and got["q2"][1][0] == "c2-01"
    assert got["q3"] == ("unanswered", ())
    # The asker's own comment never answers its question.
    assert "c3-01" not in got["q4"][1]
    view = compare.comment_answers_view(
        compare.answer_from_comments(questions[:1], [answer, other, own], _comment_terms([asker, answer, other, own], tok), tok),
        [asker, answer, other, own])
    assert view.loc[0, ["by_comments", "comment_evidence_text"]].tolist() == ["answered", "借呗逾期三天不会上征信，有三天宽限期"]
    # The article alone answers none of them.
    by_article = {q.question_id: q.status for q in compare.answer_questions(questions, [asker, answer, other, own], tok)}
    assert by_article["q1"] != "answered" and by_article["q3"] == "unanswered"


def test_still_in_a_question_asks_for_nothing_the_answer_must_say(tok):
    # 还有 (still have) is no content word: 宽限期是3天 answers 还有宽限期吗.
    answer = replace(claim("宽限期是3天", quantities=("3天",)), claim_id="c4-01", comment_id=4)
    got = _answered_by_comments([_question("还有宽限期吗？", "q1")], [answer], tok)
    assert got["q1"] == ("answered", ("c4-01",))


def test_a_commenters_question_is_answered_by_the_comments_around_it(tok):
    asked = replace(_question("宽限期是几天？", "q1"), origin="comment", comment_id=2)
    near = replace(claim("宽限期是3天", quantities=("3天",)), claim_id="c5-01", comment_id=5)
    far = replace(claim("宽限期是3天", quantities=("3天",)), claim_id=f"c{2 + compare.ANSWER_WINDOW + 1}-01",
                  comment_id=2 + compare.ANSWER_WINDOW + 1)
    assert _answered_by_comments([asked], [near], tok)["q1"] == ("answered", ("c5-01",))
    assert _answered_by_comments([asked], [far], tok)["q1"] == ("unanswered", ())
    # The title's questions are read against every comment.
    title = _question("宽限期是几天？", "q2")
    assert _answered_by_comments([title], [far], tok)["q2"][0] == "answered"


def test_a_page_without_comments_leaves_every_question_unanswered_by_them(tok):
    (got,) = compare.answer_from_comments([_question("会被起诉吗？")], [], [], tok)
    assert (got.comment_status, got.comment_evidence) == ("unanswered", ())


def test_a_question_asking_what_to_do_is_answered_only_with_advice(tok):
    facts = [
        article("借呗逾期后每天按万分之五收取罚息", quantities=("0.05%",), claim_id="a001"),
        article("借呗逾期超过30天会上报征信", quantities=("30天",), claim_id="a002"),
    ]
    advice = replace(article("借呗逾期后建议尽快联系客服协商还款", claim_id="a003"), kind="advice")
    off_topic = replace(article("平时要多关注自己的信用报告", claim_id="a004"), kind="advice")
    what_to_do = _question("借呗逾期了怎么办？", "q1")
    # Facts on the subject say what happens, not what to do: in part.
    (got,) = compare.answer_questions([what_to_do], facts, tok)
    assert got.status == "partial"
    # Advice that shares no word of the question does not answer it either.
    (got,) = compare.answer_questions([what_to_do], [*facts, off_topic], tok)
    assert got.status == "partial" and "a004" not in got.evidence
    # With advice on the subject the question is answered, and the advice is evidence.
    (got,) = compare.answer_questions([what_to_do], [*facts, advice], tok)
    assert got.status == "answered"
    assert "a003" in got.evidence
    # 怎么办 is no content word the article would have to say itself.
    assert compare.question_gaps([what_to_do], [*facts, advice], tok)["q1"] == ()


def test_a_question_asking_how_much_is_answered_only_with_a_figure(tok):
    vague = article("借呗逾期后会收取违约金", claim_id="a001")
    figure = article("借呗逾期后每天按万分之五收取违约金", quantities=("0.05%",), claim_id="a002")
    how_much = _question("借呗逾期违约金是多少？", "q1")
    (got,) = compare.answer_questions([how_much], [vague], tok)
    assert got.status == "partial"
    (got,) = compare.answer_questions([how_much], [vague, figure], tok)
    assert got.status == "answered" and "a002" in got.evidence


def test_a_section_that_its_headings_say_answers_with_evidence(tok):
    # No sentence of the section shares a word with the question: the
    # section's first sentence stands for it, so the answer has evidence.
    sections = _sections(("一", "逾期的后果"), ("二", "如何申请停息挂账"))
    arts = [
        article("逾期会产生罚息", section="一", claim_id="a001"),
        article("先准备收入证明和困难证明", section="二", claim_id="a002"),
        article("再拨打客服电话提交材料", section="二", claim_id="a003"),
    ]
    (got,) = compare.answer_questions([_question("停息挂账怎么申请", "q1")], arts, tok, sections=sections)
    assert (got.status, got.evidence) == ("answered", ("a002",))


def test_what_happens_is_answered_by_facts(tok):
    facts = [
        article("微粒贷逾期一周会产生罚息", quantities=("7天",), claim_id="a001"),
        article("微粒贷逾期后征信会有记录", claim_id="a002"),
    ]
    (got,) = compare.answer_questions([_question("微粒贷逾期会怎么样", "q1")], facts, tok)
    assert got.status == "answered"


def test_question_answered_by_the_section_its_heading_names(tok):
    sections = _sections(("一", "花呗逾期的影响"), ("二", "花呗逾期后的还款方式"), ("二.1", "主动还款"),
                         ("二.2", "分期还款"), ("三", "花呗逾期一天的影响"))
    arts = [
        article("花呗逾期后支付宝仍可正常使用", section="一", claim_id="a001"),
        article("花呗逾期会产生罚息", section="一", claim_id="a002"),
        article("可以在支付宝中手动还款", section="二.1", claim_id="a003"),
        article("金额较大时可以申请分期还款", section="二.2", claim_id="a004"),
        article("这种办法简单快捷", section="二.2", claim_id="a005"),
        article("逾期一天会产生少量罚息", section="三", quantities=("1天",), claim_id="a006"),
        article("逾期一天后将暂时失去借款资格", section="三", quantities=("1天",), claim_id="a007"),
    ]
    questions = [_question("花呗逾期了还能正常还款吗?", "q1"), _question("花呗逾期一天是不是以后都不能用了", "q2"),
                 _question("还完后有额度吗?", "q3")]
    got = {q.question_id: (q.status, q.evidence) for q in compare.answer_questions(questions, arts, tok, sections=sections)}
    # 还款 is what 二's heading says; its sentences that use the word are the evidence.
    assert got["q1"] == ("answered", ("a003", "a004"))
    # 逾期一天 names section 三, which does not say whether 花呗 stays usable: partial.
    assert got["q2"][0] == "partial"
    assert set(got["q2"][1]) == {"a006", "a007"}
    # The credit limit is in no heading and no sentence.
    assert got["q3"] == ("unanswered", ())


def test_question_quantity_in_chinese_numerals_meets_the_articles_digits(tok):
    sections = _sections(("一", "借呗逾期多久会上征信"), ("二", "逾期后还能继续借款吗"))
    arts = [
        article("逾期信息一般会报送至征信中心", section="一", claim_id="a001"),
        article("通常情况下，逾期超过3天就可能被记录", section="一", quantities=("3天",), claim_id="a002"),
        article("借呗逾期后额度会被冻结", section="二", claim_id="a003"),
    ]
    question = _question("借呗逾期三天会上征信吗？", "q1")
    (got,) = compare.answer_questions([question], arts, tok, sections=sections)
    # 三天 is read as 3天, the article's own figure; section 一 says the rest.
    assert got.status == "answered"
    assert "a002" in got.evidence and "a003" not in got.evidence
    assert compare.question_gaps([question], arts, tok, sections) == {"q1": ()}


def test_advice_under_a_heading_that_asks_the_question_answers_it(tok):
    # 三、逾期了怎么办 says 逾期 of 美团月付逾期了怎么办; its advice answers, though it names neither word.
    sections = _sections(("一", "逾期的影响"), ("三", "逾期了怎么办"))
    arts = [
        article("美团月付逾期会上征信", section="一", claim_id="a001"),
        replace(article("尽快还清欠款，越早还影响越小", section="三", claim_id="a002"), kind="advice"),
    ]
    question = _question("美团月付逾期了怎么办？", "q1")
    (got,) = compare.answer_questions([question], arts, tok, sections=sections)
    assert got.status == "answered" and "a002" in got.evidence
    # Under a heading that says no word of the question, the same advice does not answer it.
    elsewhere = _sections(("一", "逾期的影响"), ("三", "日常用卡小贴士"))
    (got,) = compare.answer_questions([question], arts, tok, sections=elsewhere)
    assert got.status == "partial" and "a002" not in got.evidence


# ---------------------------------------------------------------- findings


def test_duplicate_and_quantity_tension(tok):
    arts = [
        article("信用卡逾期记录会保留五年", quantities=("5年",), section="一", claim_id="a001"),
        article("逾期会产生罚息和滞纳金", section="一", claim_id="a002"),
        article("信用卡逾期记录只会保留两年", quantities=("2年",), section="三", claim_id="a003"),
        article("逾期后会产生罚息和滞纳金", section="四", claim_id="a004"),
    ]
    found = {(f.kind, f.claim_a, f.claim_b) for f in compare.find_findings(arts, tok)}
    assert found == {("tension", "a001", "a003"), ("duplicate", "a002", "a004")}


def test_figures_of_different_counted_cases_are_no_clash(tok):
    # 分3期 and 分12期 are two cases (期 counts, units.txt): their fee rates differ, nothing clashes.
    arts = [
        article("账单分期3期的手续费率由0.75%调整为0.6%", quantities=("3期", "0.75%", "0.6%"), section="一", claim_id="a001"),
        article("账单分期12期的手续费率由0.66%调整为0.55%", quantities=("12期", "0.66%", "0.55%"), section="二",
                claim_id="a002"),
    ]
    assert compare.find_findings(arts, tok) == []
    three = article("分3期的手续费率为2.5%", quantities=("3期", "2.5%"))
    row = best(claim("分12期的手续费率是8.8%", quantities=("12期", "8.8%")), [three], tok)
    assert row.relation == "partial" and "count different cases" in row.reason
    # The count itself is what two claims may clash on.
    longest = article("个性化分期最长可以分36期", quantities=("36期",))
    assert best(claim("个性化分期最长只能分12期", quantities=("12期",)), [longest], tok).relation == "contradict"


def test_figures_under_two_different_conditions_are_alternatives_not_a_tension(tok):
    arts = [
        article("如果选择缩短年限，提前还款可节省利息24万元", condition="如果选择缩短年限",
                quantities=("240000元",), section="一", claim_id="a001"),
        article("如果选择减少月供，提前还款可节省利息9万元", condition="如果选择减少月供",
                quantities=("90000元",), section="二", claim_id="a002"),
        # The same two figures under one condition do not both hold.
        article("如果选择缩短年限，提前还款可节省利息9万元", condition="如果选择缩短年限",
                quantities=("90000元",), section="三", claim_id="a003"),
    ]
    tensions = {(f.claim_a, f.claim_b) for f in compare.find_findings(arts, tok) if f.kind == "tension"}
    assert ("a001", "a002") not in tensions
    assert ("a001", "a003") in tensions


def test_a_worked_example_and_kinds_of_query_are_no_tension(tok):
    # 举个例子，…每期44元，加上本金500元 / 每期要还544元: one example, its sums.
    example = [
        article("举个例子，6000元分12期，总手续费528元，每期44元，加上本金500元",
                quantities=("6000元", "12期", "528元", "44元", "500元"), sentence_id="s001", claim_id="a001"),
        article("每期要还544元", quantities=("544元",), sentence_id="s001", claim_id="a002"),
    ]
    assert not [f for f in compare.find_findings(example, tok) if f.kind == "tension"]
    # 硬查询 and 软查询 are two kinds (antonyms.txt): what one does, the other need not.
    queries = [
        article("征信花了指的是短期内征信报告上的硬查询记录太多，主要是贷款审批、信用卡审批和担保资格审查三类查询",
                sentence_id="s001", claim_id="a001"),
        article("本人查询和贷后管理查询属于软查询，不影响贷款审批", polarity="negate", sentence_id="s002", claim_id="a002"),
    ]
    assert not [f for f in compare.find_findings(queries, tok) if f.kind == "tension"]
    # Read against each other: no contradiction across the two kinds, one within a kind.
    hard = article("硬查询会影响贷款审批")
    soft = best(claim("软查询不影响贷款审批", polarity="negate"), [hard], tok)
    assert soft.relation != "contradict" and "antonym" in soft.reason
    assert best(claim("硬查询不影响贷款审批", polarity="negate"), [hard], tok).relation == "contradict"


def test_severity_tension(tok):
    arts = [
        article("借呗逾期一天不会对信用记录造成长期影响", polarity="negate", quantities=("1天",), claim_id="a001"),
        article("借呗逾期记录会保留五年", quantities=("5年",), section="二", claim_id="a002"),
        article("提前还款可以减少利息", section="三", claim_id="a003"),
    ]
    findings = compare.find_findings(arts, tok)
    assert [(f.kind, f.claim_a, f.claim_b) for f in findings] == [("tension", "a001", "a002")]
    assert "a001 denies a lasting effect; a002 asserts 5年" in findings[0].reason


def test_findings_frame_columns(tok):
    frame = compare.findings_frame([])
    assert list(frame.columns) == compare.FINDING_COLUMNS == [
        "doc_id", "kind", "claim_a", "claim_b", "text_a", "text_b", "reason",
    ]


# ---------------------------------------------------------------- pages


@pytest.fixture(scope="module")
def seed_claims(tok):
    page = read_page(paths.DEFAULT_PAGE)
    return page, extract_claims(page, tok)


def test_bundled_page_has_no_contradiction(seed_claims, tok):
    _, claims = seed_claims
    rows = compare.align(claims, tok)
    comment_claims = {c.claim_id for c in claims if c.origin == "comment"}
    assert {r.comment_claim_id for r in rows} == comment_claims
    assert "contradict" not in {r.relation for r in rows}


def test_bundled_page_findings_and_questions(seed_claims, tok):
    page, claims = seed_claims
    texts = {(f.kind, f.text_a, f.text_b) for f in compare.find_findings(claims, tok)}
    # The same sentence in 二.2 and 四.2; the one-day claim against the "bad record" clause.
    assert any(k == "duplicate" and "仍会显示相关信息" in a and "仍会保留相关信息" in b for k, a, b in texts)
    assert any(k == "tension" and "不会对信用记录造成长期影响" in a and "不良记录" in b for k, a, b in texts)
    status = {q.question: q.status for q in compare.answer_questions(extract_questions(page, tok), claims, tok)}
    assert status["还完后有额度吗?"] == "unanswered"
    assert status["能再借款吗?"] == "answered"


def test_bundled_page_restatements_agree(seed_claims, tok):
    page, claims = seed_claims
    text = {c.claim_id: c.text for c in claims}
    best_rows = {text[r.comment_claim_id]: r for r in compare.align(claims, tok, sections=page.sections)
                 if r.rank == 1}
    # A conditional (如果…有逾期未还的借款, 那么是无法借款的) restating a temporal one (逾期后…无法再次申请).
    conditional = next(r for t, r in best_rows.items() if "如果微粒贷有逾期未还的借款" in t)
    assert conditional.relation == "agree"
    assert "无法再次申请新的借款" in text[conditional.article_claim_id]
    # 不会导致…被冻结或无法使用 against 正常利用不受直接影响: both say the balance stays usable.
    usable = next(r for t, r in best_rows.items() if "被冻结或无法使用" in t)
    assert usable.relation == "agree"
    assert "不受直接影响" in text[usable.article_claim_id]
    assert "contradict" not in {r.relation for r in best_rows.values()}


def test_bundled_page_questions_by_section(seed_claims, tok):
    page, claims = seed_claims
    section_of = {c.claim_id: c.section_id for c in claims}
    answered = {q.question: q for q in
                compare.answer_questions(extract_questions(page, tok), claims, tok, sections=page.sections)}
    repay = answered["还能正常还款吗?"]
    assert repay.status == "answered"
    assert repay.evidence and {section_of[e].split(".")[0] for e in repay.evidence} == {"三"}
    # 微粒 for 微粒贷; 逾期一天 is section 五, which does not say "forever".
    one_day = answered["微粒逾期一天是不是以后都不能用了"]
    assert one_day.status == "partial"
    assert one_day.evidence and {section_of[e].split(".")[0] for e in one_day.evidence} == {"五"}
    assert answered["还完后有额度吗?"].status == "unanswered"


@pytest.mark.parametrize("with_sections", [False, True], ids=["claims only", "with headings"])
def test_fixture_page_relations_per_comment(tok, with_sections):
    page = read_page(FIXTURE_PAGE)
    claims = extract_claims(page, tok)
    rows = compare.align(claims, tok, sections=page.sections if with_sections else ())
    by_comment: dict[int, set[str]] = {}
    for r in rows:
        if r.rank == 1:
            by_comment.setdefault(r.comment_id, set()).add(r.relation)
    assert by_comment[1] == {"contradict"}          # 只保留两年 vs 保留五年
    assert by_comment[2] == {"agree"}               # 不能再借款, 额度也会被冻结
    assert "partial" in by_comment[3]               # 一般会恢复 vs 可能会恢复
    assert by_comment[4] == {"unrelated"}           # the site's font size
    assert by_comment[5] == {"new"}                 # being sued: not in the article
    contradiction = next(r for r in rows if r.relation == "contradict")
    assert "quantity 2年 ≠ 5年" in contradiction.reason


PAGES = sorted(p for p in (Path(__file__).parent / "fixtures" / "pages").iterdir() if p.is_file())


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_invariants_on_every_fixture_page(path, tok):
    page = read_page(path)
    claims = extract_claims(page, tok)
    article_ids = {c.claim_id for c in claims if c.origin == "article"}
    rows = compare.align(claims, tok, sections=page.sections)
    # Every comment claim exactly once at rank 1, ranks contiguous, evidence from the article.
    ranks: dict[str, list[int]] = {}
    for r in rows:
        ranks.setdefault(r.comment_claim_id, []).append(r.rank)
        assert r.relation in compare.RELATIONS
        assert r.article_claim_id in article_ids or (r.article_claim_id == "" and r.rank == 1)
    assert set(ranks) == {c.claim_id for c in claims if c.origin == "comment"}
    assert all(v == list(range(1, len(v) + 1)) for v in ranks.values())
    # Same input, same table.
    again = compare.align(claims, tok, sections=page.sections)
    assert compare.alignments_frame(rows).equals(compare.alignments_frame(again))
    for q in compare.answer_questions(extract_questions(page, tok), claims, tok, sections=page.sections):
        assert q.status in ("answered", "partial", "unanswered")
        assert set(q.evidence) <= article_ids
        assert q.status != "unanswered" or q.evidence == ()
    for f in compare.find_findings(claims, tok):
        assert f.kind in ("duplicate", "tension") and f.claim_a < f.claim_b


def test_lexicon_is_built_once_and_follows_edits_of_its_files(tmp_path, monkeypatch):
    import os
    import shutil

    folder = tmp_path / "reference"
    shutil.copytree(paths.REFERENCE_DIR, folder)
    monkeypatch.setattr(paths, "REFERENCE_DIR", folder)
    first = compare.load_lexicon()
    # Unchanged files: the resolved lexicon is reused, not rebuilt.
    assert compare.load_lexicon() is first
    assert "拖了几天" not in first.canonical
    synonyms = folder / "synonyms.txt"
    stamp = synonyms.stat().st_mtime_ns
    synonyms.write_text(synonyms.read_text(encoding="utf-8") + "逾期 拖了几天\n", encoding="utf-8")
    os.utime(synonyms, ns=(stamp + 10**9, stamp + 10**9))
    second = compare.load_lexicon()
    assert second is not first
    # 逾期 heads its group (逾期 拖欠 comes first in the file): the new word joins it.
    assert second.canonical["拖了几天"] == "逾期"
    assert "拖了几天" not in first.canonical


def test_prepared_article_gives_the_rows_of_separate_calls(tok):
    page = read_page(FIXTURE_PAGE)
    claims = extract_claims(page, tok)
    questions = extract_questions(page, tok)
    article = compare.prepare(claims, tok, sections=page.sections)
    assert compare.align(claims, tok, sections=page.sections, article=article) == \
        compare.align(claims, tok, sections=page.sections)
    assert compare.answer_questions(questions, claims, tok, sections=page.sections, article=article) == \
        compare.answer_questions(questions, claims, tok, sections=page.sections)
    assert compare.find_findings(claims, tok, article=article) == compare.find_findings(claims, tok)


def test_index_equals_sklearns_tfidf_bit_for_bit(tok):
    import numpy as np

    def same(ours, theirs):
        return (type(ours) is type(theirs) and ours.shape == theirs.shape
                and np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
                and np.array_equal(ours.data, theirs.data))

    page = read_page(FIXTURE_PAGE)
    claims = extract_claims(page, tok)
    article = compare.prepare(claims, tok, sections=page.sections)
    index, lex = article.index, article.lex
    reference = index.sklearn_reference()
    assert index.vocabulary == reference.vocabulary_
    assert np.array_equal(index.idf_values, reference.idf_)
    # fit_transform leaves each row in the order its features were first met.
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = TfidfVectorizer(
        tokenizer=compare._analyzer, token_pattern=None, lowercase=False, preprocessor=None, sublinear_tf=True,
        norm="l2", dtype=np.float64,
    ).fit_transform([p.features for p in article.profiles]).tocsr()
    assert same(index.matrix, fitted)
    queries = [compare.profile(c, lex, tok) for c in claims]
    queries.append(compare.profile(claim("借呗逾期三天会上征信吗"), lex, tok))
    queries.append(compare.profile(claim("今天天气很好"), lex, tok))
    assert len(queries) > 10
    for group in (queries, queries[:1], queries[-1:], article.profiles):
        assert same(index.vectors(group), reference.transform([p.features for p in group]).tocsr())
