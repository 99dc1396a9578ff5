"""Records to tables: every stage's dataclasses become a documented DataFrame.

Tuples become ``;``-separated text, ``None`` becomes an empty cell, and the
column order is the one given, so that the CSV files are byte-identical for
the same input.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd


def cell(value):
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return ";".join(str(cell(v)) for v in value)
    if isinstance(value, float):
        return round(value, 4)
    return value


def to_frame(records: Iterable, columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with exactly ``columns``, read as attributes of each record."""
    columns = list(columns)
    records = list(records)
    if not records:
        # No rows: every column stays object, as a frame built from rows would have it.
        return pd.DataFrame([], columns=columns)
    # Column by column: pandas infers each column's type once instead of
    # walking a dict per row (the same dtypes, a fraction of the time).
    return pd.DataFrame({name: [cell(getattr(record, name)) for record in records] for name in columns},
                        columns=columns)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 CSV with Unix line ends and no index: the same table, the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def field_names(record_type) -> list[str]:
    return [f.name for f in dataclasses.fields(record_type)]
