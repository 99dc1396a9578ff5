"""The page parser: a saved advice page as metadata, sections and comments.

``parse_page`` reads the text of one page line by line, once, and gives each
non-blank line a role (meta, title, heading, paragraph, comment, boilerplate,
seo_repeat …) and a target saying where it went. The rules come from the
genre's layouts, with the cue words in ``data/reference/``; nothing here
knows any particular page.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from . import paths, reference
from .source import DEFAULT_MAX_BYTES, PageError, read_source

# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Block:
    """A paragraph of body text: the original characters and where they start."""

    text: str
    start: int  # offset of the first character in Page.text
    line_no: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Section:
    """A heading and its paragraphs. ``section_id`` is the path of numbers as
    written (``二``, ``二.2``); ``0`` is the lead before the first heading."""

    section_id: str
    level: int
    number: str
    title: str
    parent_id: str
    line_no: int
    blocks: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class Comment:
    """One reader comment (or one answer of a Q&A page)."""

    comment_id: int
    author: str
    date: str
    line_no: int
    blocks: tuple[Block, ...] = ()
    tags: tuple[str, ...] = ()
    block_name: str = ""
    reply_to: str = ""  # the name a nested reply answers ("回复 @NAME：")

    @property
    def text(self) -> str:
        return " ".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class Line:
    """A non-blank line of the page and what the parser made of it."""

    line_no: int
    start: int
    text: str
    role: str
    target: str


@dataclass(frozen=True)
class Page:
    doc_id: str
    path: str
    encoding: str
    text: str
    title: str
    site: str = ""
    channel: str = ""
    breadcrumb: str = ""
    author: str = ""
    source: str = ""
    published_at: str = ""
    views: str = ""
    sections: tuple[Section, ...] = ()
    comments: tuple[Comment, ...] = ()
    lines: tuple[Line, ...] = ()
    title_line_no: int = 0

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.section_id == section_id:
                return section
        raise KeyError(section_id)


# The parser makes a Line for every line and a Block for most. A frozen
# dataclass's __init__ sets each field through object.__setattr__, which is
# half the cost of making one: these two fill the same fields, in the same
# order, straight into the new record's __dict__ (there is no __post_init__).
def _line(line_no: int, start: int, text: str, role: str, target: str) -> Line:
    """``Line(line_no, start, text, role, target)``."""
    line = object.__new__(Line)
    fields = line.__dict__
    fields["line_no"] = line_no
    fields["start"] = start
    fields["text"] = text
    fields["role"] = role
    fields["target"] = target
    return line


def _block(text: str, start: int, line_no: int) -> Block:
    """``Block(text, start, line_no)``."""
    block = object.__new__(Block)
    fields = block.__dict__
    fields["text"] = text
    fields["start"] = start
    fields["line_no"] = line_no
    return block


# ---------------------------------------------------------------- patterns

_CN_NUM = "一二三四五六七八九十百零〇两"
_DATE = (
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*(?:[-/.月]\s*(?P<d>\d{1,2})\s*日?)?"
    r"(?:(?:\s*|T)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
DATE_RE = re.compile(_DATE)
_SEP_CLASS = r"[\s|丨｜·•・]"


def _comment_header_re(posted_words) -> re.Pattern:
    """``[头像] NAME [发表于] DATE [text]``, with the site's words for "posted at"."""
    posted = "|".join(sorted(map(re.escape, posted_words), key=len, reverse=True) + ["于", "於"])
    return re.compile(
        r"^(?:(?P<avatar>头像|頭像|用户头像|网友头像)\s*)?"
        # The name never ends on the bracket that opens the date ("NAME [DATE]").
        rf"(?P<author>[^\s:：].{{0,30}}?)?(?<![\(\[【]){_SEP_CLASS}*+(?:(?:{posted})\s*+)?"
        # "NAME（2025-06-23 09:00）：text", "NAME [2026-04-03 09:00]：text": the date may stand in brackets.
        + r"(?P<bracket>[\(\[【]\s*)?"
        + _DATE.replace("(?P<", "(?P<c")
        + r"(?(bracket)\s*[\)\]】])"
        # "NAME 2025-04-02 10:11：text": a colon may part the header from the text.
        + rf"(?:\s*(?:发表|回答|回复|评论))?(?:(?:\s*:\s*|{_SEP_CLASS}+)(?P<rest>.*))?$"
    )

# "湖北省武汉市网友 [NAME]": who the site says the commenter is, then the name in brackets, alone on the line.
_BRACKETED_NAME = re.compile(r"^(?P<who>[^\s\[\]【】]{1,20})\s*[\[【](?P<name>[^\]】\s][^\]】]{0,23})[\]】]$")
# "NAME - tagline", "NAME_论坛": a site's name, a title's separator, then more words.
_SITE_TAGLINE = re.compile(r"^(?P<head>[^_|｜\-–—]{1,12}?)\s*(?:_|\||｜|-{1,2}|–|—{1,2})\s*(?P<tail>[^_|｜\-–—]{1,28})$")
_BRACKET_HEADER = re.compile(r"^[\[【](?P<inside>[^\]】]{1,60})[\]】]")
# "NAME：text"; a colon between digits is a clock time (22:00以后…), not a name's.
_NAMED_LINE = re.compile(r"^([^\s:,.;!?、。@#()\[\]]{1,12})(?:(?<!\d):|:(?!\d))\s*(?=\S)")


def _named_match(text: str) -> re.Match | None:
    """``_NAMED_LINE.match(text)``: its name of 1 to 12 characters, none of
    them a colon, is followed by a colon, so a line without one among its
    first 13 characters is no such line."""
    return _NAMED_LINE.match(text) if ":" in text[:13] else None


_POSTED_DATE = re.compile(_DATE.replace("(?P<", "(?P<c") + r"(?:\s+(?P<rest>.+))?$")
_AVATAR_ONLY = re.compile(r"^(?:头像|頭像)\s+(?P<author>\S.{0,30})$")
# Split on the mark alone and strip the parts after: a pattern with "\s*" on
# both sides would rescan long runs of spaces from every position.
_BREADCRUMB_SPLIT = re.compile(r"(?:>|»|›|→|＞|/|\\)")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)

# Heading styles: (style key, pattern). The number and the title are groups 1, 2.
_HEADING_STYLES = (
    ("cn", re.compile(rf"^([{_CN_NUM}]{{1,3}})\s*[、.]\s*(.+)$")),
    ("(cn)", re.compile(rf"^\(([{_CN_NUM}]{{1,3}})\)\s*[、.]?\s*(.+)$")),
    ("step", re.compile(rf"^第([{_CN_NUM}\d]{{1,3}})\s*([步点條条部分章节節])\s*[:、.]?\s*(.*)$")),
    ("n.", re.compile(r"^(\d{1,2})\s*\.(?!\d)\s*(.+)$")),
    ("n、", re.compile(r"^(\d{1,2})\s*、\s*(.+)$")),
    ("(n)", re.compile(r"^\((\d{1,2})\)\s*[、.]?\s*(.+)$")),
    ("n)", re.compile(r"^(\d{1,2})\s*\)\s*(.+)$")),
    ("【n】", re.compile(rf"^【([{_CN_NUM}\d]{{1,3}})】\s*(.+)$")),
    ("Q", re.compile(r"^[Qq](\d{1,2})\s*[:.、]\s*(.+)$")),
)
# "01 还款时间": a zero-padded number, a space, a short title (WeChat's numbered
# parts), tried when none of the styles above reads the line.
_PADDED = re.compile(r"^(0[1-9])\s+(\S.{0,19})$")
# "10 注意事项" after "09 …": the same series once its numbers need two digits (see _Parser._series_heading).
_SERIES_NEXT = re.compile(r"^([1-9]\d)\s+(\S.{0,19})$")
# What every style above starts with: a line that does not is no such heading.
def _styles_by_start() -> dict[str, tuple]:
    """The heading styles a line may have, by the character it starts with
    (in _HEADING_STYLES' order): each pattern needs its own first character,
    so only those few are tried. A decimal digit is looked up as "0"."""
    starts = {"cn": _CN_NUM, "(cn)": "(", "step": "第", "n.": "0", "n、": "0", "(n)": "(", "n)": "0", "【n】": "【", "Q": "Qq"}
    table: dict[str, tuple] = {}
    for style, pattern in _HEADING_STYLES:
        for char in starts[style]:
            table[char] = table.get(char, ()) + ((style, pattern),)
    return table


_STYLES_BY_START = _styles_by_start()
# NFKC turns "①" into "1", so circled numbers are read on the original line.
_CIRCLED = re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*(.+)$")
_CIRCLED_CHAR = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")  # what _CIRCLED needs first
# CommonMark wants a space after the hashes; "#3楼" is a forum floor, not a heading.
_MARKDOWN = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_BOLD = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$")
_BRACKET = re.compile(r"^【([^】]{1,30})】$")
_SENTENCE_END = re.compile(r"[。;!]")
# The stops that close a whole sentence (after NFKC: ！ is !, ； is ;), and the
# closing quotes and brackets that may stand after one (…叫“逾期”。” / …。）).
_SENTENCE_STOPS = ("。", "!", ";")
_CLOSING_MARKS = "\"'”’」』)】"
# Zero-width spaces come with the button bars and footers of some sites.
_SEPARATORS = " |丨｜·•・/\u3000\u200b"
_UNLABELLED_META = re.compile(
    r"(?:(?P<name>[^\s|丨｜·•・].{0,24}?)[\s|丨｜·•・]+)?" + _DATE + r"(?:[\s|丨｜·•・]+(?P<after>[^\d\s|丨｜·•・].{0,24}))?"
)
# "关注者 1,204", "粉丝 32": a word and its count, a counter rather than a name.
_COUNTER_FIELD = re.compile(r"[^\d\s]{1,8}\s+\d[\d,.]*\s*[万千kKwW]?\+?")
# "查看全部 12 个回答": a count (and its measure word) inside a line of furniture.
_INNER_COUNT = re.compile(r"\d[\d,]*\s*(?:个|個|条|條|人|次)?")
_COUNT_UNIT = re.compile(r"(?<=\d)\s*[万萬千]")
_DECIMAL = re.compile(r"\d")  # what _YEAR and _INNER_COUNT need (str.isdigit holds more)
_COUNT_UNIT_CHAR = re.compile(r"[万萬千]")  # what _COUNT_UNIT needs: most lines have none
_NAME_BAR = re.compile(r"[|丨｜]")
_QUOTED_NAME = re.compile(r"(?P<before>[^「『“\"]*)[「『“\"](?P<name>[^」』”\"]+)[」』”\"]")
_MARKDOWN_WRAP = re.compile(r"(\*\*|__|\*)(.+?)\1")
# The fields of a byline or a footer: "钱包小助手 · 3小时前", "NAME | 2025-…".
_FIELD_MARKS = "|丨｜·•・"
_FIELD_SPLIT = re.compile(rf"[{_FIELD_MARKS}]")
# A place in a comment's footer: a short name with no digits or punctuation.
_PLACE = re.compile(r"[^\W\d_]{2,6}")
_YEAR = re.compile(r"(?:19|20)\d\d")  # what every date of _DATE starts with
_VIEW_COUNT = re.compile(r"(\d[\d,.]*\s*[万wWkK]?\+?)\s*\)?\s*[次人]?")
_LICENCE = re.compile(r"ICP\s*(备|証|证)|公网安备|增值电信业务经营许可证")
_BUTTON_SEPARATORS = "|丨｜·•"  # and spaces
_BUTTON_GAPS = re.compile(rf"[\s{_BUTTON_SEPARATORS}]+")
_BUTTON_COUNTS = re.compile(r"[\d()\[\]]+")
_MARKER_PREFIX = 4  # letters before the word of a marker not listed whole (其他律师解答)
_MARKER_BREAK = re.compile(r"[!?;，。！？；、]|(?<!\d)[,.]|[,.](?!\d)")  # a marker holds no sentence's punctuation
_INNER_COUNT_BRACKETS = re.compile(r"[(（\[【]\s*\d[\d,]*\s*[)）\]】]")  # 用户留言(10): the count's brackets
_COUNT_AFFIX = re.compile(r"^(共)?\d+条?|(共)?\d+条?$")
# The fields of a comment's foot (广东 11月18日 赞 56), and a count among them.
_FOOT_GAPS = re.compile(rf"[\s{_FIELD_MARKS}]+")
_FOOT_COUNT = re.compile(r"\d[\d,.]*[万萬千kKwW]?\+?")
# What may follow an emoji and is no part of the mark: a variation selector, a skin tone.
_MARK_MODIFIERS = re.compile("[\ufe0e\ufe0f\U0001F3FB-\U0001F3FF]")
_COUNT_BRACKETS = re.compile(r"[()\[\]]")
_COUNT_OPENERS, _COUNT_CLOSERS = "共", "条"  # what _COUNT_AFFIX's two ends need besides \d
# A colon between digits is a clock time (22:00), never "heading：body".
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_REPLY_BRANCH = r"[└├┗┣│]+[─━-]*"
# "@云朵 不是这样的…": a reply that names its addressee with @ alone.
_AT_REPLY = re.compile(r"^(?P<author>)@(?P<to>[^\s:@,]{1,24})(?:\s*:\s*|\s+)(?=\S)")
# "NAME：text（2025-06-23 09:00）": a comment's date in brackets at the end of its line.
_TRAILING_DATE = re.compile(r"\(\s*" + _DATE + r"\s*\)$")
_TITLE_SUFFIX = re.compile(r"^(?P<head>.*\S)\s*(?:_|\||｜|-{1,2}|–|—{1,2})\s*(?P<tail>[^_|｜\-–—]{1,20})$")


def normalise(text: str) -> str:
    """NFKC form used for matching: full-width digits, letters and
    punctuation become their ordinary forms; the original is kept elsewhere."""
    return unicodedata.normalize("NFKC", text).strip()


def core(text: str) -> str:
    """Letters and digits only: for comparing lines whatever their punctuation."""
    # NFKC as in normalise(); its strip() is left out: _PUNCT drops all spaces anyway.
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text)).lower()


# ---------------------------------------------------------------- cues


@dataclass(frozen=True)
class _Cues:
    comment_markers: frozenset[str]
    marker_words: tuple[str, ...]  # words a marker of any short prefix ends with (core forms)
    qa_markers: frozenset[str]
    best_answer_markers: frozenset[str]
    boilerplate_lines: frozenset[str]
    follow_buttons: frozenset[str]  # "关注" under a writer's name (core forms)
    boilerplate_prefixes: tuple[str, ...]
    boilerplate_sections: frozenset[str]
    article_markers: frozenset[str]
    comment_tags: re.Pattern | None
    comment_tag_screen: re.Pattern | None  # any tag word: every match of comment_tags holds one
    meta_keys: dict[str, str]
    meta_key_re: re.Pattern
    # Whether a line holds a meta key at all: most lines hold none, and the
    # screen is far quicker than meta_key_re's search (see _WordScreen).
    meta_key_screen: "_WordScreen"
    site_suffixes: tuple[str, ...]
    floor_re: re.Pattern
    # "来自Android客户端 2楼 DATE", "2楼 DATE", "来自Android客户端 DATE": a floor's foot (comment_devices.txt)
    floor_foot_re: re.Pattern
    floor_tag_re: re.Pattern | None  # "来自Android客户端 1楼": a floor's foot that gives no date
    # "2026-08-15 23:02 来自iPhone客户端 [2楼]": a floor's foot with its date first (None: no devices listed)
    device_foot_re: re.Pattern | None
    device_re: re.Pattern | None  # a device label alone (来自iPhone客户端), which names nobody
    header_author_re: re.Pattern | None
    header_role_re: re.Pattern | None  # "网友 NAME DATE": the same words before a name, without a colon
    header_roles: tuple[str, ...]  # those words, which may also close what stands before a name in brackets
    place_re: re.Pattern | None
    # The last character of every place key when none of them is cased: a
    # line holding none of these has no place field (None: no such test).
    place_marks: frozenset[str] | None
    buttons: frozenset[str]
    like_marks: frozenset[str]  # ♡, 👍: the like button drawn as a mark (comment_like_marks.txt)
    counted_views_re: re.Pattern  # "1753次浏览": a count, then the word for views (meta_keys.txt)
    views_screen: re.Pattern  # any word for views: every match of counted_views_re holds one
    reply_re: re.Pattern | None
    relative_re: re.Pattern
    # A digit or a relative word (昨天): every match of relative_re holds one
    # (None when there are no such words: the pattern may then match without).
    relative_screen: re.Pattern | None
    posted_re: re.Pattern | None
    posted_word_re: re.Pattern | None
    comment_header_re: re.Pattern
    boilerplate_phrases: tuple[str, ...]
    sign_off_re: re.Pattern | None  # an invitation to reply that closes a post (boilerplate_signoffs.txt)
    # The lists above as one pattern or set each, so a line is tested once,
    # not once per entry.
    boilerplate_prefix_re: re.Pattern | None
    boilerplate_phrase_re: re.Pattern | None
    furniture: frozenset[str]  # buttons | boilerplate_lines
    # A Chinese character that no word of ``furniture`` holds (see _not_furniture).
    not_furniture_re: re.Pattern
    toc_markers: frozenset[str]
    sort_tabs: frozenset[str]
    not_tab_re: re.Pattern  # a Chinese character that no word of ``sort_tabs`` holds
    crumb_label_re: re.Pattern | None
    crumb_home: frozenset[str]
    crumb_leaf: frozenset[str]
    text_labels: frozenset[str]
    op_reply_re: re.Pattern | None
    op_labels: frozenset[str]  # a line of one of these alone: the page author's reply (作者回复)
    op_words: frozenset[str]  # the page's own author (作者, 楼主): as a floor label, the opening post's
    vote_re: re.Pattern | None
    answer_vote_re: re.Pattern | None  # the counts that only an answer carries
    author_stop_re: re.Pattern | None
    # "采纳率：92%", "回答数：120" after a header's date: the answerer's record, no text of the answer.
    header_stat_re: re.Pattern | None
    author_firms: tuple[str, ...]
    site_breaks: re.Pattern | None  # a word no site's name holds (吗, 呢)
    places: frozenset[str]  # places a header shows without a label (广东)
    role_re: re.Pattern | None  # "财经时报 记者 张晓": outlet, role word, name (byline_roles.txt)
    byline_labels: frozenset[str]  # 原创: a word beside a byline's name that is none
    asker_re: re.Pattern | None  # "问题描述：…": the asker's own paragraph (asker_labels.txt)


def _bare_mark(text: str) -> str:
    """A like mark without the selectors and skin tones an emoji may carry."""
    return _MARK_MODIFIERS.sub("", text).strip()


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_CUE_FILES = (
    "article_markers.txt",
    "asker_labels.txt",
    "boilerplate_follow.txt",
    "boilerplate_lines.txt",
    "boilerplate_phrases.txt",
    "boilerplate_prefixes.txt",
    "boilerplate_sections.txt",
    "boilerplate_signoffs.txt",
    "best_answer_markers.txt",
    "boilerplate_tabs.txt",
    "breadcrumb_words.txt",
    "byline_roles.txt",
    "comment_author_cuts.txt",
    "comment_buttons.txt",
    "comment_devices.txt",
    "comment_floors.txt",
    "comment_header_keys.txt",
    "comment_like_marks.txt",
    "comment_markers.txt",
    "comment_marker_words.txt",
    "comment_places.txt",
    "comment_posted_words.txt",
    "comment_reply_words.txt",
    "comment_tags.txt",
    "comment_text_labels.txt",
    "comment_votes.txt",
    "meta_keys.txt",
    "qa_markers.txt",
    "relative_times.txt",
    "site_name_breaks.txt",
    "site_suffixes.txt",
    "toc_markers.txt",
)


# The last cues built: (reference folder, the cue files' paths there, their
# modification times, the cues).
_held_cues: tuple[Path, tuple[str, ...], tuple[int, ...], _Cues] | None = None


def _load_cues() -> _Cues:
    """The parser's cue lists, rebuilt only when one of their files changes
    (their modification times are checked for every page: an edited list
    is used from the next page on)."""
    global _held_cues
    folder = paths.REFERENCE_DIR
    held = _held_cues
    files = held[1] if held is not None and held[0] is folder else tuple(str(folder / n) for n in _CUE_FILES)
    stamp = tuple(map(reference.modified, files))
    if held is not None and held[0] is folder and held[2] == stamp:
        return held[3]
    cues = _build_cues()
    _held_cues = (folder, files, stamp, cues)
    return cues


def _literal_alternation(words) -> re.Pattern | None:
    """One pattern for "starts with / contains one of ``words``" (None for no words)."""
    return re.compile("|".join(map(re.escape, words))) if words else None


def _not_furniture(words) -> re.Pattern:
    """A Chinese character that is in none of ``words`` (core forms), nor a
    button-row separator.

    Such a character survives ``core`` unchanged (no NFKC mapping, no case, a
    word character), so a row holding it has a word that is not furniture:
    one search rules out a line of prose before it is cut into words."""
    held = set("".join(words)) | set(_BUTTON_SEPARATORS)
    ranges, first = [], None
    for code in range(0x4E00, 0xA000 + 1):
        char = chr(code)
        kept = (
            code < 0xA000
            and char not in held
            and unicodedata.normalize("NFKC", char) == char
            and char.isalnum()
            and char.lower() == char
        )
        if kept and first is None:
            first = code
        elif not kept and first is not None:
            ranges.append(f"{chr(first)}-{chr(code - 1)}")
            first = None
    return re.compile("[" + "".join(ranges) + "]")


class _WordScreen:
    """A quick test of whether a line may hold one of ``words`` as an
    IGNORECASE pattern would find them: a line it turns down holds none.

    An alternation of literals is searched fast only when case plays no
    part. Words with no cased character (all the Chinese ones) match under
    IGNORECASE exactly as written, so they go into one case-sensitive
    alternation; the few others (Author, Date) are searched with IGNORECASE,
    and only in a line holding one of their first letters in any case."""

    def __init__(self, words):
        words = sorted(set(words), key=len, reverse=True)
        plain = [w for w in words if not any(_is_cased(ch) for ch in w)]
        cased = [w for w in words if w not in plain]
        self.plain = re.compile("|".join(map(re.escape, plain))) if plain else None
        self.cased_start = (
            re.compile("[" + "".join(sorted({re.escape(w[0]) for w in cased})) + "]", re.IGNORECASE) if cased else None
        )
        self.cased = re.compile("|".join(map(re.escape, cased)), re.IGNORECASE) if cased else None

    def may_hold(self, text: str) -> bool:
        if self.plain is not None and self.plain.search(text):
            return True
        return self.cased is not None and self.cased_start.search(text) is not None and self.cased.search(text) is not None


def _is_cased(char: str) -> bool:
    """Whether IGNORECASE lets ``char`` match another character (the test
    the regular-expression compiler makes: it has a lower or upper form)."""
    return char.lower() != char or char.upper() != char


def _vote_re(words) -> re.Pattern | None:
    """``326 人赞同了该回答``: a count and one of ``words``, alone on a line."""
    words = list(words)
    return re.compile(rf"^\d[\d,.]*\s*[万千kKwW]?\s*(?:{_alternation(words)})$") if words else None


def _build_cues() -> _Cues:
    tags = sorted(reference.load_list("comment_tags.txt"), key=len, reverse=True)
    keys = {name: attr for name, attr in reference.load_pairs("meta_keys.txt")}
    # A one-character key ("文/NAME") must not be the end of a longer word.
    key_alt = "|".join(
        re.escape(k) if len(k) > 1 else rf"(?<![^\W\d_]){re.escape(k)}"
        for k in sorted(keys, key=len, reverse=True)
    )
    # "阅读 1234", "发布于 2025-…": counts and dates may follow their key without a colon.
    date_alt = _alternation(k for k, attr in keys.items() if attr in ("date", "updated"))
    views_alt = _alternation(k for k, attr in keys.items() if attr in ("views", "counter"))
    header_keys = reference.load_pairs("comment_header_keys.txt")
    author_keys = [name for name, kind in header_keys if kind == "author"]
    place_keys = [name for name, kind in header_keys if kind == "place"]
    replies = reference.load_list("comment_reply_words.txt")
    cuts = reference.load_pairs("comment_author_cuts.txt")
    stops = [word for word, kind in cuts if kind == "stop"]
    # "网易浙江杭州网友 ip:115.192.*.*": a field word (a whole word, then its colon) ends the name too.
    fields = [word for word, kind in cuts if kind == "field"]
    floors = reference.load_list("comment_floors.txt")
    times = reference.load_pairs("relative_times.txt")
    # "3天前", "昨天 21:14", "09-13 18:02": times without a year cannot be dated
    # without the day the page was saved, so the header keeps an empty date.
    relative = (
        rf"(?:\d+\s*(?:{_alternation(w for w, kind in times if kind == 'unit')})\s*前"
        rf"|(?:{_alternation(w for w, kind in times if kind == 'word')})(?:\s*\d{{1,2}}:\d{{2}})?"
        r"|(?P<rm1>\d{1,2})-(?P<rd1>\d{1,2})\s+(?P<rH1>\d{1,2}):(?P<rM1>\d{2})"
        # "3月18日", "04-02": a day of the month without its year.
        r"|(?P<rm2>\d{1,2})\s*月\s*(?P<rd2>\d{1,2})\s*日(?:\s*(?P<rH2>\d{1,2}):(?P<rM2>\d{2}))?"
        r"|(?P<rm3>\d\d)-(?P<rd3>\d\d))"
    )
    buttons = frozenset(core(b) for b in reference.load_list("comment_buttons.txt"))
    boilerplate_lines = frozenset(core(m) for m in reference.load_list("boilerplate_lines.txt"))
    boilerplate_sections = reference.load_list("boilerplate_sections.txt")
    # A link list's header with its first link on the same line (相关推荐：…)
    # is one line of furniture, as a line opening with a listed prefix is.
    boilerplate_prefixes = tuple(normalise(p) for p in reference.load_list("boilerplate_prefixes.txt")) + tuple(
        normalise(header) + ":" for header in boilerplate_sections
    )
    boilerplate_phrases = tuple(normalise(p) for p in reference.load_list("boilerplate_phrases.txt"))
    votes = reference.load_pairs("comment_votes.txt")
    devices = "|".join(
        rf"{re.escape(a)}\S{{0,16}}?{re.escape(b)}" for a, b in reference.load_pairs("comment_devices.txt")
    )
    return _Cues(
        comment_markers=frozenset(core(m) for m in reference.load_list("comment_markers.txt")),
        marker_words=tuple(core(m) for m in reference.load_list("comment_marker_words.txt")),
        qa_markers=frozenset(core(m) for m in reference.load_list("qa_markers.txt")),
        best_answer_markers=frozenset(core(m) for m in reference.load_list("best_answer_markers.txt")),
        boilerplate_lines=boilerplate_lines,
        follow_buttons=frozenset(core(m) for m in reference.load_list("boilerplate_follow.txt")),
        boilerplate_prefixes=boilerplate_prefixes,
        boilerplate_sections=frozenset(core(m) for m in boilerplate_sections),
        article_markers=frozenset(core(m) for m in reference.load_list("article_markers.txt")),
        comment_tag_screen=_literal_alternation(tags),
        comment_tags=(
            re.compile(r"(?:(?<=\s)|^)(" + "|".join(map(re.escape, tags)) + r")(?=\s|$)") if tags else None
        ),
        meta_keys={name.lower(): attr for name, attr in keys.items()},
        meta_key_screen=_WordScreen(keys),
        meta_key_re=re.compile(
            rf"(?:(?P<key>{key_alt})\s*[:/]\s*"
            rf"|(?P<dkey>{date_alt})\s*(?=(?:19|20)\d\d\s*[-/.年])"
            rf"|(?P<vkey>{views_alt})\s*\(?\s*(?=\d[\d,.]*\s*[万wWkK]?\+?\s*\)?\s*(?:$|[\s|丨｜·•])))",
            re.IGNORECASE,
        ),
        site_suffixes=tuple(s.lower() for s in reference.load_list("site_suffixes.txt")),
        floor_re=re.compile(
            r"^[\[【(]?(?:#?第?\d{1,4}\s*(?:楼|樓|F|L|#)(?![A-Za-z])"
            + ("|" + _alternation(floors) if floors else "")
            + r")[\]】)]?\s*:?\s*"
        ),
        # A line of a date alone matches too: a foot holds the device label, the floor's number or both.
        floor_foot_re=re.compile(
            (rf"^(?:(?P<device>{devices}){_SEP_CLASS}*)?" if devices else "^")
            + r"(?P<floor>第?\d{1,4}\s*[楼樓F])?\s*" + _DATE + "$"
        ),
        floor_tag_re=re.compile(r"^(?:" + devices + r")\s*第?\d{1,4}\s*[楼樓F]$") if devices else None,
        device_foot_re=(
            re.compile("^" + _DATE + rf"{_SEP_CLASS}*(?P<device>{devices})(?:\s*(?P<floor>第?\d{{1,4}}\s*[楼樓F]))?$")
            if devices
            else None
        ),
        device_re=re.compile(rf"(?:{devices})") if devices else None,
        header_author_re=re.compile(rf"^(?:{_alternation(author_keys)})\s*:\s*") if author_keys else None,
        header_role_re=re.compile(rf"(?:{_alternation(author_keys)})\s+(?=\S)") if author_keys else None,
        header_roles=tuple(author_keys),
        # "IP属地：广东", "IP 属地广东": sites differ in spaces and colons.
        place_re=(
            re.compile(
                "(?:" + "|".join(r"\s*".join(map(re.escape, k)) for k in place_keys) + r")\s*:?\s*[^\s|丨｜·•・]{1,12}",
                re.IGNORECASE,
            )
            if place_keys
            else None
        ),
        place_marks=(
            frozenset(key[-1] for key in place_keys)
            if place_keys and not any(_is_cased(key[-1]) for key in place_keys)
            else None
        ),
        buttons=buttons,
        like_marks=frozenset(_bare_mark(m) for m in reference.load_list("comment_like_marks.txt")),
        counted_views_re=re.compile(
            rf"^\d[\d,.]*\s*[万萬千wWkK]?\+?\s*[次人]?(?:{_alternation(k for k, attr in keys.items() if attr == 'views')})$",
            re.IGNORECASE,
        ),
        views_screen=re.compile(_alternation(k for k, attr in keys.items() if attr == "views"), re.IGNORECASE),
        posted_re=(
            re.compile(rf"^(?:{_alternation(posted)})\s*(?=(?:19|20)\d\d)")
            if (posted := reference.load_list("comment_posted_words.txt"))
            else None
        ),
        posted_word_re=re.compile(rf"^(?:{_alternation(posted)})\s*") if posted else None,
        comment_header_re=_comment_header_re(posted),
        boilerplate_phrases=boilerplate_phrases,
        sign_off_re=_literal_alternation([normalise(p) for p in reference.load_list("boilerplate_signoffs.txt")]),
        boilerplate_prefix_re=_literal_alternation(boilerplate_prefixes),
        boilerplate_phrase_re=_literal_alternation(boilerplate_phrases),
        furniture=buttons | boilerplate_lines,
        not_furniture_re=_not_furniture(buttons | boilerplate_lines),
        toc_markers=frozenset(core(m) for m in reference.load_list("toc_markers.txt")),
        sort_tabs=(sort_tabs := frozenset(core(m) for m in reference.load_list("boilerplate_tabs.txt"))),
        not_tab_re=_not_furniture(sort_tabs),
        crumb_label_re=(
            re.compile(rf"^(?:{_alternation(w for w, kind in crumbs if kind == 'label')})\s*:\s*")
            if (crumbs := reference.load_pairs("breadcrumb_words.txt"))
            else None
        ),
        crumb_home=frozenset(w.lower() for w, kind in crumbs if kind == "home"),
        crumb_leaf=frozenset(w for w, kind in crumbs if kind == "leaf"),
        text_labels=frozenset(core(m) for m in reference.load_list("comment_text_labels.txt")),
        author_stop_re=(
            re.compile("|".join(
                ([_alternation(stops)] if stops else [])
                + ([rf"(?<![^\W\d_])(?i:{_alternation(fields)})\s*[:：]"] if fields else [])
            ))
            if stops or fields
            else None
        ),
        header_stat_re=(
            re.compile(
                # A count is the whole value up to the next field; "2314个赞" is one value too.
                rf"(?:{_alternation(stops)})\s*:?\s*(?:\d[\d,.]*\s*[%人次个条]?(?=[\s|丨｜·•・]|$)|[^\s|丨｜·•・]+)[\s|丨｜·•・]*"
            )
            if stops
            else None
        ),
        author_firms=tuple(w for w, kind in cuts if kind == "firm"),
        site_breaks=_literal_alternation(reference.load_list("site_name_breaks.txt")),
        places=frozenset(reference.load_list("comment_places.txt")),
        role_re=(
            re.compile(rf"^(?P<outlet>.*?)(?:^|\s+)(?:{_alternation(roles)})(?:\s*:\s*|\s+)(?P<name>[^\s:].*)$")
            if (roles := [w for w, kind in reference.load_pairs("byline_roles.txt") if kind == "role"])
            else None
        ),
        byline_labels=frozenset(w for w, kind in reference.load_pairs("byline_roles.txt") if kind == "label"),
        asker_re=(
            re.compile(rf"^(?:{_alternation(normalise(e[0]) for e in askers)})\s*:")
            if (askers := reference.load_pairs("asker_labels.txt"))
            else None
        ),
        vote_re=_vote_re(entry[0] for entry in votes),
        answer_vote_re=_vote_re(entry[0] for entry in votes if entry[1:] == ("answer",)),
        op_labels=frozenset(core(name) for name, kind in header_keys if kind == "op_label"),
        op_words=frozenset(core(name) for name, kind in header_keys if kind == "op"),
        op_reply_re=(
            re.compile(rf"^(?P<label>{_alternation(op_keys)})\s*:\s*(?=\S)")
            if (op_keys := [name for name, kind in header_keys if kind == "op"])
            else None
        ),
        relative_screen=(
            re.compile(r"\d|" + _alternation(words))
            if (words := [w for w, kind in times if kind == "word"])
            else None
        ),
        relative_re=re.compile(
            r"^(?:(?:头像|頭像)\s*)?(?:(?P<author>[^\s:].{0,24}?)\s+)?" + relative + r"(?:\s+(?P<rest>.+))?$"
        ),
        reply_re=(
            re.compile(
                # A reply drawn as a branch of the one above (└ 回复 @…) opens with the branch.
                rf"^(?:{_REPLY_BRANCH}\s*)?(?:(?P<author>[^\s:@└├┗┣│]{{1,24}})\s+)?(?:{_alternation(replies)})(?:\s*@|\s+)"
                rf"(?P<to>[^\s:@]{{1,24}})\s*:\s*(?=\S)",
                re.IGNORECASE,
            )
            if replies
            else None
        ),
    )


# ---------------------------------------------------------------- entry points


def read_page(path: str | Path, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Read, decode and parse one page file (``PageError`` if it can't be)."""
    source = read_source(path, max_bytes=max_bytes)
    return parse_page(source.text, doc_id=doc_id or Path(path).stem, path=str(path), encoding=source.encoding)


def parse_page(text: str, doc_id: str = "page", path: str = "", encoding: str = "utf-8") -> Page:
    """Parse the decoded text of a page. Raises ``PageError`` when no title or
    no body can be recognised."""
    return _Parser(text, _load_cues()).run(doc_id=doc_id, path=path, encoding=encoding)


# ---------------------------------------------------------------- parser


@dataclass
class _Draft:
    """A section or comment while its blocks are being collected."""

    kind: str
    key: str
    fields: dict
    blocks: list = field(default_factory=list)
    tags: list = field(default_factory=list)


class _Parser:
    def __init__(self, text: str, cues: _Cues):
        self.text = text
        self.cues = cues
        self.lines: list[tuple[int, int, str]] = []  # (line_no, start, original text)
        offset = 0
        add = self.lines.append
        for line_no, raw in enumerate(text.split("\n"), start=1):
            stripped = raw.strip()
            if stripped:
                # The line starts after its leading blanks.
                add((line_no, offset + len(raw) - len(raw.lstrip()), stripped))
            offset += len(raw) + 1
        self.roles: list[Line] = []
        self.meta: dict[str, str] = {}
        self.sections: list[_Draft] = []
        self.comments: list[_Draft] = []
        self.style_levels: dict[str, int] = {}
        self.open_ids: list[str] = []  # section id at each open level
        self.used_ids: set[str] = set()
        self.child_counts: dict[tuple[str, int], int] = {}
        self.title = ""
        self.title_core = ""
        # NFKC form of each line, and answers already worked out for a text:
        # the same lines are looked at by several phases (title, head, body).
        self.norms = [normalise(line[2]) for line in self.lines]
        self._cores: dict[str, str] = {}
        self._kinds: dict[str, str] = {}
        self._fields: dict[str, dict[str, str]] = {}
        self._crumbs: dict[str, bool] = {}
        self._headings: dict[tuple[str, str], tuple | None] = {}
        self._headers: dict[str, tuple | None] = {}
        self._channel_named = False  # whether a "SITE · CHANNEL" line named the channel
        self._loose_author = False  # whether the page's author was named without a key (NAME DATE)
        self.sign_off = (-1, -1)  # a notice's issuer and date lines at its foot (see _sign_off)
        self._site_guess = 0  # the line_no of a short first line taken for the site's name (0: none)
        # A thread's floor heads (3楼 NAME, see _named_floors), each with the
        # line that names the floor's writer: the head itself, or the line under
        # a label alone (2楼 / NAME).
        self.floor_heads: dict[int, int] = {}
        self.floor_feet: frozenset[int] = frozenset()  # the lines that close a thread's floors
        # The opening post's head (楼主 NAME / 1楼 DATE, see _opening_head):
        # (head, the line naming its writer, the line dating it), and the line
        # that heads the first later floor, where the post ends (-1: none seen).
        self.opening: tuple[int, int, int] | None = None
        self.opening_end = -1

    def _core(self, text: str) -> str:
        # _once written out: this is the parser's most frequent call.
        found = self._cores.get(text)
        if found is None:
            found = self._cores[text] = core(text)
        return found

    # -- bookkeeping
    def _mark(self, index: int, role: str, target: str) -> None:
        line_no, start, text = self.lines[index]
        self.roles.append(_line(line_no, start, text, role, target))

    # -- phase 1: the head (navigation, title, meta)
    def _find_title(self) -> int:
        window = min(len(self.lines), 40)
        # A "# TITLE" line anywhere in the window wins over the rules below.
        # Without one, the first candidate that passes the first rule can be
        # taken on sight, and the lines under it need not be looked at here.
        no_markdown = not any(
            norm.startswith("#") and _is_markdown_title(norm) for norm in self.norms[:window]
        )
        candidates = []
        placed = []  # lines that say where the page stands, a title only when nothing else is
        asked = []  # the asker's description (问题描述：…), a title only when there is no other line
        # Sentences of prose stand under a title: a line with two of them above
        # it, or a sentence under a line long enough for a headline, is in the
        # body, and a date line under it is the body's foot (编辑于 DATE at the
        # end of a note), no byline under a headline.
        prose = 0
        headline_above = False
        in_body = set()
        for i in range(window):
            text = self.norms[i]
            key = self._core(text)
            if candidates and candidates[-1] not in in_body and self._opens_thread(i) and all(
                self._boilerplate_kind(self.norms[j]) for j in range(candidates[-1] + 1, i)
            ):
                # The line right over the opening post's head (楼主 NAME), a row of
                # the thread's buttons between them at most, is the thread's title,
                # whatever line (a site and its tagline) stands above it.
                return candidates[-1]
            # A marker first: "评论 12" is also a row of buttons.
            if self._opens_answers(key, i) or i in self.floor_heads:
                if candidates or asked:
                    break   # the comments (or a thread's floors) have begun: the title stood above them
                continue
            if candidates and self.cues.answer_vote_re and self.cues.answer_vote_re.match(text):
                break   # "15 人赞同了该回答": the answers have begun, under the question
            if self._boilerplate_kind(text) or self._meta_fields(text) or self._is_breadcrumb(text):
                continue
            if self._asker_line(text):
                # "问题描述：…" tells the asker's case under the question: the
                # nearest line above it that may head the page is the question.
                above = candidates[-1] if candidates else None
                if no_markdown and above is not None and above not in in_body and not _plain_prose(self.norms[above]):
                    return above
                asked.append(i)
                continue
            if i >= 2 and i in self.sign_off:
                continue   # a notice's issuer over its date, at the foot of the page
            if _site_and_channel(text):
                placed.append(i)
                continue   # "小红书 · 理财笔记" over or under the headline says where it stands
            if _is_markdown_title(text):
                return i
            candidates.append(i)
            sentence = _plain_prose(text)
            if prose >= 2 or (sentence and headline_above):
                in_body.add(i)
            elif no_markdown and (self._over_meta(i) or self._question_over_profile(i)):
                return i
            prose += sentence
            headline_above = headline_above or (not sentence and len(key) >= 8)
        candidates = candidates or placed[:1] or asked[:1]
        if not candidates:
            raise PageError("no recognisable title (no text line before the body)")
        # A title is the line just above the author/date line, or failing
        # that the first line long enough to be a headline.
        for i in candidates:
            if i not in in_body and self._over_meta(i):
                return i
        for i in candidates:
            # A short question at the top (白条会上征信吗？) is a headline all the same.
            headline = len(self._core(self.lines[i][2])) >= 8 or not self._may_name_a_site(self.norms[i])
            if headline and not self._heading(self.norms[i]):
                return i
            if i + 1 < len(self.lines) and _is_subheading(self.norms[i + 1]) and not self._heading(self.norms[i]):
                return i   # a short line over the page's first subheading (## …) heads the page
        return candidates[0]

    def _opens_thread(self, i: int) -> bool:
        """Whether line ``i`` heads a thread's opening post: a floor label and
        a name alone, the label naming the thread's author (楼主 NAME) or the
        line under it giving the first floor's number and date (1楼 DATE)."""
        if self.opening is not None and i == self.opening[0]:
            return True   # (楼主 alone over the name, then 1楼 DATE: see _opening_head)
        text = self.norms[i]
        if not self._op_line(text):
            return False
        label = self._core(self.cues.floor_re.match(text).group())
        if label in self.cues.op_words:
            return True
        below = self.norms[i + 1] if i + 1 < len(self.lines) else ""
        foot = self.cues.floor_foot_re.match(below) if _YEAR.search(below) else None
        return foot is not None and foot.group("floor") is not None

    def _opens_answers(self, key: str, index: int) -> bool:
        """Whether line ``index`` (``key`` its ``core`` form) opens comments or
        answers: a marker of comment_markers.txt or of best_answer_markers.txt,
        or one of any short prefix (see _shaped_marker)."""
        cues = self.cues
        if key in cues.comment_markers or key in cues.best_answer_markers:
            return True
        bare = _strip_count(key)
        return bare in cues.comment_markers or bare in cues.best_answer_markers or self._shaped_marker(index, key, bare)

    def _comment_marker(self, i: int, key: str) -> bool:
        """Whether line ``i`` (``key`` its ``core`` form) opens the comments:
        a marker of comment_markers.txt, or one of any short prefix."""
        markers = self.cues.comment_markers
        if key in markers:
            return True
        bare = _strip_count(key)
        return bare in markers or self._shaped_marker(i, key, bare)

    def _shaped_marker(self, i: int, key: str, bare: str) -> bool:
        """A short prefix and a word of comment_marker_words.txt, alone on
        the line (用户留言（10）, 其他律师解答): a marker when a count closes it
        or an entry's header is the next line, as a heading of the comments.
        A sentence (同意楼上回答。) or a button (发表评论) is none."""
        word = next((w for w in self.cues.marker_words if bare.endswith(w)), None)
        if word is None:
            return False
        prefix = bare[: -len(word)]
        if len(prefix) > _MARKER_PREFIX or not (prefix.isalpha() or not prefix):
            return False
        if bare in self.cues.boilerplate_lines or _MARKER_BREAK.search(_INNER_COUNT_BRACKETS.sub("", self.norms[i])):
            return False
        if bare != key:
            return True
        return i + 1 < len(self.lines) and self._comment_header(self.norms[i + 1]) is not None

    def _best_answer_marker(self, key: str) -> bool:
        """Whether a line (its ``core`` form) opens a page's chosen answer (最佳答案)."""
        markers = self.cues.best_answer_markers
        return key in markers or _strip_count(key) in markers

    def _may_name_a_site(self, text: str) -> bool:
        """Whether a short line may be a site's or a channel's name: one that
        asks (ends in a question mark, holds 吗 or 呢) or ends in a full stop
        is a sentence instead."""
        if text.endswith(("?", "。")):
            return False
        return self.cues.site_breaks is None or self.cues.site_breaks.search(text) is None

    def _over_meta(self, i: int) -> bool:
        """Whether line ``i`` is a headline standing over the author/date line:
        long enough for one, or a question of any length just above it
        (罚息怎么算？ is a title; a short line without ？ may be a channel)."""
        if len(self._core(self.lines[i][2])) >= 6:
            # A question between this line and the byline is the title: this
            # line is the site's name or navigation above it.
            return self._next_is_meta(i) and not self._question_over_meta(i + 1)
        return self._question_over_meta(i)

    def _question_over_meta(self, i: int) -> bool:
        """Whether line ``i`` asks a question and the author/date line is just below it.
        The question need not end the line (借款被拒怎么办？额度为什么没了)."""
        return (
            i + 1 < len(self.lines)
            and "?" in self.norms[i]
            and not self._asker_line(self.norms[i])
            and not self._meta_fields(self.norms[i])
            and i + 1 not in self.floor_feet
            and bool(self._meta_fields(self.norms[i + 1]))
        )

    def _asker_line(self, text: str) -> bool:
        """Whether a (normalised) line opens the asker's own paragraph (问题描述：…)."""
        return self.cues.asker_re is not None and self.cues.asker_re.match(text) is not None

    def _question_over_profile(self, i: int) -> bool:
        """Whether line ``i`` asks a question over its writer's profile: a
        name, a short bio under it, then a byline that dates the page but names
        nobody (信用卡逾期会上征信吗？ / 老周说金融 / 银行风控从业8年 / 发布于 DATE)."""
        return "?" in self.norms[i] and not self._meta_fields(self.norms[i]) and self._profile_over_byline(i + 1)

    def _profile_over_byline(self, i: int) -> bool:
        """Whether lines ``i`` and ``i + 1`` are a writer's name and bio (see
        _profile) just above a byline that dates the page and names no
        author (发布于 DATE・IP 属地上海)."""
        if i + 2 >= len(self.lines) or not self._profile(i):
            return False
        below = self._meta_fields(self.norms[i + 2])
        return "published_at" in below and not below.get("author") and not below.get("author_guess")

    def _profile_over_follow(self, i: int) -> bool:
        """Whether lines ``i`` and ``i + 1`` are a writer's name and bio (see
        _profile) just above a button that follows the writer (房产律师老周 /
        执业律师 / 专注房产纠纷 / 关注: boilerplate_follow.txt). The bio must
        be fields parted by a slash or a dot: a short line alone over the
        button is the name (小红书 / 阿梨 / 关注: a site over the writer)."""
        return (
            i + 2 < len(self.lines) and self._core(self.norms[i + 2]) in self.cues.follow_buttons
            and _name_shaped(self.lines[i][2], self.norms[i]) and _parted_bio(self.norms[i + 1]) and self._profile(i)
        )

    def _profile(self, i: int) -> bool:
        """Whether lines ``i`` and ``i + 1`` may be a writer's name and bio:
        each short, with no sentence or question in it. A bio whose fields a
        slash or a dot parts (执业律师 / 专注房产纠纷 / 十年经验) may be
        longer, each of its fields short."""
        for j in (i, i + 1):
            text = self.norms[j]
            if (
                (len(text) > 20 and not (j > i and _parted_bio(text))) or _breaks_name(text)
                or self._meta_fields(text) or self._boilerplate_kind(text)
                or self._heading(text, self.lines[j][2]) or self._opens_answers(self._core(text), j)
            ):
                return False
        return True

    def _next_is_meta(self, i: int) -> bool:
        for j in range(i + 1, min(i + 3, len(self.lines))):
            key = self._core(self.norms[j])
            if self._opens_answers(key, j) or j in self.floor_feet:
                # A comment's date below the marker, or the foot of the thread's
                # opening post under its last line, is no byline of the page.
                return False
            if self._meta_fields(self.norms[j]):
                return True
        return False

    def _crumb_parts(self, text: str) -> list[str]:
        if self.cues.crumb_label_re:
            text = self.cues.crumb_label_re.sub("", text)
        return [p.strip() for p in _BREADCRUMB_SPLIT.split(text) if p.strip()]

    def _is_breadcrumb(self, text: str) -> bool:
        return _once(self._crumbs, text, self._looks_like_breadcrumb)

    def _looks_like_breadcrumb(self, text: str) -> bool:
        if len(text) > 200:
            return False
        parts = self._crumb_parts(text)
        return len(parts) >= 2 and all(len(p) <= 12 for p in parts) and not DATE_RE.search(text)

    def _meta_fields(self, text: str) -> dict[str, str]:
        """Fields of an author/date/source line, or {} if it is not one
        (worked out once per text; callers only read the dict)."""
        # _once written out (here and in _boilerplate_kind, _heading): they
        # are asked about every line, several times.
        found = self._fields.get(text)
        if found is None:
            found = self._fields[text] = self._read_meta_fields(text)
        return found

    def _read_meta_fields(self, text: str) -> dict[str, str]:
        if len(text) > 80 or self._dated_floor_foot(text, numbered=True):
            return {}   # "来自iPhone客户端 2楼 DATE" dates a floor of the thread, not the page
        if self.cues.place_re:
            if self._may_name_a_place(text):
                text = self.cues.place_re.sub("", text)
            text = text.strip(_SEPARATORS)
        found: dict[str, str] = {}
        # Every match of meta_key_re holds a key: a line with none skips its search.
        keys = list(self.cues.meta_key_re.finditer(text)) if self.cues.meta_key_screen.may_hold(text) else []
        if not keys:
            return self._unlabelled_meta(text) or self._relative_byline(text) or self._labelled_account(text)
        prefix = text[: keys[0].start()].strip(_SEPARATORS)
        loose_author = False
        if prefix:
            # "张三 · 2025-01-02 · 阅读 88": the name and date before the first key.
            loose = self._unlabelled_meta(prefix)
            if loose:
                found.update(loose)
                # "百家号 DATE 作者：NAME": the name before the date (a platform,
                # often) gives way to the one a key names.
                loose_author = "author" in loose
            elif len(prefix) > 20:
                return {}
            elif not _SENTENCE_END.search(prefix) and self._byline_name(prefix):
                found["author_guess"] = self._byline_name(prefix)  # "NAME 发布于 2025-…"
        updated = ""
        for k, match in enumerate(keys):
            end = keys[k + 1].start() if k + 1 < len(keys) else len(text)
            value = text[match.end() : end].strip(_SEPARATORS)
            name = match.group("key") or match.group("dkey") or match.group("vkey")
            attr = self.cues.meta_keys[name.lower()]
            if attr == "counter":
                continue   # "在看 233" beside the views: a count the line shows, no field of the page
            if attr == "views":
                # "阅读 3 遍以后…" is a sentence: a count is all the value holds,
                # up to the next field ("浏览 12,388 | 值 236": a counter the keys do not name).
                count = _VIEW_COUNT.fullmatch(_FIELD_SPLIT.split(value, 1)[0].strip())
                if count:
                    found.setdefault("views", count.group(1).strip())
                continue
            date = DATE_RE.search(value)
            if attr == "updated":
                updated = updated or (_iso(date) if date else "")
                continue
            if attr == "date":
                if date:
                    found["published_at"] = _iso(date)
                    rest = value[date.end() :].strip(_SEPARATORS)
                    if rest and "author" not in found:
                        found.setdefault("author_guess", rest)
                continue
            if date:  # "作者:NAME 2025-01-01", "来源:NAME | 2025-…"
                found.setdefault("published_at", _iso(date))
                value = value[: date.start()].strip(_SEPARATORS)
            if value and attr == "author" and loose_author:
                found["author"], loose_author = value, False
            elif value:
                found.setdefault(attr, value)
        if "published_at" not in found and updated:
            found["published_at"] = updated
        for attr in ("source", "author"):
            role = self.cues.role_re.match(found[attr]) if self.cues.role_re and found.get(attr) else None
            if role:
                # "财经时报 记者 张晓": the outlet is the source, the reporter the author.
                found["author"] = role.group("name").strip()
                if role.group("outlet").strip(_SEPARATORS):
                    found["source"] = role.group("outlet").strip(_SEPARATORS)
                elif attr == "source":
                    del found["source"]
                break
        if "published_at" not in found:
            date = DATE_RE.search(text)
            if date:
                found["published_at"] = _iso(date)
        return found

    def _views_only(self, text: str) -> bool:
        """Whether the line's meta fields are counters alone (关注者 56 | 被浏览 12,345)."""
        # A count is found after a key only: a line holding none is not worked
        # out (unless a place field is in it, whose removal could join one).
        cues = self.cues
        if text not in self._fields and not (
            len(text) <= 80 and (cues.meta_key_screen.may_hold(text) or (cues.place_re and self._may_name_a_place(text)))
        ):
            return False
        return set(self._meta_fields(text)) == {"views"}

    def _byline_name(self, prefix: str) -> str:
        """The name among the fields before a byline's first key, which dots or
        bars part (钱包小助手 · 3小时前 · 阅读 1.2万): the first field that is
        neither a time without a year nor a counter (关注者 1,204); "" if none."""
        fields = [f.strip() for f in _FIELD_SPLIT.split(prefix) if f.strip()]
        # A field of marks alone (the ">" of a Markdown quote) names nobody.
        names = [
            f for f in fields
            if self._core(f) and not self._bare_relative_time(f) and not _COUNTER_FIELD.fullmatch(f)
        ]
        return names[0] if names else ""

    def _relative_byline(self, text: str) -> dict[str, str]:
        """``钱包小助手 · 3小时前``: a name, then a time without a year, between
        dots or bars (the date stays unknown). A line that starts with the
        time (2小时前 · 广东 · 赞 56) is a comment's footer, not a byline."""
        if not _FIELD_SPLIT.search(text):
            return {}  # no dot or bar: one field, which names nobody and dates nothing
        fields = [f.strip() for f in _FIELD_SPLIT.split(text) if f.strip()]
        if len(fields) < 2 or not self._bare_relative_time(fields[1]):
            return {}
        name = fields[0]
        if len(name) > 20 or _SENTENCE_END.search(name) or self._bare_relative_time(name) or _COUNTER_FIELD.fullmatch(name):
            return {}
        return {"author": name}

    def _labelled_account(self, text: str) -> dict[str, str]:
        """``原创 ACCOUNT ACCOUNT``: a byline label, then two names and no
        date (WeChat names the writer, then the account that posts the
        article, and the account twice when it writes its own)."""
        words = text.split()
        if len(words) != 3 or words[0] not in self.cues.byline_labels:
            return {}
        writer, account = words[1:]
        for name in (writer, account):
            if len(name) > 20 or _breaks_name(name) or name in self.cues.byline_labels or _DECIMAL.search(name):
                return {}
        return {"author": writer} if writer == account else {"author": writer, "source": account}

    def _yearless_date(self, relative: re.Match) -> str:
        """The date of a time without a year that names its day (3月18日,
        04-02, 09-13 18:02): the first such day on or after the page's own
        date, as comments come after the page, unless that is most of a year
        ahead (a day up to two months before the page's date is in its year:
        a page's date may be that of its last edit); "" for a relative time
        (3天前) or when the page gives no date."""
        published = self.meta.get("published_at", "")
        for n in "123":
            if relative.group("rm" + n):
                break
        else:
            return ""
        month, day = int(relative.group("rm" + n)), int(relative.group("rd" + n))
        if len(published) < 7 or not (1 <= month <= 12 and 1 <= day <= 31):
            return ""
        year = int(published[:4])
        page_day = int(published[5:7]) * 31 + int(published[8:10] or 1)
        if month * 31 + day < page_day - 62:
            year += 1
        out = f"{year:04d}-{month:02d}-{day:02d}"
        hour = relative.group("rH" + n) if n != "3" else None
        return out + f"T{int(hour):02d}:{relative.group('rM' + n)}" if hour else out

    def _bare_relative_time(self, text: str) -> bool:
        """``3小时前``, ``昨天 21:14``: a time without a year and nothing else."""
        relative = self._relative(text)
        return bool(relative and not relative.group("author") and not relative.group("rest"))

    def _relative(self, text: str) -> re.Match | None:
        """``relative_re.match(text)``, not tried on a line with neither a digit nor a relative word."""
        screen = self.cues.relative_screen
        if screen is not None and screen.search(text) is None:
            return None
        return self.cues.relative_re.match(text)

    def _unlabelled_meta(self, text: str) -> dict[str, str]:
        """``NAME 2025-03-25 14:21:40`` or ``2025-03-10 10:20 NAME``: a date
        with at most a short name before or after it."""
        # No year, no date: skip the pattern's backtracking over the line.
        match = _UNLABELLED_META.fullmatch(text) if _YEAR.search(text) else None
        if not match:
            return {}
        found = {"published_at": _iso(match)}
        after = (match.group("after") or "").strip(_SEPARATORS)
        posted = self.cues.posted_word_re.match(after) if self.cues.posted_word_re and after else None
        if posted:
            after = ""   # "2026-04-02 编辑于 上海": where it was edited, not who wrote it
        if after in self.cues.places:
            after = ""   # "2025-08-14 07:30·北京": where it was posted from, not who wrote it
        name = (match.group("name") or after).strip(_SEPARATORS)
        if self.cues.device_re is not None and self.cues.device_re.fullmatch(name):
            name = ""   # "DATE 来自iPhone客户端", "来自iPhone客户端 DATE": the device it was sent from names nobody
        labelled = False
        if self.cues.byline_labels and name:
            # "原创 钱包研究所 2026-03-18": the label says what the article is, not who wrote it.
            words = name.split()
            name = " ".join(w for w in words if w not in self.cues.byline_labels)
            named = [w for w in words[1:] if w not in self.cues.places]
            labelled = words[0] in self.cues.byline_labels and len(named) == 2 and not any(
                w in self.cues.byline_labels for w in named
            )
        if labelled and not _SENTENCE_END.search(name):
            # "原创 周小满 钱包研究所 DATE": the writer, then the account that posts it.
            found["author"], found["source"] = named
            return found
        fields = [f.strip() for f in _FIELD_SPLIT.split(name) if f.strip()]
        key = self.cues.meta_keys.get(fields[0].lower()) if len(fields) >= 2 else None
        if key in ("author", "source"):
            found[key] = fields[1]   # "作者 | 小鱼财经 | 2025-08-12": the key word, then its value
        elif name and not _SENTENCE_END.search(name):
            found["author"] = name
        return found

    def _site_suffix(self, title: str) -> tuple[str, str]:
        """``(title, site)`` for a title saved as ``TITLE_SITE`` / ``TITLE-SITE``;
        ``(title, "")`` when the last part does not name a site."""
        match = _TITLE_SUFFIX.match(title)
        if not match:
            return title, ""
        head, tail = match.group("head").strip(), match.group("tail").strip()
        if len(core(head)) < 4 or re.search(r"[?!。]$", normalise(tail)):
            return title, ""
        if core(tail) == core(self.meta.get("site", "")) or tail.lower().endswith(self.cues.site_suffixes):
            return head, tail
        # "TITLE_借呗": the channel named again, which is not the site.
        if core(tail) in {core(p) for p in self.meta.get("breadcrumb", "").split(" > ")} - {""}:
            return head, ""
        return title, ""

    def _boilerplate_kind(self, text: str) -> str:
        """'line', 'prefix' or 'section' when the line is page furniture."""
        found = self._kinds.get(text)
        if found is None:
            found = self._kinds[text] = self._furniture_kind(text)
        return found

    def _furniture_kind(self, text: str) -> str:
        cues = self.cues  # (asked of every line: one lookup, not one per test)
        key = self._core(text)
        if not key:
            return "line"
        if key in cues.boilerplate_sections:
            return "section"
        if key in cues.boilerplate_lines:
            return "line"
        button_row = None  # whether the line is a row of buttons, once worked out
        short = len(text) <= 40
        if short and _DECIMAL.search(text):
            if _YEAR.search(text) is None:
                uncounted = _INNER_COUNT.sub("", text)
                if self._core(uncounted) in cues.boilerplate_lines or self._is_button_row(uncounted):
                    return "line"  # 查看全部 12 个回答, 展开 3 条回复, 已帮助 2315 人 | 咨询我
        elif short:
            # No decimal digit: no count to take out (_INNER_COUNT needs one),
            # so with another kind of digit (①, ²) the line is furniture as a
            # row of buttons. The cheap test comes first: most lines are no such row.
            button_row = self._is_button_row(text)
            if button_row and any(map(str.isdigit, text)):
                return "line"
        # A note in brackets ((责任编辑:赵一鸣)) is furniture as the bare note is.
        if cues.boilerplate_prefix_re and cues.boilerplate_prefix_re.match(text.lstrip("([【")):
            return "prefix"
        if _LICENCE.search(text):
            return "prefix"
        if _is_link_row(text):
            return "line"
        if (self._is_button_row(text) if button_row is None else button_row) or self._is_tab_row(text):
            return "line"
        if len(text) <= 80 and cues.boilerplate_phrase_re and cues.boilerplate_phrase_re.search(text):
            return "prefix"
        return ""

    def _is_button_row(self, text: str) -> bool:
        """``赞(12) 回复 举报``, ``点赞 5``, ``分享 收藏``: buttons and their counts."""
        if _COUNT_UNIT_CHAR.search(text):
            text = _COUNT_UNIT.sub("", text)  # 赞同 1.2 万: the count's unit goes with it
        cues = self.cues
        if _DECIMAL.search(text) and cues.views_screen.search(text):
            # "1753次浏览 · 有用(42)": a count of views beside the buttons is one more count.
            text = " ".join("0" if cues.counted_views_re.match(t) else t for t in _BUTTON_GAPS.split(text))
        if cues.not_furniture_re.search(text):
            return False
        tokens = [t for t in _BUTTON_GAPS.split(text) if t]
        if len(tokens) > 8:
            return False
        named = False
        for token in tokens:
            word = self._core(_BUTTON_COUNTS.sub("", token))
            # A row may mix comment buttons with the site's other furniture ("分享 收藏").
            if word:
                if word not in cues.furniture:
                    return False
                named = True
            elif self._like_mark(token):
                named = True   # ♡ 86: the like button drawn as a mark
        if not named:
            return False
        return len(tokens) >= 2 or any(map(str.isdigit, text))

    def _is_tab_row(self, text: str) -> bool:
        """``热度 | 时间``, ``最热 最新``: the sort tabs over a list of comments."""
        if len(text) > 40 or self.cues.not_tab_re.search(text):
            return False  # a character no tab word holds: a word that is no tab
        tabs = self.cues.sort_tabs
        tokens = [t for t in _BUTTON_GAPS.split(text) if t]
        # all() stops at the first word that is no tab, before cutting the rest.
        return bool(tokens) and all(self._core(t) in tabs for t in tokens)

    def _is_seo_repeat(self, text: str) -> bool:
        key = self._core(text)
        if not key or not self.title_core:
            return False
        if key == self.title_core:
            return True
        # The shorter first, the key when both are as long (as sorted() by length orders them).
        shorter, longer = (key, self.title_core) if len(key) <= len(self.title_core) else (self.title_core, key)
        return len(shorter) >= 8 and shorter in longer and len(shorter) / len(longer) >= 0.8

    def _head(self, title_index: int) -> None:
        title_core = self._core(self.title)
        for i in range(title_index):
            text = self.norms[i]
            fields = self._meta_fields(text)
            suffixed = _TITLE_SUFFIX.match(text)
            if title_core and (
                self._core(text) == title_core or (suffixed and core(suffixed.group("head")) == title_core)
            ):
                # The <title> of a saved page above the page's own headline.
                if suffixed and core(suffixed.group("head")) == title_core:
                    self.meta.setdefault("site", suffixed.group("tail").strip())
                self._mark(i, "seo_repeat", "meta:title")
            elif self._boilerplate_kind(text):
                self._mark(i, "boilerplate", "navigation")
            elif fields:
                self._store_meta(fields, text)
                self._mark(i, "meta", "meta:" + ",".join(sorted(k for k in fields if k != "author_guess")))
            elif self.roles and self.roles[-1].target == "meta:author" and self._profile_over_follow(i - 1):
                # The writer's bio under the name, over the follow button (执业律师 / 专注房产纠纷 is no trail of links).
                self._mark(i, "meta", "meta:bio")
            elif self._is_breadcrumb(text):
                self._store_breadcrumb(i, text)
            elif self._over_follow_button(i):
                # The writer's name over the button that follows them, above the title.
                self.meta.setdefault("author", self.lines[i][2].strip())
                self._mark(i, "meta", "meta:author")
            elif _site_and_channel(text):
                site, channel = _site_and_channel(text)
                self.meta.setdefault("site", site)
                if not self._channel_named:
                    # The channel it names is the page's, whatever a trail of links or a short line said.
                    self.meta["channel"], self._channel_named = channel, True
                self._mark(i, "meta", "meta:site,channel")
            elif not self.meta.get("site") and i == 0 and self._site_with_tagline(text):
                # "卡农社区 - 信用卡与贷款交流" over the title: the site's name and what it is about.
                self.meta["site"], self._site_guess = self._site_with_tagline(text), self.lines[i][0]
                self._mark(i, "meta", "meta:site")
            elif not self.meta.get("site") and i == 0 and len(text) <= 20 and self._may_name_a_site(text):
                self.meta["site"], self._site_guess = self.lines[i][2], self.lines[i][0]
                self._mark(i, "meta", "meta:site")
            elif len(text) <= 20 and not self.meta.get("channel") and self._may_name_a_site(text):
                self.meta["channel"] = self.lines[i][2]
                self._mark(i, "meta", "meta:channel")
            elif len(text) <= 20 and self._core(text) in (
                core(self.meta.get("channel", "")), core(self.meta.get("site", ""))
            ):
                self._mark(i, "meta", "meta:channel")
            else:
                self._mark(i, "boilerplate", "navigation")

    def _site_with_tagline(self, text: str) -> str:
        """The site a (normalised) first line above the title names when it
        is two parts around a title's separator: ``NAME - tagline`` and
        ``NAME_论坛`` give NAME, ``tagline - NAME社区`` (only the second part
        ending like a site's name) gives the second part; "" for another line."""
        match = _SITE_TAGLINE.match(text) if len(text) <= 40 else None
        if match is None:
            return ""
        head, tail = match.group("head").strip(), match.group("tail").strip()
        if len(self._core(head)) < 2 or not self._core(tail) or _breaks_name(head) or re.search(r"[?!。]", tail):
            return ""
        if not (self._may_name_a_site(head) and self._may_name_a_site(tail)):
            return ""
        suffixes = self.cues.site_suffixes
        if tail.lower() not in suffixes and tail.lower().endswith(suffixes) and not head.lower().endswith(suffixes):
            return "" if _breaks_name(tail) else tail
        return head

    def _over_follow_button(self, index: int) -> bool:
        """Whether line ``index`` is a name on a line of its own over a button
        that follows a writer (关注: boilerplate_follow.txt), or over the
        writer's bio and then the button."""
        text, original = self.norms[index], self.lines[index][2]
        if self._profile_over_follow(index):
            return True
        return (
            index + 1 < len(self.lines) and self._core(self.norms[index + 1]) in self.cues.follow_buttons
            and _name_shaped(original, text) and bool(self._core(text))
            and self._core(text) not in self.cues.follow_buttons and not self._heading(text, original)
        )

    def _account_over_byline(self, index: int, kind: str) -> str:
        """The field a name on a line of its own between the title and the
        byline gives (the account that posts the article: 财经老陈 over
        "百家号 DATE 作者：NAME"): "author", or "source" when the byline names
        its author with a key; "" when the line is no such name."""
        text = self.norms[index]
        if kind or index + 1 >= len(self.lines) or not _name_shaped(self.lines[index][2], text):
            return ""
        if self._heading(text, self.lines[index][2]) or not self._may_name_a_site(text):
            return ""
        key = self._core(text)
        cues = self.cues
        if self._opens_answers(key, index) or key in cues.article_markers:
            return ""   # "网友评论" over a comment's header
        below = self._meta_fields(self.norms[index + 1])
        if "published_at" not in below:
            return ""
        return "source" if self._keyed_author(self.norms[index + 1]) else "author"

    def _keyed_author(self, text: str) -> bool:
        """Whether a byline names its author with a key (作者：NAME)."""
        if not self.cues.meta_key_screen.may_hold(text):
            return False
        keys = list(self.cues.meta_key_re.finditer(text))
        for k, match in enumerate(keys):
            if match.group("key") and self.cues.meta_keys[match.group("key").lower()] == "author":
                end = keys[k + 1].start() if k + 1 < len(keys) else len(text)
                # "作者：" with nothing after it names nobody.
                if DATE_RE.sub("", text[match.end() : end]).strip(_SEPARATORS):
                    return True
        return False

    def _store_breadcrumb(self, index: int, text: str) -> None:
        parts = [p for p in self._crumb_parts(text) if p not in self.cues.crumb_leaf]
        self.meta.setdefault("breadcrumb", " > ".join(parts))
        if (
            self._site_guess and len(parts) >= 2 and parts[0].lower() not in self.cues.crumb_home
            and core(parts[-1]) == core(self.meta.get("site", ""))
        ):
            # 分期乐吧 over 百度贴吧 > 分期乐吧: the short first line named the channel
            # the trail ends on, and the trail's first link is the site.
            self.meta["site"] = parts[0]
            self._restyle(self._site_guess, "meta", "meta:channel")
            self._site_guess = 0
        if parts and parts[0].lower() not in self.cues.crumb_home:
            self.meta.setdefault("site", self._home_of(parts[0]))
        if len(parts) >= 2 and not self._channel_named:
            # The trail's last link says where the page stands better than a guess
            # from a short line, not better than a "SITE · CHANNEL" line.
            self.meta["channel"] = parts[-1]
        self._mark(index, "meta", "meta:breadcrumb")

    def _home_of(self, link: str) -> str:
        """The site a trail's first link names: a site's home page (网易首页)
        names the site (网易); a generic word before the home word (网站首页,
        listed whole) is no name."""
        for home in sorted(self.cues.crumb_home, key=lambda word: (-len(word), word)):  # 网站首页 before 首页
            name = link[: -len(home)].strip() if link.lower().endswith(home) else ""
            if name and name.lower() not in self.cues.site_suffixes:
                return name
        return link

    def _store_meta(self, fields: dict[str, str], text: str = "") -> None:
        if fields.get("author") and self.meta.get("author") and self._loose_author and text and self._keyed_author(text):
            # "钱包研究所 DATE" over "作者：阿杰": the account that posts it is the
            # source, the name a key gives the author.
            self.meta.setdefault("source", self.meta.pop("author"))
        if fields.get("author") and not self.meta.get("author"):
            self._loose_author = not (text and self._keyed_author(text))
        for key, value in fields.items():
            if key == "author_guess":
                continue
            if value and not self.meta.get(key):
                self.meta[key] = value
        if "author_guess" in fields and not self.meta.get("author"):
            self.meta["author"] = fields["author_guess"]

    # -- phase 2: body, comments, trailing furniture
    def _heading(self, text: str, original: str = ""):
        """``(style, number, title, remainder)`` when the line is a heading."""
        key = (text, original)
        found = self._headings.get(key, _MISSING)
        if found is _MISSING:
            found = self._headings[key] = _heading_of(text, original)
        return found

    def _series_heading(self, text: str):
        """The heading a line of two digits and a short title (10 注意事项)
        is when it goes on from the last section, numbered 09 in the
        zero-padded style (01 还款时间); None otherwise: alone, a figure
        before a word (12 期免息) says an amount."""
        last = self.sections[-1].fields
        match = _SERIES_NEXT.match(text) if text[:1] in "123456789" else None
        if match is None or "0n" not in self.style_levels or not (len(last["number"]) == 2 and last["number"].isdecimal()):
            return None
        if int(match.group(1)) != int(last["number"]) + 1 or self.style_levels["0n"] != last["level"]:
            return None
        title, remainder = _split_heading_title(match.group(2))
        return None if title is None else ("0n", match.group(1), title, remainder)

    def _numbered_heading(self, text: str, original: str) -> bool:
        heading = self._heading(text, original)
        return bool(heading and heading[1])

    def _open_section(self, index: int, style: str, number: str, title: str) -> _Draft:
        if style not in self.style_levels:
            if style.startswith("md"):
                # Markdown says its own depth; keep it relative to the shallowest seen.
                depth = int(style[2])
                known = [int(s[2]) for s in self.style_levels if s.startswith("md")]
                level = depth - min(known + [depth]) + 1 if known else 1
            else:
                level = len(self.open_ids) + 1 if self.open_ids else 1
            self.style_levels[style] = level
        level = self.style_levels[style]
        del self.open_ids[level - 1 :]
        while len(self.open_ids) < level - 1:
            self.open_ids.append(self.open_ids[-1] if self.open_ids else "0")
        parent = self.open_ids[-1] if level > 1 and self.open_ids else ""
        # Unnumbered headings count their siblings; a counter keeps long pages linear.
        siblings = self.child_counts.get((parent, level), 0)
        self.child_counts[(parent, level)] = siblings + 1
        label = number or str(siblings + 1)
        section_id = f"{parent}.{label}" if parent and parent != "0" else label
        base, n = section_id, 2
        while section_id in self.used_ids:
            section_id, n = f"{base}~{n}", n + 1
        self.used_ids.add(section_id)
        self.open_ids.append(section_id)
        draft = _Draft(
            "section",
            section_id,
            {"level": level, "number": number, "title": title, "parent_id": parent, "line_no": self.lines[index][0]},
        )
        self.sections.append(draft)
        return draft

    def _add_block(self, draft: _Draft, index: int, offset: int = 0, text: str | None = None) -> None:
        line_no, start, original = self.lines[index]
        piece = original[offset:] if text is None else text
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            draft.blocks.append(_block(piece, start + offset + lead, line_no))

    def _lead_section(self) -> _Draft:
        if not self.sections or self.sections[0].key != "0":
            draft = _Draft("section", "0", {"level": 0, "number": "", "title": "", "parent_id": "", "line_no": 0})
            self.sections.insert(0, draft)
            self.used_ids.add("0")
        return self.sections[0]

    def _new_comment(self, index: int, author: str, date: str, block_name: str) -> _Draft:
        draft = _Draft(
            "comment",
            str(len(self.comments) + 1),
            {"author": author, "date": date, "line_no": self.lines[index][0], "block_name": block_name},
        )
        self.comments.append(draft)
        return draft

    def _comment_text(self, draft: _Draft, index: int, offset: int, end: int | None = None) -> None:
        """Add a comment line (from ``offset`` to ``end``), cutting out tag words stuck into it."""
        line_no, start, original = self.lines[index]
        piece = original[offset:end]
        pattern = self.cues.comment_tags
        cursor = 0
        # Most lines hold no tag word: the tag pattern's search is skipped there.
        if pattern is not None and self.cues.comment_tag_screen.search(piece):
            for match in pattern.finditer(piece):
                self._add_block(draft, index, offset + cursor, piece[cursor : match.start()])
                draft.tags.append(match.group(1))
                cursor = match.end()
        self._add_block(draft, index, offset + cursor, piece[cursor:])

    def _comment_header(self, text: str):
        """``(author, date, rest, offset of rest)`` when the line opens a comment.

        A floor label (``2楼``, ``沙发``) or a field name (``回答者:``) may come
        first; a location field (``IP属地:广东``) is kept out of the text."""
        return _once(self._headers, text, self._read_comment_header)

    def _read_comment_header(self, text: str):
        bracketed = self._bracketed_name(text)
        if bracketed:
            return bracketed, "", "", len(text)
        timed = self._bracketed_time(text)
        if timed is not None:
            return timed
        if self.cues.place_re and self._may_name_a_place(text):
            # Blank the location out, keeping offsets: "… 2025-07-02 IP属地：广东".
            text = self.cues.place_re.sub(lambda m: " " * len(m.group()), text)
        skip = 0
        bracket = _BRACKET_HEADER.match(text)
        if bracket and DATE_RE.search(bracket.group("inside")):
            # "[北京网友 2026-04-02 09:12]": a header in brackets; offsets kept.
            close = bracket.end("inside")
            text, skip = text[:close] + " " + text[close + 1 :], 1
        lead = self.cues.floor_re.match(text, skip)
        skip = lead.end() if lead else skip
        if self.cues.header_author_re:
            labelled = self.cues.header_author_re.match(text, skip)
            skip = labelled.end() if labelled else skip
        role = self.cues.header_role_re.match(text, skip) if self.cues.header_role_re else None
        header = self._plain_header(text[role.end() :]) if role else None
        if header is not None and (header[0].strip(_SEPARATORS) or header[1]):
            # "网友 橙子 [DATE]：text": a role word before the name; "网友 [DATE]":
            # a role word and a date, which name nobody.
            skip = role.end()
        else:
            header = self._plain_header(text[skip:])
        if header is None:
            return None
        author, date, rest, offset = header
        stats = self.cues.header_stat_re
        while rest and stats is not None and (stat := stats.match(rest)) and stat.end():
            # "NAME DATE 采纳率：92%": the answerer's record closes the header; text may follow it.
            rest, offset = rest[stat.end() :], offset + stat.end()
        if rest and self._header_place(text[skip : skip + offset], rest):
            rest = ""   # "NAME · 3小时前 · 广东": the place the site shows, no part of the text
        offset += skip + len(rest) - len(rest.lstrip(_SEPARATORS))
        rest = rest.strip(_SEPARATORS)
        # "@NAME | DATE": a handle is the name with the site's @ before it.
        return author.strip(_SEPARATORS).lstrip("@"), date, rest, (offset if rest else len(text))

    def _bracketed_name(self, text: str) -> str:
        """The name of a header that gives it in brackets after who the site
        says the commenter is: a role word (网易湖北省武汉市网友 [NAME]) or a
        listed place first (广东省深圳市 [NAME]); "" for another line (an
        emoticon after a word, 我觉得 [微笑], is text)."""
        if not text.endswith(("]", "】")):
            return ""
        match = _BRACKETED_NAME.match(text)
        if match is None or _breaks_name(match.group("who")) or _breaks_name(match.group("name")):
            return ""
        who, name = match.group("who"), match.group("name")
        if DATE_RE.search(name) or self._relative(name):
            return ""   # "网友 [2026-05-04]": the date a header gives in brackets, no name
        if who.endswith(self.cues.header_roles) or any(who.startswith(place) for place in self.cues.places):
            return match.group("name").strip()
        return ""

    def _bracketed_time(self, text: str):
        """The header of a line that gives a time without a year in brackets
        after a role word or a name (网友 [3天前], 小林 [昨天 10:20]):
        ``(author, date, "", len(text))``, the author empty after a role word;
        None for another line."""
        if not text.endswith(("]", "】")) or _YEAR.search(text):
            return None   # a full date in brackets is read as any header's date
        match = _BRACKETED_NAME.match(text)
        if match is None:
            return None
        relative = self._relative(match.group("name").strip())
        if relative is None or relative.group("author") or relative.group("rest"):
            return None
        who = match.group("who")
        if who in self.cues.header_roles:
            who = ""
        elif _breaks_name(who) or not _looks_like_name(who):
            return None
        return who, self._yearless_date(relative), "", len(text)

    def _header_place(self, before: str, rest: str) -> bool:
        """Whether what follows a header's time (``rest``; ``before``, what
        precedes it on the line) is a field mark and a listed place
        (comment_places.txt), with the comment's buttons after it at most
        ("· 广东", "· 广东 · 赞 40")."""
        rest = rest.lstrip()
        fields = [f.strip() for f in _FIELD_SPLIT.split(rest) if f.strip()]
        if rest[:1] not in _FIELD_MARKS and before.rstrip()[-1:] not in _FIELD_MARKS:
            # "NAME 2026-02-10 10:21 北京": a listed place set apart by a space, alone.
            return len(fields) == 1 and fields[0] in self.cues.places
        if not fields or fields[0] not in self.cues.places:
            return False
        after = " ".join(fields[1:])
        return not after or self._is_button_row(after)

    def _plain_header(self, text: str):
        posted = self.cues.posted_re.match(text) if self.cues.posted_re else None
        if posted:
            # "发表于 2025-…" under a name line: no author on this line.
            dated = _POSTED_DATE.match(text, posted.end())
            if dated:
                rest = dated.group("rest") or ""
                return "", _iso(dated, prefix="c"), rest, dated.start("rest") if rest else len(text)
        # The header's date starts with a year (_YEAR): a line without one is no such header.
        match = self.cues.comment_header_re.match(text) if _YEAR.search(text) else None
        if match and not (match.group("avatar") or match.group("author")) and match.group("cd") and self._record_only(match.group("rest")):
            # "DATE · TA获得超过2314个赞" under a name: the header's date and the answerer's record.
            return "", _iso(match, prefix="c"), "", len(text)
        if match and (match.group("avatar") or match.group("author") or not match.group("rest")):
            author = (match.group("author") or "").strip(" :|")
            if not match.group("cd") and not match.group("avatar"):
                return None
            if len(author) > 24 or _SENTENCE_END.search(author):
                return None
            date = _iso(match, prefix="c")
            rest = (match.group("rest") or "").rstrip(_SEPARATORS)
            return author, date, rest, match.start("rest") if rest else len(text)
        relative = self._relative(text)
        if (
            relative
            and not _SENTENCE_END.search(relative.group("author") or "")
            and (relative.group("author") or not relative.group("rest"))
        ):
            rest = relative.group("rest") or ""
            date = self._yearless_date(relative)
            return (relative.group("author") or "").strip(), date, rest, relative.start("rest") if rest else len(text)
        avatar = _AVATAR_ONLY.match(text)
        if avatar:
            return avatar.group("author").strip(), "", "", len(text)
        return None

    def _record_only(self, rest: str | None) -> bool:
        """Whether what follows a header's date is the answerer's record and
        nothing else (采纳率：92% 回答数：120, 擅长：个人信贷)."""
        stats = self.cues.header_stat_re
        if not rest or stats is None:
            return False
        while rest and (stat := stats.match(rest)) and stat.end():
            rest = rest[stat.end() :]
        return not rest

    def _handle_header(self, text: str, reply: re.Match) -> bool:
        """Whether a line that opens with ``@NAME`` is a comment's header, the
        handle of who wrote it: the date follows the name, after a field mark
        (@NAME | DATE text) or with nothing after it (@NAME 3小时前). A reply
        says something to the name (@NAME 不是这样的…)."""
        header = self._comment_header(text)
        if not header or header[0] != reply.group("to"):
            return False
        return not header[2] or text[reply.end("to") :].lstrip()[:1] in _FIELD_MARKS

    def _named_line(self, text: str) -> re.Match | None:
        named = _named_match(text)
        return named if named and core(named.group(1)) not in self.cues.text_labels else None

    def _answer_label(self, word: str) -> bool:
        """Whether a label before a colon names an answer (网友回答, 答): a
        text label that also marks a block of answers."""
        key = core(word)
        cues = self.cues
        return key in cues.text_labels and (key in cues.comment_markers or key in cues.qa_markers)

    def _open_answer(self, index: int, original: str) -> _Draft:
        """The section of a page's chosen answer, a top section titled by its marker line (最佳答案)."""
        self.style_levels.setdefault("answer", 1)
        title = original.strip().lstrip("#").strip().strip(":：").strip()
        return self._open_section(index, "answer", "", title)

    def _answer_said(self, answer: _Draft) -> bool:
        """Whether the chosen answer holds text, in itself or in a sub-section of it."""
        if answer.blocks:
            return True
        key = answer.key
        return any(s.blocks for s in self.sections if s.fields["parent_id"] == key)

    def _answer_part(self, answer: _Draft, index: int) -> _Draft | None:
        """The sub-section line ``index`` opens in the chosen answer: a
        numbered heading of a top-level style (一、, (一), 第一) with nothing after
        it, as in a lawyer's answer in parts; None for another line. Items of
        a list (1. 2. ①) stay text of the answer, as under the article's own headings."""
        text, original = self.norms[index], self.lines[index][2]
        heading = self._heading(text, original)
        if not heading or not heading[1] or heading[3] or heading[0] in _ITEM_STYLES:
            return None
        style, number, title, _ = heading
        section_id = base = f"{answer.key}.{number}"
        n = 2
        while section_id in self.used_ids:
            section_id, n = f"{base}~{n}", n + 1
        self.used_ids.add(section_id)
        draft = _Draft(
            "section",
            section_id,
            {"level": 2, "number": number, "title": title, "parent_id": answer.key, "line_no": self.lines[index][0]},
        )
        self.sections.append(draft)
        return draft

    def _answer_line(self, answer: _Draft, index: int, headed: bool, into: _Draft | None = None) -> tuple[str, bool, bool]:
        """Place line ``index`` under the chosen answer's marker: its role,
        whether the answer's header has now been read, and whether the answer
        is over. Its header (回答者：NAME DATE, or a Zhihu-style name, bio and
        vote count) comes before its text, its foot (DATE | 有用(18),
        发布于 DATE) after it; the lines between are the paragraphs of the
        answer's section, or of ``into``, the sub-section of it they stand in."""
        text = self.norms[index]
        original = self.lines[index][2]
        into = into or answer
        said = self._answer_said(answer)
        if said:
            date = self._line_date(text)
            if date is None and not headed:
                date = self._date_alone(text)
            if date is not None:
                return "answer_header", True, True
        if self._boilerplate_kind(text):
            return "boilerplate", headed, False
        if not said and not headed:
            header = self._comment_header(text)
            if header:
                rest, offset = header[2], header[3]
                if rest:
                    # "NAME DATE：text": the header and the answer's first words on one line.
                    self._add_block(into, index, _original_offset(original, text, offset))
                    return "paragraph", True, False
                return "answer_header", True, False
            if self._answer_opens(index):
                vote = self.cues.vote_re is not None and self.cues.vote_re.match(text) is not None
                return "answer_header", vote, False
            if self._name_over_dated_line(index):
                return "answer_header", False, False   # NAME over "DATE · 擅长：…": the header's first line
        # A label that names the answer itself (网友回答：…) is no part of what it says.
        label = _named_match(text)
        offset = 0
        if label and not said and self._answer_label(label.group(1)):
            offset = _original_offset(original, text, label.end())
        self._add_block(into, index, offset)
        return "paragraph", headed, False

    def _name_over_dated_line(self, index: int) -> bool:
        """Whether line ``index`` is a name on a line of its own over a
        header that names nobody and says nothing (2025-08-20 16:40,
        2025-08-20 16:40 · 擅长：个人信贷): the two lines are one header."""
        if index + 1 >= len(self.lines) or not _name_shaped(self.lines[index][2], self.norms[index]):
            return False
        if self._comment_header(self.norms[index]) is not None or self._boilerplate_kind(self.norms[index]):
            return False
        below = self._comment_header(self.norms[index + 1])
        return below is not None and not below[0] and bool(below[1]) and not below[2]

    def _next_answer(self, index: int) -> bool:
        """Whether line ``index``, under the chosen answer's text, opens
        another answer: a header that names its writer and holds nothing else
        (理财小白 2026-10-03 08:12) or names them with a key (回答者：NAME DATE…),
        or a name over a vote count (326 人赞同了该回答). A sentence that opens
        with a date (截至2025年6月 …) stays in the answer."""
        text = self.norms[index]
        header = self._comment_header(text)
        if header and header[0] and (
            not header[2] or (self.cues.header_author_re is not None and self.cues.header_author_re.match(text))
        ):
            return True
        if self.cues.vote_re is not None and self.cues.vote_re.match(text):
            return True
        return self._answer_opens(index)

    def _only_a_name(self, comment: _Draft) -> bool:
        """Whether all a comment holds so far is one short line with no punctuation: a name."""
        return len(comment.blocks) == 1 and not comment.fields["author"] and _looks_like_name(comment.blocks[0].text)

    def _line_date(self, text: str) -> str | None:
        """The date of a line that dates a comment and holds nothing else the
        commenter said: a posted word and a date (发布于 DATE), a date and the
        comment's buttons (DATE | 有用(18)), or a time without a year, a place
        and the buttons (1天前 · 广东 · 回复 · 赞 215: the date stays empty);
        None for another line. Under a comment's text with no header of its
        own, such a line closes it (a layout that dates comments at their foot).
        The fields of a foot may also come in another order (广东 11月18日 赞 56,
        赞 3 · 3小时前): a date and a place or a count of likes, with nothing else."""
        date = self._ordered_line_date(text)
        if date is not None or len(text) > 40:
            return date
        screen = self.cues.relative_screen or _DECIMAL
        fields = self._foot_fields(text) if screen.search(text) else None
        if fields is not None and fields[0] is not None and (fields[1] or fields[2]):
            return fields[0]
        return None

    def _ordered_line_date(self, text: str) -> str | None:
        """``_line_date`` for a line whose date or time comes first (a posted word aside)."""
        text = self._without_place_field(text)
        posted = self.cues.posted_re.match(text) if self.cues.posted_re else None
        dated = _POSTED_DATE.match(text, posted.end() if posted else 0)
        if dated is not None:
            raw = dated.group("rest") or ""
            rest = raw.strip(_SEPARATORS)
            if (posted and not rest) or (rest and self._place_and_buttons(raw, rest)):
                return _iso(dated, prefix="c")
            return None
        # "发布于 2 小时前", "编辑于 昨天 21:10": a posted word before a time without a year.
        word = self.cues.posted_word_re.match(text) if self.cues.posted_word_re else None
        relative = self._relative(text[word.end() :] if word else text)
        if relative is None or relative.group("author"):
            return None
        raw = relative.group("rest") or ""
        rest = raw.strip(_SEPARATORS)
        if not rest:
            return self._yearless_date(relative) if word else None
        if self._place_and_buttons(raw, rest):
            return self._yearless_date(relative)
        return None

    def _date_alone(self, text: str) -> str | None:
        """The date of a line that is a date or a time and nothing else
        (``2025-02-19 08:30``: ISO text; ``02-19 08:30``, ``3小时前``: "");
        None for any other line."""
        dated = _POSTED_DATE.match(text) if _YEAR.match(text) else None
        if dated is not None:
            return None if dated.group("rest") else _iso(dated, prefix="c")
        return self._yearless_date(self._relative(text)) if self._bare_relative_time(text) else None

    def _count_foot(self, text: str) -> bool:
        """``赞 86``, ``广东 赞 86``: a comment's buttons with a count, a
        listed place at most beside them, and no date."""
        if not _DECIMAL.search(text) or _YEAR.search(text):
            return False
        fields = self._foot_fields(text)
        if fields is not None:
            return fields[0] is None and fields[2]   # (12-20 回复 赞 12 is dated)
        return self._is_button_row(text)

    def _foot_fields(self, text: str) -> tuple[str | None, bool, bool] | None:
        """``(date, placed, liked)`` for a line made only of a comment's foot
        fields, each at most once and in any order, parted by spaces or field
        marks: a listed place (comment_places.txt), a date or a time
        (2025-11-18, 11月18日, 11-18, 3小时前) and the comment's buttons, a
        count beside them or in them (赞 56, 56赞, 赞(56)). ``date`` is None
        when the line holds none (ISO text, or "" for a time without a year
        that cannot be placed), ``liked`` whether a button has a count;
        None for any other line, and for one with neither a date nor a count."""
        text = self._without_place_field(text)
        tokens = [t for t in _FOOT_GAPS.split(text) if t]
        if not tokens or len(tokens) > 10:
            return None
        furniture = self.cues.furniture
        kinds: list[str] = []
        for token in tokens:
            if _FOOT_COUNT.fullmatch(token):
                kinds.append("count")
            elif token in self.cues.places:
                kinds.append("place")
            elif self._like_mark(token):
                # ♡ 86, ♡86: the like button drawn as a mark, with its count or beside it.
                kinds.append("counted" if _DECIMAL.search(token) else "button")
            else:
                word = self._core(_BUTTON_COUNTS.sub("", token))
                kinds.append(("counted" if _DECIMAL.search(token) else "button") if word in furniture and word else "date")
        for k, kind in enumerate(kinds):
            if kind != "count":
                continue
            # A count goes with the button beside it (赞 56, 56 赞); elsewhere it is part of a time (3 小时前).
            if k and kinds[k - 1] == "button":
                kinds[k - 1], kinds[k] = "counted", "used"
            elif k + 1 < len(kinds) and kinds[k + 1] == "button":
                kinds[k], kinds[k + 1] = "used", "counted"
            else:
                kinds[k] = "date"
        dated = [k for k, kind in enumerate(kinds) if kind == "date"]
        if kinds.count("place") > 1 or (dated and dated[-1] - dated[0] + 1 != len(dated)):
            return None   # two places, or a date in pieces: not a foot
        liked = "counted" in kinds
        date = self._date_alone(" ".join(tokens[k] for k in dated)) if dated else None
        if (dated and date is None) or (date is None and not liked):
            return None
        return date, "place" in kinds, liked

    def _like_mark(self, token: str) -> bool:
        """Whether a token is a like mark of comment_like_marks.txt (♡, 👍),
        alone or with its count stuck to it (♡86, 👍(3))."""
        marks = self.cues.like_marks
        if not marks or token.isalnum():
            return False
        return _bare_mark(_COUNT_BRACKETS.sub("", _FOOT_COUNT.sub("", token))) in marks

    def _names_over_dated_feet(self, start: int, counted: bool = False) -> bool:
        """Whether the comments from line ``start`` on are each a name on a
        line of its own, the text, then a line that only dates it (江南雨 /
        text / 02-19 08:30), to the end of the list: then a date alone on a
        line is a comment's foot, not the header of the next one. Every
        comment must keep to the layout, and the list must end on a foot.
        ``counted``: the foot is a count of likes instead (小陈 / text / 赞 86).
        Among dated feet, a few may show the likes alone (赞 3), as a site
        leaves out a date it does not know."""
        group = 0  # lines of the comment under way
        feet = dated = 0
        for j in range(start, len(self.lines)):
            text = self.norms[j]
            key = self._core(text)
            kind = self._boilerplate_kind(text)
            if self._opens_answers(key, j) or kind == "section":
                break
            if (counted or group or not feet) and self._count_foot(text):
                # (Under a dated foot, the likes on a line of their own are more of that foot.)
                if group < 2:
                    return False
                feet, group = feet + 1, 0
                continue
            if kind:
                continue
            if counted:
                # The name line is all the header: a date on it makes it one of another layout.
                if group == 0 and not self._bracketed_name(text) and (
                    not _name_shaped(self.lines[j][2], text) or DATE_RE.search(text) or self._relative(text)
                ):
                    return False
                group += 1
                continue
            if self._date_alone(text) is not None or self._line_date(text) is not None:
                if group < 2:
                    return False
                feet, dated, group = feet + 1, dated + 1, 0
                continue
            if group == 0 and not _name_shaped(self.lines[j][2], text):
                return False
            group += 1
        return feet > 0 and group == 0 and (counted or dated > 0)

    def _place_and_buttons(self, raw: str, rest: str) -> bool:
        """Whether what follows a footer's time (``raw``; ``rest`` without its
        separators) is the comment's buttons, a place ("· 浙江"), or a place
        and the buttons ("· 广东 · 赞 40"), whether the time is relative
        (3小时前) or a full date (2025-07-08)."""
        if raw.lstrip()[:1] in _FIELD_MARKS and _PLACE.fullmatch(rest):
            return True  # "1天前 · 浙江": a time and a place
        words = [t for t in _BUTTON_GAPS.split(rest) if t]
        if words[0] in self.cues.places and all(self._core(_BUTTON_COUNTS.sub("", t)) in self.cues.furniture for t in words[1:]):
            return True  # "01-03 浙江 回复": a listed place, then a button or none
        return self._is_button_row(rest) or self._is_button_row(self._without_place(rest))

    def _answer_opens(self, index: int) -> bool:
        """Whether an answer's header starts at line ``index``: a vote count
        there, or one a line or two below under short lines with no
        punctuation (the author's name, then a bio)."""
        # "326 人赞同了该文章" under a column's author heads the article, not an answer.
        vote = self.cues.answer_vote_re
        if vote is None:
            return False
        for k in range(3):
            if index + k >= len(self.lines):
                return False
            if k and self.lines[index + k][0] != self.lines[index + k - 1][0] + 1:
                return False  # a header's lines stand together, with no blank line between
            if vote.match(self.norms[index + k]):
                return True
            if not _name_shaped(self.lines[index + k][2], self.norms[index + k]):
                return False
        return False

    def _open_at_votes(self, comment: _Draft | None, index: int, block_name: str) -> _Draft:
        """The answer whose header a vote count ("326 人赞同了该回答") closes:
        the line above the count is its author's name, and the line above
        that, when it too stands on its own, the author's bio."""
        taken: list[Block] = []
        if comment is not None:
            for k, block in enumerate(reversed(comment.blocks[-2:]), start=1):
                line_no, _, line = self.lines[max(index - k, 0)]
                if index - k < 0 or block.line_no != line_no or block.text != line:
                    break
                taken.insert(0, block)
            if len(taken) == 2 and not _looks_like_name(taken[0].text):
                taken = taken[1:]  # the text of the answer above, then a name
            if taken and not _looks_like_name(taken[0].text):
                taken = []
        author = taken[0].text if taken else ""
        if comment is not None and len(taken) == len(comment.blocks) and not comment.fields["author"] and not comment.fields["date"]:
            comment.blocks.clear()
            comment.fields["author"] = author
        else:
            if comment is not None and taken:
                del comment.blocks[-len(taken) :]
            comment = self._new_comment(index - len(taken), author, "", block_name)
        for block in taken:
            self._restyle(block.line_no, "comment_header", f"comment:{comment.key}")
        return comment

    def _posted_only(self, text: str) -> bool:
        """``发布于 DATE`` (a place after it aside) and nothing else."""
        text = self._without_place_field(text)
        word = self.cues.posted_word_re.match(text) if self.cues.posted_word_re else None
        if word is None:
            return False
        dated = _POSTED_DATE.match(text, word.end())
        if dated:
            # "编辑于 2026-10-20 广东": where it was sent from is no more than a place.
            rest = (dated.group("rest") or "").strip(_SEPARATORS)
            return not rest or rest in self.cues.places
        return self._bare_relative_time(text[word.end() :])

    def _without_place_field(self, text: str) -> str:
        """The line without a place field (…・IP 属地上海)."""
        if self.cues.place_re:
            if self._may_name_a_place(text):
                text = self.cues.place_re.sub("", text)
            text = text.strip(_SEPARATORS)
        return text

    def _may_name_a_place(self, text: str) -> bool:
        """False when the line cannot hold a place field (IP属地：广东)."""
        marks = self.cues.place_marks
        return marks is None or any(mark in text for mark in marks)

    def _clean_author(self, name: str) -> str:
        """A name as a header gives it, without what follows it there: a bar
        and the fields after it, a stop word of comment_author_cuts.txt
        (采纳率, 回复时间) and what follows, a firm (…律师事务所) and a role
        word (楼主 NAME) beside it, and Markdown emphasis around it (**NAME**)."""
        name = _NAME_BAR.split(name, 1)[0]
        stop = self.cues.author_stop_re.search(name) if self.cues.author_stop_re else None
        if stop:
            name = name[: stop.start()]
        words = name.strip(_SEPARATORS + ":：").split()
        if len(words) > 1:
            # A firm (…律师事务所) or a role word (楼主, 沙发) set apart beside the name.
            firms = self.cues.author_firms
            kept = [w for w in words if not (firms and w.endswith(firms)) and not self.cues.floor_re.fullmatch(w)]
            # "小鹿乱撞 广东 3月18日": the place the site shows after the name.
            kept = kept[:1] + [w for w in kept[1:] if w not in self.cues.places]
            name = " ".join(kept or words)
        name = name.strip(_SEPARATORS + ":：")
        # "**NAME** 执业律师": the emphasis marks the name, a bio may follow it.
        wrapped = _MARKDOWN_WRAP.match(name)
        # "**@NAME**": a handle is the name with the site's @ before it.
        name = (wrapped.group(2) if wrapped else name).strip().lstrip("@")
        quoted = _QUOTED_NAME.fullmatch(name)
        if quoted and (not quoted.group("before") or quoted.group("before").endswith(self.cues.author_firms)):
            name = quoted.group("name")   # 网易号「理财说」: the platform, then the account's name in quotes
        return name

    def _bare_time(self, text: str) -> str | None:
        """The date of a line that only dates something (``1小时前``,
        ``发布于 DATE``, ``2天前 · 浙江 · 赞 3``): ISO text, "" for a time
        without a year; None for any other line."""
        date = self._line_date(text)
        if date is not None:
            return date
        header = self._comment_header(text)
        if header and not header[0] and not header[2]:
            return header[1]
        return None

    def _indented(self, index: int) -> bool:
        """Whether the line starts after spaces: set in under the line above."""
        start = self.lines[index][1]
        return start > 0 and self.text[start - 1] in " \t\u3000"

    def _without_place(self, rest: str) -> str:
        """A row of buttons with the short place name before it taken off (广东 · 回复 · 赞 215)."""
        parts = [t for t in _BUTTON_GAPS.split(rest) if t]
        if len(parts) > 1 and len(parts[0]) <= 4 and not any(ch.isdigit() for ch in parts[0]):
            return " ".join(parts[1:])
        return rest

    def _close_with_footer(self, comment: _Draft, date: str) -> None:
        """Date a comment from its footer; a name line that opens it becomes
        its author, and so does a name before a colon (江城子：…)."""
        comment.fields["date"] = date
        first = comment.blocks[0]
        if (
            len(comment.blocks) > 1 and first.line_no != comment.blocks[1].line_no
            and self.cues.floor_re.fullmatch(normalise(first.text))
        ):
            # "2楼" alone over the floor's writer and text: it numbers the floor and names nobody.
            comment.blocks.pop(0)
            self._restyle(first.line_no, "comment_header")
            first = comment.blocks[0]
        if comment.fields["author"]:
            return
        named = self._named_line(normalise(first.text))
        if named:
            offset = _original_offset(first.text, normalise(first.text), named.end())
            comment.fields["author"] = named.group(1)
            comment.blocks[0] = _block(first.text[offset:], first.start + offset, first.line_no)
            return
        if len(comment.blocks) < 2 or first.line_no == comment.blocks[1].line_no or not _looks_like_name(first.text):
            return
        comment.blocks.pop(0)
        comment.fields["author"] = first.text.strip()
        self._restyle(first.line_no, "comment_header")

    def _end_unfooted_reply(self, comment: _Draft, index: int, block_name: str) -> _Draft:
        """The comment a foot at line ``index`` closes. Under the page author's
        reply (作者 / text), which has no foot of its own, a name line with
        text under it opens the next NAME / text / foot entry: the reply ends
        above that name, and the foot is the new entry's."""
        if not comment.fields.get("foot") or "reply_to" not in comment.fields or comment.fields["date"]:
            return comment
        blocks = comment.blocks
        # The lines from the reply's label down (a button row among them is no block).
        first = index
        while first > 0 and self.lines[first - 1][0] >= comment.fields["line_no"]:
            first -= 1
        lines = {line_no: text for line_no, _, text in self.lines[first:index]}
        # The reply keeps one line at least; the entry keeps a line of text under its name.
        for k in range(len(blocks) - 2, 0, -1):
            name = blocks[k]
            if (
                lines.get(name.line_no) == name.text and name.line_no != blocks[k - 1].line_no
                and name.line_no != blocks[k + 1].line_no and _looks_like_name(name.text)
            ):
                break
        else:
            return comment
        name_index = next(j for j in range(index - 1, -1, -1) if self.lines[j][0] == name.line_no)
        entry = self._new_comment(name_index, name.text.strip(), "", block_name)
        entry.blocks.extend(blocks[k + 1 :])
        del blocks[k:]
        self._restyle(name.line_no, "comment_header", f"comment:{entry.key}")
        for line_no in sorted({b.line_no for b in entry.blocks}):
            self._restyle(line_no, "comment", f"comment:{entry.key}")
        return entry

    def _restyle(self, line_no: int, role: str, target: str = "") -> None:
        """Give a line already placed another role (and target, if given)."""
        for k in range(len(self.roles) - 1, -1, -1):
            line = self.roles[k]
            if line.line_no == line_no:
                self.roles[k] = _line(line.line_no, line.start, line.text, role, target or line.target)
                return

    def _name_line_above(self, comment: _Draft | None, index: int) -> bool:
        """Whether the line just above ``index`` is a short comment line that
        is really a name: the first half of a header split over two lines."""
        if comment is None or not comment.blocks or not self.roles:
            return False
        line_no, start, text = self.lines[index - 1]
        last = self.roles[-1]
        if last.line_no != line_no or last.role != "comment" or last.target != f"comment:{comment.key}":
            return False
        block = comment.blocks[-1]
        if block.line_no != line_no or block.text != text or (len(comment.blocks) > 1 and comment.blocks[-2].line_no == line_no):
            return False
        return _looks_like_name(text)

    def _floor_feet(self) -> frozenset[int]:
        """The lines that close a forum's floors (来自Android客户端 2楼 DATE,
        3楼 DATE), on a page whose floors are dated at their foot: a floor
        number and a date under the floor's text (or a device and a floor
        number with no date: 来自Android客户端 1楼). On a page where such lines
        stand under a name instead (NAME / 2楼 DATE / text) or over the text
        (2楼 DATE / text, to the last floor) they are headers, and none is returned."""
        tag = self.cues.floor_tag_re
        # "1楼 DATE" under the opening post's head dates the post from above: no foot.
        dated_above = self.opening[2] if self.opening else -1
        feet = [
            i for i, text in enumerate(self.norms)
            if i != dated_above and (self._dated_floor_foot(text) or (tag is not None and tag.match(text)))
        ]
        if len(feet) < 2:
            return frozenset()
        under_text = sum(1 for i in feet if i and not _name_shaped(self.lines[i - 1][2], self.norms[i - 1]))
        # A last floor closed by its foot leaves nothing but furniture under it;
        # a header (3楼 DATE) has the floor's text under it.
        closed = all(self._boilerplate_kind(text) for text in self.norms[feet[-1] + 1 :])
        return frozenset(feet) if closed and under_text * 2 > len(feet) else frozenset()

    def _named_floors(self) -> tuple[dict[int, int], frozenset[int], frozenset[int]] | None:
        """``(heads, feet, dates)`` of a thread whose floors each open with
        a floor label and a name alone (楼主 NAME, 3楼 NAME, or the label alone
        over the name: 3楼 / NAME; ``heads`` maps each head to its name's line), give their text,
        and close with a foot (来自iPhone客户端 3楼 DATE, a date alone, or
        来自Android客户端 1楼, which gives none); ``dates`` are the lines that
        date a floor right under its head (1楼 DATE). Most floors, two at
        least, must close so, and none may hold a foot within it; None when
        the page is not laid out so."""
        named: dict[int, int] = {}  # head line → the line that names the floor's writer
        for i, text in enumerate(self.norms):
            if named.get(i - 1) == i:
                continue   # the name under a floor label alone (2楼 / NAME) heads nothing
            if self._floor_head(text):
                named[i] = i
            elif self._floor_label_over_name(i):
                named[i] = i + 1
        heads = list(named)
        if len(heads) < 2:
            return None
        feet, dates = set(), set()
        for k, head in enumerate(heads):
            run = []  # the floor's lines, furniture aside
            for j in range(named[head] + 1, heads[k + 1] if k + 1 < len(heads) else len(self.lines)):
                text = self.norms[j]
                kind = self._boilerplate_kind(text)
                if kind == "section" or self._opens_answers(self._core(text), j):
                    break
                if not kind:
                    run.append(j)
            if len(run) < 2 or self._floor_foot_date(self.norms[run[-1]]) is None:
                continue
            body = run[:-1]
            dated = self._floor_foot_date(self.norms[body[0]]) is not None
            if any(self._floor_foot_date(self.norms[j]) is not None for j in body[1:]):
                return None   # a foot inside a floor: floors of another layout (NAME / text / foot) under the head
            if dated and len(body) < 2:
                continue   # a date and a foot: a floor that says nothing
            feet.add(run[-1])
            if dated:
                dates.add(body[0])
        if len(feet) < 2 or len(feet) * 2 <= len(heads):
            return None
        # An opening post with no head of its own (its text right under the
        # title) still closes with a foot, above the first floor's head.
        above = heads[0] - 1
        while above > 0 and self._boilerplate_kind(self.norms[above]):
            above -= 1
        text = self.norms[above]
        tag = self.cues.floor_tag_re
        if above > 1 and (self._dated_floor_foot(text) or (tag is not None and tag.match(text))):
            feet.add(above)
        return named, frozenset(feet), frozenset(dates)

    def _dated_label_floors(self, taken: frozenset[int]) -> frozenset[int]:
        """The heads of a thread's floors written as a floor number and a date
        alone (2楼 DATE) over the writer's name on a line of its own, with the
        floor's text under the name. Most such heads, two at least, must stand
        over a name: on a thread whose floors start with their text, a short
        first line is what the floor says. Lines read as feet or dates of
        another layout (``taken``) head nothing here."""
        heads, named = [], []
        for i, text in enumerate(self.norms):
            if i in taken or i in self.floor_heads or not self._numbered_date_line(text):
                continue
            heads.append(i)
            if self._name_under_dated_label(i):
                named.append(i)
        if len(named) < 2 or len(named) * 2 <= len(heads):
            return frozenset()
        return frozenset(named)

    def _numbered_date_line(self, text: str) -> bool:
        """Whether a (normalised) line is a floor's number and a date and nothing else (3楼 DATE)."""
        foot = self.cues.floor_foot_re.match(text) if _YEAR.search(text) else None
        return foot is not None and bool(foot.group("floor")) and not foot.group("device")

    def _name_under_dated_label(self, index: int) -> bool:
        """Whether the line under line ``index`` (3楼 DATE) is a name alone
        with the floor's text under it. A line with punctuation, a date, a
        header of its own or furniture is no name."""
        if index + 2 >= len(self.lines):
            return False
        below, text = self.norms[index + 1], self.norms[index + 2]
        return (
            self._floor_name(below) and self._floor_foot_date(below) is None
            and not self._boilerplate_kind(below) and not self._meta_fields(below)
            and not self.cues.floor_re.fullmatch(below) and not self._floor_head(below)
            and not self._comment_header(below)
            and not self._boilerplate_kind(text) and not self._numbered_date_line(text)
        )

    def _floor_head(self, text: str) -> str:
        """The name on a floor's head: a floor label (3楼, 楼主, 沙发), then,
        set apart from it, a name alone (3楼 追风少年); "" for another line
        (楼主说得对 is a sentence)."""
        floor = self.cues.floor_re.match(text)
        if floor is None or floor.end() >= len(text) or text[floor.end() - 1] not in " :]】)":
            return ""
        name = text[floor.end() :].strip()
        return name if self._floor_name(name) else ""

    def _floor_name(self, name: str) -> bool:
        """Whether a (normalised) text may be the name a floor's head gives."""
        # A name may hold a figure like a year (网友1990): a date makes the line a header of another layout.
        if not name or not _looks_like_name(name) or DATE_RE.search(name) or self._relative(name):
            return False
        return self._core(name) not in self.cues.furniture

    def _floor_label_over_name(self, index: int) -> bool:
        """Whether line ``index`` is a floor label alone (2楼, 沙发) with the
        floor's writer named on the line under it: the head of a floor in two
        lines (2楼 / NAME). A foot or a date under the label is no name."""
        text = self.norms[index]
        floor = self.cues.floor_re.match(text)
        if floor is None or floor.end() < len(text) or index + 1 >= len(self.lines):
            return False
        below = self.norms[index + 1]
        return (
            self._floor_name(below) and self._floor_foot_date(below) is None
            and not self._boilerplate_kind(below) and not self._meta_fields(below)
            and not self.cues.floor_re.fullmatch(below) and not self._floor_head(below)
        )

    def _label_over_header(self, index: int) -> bool:
        """Whether line ``index`` is a floor label alone (2楼, 沙发) over a
        comment's header that names its writer and dates it (NAME DATE)."""
        text = self.norms[index]
        floor = self.cues.floor_re.match(text)
        if floor is None or floor.end() < len(text) or index + 1 >= len(self.lines):
            return False
        if index + 1 in self.floor_heads or index + 1 in self.floor_feet:
            return False
        header = self._comment_header(self.norms[index + 1])
        return header is not None and bool(header[0]) and bool(header[1])

    def _place_floor_label(self, index: int) -> None:
        """Place a floor label alone with the comment the header under it
        opened; as furniture if that line opened none. The label goes before
        the line under it, which stays the last placed (as rules that look
        at the line above expect)."""
        last = self.roles[-1] if self.roles else None
        line_no, start, text = self.lines[index]
        if last is not None and last.line_no == self.lines[index + 1][0] and last.role in ("comment_header", "comment"):
            self.roles.insert(len(self.roles) - 1, _line(line_no, start, text, "comment_header", last.target))
        else:
            self.roles.append(_line(line_no, start, text, "boilerplate", "boilerplate"))

    def _dated_floor_foot(self, text: str, numbered: bool = False) -> bool:
        """Whether a (normalised) line is a floor's foot that dates it: a
        device label or the floor's number or both, then a date (来自iPhone客户端
        3楼 DATE, 3楼 DATE, 来自iPhone客户端 DATE), or the date first, then the
        device label and the number or not (DATE 来自iPhone客户端, DATE 来自Android客户端 3楼);
        with ``numbered``, only a foot that gives the floor's number."""
        if not _YEAR.search(text):
            return False
        for pattern in (self.cues.floor_foot_re, self.cues.device_foot_re):
            foot = pattern.match(text) if pattern is not None else None
            if foot is not None and (foot.group("floor") or (not numbered and foot.group("device"))):
                return True
        return False

    def _floor_foot_date(self, text: str) -> str | None:
        """The date a floor's foot gives (来自iPhone客户端 3楼 DATE, 3楼 DATE,
        a date alone, a date and the floor's buttons): ISO text, or "" for a
        foot that gives none (来自Android客户端 1楼) or a time without a
        year; None for a line that is no foot."""
        if self._dated_floor_foot(text):
            return _iso(DATE_RE.search(text))
        if self.cues.floor_tag_re is not None and self.cues.floor_tag_re.match(text):
            return ""
        date = self._date_alone(text)
        return self._line_date(text) if date is None else date

    def _single_answer(self, index: int) -> bool:
        """Whether the answer whose header starts at line ``index`` is the
        page's only one and a count of comments (124 条评论) follows it: no
        other vote count (326 人赞同了该回答) stands anywhere below its own."""
        vote = self.cues.vote_re
        votes = [j for j in range(index, len(self.lines)) if vote is not None and vote.match(self.norms[j])]
        if len(votes) != 1:
            return False
        for j in range(votes[0] + 1, len(self.lines)):
            key = self._core(self.norms[j])
            bare = _strip_count(key)
            if bare != key and bare in self.cues.comment_markers:
                return True
        return False

    def _sign_off(self) -> tuple[int, int]:
        """``(issuer line, date line)`` of a notice's sign-off: a name on a
        line of its own, then a full date alone, with nothing but furniture
        or the comments below them (招商银行信用卡中心 / 2026年5月20日 under
        特此公告。); ``(-1, -1)`` when the page ends otherwise."""
        for d in range(len(self.lines) - 1, 0, -1):
            text = self.norms[d]
            if self._boilerplate_kind(text) or self._opens_answers(self._core(text), d):
                continue
            above = self.norms[d - 1]
            if (
                self._date_alone(text)
                and len(above) <= 30 and not _breaks_name(above)
                and not self._date_alone(above) and not self._heading(above, self.lines[d - 1][2])
            ):
                return d - 1, d
            break
        return -1, -1

    def _mixed_lists(self) -> frozenset[int]:
        """The lines of each run of numbered lines (1. 2. 3. …, one after the
        other with nothing between them) that holds a line no heading would
        be (7. 还清以后…，这是…规定的。): such a run is one list, and every
        line of it an item, text of the section it stands in, as a reader
        takes it; a run of heading-shaped lines (1. 罚息：… 2. 征信：…) may be
        an outline, and stays one."""
        items: set[int] = set()
        run: list[int] = []
        last: tuple[str, int] | None = None
        for i in range(len(self.lines) + 1):
            number = _item_number(self.norms[i], self.lines[i][2]) if i < len(self.lines) else None
            if number and last and number == (last[0], last[1] + 1):
                run.append(i)
            else:
                if len(run) >= 2 and any(self._read_as_item(k) for k in run):
                    items.update(run)
                run = [i] if number else []
            last = number
        return frozenset(items)

    def _labelled_item(self, heading: tuple, current: _Draft | None) -> bool:
        """Whether a numbered line that is a short label, a colon and a whole
        sentence (1. 设置提醒：在还款日前三天设置手机提醒。) is an item of a
        list in the section ``current`` rather than a sub-section of it: a
        sentence closed by its stop is what a point says, not a title over
        paragraphs to come. Only inside a section its heading opened; at the
        top of an article such lines may be its outline, and stay one. A bare
        title (1. 设置提醒, 1. 设置提醒：) stays a heading."""
        remainder = heading[3]
        if not remainder or current is None or current.fields["level"] < 1:
            return False
        if not remainder.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_STOPS):
            return False
        level = self.style_levels.get(heading[0], len(self.open_ids) + 1)
        return level > current.fields["level"]

    def _read_as_item(self, index: int) -> bool:
        """Whether a numbered line is no heading: a sentence, or a title shaped as an item."""
        heading = self._heading(self.norms[index], self.lines[index][2])
        return heading is None or (heading[0] in _ITEM_STYLES and _item_shaped(heading[2]))

    def _closing_invitation(self, index: int, feet: frozenset[int]) -> bool:
        """Whether line ``index`` is a short invitation to reply (大家有问题楼下问吧,
        boilerplate_signoffs.txt) that closes the article's text: under it
        stand only the comments, the opening floor's foot, furniture, the
        page's counters, or nothing."""
        text = self.norms[index]
        if len(text) > 30 or self.cues.sign_off_re is None or not self.cues.sign_off_re.search(text):
            return False
        for j in range(index + 1, len(self.lines)):
            below = self.norms[j]
            if j in feet or self._opens_answers(self._core(below), j):
                return True
            if not self._boilerplate_kind(below) and not self._views_only(below):
                return False   # (阅读 2.1万 在看 86 under a WeChat article counts its readers)
        return True

    def _opening_head(self) -> tuple[int, int, int] | None:
        """``(head, name, date)``: the lines that head a thread's opening post,
        a floor label naming the thread's author (楼主 NAME, or 楼主 alone over
        the name; 1楼 NAME too) over the line that gives the first floor's
        number and date (1楼 DATE), buttons (只看楼主) between them at most.
        Only the first such label is looked at: a later "楼主 NAME" is the
        author replying on a floor of their own. None when the page has no such head."""
        for i in range(min(len(self.lines), 40)):
            text = self.norms[i]
            floor = self.cues.floor_re.match(text)
            if floor is None or not self._opening_label(floor.group()):
                continue
            if self._first_floor_date(text) and i in self._dated_label_floors(frozenset()):
                # "1楼 DATE" over the writer's name, on a thread whose floors are mostly headed so.
                return i, i + 1, i
            if self._op_line(text):
                name = i
            elif floor.end() == len(text) and i + 1 < len(self.lines) and self._floor_name(self.norms[i + 1]):
                name = i + 1
            else:
                return None
            below = name + 1
            while below < len(self.lines) and self._boilerplate_kind(self.norms[below]):
                below += 1
            if below < len(self.lines) and self._first_floor_date(self.norms[below]):
                return i, name, below
            return None
        return None

    def _opening_label(self, label: str) -> bool:
        """Whether a floor label (as floor_re matched it) names the opening post: 楼主, or the first floor."""
        key = self._core(label)
        return key in self.cues.op_words or _floor_number(label) == 1

    def _first_floor_date(self, text: str) -> bool:
        """Whether a (normalised) line gives the first floor's number and a date and nothing else (1楼 DATE)."""
        foot = self.cues.floor_foot_re.match(text) if _YEAR.search(text) else None
        return foot is not None and not foot.group("device") and _floor_number(foot.group("floor") or "") == 1

    def _opening_end(self, feet: frozenset[int]) -> int:
        """The line where the opening post (under the head _opening_head
        found) ends: the head of the first later floor, whatever the post
        ends with. That head is a floor label set apart from what follows it
        (2楼 NAME DATE, 2楼 NAME, 沙发, 2楼 DATE), a header naming and dating
        the floor's writer (NAME DATE), or, on a thread whose floors give
        their date at their foot, the name over the first floor's text
        (NAME / text / 来自iPhone客户端 2楼 DATE, NAME / text / DATE). -1 when
        the post closes with a foot of its own (来自Android客户端 1楼: the
        floors start under it), when a marker opens the comments, or when no
        floor follows."""
        if self.opening is None:
            return -1
        date_line = max(self.opening[1], self.opening[2])
        post = []  # the post's lines so far, furniture aside
        for j in range(date_line + 1, len(self.lines)):
            text = self.norms[j]
            kind = self._boilerplate_kind(text)
            if kind == "section" or self._opens_answers(self._core(text), j):
                return -1
            if j in self.floor_heads:
                return j if post else -1
            if kind:
                continue
            tag, device = self.cues.floor_tag_re, self.cues.device_re
            if j in feet or (tag is not None and tag.match(text)) or (
                device is not None and device.search(text) and self._dated_floor_foot(text)
            ):
                # (2楼 DATE with no device is a floor's head as well as a foot: the label, below, reads it.)
                date = self._floor_foot_date(text)
                if not date or _floor_number(text) == 1:
                    return -1   # the post's own foot (来自Android客户端 1楼): the floors begin under it
                return self._name_over_floor(post, j, dated=False)
            floor = self.cues.floor_re.match(text)
            if floor is not None and not self._opening_label(floor.group()) and (
                floor.end() == len(text) or text[floor.end() - 1] in " :]】)"
            ):
                return j if post else -1
            header = self._comment_header(text)
            if header is not None and header[0] and header[1] and not header[2]:
                return j if post else -1
            if self._date_alone(text) is not None or self._line_date(text) is not None:
                found = self._name_over_floor(post, j, dated=True)
                if found >= 0:
                    return found
            post.append(j)
        return -1

    def _name_over_floor(self, post: list[int], foot: int, dated: bool) -> int:
        """The line that names the writer of the floor whose foot is line
        ``foot``, among the lines ``post`` read above it: the nearest short
        line with no punctuation that has the floor's text under it and the
        opening post's text above it; with ``dated`` (a date alone as the
        foot) the floors from there on must each keep to that layout
        (NAME / text / DATE). -1 when none does."""
        for k in range(len(post) - 2, 0, -1):
            j = post[k]
            if not _name_shaped(self.lines[j][2], self.norms[j]) or self._comment_header(self.norms[j]) is not None:
                continue
            if not dated or self._names_over_dated_feet(j):
                return j
        return -1

    def _op_line(self, text: str) -> str:
        """The name on a "楼主 NAME" line (a floor label, then a name alone); "" for another line."""
        floor = self.cues.floor_re.match(text)
        if not floor:
            return ""
        name = text[floor.end() :].strip()
        return name if name and _looks_like_name(name) and not _YEAR.search(name) else ""

    def run(self, doc_id: str, path: str, encoding: str) -> Page:
        if not self.lines:
            raise PageError("no text lines")
        self.sign_off = self._sign_off()
        named = self._named_floors()
        self.opening = self._opening_head()
        # A thread's floors (楼主 NAME / 1楼 DATE / text / foot, 2楼 NAME / …) are laid out before the title is sought.
        self.floor_heads, feet, floor_dates = named or ({}, self._floor_feet(), frozenset())
        self.floor_feet = feet
        self.opening_end = self._opening_end(feet)
        opening = self.opening or (-1, -1, -1)
        floor_names = frozenset(j for i, j in self.floor_heads.items() if j != i)
        # "2楼 DATE" over the writer's name alone, then the text: the name line is the floor's.
        dated_names = self._dated_label_floors(feet | floor_dates | {opening[2]})
        title_index = self._find_title()
        self.title = re.sub(r"^#\s*", "", self.lines[title_index][2]).strip()
        self._head(title_index)
        self.title, site = self._site_suffix(self.title)
        if site and not self.meta.get("site"):
            self.meta["site"] = site
        self.title_core = self._core(self.title)
        self._mark(title_index, "title", "meta:title")

        state = "meta"  # meta → article ⇄ comments → links
        current: _Draft | None = None
        comment: _Draft | None = None
        one_per_line = False
        block_name = ""
        toc_first = ""
        links_from = ""  # the state a list of links interrupted
        links_dated = False  # whether a line of that list holds a date
        dated_feet = False  # whether a date alone on a line closes the comment above it
        count_feet = False  # whether a count of likes alone on a line (赞 86) closes it
        best: _Draft | None = None  # the section of the page's chosen answer (最佳答案), once opened
        before_best: _Draft | None = None  # the section the article was in when it opened
        best_headed = best_done = False  # whether its header (its foot) has been read
        single_foot = False  # whether the page's one answer (its header read) is its text
        issuer, signed = self.sign_off
        listing = False  # whether numbered lines are the items of a list under a label (优点：)
        lists = self._mixed_lists()
        label_over_header = -1  # a floor label alone over a comment's header (2楼 / NAME DATE), placed with it
        for i in range(title_index + 1, len(self.lines)):
            if label_over_header >= 0 and i > label_over_header + 1:
                self._place_floor_label(label_over_header)
                label_over_header = -1
            original = self.lines[i][2]
            text = self.norms[i]
            key = self._core(text)
            kind = self._boilerplate_kind(text)
            if kind == "line" and _is_link_row(text) and i + 1 < len(self.lines) and _bars(self.norms[i + 1]) == _bars(text):
                kind = ""   # 期数 | 月利率 | 总利息 over rows of as many cells: a table's header

            if i in floor_names and i - 1 > title_index:
                continue   # (placed with the floor label over it)
            if i - 1 in dated_names and comment is not None and comment.fields["line_no"] == self.lines[i - 1][0]:
                # The writer's name under the floor's label and date (2楼 DATE / NAME).
                comment.fields["author"] = original.strip()
                self._mark(i, "comment_header", f"comment:{comment.key}")
                continue
            if i == self.opening_end and state in ("meta", "article"):
                # The first later floor's head: the opening post, the article, is over.
                state, comment, block_name, one_per_line = "comments", None, "", False
                dated_feet = self._names_over_dated_feet(i)
                count_feet = not dated_feet and self._names_over_dated_feet(i, counted=True)
            if i == opening[0] and i == opening[2] and i not in self.floor_heads:
                # "1楼 DATE" over the thread's author's name: when the thread was posted, and by whom.
                self.meta.setdefault("published_at", self._floor_foot_date(text) or "")
                self.meta.setdefault("author", self.lines[opening[1]][2].strip())
                self._mark(i, "meta", "meta:published_at")
                self._mark(opening[1], "meta", "meta:author")
                continue
            if i == opening[0] and i not in self.floor_heads:
                # "楼主 NAME" (or 楼主 / NAME) over "1楼 DATE": the thread's author.
                self.meta.setdefault("author", self._op_line(text) or self.lines[opening[1]][2])
                for j in sorted({i, opening[1]}):
                    self._mark(j, "meta", "meta:author")
                continue
            if i == opening[1] and i != opening[0] and i not in self.floor_heads:
                continue   # (placed with the label over it)
            if i == opening[2] and i not in floor_dates and state in ("meta", "article"):
                # "1楼 DATE" under the opening post's head: when the thread was posted.
                date = self._floor_foot_date(text) or ""
                if date:
                    self.meta.setdefault("published_at", date)
                self._mark(i, "meta", "meta:published_at")
                continue
            if i in self.floor_heads:
                named_at = self.floor_heads[i]
                name = self._floor_head(text) if named_at == i else self.lines[named_at][2]
                if state in ("meta", "article") and not self.comments and not any(d.blocks for d in self.sections):
                    # The opening floor's head (楼主 NAME): the thread's author.
                    self.meta.setdefault("author", name)
                    role, target = "meta", "meta:author"
                else:
                    # A later floor's head (3楼 NAME): a comment by NAME, dated at its foot.
                    if state != "comments":
                        state, block_name, one_per_line = "comments", "", False
                    comment = self._new_comment(i, name, "", block_name)
                    role, target = "comment_header", f"comment:{comment.key}"
                for j in sorted({i, named_at}):
                    self._mark(j, role, target)
                continue
            if i in floor_dates:
                date = self._floor_foot_date(text) or ""
                if comment is None:
                    # "1楼 DATE" under the opening floor's head: when the thread was posted.
                    if date:
                        self.meta.setdefault("published_at", date)
                    self._mark(i, "meta", "meta:published_at")
                else:
                    comment.fields["date"] = comment.fields["date"] or date
                    self._mark(i, "comment_header", f"comment:{comment.key}")
                continue
            if i in feet:
                date = self._floor_foot_date(text) or ""
                if state in ("meta", "article") and not self.comments:
                    # The opening post's foot: it dates the article; the floors under it are comments.
                    if date:
                        self.meta.setdefault("published_at", date)
                    # (来自Android客户端 1楼, no date: the foot says only where the post was sent from.)
                    self._mark(i, "meta", "meta:published_at" if date else "meta:foot")
                    state, comment, block_name, one_per_line = "comments", None, "", False
                    continue
                if state == "comments" and comment is not None and comment.blocks:
                    # The floor's foot; the name line over its text is its author.
                    self._close_with_footer(comment, date or comment.fields["date"])
                    self._mark(i, "comment_header", f"comment:{comment.key}")
                    comment = None
                    continue
            if (
                feet and state in ("meta", "article") and not self.meta.get("author")
                and not any(d.blocks for d in self.sections) and self._op_line(text)
            ):
                # "楼主 NAME" over the opening post: the thread's author.
                self.meta["author"] = self._op_line(text)
                self._mark(i, "meta", "meta:author")
                continue
            if state == "meta":
                fields = self._meta_fields(text)
                if fields:
                    self._store_meta(fields, text)
                    self._mark(i, "meta", "meta:" + ",".join(sorted(k for k in fields if k != "author_guess")))
                    continue
                if self.roles and self.roles[-1].target == "meta:author" and self.lines[i - 1][0] == self.roles[-1].line_no and (
                    i + 1 < len(self.lines) and (self._profile_over_byline(i - 1) or self._profile_over_follow(i - 1))
                ):
                    # The bio under the writer's name, whatever marks part its fields
                    # (注册会计师 / 银行信贷8年 is no trail of links).
                    self._mark(i, "meta", "meta:bio")
                    continue
                if not kind and self._is_breadcrumb(text):
                    # Saved HTML puts the <title> first, above the page's own navigation.
                    self._store_breadcrumb(i, text)
                    continue
                pair = _site_and_channel(text)
                if pair:
                    # "知乎 · 法律话题" under the title: where the page stands, said in two words.
                    site, channel = pair
                    self.meta.setdefault("site", site)
                    if not self._channel_named:
                        # The channel it names is the page's, whatever a trail of links or a short line said.
                        self.meta["channel"], self._channel_named = channel, True
                    self._mark(i, "meta", "meta:site,channel")
                    continue
                if self._is_seo_repeat(text):
                    # ... and then the page's own headline, with the author line under it.
                    self._mark(i, "seo_repeat", "meta:title")
                    continue
                if not self.meta.get("author") and self._profile_over_byline(i):
                    # The writer's name, then a bio (银行风控从业8年), over a byline naming nobody.
                    self.meta["author"] = original
                    self._mark(i, "meta", "meta:author")
                    continue
                if not self.meta.get("author") and not kind and self._over_follow_button(i):
                    # "NAME" over "关注" under the title: the writer and the button that follows them.
                    self.meta["author"] = original.strip()
                    self._mark(i, "meta", "meta:author")
                    continue
                account = self._account_over_byline(i, kind)
                if account:
                    self.meta.setdefault(account, original)
                    self._mark(i, "meta", "meta:" + account)
                    continue
                if self._asker_line(text) and i + 1 < len(self.lines) and self._meta_fields(self.norms[i + 1]):
                    # "问题描述：…" between the question and the asker's byline: the
                    # page's lead, with the byline still to come under it.
                    current = self._lead_section()
                    self._add_block(current, i)
                    self._mark(i, "paragraph", f"section:{current.key}")
                    continue
                state = "article"

            if best is None and self._best_answer_marker(key):
                # 最佳答案: the answer chosen for the question is what the page
                # says, a section of the article; the answers after it are comments.
                before_best, best = current, self._open_answer(i, original)
                state, current, comment, best_headed, best_done = "answer", best, None, False, False
                self._mark(i, "heading", f"section:{best.key}")
                continue
            if (
                state == "comments" and comment is not None and not comment.blocks
                and (comment.fields["author"] or comment.fields["date"]) and text.endswith(":")
            ):
                # "律师解答：" under an answer's header: a label over its text, no new block.
                self._mark(i, "comment_header", f"comment:{comment.key}")
                continue
            if self._comment_marker(i, key) or (
                self._best_answer_marker(key)  # a second one: the page's answer is taken
            ):
                if state == "answer":
                    current = before_best
                if not (state == "comments" and comment is None and self.roles and self.roles[-1].role == "comment_marker"):
                    block_name = original.lstrip("# ").strip()  # "精选留言" over "写留言": the first names the block
                state, comment = "comments", None
                one_per_line = _strip_count(key) in self.cues.qa_markers or key in self.cues.qa_markers
                dated_feet = self._names_over_dated_feet(i + 1)
                count_feet = not dated_feet and self._names_over_dated_feet(i + 1, counted=True)
                self._mark(i, "comment_marker", "comments")
                continue
            if kind == "section":
                if state == "answer":
                    state, current = "article", before_best
                state, links_from, links_dated = "links", state, False
                self._mark(i, "boilerplate", "links")
                continue
            if state == "answer":
                if best_done or (self._answer_said(best) and self._next_answer(i)):
                    # The chosen answer is over: the answers after it are comments.
                    state, current, comment, block_name = "comments", before_best, None, ""
                    one_per_line = dated_feet = count_feet = False
                else:
                    part = self._answer_part(best, i)
                    if part is not None:
                        # "一、断供多久银行会起诉" in the answer: a sub-section of it.
                        current = part
                        self._mark(i, "heading", f"section:{part.key}")
                        continue
                    role, best_headed, best_done = self._answer_line(best, i, best_headed, current)
                    target = f"section:{current.key}" if role == "paragraph" else f"section:{best.key}"
                    self._mark(i, role, "boilerplate" if role == "boilerplate" else target)
                    continue
            if (count_feet or dated_feet) and state == "comments" and comment is not None and comment.blocks and self._count_foot(text):
                # "赞 86" under a name and its text: the comment's foot closes it.
                comment = self._end_unfooted_reply(comment, i, block_name)
                self._close_with_footer(comment, comment.fields["date"])
                self._mark(i, "comment_header", f"comment:{comment.key}")
                comment = None
                continue
            date = self._line_date(text) if state == "comments" and comment is not None and comment.blocks else None
            if date is None and dated_feet and state == "comments" and comment is not None and comment.blocks:
                date = self._date_alone(text)
            if date is not None:
                if self._only_a_name(comment):
                    # NAME, then "DATE | 有用(12)" or "2天前 · 浙江 · 回复": a header over two lines.
                    name = comment.blocks.pop()
                    comment.fields.update(author=name.text.strip(), date=date)
                    self._restyle(name.line_no, "comment_header")
                    self._mark(i, "comment_header", f"comment:{comment.key}")
                    continue
                if comment.fields["author"] or comment.fields["date"]:
                    entry = self._end_unfooted_reply(comment, i, block_name)
                    if entry is not comment:
                        # 作者 / text, then NAME / text / foot: the foot is the entry's.
                        entry.fields["date"] = date
                        self._mark(i, "comment_header", f"comment:{entry.key}")
                        comment = None
                        continue
                    if not comment.fields["date"] and comment.fields.get("foot") and not self._name_line_above(comment, i):
                        # "04-02 回复 赞 8" under the page author's reply (作者 / text): its foot.
                        comment.fields["date"] = date
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        comment = None
                        continue
                    if not comment.fields["date"] and self._posted_only(text) and not self._name_line_above(comment, i):
                        # "发布于 DATE" under an answer whose header gave its name only: its foot.
                        comment.fields["date"] = date
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        comment = None
                        continue
                    if comment.fields["date"] and date == comment.fields["date"] and not self._name_line_above(comment, i):
                        # "DATE | 有用(18)" under an answer whose header gave that date: its foot.
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        comment = None
                        continue
                    if self._name_line_above(comment, i):
                        # The same header over two lines for the next comment.
                        name = comment.blocks.pop()
                        comment = self._new_comment(i - 1, name.text.strip(), date, block_name)
                        self._restyle(name.line_no, "comment_header", f"comment:{comment.key}")
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        continue
                else:
                    # "发布于 DATE", or "DATE | 有用(18)", under an answer's text closes
                    # that answer (a layout that dates an answer at its foot); a
                    # short first line of the answer is its author's name.
                    self._close_with_footer(comment, date)
                    self._mark(i, "comment_header", f"comment:{comment.key}")
                    comment = None
                    continue
            if kind:
                self._mark(i, "boilerplate", "boilerplate")
                continue
            if state == "links":
                # A link is a short title; a sentence with its commas and full
                # stop is the article going on under the list (as under a table
                # of contents). Under the comments the page's own text is over;
                # among dated entries (网友A 2025-03-21 09:10), posts of their
                # own, the sentences are theirs.
                if links_from == "comments" or links_dated or not _plain_prose(text):
                    links_dated = links_dated or bool(_YEAR.search(text) and DATE_RE.search(text))
                    self._mark(i, "boilerplate", "links")
                    continue
                state = "article"
            if state == "article" and key in self.cues.toc_markers:
                state, toc_first = "toc", ""
                self._mark(i, "boilerplate", "toc")
                continue
            if state == "toc":
                if toc_first and key == toc_first or len(text) > 40 or _SENTENCE_END.search(text):
                    state = "article"  # the contents list ended: back to the article
                else:
                    toc_first = toc_first or key
                    self._mark(i, "boilerplate", "toc")
                    continue
            if self._is_seo_repeat(text) and not self._numbered_heading(text, original) and (
                state != "comments" or comment is None or _ASKS.search(text)
            ):
                # Under a comment, the title said as a statement answers it: the comment keeps it.
                self._mark(i, "seo_repeat", "meta:title")
                continue
            if state == "article" and key in self.cues.article_markers:
                self._mark(i, "boilerplate", "article_marker")
                continue
            if state == "article" and self._closing_invitation(i, feet | {self.opening_end}):
                # "大家有问题楼下问吧" at the end of a post: it asks for replies and says nothing.
                self._mark(i, "boilerplate", "sign_off")
                continue
            if state == "article" and self._views_only(text):
                # "关注者 56 | 被浏览 12,345" under a question's description: its counters.
                self._store_meta(self._meta_fields(text))
                self._mark(i, "meta", "meta:views")
                continue

            if state in ("article", "comments") and self._label_over_header(i):
                # "2楼" alone over "NAME DATE": the floor's label, part of the header under it.
                if state != "comments":
                    state, block_name, one_per_line = "comments", "", False
                comment, label_over_header = None, i
                continue
            if (
                state == "article"
                and (text.startswith(("头像", "頭像")) or self.cues.floor_re.match(text))
                and self._comment_header(text)
            ):
                # An avatar or a floor number opens the comments even when no block marker does.
                state, comment, block_name, one_per_line = "comments", None, "", False

            if state == "article" and not single_foot and self._answer_opens(i) and self._single_answer(i):
                # The one answer of a page that shows one, over the count of its
                # comments: what it says is the page's text, its writer the author.
                state = "single"
            if state == "single":
                if not self.meta.get("author") and not (self.cues.vote_re and self.cues.vote_re.match(text)):
                    self.meta["author"] = self._clean_author(original)
                if self.cues.vote_re and self.cues.vote_re.match(text):
                    state, single_foot = "article", True
                self._mark(i, "answer_header", "meta:author")
                continue
            if state == "article" and not single_foot and self._posted_only(text) and (
                any(d.blocks for d in self.sections)
            ):
                # "编辑于 DATE" under the article: when it was last changed, not what it says.
                if not self.meta.get("published_at"):
                    self.meta["published_at"] = self._line_date(text) or ""
                self._mark(i, "meta", "meta:updated")
                continue
            if state == "article" and single_foot and self._posted_only(text):
                # "发布于 DATE" under the answer: when the page's text was written.
                date = self._line_date(text)
                if date and not self.meta.get("published_at"):
                    self.meta["published_at"] = date
                self._mark(i, "answer_header", "meta:published_at")
                continue
            if state == "article" and i in (issuer, signed) and issuer > title_index:
                # A notice's issuer and date under its text: who published it, and when.
                attr = "source" if i == issuer else "published_at"
                if not self.meta.get(attr):
                    self.meta[attr] = original if i == issuer else self._date_alone(text)
                self._mark(i, "meta", "meta:" + attr)
                continue
            if state == "article" and self._answer_opens(i):
                # A vote count under an author ("1,204 人赞同了该回答") opens the
                # answers even where no "N 个回答" line marks them: what stands
                # above the first answer (the question, its description) is the article.
                state, comment, block_name, one_per_line = "comments", None, "", False

            if state == "comments":
                heading = self._heading(text, original)
                if key in self.cues.article_markers or (
                    heading and heading[0] in ("cn", "md1", "md2") and not heading[3]
                ):
                    state = "article"  # the comment block stood before the article
                    if key in self.cues.article_markers:
                        self._mark(i, "boilerplate", "article_marker")
                        continue
                else:
                    if comment is not None and "reply_to" in comment.fields and not comment.fields["date"]:
                        date = self._bare_time(text)
                        if date is not None:
                            # "1小时前" under a reply: its foot.
                            comment.fields["date"] = date
                            self._mark(i, "comment_header", f"comment:{comment.key}")
                            comment = None
                            continue
                    if comment is not None and comment.fields.get("indented") and not self._indented(i):
                        comment = None  # a reply set in under a comment ends where the indent does
                    if self.cues.vote_re and self.cues.vote_re.match(text):
                        comment = self._open_at_votes(comment, i, block_name)
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        continue
                    if key in self.cues.op_labels and self.comments:
                        # "作者回复" alone on a line: the page's author answers the comment above.
                        above = next((c for c in reversed(self.comments) if "reply_to" not in c.fields), self.comments[-1])
                        author = self.meta.get("author") or self.meta.get("source") or original
                        comment = self._new_comment(i, author, "", block_name)
                        comment.fields.update(reply_to=self._clean_author(above.fields["author"]), foot=True)
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        continue
                    op = self.cues.op_reply_re.match(text) if self.cues.op_reply_re and self._indented(i) else None
                    if op and self.comments:
                        # An indented "作者：text" under a comment: the page's author answers it.
                        above = self.comments[-1]
                        author = self.meta.get("author") or self.meta.get("source") or op.group("label")
                        comment = self._new_comment(i, author, "", block_name)
                        comment.fields.update(reply_to=above.fields["author"], indented=True)
                        self._comment_text(comment, i, _original_offset(original, text, op.end()))
                        self._mark(i, "comment", f"comment:{comment.key}")
                        continue
                    # A date in brackets closing the line dates the comment the
                    # line opens, and is no part of what it says.
                    tail = _TRAILING_DATE.search(text) if text.endswith(")") else None
                    end = _original_offset(original, text, tail.start()) if tail else None
                    head = text[: tail.start()].rstrip() if tail else text
                    reply = (self.cues.reply_re.match(head) if self.cues.reply_re else None) or _AT_REPLY.match(head)
                    if reply and not reply.group("author") and self._handle_header(head, reply):
                        reply = None   # "@NAME | DATE": the commenter's own handle over the text
                    if reply and not reply.group("author") and comment is not None and self._only_a_name(comment):
                        # NAME on a line of its own over "@OTHER text": the name is who replies.
                        name = comment.blocks.pop()
                        comment.fields.update(author=name.text.strip(), foot=True)
                        self._restyle(name.line_no, "comment_header")
                    if reply:
                        author = reply.group("author") or ""
                        if author or comment is None or comment.blocks:
                            comment = self._new_comment(i, author, "", block_name)
                        comment.fields.update(reply_to=reply.group("to"), indented=self._indented(i))
                        if tail:
                            comment.fields["date"] = _iso(tail)
                        self._comment_text(comment, i, _original_offset(original, text, reply.end()), end)
                        self._mark(i, "comment", f"comment:{comment.key}")
                        continue
                    named = self._named_line(head) if tail else None
                    if named:
                        # "NAME：text（DATE）": a whole comment on one line, its header
                        # split around the text.
                        comment = self._new_comment(i, named.group(1), _iso(tail), block_name)
                        comment.fields["named"] = True
                        self._comment_text(comment, i, _original_offset(original, text, named.end()), end)
                        self._mark(i, "comment", f"comment:{comment.key}")
                        continue
                    if comment is not None and self.cues.place_re and self.cues.place_re.fullmatch(text):
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        continue
                    header = self._comment_header(text)
                    if header and not header[0] and not header[2] and self._name_line_above(comment, i):
                        # Name and time in blocks of their own: "NAME" then "2小时前".
                        name = comment.blocks.pop()
                        if comment.blocks or comment.fields["author"] or comment.fields["date"]:
                            comment = self._new_comment(i - 1, name.text, header[1], block_name)
                        else:
                            comment.fields.update(author=name.text, date=header[1])
                        self.roles[-1] = _line(name.line_no, name.start, name.text, "comment_header", f"comment:{comment.key}")
                        self._mark(i, "comment_header", f"comment:{comment.key}")
                        continue
                    if header:
                        author, date, rest, offset = header
                        comment = self._new_comment(i, author, date, block_name)
                        self._mark(i, "comment_header" if not rest else "comment", f"comment:{comment.key}")
                        if rest:
                            self._comment_text(comment, i, _original_offset(original, text, offset))
                        continue
                    named = self._named_line(text)
                    if named and (
                        comment.fields.get("named") if comment is not None
                        else any(self._named_line(norm) for norm in self.norms[i + 1 : i + 4])
                    ):
                        # "NAME：text", one comment a line, on sites that show no dates.
                        # Another such line close below confirms the pattern ("我觉得：…"
                        # alone is a sentence); under a dated header the shape is plain text.
                        comment = self._new_comment(i, named.group(1), "", block_name)
                        comment.fields["named"] = True
                        self._comment_text(comment, i, _original_offset(original, text, named.end()))
                        self._mark(i, "comment", f"comment:{comment.key}")
                        continue
                    if comment is None or (
                        one_per_line and comment.blocks and not comment.fields["author"] and not comment.fields["date"]
                    ):
                        # One answer a line, unless a header (回答者：NAME | DATE) opened it.
                        comment = self._new_comment(i, "", "", block_name)
                    # A label that names the answer itself (网友回答：…, 答：…) is no
                    # part of what is said; one that says something (建议：…) stays.
                    label = _named_match(text)
                    offset = 0
                    if label and not comment.blocks and self._answer_label(label.group(1)):
                        offset = _original_offset(original, text, label.end())
                    self._comment_text(comment, i, offset)
                    self._mark(i, "comment", f"comment:{comment.key}")
                    continue

            heading = self._heading(text, original)
            if heading and heading[0] in _ITEM_STYLES and (
                listing or i in lists or feet or self.opening or _item_shaped(heading[2]) or self._labelled_item(heading, current)
            ):
                # An item of a list under a label (优点：/ 1. …), of a run of items
                # one of which is a sentence, of a forum's post (a thread's
                # floors are posts, not the page's outline), a numbered
                # sentence (1. 提前还款要收3%的手续费), or a label and its
                # sentence inside a section (1. 设置提醒：…提醒。): text of the section it is in.
                heading = None
            if heading is None and self.sections:
                heading = self._series_heading(text)
            if heading:
                listing = False
                style, number, title, remainder = heading
                if not number and self._is_seo_repeat(title):
                    # A numbered heading that says what the title says is a real section.
                    self._mark(i, "seo_repeat", "meta:title")
                    continue
                current = self._open_section(i, style, number, title)
                self._mark(i, "heading", f"section:{current.key}")
                if remainder:
                    self._add_block(current, i, _original_offset(original, text, text.rfind(remainder)))
                continue
            if current is None:
                current = self._lead_section()
            self._add_block(current, i)
            self._mark(i, "paragraph", f"section:{current.key}")
            if text.endswith(":") and len(self._core(text)) <= 6:
                # A label (注意事项：) heads a list: the numbered lines under it are its
                # items. A sentence that ends in a colon (以下是几种形式：) may head sub-sections.
                listing = True
            elif not self._heading(text, original):
                listing = False

        if label_over_header >= 0:
            self._place_floor_label(label_over_header)
        if not any(s.blocks for s in self.sections) and not any(c.blocks for c in self.comments):
            raise PageError("no article body or comments found under the title")
        return self._page(doc_id, path, encoding, title_index)

    def _page(self, doc_id: str, path: str, encoding: str, title_index: int) -> Page:
        sections = tuple(
            Section(
                section_id=d.key,
                level=d.fields["level"],
                number=d.fields["number"],
                title=d.fields["title"],
                parent_id=d.fields["parent_id"],
                line_no=d.fields["line_no"],
                blocks=tuple(d.blocks),
            )
            for d in self.sections
        )
        comments = tuple(
            Comment(
                comment_id=int(d.key),
                author=self._clean_author(d.fields["author"]),
                date=d.fields["date"],
                line_no=d.fields["line_no"],
                blocks=tuple(d.blocks),
                tags=tuple(d.tags),
                block_name=d.fields["block_name"],
                reply_to=d.fields.get("reply_to", ""),
            )
            for d in self.comments
        )
        return Page(
            doc_id=doc_id,
            path=path,
            encoding=encoding,
            text=self.text,
            title=self.title,
            site=self.meta.get("site", ""),
            channel=self.meta.get("channel", ""),
            breadcrumb=self.meta.get("breadcrumb", ""),
            # Pages that name no author credit their source ("来源:NAME") instead.
            author=self._clean_author(self.meta.get("author", "") or self.meta.get("source", "")),
            source=self.meta.get("source", ""),
            published_at=self.meta.get("published_at", ""),
            views=self.meta.get("views", ""),
            sections=sections,
            comments=comments,
            lines=tuple(sorted(self.roles, key=_LINE_NO)),
            title_line_no=self.lines[title_index][0],
        )


_MISSING = object()
_LINE_NO = attrgetter("line_no")  # the order of a page's lines


def _once(answers: dict, key, work):
    """``work(key)``, kept in ``answers``: the parser's phases look at the same
    lines again (title, head, body), and each answer is worked out once."""
    found = answers.get(key, _MISSING)
    if found is _MISSING:
        found = answers[key] = work(key)
    return found


def _heading_of(text: str, original: str):
    """``(style, number, title, remainder)`` when the line is a heading (see ``_Parser._heading``)."""
    # A line with no circled number anywhere is spared the three strips and the match.
    circled = _CIRCLED.match(original.strip().strip("*").strip()) if _CIRCLED_CHAR.search(original) else None
    if circled:
        title, remainder = _split_heading_title(normalise(circled.group(2)))
        if title is not None:
            return ("circled", normalise(circled.group(1)), title, remainder)
    inner = text
    style_prefix = ""
    # Each pattern below needs its own first character: a test of it spares the match.
    md = _MARKDOWN.match(text) if text.startswith("#") else None
    if md:
        inner, style_prefix = md.group(2), "md" + str(len(md.group(1)))
    bold = _BOLD.match(inner) if inner.startswith(("*", "_")) else None
    if bold:
        inner, style_prefix = bold.group(1).strip(), style_prefix or "bold"
    start = "0" if inner[:1].isdecimal() else inner[:1]  # \d: a decimal digit of any script
    for style, pattern in _STYLES_BY_START.get(start, ()):
        match = pattern.match(inner)
        if not match:
            continue
        if style == "step":
            number, title = match.group(1), match.group(3) or ("第" + match.group(1) + match.group(2))
        else:
            number, title = match.group(1), match.group(2)
        title, remainder = _split_heading_title(title)
        if title is None:
            break
        return (style_prefix + style if style_prefix.startswith("md") else style, number, title, remainder)
    padded = _PADDED.match(inner) if start == "0" else None
    if padded:
        title, remainder = _split_heading_title(padded.group(2))
        if title is not None:
            return (style_prefix + "0n" if style_prefix.startswith("md") else "0n", padded.group(1), title, remainder)
    if style_prefix:
        title, remainder = _split_heading_title(inner)
        if title is not None:
            return (style_prefix, "", title, remainder)
    bracket = _BRACKET.match(text) if text.startswith("【") else None
    if bracket:
        return ("bracket", "", bracket.group(1), "")
    return None


# Numbering styles a list's items share with sub-headings (1. / 1、 / (1) / 1) / ①).
_ITEM_STYLES = frozenset({"n.", "n、", "(n)", "n)", "circled"})
_ITEM_MARKS = re.compile(r"[,，]|\d")


_CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _item_number(text: str, original: str) -> tuple[str, int] | None:
    """``(style, number)`` of a line numbered as a list's items may be
    (1. / 1、 / (1) / 1) / ①), whether or not it reads as a heading."""
    if _CIRCLED_CHAR.match(original):
        return "circled", _CIRCLED_NUMBERS.index(original[0]) + 1
    start = "0" if text[:1].isdecimal() else text[:1]
    for style, pattern in _STYLES_BY_START.get(start, ()):
        if style in _ITEM_STYLES:
            match = pattern.match(text)
            if match:
                return style, int(match.group(1))
    return None


def _item_shaped(title: str) -> bool:
    """Whether a numbered line's title reads as an item of a list, not a
    sub-heading: it holds a comma or a figure (可以提前还款,没有违约金; 收剩余本金3%的手续费),
    unless it asks (逾期3天会怎样?), as a heading over its answer may."""
    return not title.endswith("?") and _ITEM_MARKS.search(title) is not None


def _is_subheading(text: str) -> bool:
    """``## HEADING`` (or deeper): a Markdown subheading."""
    if not text.startswith("##"):
        return False
    md = _MARKDOWN.match(text)
    return bool(md and len(md.group(1)) >= 2)


def _is_markdown_title(text: str) -> bool:
    """``# TITLE``: a level-one Markdown heading."""
    if not text.startswith("#"):
        return False  # what _MARKDOWN needs first
    md = _MARKDOWN.match(text)
    return bool(md and len(md.group(1)) == 1)


def _split_heading_title(title: str):
    """A heading's title, and body text run onto the same line after a colon.

    Returns ``(None, None)`` for a numbered line that is a sentence of body
    text (a list item) rather than a heading.
    """
    title = title.strip().strip("*").strip()
    if title.endswith(":") and len(title) > 1:
        # 2. 收入证明： over its text: the colon points at the lines below, no part of the title.
        title = title[:-1].rstrip()
    if not title:
        return None, None
    colon = _COLON.search(title)
    if colon and 0 < colon.start() <= 20 and colon.end() < len(title):
        head, rest = title[: colon.start()].strip(), title[colon.end() :].strip()
        if not _SENTENCE_END.search(head) and head not in _QA_LABELS:
            return head, rest   # 问：… and Q：… are the question itself, not a title and a body
    if len(title) > 40 or _SENTENCE_END.search(title[:-1]) or title.endswith(("。", ",", ";")):
        return None, None
    return title, ""


# A row of links: three or more short names between bars (贷款知识网 | 消费信贷 | 关于我们).
_LINK_ROW_SPLIT = re.compile(r"\s*[|｜丨]\s*")
_LINK_NAME = re.compile(r"[^\W\d_]{1,8}")


_BIO_PARTS = re.compile(r"[/|丨｜·•・]")  # what parts the fields of a writer's bio
_NAME_BREAK = re.compile(r"[,.;:!?、。]")  # punctuation, which a name holds none of
# "Mr.王", "Dr.Li", "J.K.罗琳": the dot of a capitalised Latin abbreviation
# with a letter after it is part of a name (a lower-case "www.x.com" is not).
_NAME_ABBREVIATION = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{0,2}\.(?=[^\W\d_])")


def _breaks_name(normalised: str) -> bool:
    """Whether a (normalised) text holds punctuation that no name holds."""
    if not _NAME_BREAK.search(normalised):
        return False
    return bool(_NAME_BREAK.search(_NAME_ABBREVIATION.sub("", normalised)) if "." in normalised else True)


def _parted_bio(text: str) -> bool:
    """Whether a (normalised) line is a bio of short fields parted by a slash
    or a dot (执业律师 / 专注房产纠纷 / 十年经验), up to 40 characters."""
    parts = _BIO_PARTS.split(text)
    return len(text) <= 40 and len(parts) >= 2 and all(0 < len(part.strip()) <= 16 for part in parts)


def _looks_like_name(text: str) -> bool:
    """A short line with no punctuation: a commenter's name on a line of its own."""
    return len(text) <= 16 and not _breaks_name(normalise(text))


def _name_shaped(text: str, normalised: str) -> bool:
    """``_looks_like_name`` for a line whose ``normalise`` form is at hand."""
    return len(text) <= 16 and not _breaks_name(normalised)


_ASKS = re.compile(r"[?？]")
_QA_LABELS = frozenset({"问", "Q", "q", "问题", "提问", "答", "A", "a", "回答"})


def _plain_prose(text: str) -> bool:
    """Whether a (normalised) line is plainly a sentence of prose: longer
    than a link's title, with a comma inside it and a full stop in or at its
    end. Titles of links are short and end in a question mark or nothing."""
    return len(text) > 15 and "," in text and "。" in text


def _site_and_channel(text: str) -> tuple[str, str] | None:
    """``SITE · CHANNEL``: two short words (no digits, no punctuation) between a field mark."""
    parts = [p.strip() for p in _FIELD_SPLIT.split(text)]
    if len(parts) == 2 and all(_LINK_NAME.fullmatch(p) for p in parts):
        return parts[0], parts[1]
    return None


def _bars(text: str) -> int:
    """How many cell bars a line holds."""
    return len(_LINK_ROW_SPLIT.findall(text.strip()))


def _is_link_row(text: str) -> bool:
    # Three parts need two bars: a line with fewer is no row of links.
    if text.count("|") + text.count("｜") + text.count("丨") < 2:
        return False
    parts = [p for p in _LINK_ROW_SPLIT.split(text.strip()) if p]
    return len(parts) >= 3 and all(_LINK_NAME.fullmatch(p) for p in parts)


_FLOOR_NUMBER = re.compile(r"(\d{1,4})\s*(?:楼|樓|F|L|#)(?![A-Za-z])")


def _floor_number(text: str) -> int | None:
    """The number of the floor a label or a foot gives (2楼, #3楼, 来自iPhone客户端 4F DATE); None for none."""
    found = _FLOOR_NUMBER.search(text)
    return int(found.group(1)) if found else None


def _strip_count(key: str) -> str:
    """``网友评论(3)``, ``精彩评论 12条`` and ``共12条评论`` name the same block as ``网友评论``."""
    # A count opens the key (共 or a digit first) or closes it (a digit or 条
    # last, or just before a final newline, where $ also stands): most keys
    # have neither and are returned as they are.
    last = key[-2:-1] if key.endswith("\n") else key[-1:]
    if not (key[:1] in _COUNT_OPENERS or key[:1].isdecimal() or last in _COUNT_CLOSERS or last.isdecimal()):
        return key
    return _COUNT_AFFIX.sub("", key)


def _original_offset(original: str, normalised: str, offset: int) -> int:
    """Map an offset in the NFKC form of a line back to the original line.

    NFKC maps most characters one to one; a few expand ("…" → "...") or
    merge, so walk the original and count the normalised length of each.
    """
    if len(original) == len(normalised):
        return offset
    lead = len(unicodedata.normalize("NFKC", original)) - len(unicodedata.normalize("NFKC", original).lstrip())
    consumed = -lead
    for k, char in enumerate(original):
        if consumed >= offset:
            return k
        consumed += len(unicodedata.normalize("NFKC", char))
    return len(original)


def _iso(match: re.Match, prefix: str = "") -> str:
    """ISO 8601 text of a date match, as precise as the page gives."""
    get = lambda name: match.group(prefix + name)  # noqa: E731
    y, m, d = get("y"), get("m"), get("d")
    if not y:
        return ""
    out = f"{int(y):04d}-{int(m):02d}"
    if d:
        out += f"-{int(d):02d}"
        if get("H"):
            out += f"T{int(get('H')):02d}:{get('M')}"
            if get("S"):
                out += f":{get('S')}"
    return out
