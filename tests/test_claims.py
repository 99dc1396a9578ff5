"""Claims and questions: literal readings of sentences, the bundled page,
a page written here, and invariants over every fixture page."""
import re
from pathlib import Path

import pytest

from analysis.claims import (
    CLAIM_COLUMNS,
    QUESTION_COLUMNS,
    citations,
    claims_frame,
    extract_claims,
    extract_questions,
    left_out,
    negations,
    questions_frame,
    read_clause,
    title_questions,
)
from analysis.page import parse_page, read_page
from analysis.quantities import chinese_number, quantities
from analysis.text import analysis_view, get_tokenizer

FIXTURES = Path(__file__).parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def tokenizer():
    return get_tokenizer()


def read(text):
    return read_clause(text, get_tokenizer())


# ---------------------------------------------------------------- negation


def test_negation_scope_runs_from_the_cue_to_the_next_comma(tokenizer):
    assert negations("微粒贷逾期后微信零钱的正常利用不受直接影响", tokenizer) == [("不受", "不受直接影响")]
    assert negations("逾期后客户将无法继续借款，但可以正常还款", tokenizer) == [("无法", "无法继续借款")]


def test_words_that_only_look_negative_are_not_negations(tokenizer):
    assert negations("逾期会留下不良记录，由系统不定期评估", tokenizer) == []


@pytest.mark.parametrize(
    "text, polarity",
    [
        ("花呗逾期后支付宝的正常使用不受影响", "negate"),
        ("借呗逾期后用户将无法继续借款", "negate"),
        ("信用卡逾期并不会导致卡片无法使用", "negate"),  # 无法 sits in the object of 导致
        ("逾期可能导致无法继续借款", "affirm"),         # the claim is that it leads somewhere
        ("还清后并非不能再借", "affirm"),               # double negation
        ("要是长期不还，平台会上门催收", "affirm"),      # 不 is inside the condition
        ("至于能不能借成功由系统评估", "affirm"),         # 能不能 asks, it does not deny
        ("切勿借新还旧", "negate"),
        ("逾期一次就再也不能贷款", "negate"),   # jieba keeps 再也不能 as one word
        ("还清后额度从来不会恢复", "negate"),
        # A negated verb that is the topic of the claim denies nothing.
        ("逾期不还属于违约行为", "affirm"),
        ("不还钱会坐牢的", "affirm"),
        ("不还款的后果很严重", "affirm"),
        ("欠钱不还不会坐牢", "negate"),                # the second negation denies
        ("提前还款是不收手续费的", "negate"),           # 的 closes the statement
        ("不可能会被起诉", "negate"),                   # 可能 is no verb of a topic
        ("还清之后额度不一定会恢复", "negate"),
        ("全部欠款都要计息，不只是未还的部分", "affirm"),  # 不只是 adds
        # A clause that opens with a negated relative clause: the subject, not a denial.
        ("没有逾期记录的用户更容易提额", "affirm"),
        ("不是本人操作的贷款可以申诉", "affirm"),
        ("不会影响你的征信", "negate"),                 # 你的 owns the noun
        ("不是所有的平台都会起诉", "negate"),           # 所有的 counts
        ("不会产生额外的费用", "negate"),               # nothing after the noun: the claim's own
        # 不是 and a noun or a figure after the claim names what it is not about.
        ("等额本金提前还款更划算，不是等额本息", "affirm"),
        ("利息是0.03%每天，不是0.05%", "affirm"),
        ("逾期一天，不是很严重", "negate"),
        # 不是 and a word of how, when or how far after the claim: the claim holds.
        ("逾期会上报征信，不是马上就上", "affirm"),
        ("罚息是按日计算的，不是按月", "affirm"),
        ("逾期会上征信，不是只影响额度", "affirm"),
        ("不是马上就会上征信", "negate"),               # no claim before it: the negation is the claim's
        ("逾期不会上征信，不是马上就上", "negate"),     # the claim before it denies
        ("还款日当天22:00前没有还款，系统就会判定为逾期", "affirm"),   # the denial is the case's
        ("还清后，不是都能恢复额度", "negate"),         # 都 is no word of manner
        ("我逾期两个月，银行没有起诉", "negate"),
        ("在宽限期内还款不算逾期", "negate"),
        ("信用卡年化利率不超过24%", "affirm"),         # a bound on a number, not a denial
        ("年化利率不得超过24%", "affirm"),              # 不得 and 超过 before a number: the same bound
        ("单笔分期金额不能低于500元", "affirm"),
        ("利率不会超过法定上限", "negate"),             # no number: a denial
        ("借呗提前还款无需支付手续费", "negate"),
        ("分期乐审批哪有5分钟", "negate"),              # 哪有 asks nothing: it denies
        ("提前还款没收手续费", "negate"),               # 没 and 收 (lexicon.txt cuts 没收 apart)
        ("如果逾期超过90天，经两次催收仍不还款，可能构成信用卡诈骗罪", "affirm"),   # 不 is in the case
        ("超过部分法院不予支持", "negate"),
        ("可以申请开具非恶意逾期证明", "affirm"),       # 非恶意 is one word
        ("系统认为资金需求不稳定时会降额", "affirm"),   # so is 不稳定
        # A negation after a one-character verb denies it (a potential complement).
        ("逾期后金条就借不了了", "negate"),
        ("额度冻结以后借不到钱", "negate"),
        ("逾期不到3天只收罚息", "affirm"),             # 不到 before a number counts
        ("逾期以后少不了催收电话", "affirm"),           # 少不了 is one word: it affirms
        ("任何机构都无权删除真实的逾期记录", "negate"),
        ("花呗哪有什么宽限期", "negate"),
        ("逾期以后催收没少打电话", "affirm"),           # 没少 is "plenty" (lexicon.txt)
        ("芝麻分低于600的用户很难开通借呗", "negate"),   # 很难: hardly
        ("逾期费不计复利", "negate"),                   # 不计 is one word to the cutter
        ("连续三期不还银行基本就会起诉", "affirm"),     # 不还 is the case, 就 opens its consequence
        ("逾期不收违约金这个是真的", "negate"),         # 是 three words on is no consequence
        ("逾期记录还清五年以后就没了", "affirm"),       # 没了: the record is gone, a change
        ("提额以后额度一直没了动静", "affirm"),         # 没了 before a noun: lost, no denial
        ("还清以后还没恢复额度", "negate"),             # 没 before a verb still denies
        ("担保人的征信不可能受影响", "negate"),         # 不可能 is one word: impossible
        ("协商成功也不能免除还款义务", "affirm"),       # 免除 lifts what it names: not lifted, still owed
        ("代理机构的收费从几千到上万不等", "affirm"),   # 不等 closing its clause: figures vary
        ("客服一直不回复，我就不等了", "negate"),       # before more words 不等 still denies
    ],
)
def test_polarity(text, polarity):
    assert read(text).polarity == polarity


# ---------------------------------------------------------------- modality


@pytest.mark.parametrize(
    "text, modality",
    [
        ("网商贷额度一般会在几天内恢复", "likely"),
        ("逾期记录通常保留5年", "likely"),
        ("花呗逾期往往会影响芝麻分", "likely"),
        ("逾期以后很难再借到钱", "likely"),          # 很难 denies with a hedge
        ("逾期可能影响房贷审批", "possible"),
        ("一般情况下，逾期金额较小的银行很少起诉", "likely"),
        ("正常情况下，额度会恢复", "likely"),
        ("能否提额视具体情况而定", "possible"),
        ("或许会被催收", "possible"),
        ("京东白条逾期会不会影响征信要看具体情况", "possible"),
        ("借呗逾期后会上报征信", "certain"),
        ("这类办法适合大多数客户", "certain"),  # 大多数 counts people, it hedges nothing
        ("找人花钱修复征信是不可能成功的", "certain"),   # 不可能 says it cannot: no hedge
        ("不过多数情况下会有3天的宽限期", "likely"),      # a hedge after 不过, no condition
        ("一般保证的保证人享有先诉抗辩权", "certain"),   # 一般保证 is a kind of guarantee (lexicon.txt)
    ],
)
def test_modality(text, modality):
    assert read(text).modality == modality


# ---------------------------------------------------------------- conditions


@pytest.mark.parametrize(
    "text, condition",
    [
        ("如果逾期超过90天，银行可能会起诉", "如果逾期超过90天"),
        ("只有还清欠款后才能恢复额度", "只有还清欠款后"),
        ("在特殊情况下，花呗可以申请延期还款", "在特殊情况下"),
        ("一般情况下，逾期金额较小的银行很少起诉", ""),     # how often, no case: a hedge
        ("正常情况下，额度会恢复", ""),
        ("一旦逾期，借呗额度就会被冻结", "一旦逾期"),
        ("要是长期不还，平台会上门催收", "要是长期不还"),
        ("若逾期金额较大，且长时间未还，银行会起诉", "若逾期金额较大，且长时间未还"),
        ("只要按时还款，信用卡额度就会逐步提高", "只要按时还款"),
        ("有的银行金卡年费只要100块", ""),               # 只要 with nothing after it to close it: "only"
        ("当用户未能按期还款时平台会发送提醒", "当用户未能按期还款时"),
        ("欠款未还的情况下，不能申请新的贷款", "欠款未还的情况下"),  # no opening word
        ("例如在某些情况下花呗会被限制使用", "在某些情况下"),
        ("我逾期了，在这种情况下银行会催收", "在这种情况下"),
        ("在借款前评估还款能力", ""),                # 在…前 is a time, not a condition
        ("这类记录虽然不会永久存在", ""),             # a concession is not a condition
        # The 的 before a comma of laws and lawyers: a condition with no opening word.
        ("借款人未按期还款的，应当支付逾期利息", "借款人未按期还款的"),
        ("当事人一方不履行合同义务的，应当承担违约责任", "当事人一方不履行合同义务的"),   # 不 makes a predicate
        ("超过30天未还的，可能被上报征信", "超过30天未还的"),
        ("逾期是会上征信的，所以要尽快还", ""),        # the 是…的 of an assertion
        ("最低还款会收违约金的，我被收过", ""),        # the 会…的 of an assertion
        ("提前还款需结清当期利息", ""),               # 当期 is no 当…时
        # A threshold: a threshold word near the start and a duration at the end.
        ("逾期超过30天，白条额度会被关闭", "逾期超过30天"),
        ("逾期超过3天就会上报征信", "逾期超过3天"),            # 就 closes it where no comma does
        ("逾期3天就上征信了", ""),                           # a case told
        ("信用卡拖欠满三个月以上的，银行可能起诉", "信用卡拖欠满三个月以上的"),
        ("我逾期了三天，征信没有记录", ""),            # what happened to someone
        ("逾期费率为每天万分之五，按未还金额计算", ""),  # a rate is no duration
        ("逾期一天后，使用者将暂时失去借款资格", ""),    # a time clause stays a time clause
        ("借呗逾期记录只保留两年，两年以后就自动删了", ""),  # a verb of its own: no threshold
        # 只有 without 才 means "only".
        ("日利率只有万分之三", ""),
        # …的，这一点…: the clause after speaks of the one before, which asserts.
        ("借呗不收提前还款手续费的，这一点在合同里写得很清楚", ""),
        ("借款人逾期还款的，这种情况下平台可以起诉", "借款人逾期还款的"),
        ("要还的，拍卖款不足以清偿的部分，银行可以继续追偿", ""),   # 要…的 asserts
        # An attribution first (…规定，, …指出，): the condition opens what it says.
        ("《民法典》第六百七十六条规定，借款人未按期返还借款的，应当支付逾期利息", "借款人未按期返还借款的"),
        ("业内人士指出，如果逾期超过90天，银行可能起诉", "如果逾期超过90天"),
        ("法律规定，逾期超过3个月，平台可以起诉", "逾期超过3个月"),
        ("专家表示，提前还款更划算", ""),
        # A segment after a condition that says no consequence yet carries it on.
        ("如果逾期超过90天，经两次催收仍不还款，可能构成信用卡诈骗罪", "如果逾期超过90天，经两次催收仍不还款"),
        ("如果借了两万，日利率万分之四，逾期30天，罚息大约是360元", "如果借了两万，日利率万分之四，逾期30天"),
        ("如果逾期了，不要慌，先联系客服", "如果逾期了"),            # advice is the consequence
        ("如果选择减少月供，月供降到约3590元，总共节省利息约15万元", "如果选择减少月供"),   # a subject and its verb
        ("如果中途提前还清，剩余各期的手续费全部免除，不收提前还款手续费", "如果中途提前还清"),   # 免除 says what follows
        # 就, 才 opening the next clause after its subject: the segment before is the case.
        ("还款日当天22:00前没有还款，系统就会判定为逾期", "还款日当天22:00前没有还款"),
        ("超过90天仍不还款，平台才可能提起诉讼", "超过90天仍不还款"),
        ("我逾期了三天，就被催收了", ""),                 # what happened
        ("逾期不会上征信，不是马上就上", ""),             # a claim of its own
    ],
)
def test_condition(text, condition):
    assert read(text).condition == condition


def test_a_negation_inside_the_condition_does_not_negate_the_claim():
    reading = read("如果一直不还，银行会起诉")
    assert (reading.condition, reading.polarity) == ("如果一直不还", "affirm")


# ---------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    "text, kind",
    [
        ("建议开通自动还款", "advice"),
        ("切勿借新还旧", "advice"),
        ("客户应及时与客服联系", "advice"),
        ("拨打客服电话申请延期", "advice"),           # an instruction without a subject
        ("这种方法简单快捷", "opinion"),
        ("逾期一天的影响相对有限", "opinion"),
        ("借呗逾期后会上报征信", "fact"),
        ("冒充律师发律师函肯定违法", "fact"),          # a verb phrase judged: no instruction
        ("借呗提前还款确实不要手续费", "fact"),        # 不要 before a noun: charges none
        ("逾期以后千万不要失联", "advice"),            # before a verb it still forbids
        ("打银保监会热线投诉真的有用", "fact"),
        ("客户可通过微信钱包完成还款", "fact"),        # a procedure is a fact
        ("还清欠款后额度会恢复", "fact"),             # 还清…后 opens a time clause, no instruction
        ("客户需承担相应的罚息和滞纳金", "fact"),     # 相应 does not contain the cue 应
        ("根据《民法典》第六百七十六条，借款人应当支付逾期利息", "fact"),  # what the law says
        ("征信中心应当在收到异议之日起20日内作出处理", "fact"),   # an institution's duty
        ("银行应该先通知持卡人", "fact"),
        ("持卡人应该先联系银行", "advice"),             # the reader's own duty
        ("提前结清后，额度一般会立即恢复", "fact"),      # a manner word and a time clause: no instruction
        ("提前结清后，记得联系客服开结清证明", "advice"),   # one after the time clause
        ("贷款还清后，要到银行办理抵押注销", "advice"),   # a need with no subject
        ("打客服电话根本转不到人工", "fact"),            # what cannot be done, no instruction
        ("换算成年化利率，大约是5.4%到21.6%", "fact"),   # what a figure comes to
        ("连续逾期超过90天会被认定为严重逾期", "fact"),   # 严重逾期 is a term, no evaluation
        ("有钱花的额度最高20万元", "fact"),              # a product's name, no verb 有
        ("举个例子，6000元分12期，总手续费528元", "fact"),  # a worked example's lead
    ],
)
def test_kind(text, kind):
    assert read(text).kind == kind


def test_subject_predicate_object_of_a_plain_sentence():
    reading = read("微粒贷逾期不会导致微信被直接冻结")
    assert (reading.subject, reading.predicate) == ("微粒贷逾期", "导致")
    assert reading.object == "微信被直接冻结"


@pytest.mark.parametrize(
    "text, triple",
    [
        ("客户需承担相应的罚息和滞纳金", ("客户", "承担", "相应的罚息和滞纳金")),
        ("逾期记录会在客户还清欠款后保留五年", ("逾期记录", "保留", "五年")),   # 还清 sits in 在…后
        ("花呗逾期会影响芝麻信用分", ("花呗逾期", "影响", "芝麻信用分")),       # 影响 after 会 is the verb
    ],
)
def test_subject_predicate_object(text, triple):
    reading = read(text)
    assert (reading.subject, reading.predicate, reading.object) == triple


def test_a_light_verb_takes_its_noun():
    reading = read("虽然逾期一天不会对信用记录造成长期影响")
    assert (reading.predicate, reading.object) == ("造成影响", "信用记录")


# ---------------------------------------------------------------- quantities and citations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("逾期一天", ("1天",)),
        ("逾期记录会在还清后保留五年时间", ("5年",)),
        ("日利率万分之五", ("0.05%",)),
        ("年化百分之十八，违约金千分之一", ("18%", "0.1%")),
        ("两个月内还清", ("2个月",)),
        ("最高可借1.5万元", ("15000元",)),
        ("3-5个工作日到账", ("3-5个工作日",)),
        ("2024年3月5日还了五千元", ("5000元",)),    # a date is not a duration
        ("一次性还清", ()),                         # 一次性 is an adjective
        ("第十六条", ()),                           # an ordinal is not a quantity
        ("逾期三十天后，每天收取0.05%的罚息", ("30天", "0.05%")),
    ],
)
def test_quantities(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, value", [("十五", 15), ("二十五", 25), ("三百五十", 350), ("两千", 2000), ("一百零五", 105)])
def test_chinese_numbers(text, value):
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("依据《人民民法典》的相关规定", ("《民法典》",)),
        ("根据《征信业管理条例》第十六条", ("《征信业管理条例》第16条",)),
        ("《中华人民共和国民法典》第六百七十六条", ("《民法典》第676条",)),
        ("按照征信业管理条例的规定", ("《征信业管理条例》",)),
        ("参见《消费金融公司试点管理办法》", ("《消费金融公司试点管理办法》",)),
        ("正如《红楼梦》里写的", ()),
        ("根据《刑法》第一百七十五条之一，骗取贷款要担责", ("《刑法》第175条之一",)),   # an article of its own
        ("刑法第一百七十五条之一第二款", ("《刑法》第175条之一第2款",)),
    ],
)
def test_citations(text, expected):
    assert citations(text) == expected


def test_checkworthiness_puts_specific_facts_above_opinions():
    cited = read("根据《征信业管理条例》第十六条，不良信息保留5年")
    # fact 0.40 + certain 0.10 + quantity 0.20 + citation 0.20 + entity 0.10 = 1.0
    assert cited.checkworthiness == 1.0
    # opinion 0.05 + certain 0.10
    assert read("这种方法简单快捷").checkworthiness == 0.15


# ---------------------------------------------------------------- questions


def test_a_title_with_several_questions_gives_one_each(tokenizer):
    assert title_questions("微粒贷逾期还能用不?还能正常还款吗?还完后有额度吗?能再借款吗?", tokenizer) == [
        "微粒贷逾期还能用不?", "还能正常还款吗?", "还完后有额度吗?", "能再借款吗?",
    ]


def test_titles_that_ask_nothing_and_questions_without_marks(tokenizer):
    assert title_questions("信用卡逾期的后果及处理方法", tokenizer) == []
    assert title_questions("花呗逾期了怎么办", tokenizer) == ["花呗逾期了怎么办"]


def test_a_title_sentence_joining_questions_with_commas_gives_one_each(tokenizer):
    assert title_questions("信用卡逾期一个月会怎样，银行会起诉吗？", tokenizer) == ["信用卡逾期一个月会怎样", "银行会起诉吗？"]
    assert title_questions("逾期一天，会上征信吗？", tokenizer) == ["逾期一天，会上征信吗？"]


@pytest.mark.parametrize(
    "text, asks",
    [
        ("借呗逾期一天是不是就不能借了", True),
        ("逾期了咋办", True),
        ("花呗逾期会有啥后果", True),
        ("逾期还能用不", True),
        ("逾期一天没什么大问题", False),              # 没什么: an indefinite
        ("至于能不能借成功由系统评估。", False),       # embedded, and a full stop
        ("使用者是否能够重新借款主要取决于信用状况", False),
        ("很多人担心逾期一天是否会上征信", False),     # a reported worry
        ("还清之后一般几天内会恢复", False),           # 几天内: an indefinite
        ("我第二天还的怎么也算逾期了", False),          # 怎么也: however it is done
        ("催收是可以告诉家人你欠多少钱的", False),      # after 告诉: what is told
        ("催收能不能告诉家人我欠多少钱", True),         # an A-not-A form before 告诉 still asks
    ],
)
def test_questions_without_question_marks(text, asks, tokenizer):
    page = parse_page(f"网贷逾期的处理\n\n小编 2025-01-01\n\n一、说明\n\n逾期会上报征信。\n\n网友评论\n\n头像 小张 2025-01-02\n{text}\n")
    found = [q.question for q in extract_questions(page, tokenizer) if q.origin == "comment"]
    assert found == ([text] if asks else [])


# ---------------------------------------------------------------- a page written here

JIEBEI = """借呗逾期了怎么办？还能借吗？会影响征信吗

财经小编 2025-05-01

一、借呗逾期的后果

借呗逾期后，用户将无法继续借款。逾期费用按日收取，日利率为万分之五。根据《中华人民共和国民法典》第六百七十六条，借款人应当按照约定支付逾期利息。

二、怎么处理

以下是几种处理办法：

建议尽快还清欠款。不要借新还旧。如果暂时还不上，可以联系客服申请分期。很多人担心逾期一天就会上征信。

网友评论

头像 小王 2025-05-02
逾期三天就上征信了吗
头像 小李 2025-05-03
我逾期两天，花呗没有受到影响。
"""


@pytest.fixture(scope="module")
def jiebei():
    return parse_page(JIEBEI, doc_id="jiebei")


def test_claims_of_a_page_written_here(jiebei, tokenizer):
    rows = [(c.claim_id, c.section_id, c.text, c.kind, c.polarity) for c in extract_claims(jiebei, tokenizer)]
    assert rows == [
        ("a001", "一", "借呗逾期后，用户将无法继续借款", "fact", "negate"),
        ("a002", "一", "逾期费用按日收取，日利率为万分之五", "fact", "affirm"),
        ("a003", "一", "根据《中华人民共和国民法典》第六百七十六条，借款人应当按照约定支付逾期利息", "fact", "affirm"),
        ("a004", "二", "建议尽快还清欠款", "advice", "affirm"),
        ("a005", "二", "不要借新还旧", "advice", "negate"),
        ("a006", "二", "如果暂时还不上，可以联系客服申请分期", "advice", "affirm"),   # 可以联系客服: what to do, as 可以打…热线投诉
        ("c2-01", "", "我逾期两天，花呗没有受到影响", "fact", "negate"),
    ]


def test_fields_of_the_written_page(jiebei, tokenizer):
    claims = {c.claim_id: c for c in extract_claims(jiebei, tokenizer)}
    assert claims["a002"].quantities == ("0.05%",)
    assert claims["a003"].citations == ("《民法典》第676条",)
    assert claims["a006"].condition == "如果暂时还不上"
    assert claims["c2-01"].quantities == ("2天",)
    assert claims["c2-01"].comment_id == 2 and claims["c2-01"].sentence_id == "c2-s01"


def test_what_the_written_page_leaves_out(jiebei, tokenizer):
    reasons = {item.text: item.reason for item in left_out(jiebei, tokenizer)}
    assert reasons == {
        "以下是几种处理办法：": "filler",
        "很多人担心逾期一天就会上征信。": "reported",
        "逾期三天就上征信了吗": "question",
    }


def test_questions_of_the_written_page(jiebei, tokenizer):
    rows = [(q.question_id, q.origin, q.comment_id, q.question) for q in extract_questions(jiebei, tokenizer)]
    assert rows == [
        ("q1", "title", None, "借呗逾期了怎么办？"),
        ("q2", "title", None, "还能借吗？"),
        ("q3", "title", None, "会影响征信吗"),
        ("q4", "comment", 1, "逾期三天就上征信了吗"),
    ]


# ---------------------------------------------------------------- the bundled page


@pytest.fixture(scope="module")
def seed_claims(seed_page, tokenizer):
    return {c.text: c for c in extract_claims(seed_page, tokenizer)}


def test_seed_negations_read_right(seed_claims):
    assert seed_claims["微粒贷逾期后微信零钱的正常利用不受直接影响"].polarity == "negate"
    assert seed_claims["微粒贷逾期后客户将无法再次申请新的借款"].polarity == "negate"
    assert seed_claims["微粒贷的逾期并不会直接导致微信零钱被冻结或无法使用"].polarity == "negate"
    assert seed_claims["但这并不等同于微信整体功能的冻结"].polarity == "negate"
    caused = seed_claims["例如在某些情况下微粒贷逾期可能引发客户无法继续采用该平台的借贷服务"]
    assert (caused.polarity, caused.modality, caused.condition) == ("affirm", "possible", "在某些情况下")


def test_seed_retention_claim_keeps_the_page_wording_and_normalises_the_law(seed_claims):
    claim = seed_claims["依据《人民民法典》的相关规定,微粒贷逾期记录会在客户还清欠款后保留五年时间"]
    assert (claim.section_id, claim.kind) == ("二.2", "fact")
    assert claim.quantities == ("5年",)
    assert claim.citations == ("《民法典》",)


def test_seed_kinds(seed_claims):
    assert seed_claims["这类办法简单快捷,适合大多数客户"].kind == "opinion"
    assert seed_claims["切勿超出自身承受范围盲目借款"].kind == "advice"
    assert seed_claims["客户可通过微信钱包中的“微粒贷”入口查询当前的逾期金额,并通过绑定的银行卡完成还款操作"].kind == "fact"
    assert seed_claims["微粒贷逾期并非不可逆转的难题,只要客户能够及时采纳措应对难题,便能在很大程度上减少负面影响"].kind == "opinion"


def test_seed_comment_claims(seed_claims):
    official = seed_claims["用官方回复就是,如果微粒贷有逾期未还的借款,那么是无法借款的"]
    assert (official.claim_id, official.condition, official.polarity) == ("c2-01", "如果微粒贷有逾期未还的借款", "negate")
    lawsuit = seed_claims["如果微粒贷逾期的金额较大,且长时间未还,腾讯公司可能会通过法律途径追讨欠款"]
    assert (lawsuit.polarity, lawsuit.modality) == ("affirm", "possible")
    assert lawsuit.condition == "如果微粒贷逾期的金额较大,且长时间未还"


def test_seed_enumeration_stays_one_claim(seed_claims):
    assert (
        "微粒贷逾期还清后,使用者是否能够重新借款主要取决于以下几个因素:一是逾期金额的大小;二是逾期持续的时间;三是客户的信用状况"
        in seed_claims
    )


def test_seed_left_out(seed_page, tokenizer):
    reasons = {item.text: item.reason for item in left_out(seed_page, tokenizer)}
    assert reasons["以下是几种常见的还款形式:"] == "filler"
    assert reasons["很多使用者担心微粒贷逾期一天是否会对其后续采用产生严重影响。"] == "reported"
    assert reasons["根据《人民民法典》的相关规定。"] == "filler"
    assert reasons["微粒逾期一天是不是以后都不能用了"] == "question"


def test_seed_questions(seed_page, tokenizer):
    rows = [(q.question_id, q.origin, q.comment_id, q.question) for q in extract_questions(seed_page, tokenizer)]
    assert rows == [
        ("q1", "title", None, "微粒贷逾期还能用不?"),
        ("q2", "title", None, "还能正常还款吗?"),
        ("q3", "title", None, "还完后有额度吗?"),
        ("q4", "title", None, "能再借款吗?"),
        ("q5", "comment", 3, "微粒逾期一天是不是以后都不能用了"),
    ]


# ---------------------------------------------------------------- fixture pages of other layouts


def test_traditional_script_is_read_through_its_simplified_view(tokenizer):
    page = read_page(FIXTURES / "creditcard_big5.txt")
    claims = {c.text: c for c in extract_claims(page, tokenizer)}
    sued = claims["我逾期兩個月，銀行只是打電話催收，沒有起訴"]
    assert (sued.polarity, sued.quantities) == ("negate", ("2个月",))
    assert sued.norm == "我逾期两个月,银行只是打电话催收,没有起诉"


def test_steps_page_reads_instructions_as_advice(tokenizer):
    page = read_page(FIXTURES / "utf16_steps.txt")
    kinds = {c.text: c.kind for c in extract_claims(page, tokenizer)}
    assert kinds["拨打官方客服电话，说明情况，申请延期或者分期"] == "advice"
    assert kinds["安逸花是马上消费金融推出的产品，逾期后可以通过官方渠道协商还款"] == "fact"


def test_list_numbers_and_bullets_are_no_part_of_the_claim(tokenizer):
    page = parse_page("\n".join([
        "某问答网", "白条逾期了怎么办？", "2025-04-01", "白条逾期后会产生违约金。", "二、逾期后的处理",
        "1. 尽快还清欠款，越早还影响越小。", "2、可以联系京东客服申请分期。", "（3）保留好每次还款的凭证。",
        "④ 不要借新还旧。", "• 主动查看征信报告。", "1.5万元以内的欠款一般不会被起诉。",
    ]), doc_id="t")
    claims = {c.text: c for c in extract_claims(page, tokenizer)}
    for text in ("尽快还清欠款，越早还影响越小", "可以联系京东客服申请分期", "保留好每次还款的凭证",
                 "不要借新还旧", "主动查看征信报告"):
        assert claims[text].kind == "advice", text
        assert page.text[claims[text].char_start : claims[text].char_end] == text
    # A decimal at the start is a figure, not a list number.
    assert claims["1.5万元以内的欠款一般不会被起诉"].quantities == ("15000元",)


def test_emoji_bullets_and_step_labels_are_no_part_of_the_claim(tokenizer):
    page = parse_page("\n".join([
        "某问答网", "分期乐逾期了怎么办？", "2025-04-01", "分期乐逾期后会产生罚息。",
        "💡 保留所有通话录音。", "✅ 主动联系平台说明情况。", "第二步：还款后联系客服申请恢复额度。",
    ]), doc_id="t")
    kinds = {c.text: c.kind for c in extract_claims(page, tokenizer)}
    assert kinds == {"分期乐逾期后会产生罚息": "fact", "保留所有通话录音": "advice",
                     "主动联系平台说明情况": "advice", "还款后联系客服申请恢复额度": "advice"}


def test_gb18030_page_citation_and_reported_belief(tokenizer):
    page = read_page(FIXTURES / "jiebei_gb18030.txt")
    claims = {c.text: c for c in extract_claims(page, tokenizer)}
    law = claims["根据《征信业管理条例》第十六条，不良信息自不良行为终止之日起保留5年，届满后删除"]
    assert (law.citations, law.quantities) == (("《征信业管理条例》第16条",), ("5年",))
    assert "部分用户认为借呗有宽限期" not in claims
    assert claims["但宽限期并非对所有用户开放，具体以借款合同为准"].polarity == "negate"


ALL_PAGES = sorted(p.name for p in FIXTURES.iterdir() if p.is_file()) if FIXTURES.exists() else []


def _pages():
    from analysis import paths

    return [paths.DEFAULT_PAGE] + [FIXTURES / name for name in ALL_PAGES]


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_invariants_on_every_page(path, tokenizer):
    page = read_page(path)
    claims = extract_claims(page, tokenizer)
    ids = [c.claim_id for c in claims]
    assert len(ids) == len(set(ids))
    for claim in claims:
        assert page.text[claim.char_start : claim.char_end] == claim.text
        assert 0.0 <= claim.checkworthiness <= 1.0
        assert claim.norm == analysis_view(claim.text)
        assert "".join(claim.tokens) == claim.norm
        assert claim.kind in ("fact", "advice", "opinion")
        assert claim.polarity in ("affirm", "negate")
        assert claim.modality in ("certain", "likely", "possible")
        if claim.origin == "article":
            assert re.fullmatch(r"a\d{3}", claim.claim_id) and claim.comment_id is None
        else:
            assert re.fullmatch(rf"c{claim.comment_id}-\d\d", claim.claim_id) and claim.section_id == ""
    questions = extract_questions(page, tokenizer)
    assert [q.question_id for q in questions] == [f"q{k}" for k in range(1, len(questions) + 1)]


@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_every_article_paragraph_gives_a_claim_or_is_accounted_for(path, tokenizer):
    page = read_page(path)
    claims = extract_claims(page, tokenizer)
    dropped = {item.text for item in left_out(page, tokenizer)}
    for section in page.sections:
        for block in section.blocks:
            inside = [c for c in claims if block.start <= c.char_start < block.end]
            if not inside:
                assert block.text.strip() in dropped or any(d in block.text for d in dropped), block.text


@pytest.mark.parametrize("path", _pages()[:3], ids=lambda p: p.name)
def test_tables_are_deterministic(path, tokenizer):
    page = read_page(path)
    first = claims_frame(extract_claims(page, tokenizer)).to_csv(index=False)
    second = claims_frame(extract_claims(read_page(path), tokenizer)).to_csv(index=False)
    assert first == second
    frame = questions_frame(extract_questions(page, tokenizer))
    assert list(frame.columns) == QUESTION_COLUMNS
    assert list(claims_frame([]).columns) == CLAIM_COLUMNS


# ---------------------------------------------------------------- run-on sentences


def article_claims(paragraph):
    page = parse_page(f"花呗逾期会怎样？\n\n小编 2025-01-01\n\n一、说明\n\n{paragraph}\n", doc_id="t")
    return [(c.text, c.polarity) for c in extract_claims(page, get_tokenizer())]


def test_a_comma_between_two_full_clauses_parts_two_claims():
    assert article_claims("花呗逾期以后就不能再用了，额度也会被冻结。") == [
        ("花呗逾期以后就不能再用了", "negate"),
        ("额度也会被冻结", "affirm"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "信用卡逾期一个月，银行会收取违约金。",             # a topic before the comma, no clause
        "车贷逾期3到6个月，银行一般会收回车辆。",           # 到 between numbers is a range, no verb
        "无论是逾期一天还是一个月，客户都应尽快还款。",     # 无论… leans on what follows
        "网商贷逾期还清后，额度会重新评估。",               # a time clause
        "借呗额度被冻结，其恢复要看系统评估。",             # 其 refers back
        "花呗逾期时间越长，罚息越多。",                     # 越…越 has no verb after the comma
    ],
)
def test_commas_that_do_not_part_claims(paragraph):
    assert len(article_claims(paragraph)) == 1


def test_seed_comment_run_on_sentence_is_two_claims(seed_claims):
    assert seed_claims["微粒贷逾期不会导致微信被直接冻结"].polarity == "negate"
    assert seed_claims["微信仍然可以正常使用"].polarity == "affirm"


def test_cue_files_are_read_once_per_page_and_edits_are_seen_on_the_next(tmp_path, monkeypatch):
    import os
    import shutil

    from analysis import claims as claims_module
    from analysis import paths

    folder = tmp_path / "reference"
    shutil.copytree(paths.REFERENCE_DIR, folder)
    monkeypatch.setattr(paths, "REFERENCE_DIR", folder)
    page = parse_page("花呗逾期会怎样？\n\n小编 2025-01-01\n\n一、说明\n\n花呗逾期通常会上报征信。\n", doc_id="t")
    tokenizer = get_tokenizer()
    before = extract_claims(page, tokenizer)
    # 通常 is a hedge of hedges.txt: the claim is likely, not certain.
    assert [(c.text, c.modality) for c in before] == [("花呗逾期通常会上报征信", "likely")]
    hedges = folder / "hedges.txt"
    stamp = hedges.stat().st_mtime_ns
    kept = [line for line in hedges.read_text(encoding="utf-8").splitlines() if line != "通常 likely"]
    hedges.write_text("\n".join(kept) + "\n", encoding="utf-8")
    os.utime(hedges, ns=(stamp + 10**9, stamp + 10**9))
    after = extract_claims(page, tokenizer)
    assert [(c.text, c.modality) for c in after] == [("花呗逾期通常会上报征信", "certain")]
    # Outside a page's reading the lists are looked up afresh: nothing is held over.
    assert getattr(claims_module._held, "cues", None) is None


@pytest.mark.parametrize("sentence, is_filler", [
    ("下面分几点说明。", True),
    ("下面是一些做法。", True),
    ("接下来按步骤介绍。", True),
    # Long enough to assert something: a claim, not an announcement.
    ("下面这种情况银行一般会同意分期还款。", False),
    ("借呗逾期后额度会被冻结。", False),
    # A lead (如下:) after clauses that say something: the sentence is a claim.
    ("我行将自2026年7月1日起调整账单分期手续费率，具体调整如下：", False),
    ("还款方式有很多，常见的有以下几种：", True),
    ("以上仅代表个人观点，不构成任何投资建议。", True),             # a sign-off
    ("以上就是本文的全部内容，喜欢请点赞关注。", True),
    ("需要注意的是", True),                                 # a lead-in alone
    ("本文为你详细解读借呗逾期的后果。", True),
    ("今天我们就来聊聊这个问题。", True),
    ("为了避免因逾期带来的不便，用户可从以下几个方面入手：", True),   # a purpose and a lead
    ("大家好，今天聊聊借呗。", True),                        # a greeting
    ("您好，借呗逾期三天会上报征信。", False),                # a greeting before a claim
    ("今天把借呗提前还款的规矩一次讲清楚。", True),           # the writer says what the post will do
    ("结合身边朋友的经历，说说借呗逾期要注意的几件事。", True),
    ("把借呗和花呗的区别整理给大家。", True),
])
def test_short_announcements_are_filler(sentence, is_filler):
    page = parse_page(f"某网\n借呗逾期怎么办？\n2025-01-01\n一、处理\n{sentence}\n")
    claims = extract_claims(page, get_tokenizer())
    assert (claims == []) is is_filler


@pytest.mark.parametrize("clause, kind", [
    ("把每笔借款的本金、利息和逾期天数列出来", "advice"),
    ("直接还清全部欠款", "advice"),
    ("尽快还清逾期款项", "advice"),
    # A subject before 把, an adverb before a verbal noun, an aspect adverb: statements.
    ("银行会把逾期记录上报征信", "fact"),
    ("主动还款可以减少损失", "fact"),
    ("已经偿还了所有逾期款项", "fact"),
    # 属于 classifies, as 是 does: a statement, not an instruction.
    ("属于短期逾期", "fact"),
    # The opening verb is the subject of a copula, or part of a noun before it.
    ("剩余期数的手续费是不收的", "fact"),
    ("透支利率是万分之五", "fact"),
    ("冒充公检法人员进行催收属于违法行为", "fact"),
    ("开卡不激活是不收年费的", "fact"),
    # 是 before a question word asks inside an instruction.
    ("拨打客服电话说明是什么原因导致的逾期", "advice"),
    # 是 inside the object of a verb of checking or telling.
    ("确认还款账户是本人的银行卡再转账", "advice"),
    ("告诉催收员你是学生", "advice"),
    # A negation that states, after a condition: what will be, not what to do.
    ("只要您主动还清欠款，就不会被起诉", "fact"),
    ("无法继续借款", "fact"),
    # 不用 still tells the reader what (not) to do.
    ("不用一直打，打通一次说清楚就行", "advice"),
    # A label before a colon is no verb.
    ("答：花呗已接入征信，逾期记录可能随时报送", "fact"),
    # 不一定要 hedges; it advises nothing.
    ("不一定要超过90天", "fact"),
    ("一定要按时还款", "advice"),
    # An opening verb whose clause goes on to an outcome states it.
    ("超过宽限期就会上报征信", "fact"),
    ("开通美团月付不收取任何费用", "fact"),
    ("欠白条20w的人都没被起诉", "fact"),
    # A label before a colon is read past; 应该是 guesses, it advises nothing.
    ("先说结论：逾期不会上报征信", "fact"),
    ("降额应该是别的原因", "fact"),
    ("应该尽快还款", "advice"),
    # 建议您 is one word to the cutter; 联系 is often tagged a noun.
    ("建议您主动与平台协商分期还款", "advice"),
    ("联系客服申请延期还款", "advice"),
    ("联系方式是400电话", "fact"),
    # A verb inside the subject's relative clause, a time, an event told, a report.
    ("分3期的手续费率为2.5%，分6期为4.5%", "fact"),
    ("未满18周岁的用户不能开通借呗", "fact"),
    ("可以打金融监管的热线投诉", "advice"),          # 的 inside the object
    ("提前还清全部分期时，未到期的手续费会全部退还", "fact"),
    ("断供三个月银行就起诉了", "fact"),
    ("把欠款还了", "advice"),
    ("据统计，去年有2万多套房产进入司法拍卖", "fact"),
    ("在宽限期内还款的，不算逾期", "fact"),
    ("超过的部分，法院不予支持", "fact"),             # a verb and its 的 make the topic, a noun
    ("拨打官方的热线，说明情况", "advice"),           # a verb and its object before 的: an instruction
    ("还款后联系客服申请恢复额度", "advice"),         # an instruction after a time clause
    ("还清后，联系客服恢复额度", "advice"),
    ("还清后额度会恢复", "fact"),
    ("审批很快", "fact"),                              # the verb is judged: no instruction
    ("到账非常快，一般5分钟", "fact"),
])
def test_instructions_without_an_advice_word(clause, kind):
    assert read_clause(clause, get_tokenizer()).kind == kind


@pytest.mark.parametrize("clause, kind", [
    ("拍卖价格往往只有市场价的七成左右", "fact"),   # hedged: a statement
    ("目前已有超过5千万用户使用安逸花", "fact"),     # 千万 of a number, not "by all means"
    ("千万不要逾期", "advice"),
    ("我记得上次逾期还是分了的", "fact"),
    ("记得按时还款", "advice"),
    ("逾期后系统会发送短信和电话提醒", "fact"),      # 提醒 after a noun is a noun
    ("在此提醒大家尽快还款", "advice"),
    ("值得注意的是，逾期记录会保留5年", "fact"),      # a remark on what follows
    ("值得注意，逾期会上征信", "advice"),
    ("花呗账单不宜超过月收入的三分之一", "advice"),   # 不宜: advice.txt
    ("截至2025年末，全国信用卡在用发卡数量约7.3亿张", "fact"),   # 截至 opens no instruction
])
def test_advice_cues_that_are_something_else(clause, kind):
    assert read_clause(clause, get_tokenizer()).kind == kind


def test_a_reported_worry_after_a_verbless_setting_is_not_a_claim():
    page = parse_page("某网\n借呗逾期怎么办？\n2025-01-01\n一、影响\n借呗逾期两天，很多人担心会不会影响征信。借呗逾期两天，银行会收取罚息。\n")
    tokenizer = get_tokenizer()
    assert [c.text for c in extract_claims(page, tokenizer)] == ["借呗逾期两天，银行会收取罚息"]
    assert [(item.reason, item.text) for item in left_out(page, tokenizer)] == [
        ("reported", "借呗逾期两天，很多人担心会不会影响征信。")
    ]


def test_a_threshold_before_the_claim_is_its_condition_not_a_claim_of_its_own():
    page = parse_page("某网\n京东白条逾期会怎样？\n2025-01-01\n一、后果\n逾期超过30天，白条额度会被关闭。\n", doc_id="t")
    claims = extract_claims(page, get_tokenizer())
    assert [(c.text, c.condition) for c in claims] == [("逾期超过30天，白条额度会被关闭", "逾期超过30天")]
    assert claims[0].quantities == ("30天",)


def test_a_case_ending_in_de_opens_the_claim_after_it():
    # 在宽限期内还清欠款的，… states the case of the next clause: the sentence is cut
    # before it, not after it; 但是 before a case is no 是 that asserts.
    page = parse_page("某网\n京东白条有宽限期吗？\n2025-01-01\n一、宽限期\n"
                      "白条设有3天的还款宽限期，在宽限期内还清欠款的，系统不会认定为逾期。"
                      "但是超过宽限期仍未还款的，会按日收取罚息。\n", doc_id="t")
    claims = extract_claims(page, get_tokenizer())
    assert [(c.text, c.condition, c.polarity) for c in claims] == [
        ("白条设有3天的还款宽限期", "", "affirm"),
        ("在宽限期内还清欠款的，系统不会认定为逾期", "在宽限期内还清欠款的", "negate"),
        ("但是超过宽限期仍未还款的，会按日收取罚息", "但是超过宽限期仍未还款的", "affirm"),
    ]


def test_rows_of_figures_are_claims_not_headings():
    page = parse_page("某网\n信用卡分期手续费怎么算？\n2025-01-01\n一、费率\n3期：每期费率0.75%\n6期：每期费率0.70%\n", doc_id="t")
    claims = extract_claims(page, get_tokenizer())
    assert [(c.text, c.quantities) for c in claims] == [
        ("3期：每期费率0.75%", ("3期", "0.75%")), ("6期：每期费率0.70%", ("6期", "0.7%")),
    ]


def test_a_convention_is_cited_as_a_law():
    assert citations("根据《互联网金融逾期债务催收自律公约》第十五条，催收不得骚扰") == (
        "《互联网金融逾期债务催收自律公约》第15条",
    )


@pytest.mark.parametrize("text", [
    "逾期三天，我已经还清了",        # what happened to the commenter
    "借呗的，一般日息0.05%左右",      # a topic
    "招行的，年费是200元",
    "去年双十一买的，现在还在还",      # a past event told with its time first
])
def test_no_condition_in_a_story_or_a_topic(text):
    assert read(text).condition == ""


def _article(body: str):
    return parse_page("某网\n花呗逾期会怎样？\n2025-01-01\n一、说明\n" + body + "\n", doc_id="t")


@pytest.mark.parametrize("body, expected", [
    # A reported belief and a false verdict in one sentence: the page says "not X".
    ("很多人以为花呗逾期一天就会上征信，其实这种说法是错误的。",
     [("很多人以为花呗逾期一天就会上征信，其实这种说法是错误的", "negate", "false")]),
    # The verdict as a clause of its own, and a negated belief turned to affirm.
    ("有人认为逾期不会影响房贷，但这是不对的。",
     [("有人认为逾期不会影响房贷，但这是不对的", "affirm", "false")]),
    # The verdict in the next sentence; a true verdict keeps the belief's polarity.
    ("很多人认为花呗逾期会坐牢。其实，这是一个误区。", [("很多人认为花呗逾期会坐牢", "negate", "false")]),
    ("不少网友觉得还了最低还款就不算逾期。这种说法是正确的。",
     [("不少网友觉得还了最低还款就不算逾期", "negate", "true")]),
    # A label that names a belief the page corrects.
    ("误区一：逾期一次就再也不能贷款。", [("误区一：逾期一次就再也不能贷款", "affirm", "false")]),
    # A correction with content of its own: the belief stays reported, the rest is a claim.
    ("不少用户认为还清后记录马上消除，实际上不良记录要保存5年。",
     [("实际上不良记录要保存5年", "affirm", "")]),
    # A report with no verdict stays out of the claims.
    ("很多人担心逾期会影响家人。", []),
    # A bare answer says how things are, whatever the belief said.
    ("有人说信用卡逾期不会上征信，其实会。", [("有人说信用卡逾期不会上征信，其实会", "affirm", "false")]),
    ("很多人以为逾期一天就会上征信，其实会的。", [("很多人以为逾期一天就会上征信，其实会的", "affirm", "true")]),
    # The writer's own verdict, then a claim of its own.
    ("有人说逾期会被起诉，我觉得不会，平台一般先催收。",
     [("有人说逾期会被起诉，我觉得不会", "negate", "false"), ("平台一般先催收", "affirm", "")]),
    # A saying named and judged in one clause, with or without quotes.
    ("所以“逾期一个月不上征信”的说法是不成立的。",
     [("所以“逾期一个月不上征信”的说法是不成立的", "affirm", "false")]),
    ("提前还款会降额这种说法是错误的。", [("提前还款会降额这种说法是错误的", "negate", "false")]),
    ("网上关于逾期的说法很多。", [("网上关于逾期的说法很多", "affirm", "")]),
    # A claim closed by a false verdict, no one named: X judged false; what follows is a claim.
    ("罚息按日利率1.5倍算写错了。", [("罚息按日利率1.5倍算写错了", "negate", "false")]),   # no 是 before 写错了
    ("宽限期有3天是假的，到期第二天就算逾期。",
     [("宽限期有3天是假的", "negate", "false"), ("到期第二天就算逾期", "affirm", "")]),
    # 都 before the verdict: every one of a kind of things deceives; no belief is judged.
    ("代还软件都是骗人的，手续费收了我两千。",
     [("代还软件都是骗人的，手续费收了我两千", "affirm", "")]),
])
def test_the_verdict_on_a_reported_belief(body, expected):
    claims = extract_claims(_article(body), get_tokenizer())
    assert [(c.text, c.polarity, c.verdict) for c in claims] == expected


def test_a_belief_that_holds_only_sometimes_is_possible():
    (claim,) = extract_claims(_article("不少人认为征信花了就贷不到款，这不是绝对的。"), get_tokenizer())
    assert (claim.verdict, claim.modality) == ("hedge", "possible")


def test_a_verdict_on_a_reported_belief_is_left_out_and_the_belief_is_never_advice():
    page = _article("很多持卡人以为开卡不用就不收年费。这种想法是错误的。")
    tokenizer = get_tokenizer()
    claims = extract_claims(page, tokenizer)
    assert [(c.text, c.kind, c.polarity) for c in claims] == [("很多持卡人以为开卡不用就不收年费", "fact", "affirm")]
    assert [(item.reason, item.text) for item in left_out(page, tokenizer)] == [("verdict", "这种想法是错误的。")]


def test_a_commenter_who_corrects_a_rumour_then_says_more():
    page = parse_page(
        "某网\n花呗逾期会坐牢吗\n2025-01-01\n一、说明\n花呗逾期会产生罚息。\n网友评论\n小李 2025-03-04\n"
        "网上说逾期会坐牢，不是这样的，逾期只会产生罚息\n", doc_id="t")
    claims = [c for c in extract_claims(page, get_tokenizer()) if c.origin == "comment"]
    assert [(c.text, c.polarity, c.stance) for c in claims] == [
        ("网上说逾期会坐牢，不是这样的", "negate", ""),   # the verdict is on the rumour, not the article
        ("逾期只会产生罚息", "affirm", ""),
    ]


def test_nothing_to_fear_reports_no_worry():
    page = _article("没逾期的用户不用担心征信。很多人担心逾期会上征信。")
    tokenizer = get_tokenizer()
    assert [c.text for c in extract_claims(page, tokenizer)] == ["没逾期的用户不用担心征信"]
    assert [(item.reason, item.text) for item in left_out(page, tokenizer)] == [("reported", "很多人担心逾期会上征信。")]


def test_a_worry_word_in_the_readers_case_reports_nothing():
    # 如有疑问 is the reader's case (如: conditions.txt), not what other people ask.
    page = _article("如有疑问，请拨打客服热线咨询。很多人有疑问：逾期会坐牢吗。")
    tokenizer = get_tokenizer()
    assert [(c.text, c.kind) for c in extract_claims(page, tokenizer)] == [("如有疑问，请拨打客服热线咨询", "advice")]
    assert [item.reason for item in left_out(page, tokenizer)] == ["reported"]


def test_what_some_users_report_is_not_the_pages_claim():
    # 部分用户反映, 有网友反馈: hearsay the page passes on; 招联方面表示 attributes what follows.
    page = _article("部分用户反映，白条可以协商停息挂账。有网友反馈，逾期一天就上了征信。招联方面表示，利率会下调。")
    tokenizer = get_tokenizer()
    assert [c.text for c in extract_claims(page, tokenizer)] == ["招联方面表示，利率会下调"]
    assert [item.reason for item in left_out(page, tokenizer)] == ["reported", "reported"]


@pytest.mark.parametrize("comment, expected", [
    # The verdict on a quote of the article is the commenter's stance toward it.
    ("原文说5年后自动删除，这个是真的", [("原文说5年后自动删除，这个是真的", "affirm", "agree")]),
    ("文章说逾期一天就会上报征信，这不对，安逸花有3天宽限期",
     [("文章说逾期一天就会上报征信，这不对", "negate", "disagree"), ("安逸花有3天宽限期", "affirm", "disagree")]),
    ("文中说罚息是1.5倍，其实我被收的是正常利率的2倍", [("其实我被收的是正常利率的2倍", "affirm", "disagree")]),
    ("文章说不收是骗人的", [("文章说不收是骗人的", "affirm", "disagree")]),
    # 说得对 judges what was said; it reports nothing.
    ("文章说得对，逾期会上征信", [("逾期会上征信", "affirm", "agree")]),
])
def test_a_comment_that_quotes_the_article(comment, expected):
    page = parse_page("某网\n安逸花逾期怎么办？\n2025-01-01\n一、说明\n安逸花逾期后会收取罚息。\n网友评论\n小李 2025-03-04\n"
                      + comment + "\n", doc_id="t")
    claims = [c for c in extract_claims(page, get_tokenizer()) if c.origin == "comment"]
    assert [(c.text, c.polarity, c.stance) for c in claims] == expected


def test_table_rows_are_claims_read_under_their_column_names():
    page = parse_page(
        "某网\n招联好期贷利率是多少？\n2025-01-01\n一、利率\n期限 | 年化利率 | 每月还款\n\n3期 | 18% | 3400.50元\n"
        "\n12期\t18%\t916.80元\n", doc_id="t")
    tokenizer = get_tokenizer()
    claims = extract_claims(page, tokenizer)
    assert [(c.text, c.quantities) for c in claims] == [
        ("3期 | 18% | 3400.50元", ("3期", "18%", "3400.5元")),
        ("12期\t18%\t916.80元", ("12期", "18%", "916.8元")),
    ]
    assert claims[0].norm == "期限3期,年化利率18%,每月还款3400.50元"   # the header names each cell
    assert [(item.reason, item.text) for item in left_out(page, tokenizer)] == [("heading", "期限 | 年化利率 | 每月还款")]


def test_a_commenter_who_says_the_title_as_a_statement_makes_a_claim():
    page = parse_page("某网\n借呗提前还款会影响信用吗？\n2025-01-01\n一、说明\n借呗提前还款会影响信用吗？\n提前还款不收违约金。\n"
                      "网友评论\n小李 2025-03-04\n借呗提前还款会影响信用。\n", doc_id="t")
    tokenizer = get_tokenizer()
    assert [c.text for c in extract_claims(page, tokenizer) if c.origin == "comment"] == ["借呗提前还款会影响信用"]


def test_an_attribution_before_a_comma_stays_with_what_it_attributes():
    page = _article("分析人士认为，利率下调有助于吸引优质客户。招联方面表示，用户可在App查看调整后的利率。"
                    "逾期不会导致微信被冻结，微信仍然可以使用。")
    assert [c.text for c in extract_claims(page, get_tokenizer())] == [
        "分析人士认为，利率下调有助于吸引优质客户",
        "招联方面表示，用户可在App查看调整后的利率",
        "逾期不会导致微信被冻结",           # no attribution: two claims, as before
        "微信仍然可以使用",
    ]



def test_tables_between_tabs_without_figures_and_with_a_figure_in_a_column_name():
    page = parse_page(
        "某网\n花呗利率多少？\n2025-01-01\n一、利率\n额度档位\t人群\t日利率\n5000元以下\t新用户\t0.05%\n\n"
        "逾期情况 | 对房贷的影响\n连三累六 | 基本无法获批房贷\n\n期限 | 年化利率 | 每万元日息\n3期 | 7.3% | 2元\n"
        "网友评论\n2楼 小王 | 2025-05-07 21:00\n我欠了3000 | 已经还清了\n", doc_id="t")
    tokenizer = get_tokenizer()
    claims = extract_claims(page, tokenizer)
    assert [(c.text, c.quantities) for c in claims] == [
        ("5000元以下\t新用户\t0.05%", ("5000元", "0.05%")),
        ("连三累六 | 基本无法获批房贷", ()),                  # a row of words under its header
        ("3期 | 7.3% | 2元", ("3期", "7.3%", "2元")),        # 每万元 of the header is no figure of the row
        ("我欠了3000 | 已经还清了", ("3000元",)),             # a comment's bar is no table; 欠了3000 is yuan
    ]
    assert [item.text for item in left_out(page, tokenizer)] == [
        "额度档位\t人群\t日利率", "逾期情况 | 对房贷的影响", "期限 | 年化利率 | 每万元日息",
    ]


def test_a_line_of_fields_between_bars_is_no_table_row():
    # Read as any short line of the body (a heading the parser kept), not as a row with figures.
    page = _article("查看: 5231 | 回复: 6")
    tokenizer = get_tokenizer()
    assert extract_claims(page, tokenizer) == []
    assert [(item.reason, item.text) for item in left_out(page, tokenizer)] == [("heading", "查看: 5231 | 回复: 6")]



def test_a_closing_tag_question_leaves_the_claim_before_it():
    page = _article("提前还款没有手续费，不是吗？逾期会收罚息，对吧？逾期会上征信吗？")
    tokenizer = get_tokenizer()
    assert [(c.text, c.polarity) for c in extract_claims(page, tokenizer)] == [
        ("提前还款没有手续费", "negate"), ("逾期会收罚息", "affirm"),
    ]
    assert [item.text for item in left_out(page, tokenizer)] == ["不是吗？", "对吧？", "逾期会上征信吗？"]


def test_a_statement_before_a_closing_question_stays_a_claim():
    # The last segment asks; what the sentence states before it is a claim. A writer's
    # own scene before the question (我逾期三天了，…) is part of the question.
    page = _article("催收电话打到借款人同事那里了，这个合规吗？我逾期三天了，会上征信吗？")
    tokenizer = get_tokenizer()
    assert [c.text for c in extract_claims(page, tokenizer)] == ["催收电话打到借款人同事那里了"]
    assert [item.text for item in left_out(page, tokenizer)] == ["这个合规吗？", "我逾期三天了，会上征信吗？"]


def test_an_attribution_before_a_reported_belief_and_its_verdict():
    (claim,) = extract_claims(_article("业内人士指出，很多人以为花呗不上征信，这种说法是错误的。"), get_tokenizer())
    assert (claim.polarity, claim.verdict) == ("affirm", "false")
