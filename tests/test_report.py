"""The HTML report: every numbered notebook executed for one page, joined into one file."""
from __future__ import annotations

import re

import nbformat
import pytest

from analysis import paths, report

FIXTURE = "tests/fixtures/pages/jiebei_gb18030.txt"


def _title(notebook_path) -> str:
    """The first heading of a notebook's first markdown cell."""
    nb = nbformat.read(str(notebook_path), as_version=4)
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    return first.source.splitlines()[0].lstrip("#").strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    # A relative page path, read from the folder the command runs in.
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(paths.ROOT)
        code = report.main([FIXTURE, "--out", str(out)])
    return code, out


def test_report_is_named_after_the_page(built):
    code, out = built
    assert code == 0
    assert [p.name for p in out.iterdir()] == ["jiebei_gb18030.html"]


def test_report_holds_every_notebook_and_its_figures(built):
    _, out = built
    html = (out / "jiebei_gb18030.html").read_text(encoding="utf-8")
    notebooks = report.notebooks()
    assert any(p.name == "04_topics.ipynb" for p in notebooks)
    for notebook in notebooks:
        assert _title(notebook) in html, notebook.name
    # Charts are embedded, not linked: the file stands alone.
    images = re.findall(r'<img[^>]+src="([^"]{0,30})', html)
    assert len(images) >= 4
    assert all(src.startswith("data:image/png;base64,") for src in images)
    # The page's own words reach the report (the fixture is a 借呗 page, not the bundled one).
    assert "借呗" in html
    assert "微粒贷逾期还能用不" not in html
    # The parameter cells are plumbing, left out.
    assert "injected-parameters" not in html


def test_a_missing_page_is_one_line_on_stderr(tmp_path, capsys):
    assert report.main([str(tmp_path / "nope.txt"), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("analysis.report: ") and err.endswith("nope.txt: no such page file")
    assert list(tmp_path.iterdir()) == []
