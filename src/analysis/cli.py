"""Command line: ``python -m analysis run PAGE_OR_FOLDER... --out DIR``.

Pages are streamed: each page's tables are appended to the CSV files as soon
as it and every page before it are done, so a corpus never sits in memory
and the files are the same whatever ``--jobs`` or ``--engine`` ran them.
Errors about input are one line on stderr naming the file and the problem;
the good pages of a run are written even when others fail, and the exit
status is non-zero only when no page could be analysed.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pandas as pd

from . import engines, paths
from .pipeline import analyse_page
from .tables import Table, write_csv

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".md")
PARTIAL_SUFFIX = ".partial"


def collect_pages(arguments: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Page files named by the arguments (folders expanded, sorted), and the
    arguments that named none, each with its problem."""
    pages: list[Path] = []
    problems: list[tuple[str, str]] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
            if not found:
                problems.append((argument, f"folder has no page files ({', '.join(PAGE_SUFFIXES)})"))
            pages.extend(found)
        elif not path.exists():
            problems.append((argument, "no such file or folder"))
        else:
            pages.append(path)
    return pages, problems


def assign_doc_ids(pages: list[Path]) -> list[str]:
    """File stems, made unique in the run by a numeric suffix."""
    seen: dict[str, int] = {}
    ids = []
    for page in pages:
        stem = page.stem
        seen[stem] = seen.get(stem, 0) + 1
        ids.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return ids


class TableWriter:
    """Appends each page's tables to one CSV file per table.

    A file is opened when its table first arrives, so a run in which no page
    succeeds writes nothing. Rows go to ``NAME.csv.partial`` and each file is
    renamed to ``NAME.csv`` when the run ends, so an interrupted run never
    leaves a truncated table that looks complete.
    """

    def __init__(self, out: Path):
        self.out = out
        self.columns: dict[str, list[str]] = {}
        self.handles: dict[str, object] = {}

    def append(self, tables: dict[str, Table]) -> None:
        for name, rows in tables.items():
            columns = list(rows.columns)
            if name not in self.handles:
                self.out.mkdir(parents=True, exist_ok=True)
                self.handles[name] = (self.out / f"{name}.csv{PARTIAL_SUFFIX}").open("w", encoding="utf-8", newline="")
                self.columns[name] = columns
                header = True
            elif columns != self.columns[name]:
                raise ValueError(f"table {name!r} changed its columns between pages")
            else:
                header = False
            rows.write(self.handles[name], header=header)

    def close(self) -> list[Path]:
        written = []
        for name, handle in self.handles.items():
            handle.close()
            target = self.out / f"{name}.csv"
            os.replace(self.out / f"{name}.csv{PARTIAL_SUFFIX}", target)
            written.append(target)
        self.handles = {}
        return written


def _figures_dir(args: argparse.Namespace) -> str | None:
    if args.no_figures:
        return None
    return str(Path(args.out) / "figures")


def _progress(total: int, quiet: bool):
    """A progress bar on stderr, only when a person is watching it."""
    from tqdm import tqdm

    return tqdm(total=total, unit="page", file=sys.stderr, disable=quiet or not sys.stderr.isatty())


def _run(args: argparse.Namespace) -> int:
    pages, problems = collect_pages(args.paths)
    for where, problem in problems:
        print(f"analysis: {where}: {problem}", file=sys.stderr)
    tasks = [engines.Task(str(path), doc_id) for path, doc_id in zip(pages, assign_doc_ids(pages))]
    max_bytes = int(args.max_mb * 2**20)
    out = Path(args.out)
    writer = TableWriter(out)
    analysed = 0
    outcomes = engines.run(tasks, max_bytes, engine=args.engine, jobs=args.jobs,
                           scheduler=args.scheduler, figures_dir=_figures_dir(args))
    with _progress(len(tasks), args.quiet) as bar:
        for outcome in outcomes:
            bar.update(1)
            if outcome.problem:
                problems.append((outcome.path, outcome.problem))
                bar.write(f"analysis: {outcome.path}: {outcome.problem}", file=sys.stderr)
            if outcome.tables is None:
                if args.debug:
                    analyse_page(outcome.path, doc_id=outcome.doc_id, max_bytes=max_bytes)  # re-raise here
                continue
            writer.append(outcome.tables)
            analysed += 1
    written = writer.close()
    if not analysed:
        print(f"analysis: no page could be analysed ({len(problems)} problem(s))", file=sys.stderr)
        return 1
    write_csv(pd.DataFrame(problems, columns=["path", "problem"]), out / "errors.csv")
    if not args.quiet:
        print(f"analysed {analysed} page(s) into {out}/: " + ", ".join(p.name for p in written))
        if problems:
            print(f"{len(problems)} problem(s) with the inputs; see errors.csv")
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="analyse pages and write CSV tables")
    run.add_argument("paths", nargs="+", metavar="PAGE_OR_FOLDER")
    run.add_argument("--out", default=str(paths.PROCESSED_DATA_DIR), help="folder for the tables (default: data/processed)")
    run.add_argument("--max-mb", type=float, default=16.0, help="largest page to read, in MB (default 16)")
    run.add_argument("--jobs", type=_positive, default=1, metavar="N",
                     help="pages analysed at once: local processes, or local Dask workers (default 1)")
    run.add_argument("--engine", choices=engines.ENGINES, default="local",
                     help="local: this machine's cores; dask: a Dask cluster (default local)")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler address, e.g. tcp://host:8786, whose workers see the pages and --out "
                          "at the same paths (default: a local cluster of --jobs workers)")
    run.add_argument("--no-figures", action="store_true", help="write the tables only, no charts")
    run.add_argument("--quiet", action="store_true", help="print only problems")
    run.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        if args.scheduler and args.engine != "dask":
            build_parser().error("--scheduler needs --engine dask")
        return _run(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
