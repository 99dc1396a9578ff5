"""Command line: ``python -m analysis run PAGE_OR_FOLDER... --out DIR``.

Errors about input are one line on stderr naming the file and the problem;
the good pages of a run are written even when others fail, and the exit
status is non-zero only when no page could be analysed.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from . import paths
from .pipeline import analyse_page
from .source import PageError
from .tables import write_csv

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".md")


class InputError(Exception):
    """A command-line argument that names no page."""


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


def run_pages(pages: list[Path], doc_ids: list[str], max_bytes: int) -> Iterator[tuple[Path, dict | None, str]]:
    """Analyse pages one after another: ``(path, tables or None, problem)``."""
    for path, doc_id in zip(pages, doc_ids):
        yield (path, *analyse_one(path, doc_id, max_bytes))


def analyse_one(path: Path, doc_id: str, max_bytes: int) -> tuple[dict | None, str]:
    try:
        return analyse_page(path, doc_id=doc_id, max_bytes=max_bytes), ""
    except PageError as error:
        return None, str(error)
    except Exception as error:  # a bug must not hide the other pages' results
        return None, f"internal error ({type(error).__name__}: {error}); rerun with --debug for details"


def write_tables(results: list[dict[str, pd.DataFrame]], out: Path) -> list[Path]:
    names = list(dict.fromkeys(name for tables in results for name in tables))
    written = []
    for name in names:
        frames = [tables[name] for tables in results if name in tables]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        target = out / f"{name}.csv"
        write_csv(frame, target)
        written.append(target)
    return written


def _run(args: argparse.Namespace) -> int:
    pages, problems = collect_pages(args.paths)
    doc_ids = assign_doc_ids(pages)
    max_bytes = int(args.max_mb * 2**20)
    results = []
    for path, tables, problem in run_pages(pages, doc_ids, max_bytes):
        if tables is None:
            problems.append((str(path), problem))
            if args.debug:
                analyse_page(path, max_bytes=max_bytes)  # re-raise with the traceback
        else:
            results.append(tables)
    for where, problem in problems:
        print(f"analysis: {where}: {problem}", file=sys.stderr)
    if not results:
        print(f"analysis: no page could be analysed ({len(problems)} problem(s))", file=sys.stderr)
        return 1
    out = Path(args.out)
    written = write_tables(results, out)
    errors = pd.DataFrame(problems, columns=["path", "problem"])
    write_csv(errors, out / "errors.csv")
    if not args.quiet:
        print(f"analysed {len(results)} page(s) into {out}/: " + ", ".join(p.name for p in written))
        if problems:
            print(f"{len(problems)} input(s) could not be analysed; see errors.csv")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="analyse pages and write CSV tables")
    run.add_argument("paths", nargs="+", metavar="PAGE_OR_FOLDER")
    run.add_argument("--out", default=str(paths.PROCESSED_DATA_DIR), help="folder for the tables (default: data/processed)")
    run.add_argument("--max-mb", type=float, default=16.0, help="largest page to read, in MB (default 16)")
    run.add_argument("--quiet", action="store_true", help="print only problems")
    run.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
