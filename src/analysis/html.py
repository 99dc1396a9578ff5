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


class _Open:
    """What the parser knows about one open element."""

    __slots__ = ("name", "dropped", "headed", "gone", "annotation", "in_title", "is_body", "edge")

    def __init__(self, name, dropped, headed, gone, annotation, in_title, is_body, edge):
        self.name = name
        self.dropped = dropped        # inside a dropped element (script, svg …)
        self.headed = headed          # ... or inside the dropped <head>
        self.gone = gone              # ... or inside a <br> (which becomes a line break)
        self.annotation = annotation  # inside <rt>/<rp>: strings are not text
        self.in_title = in_title      # inside the page's <title>
        self.is_body = is_body        # the <body> whose text is the page's text
        self.edge = edge              # what the element's end adds: "\n", " " or ""


_ROOT = _Open("", False, False, False, False, False, False, "")


class _PageText:
    """lxml parser target gathering the visible text of a page (see module doc)."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.open_names: dict[str, int] = {}
        self.pieces: list[str] = []       # kept strings and line breaks, in document order
        self.body: list[int] = []         # [start, end) of the body's pieces
        self.title: list[str] = []        # stripped strings of the title
        self.has_title = self.has_head = self.has_h1 = False
        self.run: list[str] = []          # text not yet closed by a tag, comment …

    def _close_run(self) -> None:
        if not self.run:
            return
        string = "".join(self.run)
        self.run = []
        where = self.stack[-1] if self.stack else _ROOT
        if where.annotation:
            return
        if not where.gone:
            self.pieces.append(string)
        if where.in_title and not where.dropped:
            stripped = string.strip()
            if stripped:
                self.title.append(stripped)

    def start(self, tag, attrib) -> None:
        self._close_run()
        name = _local(tag)
        parent = self.stack[-1] if self.stack else _ROOT
        dropped = parent.dropped or name in _DROPPED
        headed = parent.headed or dropped
        if not headed and name == "head" and not self.has_head:
            self.has_head = headed = True
        gone = parent.gone or headed
        in_title = parent.in_title
        if not dropped and name == "title" and not self.has_title:
            self.has_title = in_title = True
        is_body = False
        edge = ""
        if not gone:
            if name == "body" and not self.body:
                is_body = True
                self.body.append(len(self.pieces))
            elif name == "br":
                self.pieces.append("\n")
                gone = True
            elif name in _BLOCKS:
                self.pieces.append("\n")
                edge = "\n"
                self.has_h1 = self.has_h1 or name == "h1"
            elif name in _CELLS:
                self.pieces.append(" ")
                edge = " "
        annotation = parent.annotation or name in _NOT_TEXT
        self.stack.append(_Open(name, dropped, headed, gone, annotation, in_title, is_body, edge))
        self.open_names[name] = self.open_names.get(name, 0) + 1

    def end(self, tag) -> None:
        self._close_run()
        name = _local(tag)
        # Close up to the latest open element of that name (none: nothing to close).
        if self.open_names.get(name):
            while self._pop().name != name:
                pass

    def _pop(self) -> _Open:
        element = self.stack.pop()
        self.open_names[element.name] -= 1
        if element.edge:
            self.pieces.append(element.edge)
        if element.is_body:
            self.body.append(len(self.pieces))
        return element

    def data(self, text) -> None:
        self.run.append(text)

    def comment(self, text) -> None:
        self._close_run()

    def pi(self, target, data=None) -> None:
        self._close_run()

    def doctype(self, *args) -> None:
        self._close_run()

    def close(self) -> None:
        self._close_run()
        while self.stack:
            self._pop()

    def text(self) -> str:
        if self.body:
            start, end = self.body
            return "".join(self.pieces[start:end])
        return "".join(self.pieces)


def _local(tag: str) -> str:
    """``{namespace}name`` → ``name``."""
    if tag[:1] == "{" and "}" in tag:
        return tag.split("}", 1)[1]
    return tag


def _read(markup: str | bytes, encoding: str | None) -> _PageText:
    target = _PageText()
    parser = etree.HTMLParser(target=target, recover=True, encoding=encoding)
    parser.feed(markup)
    parser.close()
    return target


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element a line.

    The ``<title>`` is kept as the first line only when the body has no
    ``<h1>``: otherwise the heading is the title and the head is dropped.
    """
    if markup[:1] == "\ufeff":
        markup = markup[1:]
    try:
        page = _read(markup, None)
    except (UnicodeDecodeError, LookupError, etree.ParserError):
        # lxml refused the text as such: give it the UTF-8 bytes instead.
        page = _read(markup.encode("utf8"), "utf8")
    lines = [" ".join(line.split()) for line in page.text().split("\n")]
    lines = [line for line in lines if line]
    title = " ".join(page.title)
    if title and not page.has_h1:
        lines.insert(0, title)
    return "\n".join(lines) + "\n"
