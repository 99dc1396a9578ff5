"""Reference lists: cheap to ask for again, read again after an edit."""
import os

import pytest

from analysis import paths, reference


def test_a_list_edited_without_a_new_second_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "REFERENCE_DIR", tmp_path)
    listed = tmp_path / "words.txt"
    listed.write_text("借呗 nz\n# a comment\n花呗 nz  # trailing\n", encoding="utf-8")
    first = reference.load_list("words.txt")
    assert first == ("借呗 nz", "花呗 nz")
    assert reference.load_list("words.txt") is first
    assert reference.load_pairs("words.txt") == (("借呗", "nz"), ("花呗", "nz"))
    assert reference.load_pairs("words.txt") is reference.load_pairs("words.txt")
    stamp = listed.stat().st_mtime_ns
    listed.write_text("微粒贷 nz\n", encoding="utf-8")
    os.utime(listed, ns=(stamp + 1, stamp + 1))  # one nanosecond later is enough
    assert reference.load_list("words.txt") == ("微粒贷 nz",)
    assert reference.load_pairs("words.txt") == (("微粒贷", "nz"),)
    listed.unlink()
    with pytest.raises(FileNotFoundError, match="reference file is missing"):
        reference.load_list("words.txt")
