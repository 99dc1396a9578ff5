"""Engines that map ``analyse_page_rows`` over many pages: in this process, on the
local cores, or on a Dask cluster.

Every engine takes the same tasks and yields one ``Outcome`` per task, in the
order of the tasks, whatever order the workers finish in: a small reorder
buffer (the submitted but not yet yielded batches of pages) keeps the output
of a run independent of how many workers it had, and bounds how many pages'
tables are held in memory at once. Workers get pages in small batches, one
round trip for many short pages.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import reference
from .pipeline import analyse_page_rows
from .source import PageError
from .tables import Table

ENGINES = ("local", "dask")

# Batches submitted ahead of the one being written, per worker: enough to
# keep every worker busy behind a slow page, few enough to keep memory small.
IN_FLIGHT_PER_WORKER = 4
# Pages sent to a worker at once: a short page takes a few milliseconds, about
# what one round trip to a worker costs, so pages travel in batches; a batch
# ends early at BATCH_BYTES of input, so that big pages travel alone.
BATCH_PAGES = 16
BATCH_BYTES = 2**20


@dataclass(frozen=True)
class Task:
    """One page to analyse, with the id it gets in the tables."""

    path: str
    doc_id: str


@dataclass(frozen=True)
class Outcome:
    """A page's tables, or the one-line problem that stopped it (a problem
    next to tables: the page was analysed but its figures failed)."""

    path: str
    doc_id: str
    tables: dict[str, Table] | None
    problem: str = ""


def analyse_task(task: Task, max_bytes: int, figures_dir: str | None = None) -> Outcome:
    """Analyse one page; never raises, so that one page cannot stop a run."""
    try:
        tables = analyse_page_rows(task.path, doc_id=task.doc_id, max_bytes=max_bytes)
    except PageError as error:
        return Outcome(task.path, task.doc_id, None, str(error))
    except Exception as error:  # a bug must not hide the other pages' results
        return Outcome(task.path, task.doc_id, None, internal_problem(error))
    if figures_dir is not None:
        try:
            _write_figures(tables, Path(figures_dir) / task.doc_id)
        except Exception as error:  # the tables stand without their charts
            return Outcome(task.path, task.doc_id, tables, f"figures failed: {internal_problem(error)}")
    return Outcome(task.path, task.doc_id, tables)


def analyse_batch(tasks: list[Task], max_bytes: int, figures_dir: str | None = None) -> list[Outcome]:
    """``analyse_task`` on each task of a batch, in order."""
    return [analyse_task(task, max_bytes, figures_dir) for task in tasks]


def batches(tasks: Iterable[Task], max_pages: int = BATCH_PAGES, max_bytes: int = BATCH_BYTES) -> Iterator[list[Task]]:
    """The tasks in order, in batches of at most ``max_pages`` pages and, but
    for a batch of one page, at most ``max_bytes`` of files (a file this
    process cannot see counts as empty: a remote worker may see it)."""
    batch: list[Task] = []
    size = 0
    for task in tasks:
        try:
            task_bytes = os.path.getsize(task.path)
        except OSError:
            task_bytes = 0
        if batch and (len(batch) >= max_pages or size + task_bytes > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(task)
        size += task_bytes
    if batch:
        yield batch


def internal_problem(error: BaseException) -> str:
    return f"internal error ({type(error).__name__}: {error}); rerun with --debug for details"


def _write_figures(tables: dict[str, Table], folder: Path) -> None:
    from . import charts

    charts.write_figures({name: rows.frame() for name, rows in tables.items()}, folder)


def warm_up() -> None:
    """Load the shared tokenizer once per worker, before its first page."""
    try:
        from .text import get_tokenizer
    except ImportError:  # the text layer is not part of this checkout
        return
    get_tokenizer()


def start_worker() -> None:
    """A worker of this run: tokenizer loaded, reference files read once for
    the run (the worker ends with it)."""
    reference.hold_readings()
    warm_up()


def _ordered(submit: Callable[[Task], object], result: Callable[[object, Task], Outcome],
             tasks: Iterable[Task], window: int) -> Iterator[Outcome]:
    """Keep at most ``window`` tasks (here: batches) in flight and yield
    their results in task order."""
    pending: deque[tuple[Task, object]] = deque()
    for task in tasks:
        pending.append((task, submit(task)))
        if len(pending) >= window:
            head, future = pending.popleft()
            yield result(future, head)
    while pending:
        head, future = pending.popleft()
        yield result(future, head)


def run_local(tasks: Iterable[Task], max_bytes: int, jobs: int = 1,
              figures_dir: str | None = None) -> Iterator[Outcome]:
    """Pages in this process (``jobs == 1``) or in a pool of ``jobs`` processes."""
    if jobs <= 1:
        with reference.held_readings():
            warm_up()
            for task in tasks:
                yield analyse_task(task, max_bytes, figures_dir)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=start_worker) as pool:
        for outcomes in _ordered(
            lambda batch: pool.submit(analyse_batch, batch, max_bytes, figures_dir),
            _batch_outcomes, batches(tasks), IN_FLIGHT_PER_WORKER * jobs,
        ):
            yield from outcomes


def _context():
    """Workers that start clean, without a copy of the parent's threads or
    locks. Where it exists, a fork server that has imported the pipeline once
    starts them quickly; each then loads the tokenizer in its initializer."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["analysis.engines"])
        return context
    return multiprocessing.get_context("spawn")


def _batch_outcomes(future, batch: list[Task]) -> list[Outcome]:
    try:
        return future.result()
    except Exception as error:  # a worker that died (out of memory, killed)
        return [Outcome(task.path, task.doc_id, None, internal_problem(error)) for task in batch]


def run_dask(tasks: Iterable[Task], max_bytes: int, jobs: int = 1, scheduler: str | None = None,
             figures_dir: str | None = None) -> Iterator[Outcome]:
    """Pages on a Dask cluster: the one at ``scheduler``, or a local cluster of
    ``jobs`` worker processes. Workers read the pages themselves, so a remote
    cluster needs the page paths to name the same files on every worker."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        # Workers of a cluster started for this run read the reference files
        # once; a shared cluster outlives runs, so its workers check them.
        client.run(warm_up if cluster is None else start_worker)
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        for outcomes in _ordered(
            lambda batch: client.submit(analyse_batch, batch, max_bytes, figures_dir, pure=False),
            _batch_outcomes, batches(tasks), IN_FLIGHT_PER_WORKER * workers,
        ):
            yield from outcomes
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(tasks: Iterable[Task], max_bytes: int, engine: str = "local", jobs: int = 1,
        scheduler: str | None = None, figures_dir: str | None = None) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` in order, on the chosen engine."""
    if engine == "local":
        return run_local(tasks, max_bytes, jobs, figures_dir)
    if engine == "dask":
        return run_dask(tasks, max_bytes, jobs, scheduler, figures_dir)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
