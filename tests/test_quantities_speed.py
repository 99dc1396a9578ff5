"""Quantities: a text without any numeral is answered without the patterns."""
from analysis import quantities as Q


def test_a_text_without_numerals_has_no_quantities():
    assert Q.quantities("逾期会影响征信") == ()
    assert not Q._ANY_NUMERAL.search("逾期会影响征信")


def test_every_kind_of_numeral_is_still_read():
    assert Q.quantities("逾期半年") == ("0.5年",)
    assert Q.quantities("保留五年") == ("5年",)
    assert Q.quantities("利率３%") == ("3%",)      # a full-width digit is a digit
    assert Q.quantities("百分之三") == ("3%",)
    assert Q.quantities("逾期2天") == ("2天",)
