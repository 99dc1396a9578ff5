"""Tables as rows: the CSV the command line streams equals what pandas would write."""
from __future__ import annotations

import io
from dataclasses import dataclass

from analysis.tables import Table, cell, dict_table, table


@dataclass(frozen=True)
class Record:
    doc_id: str
    claim_id: str
    score: float | None
    count: int
    tags: tuple[str, ...]
    note: str | None


RECORDS = [
    Record("p1", "a001", 0.123456, 3, ("逾期", "征信"), None),
    Record("p1", "a002", None, 0, (), "含,逗号"),
    Record("p1", "a003", 1.0, 12, ("花呗",), 'say "yes"'),
]
COLUMNS = ["doc_id", "claim_id", "score", "count", "tags", "note"]


def written(rows: Table) -> str:
    handle = io.StringIO()
    rows.write(handle)
    return handle.getvalue()


def test_cells_join_tuples_round_floats_and_empty_none():
    assert cell(("逾期", 3, None)) == "逾期;3;"
    assert cell(0.123456) == 0.1235
    assert cell(None) == ""
    assert cell(True) is True
    assert cell("借呗") == "借呗"


def test_rows_are_written_with_minimal_quoting_and_unix_line_ends():
    assert written(table(RECORDS, COLUMNS)) == (
        "doc_id,claim_id,score,count,tags,note\n"
        "p1,a001,0.1235,3,逾期;征信,\n"
        'p1,a002,,0,,"含,逗号"\n'
        'p1,a003,1.0,12,花呗,"say ""yes"""\n'
    )


def test_rows_write_the_same_bytes_as_the_dataframe():
    rows = table(RECORDS, COLUMNS)
    assert written(rows) == rows.frame().to_csv(index=False, lineterminator="\n")


def test_a_column_mixing_whole_numbers_and_floats_is_written_as_pandas_writes_it():
    rows = dict_table([{"share": 1, "n": 2}, {"share": 0.25, "n": 3}], ["share", "n"])
    assert written(rows) == "share,n\n1.0,2\n0.25,3\n"
    assert written(rows) == rows.frame().to_csv(index=False, lineterminator="\n")


def test_constant_columns_fill_every_row_in_place():
    rows = table(RECORDS[:2], ["doc_id", "claim_id", "count"], doc_id="other")
    assert rows.rows == [("other", "a001", 3), ("other", "a002", 0)]
    one = table(RECORDS[:1], ["doc_id", "claim_id"], doc_id="x")
    assert one.rows == [("x", "a001")]


def test_an_empty_table_is_its_header_only():
    rows = table([], COLUMNS)
    assert len(rows) == 0
    assert written(rows) == "doc_id,claim_id,score,count,tags,note\n"
    assert list(rows.frame().columns) == COLUMNS
    assert written(rows) == rows.frame().to_csv(index=False, lineterminator="\n")
