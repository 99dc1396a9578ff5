"""The text layer: views, sentence and clause spans, the shared tokenizer."""
import pytest

from analysis.text import (
    Tokenizer,
    analysis_view,
    get_tokenizer,
    normalise,
    simplify,
    split_clauses,
    split_sentences,
)


def texts(text, spans):
    return [text[a:b] for a, b in spans]


# ---------------------------------------------------------------- views


def test_normalise_folds_full_width_digits_letters_and_punctuation():
    assert normalise("花呗逾期３天，ＡＰＰ提示！") == "花呗逾期3天,APP提示!"


def test_simplify_converts_traditional_script():
    assert simplify("借唄逾期會影響徵信嗎") == "借呗逾期会影响征信吗"
    assert simplify("微粒贷逾期") == "微粒贷逾期"


def test_analysis_view_keeps_one_character_for_each_original_character():
    original = "信用卡逾期一個月……銀行會收取違約金（５％）"
    view = analysis_view(original)
    assert len(view) == len(original)
    assert view == "信用卡逾期一个月……银行会收取违约金(5%)"


# ---------------------------------------------------------------- sentences


def test_sentences_end_at_chinese_stops_and_line_ends():
    text = "借呗逾期会上征信吗？会的。逾期一天；罚息照算！\n花呗也一样"
    assert texts(text, split_sentences(text)) == [
        "借呗逾期会上征信吗？", "会的。", "逾期一天；", "罚息照算！", "花呗也一样",
    ]


def test_sentences_keep_book_titles_and_quotations_whole():
    text = "客服说“已经还清了。额度明天恢复”，请耐心等待。依据《征信业管理条例。》第十六条处理。"
    assert texts(text, split_sentences(text)) == [
        "客服说“已经还清了。额度明天恢复”，请耐心等待。",
        "依据《征信业管理条例。》第十六条处理。",
    ]


def test_a_quotation_ending_with_its_own_stop_ends_the_sentence():
    text = "客服说：“已经还清了。额度明天恢复。”请耐心等待。"
    assert texts(text, split_sentences(text)) == ["客服说：“已经还清了。额度明天恢复。”", "请耐心等待。"]


def test_closing_quote_stays_with_its_sentence_and_ellipsis_runs_end_once():
    text = "他问：“还能借吗？”没人回答……真着急。"
    assert texts(text, split_sentences(text)) == ["他问：“还能借吗？”", "没人回答……", "真着急。"]


def test_sentences_split_at_a_space_between_chinese_words_not_inside_numbers():
    text = "花呗逾期了怎么办 其他问题 年化利率3.5%,日息0.05%.然后呢"
    assert texts(text, split_sentences(text)) == [
        "花呗逾期了怎么办", "其他问题", "年化利率3.5%,日息0.05%.然后呢",
    ]


def test_a_full_stop_written_as_a_dot_between_chinese_words_ends_a_sentence():
    text = "逾期一天并不会导致以后都不能使用.然而会产生罚息"
    assert texts(text, split_sentences(text)) == ["逾期一天并不会导致以后都不能使用.", "然而会产生罚息"]


def test_sentence_spans_point_into_the_text():
    text = "  网商贷逾期以后，额度冻结。  \n\n 还清后重新评估。 "
    spans = split_sentences(text)
    assert spans == [(2, 15), (20, 28)]


# ---------------------------------------------------------------- clauses


def test_clauses_cut_before_contrastive_connectives():
    text = "这类记录虽然不会永久存在，但可能影响贷款申请。"
    assert texts(text, split_clauses(text)) == ["这类记录虽然不会永久存在", "但可能影响贷款申请。"]


def test_clauses_cut_before_a_connective_without_comma():
    text = "逾期会对客户产生一定的作用但并不意味着账户被冻结。"
    assert texts(text, split_clauses(text)) == ["逾期会对客户产生一定的作用", "但并不意味着账户被冻结。"]


def test_tongshi_is_an_adverb_unless_a_comma_stands_before_it():
    # 同时 after a negation or a verb means "at the same time": no new assertion.
    kept = "千万不要同时在多个平台借款。"
    assert texts(kept, split_clauses(kept)) == [kept]
    cut = "逾期会产生罚息，同时还会上征信。"
    assert texts(cut, split_clauses(cut)) == ["逾期会产生罚息", "同时还会上征信。"]


def test_er_cuts_only_after_a_comma():
    kept = "能否再次借款要视具体情况而定。"
    assert texts(kept, split_clauses(kept)) == [kept]
    cut = "平台会综合评估，而逾期表现属于不良记录。"
    assert texts(cut, split_clauses(cut)) == ["平台会综合评估", "而逾期表现属于不良记录。"]


def test_clauses_of_a_span_are_offsets_into_the_whole_text():
    text = "标题。花呗逾期会产生费用，因而建议尽快还款。"
    spans = split_clauses(text, (3, len(text)))
    assert spans == [(3, 12), (13, 22)]
    assert texts(text, spans) == ["花呗逾期会产生费用", "因而建议尽快还款。"]


# ---------------------------------------------------------------- tokenizer


def test_lexicon_words_are_cut_whole_and_tagged():
    tokenizer = get_tokenizer()
    words = tokenizer.cut("微粒贷逾期后微信零钱不受影响")
    assert words[:2] == ["微粒贷", "逾期"]
    assert "微信零钱" in words
    tags = dict(tokenizer.tag("借呗和花呗都属于蚂蚁集团"))
    assert tags["借呗"] == "nz" and tags["花呗"] == "nz" and tags["蚂蚁集团"] == "nt"


def test_laws_and_fees_are_single_words():
    words = get_tokenizer().cut("依据征信业管理条例和民法典收取罚息和滞纳金")
    for word in ("征信业管理条例", "民法典", "罚息", "滞纳金"):
        assert word in words


def test_traditional_text_is_cut_on_its_simplified_view():
    words = get_tokenizer().cut("借唄逾期會影響徵信")
    assert words == ["借呗", "逾期", "会", "影响", "征信"]


def test_words_add_up_to_the_input_length():
    text = "信用卡逾期 3 天，年化１８％。\n花呗呢？"
    assert sum(len(w) for w in get_tokenizer().cut(text)) == len(text)
    assert sum(len(w) for w, _ in get_tokenizer().tag(text)) == len(text)


def test_words_that_start_with_a_negation_character_are_kept_whole():
    words = get_tokenizer().cut("不良记录由系统不定期评估")
    assert "不良记录" in words and "不定期" in words


def test_the_shared_tokenizer_is_one_instance():
    assert get_tokenizer() is get_tokenizer()


def test_building_a_tokenizer_prints_nothing(capfd):
    tokenizer = Tokenizer()
    assert tokenizer.cut("花呗") == ["花呗"]
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""


@pytest.mark.parametrize("text", ["", "   ", "。。。"])
def test_no_sentences_in_empty_or_punctuation_only_text(text):
    assert split_sentences(text) == []


def test_the_engine_cuts_and_the_tokenizer_tags_exactly_as_jieba_on_every_fixture_line():
    from analysis import paths, reference
    from analysis.segmenter import build_segmenter

    tokenizer = get_tokenizer()
    jieba_only = build_segmenter(reference.load_pairs("lexicon.txt"), "jieba")
    lines = [
        line
        for page in sorted((paths.ROOT / "tests" / "fixtures" / "pages").iterdir())
        for line in page.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    ]
    lines.append("2024-05-20 借呗v2.0利率3.5%，a_b 网商贷1.2.3")
    assert len(lines) > 100
    for line in lines:
        view = analysis_view(line)
        assert tokenizer._segmenter.cut(view) == jieba_only.cut(view), line
        assert tokenizer.cut(line, hmm=False) == jieba_only.cut(view, False), line
        assert tokenizer.tag(line, hmm=False) == jieba_only.tag(view, False), line
    # The Rust engine is installed with the project (requirements.txt).
    assert tokenizer.engine == "rjieba"


@pytest.mark.parametrize(
    "text, words",
    [
        # The HMM stage would guess 卡不收 and 不认 as words: a negation is a word of its own.
        ("这张卡不收年费的", ["这张", "卡", "不", "收", "年费", "的"]),
        ("口头答应的后来不认", ["口头", "答应", "的", "后来", "不", "认"]),
        # 交会 is cut apart by the lexicon (frequency 0); the HMM stage would join it again.
        ("年费不交会逾期", ["年费", "不", "交", "会", "逾期"]),
        # dictionary words that hold a negation stay whole
        ("逾期后就借不了了，还不起也别躲", ["逾期", "后", "就", "借", "不了", "了", ",", "还不起", "也", "别", "躲"]),
    ],
)
def test_a_negation_guessed_into_a_new_word_is_cut_apart(text, words):
    assert get_tokenizer().cut(text) == words
