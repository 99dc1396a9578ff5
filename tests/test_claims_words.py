"""The helpers that let the claim extractor read each text once: the tagged
words of a text and what is kept on them, the cue sets built once per
reading of the cue files, and the sentences shared by claims and questions."""
import json
from dataclasses import replace
from pathlib import Path

import pytest

from analysis import claims as C
from analysis.page import core, parse_page
from analysis.text import analysis_view, get_tokenizer, nfkc_char


@pytest.fixture(scope="module")
def tokenizer():
    return get_tokenizer()


# ---------------------------------------------------------------- word shapes


def test_punctuation_marks_survive_the_conversion_to_simplified_script():
    """``_Words.shapes`` reads the marks on a word cut from the analysis view
    without converting it again: NFKC keeps the marks, and no entry of the
    traditional-to-simplified tables holds one, as key or as value."""
    import opencc

    marks = C._PUNCT | C._MARKS
    for mark in marks:
        assert nfkc_char(mark) == mark
        assert analysis_view(mark) == mark
    package = Path(opencc.__file__).parent
    config = json.loads((package / "config" / "t2s.json").read_text(encoding="utf-8"))
    files = [d["file"] for chain in config["conversion_chain"] for d in chain["dict"]["dicts"]]
    assert files
    for name in files:
        for line in (package / "dictionary" / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            assert not marks & set(key), line
            assert not marks & set(values), line
            assert not marks & {nfkc_char(c) for c in values}, line


def test_word_shapes_mark_blank_words_and_punctuation(tokenizer):
    words = C._words("逾期后，“征信”会受影响。", tokenizer)
    assert [w for w, _, _ in words.words] == ["逾期", "后", ",", "“", "征信", "”", "会", "受", "影响", "。"]
    plain, comma, quote, stop = (False, False, False), (False, True, True), (False, True, False), (False, True, True)
    assert words.shapes() == [plain, plain, comma, quote, plain, quote, plain, plain, plain, stop]
    assert C._words("逾期 后", tokenizer).shapes()[1] == (True, False, False)


@pytest.mark.parametrize("text", [
    "逾期后，“征信”会受影响。", "《民法典》第680条规定：借款的利率不得违反国家有关规定!",
    "會不會影響徵信？（答：會）", "还款…… 记录‘保留’五年;",
])
def test_word_shapes_are_those_of_each_word_converted_again(text, tokenizer):
    words = C._words(text, tokenizer)
    expected = []
    for word, _, _ in words.words:
        if not word.strip():
            expected.append((True, False, False))
            continue
        view = analysis_view(word)
        expected.append((False, all(c in C._PUNCT or c in C._MARKS for c in view), view[0] in C._PUNCT))
    assert words.shapes() == expected


# ---------------------------------------------------------------- kept answers


def test_a_reader_answers_once_per_text_and_reading_of_the_cue_files(tokenizer):
    asked = []

    @C._per_reading
    def reader(words, cues):
        asked.append(words.text)
        return len(words.text)

    words = C._words("借呗逾期会上征信", tokenizer)
    cues = C._cues()
    assert reader(words, cues) == 8
    assert reader(words, cues) == 8
    assert asked == ["借呗逾期会上征信"]
    # Another reading of the files (an edit) is answered afresh.
    assert reader(words, replace(cues)) == 8
    assert len(asked) == 2


def test_tagged_words_keep_their_tokens_and_core(tokenizer):
    words = C._words("花呗逾期，会怎样？", tokenizer)
    assert words.tokens() == tuple(tokenizer.cut(words.view))
    assert words.tokens() is words.tokens()
    assert words.core() == core("花呗逾期，会怎样？") == "花呗逾期会怎样"


# ---------------------------------------------------------------- conditions


def test_closing_finds_the_earliest_closer_on_a_word_start(tokenizer):
    words = C._words("如果逾期超过三天,就会上报征信", tokenizer)
    # 如果|逾期|超过|三天|,|就|会|上报|征信 : the comma is at 8, 就 at 9.
    assert C._closing(words, (("就", False),), 2) == 9
    assert C._closing(words, (("就", True),), 2) == 10      # 就 belongs to the clause
    assert C._closing(words, ((",", False), ("就", False)), 2) == 8
    assert C._closing(words, (("那么", False),), 2) is None
    # 期 is inside the word 逾期: not a closer there.
    assert C._closing(words, (("期", False),), 0) is None


def test_the_condition_of_a_clause_is_found_once(tokenizer):
    words = C._words("如果逾期超过三天,就会上报征信", tokenizer)
    cues = C._cues()
    assert C._subordinate(words, cues) == (0, 8, "condition")
    assert C._subordinate(words, cues) is C._subordinate(words, cues)


def test_cue_sets_are_built_from_the_lists(tokenizer):
    cues = C._cues()
    assert {"会", "可以", "不", "没有"} <= cues.not_verbs
    assert "相关" in cues.not_verbs and "相关" in cues.not_clause_verbs
    assert "但是" in cues.not_clause_verbs and "但是" not in cues.not_verbs
    assert {"是", "有", "会"} <= cues.not_manner_verbs
    assert cues.not_verbs <= cues.not_nouns and "但是" in cues.not_nouns
    # The unopened condition (^ in conditions.txt) is kept as an opener with no word.
    unopened = [opener for opener, _, _ in cues.subordinators if not opener.word]
    assert [o.closers for o in unopened] == [("+的情况下", "+情况下", "+的话", "+的,")]
    when = next(entry for entry in cues.subordinators if entry[0].word == "当")
    assert when[1] == (("时", True), ("的时候", True), ("之时", True))
    assert when[2] is True             # 当 needs its 时: 当期 is no condition
    if_ = next(entry for entry in cues.subordinators if entry[0].word == "如果")
    assert if_[1][0] == (",", False)
    assert if_[2] is False             # a condition with a plain closer may run on unclosed
    despite = next(entry for entry in cues.subordinators if entry[0].word == "哪怕")
    assert despite[2] is True          # a concession needs its closer


def test_cue_files_are_stated_as_plain_paths():
    paths = C._cue_paths(Path("/somewhere/reference"))
    assert len(paths) == len(C._CUE_FILES)
    assert paths[0] == "/somewhere/reference/negation.txt"


# ---------------------------------------------------------------- sentences and clauses


def test_clause_plan_is_in_offsets_of_the_sentence(tokenizer):
    sentence = C._words("逾期不会导致微信被冻结，微信仍然可以使用。", tokenizer)
    # Cut after the comma (11); each claim ends before its punctuation.
    assert C._clause_plan(sentence, C._cues()) == [(0, 12, 11, ""), (12, 21, 20, "")]


def test_a_left_out_clause_keeps_its_punctuation_in_the_plan(tokenizer):
    sentence = C._words("很多人担心逾期会影响征信。", tokenizer)
    assert C._clause_plan(sentence, C._cues()) == [(0, 13, 13, "reported")]


def test_sentences_are_split_once_per_page():
    text = "某网\n借呗逾期怎么办？\n2025-01-01\n一、处理\n先还款。再协商。\n"
    page = parse_page(text)
    block = page.sections[-1].blocks[0]
    memo = C._PageMemo(page)
    units = memo.sentences(block)
    assert [page.text[u.start : u.end] for u in units] == ["先还款。", "再协商。"]
    assert memo.sentences(block) is units
    assert memo.title_core == "借呗逾期怎么办"
    again = parse_page(text)
    other = C._PageMemo(again)
    assert other.sentences(again.sections[-1].blocks[0]) == units
    assert other.sentences(again.sections[-1].blocks[0]) is not units


def test_a_claim_takes_its_words_from_its_clause_when_only_marks_are_dropped(tokenizer):
    clause = C._Words("逾期会上报征信。", tokenizer)
    claim = C._claim_words(clause, 7)
    assert claim.text == "逾期会上报征信" and claim.view == "逾期会上报征信"
    assert claim.words == [w for w in clause.words if w[2] < 7]
    assert claim.bounds == {0, 2, 3, 5, 7}
    assert C._claim_words(clause, 7) is claim
    assert C._claim_words(clause, 8) is clause
    # A full stop written as "." may join the number before it: tagged afresh.
    money = C._Words("借款5000元.", tokenizer)
    assert C._claim_words(money, 7).words == C._Words("借款5000元", tokenizer).words


def _pages():
    from analysis import paths
    from analysis.page import read_page

    files = [paths.DEFAULT_PAGE, *sorted((Path(__file__).parent / "fixtures" / "pages").iterdir())]
    for path in files:
        try:
            yield read_page(path)
        except Exception:  # pages made to fail the reader
            continue


def test_claim_words_taken_from_clauses_are_the_words_tagged_afresh(tokenizer):
    """Every claim of the bundled page and the fixture pages: the words taken
    from its clause are those the tokenizer gives the claim's text itself."""
    cues = C._cues()
    taken = 0
    for page in _pages():
        blocks = [b for s in page.sections for b in s.blocks] + [b for c in page.comments for b in c.blocks]
        for block in blocks:
            for unit in C._sentences(page, block):
                sentence = C._Words(page.text[unit.start : unit.end], tokenizer)
                for start, end, claim_end, reason in C._clause_plan(sentence, cues):
                    if reason or claim_end == end:
                        continue
                    clause = C._Words(sentence.text[start:end], tokenizer)
                    claim = C._claim_words(clause, claim_end - start)
                    fresh = C._Words(sentence.text[start:claim_end], tokenizer)
                    assert (claim.view, claim.words, claim.bounds) == (fresh.view, fresh.words, fresh.bounds)
                    taken += claim is not C._cached_words(fresh.text, tokenizer)
    assert taken > 100


def test_the_questions_of_a_page_are_read_with_the_lists_of_its_claims(tokenizer, monkeypatch):
    text = "花呗逾期会怎样？\n\n小编 2025-01-01\n\n一、说明\n\n花呗逾期通常会上报征信。\n"
    page = parse_page(text, doc_id="t")
    readings = []
    real = C._cached_cues

    def reading(stamp):
        readings.append(stamp)
        return real(stamp)

    monkeypatch.setattr(C, "_cached_cues", reading)
    claims, left, questions = C.extract_all(page, tokenizer)
    assert [q.question for q in questions] == ["花呗逾期会怎样？"]
    assert [c.text for c in claims] == ["花呗逾期通常会上报征信"]
    assert len(readings) == 1          # the claims' reading serves the questions
    C.extract_questions(page, tokenizer)
    assert len(readings) == 2          # asked again: the files are looked at again
    C.extract_claims_and_left_out(page, tokenizer)
    C.extract_questions(parse_page(text, doc_id="t"), tokenizer)
    assert len(readings) == 4          # separate calls: each looks at the files
    assert (claims, left, questions) == (*C.extract_claims_and_left_out(page, tokenizer),
                                         C.extract_questions(page, tokenizer))


def test_a_clause_without_a_negation_character_has_no_scopes(tokenizer):
    cues = C._cues()
    assert "不" in cues.negation_starts and "没" in cues.negation_starts
    assert C.negation_scopes(C._words("逾期会上报征信", tokenizer), cues) == []
    assert [cue for _, _, cue in C.negation_scopes(C._words("逾期不会上报征信", tokenizer), cues)] == ["不会"]
