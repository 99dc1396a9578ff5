"""Readers for the curated files in ``data/reference/``.

Every list file holds one entry a line; ``#`` starts a comment, blank lines
are skipped. Entries may carry extra fields separated by whitespace (a word
and its part-of-speech tag, a word and its synonym); the readers return them
as written and leave their meaning to the module that uses them.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import paths


def _resolve(name: str | Path) -> Path:
    path = Path(name)
    return path if path.is_absolute() else paths.REFERENCE_DIR / path


# Lists are asked for many times a page, so each call must be cheap: the
# path is resolved once per reference folder and name and kept as a string,
# and a file is re-read only when its modification time changed (one os.stat
# a call keeps an edit made in a running notebook visible on the next call;
# a run over a corpus checks each file once, see ``held_readings``).
_folder_paths: tuple[Path, dict[str | Path, str]] | None = None  # (folder, name → path)
_lines: dict[str, tuple[int, tuple[str, ...]]] = {}  # path → (mtime_ns, entries)
_pairs: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}  # path → (entries, split entries)


def _path(name: str | Path) -> str:
    global _folder_paths
    held = _folder_paths
    if held is None or held[0] is not paths.REFERENCE_DIR:
        # First call, or the folder was changed (tests point it at a copy).
        held = _folder_paths = (paths.REFERENCE_DIR, {})
    found = held[1].get(name)
    if found is None:
        found = held[1][name] = str(_resolve(name))
    return found


# While a run over many pages holds the readings (``held_readings``), each
# file is checked once, when first used: every page of the run sees the same
# lists even if one is edited meanwhile, and no page pays for checking again.
_held_stamps: dict[str, int] | None = None


def modified(path: str) -> int:
    """Modification time (ns) of a reference file, the key of every reading
    kept of it; while readings are held, the time first seen in the run."""
    held = _held_stamps
    if held is None:
        return os.stat(path).st_mtime_ns
    stamp = held.get(path)
    if stamp is None:
        stamp = held[path] = os.stat(path).st_mtime_ns
    return stamp


def hold_readings() -> None:
    """From now on, read each reference file as it is at its first use."""
    global _held_stamps
    if _held_stamps is None:
        _held_stamps = {}


def release_readings() -> None:
    """Check the files' modification times on every use again."""
    global _held_stamps
    _held_stamps = None


@contextmanager
def held_readings() -> Iterator[None]:
    """``hold_readings`` for the duration of a ``with`` block (a run)."""
    already = _held_stamps is not None
    hold_readings()
    try:
        yield
    finally:
        if not already:
            release_readings()


def _read_lines(path: str) -> tuple[str, ...]:
    entries = []
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


def load_list(name: str | Path) -> tuple[str, ...]:
    """Entries of a one-entry-a-line file, in file order, comments dropped."""
    path = _path(name)
    try:
        stamp = modified(path)
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: reference file is missing") from None
    held = _lines.get(path)
    if held is None or held[0] != stamp:
        held = _lines[path] = (stamp, _read_lines(path))
    return held[1]


def load_pairs(name: str | Path) -> tuple[tuple[str, ...], ...]:
    """Entries split on whitespace: ``微粒贷 nz`` → ``("微粒贷", "nz")``."""
    entries = load_list(name)
    path = _path(name)
    held = _pairs.get(path)
    if held is None or held[0] is not entries:
        held = _pairs[path] = (entries, tuple(tuple(entry.split()) for entry in entries))
    return held[1]


def load_toml(name: str | Path) -> dict:
    """A TOML reference file as a dict (not cached: callers may edit files)."""
    with _resolve(name).open("rb") as handle:
        return tomllib.load(handle)
