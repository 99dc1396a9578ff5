"""From the bytes of a saved page to its text: encoding, binary checks, HTML.

The genre's pages arrive as UTF-8 (with or without BOM), GB18030/GBK, Big5 or
UTF-16, as plain text or as saved HTML. ``read_source`` returns the decoded
text with the encoding it used, or raises ``PageError`` with a one-line
reason that the command line prints next to the file name.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_MAX_BYTES = 16 * 1024 * 1024

# Magic numbers of the binary files most often saved next to pages.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV) file"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BM", None),  # too short to trust alone; checked with the control-byte rule
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Whole saved pages, and fragments saved from a browser's "copy element".
_HTML_START = re.compile(
    r"^\s*(<!doctype html|<html|<head|<meta|<body|<!--|<\?xml"
    r"|<(?:div|article|section|main|p|h1|h2|table|ul)\b[^>]*>)",
    re.IGNORECASE,
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class PageError(Exception):
    """A page that cannot be analysed; the message is one line for the user."""


@dataclass(frozen=True)
class Source:
    """A page's decoded text and how it was obtained."""

    path: str
    encoding: str
    text: str
    is_html: bool


def read_source(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode one page file; raise ``PageError`` with the reason."""
    path = Path(path)
    info = _stat(path)
    if info is None:
        raise PageError("no such file")
    if stat.S_ISDIR(info.st_mode):
        raise PageError("is a folder, not a page file")
    size = info.st_size
    if size > max_bytes:
        raise PageError(
            f"page is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit "
            "(raise it with --max-mb)"
        )
    try:
        with open(path, "rb", buffering=0) as handle:  # one read call, no buffer object
            data = handle.readall()
    except OSError as error:
        raise PageError(f"cannot read file ({error.strerror})") from None
    encoding, text = decode_bytes(data)
    is_html = bool(_HTML_START.match(text[:2000]))
    if is_html:
        from .html import html_to_text

        text = html_to_text(text)
    return Source(path=str(path), encoding=encoding, text=text, is_html=is_html)


def _stat(path: Path) -> os.stat_result | None:
    """The file's status, None where ``Path.exists()`` says it does not exist
    (one system call instead of one each for exists, is_dir and the size)."""
    try:
        return os.stat(path)
    except OSError as error:
        if error.errno in _MISSING:
            return None
        raise
    except ValueError:  # a path the system cannot take (a NUL character)
        return None


# The errors for which pathlib's exists() answers False.
_MISSING = frozenset((errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(encoding, text)`` for the bytes of a page.

    Order: byte-order mark; UTF-16 without BOM (detected by its zero bytes);
    strict UTF-8 (bytes that decode as UTF-8 are UTF-8 whatever a copied
    ``<meta>`` says); a charset declared by an HTML ``<meta>``; then GB18030,
    Big5 and Big5-HKSCS, of which the one whose text reads more like Chinese wins.
    """
    if not data or data.isspace():
        raise PageError("file is empty" if not data else "file is blank")
    for magic, label in _MAGIC:
        if label and data.startswith(magic):
            raise PageError(f"binary file ({label}), not a page")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(name, data.decode(name))
            except UnicodeDecodeError as error:
                raise PageError(f"undecodable bytes: BOM says {name} but byte {error.start} is invalid") from None
    if b"\x00" not in data:
        # No zero byte: not UTF-16 (see _utf16_without_bom), and UTF-8 is tried
        # first whatever a <meta> declares.
        try:
            return _checked("utf-8", data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(utf16, data.decode(utf16))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise PageError("binary file (contains zero bytes), not a page")
    candidates = ["utf-8"]
    declared = _HTML_CHARSET.search(data[:4096])
    if declared:
        candidates.append(_normalise_codec(declared.group(1).decode("ascii", "replace")))
    # Hong Kong pages use characters beyond Big5 proper; HKSCS is its superset.
    candidates += ["gb18030", "big5", "big5hkscs"]
    decoded: dict[str, str] = {}
    first_error = None
    for name in dict.fromkeys(c for c in candidates if c):
        try:
            decoded[name] = data.decode(name)
        except (UnicodeDecodeError, LookupError) as error:
            if first_error is None and isinstance(error, UnicodeDecodeError):
                first_error = error
            continue
        if name == "utf-8" or (declared and name == candidates[1]):
            return _checked(name, decoded[name])
    if not decoded:
        where = f" (first bad byte at offset {first_error.start})" if first_error else ""
        raise PageError(f"undecodable bytes: not UTF-8, UTF-16, GB18030 or Big5{where}")
    best = max(decoded, key=lambda name: (_chinese_score(decoded[name]), name == "gb18030"))
    return _checked(best, decoded[best])


def _normalise_codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # GBK and GB2312 pages are decoded as their superset, so rare characters survive.
    return "gb18030" if codec in ("gbk", "gb2312", "hz") else codec


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    # ASCII-heavy UTF-16 has zeros in one byte of every pair; Chinese-only UTF-16
    # has few zeros, so also accept text whose LE decoding is mostly CJK.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    if len(data) % 2 == 0 and b"\n\x00" in data and b"\x00\n" not in data[:1]:
        try:
            text = data.decode("utf-16-le")
        except UnicodeDecodeError:
            return None
        if _chinese_score(text) > 0.5 and not _looks_single_byte(data):
            return "utf-16-le"
    return None


def _looks_single_byte(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _chinese_score(text: str) -> float:
    """Share of common Chinese characters among the non-ASCII characters.

    Text decoded with the wrong double-byte codec is full of rare ideographs,
    symbols and private-use characters; the right codec yields characters of
    the basic CJK block and common punctuation.
    """
    sample = text[:20000]
    # Characters beyond ASCII: those the ASCII encoder leaves out.
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if not non_ascii:
        return 1.0
    return (non_ascii - len(_uncommon().findall(sample))) / non_ascii


@lru_cache(maxsize=1)
def _uncommon() -> re.Pattern:
    """A character that is neither ASCII nor one of ``_common_characters``."""
    common = "".join(re.escape(ch) for ch in sorted(_common_characters()))
    return re.compile("[^\\x00-\\x7f" + common + "]")


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """The most frequent Chinese characters of both scripts, and CJK punctuation.

    GB2312 level 1 (the 3,755 commonest simplified characters) and Big5 level 1
    (the 5,401 commonest traditional ones) are enumerated from the codecs
    themselves, so no word list has to ship with the project.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    chars.update("，。、；：？！“”‘’《》（）【】…—·「」『』　％０１２３４５６７８９")
    return frozenset(chars)


def _checked(encoding: str, text: str) -> tuple[str, str]:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise PageError("binary file (control bytes in the text), not a page")
    return encoding, text.replace("\r\n", "\n").replace("\r", "\n")
