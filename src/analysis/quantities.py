"""Amounts, durations and rates in Chinese text, written with Arabic numerals.

``quantities("逾期记录保留五年")`` gives ``("5年",)``; ``万分之五`` becomes
``0.05%``, ``两个月`` ``2个月``, ``1.5万元`` ``15000元``. Units and their
written forms come from ``data/reference/units.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import reference

UNITS_FILE = "units.txt"

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
_CN = "零〇一二两三四五六七八九十百千万亿"
_NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?[万亿千]?|[{_CN}]+(?:半)?|半)"
_FRACTION = re.compile(rf"(?P<base>百|千|万)分之(?P<num>[\d.]+|[{_CN}]+)")
_DATE = re.compile(r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_ARABIC = re.compile(r"(\d+(?:\.\d+)?)([万亿千]?)")   # 1.5万: digits and a large unit
_FRACTION_BASE = {"百": Decimal(100), "千": Decimal(1000), "万": Decimal(10_000)}
# A character without which no pattern above matches: a digit, a Chinese numeral or 半.
_ANY_NUMERAL = re.compile(rf"[\d{_CN}半]")


@dataclass(frozen=True)
class Unit:
    written: str
    canonical: str
    kind: str


@lru_cache(maxsize=1)
def _units() -> tuple[dict[str, Unit], re.Pattern]:
    """Each written form of a unit with its unit, and the quantity pattern."""
    units = tuple(Unit(*entry[:3]) for entry in reference.load_pairs(UNITS_FILE))
    alternatives = "|".join(re.escape(u.written) for u in sorted(units, key=lambda u: len(u.written), reverse=True))
    pattern = re.compile(
        rf"(?<!第)(?<![\d.{_CN}])(?P<a>{_NUMBER})(?:\s*(?:-|~|～|至|到)\s*(?P<b>{_NUMBER}))?\s*(?P<unit>{alternatives})"
    )
    return {u.written: u for u in units}, pattern


def chinese_number(text: str) -> Decimal | None:
    """Value of a number written in Chinese numerals, Arabic digits or a mix
    (十五 → 15, 两千 → 2000, 1.5万 → 15000, 一年半's 一半 aside: 半 → 0.5)."""
    text = text.replace(",", "").strip()
    if not text:
        return None
    if text == "半":
        return Decimal("0.5")
    half = text.endswith("半") and len(text) > 1
    if half:
        text = text[:-1]
    match = _ARABIC.fullmatch(text)
    if match:
        value = Decimal(match.group(1)) * {"": 1, "千": 1000, "万": 10_000, "亿": 100_000_000}[match.group(2)]
        return value + (Decimal("0.5") if half else 0)
    if any(c not in _DIGITS and c not in _SMALL and c not in _LARGE for c in text):
        return None
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[char]
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * _LARGE[char]
            section, digit = 0, None
    if digit is not None:
        # 二百五 reads as 250: a trailing digit takes the next smaller place.
        last = text[-2] if len(text) > 1 else ""
        if last in ("百", "千", "万") and len(text) > 2:
            section += digit * ({**_SMALL, **_LARGE}[last] // 10)
        else:
            section += digit
    value = Decimal(total + section)
    return value + (Decimal("0.5") if half else 0)


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def quantities(text: str) -> tuple[str, ...]:
    """Normalised quantities of ``text`` in order of appearance, without repeats."""
    if not _ANY_NUMERAL.search(text):
        return ()   # most clauses hold no number: skip the three patterns
    by_written, pattern = _units()
    found: list[tuple[int, str]] = []
    taken = [False] * len(text)
    for match in _DATE.finditer(text):
        for k in range(match.start(), match.end()):
            taken[k] = True
    for match in _FRACTION.finditer(text):
        value = chinese_number(match.group("num"))
        if value is None:
            continue
        percent = value / _FRACTION_BASE[match.group("base")] * 100
        found.append((match.start(), _fmt(percent) + "%"))
        for k in range(match.start(), match.end()):
            taken[k] = True
    for match in pattern.finditer(text):
        if any(taken[match.start() : match.end()]):
            continue
        # A number and unit followed by 性 is an adjective (一次性偿还), not a quantity.
        if text[match.end() : match.end() + 1] == "性":
            continue
        unit = by_written[match.group("unit")]
        a = chinese_number(match.group("a"))
        if a is None:
            continue
        written = _fmt(a)
        if match.group("b"):
            b = chinese_number(match.group("b"))
            if b is None:
                continue
            written += "-" + _fmt(b)
        found.append((match.start(), written + unit.canonical))
    seen, out = set(), []
    for _, value in sorted(found):
        if value not in seen:
            seen.add(value)
            out.append(value)
    return tuple(out)
