"""The CJK font of our figures: Noto Sans CJK from the ``noto-cjk-sans-otc``
package, registered with matplotlib explicitly.

The font file is found through the installed package, never through a
system path, so that the figures look the same on every machine. Nothing
happens at import time: ``cjk_style()`` registers the font on first use and
sets it only inside its ``with`` block.
"""
from __future__ import annotations

import contextlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

FONT_PACKAGE = "noto_cjk_sans_otc"
FONT_FILE = "NotoSansCJK-Regular.ttc"
# The collection holds one face per region; the simplified-Chinese one
# draws the glyph shapes mainland readers expect.
FAMILY = "Noto Sans CJK SC"
# Latin fallback for the rare glyph the CJK face lacks.
FALLBACK = "DejaVu Sans"


def font_path() -> Path:
    """The bundled font collection, located through its package."""
    path = Path(str(resources.files(FONT_PACKAGE).joinpath(FONT_FILE)))
    if not path.is_file():
        raise FileNotFoundError(f"{FONT_PACKAGE} is installed without {FONT_FILE}; reinstall it (make install)")
    return path


@lru_cache(maxsize=1)
def register_font() -> str:
    """Add the bundled font to matplotlib's font manager; return its family."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(font_path()))
    names = {entry.name for entry in font_manager.fontManager.ttflist}
    if FAMILY not in names:
        raise RuntimeError(f"{font_path().name} did not provide the font family {FAMILY!r}")
    return FAMILY


def style() -> dict:
    """rcParams of our figures: the CJK family, a real minus sign that the
    font has, and fixed sizes so that figures match between machines."""
    return {
        "font.family": [register_font(), FALLBACK],
        "axes.unicode_minus": False,
        "figure.dpi": 100,
        "savefig.dpi": 110,
        "font.size": 10,
        "axes.titlesize": 12,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.hashsalt": "analysis",
    }


@contextlib.contextmanager
def cjk_style():
    """``with cjk_style(): ...`` draws with the bundled CJK font."""
    import matplotlib

    with matplotlib.rc_context(style()):
        yield
