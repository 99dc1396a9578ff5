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


def _cue_list(tmp_path, monkeypatch, text: str):
    """A reference folder of one list, ``cues.txt``, holding ``text``."""
    folder = tmp_path / "reference"
    folder.mkdir()
    monkeypatch.setattr(paths, "REFERENCE_DIR", folder)
    cues = folder / "cues.txt"
    cues.write_text(text, encoding="utf-8")
    return cues


def test_a_run_reads_each_list_once_and_sees_edits_after_it(tmp_path, monkeypatch):
    cues = _cue_list(tmp_path, monkeypatch, "# cue words\n逾期\n")
    with reference.held_readings():
        assert reference.load_list("cues.txt") == ("逾期",)
        cues.write_text("# cue words\n逾期\n催收\n", encoding="utf-8")
        os.utime(cues, ns=(1, 1))  # a different time for sure
        # every page of the run sees the lists as they were when first read
        assert reference.load_list("cues.txt") == ("逾期",)
    assert reference.load_list("cues.txt") == ("逾期", "催收")


def test_holding_inside_a_held_run_keeps_holding_after_the_inner_block(tmp_path, monkeypatch):
    cues = _cue_list(tmp_path, monkeypatch, "借呗\n")
    with reference.held_readings():
        with reference.held_readings():
            assert reference.load_list("cues.txt") == ("借呗",)
        cues.write_text("花呗\n", encoding="utf-8")
        os.utime(cues, ns=(2, 2))
        assert reference.load_list("cues.txt") == ("借呗",)
    assert reference.load_list("cues.txt") == ("花呗",)
