"""Saved HTML pages to the plain-text lines the page parser reads.

Block elements become line breaks and inline elements stay inside their line,
so a paragraph of HTML is one line of text, as in the plain-text pages.

The text is collected while lxml's HTML parser reads the page (a parser
*target*), without building a tree: the parser reports each start tag, end
tag and run of text in document order, and the rules below decide on the
spot what is kept. The rules are those of a tree walk (what a browser would
show as lines), written as event handling:

* ``script``, ``style``, ``noscript``, ``template`` and ``svg`` elements are
  dropped with everything inside them;
* the page's ``<title>`` (the first one outside dropped elements) is kept as
  the first line only when no ``<h1>`` is left in the page: otherwise the
  heading is the title and the head, with the title in it, is dropped;
* only the text inside ``<body>`` counts (the whole page when there is none);
* ``<br>`` and every block element end a line; table cells are kept apart by
  a space so that the cells of one row share a line ("1楼 NAME 2025-…");
* text inside ruby annotations (``<rt>``, ``<rp>``) and comments, processing
  instructions and doctypes are not text.
"""
from __future__ import annotations

import re

import threading

from lxml import etree

_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
))
_CELLS = frozenset(("td", "th"))
# Elements dropped with their whole content.
_DROPPED = frozenset(("script", "style", "noscript", "template", "svg"))
# Elements whose own strings are not page text (ruby annotations; the others are dropped anyway).
_NOT_TEXT = frozenset(("rt", "rp", "style", "script", "template"))


# Flags of an open element, bits of an int; each element inherits its parent's.
_DROPPED_IN = 1   # inside script, style, noscript, template or svg
_HEADED = 2       # ... or inside the dropped <head>
_GONE = 4         # ... or inside a <br>: nothing in it is page text
_ANNOTATION = 8   # inside rt or rp (or script …): its strings are not page text
_IN_TITLE = 16    # inside the page's <title>
# Names that need more than inheriting their parent's flags.
_SPECIAL = _BLOCKS | _CELLS | _DROPPED | _NOT_TEXT | {"head", "title", "body", "br"}


class _PageText:
    """lxml parser target gathering the visible text of a page (see module doc)."""

    def __init__(self) -> None:
        self.names: list[str] = []       # open elements, innermost last
        self.flags: list[int] = [0]      # their flags, after those of "outside every element"
        self.edges: list[str] = []       # what each one's end adds: "\n", " " or ""
        self.open_names: dict[str, int] = {}
        self.pieces: list[str] = []      # kept strings and line breaks, in document order
        self.body_start: int | None = None  # the body's pieces: [body_start, body_end)
        self.body_end = 0
        self.body_at: int | None = None  # the open body's place in ``names``
        self.title: list[str] = []       # stripped strings of the title
        self.has_title = self.has_head = self.has_h1 = False
        self.sub_level = 1               # the level of the latest <h2>/<h3> (1: none yet)
        self.run: list[str] = []         # text inside a flagged element, not yet closed by a tag, comment …

    def _close_run(self) -> None:
        string = "".join(self.run)
        self.run = []
        flags = self.flags[-1]
        if flags & _ANNOTATION:
            return
        if not flags & _GONE:
            self.pieces.append(string)
        if flags & _IN_TITLE and not flags & _DROPPED_IN:
            stripped = string.strip()
            if stripped:
                self.title.append(stripped)

    def start(self, tag, attrib) -> None:
        if self.run:
            self._close_run()
        name = tag if "}" not in tag else _local(tag)
        flags = self.flags[-1]
        edge = ""
        if name in _SPECIAL:
            flags, edge = self._special(name, flags)
        self.names.append(name)
        self.flags.append(flags)
        self.edges.append(edge)
        self.open_names[name] = self.open_names.get(name, 0) + 1

    def _special(self, name: str, flags: int) -> tuple[int, str]:
        """Flags of a new element with one of the ``_SPECIAL`` names, and its end's edge."""
        if name in _DROPPED:
            flags |= _DROPPED_IN | _HEADED | _GONE
        elif name == "head":
            if not flags & _HEADED and not self.has_head:
                self.has_head = True  # the first head outside dropped elements
                flags |= _HEADED | _GONE
        elif name == "title":
            if not flags & _DROPPED_IN and not self.has_title:
                self.has_title = True  # the first title outside dropped elements
                flags |= _IN_TITLE
        if name in _NOT_TEXT:
            flags |= _ANNOTATION
        edge = ""
        if not flags & _GONE:
            if name == "body":
                if self.body_start is None:
                    self.body_start = len(self.pieces)
                    self.body_at = len(self.names)
            elif name == "br":
                self.pieces.append("\n")
                flags |= _GONE
            elif name in _BLOCKS:
                self.pieces.append("\n")
                edge = "\n"
                if name == "h1":
                    self.has_h1 = True
                elif name in _SUBHEADINGS:
                    # <h2>违约金怎么算</h2>: a heading the text would otherwise lose, written as
                    # Markdown writes it so that the page reads it as one. A heading with a
                    # digit is left as it is: a byline or a comment's header (1楼 NAME DATE).
                    self.pieces.append(_SUBHEADING_MARK * _SUBHEADINGS[name])
                    self.sub_level = _SUBHEADINGS[name]
                elif name == "dt":
                    # <dt>问：…？</dt><dd>答：…</dd>: each term of a list of questions heads
                    # its answer, one level under the latest subheading (figures and all).
                    self.pieces.append(_TERM_MARK * (self.sub_level + 1))
            elif name in _CELLS:
                self.pieces.append(" ")
                edge = " "
        return flags, edge

    def end(self, tag) -> None:
        if self.run:
            self._close_run()
        name = tag if "}" not in tag else _local(tag)
        # Close up to the latest open element of that name (none: nothing to close).
        if self.open_names.get(name):
            while self._pop() != name:
                pass

    def _pop(self) -> str:
        name = self.names.pop()
        self.flags.pop()
        edge = self.edges.pop()
        self.open_names[name] -= 1
        if edge:
            self.pieces.append(edge)
        if len(self.names) == self.body_at:
            self.body_end = len(self.pieces)
            self.body_at = None
        return name

    def data(self, text) -> None:
        if self.flags[-1]:
            self.run.append(text)  # sorted out when the run ends (see _close_run)
        else:
            self.pieces.append(text)  # plain page text: nothing to decide

    def comment(self, text) -> None:
        if self.run:
            self._close_run()

    def pi(self, target, data=None) -> None:
        if self.run:
            self._close_run()

    def doctype(self, *args) -> None:
        if self.run:
            self._close_run()

    def close(self) -> None:
        if self.run:
            self._close_run()
        while self.names:
            self._pop()

    def text(self) -> str:
        if self.body_start is not None:
            return _subheadings("".join(self.pieces[self.body_start : self.body_end]))
        return _subheadings("".join(self.pieces))


_SUBHEADINGS = {"h2": 2, "h3": 3}   # <h4> and below often hold a commenter's name


# Where a subheading's Markdown marks go, decided once its text is known.
_SUBHEADING_MARK = "\ue000"
_SUBHEADING_LINE = re.compile(_SUBHEADING_MARK + "+")
_TERM_MARK = "\ue001"   # the same for a <dt>, whose figures do not make it a byline
_TERM_LINE = re.compile(_TERM_MARK + "+")


def _subheadings(text: str) -> str:
    """Each marked subheading written as Markdown (## 违约金怎么算), unless its
    line holds a digit: then it is a byline or a comment's header, left as it is."""
    if _SUBHEADING_MARK not in text and _TERM_MARK not in text:
        return text
    out = []
    for line in text.split("\n"):
        marks = _SUBHEADING_LINE.match(line.lstrip())
        if marks:
            rest = line.lstrip()[marks.end() :]
            line = rest if any(ch.isdigit() for ch in rest) else "#" * len(marks.group()) + " " + rest
        terms = _TERM_LINE.match(line.lstrip())
        if terms and line.lstrip()[terms.end() :].strip():
            line = "#" * len(terms.group()) + " " + line.lstrip()[terms.end() :]
        out.append(line.replace(_SUBHEADING_MARK, "").replace(_TERM_MARK, ""))
    return "\n".join(out)


def _local(tag: str) -> str:
    """``{namespace}name`` → ``name``."""
    if tag[:1] == "{" and "}" in tag:
        return tag.split("}", 1)[1]
    return tag


# One parser and target per thread, used page after page: lxml then resets its
# libxml2 parser context instead of building a new one for every page.
_readers = threading.local()


def _read(markup: str | bytes, encoding: str | None) -> tuple[str, str, bool]:
    """``(body text, title, whether an <h1> is left)`` of a page."""
    held = getattr(_readers, "reader", None) if encoding is None else None
    if held is None:
        target = _PageText()
        parser = etree.HTMLParser(target=target, recover=True, encoding=encoding)
    else:
        parser, target = held
        target.__init__()  # a clean target for the new page
    _readers.reader = None  # a parser that fails mid-page is not used again
    parser.feed(markup)
    parser.close()
    if encoding is None:
        _readers.reader = (parser, target)
    return target.text(), " ".join(target.title), target.has_h1


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element a line.

    The ``<title>`` is kept as the first line only when the body has no
    ``<h1>``: otherwise the heading is the title and the head is dropped.
    """
    if markup[:1] == "\ufeff":
        markup = markup[1:]
    try:
        text, title, has_h1 = _read(markup, None)
    except (UnicodeDecodeError, LookupError, etree.ParserError):
        # lxml refused the text as such: give it the UTF-8 bytes instead.
        text, title, has_h1 = _read(markup.encode("utf8"), "utf8")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if title and not has_h1:
        lines.insert(0, title)
    return "\n".join(lines) + "\n"
