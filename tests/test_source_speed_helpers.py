"""Reading pages: one status call per file, UTF-8 first, codec scores by pattern."""
import pytest

from analysis.source import PageError, _chinese_score, _stat, decode_bytes, read_source


def test_status_is_none_where_the_file_does_not_exist(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("借呗逾期会怎样\n", encoding="utf-8")
    assert _stat(page).st_size == len("借呗逾期会怎样\n".encode("utf-8"))
    assert _stat(tmp_path / "missing.txt") is None
    # A file used as a folder: ENOTDIR, which pathlib's exists() also answers with False.
    assert _stat(page / "inside.txt") is None
    with pytest.raises(PageError, match="no such file"):
        read_source(page / "inside.txt")
    with pytest.raises(PageError, match="is a folder"):
        read_source(tmp_path)


def test_chinese_score_counts_common_characters_among_non_ascii_ones():
    assert _chinese_score("") == 1.0
    assert _chinese_score("abc 123") == 1.0
    # 借 is a GB2312 level-1 character, 呗 is not; a private-use character never is.
    assert _chinese_score("a借呗") == 0.5
    assert _chinese_score("借\ue000") == 0.5
    assert _chinese_score("借，。") == 1.0


def test_utf8_bytes_are_decoded_without_trying_other_codecs():
    assert decode_bytes("借呗逾期\r\n会怎样".encode("utf-8")) == ("utf-8", "借呗逾期\n会怎样")
    # A <meta> naming another charset does not outrank bytes that are valid UTF-8.
    assert decode_bytes('<meta charset="gbk">\n借呗'.encode("utf-8")) == ("utf-8", '<meta charset="gbk">\n借呗')
    assert decode_bytes("借呗逾期会怎样".encode("gb18030")) == ("gb18030", "借呗逾期会怎样")
    assert decode_bytes("借唄逾期會怎樣".encode("big5")) == ("big5", "借唄逾期會怎樣")
    with pytest.raises(PageError, match="file is blank"):
        decode_bytes(b" \t\r\n")
    with pytest.raises(PageError, match="file is empty"):
        decode_bytes(b"")
