"""Benchmark of the pipeline: ``make bench`` writes docs/benchmarks.md.

In one run, on a synthetic corpus made from the bundled page and the fixture
pages with redrawn numbers and dates (see synthetic.py):

1. plain jieba segmentation of the corpus text against the whole pipeline
   (``analyse_page_rows`` on every page and its rows written as CSV text, what
   the command line does per page), in this process, and their ratio;
   the corpus through ``python -m analysis run --jobs N`` on every core;
2. the fast segmenters against jieba: identical cuts, and their speed;
3. the comparison stage alone (``compare.align``) at 10^3, 10^4 and 10^5
   comment claims against 10^2 and 10^3 article claims: time and peak memory,
   each in a fresh process;
4. one page with 20,000 comments through the command line: time and peak memory.

Targets (issue #6): pipeline <= 2x plain jieba; the 20,000-comment page in
under 60 s and 2 GiB; comparison cost linear in comment claims.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import io
import json
import logging
import os
import pickle
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

from analysis import paths  # noqa: E402

DOC = paths.ROOT / "docs" / "benchmarks.md"
PACKAGES = ("jieba", "rjieba", "jieba-fast", "pandas", "numpy", "scipy", "scikit-learn", "dask", "distributed")
PIPELINE_RATIO_TARGET = 2.0
# A measurement that runs longer than this is stopped and reported as such,
# so that the benchmark always finishes.
CHILD_TIMEOUT = 300
BIG_PAGE_SECONDS, BIG_PAGE_BYTES = 60.0, 2 * 2**30
STAGES = {
    "page": "read the file, decode, parse the page (`read_page`)",
    "claims": "sentences, clauses, claim records and questions, each text cut once",
    "topics": "topic ids per claim and question, coverage and keyword tables",
    "compare": "profiles, TF-IDF index, alignments, question status, findings",
    "tables": "records to rows of the tables (pages, sections, comments, lines, claims, ...)",
    "write": "rows to CSV text, as the command line writes them",
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ----------------------------------------------------------------- machine


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return {
        "CPU": cpu,
        "cores (nproc)": str(usable),
        "memory": f"{memory / 2**30:.1f} GiB",
        "system": f"{platform.system()} {platform.release()}",
        "load average at the start (1, 5, 15 min)": _load(),
        "Python": platform.python_version(),
        "packages": ", ".join(versions),
    }


def _load() -> str:
    """Load averages: other work running on the machine slows the timings below."""
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


# ------------------------------------------------------- memory of a process


def reset_peak() -> None:
    """Start a new peak-memory measurement (Linux: VmHWM is reset by writing 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def memory_now_and_peak() -> tuple[int, int]:
    """Current and peak resident memory of this process, in bytes."""
    try:
        status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
        return int(status["VmRSS"].split()[0]) * 1024, int(status["VmHWM"].split()[0]) * 1024
    except (OSError, KeyError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        return peak, peak


# ------------------------------------------------- 1. pipeline against jieba


def best_of(repeats: int, work) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def forget_texts() -> None:
    """Empty the pipeline's caches keyed on whole texts (analysis views, tagged
    clauses and their readings). The benchmark calls it before every page:
    the synthetic pages are redrawn from a few seeds, so their sentences
    without numbers repeat from page to page far more than in a real corpus,
    and a cache of sentences would make the pipeline look faster than it is."""
    from analysis import claims, text

    text.analysis_view.cache_clear()
    claims._cached_words.cache_clear()


def forget_words() -> None:
    """Empty the tokenizer's memory of single words' tags too: before each
    timed run, so that no run profits from the one before. Within a run it
    is kept, as it is in a real run: a corpus's vocabulary repeats."""
    from analysis import text

    forget_texts()
    text.get_tokenizer()._word_tags.clear()


def pipeline_against_jieba(pages: list[Path], repeats: int) -> dict:
    import jieba

    from analysis import reference
    from analysis.engines import warm_up
    from analysis.pipeline import analyse_page_rows
    from analysis.source import read_source

    logging.getLogger("jieba").setLevel(logging.WARNING)
    texts = [read_source(page).text for page in pages]
    plain = jieba.Tokenizer()
    plain.initialize()
    warm_up()
    plain.lcut(texts[0])
    analyse_page_rows(pages[0])

    # each page's best time over the runs, for the ratio by kind of page
    jieba_each = [float("inf")] * len(pages)
    pipeline_each = [float("inf")] * len(pages)

    def segment():
        for k, text in enumerate(texts):
            start = time.perf_counter()
            plain.lcut(text)
            jieba_each[k] = min(jieba_each[k], time.perf_counter() - start)

    rows = {}

    def analyse():
        rows["rows"] = 0
        rows["per_table"] = {}
        rows["stages"] = {}
        forget_words()
        with reference.held_readings():  # as the command line holds them for a run
            for k, page in enumerate(pages):
                forget_texts()
                began = time.perf_counter()
                tables = analyse_page_rows(page, doc_id=page.stem, timings=rows["stages"])
                start = time.perf_counter()
                for table in tables.values():
                    table.write(io.StringIO())
                rows["stages"]["write"] = rows["stages"].get("write", 0.0) + time.perf_counter() - start
                pipeline_each[k] = min(pipeline_each[k], time.perf_counter() - began)
                rows["rows"] += sum(len(table) for table in tables.values())
                rows["tables"] = list(tables)
                for name, table in tables.items():
                    rows["per_table"][name] = rows["per_table"].get(name, 0) + len(table)

    jieba_time = pipeline_time = float("inf")
    stages: dict[str, float] = {}
    for _ in range(repeats):  # interleaved, so that both see the same machine state
        jieba_time = min(jieba_time, best_of(1, segment))
        seconds = best_of(1, analyse)
        if seconds < pipeline_time:
            pipeline_time, stages = seconds, rows["stages"]
    characters = sum(len(text) for text in texts)
    kinds = {"the bundled page": [], "the fixture pages": []}
    for k, page in enumerate(pages):
        kinds["the bundled page" if paths.DEFAULT_PAGE.stem in page.name else "the fixture pages"].append(k)
    groups = [
        {"kind": kind, "pages": len(members), "characters": sum(len(texts[k]) for k in members),
         "jieba_s": sum(jieba_each[k] for k in members), "pipeline_s": sum(pipeline_each[k] for k in members)}
        for kind, members in kinds.items() if members
    ]
    return {
        "pages": len(pages), "characters": characters, "jieba_s": jieba_time, "pipeline_s": pipeline_time,
        "ratio": pipeline_time / jieba_time, "table_rows": rows["rows"], "tables": rows["tables"],
        "per_table": rows["per_table"], "stages": stages, "groups": groups,
    }


def _module_of(filename: str) -> str:
    """``analysis.claims``, ``jieba.posseg``, ``pandas`` … for a code file."""
    parts = Path(filename).with_suffix("").parts
    for root in ("site-packages", "src"):
        if root in parts:
            rest = [p for p in parts[parts.index(root) + 1:] if p != "__init__"]
            depth = 2 if rest and rest[0] in ("analysis", "jieba") else 1
            return ".".join(rest[:depth]) or "?"
    return "Python built-ins" if filename.startswith("~") or filename.startswith("<") else "Python standard library"


def pipeline_profile(pages: list[Path], top: int = 12) -> dict[str, list]:
    """Own time per module while ``analyse_page_rows`` runs over the pages,
    with its share of the total: where a faster pipeline has to save."""
    import cProfile
    import pstats

    from analysis.pipeline import analyse_page_rows

    forget_words()
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        forget_texts()
        analyse_page_rows(page, doc_id=page.stem)
    profiler.disable()
    totals: dict[str, float] = {}
    functions: dict[str, tuple[float, float]] = {}
    for (filename, _, name), (_, calls, own, cumulative, _) in pstats.Stats(profiler).stats.items():
        module = _module_of(filename)
        totals[module] = totals.get(module, 0.0) + own
        if module.startswith("analysis."):
            functions[f"{module}.{name}"] = (cumulative, calls)
    whole = sum(totals.values()) or 1.0
    ranked = sorted(totals.items(), key=lambda item: -item[1])[:top]
    heaviest = sorted(functions.items(), key=lambda item: -item[1][0])
    return {
        "modules": [(module, seconds, seconds / whole) for module, seconds in ranked],
        # the pipeline's own functions by time spent in them and below, the
        # entry points (analyse_page_rows, analyse_rows) left out
        "functions": [(name, seconds, seconds / whole, calls) for name, (seconds, calls) in heaviest
                      if not name.startswith("analysis.pipeline.")][:top],
        "tokenizer_calls": {name.rsplit(".", 1)[1]: calls for name, (_, calls) in functions.items()
                            if name in ("analysis.text.cut", "analysis.text.tag")},
    }


def corpus_run(folder: Path, jobs: int) -> dict:
    pages = sum(1 for _ in folder.iterdir())
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "analysis", "run", str(folder), "--out", out, "--jobs", str(jobs),
             "--no-figures", "--quiet"], capture_output=True, text=True)
        seconds = time.perf_counter() - start
    return {"jobs": jobs, "pages": pages, "seconds": seconds, "status": done.returncode,
            "stderr": done.stderr.strip()[-500:]}


# ---------------------------------------------------------- 2. segmenters


def segmenters(pages: list[Path], repeats: int) -> list[dict]:
    from analysis import reference
    from analysis.segmenter import ENGINES, available, build_segmenter, differences
    from analysis.source import read_source
    from analysis.text import analysis_view

    logging.getLogger("jieba_fast").setLevel(logging.WARNING)
    texts = [analysis_view(read_source(page).text) for page in pages]
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    entries = reference.load_pairs("lexicon.txt")
    built = {name: build_segmenter(entries, name) for name in ENGINES if available(name)}
    jieba_ref = built["jieba"]
    rows = []
    for name, segmenter in built.items():
        page_diffs, examples = differences(texts, segmenter, jieba_ref)
        line_diffs, line_examples = differences(lines, segmenter, jieba_ref)
        seconds = best_of(repeats, lambda: [segmenter.cut(text) for text in texts])
        tag_diffs = sum(segmenter.tag(line, False) != jieba_ref.tag(line, False) for line in lines)
        tag_seconds = best_of(repeats, lambda: [segmenter.tag(line, False) for line in lines])
        example = (examples or line_examples or [None])[0]
        rows.append({"engine": name, "pages_differing": page_diffs, "lines_differing": line_diffs,
                     "tag_differing": tag_diffs, "tag_seconds": tag_seconds,
                     "pages": len(texts), "lines": len(lines), "seconds": seconds,
                     "example": None if example is None else [example[0][:40], example[1][:12], example[2][:12]]})
    for name in ENGINES:
        if name not in built:
            rows.append({"engine": name, "missing": True})
    return rows


# ------------------------------------------------------ 3. comparison stage


def claim_pools(folder: Path, n_article_pages: int, n_comments: int) -> dict:
    """Article claims of varied pages and comment claims of a many-comment page."""
    from analysis.claims import extract_claims
    from analysis.page import parse_page, read_page
    from analysis.text import get_tokenizer

    tokenizer = get_tokenizer()
    article = []
    for page_path in synthetic.write_corpus(folder / "article_seeds", n_article_pages, seed=5):
        try:
            page = read_page(page_path)
        except Exception:
            continue
        article.extend(c for c in extract_claims(page, tokenizer) if c.origin == "article")
    page = parse_page(synthetic.many_comments_page(n_comments, seed=6), doc_id="pool")
    comments = [c for c in extract_claims(page, tokenizer) if c.origin == "comment"]
    return {"article": article, "comment": comments}


_DIGITS = "0123456789"


def _replica(claim, number: int, rng: random.Random, doc_id: str):
    """A copy of a claim with a new id and its digits redrawn consistently in
    its text, analysis view and tokens (digit for digit, so lengths hold)."""
    table = str.maketrans(_DIGITS, "".join(rng.sample(_DIGITS, 10)))
    fields = {"doc_id": doc_id, "text": claim.text.translate(table), "norm": claim.norm.translate(table),
              "tokens": tuple(t.translate(table) for t in claim.tokens),
              "quantities": tuple(q.translate(table) for q in claim.quantities)}
    if claim.origin == "comment":
        fields["comment_id"] = number // 3 + 1
        fields["claim_id"] = f"c{number // 3 + 1}-{number % 3 + 1:02d}"
    else:
        fields["claim_id"] = f"a{number + 1:05d}"
    return dataclasses.replace(claim, **fields)


def claims_of_size(pool: list, n: int, seed: int) -> list:
    rng = random.Random(seed)
    return [_replica(pool[i % len(pool)], i, rng, "bench") for i in range(n)]


def align_child(pool_file: str, n_article: int, n_comment: int) -> None:
    """Run in a fresh process: one size of the comparison stage."""
    from analysis import compare
    from analysis.text import get_tokenizer

    with open(pool_file, "rb") as handle:
        pools = pickle.load(handle)
    tokenizer = get_tokenizer()
    claims = claims_of_size(pools["article"], n_article, 11) + claims_of_size(pools["comment"], n_comment, 12)
    compare.align(claims[:50] + claims[n_article:n_article + 50], tokenizer)  # load word lists, not timed
    del pools
    gc.collect()
    before, _ = memory_now_and_peak()
    reset_peak()
    start = time.perf_counter()
    rows = compare.align(claims, tokenizer)
    seconds = time.perf_counter() - start
    _, peak = memory_now_and_peak()
    print(json.dumps({"article": n_article, "comment": n_comment, "seconds": seconds, "rows": len(rows),
                      "extra_bytes": max(peak - before, 0), "peak_bytes": peak}))


def comparison_scaling(pool_file: Path, sizes: list[tuple[int, int]]) -> list[dict]:
    results = []
    for n_article, n_comment in sizes:
        log(f"  align: {n_article} article x {n_comment} comment claims")
        try:
            done = subprocess.run([sys.executable, __file__, "--align-child", str(pool_file), str(n_article),
                                   str(n_comment)], capture_output=True, text=True, timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            results.append({"article": n_article, "comment": n_comment, "error": f"over {CHILD_TIMEOUT} s, stopped"})
            continue
        if done.returncode != 0:
            results.append({"article": n_article, "comment": n_comment, "error": done.stderr.strip()[-300:]})
            continue
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return results


# ------------------------------------------------------- 4. one huge page


def run_child(page: str, out: str) -> None:
    """Run in a fresh process: the command line on one page, with its peak memory."""
    from analysis.cli import main

    start = time.perf_counter()
    status = main(["run", page, "--out", out, "--no-figures", "--quiet"])
    seconds = time.perf_counter() - start
    _, peak = memory_now_and_peak()
    # plain jieba on the page's text, after the run so that its memory is not counted
    import jieba

    from analysis.source import read_source

    logging.getLogger("jieba").setLevel(logging.WARNING)
    plain = jieba.Tokenizer()
    plain.initialize()
    text = read_source(page).text
    start = time.perf_counter()
    plain.lcut(text)
    jieba_seconds = time.perf_counter() - start
    print(json.dumps({"status": status, "seconds": seconds, "peak_bytes": peak, "jieba_s": jieba_seconds}))


def big_page(folder: Path, n_comments: int) -> dict:
    page = folder / f"page_{n_comments}_comments.txt"
    page.write_text(synthetic.many_comments_page(n_comments, seed=7), encoding="utf-8")
    out = folder / "big_out"
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, __file__, "--run-child", str(page), str(out)],
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"comments": n_comments, "error": f"over {CHILD_TIMEOUT} s, stopped"}
    wall = time.perf_counter() - start
    if done.returncode != 0:
        return {"comments": n_comments, "error": done.stderr.strip()[-500:]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    counts = {}
    for table in sorted(out.glob("*.csv")):
        with table.open(encoding="utf-8") as handle:
            counts[table.stem] = sum(1 for _ in handle) - 1
    return {"comments": n_comments, "bytes": page.stat().st_size, "wall_s": wall, "rows": counts, **result}


# ---------------------------------------------------------------- report


def _mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def write_report(info: dict, ratio: dict, corpus: list[dict], profile: list, segs: list[dict],
                 scaling: list[dict], big: dict, total: float, settings: dict) -> str:
    out = ["# Benchmarks", "",
           "Written by `make bench` (`benchmarks/bench_pipeline.py`); rerun it to refresh every figure below.",
           "", "## Machine", ""]
    out += [f"- {key}: {value}" for key, value in info.items()]
    out += ["", f"Benchmark settings: {', '.join(f'{k}={v}' for k, v in settings.items())}; "
            f"whole benchmark {total:.0f} s.", ""]

    out += ["## Targets", "", "| target | measured | verdict |", "| --- | --- | --- |"]
    out.append(f"| pipeline <= {PIPELINE_RATIO_TARGET:g} x plain jieba segmentation | {ratio['ratio']:.2f} x | "
               f"{_verdict(ratio['ratio'] <= PIPELINE_RATIO_TARGET)} |")
    if "error" in big:
        out.append(f"| {big['comments']:,}-comment page < 60 s, < 2 GiB | failed: {big['error'][:80]} | **not met** |")
    else:
        ok = big["seconds"] < BIG_PAGE_SECONDS and big["peak_bytes"] < BIG_PAGE_BYTES and big["status"] == 0
        out.append(f"| {big['comments']:,}-comment page < 60 s and < 2 GiB | {big['seconds']:.1f} s, "
                   f"{_mib(big['peak_bytes'])} | {_verdict(ok)} |")
    linear = _linearity(scaling)
    out.append(f"| comparison cost linear in comment claims | {linear['text']} | {_verdict(linear['ok'])} |")
    out.append("")

    out += ["## 1. Whole pipeline against plain jieba", "",
            f"{ratio['pages']} synthetic pages ({ratio['characters']:,} characters): the bundled page and the "
            "fixture pages in turn, every date, time and amount redrawn. Both timed in the same process, "
            f"best of {settings['repeats']} interleaved runs, after loading the dictionaries; the caches keyed on "
            "texts are emptied before each page (the synthetic pages repeat their seeds' sentences, a real corpus much "
            "less), the memory of single words' tags before each run.", "",
            "| work | seconds | per page (ms) |", "| --- | ---: | ---: |",
            f"| plain jieba `lcut` of each page's text | {ratio['jieba_s']:.3f} | {1000 * ratio['jieba_s'] / ratio['pages']:.1f} |",
            f"| `analyse_page_rows` on each page and its rows written as CSV ({ratio['table_rows']:,} rows of {', '.join(ratio['tables'])}) | {ratio['pipeline_s']:.3f} | "
            f"{1000 * ratio['pipeline_s'] / ratio['pages']:.1f} |",
            f"| ratio | {ratio['ratio']:.2f} x | |", ""]
    out += ["The same pages by the page they were made from (each page's best time over the runs): the "
            "fixture pages are short pages written for the tests, the bundled page is a real page of the genre.",
            "", "| made from | pages | characters a page | plain jieba (ms a page) | pipeline (ms a page) | ratio |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for group in ratio["groups"]:
        out.append(f"| {group['kind']} | {group['pages']} | {group['characters'] / group['pages']:,.0f} | "
                   f"{1000 * group['jieba_s'] / group['pages']:.2f} | {1000 * group['pipeline_s'] / group['pages']:.2f} | "
                   f"{group['pipeline_s'] / group['jieba_s']:.2f} x |")
    out.append("")
    out += ["The same best run, stage by stage (`analyse_page_rows(..., timings=...)`; x jieba is the stage's time "
            "over plain jieba's on the same pages):", "",
            "| stage | what it does | seconds | per page (ms) | share | x jieba |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
    staged = sum(ratio["stages"].values()) or 1.0
    for stage, seconds in sorted(ratio["stages"].items(), key=lambda item: -item[1]):
        out.append(f"| {stage} | {STAGES.get(stage, '')} | {seconds:.3f} | {1000 * seconds / ratio['pages']:.1f} | "
                   f"{seconds / staged:.0%} | {seconds / ratio['jieba_s']:.1f} |")
    out.append("")
    if ratio["ratio"] > PIPELINE_RATIO_TARGET and ratio["stages"]:
        budget = 1000 * PIPELINE_RATIO_TARGET * ratio["jieba_s"] / ratio["pages"]
        over = [f"{stage} {1000 * seconds / ratio['pages']:.1f} ms" for stage, seconds
                in sorted(ratio["stages"].items(), key=lambda item: -item[1]) if seconds > ratio["jieba_s"]]
        out += [f"The {PIPELINE_RATIO_TARGET:g} x target is not met: it leaves {budget:.1f} ms per page for the "
                f"whole pipeline, and {len(over)} of the stages each take longer than plain jieba on the same "
                f"pages ({', '.join(over)} per page)."]
        if ratio["pipeline_s"] - max(ratio["stages"].values()) > PIPELINE_RATIO_TARGET * ratio["jieba_s"]:
            out[-1] += " Without its largest stage the pipeline would still miss the target."
        out.append("")
    out += ["Where the pipeline's time goes (own time per module under `cProfile`, which slows "
            "everything down about alike):", "", "| module | seconds | share |", "| --- | ---: | ---: |"]
    out += [f"| {module} | {seconds:.3f} | {share:.0%} |" for module, seconds, share in profile["modules"]]
    calls = profile["tokenizer_calls"]
    if calls:
        texts = ratio["per_table"].get("claims", 0) + ratio["per_table"].get("questions", 0)
        out += ["", f"Tokenizer calls over the {ratio['pages']} pages: `cut` {calls.get('cut', 0):,}, "
                f"`tag` {calls.get('tag', 0):,}, for {texts:,} claims and questions."]
    out += ["", "The pipeline's functions that take longest, their callees included (shares overlap):", "",
            "| function | calls | seconds | share |", "| --- | ---: | ---: | ---: |"]
    out += [f"| `{name}` | {calls:,} | {seconds:.3f} | {share:.0%} |" for name, seconds, share, calls in profile["functions"]]
    out.append("")
    out += [f"Corpus mode: `python -m analysis run FOLDER --jobs N --no-figures` on {corpus[0]['pages']} other "
            "synthetic pages, process start, worker start (each loads the tokenizer once) and CSV writing included:",
            "", "| --jobs | seconds | pages/s | exit |", "| ---: | ---: | ---: | ---: |"]
    for row in corpus:
        out.append(f"| {row['jobs']} | {row['seconds']:.1f} | {row['pages'] / row['seconds']:.1f} | {row['status']} |")
    out.append("")

    out += ["## 2. Segmenters", "",
            "Cuts of each page's analysis view (whole page, then line by line) with the domain lexicon, "
            "compared word for word with jieba, the reference. rjieba includes the correction in "
            "`analysis.segmenter` (jieba's rule for runs of letters, digits and symbols).", "",
            "Tagging: `tag(line, hmm=False)`, the dictionary-only part-of-speech tagging of jieba.posseg, "
            "line by line.", "",
            "| engine | pages cut differently | lines cut differently | cut: seconds (all pages) | cut: speed-up "
            "| lines tagged differently | tag: seconds (all lines) | tag: speed-up |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    base = next(row for row in segs if row["engine"] == "jieba")
    for row in segs:
        if row.get("missing"):
            out.append(f"| {row['engine']} | not installed | | | | | | |")
            continue
        out.append(f"| {row['engine']} | {row['pages_differing']} / {row['pages']} | {row['lines_differing']} / "
                   f"{row['lines']} | {row['seconds']:.3f} | {base['seconds'] / row['seconds']:.1f} x "
                   f"| {row['tag_differing']} / {row['lines']} | {row['tag_seconds']:.3f} "
                   f"| {base['tag_seconds'] / row['tag_seconds']:.1f} x |")
    examples = [row for row in segs if row.get("example")]
    for row in examples:
        text, want, got = row["example"]
        out.append(f"\nFirst difference of {row['engine']}: `{text}`: jieba {want}, {row['engine']} {got}.")
    out.append("")

    out += ["## 3. Comparison stage alone", "",
            "`compare.align` on synthetic claims (claims extracted from varied pages, copied with new ids and "
            "redrawn digits), each size in a fresh process. Extra memory is the peak resident memory during "
            "`align` above the memory held before it.", "",
            "| article claims | comment claims | seconds | µs per comment claim | extra memory | peak memory |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in scaling:
        if "error" in row:
            out.append(f"| {row['article']:,} | {row['comment']:,} | failed: {row['error'][:60]} | | | |")
            continue
        out.append(f"| {row['article']:,} | {row['comment']:,} | {row['seconds']:.2f} | "
                   f"{1e6 * row['seconds'] / row['comment']:.0f} | {_mib(row['extra_bytes'])} | {_mib(row['peak_bytes'])} |")
    out += ["", linear["detail"], ""]

    out += [f"## 4. One page with {big['comments']:,} comments", ""]
    if "error" in big:
        out += [f"Failed: `{big['error']}`", ""]
    else:
        rows = ", ".join(f"{name} {count:,}" for name, count in big["rows"].items())
        out += [f"`python -m analysis run PAGE` on a {big['bytes'] / 2**20:.1f} MB page (the bundled article and "
                f"{big['comments']:,} comments drawn from the seed pages' comments, values redrawn), in a fresh process:",
                "", f"- analysis time: {big['seconds']:.1f} s (process wall time {big['wall_s']:.1f} s)",
                f"- plain jieba `lcut` of the same page's text: {big['jieba_s']:.1f} s, so the analysis (tokenizer "
                f"loading and CSV writing included) took {big['seconds'] / big['jieba_s']:.1f} x as long",
                f"- peak memory: {_mib(big['peak_bytes'])}", f"- exit status: {big['status']}",
                f"- rows written: {rows}", ""]
    return "\n".join(out)


def _linearity(scaling: list[dict]) -> dict:
    """Linear when the time per comment claim at the largest size stays within
    twice the time per claim at the smallest, for each article size."""
    ok, parts = True, []
    for n_article in sorted({row["article"] for row in scaling}):
        rows = sorted((r for r in scaling if r["article"] == n_article and "error" not in r), key=lambda r: r["comment"])
        if len(rows) < 2:
            ok = False
            continue
        small, large = rows[0], rows[-1]
        per_small, per_large = small["seconds"] / small["comment"], large["seconds"] / large["comment"]
        growth = large["seconds"] / small["seconds"]
        ok = ok and per_large <= 2 * per_small
        parts.append(f"{n_article:,} article claims: {large['comment'] // small['comment']} x the comment claims "
                     f"took {growth:.0f} x the time ({1e6 * per_small:.0f} → {1e6 * per_large:.0f} µs per claim)")
    text = "; ".join(parts) if parts else "no measurement"
    return {"ok": ok and bool(parts), "text": text,
            "detail": "Linearity: " + text + ". Linear means the cost per comment claim does not grow with their number."}


# ------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120, help="synthetic pages for the pipeline ratio")
    parser.add_argument("--corpus-pages", type=int, default=2000, help="synthetic pages for corpus mode")
    parser.add_argument("--comments", type=int, default=20000, help="comments on the big page")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--max-comment-claims", type=int, default=100000)
    parser.add_argument("--out", default=str(DOC), help="Markdown file to write")
    parser.add_argument("--align-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--run-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.align_child:
        align_child(args.align_child[0], int(args.align_child[1]), int(args.align_child[2]))
        return 0
    if args.run_child:
        run_child(*args.run_child)
        return 0

    started = time.perf_counter()
    info = machine()
    cores = int(info["cores (nproc)"])
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        log(f"writing {args.pages} synthetic pages")
        pages = synthetic.write_corpus(scratch / "corpus", args.pages, seed=1)
        log(f"1. pipeline against plain jieba")
        ratio = pipeline_against_jieba(pages, args.repeats)
        profile = pipeline_profile(pages)
        synthetic.write_corpus(scratch / "corpus_mode", args.corpus_pages, seed=3)
        corpus = [corpus_run(scratch / "corpus_mode", jobs) for jobs in sorted({1, cores})]
        log("2. segmenters")
        segs = segmenters(pages, args.repeats)
        log("3. comparison stage")
        pool_file = scratch / "pools.pickle"
        with pool_file.open("wb") as handle:
            pickle.dump(claim_pools(scratch, 24, 600), handle)
        counts = [n for n in (1000, 10000, 100000) if n <= args.max_comment_claims]
        scaling = comparison_scaling(pool_file, [(a, c) for a in (100, 1000) for c in counts])
        log(f"4. a page with {args.comments} comments")
        big = big_page(scratch, args.comments)
    total = time.perf_counter() - started
    settings = {"pages": args.pages, "corpus_pages": args.corpus_pages, "comments": args.comments, "repeats": args.repeats}
    report = write_report(info, ratio, corpus, profile, segs, scaling, big, total, settings)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report + "\n", encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
