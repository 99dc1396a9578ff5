"""Synthetic pages for the benchmark: the bundled page and the fixture pages
with other numbers, dates and commenters, so that no result can be reused
from one page to the next, and one page with as many comments as asked.

Only the layout of the seed pages is kept; every number that is not a
heading's own number is redrawn.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from analysis import paths
from analysis.page import read_page
from analysis.source import PageError, decode_bytes

FIXTURE_PAGES = paths.ROOT / "tests" / "fixtures" / "pages"

# A heading's own number ("1. ", "二、", "（三）") is structure, not content.
_HEADING = re.compile(r"^\s*(?:\d+[.、．)]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])")
# One pass over dates, clock times, other numbers and counted Chinese numerals,
# so that a redrawn value is never redrawn again.
_VALUE = re.compile(
    r"(?P<date>(?<!\d)\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2})"
    r"|(?P<time>(?<!\d)\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<number>\d+)"
    r"|(?P<count>[一二三四五六七八九十两]+(?=[天个年次期笔万千百元块月周日]))"
)
_DATE = re.compile(r"(\d{4})([-/年.])(\d{1,2})([-/月.])(\d{1,2})")
_CN_NUMERALS = ("一", "两", "三", "五", "七", "十", "十五", "三十", "九十", "一百八十")


def _date(rng: random.Random, match: re.Match) -> str:
    year, month, day = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    width = len(match.group(3))
    return f"{year}{match.group(2)}{month:0{width}d}{match.group(4)}{day:0{len(match.group(5))}d}"


def _number(rng: random.Random, digits: int) -> str:
    if digits == 1:
        return str(rng.randint(1, 9))
    return str(rng.randint(10 ** (digits - 1), 10**digits - 1))


def _redraw(rng: random.Random, match: re.Match) -> str:
    if match.group("date"):
        return _date(rng, _DATE.fullmatch(match.group("date")))
    if match.group("time"):
        seconds = f":{rng.randint(0, 59):02d}" if match.group("time").count(":") == 2 else ""
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}{seconds}"
    if match.group("number"):
        return _number(rng, len(match.group("number")))
    return rng.choice(_CN_NUMERALS)


def vary(text: str, rng: random.Random) -> str:
    """The same text with its dates, times and amounts redrawn."""
    lines = []
    for line in text.split("\n"):
        head = _HEADING.match(line)
        keep, rest = (line[: head.end()], line[head.end():]) if head else ("", line)
        lines.append(keep + _VALUE.sub(lambda m: _redraw(rng, m), rest))
    return "\n".join(lines)


@dataclass(frozen=True)
class Seed:
    name: str
    suffix: str
    encoding: str
    text: str


def seeds() -> list[Seed]:
    """The bundled page and every fixture page, decoded."""
    files = [paths.DEFAULT_PAGE, *sorted(FIXTURE_PAGES.iterdir())]
    out = []
    for path in files:
        try:
            read_page(path)
        except PageError:  # a fixture of a bad page seeds nothing
            continue
        encoding, text = decode_bytes(path.read_bytes())
        out.append(Seed(path.stem, path.suffix, encoding, text))
    return out


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return text.encode("utf-8")


def write_corpus(folder: Path, n_pages: int, seed: int = 1) -> list[Path]:
    """``n_pages`` varied pages, the seeds in turn, each in its seed's encoding."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    sources = seeds()
    written = []
    for i in range(n_pages):
        source = sources[i % len(sources)]
        path = folder / f"{i:05d}_{source.name}{source.suffix}"
        path.write_bytes(_encode(vary(source.text, rng), source.encoding))
        written.append(path)
    return written


def comment_bodies() -> list[str]:
    """Every comment text of the seed pages: what the genre's readers write."""
    bodies = []
    for path in [paths.DEFAULT_PAGE, *sorted(FIXTURE_PAGES.iterdir())]:
        try:
            page = read_page(path)
        except PageError:
            continue
        bodies.extend(c.text for c in page.comments if c.text.strip())
    return bodies


def many_comments_page(n_comments: int, seed: int = 2) -> str:
    """The bundled page's article with ``n_comments`` comments in its own
    comment layout (header line with author and date, then the text)."""
    rng = random.Random(seed)
    page = read_page(paths.DEFAULT_PAGE)
    lines = page.text.split("\n")
    first, last = page.comments[0], page.comments[-1]
    header = lines[first.line_no - 1]
    end = max(block.line_no for block in last.blocks)
    bodies = comment_bodies()
    generated = []
    for i in range(n_comments):
        author = f"用户{rng.randint(100, 999)}{chr(0x4E00 + rng.randint(0, 2000))}"
        date = f"{rng.randint(2018, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        generated.append(header.replace(first.author, author).replace(first.date, date))
        generated.append(vary(rng.choice(bodies), rng).replace("\n", " "))
    return "\n".join(lines[: first.line_no - 1] + generated + lines[end:])
