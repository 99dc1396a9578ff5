"""Comparison: the plain-Python scoring of small pages gives scipy's floats bit for bit."""
from __future__ import annotations

import dataclasses
import math
from types import SimpleNamespace

import numpy as np
import pytest

from analysis import compare
from analysis.claims import Claim
from analysis.text import analysis_view, get_tokenizer


@pytest.fixture(scope="module")
def tok():
    return get_tokenizer()


def article_claim(text, polarity="affirm", n=[0]):
    n[0] += 1
    norm = analysis_view(text)
    return Claim(doc_id="t", claim_id=f"a{n[0]:03d}", origin="article", section_id="一", comment_id=None,
                 sentence_id=f"s{n[0]:03d}", text=text, char_start=0, char_end=len(text), kind="fact",
                 polarity=polarity, modality="certain", norm=norm, tokens=tuple(get_tokenizer().cut(norm)))


def index_of(*documents):
    return compare.Index([SimpleNamespace(features=tuple(d)) for d in documents])


def queries(*documents):
    return [SimpleNamespace(features=tuple(d)) for d in documents]


def test_unit_length_divides_by_the_l2_norm():
    assert compare._unit_length([3.0, 4.0]) == [0.6, 0.8]
    assert compare._unit_length([2.0]) == [1.0]
    assert compare._unit_length([0.0, 0.0]) == [0.0, 0.0]
    assert compare._unit_length([]) == []


def test_tf_weights_are_one_plus_the_log_of_the_count():
    tf = compare._tf_weights(300)
    assert len(tf) > 300
    assert tf[1] == 1.0
    assert tf[2] == pytest.approx(1 + math.log(2))
    assert tf[300] == pytest.approx(1 + math.log(300))
    assert tf[3] == float(np.log(np.float64([3.0]))[0] + 1.0)


def test_index_rows_keep_the_order_features_were_first_met():
    index = index_of("ba", "ac")
    assert index.vocabulary == {"a": 0, "b": 1, "c": 2}
    # Row 0 met b before a: its entries stay b, a (columns 1, 0), as fit_transform leaves them.
    assert [column for column, _ in index._rows[0]] == [1, 0]
    assert [column for column, _ in index._rows[1]] == [0, 2]
    assert index.df == {"a": 2, "b": 1, "c": 1}
    assert index.idf["a"] == 1.0                        # log(3 / 3) + 1
    assert index.idf["b"] == pytest.approx(math.log(3 / 2) + 1)
    assert index._postings[0] == [(0, index._rows[0][1][1]), (1, index._rows[1][0][1])]


def test_vector_counts_known_features_only():
    index = index_of("ab", "bc")
    columns, values = index.vector("bbx")
    assert columns == [1] and values == [1.0]
    assert index.vector("xyz") == ([], [])
    columns, values = index.vector("cab")
    assert columns == [0, 1, 2]
    assert sum(v * v for v in values) == pytest.approx(1.0)


def test_top_scores_and_ties_by_row():
    index = index_of("ab", "bc", "d")
    idf_a = math.log(4 / 2) + 1
    (only_b, only_a, nothing) = index.top(queries("b", "a", "z"), k=3, min_score=0.0)
    # b weighs 1 + log(4/3) in both rows, each row has one other word of the same idf: equal scores.
    assert [row for row, _ in only_b] == [0, 1]
    assert only_b[0][1] == only_b[1][1]
    assert only_a == [(0, pytest.approx(idf_a / math.sqrt(idf_a**2 + (math.log(4 / 3) + 1) ** 2)))]
    assert nothing == []
    assert index.top(queries("b"), k=1, min_score=0.0) == [only_b[:1]]
    assert index.top(queries("b"), k=3, min_score=0.9) == [[]]


def test_python_and_scipy_scoring_give_the_same_floats(monkeypatch):
    documents = ["借呗逾期", "逾期罚息", "借呗额度冻结", "征信记录保留五年", "逾期"]
    index = index_of(*documents)
    asked = queries("借呗逾期会罚息", "征信记录", "逾期逾期", "天气", "额度")
    in_python = index.top(asked, k=5, min_score=0.0)
    rows = [4, 0, 2]
    python_scores = [index.scores(q.features, rows) for q in asked]
    monkeypatch.setattr(compare, "PYTHON_CELLS", -1)
    assert index.top(asked, k=5, min_score=0.0) == in_python
    assert [index.scores(q.features, rows) for q in asked] == python_scores
    # The same as the sparse product of the article rows with the query's vector.
    for q, scores in zip(asked, python_scores):
        expected = (index.matrix[rows] @ index.vectors([q]).T).toarray().ravel().tolist()
        assert scores == expected


def test_matrix_and_vectors_agree_with_the_python_rows():
    index = index_of("ba", "ac", "cab")
    matrix = index.matrix
    for row, entries in enumerate(index._rows):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        assert matrix.indices[start:end].tolist() == [c for c, _ in entries]
        assert matrix.data[start:end].tolist() == [v for _, v in entries]
    vectors = index.vectors(queries("cca"))
    assert (vectors.indices.tolist(), vectors.data.tolist()) == tuple(index.vector("cca"))


def test_an_index_without_features_is_empty():
    index = index_of("", "")
    assert index.empty and index.matrix is None
    assert index.top(queries("a"), k=3) == [[]]


# ---------------------------------------------------------------- reading units through the lexicon's table


def test_read_units_from_the_table_equal_the_rules():
    lex = compare.load_lexicon()
    bare = dataclasses.replace(lex, readings={})   # no table: every word read by the rules
    units = ["能", "不能", "借款", "，", "不", "会", "导致", "3天", "无法", "使用", " ", "几个", "微粒贷", "吗", "？"]
    from_table = compare._read_units(units, lex)
    assert from_table == compare._read_units(units, bare)
    assert from_table[1] != compare._NEGATION            # 能不能: A-not-A, no negation
    assert from_table[4] is compare._NEGATION
    assert from_table[3] is compare._BREAK and from_table[10] is None
    assert from_table[6] is compare._BARRIER
    assert from_table[7] == ("quantity", "天")
    assert from_table[12] == ("key", "微粒贷", "微粒贷", "微粒贷", 0)


def test_unit_reading_marks_negation_words():
    lex = compare.load_lexicon()
    reading = compare._unit_reading("不能", lex)
    assert isinstance(reading, compare._Negator)
    assert reading.otherwise == compare._word_reading("不能", lex)
    assert compare._unit_reading("3天", lex) == ("quantity", "天")
    assert compare._unit_reading("还款", lex) == compare._word_reading("还款", lex)
    # Every table entry is what the rules give.
    for word, reading in list(lex.readings.items())[:500]:
        expected = compare._unit_reading(word, lex)
        if isinstance(reading, compare._Negator):
            assert reading.otherwise == expected.otherwise
        else:
            assert reading == expected


def test_read_text_splits_a_condition_from_the_main_clause():
    lex = compare.load_lexicon()
    tokens = ("如果", "没有", "还清", "，", "就", "不能", "借款")
    read, whole, main, condition = compare._read_text(tokens, lex, 0, 6)   # 如果没有还清
    assert len(read) == 7
    assert condition is not None and main is not whole
    assert main.settled() == {compare._read_units(["借款"], lex)[0][1]: 1}
    assert "还清" in condition.keys and "还清" not in main.keys
    read, whole, main, condition = compare._read_text(tokens, lex)
    assert condition is None and main is whole


def test_lexicon_stamps_follow_the_reference_folder(tmp_path, monkeypatch):
    import shutil

    from analysis import paths

    first = compare.load_lexicon()
    assert compare._lexicon_stamps()[0] == str(paths.REFERENCE_DIR)
    folder = tmp_path / "reference"
    shutil.copytree(paths.REFERENCE_DIR, folder)
    monkeypatch.setattr(paths, "REFERENCE_DIR", folder)
    assert compare._lexicon_stamps()[0] == str(folder)
    # The same contents in another folder: the lexicon resolved from them is the same.
    assert compare.load_lexicon() is first
    (folder / compare.UNITS_FILE).unlink()
    assert compare._lexicon_stamps() is None
    with pytest.raises(FileNotFoundError):
        compare.load_lexicon()


def test_article_keeps_its_weighted_profiles(tok):
    claims = [article_claim("借呗逾期会产生罚息"), article_claim("逾期记录会保留五年")]
    prepared = compare.prepare(claims, tok)
    assert len(prepared.weighted) == 2
    assert prepared.weighted_profiles() is prepared.weighted
    bare = dataclasses.replace(prepared, weighted=())
    assert list(bare.weighted_profiles()) == list(prepared.weighted)


def test_relate_with_a_given_overlap_says_the_same(tok):
    lex = compare.load_lexicon()
    x, y = article_claim("借呗逾期会产生罚息"), article_claim("借呗逾期不会产生罚息", polarity="negate")
    px, py = compare.profile(x, lex, tok), compare.profile(y, lex, tok)
    index = compare.Index([px, py])
    sides = (compare.weighted(px, index.weight), compare.weighted(py, index.weight))
    overlap = compare._overlap(px, py, *sides)
    assert compare.relate(x, y, px, py, index, lex, sides=sides, overlap=overlap) == \
        compare.relate(x, y, px, py, index, lex)


def test_the_article_against_itself_uses_the_fitted_rows(monkeypatch):
    documents = ["借呗逾期", "逾期罚息", "借呗额度冻结", "逾期逾期罚息"]
    own = [SimpleNamespace(features=tuple(d)) for d in documents]
    index = compare.Index(own)
    # The fit's products, put in column order and made unit length, are the counted vector.
    for row, features in enumerate(index._documents):
        assert index._row_vector(row) == index.vector(features)
    fitted = index.top(own, k=4, min_score=0.0)
    assert fitted == index.top(queries(*documents), k=4, min_score=0.0)   # the same features, counted again
    monkeypatch.setattr(compare, "PYTHON_CELLS", -1)
    assert index.top(own, k=4, min_score=0.0) == fitted
    assert [row for row, _ in fitted[3][:1]] == [3]    # each row is its own best match


def test_own_vectors_equal_the_counted_vectors():
    documents = ["借呗逾期", "逾期罚息", "借呗额度冻结", "逾期逾期罚息", ""]
    own = [SimpleNamespace(features=tuple(d)) for d in documents]
    index = compare.Index(own)
    counted = index._vectors(index._documents[1:])
    fitted = index._own_vectors(1, len(documents))
    # Distinct characters of rows 1 to 4: 逾期罚息 4, 借呗额度冻结 6, 逾期逾期罚息 4, none.
    assert fitted.indptr.tolist() == counted.indptr.tolist() == [0, 4, 10, 14, 14]
    assert fitted.indices.tolist() == counted.indices.tolist()
    assert fitted.data.tolist() == counted.data.tolist()


def test_csr_keeps_each_rows_entries_in_the_order_given():
    matrix = compare._csr([[(2, 0.5), (0, 1.5)], [], [(1, 2.0)]], 3)
    assert matrix.shape == (3, 3)
    assert matrix.indptr.tolist() == [0, 2, 2, 3]
    assert matrix.indices.tolist() == [2, 0, 1]
    assert matrix.data.tolist() == [0.5, 1.5, 2.0]
    assert matrix.toarray().tolist() == [[1.5, 0.0, 0.5], [0.0, 0.0, 0.0], [0.0, 2.0, 0.0]]


def test_lexicon_paths_are_the_files_in_the_folder():
    found = compare._lexicon_paths("/ref")
    assert found == tuple(f"/ref/{name}" for name in compare._LEXICON_FILES)
    assert {"/ref/compare_function_words.txt", "/ref/negation.txt", "/ref/units.txt"} <= set(found)
    assert compare._lexicon_paths("/ref") is found
