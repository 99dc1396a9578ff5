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
# 点 is the decimal point of Chinese numerals: 八点八 is 8.8, 两点五万 25000.
_CN_DECIMAL = "(?:点[零〇一二三四五六七八九]+)"
_NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?[万亿千]?|[{_CN}]+{_CN_DECIMAL}?[万亿千]?(?:半)?|半)"
_HALF_MONTHS = re.compile(rf"(?<![\d.{_CN}])(?P<num>\d+|[{_CN}]+)个半月")
_FRACTION = re.compile(rf"(?P<base>百|千|万)分之(?P<num>[\d.]+|[{_CN}]+{_CN_DECIMAL}?)")
# Dates are no durations: 2024年3月5日, 3月5日, and a day of the month (每月10日).
_DATE = re.compile(
    r"(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|(?:每个?月|当月|次月|下个?月|(?:账单|还款|到期|出账|扣款)日\s*[为是在]?\s*(?:每月)?)\s*\d{1,2}\s*[日号]"
    # a second day of the month after the first (每月9日或10日), a part of a month (12月底, 3月初)
    r"(?:\s*(?:或者?|和|及|、|至|到|-|~)\s*\d{1,2}\s*[日号])?"
    r"|(?<![\d.])\d{1,2}\s*月(?:底|初|末|中旬|上旬|下旬|份)"
    # a month of a year named by its place in time (今年5月, 明年1月, 去年12月)
    r"|(?:今年|明年|去年|前年|后年|当年|次年)\s*\d{1,2}\s*月(?![\d份])"
)
_PER_UNIT = "天年月期次个周日笔"   # after a rate's 一: "per one" of these (万分之五一天)
_ARABIC = re.compile(r"(\d+(?:\.\d+)?)([万亿千]?)")   # 1.5万: digits and a large unit
_FRACTION_BASE = {"百": Decimal(100), "千": Decimal(1000), "万": Decimal(10_000)}
# A number in 万 or 千 with no unit written after it (额度5万, 欠了两万多,
# 一万五, 20w): on these pages an amount of yuan, unless a word of
# bare_amounts.txt next to it says it counts something else (3万人, 阅读1.2万).
_BARE_AMOUNT = re.compile(
    rf"(?<![\d.{_CN}几A-Za-z])(?P<a>\d+(?:\.\d+)?[万千]|[一二两三四五六七八九十][{_CN}]*?[万千][一二两三四五六七八九]?"
    rf"|\d+(?:\.\d+)?[wW](?![A-Za-z]))(?![\d.{_CN}])"
)
BARE_AMOUNTS_FILE = "bare_amounts.txt"
_PEOPLE = ("人", "家", "位", "名", "户")
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
        rf"(?<!第)(?<![\d.{_CN}几])(?P<a>{_NUMBER})(?:\s*(?:-|~|～|至|到)\s*(?P<b>{_NUMBER}))?(?P<more>多|余)?\s*(?P<unit>{alternatives})"
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
    if "点" in text:
        return _decimal(text)
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


def _decimal(text: str) -> Decimal | None:
    """八点八 → 8.8, 两点五万 → 25000: the whole part, 点, one digit a place, and a large unit."""
    whole, _, rest = text.partition("点")
    scale = _LARGE.get(rest[-1:], 1) if rest else 1
    digits = rest[:-1] if scale != 1 else rest
    if not digits or any(c not in _DIGITS for c in digits):
        return None
    base = chinese_number(whole) if whole else Decimal(0)
    if base is None:
        return None
    fraction = Decimal("0." + "".join(str(_DIGITS[c]) for c in digits))
    return (base + fraction) * scale


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# A time of day: 22:00, or an hour with 点 after a part of the day (晚上10点,
# 下午五点半) or before 前/后/整 (24点前, 10点以后). Written 22:00, on the
# 24-hour clock: the evening hours of 晚上 and 下午 take 12 more.
_CLOCK = re.compile(
    r"(?P<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜)?"
    r"(?<![\d.:])(?P<h>\d{1,2}|[零一二两三四五六七八九十]{1,3})"
    r"(?:[:：](?P<m>[0-5]\d)(?![\d:：])|点(?:(?P<half>半)|(?P<mm>[0-5]?\d)分|钟|整)?)"
)
_CLOCK_AFTER = ("前", "之前", "以前", "后", "之后", "以后", "整", "钟", "左右", "到", "至", "之间")
_EVENING = ("下午", "傍晚", "晚上", "夜里", "夜间", "深夜")
_NIGHT = ("晚上", "夜里", "夜间", "深夜")


def _clock_times(text: str) -> list[tuple[int, int, str]]:
    out = []
    for match in _CLOCK.finditer(text):
        hour = chinese_number(match.group("h"))
        if hour is None or hour > 24:
            continue
        part, colon = match.group("part"), match.group("m")
        if not colon and not part and not match.group("half") and not match.group("mm") \
                and not text.startswith(_CLOCK_AFTER, match.end()):
            continue   # 八点八 is a number, 3点 a point of a list: no time without a part of the day or 前/后
        minute = int(colon or match.group("mm") or (30 if match.group("half") else 0))
        hour = int(hour)
        if part in _EVENING and hour < 12 and not (part in _NIGHT and hour < 6):
            hour += 12
        elif part in _NIGHT and hour == 12:
            hour = 24   # 晚上12点: the end of the day
        elif part == "中午" and hour < 3:
            hour += 12
        out.append((match.start("h") if part is None else match.start(), match.end(), f"{hour}:{minute:02d}"))
    return out


def quantity_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised quantity) of every quantity of ``text``, in order."""
    if not _ANY_NUMERAL.search(text):
        return []   # most clauses hold no number: skip the three patterns
    by_written, pattern = _units()
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for match in _DATE.finditer(text):
        for k in range(match.start(), match.end()):
            taken[k] = True
    if "点" in text or ":" in text:
        for start, end, clock in _clock_times(text):
            if not any(taken[start:end]):
                found.append((start, end, clock))
                for k in range(start, end):
                    taken[k] = True
    for match in _HALF_MONTHS.finditer(text):
        # 一个半月: one month and a half.
        value = chinese_number(match.group("num"))
        if value is None:
            continue
        found.append((match.start(), match.end(), _fmt(value + Decimal("0.5")) + "个月"))
        for k in range(match.start(), match.end()):
            taken[k] = True
    for match in _FRACTION.finditer(text):
        num, end = match.group("num"), match.end()
        if len(num) > 1 and num.endswith("一") and end < len(text) and text[end] in _PER_UNIT:
            num, end = num[:-1], end - 1   # 万分之五一天: 五 per 一天, not 五一
        value = chinese_number(num)
        if value is None:
            continue
        percent = value / _FRACTION_BASE[match.group("base")] * 100
        found.append((match.start(), end, _fmt(percent) + "%"))
        for k in range(match.start(), end):
            taken[k] = True
    for match in pattern.finditer(text):
        if any(taken[match.start() : match.end()]):
            continue
        # A number and unit followed by 性 is an adjective (一次性偿还), not a quantity.
        if text[match.end() : match.end() + 1] == "性":
            continue
        if match.group("a") == "一半":
            continue   # 超过一半期限: half of something, not 一 and 半期
        if match.group("a") == "半" and match.group("unit") == "天":
            continue   # 说了半天, 等了半天: a while, not half a day
        if match.group("a") == "半" and text[max(0, match.start() - 1) : match.start()] in ("上", "下"):
            continue   # 上半年: a part of the year, no length of time
        if text.startswith("岁", match.end()):
            continue   # 18周岁: an age, not weeks
        if match.group("unit") in _PEOPLE and match.group("a") in ("一", "千", "万"):
            continue   # 一家人, 千人千面: a phrase, no count
        unit = by_written[match.group("unit")]
        a = chinese_number(match.group("a"))
        if a is None:
            continue
        end = match.end()
        if unit.kind == "duration" and text[end : end + 1] == "半" and not match.group("b"):
            a += Decimal("0.5")   # 一年半, 三天半: the half comes after the unit
            end += 1
        written = _fmt(a)
        if match.group("b"):
            b = chinese_number(match.group("b"))
            if b is None:
                continue
            written += "-" + _fmt(b)
        found.append((match.start(), end, written + unit.canonical))
    if _BARE_HINT.search(text):
        found.extend(_bare_amounts(text, found, taken))
    money = _money_before()
    if money is not None and money.search(text):
        found.extend(_plain_amounts(text, found, taken, money))
    return _ranges(text, sorted(found))


@lru_cache(maxsize=1)
def _money_before() -> re.Pattern | None:
    """A word of money (bare_amounts.txt, role ``money``: 额度, 借了, 月供), a
    few characters of no digit or mark, and a plain number of three digits or
    more with no unit after it: 额度降到了8000 is 8000 yuan."""
    words = [e[0] for e in reference.load_pairs(BARE_AMOUNTS_FILE) if e[1:2] == ("money",)]
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(
        rf"(?:{alternation})[^\d\s,.;:!?，。；：！？、|()（）]{{0,4}}?(?P<a>(?<![\d.])\d{{3,7}})[多余]?"
        rf"(?![\d.,%％:：A-Za-z])"
    )


def _plain_amounts(text: str, found, taken, money: re.Pattern) -> list[tuple[int, int, str]]:
    by_written, _ = _units()
    out = []
    for match in money.finditer(text):
        start, end = match.span("a")
        if any(taken[start:end]) or any(s < end and start < e for s, e, _ in found):
            continue
        after = text[match.end():]
        if after.startswith(("万", "千", "亿", "年", "月", "日", "号", "点")) or any(
                after.startswith(unit) for unit in by_written):
            continue   # a number with its unit, or a date or a time: read elsewhere or no amount
        out.append((start, end, str(int(match.group("a"))) + "元"))
    return out


_BARE_HINT = re.compile(r"[万千wW]")
_COMPARING = re.compile(r"(?:超过|达到|突破|已达|累计|约|近|逾|已有|高达|共)+$")


@lru_cache(maxsize=1)
def _bare_amount_context() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words after and before a bare 万 or 千 that make it a count, not yuan."""
    entries = reference.load_pairs(BARE_AMOUNTS_FILE)
    after = tuple(e[0] for e in entries if e[1:2] == ("after",))
    before = tuple(e[0] for e in entries if e[1:2] == ("before",))
    return after, before


def _bare_amounts(text: str, found: list[tuple[int, int, str]], taken: list[bool]) -> list[tuple[int, int, str]]:
    """Bare amounts in 万 or 千 (额度5万 → 50000元) that no other pattern took."""
    after, before = _bare_amount_context()
    out = []
    for match in _BARE_AMOUNT.finditer(text):
        start, end = match.span()
        if any(taken[start:end]) or any(s < end and start < e for s, e, _ in found):
            continue   # 5万元 was read with its unit; 2024年 is a date
        tail = text[end:].lstrip()
        if tail[:1] in ("多", "余"):
            tail = tail[1:].lstrip()
        lead = _COMPARING.sub("", text[:start].rstrip())   # 用户超过5000万: the count word before 超过
        if tail.startswith(after) or lead.endswith(before):
            continue
        written = match.group("a")
        if written[-1] in "wW":
            written = written[:-1] + "万"
        value = chinese_number(written)
        if value is None:
            continue
        out.append((start, end, _fmt(value) + "元"))
    return out


# Marks that join two figures into a range (3天到5天, 0.02%至0.05%).
RANGE_MARKS = frozenset("至到-~～—")
_LEADING_NUMBER = re.compile(r"^[\d.]+")


def _ranges(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two quantities of one unit joined by a range mark (0.02%至0.05%, 3天到5天)
    as one range (0.02-0.05%), as 3至5天 is read."""
    out: list[tuple[int, int, str]] = []
    for span in found:
        if out:
            start, end, value = out[-1]
            low, high = _LEADING_NUMBER.match(value), _LEADING_NUMBER.match(span[2])
            if (
                low and high and "-" not in value and "-" not in span[2] and ":" not in value
                and value[low.end():] == span[2][high.end():]
                and text[end : span[0]].strip() in RANGE_MARKS
            ):
                out[-1] = (start, span[1], low.group() + "-" + span[2])
                continue
        out.append(span)
    return out


APPROXIMATIONS_FILE = "approximations.txt"


def approximate_quantities(text: str) -> frozenset[str]:
    """The normalised quantities of ``text`` written as approximate (约14.6%,
    14%多): next to a word of ``approximations.txt`` on its side."""
    spans = quantity_spans(text)
    if not spans:
        return frozenset()
    words = reference.load_pairs(APPROXIMATIONS_FILE)
    before = tuple(e[0] for e in words if e[1:2] == ("before",))
    after = tuple(e[0] for e in words if e[1:2] == ("after",))
    # 50多块: the word may stand between the number and its unit, inside the span.
    return frozenset(
        value for start, end, value in spans
        if text[:start].endswith(before) or text[end:].startswith(after) or any(w in text[start:end] for w in after)
    )


def is_duration(quantity: str) -> bool:
    """Whether a normalised quantity (30天, 3个月, 0.05%) is a length of time."""
    by_written, _ = _units()
    return any(quantity.endswith(u.canonical) for u in by_written.values() if u.kind == "duration")


def quantities(text: str) -> tuple[str, ...]:
    """Normalised quantities of ``text`` in order of appearance, without repeats."""
    return tuple(dict.fromkeys(value for _, _, value in quantity_spans(text)))


_CLAUSE_MARKS = "，。；！？,;!?"
# Characters that may stand between a denial and its figure (不是日息0.05%):
# anything but a clause mark or another number; a longer modifier ending in
# 的 too (不是正常利率的1.5倍).
_DENIAL_GAP = re.compile(r"[^\d，。；！？,.;!?、\s]{0,4}|[^\d，。；！？,.;!?、\s]{2,7}的")


# 等到, 拖到: a denied action that runs until a figure; …的问题: the figure is not what is denied.
_UNTIL = re.compile("[等到拖]")
_NOT_THE_POINT = ("的问题", "的事", "的关系")


def denied_quantities(
    text: str, denials: re.Pattern | None, narrators: tuple[str, ...] = (), adjacent: frozenset[str] = frozenset(),
) -> tuple[tuple[str, int, int], ...]:
    """(quantity, clause start, clause end) of each figure that a denial word
    right before it says is wrong (罚息不是0.05% denies 0.05%; 不是日息0.05%
    too). ``denials`` matches the denial words; the clause is the stretch
    between clause marks that holds the denial. After one of ``narrators``
    (我不是逾期30天) the denial tells the writer's own case: no figure is denied.
    A word of ``adjacent`` (没有) denies only a figure right after it: 没有12期
    denies 12期, 没有超过3天 tells a case."""
    if denials is None:
        return ()
    spans = None
    out = []
    for cue in denials.finditer(text):
        if cue.start() and text[cue.start() - 1] == cue.group()[-1]:
            continue   # 是不是5年 asks; it denies nothing
        if narrators and text[: cue.start()].endswith(narrators):
            continue   # 我不是逾期30天: the writer's own case
        if spans is None:
            spans = quantity_spans(text)
        start = next((s for s in spans if s[0] >= cue.end()), None)
        if start is None or not _DENIAL_GAP.fullmatch(text, cue.end(), start[0]):
            continue
        if cue.group() in adjacent and start[0] != cue.end():
            continue
        if _UNTIL.search(text, cue.end(), start[0]) or text.startswith(_NOT_THE_POINT, start[1]):
            continue   # 而不是等到3天…: contrasts actions; 不是1.5倍的问题: the figure stands
        out.append((start[2], *clause_bounds(text, cue.start(), start[1])))
    return tuple(out)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the clause of ``text`` (between clause marks) that holds ``start``:``end``."""
    begin = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    ends = [k for k in (text.find(mark, end) for mark in _CLAUSE_MARKS) if k >= 0]
    return begin, min(ends, default=len(text))

