"""Readers for the curated files in ``data/reference/``.

Every list file holds one entry a line; ``#`` starts a comment, blank lines
are skipped. Entries may carry extra fields separated by whitespace (a word
and its part-of-speech tag, a word and its synonym); the readers return them
as written and leave their meaning to the module that uses them.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from . import paths


def _resolve(name: str | Path) -> Path:
    path = Path(name)
    return path if path.is_absolute() else paths.REFERENCE_DIR / path


@lru_cache(maxsize=None)
def _read_lines(path: Path, mtime_ns: int) -> tuple[str, ...]:
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


def load_list(name: str | Path) -> tuple[str, ...]:
    """Entries of a one-entry-a-line file, in file order, comments dropped."""
    path = _resolve(name)
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: reference file is missing") from None
    return _read_lines(path, stamp)


def load_pairs(name: str | Path) -> tuple[tuple[str, ...], ...]:
    """Entries split on whitespace: ``微粒贷 nz`` → ``("微粒贷", "nz")``."""
    return tuple(tuple(entry.split()) for entry in load_list(name))


def load_toml(name: str | Path) -> dict:
    """A TOML reference file as a dict (not cached: callers may edit files)."""
    with _resolve(name).open("rb") as handle:
        return tomllib.load(handle)
