"""The command line's own rules: which files are pages, their ids, its options."""
from pathlib import Path

import pytest

from analysis.cli import assign_doc_ids, build_parser, collect_pages, main


def test_doc_ids_are_stems_made_unique_in_order():
    pages = [Path("a/借呗.txt"), Path("b/借呗.html"), Path("花呗.md"), Path("c/借呗.txt")]
    assert assign_doc_ids(pages) == ["借呗", "借呗-2", "花呗", "借呗-3"]


def test_folders_expand_to_sorted_page_files_and_other_files_are_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ["b.txt", "a.HTML", "sub/c.md", "notes.csv", "image.png"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    pages, problems = collect_pages([str(tmp_path), str(tmp_path / "missing.txt")])
    assert [p.relative_to(tmp_path).as_posix() for p in pages] == ["a.HTML", "b.txt", "sub/c.md"]
    assert problems == [(str(tmp_path / "missing.txt"), "no such file or folder")]


def test_a_file_named_explicitly_is_taken_whatever_its_suffix(tmp_path):
    page = tmp_path / "saved_page"
    page.write_text("x", encoding="utf-8")
    assert collect_pages([str(page)]) == ([page], [])


def test_options_and_defaults():
    args = build_parser().parse_args(["run", "x.txt"])
    assert (args.jobs, args.engine, args.scheduler, args.no_figures) == (1, "local", None, False)
    args = build_parser().parse_args(["run", "d", "--jobs", "3", "--engine", "dask", "--scheduler", "tcp://h:8786"])
    assert (args.jobs, args.engine, args.scheduler) == (3, "dask", "tcp://h:8786")


@pytest.mark.parametrize("argv", [
    ["run", "x.txt", "--jobs", "0"],
    ["run", "x.txt", "--engine", "spark"],
    ["run", "x.txt", "--scheduler", "tcp://h:8786"],  # an address means nothing to the local engine
])
def test_bad_options_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_report_is_not_a_run_subcommand(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["report", "x.txt"])
    assert stop.value.code == 2
