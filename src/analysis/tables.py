"""Records to tables: every stage's records become a documented table.

A ``Table`` is a list of rows with named columns: what the command line
streams to CSV without building a DataFrame, and what ``Table.frame()`` turns
into one for the notebooks and charts. Tuples become ``;``-separated text,
``None`` becomes an empty cell, floats are rounded to 4 decimals, and the
column order is the one given, so that the CSV files are byte-identical for
the same input, whichever way they were written.
"""
from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable, Sequence
from operator import attrgetter
from pathlib import Path
from typing import TextIO

import pandas as pd


def cell(value):
    kind = type(value)
    if kind is str or kind is int or kind is bool:  # most cells: as they are
        return value
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ";".join(str(cell(v)) for v in value)
    if isinstance(value, float):
        return round(value, 4)
    return value


@dataclasses.dataclass(frozen=True)
class Table:
    """Rows of cells under named columns (cells already made by ``cell``)."""

    columns: tuple[str, ...]
    rows: list[tuple]

    def __len__(self) -> int:
        return len(self.rows)

    def frame(self) -> pd.DataFrame:
        """The table as a DataFrame, column by column: pandas infers each
        column's type once (a fraction of the time of row by row)."""
        columns = list(self.columns)
        if not self.rows:
            # No rows: every column stays object, as a frame built from rows would have it.
            return pd.DataFrame([], columns=columns)
        return pd.DataFrame({name: list(values) for name, values in zip(columns, zip(*self.rows))},
                            columns=columns)

    def write(self, handle: TextIO, header: bool = True) -> None:
        """Append the rows as CSV, exactly as ``frame().to_csv(index=False)``
        writes them: minimal quoting, ``\\n`` line ends."""
        writer = csv.writer(handle, lineterminator="\n")
        if header:
            writer.writerow(self.columns)
        writer.writerows(self.rows)


def _as_pandas_would(columns: tuple[str, ...], rows: list[tuple]) -> Table:
    """The table with every column that mixes whole numbers and floats made
    all floats, as pandas types such a column (so that the csv module writes
    ``1.0`` where ``to_csv`` would, not ``1``)."""
    for index in range(len(columns)):
        kinds = {type(row[index]) for row in rows}
        if float in kinds and int in kinds and kinds <= {int, float}:
            rows = [row[:index] + (float(row[index]),) + row[index + 1:] for row in rows]
    return Table(columns, rows)


def table(records: Iterable, columns: Sequence[str], **constants) -> Table:
    """A table with exactly ``columns``, read as attributes of each record;
    ``constants`` give the value of a column for every row (``doc_id=...``)."""
    columns = tuple(columns)
    read = [name for name in columns if name not in constants]
    if len(read) > 1:
        values = attrgetter(*read)
    else:  # attrgetter of one name returns the value, not a tuple
        values = (lambda record, get=attrgetter(*read): (get(record),)) if read else (lambda record: ())
    if not constants:
        rows = [tuple(map(cell, values(record))) for record in records]
    else:
        # the constant columns' cells, and where each read value goes
        slots = [constants.get(name) for name in columns]
        places = [k for k, name in enumerate(columns) if name not in constants]
        rows = []
        for record in records:
            row = list(slots)
            for place, value in zip(places, values(record)):
                row[place] = cell(value)
            rows.append(tuple(row))
    return _as_pandas_would(columns, rows)


def dict_table(rows: Iterable[dict], columns: Sequence[str]) -> Table:
    """A table from dicts of raw values, one per row."""
    return _as_pandas_would(tuple(columns), [tuple(cell(row[name]) for name in columns) for row in rows])


def to_frame(records: Iterable, columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns``, read as attributes of each record."""
    return table(records, columns).frame()


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 CSV with Unix line ends and no index: the same table, the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def field_names(record_type) -> list[str]:
    return [f.name for f in dataclasses.fields(record_type)]
