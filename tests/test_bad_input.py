"""Bad input: one clear line naming the file and the problem, no traceback."""
import codecs
import random

import pytest

from analysis import paths
from analysis.cli import main
from analysis.source import PageError, decode_bytes, read_source

GOOD = paths.DEFAULT_PAGE.read_bytes()


def run(capsys, *args):
    status = main(["run", *map(str, args), "--quiet"])
    captured = capsys.readouterr()
    return status, captured.err


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n \r\n", "file is blank"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (a PNG image)"),
        ("random.txt", random.Random(7).randbytes(4096), "binary file"),
        ("mixed.txt", "借呗逾期".encode("utf-8") + b"\xff\xfe\xfa" + "怎么办".encode("gbk") + b"\x80\x81\xff", "undecodable bytes"),
        ("nav_only.txt", "分享\n最新文章\n随机看看\n".encode("utf-8"), "no recognisable title"),
        ("title_only.txt", "借呗逾期了会怎么样呢大家知道吗\n".encode("utf-8"), "no article body"),
    ],
)
def test_bad_page_gets_one_line_and_nonzero_exit(tmp_path, capsys, name, data, problem):
    page = tmp_path / name
    page.write_bytes(data)
    status, err = run(capsys, page, "--out", tmp_path / "out")
    lines = err.strip().splitlines()
    assert status == 1
    assert lines[0].startswith(f"analysis: {page}: ")
    assert problem in lines[0]
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "pages.csv").exists()


def test_missing_path(tmp_path, capsys):
    status, err = run(capsys, tmp_path / "nowhere.txt", "--out", tmp_path / "out")
    assert status == 1
    assert f"{tmp_path / 'nowhere.txt'}: no such file or folder" in err


def test_folder_without_pages(tmp_path, capsys):
    (tmp_path / "notes.csv").write_text("a,b\n")
    status, err = run(capsys, tmp_path, "--out", tmp_path / "out")
    assert status == 1
    assert f"analysis: {tmp_path}: folder has no page files" in err


def test_oversized_page_is_refused_before_reading(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(GOOD)
        handle.write(("逾期" * 1000 + "\n").encode("utf-8") * 3500)  # about 21 MB
    status, err = run(capsys, big, "--out", tmp_path / "out")
    assert status == 1
    assert "over the 16 MB limit" in err and "--max-mb" in err


def test_good_pages_are_written_when_others_fail(tmp_path, capsys):
    (tmp_path / "good.txt").write_bytes(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    status, err = run(capsys, tmp_path, "--out", tmp_path / "out")
    assert status == 0
    assert err.strip().splitlines() == [f"analysis: {tmp_path / 'empty.txt'}: file is empty"]
    pages = (tmp_path / "out" / "pages.csv").read_text(encoding="utf-8").splitlines()
    assert len(pages) == 2 and pages[1].startswith("good,")
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[1] == f"{tmp_path / 'empty.txt'},file is empty"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("gbk", b""), ("big5", b""),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""),
])
def test_encodings_round_trip(encoding, bom):
    text = "信用卡逾期一個月會怎樣？銀行會起訴嗎？\n一、逾期的後果\n銀行會收取違約金和利息。\n"
    if encoding in ("gb18030", "gbk"):
        text = "信用卡逾期一个月会怎样？银行会起诉吗？\n一、逾期的后果\n银行会收取违约金和利息。\n"
    used, decoded = decode_bytes(bom + text.encode(encoding))
    assert decoded == text
    assert used in {"utf-8": ("utf-8", "utf-8-sig"), "gb18030": ("gb18030",), "gbk": ("gb18030",),
                    "big5": ("big5",), "utf-16-le": ("utf-16", "utf-16-le"),
                    "utf-16-be": ("utf-16", "utf-16-be")}[encoding]


def test_declared_html_charset_wins(tmp_path):
    html = '<html><head><meta charset="gbk"><title>借呗</title></head><body><h1>借呗逾期怎么办？</h1><p>尽快还款。</p></body></html>'
    page = tmp_path / "p.html"
    page.write_bytes(html.encode("gbk"))
    source = read_source(page)
    assert source.encoding == "gb18030" and source.is_html
    assert source.text.splitlines() == ["借呗逾期怎么办？", "尽快还款。"]


def test_folder_is_not_a_page(tmp_path):
    with pytest.raises(PageError, match="is a folder"):
        read_source(tmp_path)


def test_utf8_bytes_win_over_a_wrong_declared_charset(tmp_path):
    html = '<html><head><meta charset="gb2312"></head><body><h1>花呗逾期怎么办？</h1><p>尽快还清。</p></body></html>'
    page = tmp_path / "p.html"
    page.write_bytes(html.encode("utf-8"))
    source = read_source(page)
    assert source.encoding == "utf-8"
    assert source.text.splitlines() == ["花呗逾期怎么办？", "尽快还清。"]


def test_big5_page_with_hong_kong_characters():
    text = "信用卡逾期嘅後果\n銀行會收取違約金。\n"
    used, decoded = decode_bytes(text.encode("big5hkscs"))
    assert (used, decoded) == ("big5hkscs", text)


def test_saved_html_fragment_is_read_as_html(tmp_path):
    page = tmp_path / "fragment.html"
    page.write_text('<div class="post"><h1>借呗逾期一天</h1><p>一般影响<b>不大</b>。</p></div>', encoding="utf-8")
    source = read_source(page)
    assert source.is_html
    assert source.text.splitlines() == ["借呗逾期一天", "一般影响不大。"]
