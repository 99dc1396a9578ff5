"""Corpus mode: a folder of pages gives the same tables as its pages one by
one, whatever engine or number of workers ran it, and bad pages only cost
themselves."""
import shutil
from pathlib import Path

import pytest

from analysis import engines, paths
from analysis.cli import TableWriter, main
from analysis.tables import Table
from analysis.page import read_page
from analysis.source import PageError
from conftest import FIXTURES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _variant(text: str) -> str:
    """The bundled page with other dates and amounts: same layout, new facts."""
    return text.replace("2025-03-25", "2024-11-08").replace("一天", "三天").replace("腾讯", "某银行")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for page in sorted((FIXTURES / "pages").iterdir()):
        try:
            read_page(page)
        except PageError:  # a fixture of a bad page belongs to the bad-input tests
            continue
        shutil.copy(page, folder / page.name)
    shutil.copy(paths.DEFAULT_PAGE, folder / "weilidai_overdue.txt")
    text = paths.DEFAULT_PAGE.read_text(encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "weilidai_variant.txt").write_text(_variant(text), encoding="utf-8")
    return folder


def run(*args) -> int:
    return main(["run", *map(str, args), "--quiet", "--no-figures"])


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def sequential(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("jobs1")
    assert run(corpus, "--out", out) == 0
    return files_of(out)


def test_folder_run_lists_every_page_once_in_path_order(corpus, sequential):
    expected = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file())
    rows = sequential["pages.csv"].decode("utf-8").splitlines()[1:]
    doc_ids = [row.split(",", 1)[0] for row in rows]
    # rglob sorts by full path: nested/weilidai_variant.txt sorts under "n".
    assert doc_ids == [Path(name).stem for name in expected]
    assert "weilidai_variant" in doc_ids and "weilidai_overdue" in doc_ids
    assert len(set(doc_ids)) == len(doc_ids)


def test_folder_run_equals_page_by_page_runs(corpus, sequential, tmp_path):
    pages = sorted(p for p in corpus.rglob("*") if p.is_file())
    singles = []
    for index, page in enumerate(pages):
        out = tmp_path / f"single{index}"
        assert run(page, "--out", out) == 0
        singles.append(files_of(out))
    for name, data in sequential.items():
        if name == "errors.csv":
            continue
        header = data.decode("utf-8").split("\n", 1)[0]
        bodies = []
        for single in singles:
            own_header, body = single[name].decode("utf-8").split("\n", 1)
            assert own_header == header
            bodies.append(body)
        assert data.decode("utf-8") == header + "\n" + "".join(bodies), name


def test_variant_page_carries_its_own_dates(sequential):
    comments = sequential["comments.csv"].decode("utf-8").splitlines()
    variant = [row for row in comments if row.startswith("weilidai_variant,")]
    original = [row for row in comments if row.startswith("weilidai_overdue,")]
    assert len(variant) == 3 and len(original) == 3
    assert all(",2024-11-08," in row for row in variant)
    assert all(",2025-03-25," in row for row in original)


def test_two_jobs_write_the_same_bytes_as_one(corpus, sequential, tmp_path):
    assert run(corpus, "--out", tmp_path, "--jobs", "2") == 0
    assert files_of(tmp_path) == sequential


def test_dask_local_cluster_writes_the_same_bytes(corpus, sequential, tmp_path):
    assert run(corpus, "--out", tmp_path, "--engine", "dask", "--jobs", "2") == 0
    assert files_of(tmp_path) == sequential


def test_dask_scheduler_address_writes_the_same_bytes(corpus, sequential, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        assert run(corpus, "--out", tmp_path, "--engine", "dask", "--scheduler", cluster.scheduler_address) == 0
    assert files_of(tmp_path) == sequential


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_pages_are_reported_and_good_ones_written(tmp_path, capsys, jobs):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(paths.DEFAULT_PAGE, folder / "b_good.txt")
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "c_photo.txt").write_bytes(PNG)
    shutil.copy(FIXTURES / "pages" / "qa_answers.txt", folder / "d_good.txt")
    status = run(folder, "--out", tmp_path / "out", "--jobs", jobs)
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 0
    assert err == [
        f"analysis: {folder / 'a_empty.txt'}: file is empty",
        f"analysis: {folder / 'c_photo.txt'}: binary file (a PNG image), not a page",
    ]
    pages = (tmp_path / "out" / "pages.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",", 1)[0] for row in pages[1:]] == ["b_good", "d_good"]
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors == [
        "path,problem",
        f"{folder / 'a_empty.txt'},file is empty",
        f"{folder / 'c_photo.txt'},\"binary file (a PNG image), not a page\"",
    ]
    assert not list((tmp_path / "out").glob("*.partial"))


def test_folder_of_only_bad_pages_exits_1_and_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(PNG)
    assert run(folder, "--out", tmp_path / "out", "--jobs", "2") == 1
    err = capsys.readouterr().err
    assert "no page could be analysed (2 problem(s))" in err
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------ the reorder buffer


class _Late:
    """A future whose result is known only when the test asks for it."""

    def __init__(self, value):
        self.value = value


def test_ordered_keeps_task_order_and_bounds_work_in_flight():
    tasks = [engines.Task(f"p{i}.txt", f"p{i}") for i in range(7)]
    submitted, in_flight, most = [], set(), [0]

    def submit(task):
        submitted.append(task.doc_id)
        in_flight.add(task.doc_id)
        most[0] = max(most[0], len(in_flight))
        return _Late(task.doc_id.upper())

    def result(future, task):
        in_flight.discard(task.doc_id)
        return engines.Outcome(task.path, task.doc_id, {"t": future.value})

    outcomes = list(engines._ordered(submit, result, tasks, window=3))
    assert [o.doc_id for o in outcomes] == ["p0", "p1", "p2", "p3", "p4", "p5", "p6"]
    assert [o.tables["t"] for o in outcomes] == ["P0", "P1", "P2", "P3", "P4", "P5", "P6"]
    assert most[0] == 3


def test_ordered_is_lazy_about_submitting():
    tasks = iter([engines.Task(f"p{i}.txt", f"p{i}") for i in range(100)])
    submitted = []
    outcomes = engines._ordered(lambda t: submitted.append(t) or t,
                                lambda f, t: engines.Outcome(t.path, t.doc_id, {}), tasks, window=4)
    first = next(outcomes)
    assert first.doc_id == "p0"
    assert len(submitted) == 4  # the rest of the corpus is not touched yet


def test_table_writer_refuses_a_table_whose_columns_change(tmp_path):
    writer = TableWriter(tmp_path)
    writer.append({"claims": Table(("doc_id", "text"), [("a", "借呗可以提前还款")])})
    with pytest.raises(ValueError, match="claims"):
        writer.append({"claims": Table(("doc_id", "kind"), [("b", "fact")])})
    written = writer.close()
    assert written == [tmp_path / "claims.csv"]
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8") == "doc_id,text\na,借呗可以提前还款\n"


def test_figures_go_under_each_doc_id_and_do_not_depend_on_jobs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(paths.DEFAULT_PAGE, folder / "weilidai_overdue.txt")
    shutil.copy(FIXTURES / "pages" / "qa_answers.txt", folder / "qa_answers.txt")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert main(["run", str(folder), "--out", str(out), "--quiet", "--jobs", jobs]) == 0
        outputs.append(files_of(out))
    assert outputs[0] == outputs[1]
    charts = ["question_coverage", "relation_counts", "section_topics", "topic_shares"]
    for doc_id in ("qa_answers", "weilidai_overdue"):
        names = sorted(name.split("/")[-1] for name in outputs[0] if name.startswith(f"figures/{doc_id}/"))
        assert names == sorted([f"{c}.csv" for c in charts] + [f"{c}.png" for c in charts])
    assert main(["run", str(folder), "--out", str(tmp_path / "bare"), "--quiet", "--no-figures"]) == 0
    assert not (tmp_path / "bare" / "figures").exists()


def test_a_chart_that_fails_costs_the_figures_not_the_tables(tmp_path, capsys, monkeypatch):
    from analysis import charts

    def broken(tables, folder):
        raise RuntimeError("no font")

    monkeypatch.setattr(charts, "write_figures", broken)
    shutil.copy(paths.DEFAULT_PAGE, tmp_path / "weilidai_overdue.txt")
    status = main(["run", str(tmp_path / "weilidai_overdue.txt"), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 0
    assert err == [f"analysis: {tmp_path / 'weilidai_overdue.txt'}: figures failed: internal error "
                   "(RuntimeError: no font); rerun with --debug for details"]
    pages = (tmp_path / "out" / "pages.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",", 1)[0] for row in pages[1:]] == ["weilidai_overdue"]


def test_stage_timings_name_every_stage_and_change_no_table():
    from analysis.pipeline import analyse_page

    timings: dict[str, float] = {}
    timed = analyse_page(paths.DEFAULT_PAGE, timings=timings)
    plain = analyse_page(paths.DEFAULT_PAGE)
    assert sorted(timings) == ["claims", "compare", "page", "tables", "topics"]
    assert all(seconds >= 0 for seconds in timings.values())
    assert list(timed) == list(plain)
    for name in plain:
        assert timed[name].equals(plain[name]), name


def test_batches_keep_order_and_cut_at_a_page_count_or_a_size(tmp_path):
    sizes = {"a": 10, "b": 10, "c": 10, "big": 500, "d": 10}
    tasks = []
    for name, size in sizes.items():
        (tmp_path / f"{name}.txt").write_bytes(b"x" * size)
        tasks.append(engines.Task(str(tmp_path / f"{name}.txt"), name))
    tasks.append(engines.Task(str(tmp_path / "missing.txt"), "missing"))  # unseen here: counts as empty
    by_count = [[t.doc_id for t in batch] for batch in engines.batches(tasks, max_pages=2, max_bytes=10_000)]
    assert by_count == [["a", "b"], ["c", "big"], ["d", "missing"]]
    by_size = [[t.doc_id for t in batch] for batch in engines.batches(tasks, max_pages=16, max_bytes=100)]
    # a page bigger than the limit travels alone; the others fill batches up to it
    assert by_size == [["a", "b", "c"], ["big"], ["d", "missing"]]


def test_a_batch_whose_worker_died_gives_each_page_a_problem():
    class Died:
        def result(self):
            raise RuntimeError("worker killed")

    batch = [engines.Task("p1.txt", "p1"), engines.Task("p2.txt", "p2")]
    outcomes = engines._batch_outcomes(Died(), batch)
    assert [(o.doc_id, o.tables) for o in outcomes] == [("p1", None), ("p2", None)]
    assert all("internal error (RuntimeError: worker killed)" in o.problem for o in outcomes)
