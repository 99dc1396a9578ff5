"""Comparison: the plain-Python scoring of small pages gives scipy's floats bit for bit."""
from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest

from analysis import compare


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
