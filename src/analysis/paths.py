"""Named paths of the project: the only place that knows the repository layout."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
REFERENCE_DIR = DATA_DIR / "reference"
PROCESSED_DATA_DIR = DATA_DIR / "processed"
REPORTS_DIR = ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
NOTEBOOKS_DIR = ROOT / "notebooks"

DEFAULT_PAGE = RAW_DATA_DIR / "weilidai_overdue.txt"


def relative(path: str | Path) -> str:
    """A path as a reader should see it: relative to the repository when inside
    it, so that notebook outputs are the same on every machine."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
