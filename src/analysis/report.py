"""The HTML report of one page: ``python -m analysis.report PAGE [--out reports/]``.

Executes the numbered notebooks (``notebooks/0*.ipynb``) in order with
papermill, each with the parameter ``page`` set to the page path as given
(relative paths are read from the folder the command runs in), keeps the
executed copies in a temporary folder, and joins them into one HTML file,
``reports/<page stem>.html``, with the tables and the figures embedded.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import paths

KERNEL = "python3"
# A notebook that takes longer than this is stuck, not slow.
CELL_TIMEOUT_S = 600


class ReportError(Exception):
    """A notebook could not be executed for this page."""


def notebooks(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks of the analysis, in their order."""
    return sorted((folder or paths.NOTEBOOKS_DIR).glob("0*.ipynb"))


def execute(notebook: Path, page: str, workdir: Path, cwd: Path) -> Path:
    """Run one notebook with ``page`` injected; return the executed copy."""
    import papermill

    target = workdir / notebook.name
    try:
        papermill.execute_notebook(
            str(notebook), str(target), parameters={"page": page}, kernel_name=KERNEL,
            cwd=str(cwd), progress_bar=False, log_output=False, execution_timeout=CELL_TIMEOUT_S,
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    except papermill.PapermillExecutionError as error:
        raise ReportError(f"{notebook.name}: cell {error.exec_count} failed: {error.ename}: {error.evalue}") from None
    return target


def merge(executed: Sequence[Path], title: str):
    """One notebook made of the executed ones, in order; the parameter cells
    (the default and the injected value) are left out, as they are plumbing."""
    import nbformat

    merged = nbformat.v4.new_notebook()
    merged.metadata["title"] = title
    for path in executed:
        notebook = nbformat.read(str(path), as_version=4)
        merged.metadata.setdefault("kernelspec", notebook.metadata.get("kernelspec", {}))
        merged.metadata.setdefault("language_info", notebook.metadata.get("language_info", {}))
        for cell in notebook.cells:
            tags = set(cell.get("metadata", {}).get("tags", []))
            if tags & {"parameters", "injected-parameters"}:
                continue
            merged.cells.append(cell)
    return merged


# Tables of Chinese text read better left-aligned, and a wide table scrolls
# instead of squeezing its text column to one character; the font list names
# the CJK faces that common systems ship, so no glyph falls back to a box.
_STYLE = """<style>
body { font-family: system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { text-align: left !important; vertical-align: top; }
.jp-RenderedHTMLCommon table { width: max-content; }
.jp-RenderedHTMLCommon td { max-width: 28em; }
.jp-OutputArea-output { overflow-x: auto; }
</style>
"""


def to_html(notebook, with_code: bool = False) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", exclude_input=not with_code,
                            exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": notebook.metadata["title"]}})
    return body.replace("</head>", _STYLE + "</head>", 1)


def build_report(page: str | Path | None = None, out: str | Path | None = None, with_code: bool = False,
                 folder: Path | None = None) -> Path:
    """Execute the notebooks for ``page`` (default: the bundled page) and
    write ``<out>/<page stem>.html``; return its path."""
    page_arg = str(page) if page is not None else paths.relative(paths.DEFAULT_PAGE)
    cwd = Path.cwd() if page is not None else paths.ROOT
    if not (cwd / page_arg).is_file():
        raise ReportError(f"{page_arg}: no such page file")
    found = notebooks(folder)
    if not found:
        raise ReportError(f"no notebooks 0*.ipynb in {paths.relative(folder or paths.NOTEBOOKS_DIR)}")
    stem = Path(page_arg).stem
    with tempfile.TemporaryDirectory(prefix="report-") as tmp:
        executed = [execute(nb, page_arg, Path(tmp), cwd) for nb in found]
        html = to_html(merge(executed, f"{stem}: analysis report"), with_code=with_code)
    target = Path(out) if out is not None else paths.REPORTS_DIR
    target.mkdir(parents=True, exist_ok=True)
    report = target / f"{stem}.html"
    report.write_text(html, encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.report", description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", help="page file (default: the bundled page)")
    parser.add_argument("--out", default=None, help="folder for the HTML file (default: reports/)")
    parser.add_argument("--code", action="store_true", help="show the notebooks' code cells too")
    args = parser.parse_args(argv)
    try:
        report = build_report(args.page, args.out, with_code=args.code)
    except ReportError as error:
        print(f"analysis.report: {error}", file=sys.stderr)
        return 1
    print(f"wrote {paths.relative(report)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
