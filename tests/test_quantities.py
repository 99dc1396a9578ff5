"""Where quantities stand in a text, and the figures a denial word says are wrong."""
from __future__ import annotations

import pytest

from analysis import compare
from analysis.quantities import approximate_quantities, clause_bounds, denied_quantities, quantities, quantity_spans


@pytest.fixture(scope="module")
def denials():
    # The list in data/reference/quantity_denials.txt, as the comparison reads it.
    return compare.load_lexicon().denials


def test_spans_give_where_each_quantity_is_written():
    text = "逾期三十天后，每天收取0.05%的罚息"
    assert quantity_spans(text) == [(2, 5, "30天"), (11, 16, "0.05%")]
    assert [text[s:e] for s, e, _ in quantity_spans(text)] == ["三十天", "0.05%"]


def test_a_repeated_quantity_has_a_span_each_time():
    assert [q for _, _, q in quantity_spans("先还5000元，再还5000元")] == ["5000元", "5000元"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The clause is the stretch around the denial, up to the next clause mark.
        ("罚息不是0.05%，我这边是每天0.098%", (("0.05%", 0, 9),)),
        ("2年，不是5年", (("5年", 3, 7),)),
        ("保留的不是五年而是两年", (("5年", 0, 11),)),
        # A rate word may stand between the denial and its figure.
        ("不是日息万分之五", (("0.05%", 0, 8),)),
        ("利息并非0.05%", (("0.05%", 0, 9),)),
        # A longer modifier ending in 的 may stand between too.
        ("罚息不是正常利率的1.5倍，而是1.3倍", (("1.5倍", 0, 13),)),
        # 是不是 asks, it denies nothing.
        ("逾期记录是不是5年？", ()),
        # Too far from the denial: the figure is part of something else.
        ("不是所有人都要等5年", ()),
        # A contrast of actions (而不是等到…), and a figure that is not the point (…的问题).
        ("当天就还，而不是等到3天宽限期结束", ()),
        ("罚息高不高不是1.5倍的问题", ()),
        # The denial comes after the figure: it denies what follows, not the figure.
        ("5年不是问题", ()),
        ("逾期不是小事", ()),
    ],
)
def test_denied_figures(text, expected, denials):
    assert denied_quantities(text, denials) == expected


def test_without_a_denial_list_nothing_is_denied():
    assert denied_quantities("罚息不是0.05%", None) == ()


def test_clause_bounds_stop_at_clause_marks():
    text = "逾期后，每天收取0.05%的罚息；还清后恢复"
    start = text.index("0.05%")
    begin, end = clause_bounds(text, start, start + 5)
    assert text[begin:end] == "每天收取0.05%的罚息"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Multiples and rate steps.
        ("罚息为正常利息的1.5倍", ("1.5倍",)),
        ("利率不得超过LPR的四倍", ("4倍",)),
        ("房贷利率为LPR减30个基点", ("30基点",)),
        ("利率下调0.5个百分点", ("0.5个百分点",)),
        # A range written with its unit twice; a comma or two units make two figures.
        ("日利率一般在0.02%至0.05%之间", ("0.02-0.05%",)),
        ("3天到5天就能到账", ("3-5天",)),
        ("3至5个工作日", ("3-5个工作日",)),
        ("逾期30天，5天后还清", ("30天", "5天")),
        ("3天至5个月", ("3天", "5个月")),
        # Chinese numerals with a decimal point; 点 of the clock is none.
        ("手续费率为百分之八点八", ("8.8%",)),
        ("罚息是万分之五一天", ("0.05%",)),               # 一天 after the rate: per day, not 五一
        ("日利率万分之二十一", ("0.21%",)),
        ("全国信用卡约7.3亿张，我有3张", ("730000000张", "3张")),
        ("罚息为正常利息的一点五倍", ("1.5倍",)),
        ("年化百分之十八点二五", ("18.25%",)),
        ("欠了两点五万元", ("25000元",)),
        ("八点八", ()),
        # Halves; 一半 is a share of something, not 一 and 半期.
        ("逾期一年半", ("1.5年",)),
        ("三天半就到账了", ("3.5天",)),
        ("两个半月后", ("2.5个月",)),
        ("半年", ("0.5年",)),
        ("超过一半期限", ()),
        # A day of the month is a date, no duration.
        ("每月10日为还款日", ()),
        ("次月5号自动扣款", ()),
        ("逾期10日后上报", ("10天",)),
        # A number in 万 or 千 with no unit is yuan; 多 and 块 after it too.
        ("借呗额度5万，借了3千", ("50000元", "3000元")),
        ("欠了两万多块，额度20w", ("20000元", "200000元")),
        ("八千多元的欠款", ("8000元",)),
        ("一万五分12期", ("15000元", "12期")),
        ("额度从2万到5万", ("20000-50000元",)),
        # ... unless it counts something else, or is no number at all.
        ("已有3万多人申请，阅读 1.2万", ("30000人",)),     # people are counted, views are no figure
        ("招联服务用户超过4000万人，合作银行至少6家", ("40000000人", "6家")),
        ("一家人都知道，千人千面", ()),
        ("20万积分可抵扣年费", ()),
        ("千万不要逾期，万一逾期就上征信", ()),
        # 多 between the number and its unit; 几 makes no figure; 半天 is a while.
        ("欠了50多块，拖了20多天", ("50元", "20天")),
        ("欠了几千元，几万块也有可能", ()),
        ("客服说了半天也没说清楚", ()),
        ("半年后恢复", ("0.5年",)),
        # Counts of people and times, ages and parts of the year are no amounts or durations.
        ("群里有3千多网友都遇到了，说了一万遍", ()),
        ("未满18周岁的用户，今年上半年", ()),
        # Tenths (成) are a rate.
        ("拍卖价往往只有市场价的七成", ("7成",)),
        # Billing and repayment days are days of the month.
        ("账单日为6日，还款日为每月10日", ()),
        ("还款日是每月9日或10日，年费12月底前交", ()),     # a second day of the month; a part of a month
        ("3月初开始，分12个月还", ("12个月",)),
        ("去年12月逾期了3个月，明年1月才调额", ("3个月",)),   # months of a year named by its place in time
        # A plain number of three digits or more after a word of money is yuan.
        ("我的额度是8000，不是最高3000", ("8000元",)),   # 3000 stands after no word of money
        ("额度从5万降到了8000，欠了12000多", ("50000元", "8000元", "12000元")),
        ("借款30天，月供3500", ("30天", "3500元")),
        ("额度从8000降到了5千，月供3500元", ("8000元", "5000元", "3500元")),
        ("额度在2025年调整过，利息150期", ("150期",)),     # a year, and a number with its unit
        # Times of day on the 24-hour clock: with a part of the day, a colon, or 前/后 after the hour.
        ("还款日当天晚上10点前还款", ("22:00",)),
        ("22:00以后还款可能算逾期", ("22:00",)),
        ("当天24点前，下午5点半，凌晨2点", ("24:00", "17:30", "2:00")),
        ("晚上十二点之前，八点前还款", ("24:00", "8:00")),
        ("第3点，八点八，比分3:1", ()),                    # a list point, a decimal, a score
    ],
)
def test_quantities_of_the_genre(text, expected):
    assert quantities(text) == expected


def test_approximate_figures():
    assert approximate_quantities("实际年化14%多，约为14.6%，逾期3年") == frozenset({"14%", "14.6%"})
    assert approximate_quantities("将近20万元，3年左右") == frozenset({"200000元", "3年"})
    assert approximate_quantities("借了3万多，额度5万") == frozenset({"30000元"})
    assert approximate_quantities("欠了50多块，逾期3天") == frozenset({"50元"})


def test_a_word_that_denies_only_a_figure_right_after_it():
    lex = compare.load_lexicon()
    assert denied_quantities("最多只能分6期，没有12期", lex.denials, lex.narrators, lex.adjacent_denials) == (
        ("12期", 8, 13),
    )
    # 没有超过3天 tells a case; it denies no figure.
    assert denied_quantities("逾期没有超过3天", lex.denials, lex.narrators, lex.adjacent_denials) == ()


def test_the_commenters_own_case_denies_no_figure(denials):
    narrators = compare.load_lexicon().narrators   # data/reference/narrators.txt
    assert denied_quantities("我不是逾期30天，是逾期了3天就被催收了", denials, narrators) == ()
    # Without the list the same words deny 30天.
    assert denied_quantities("我不是逾期30天，是逾期了3天就被催收了", denials) == (("30天", 0, 8),)


def test_a_count_word_before_a_comparison_makes_the_number_no_yuan():
    assert quantities("京东金条用户超过5000万，借款人数达到1200万") == ()
    assert quantities("欠款超过5万，额度约5万") == ("50000元",)
