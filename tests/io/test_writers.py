"""Graded-sheet writers: real files written, read back with openpyxl / csv, compared cell by cell."""
from __future__ import annotations

import csv
import errno
import os

import numpy as np
import openpyxl
import pytest

from grader_app import atomic
from grader_app.core import review
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE, ColumnMapping
from grader_app.io import SheetError, graded_frame, read_sheet, write_graded, write_graded_csv, write_graded_xlsx
from grader_app.io import writers
from grader_app.io.xlsx_cells import EXCEL_CELL_LIMIT

LABELS = (0, 1, 2, 3)
RISKY = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tstarts with tab", "\rstarts with CR", "=HYPERLINK(\"http://x\",\"y\")"]
ADDED = ["model_score", "confidence", "status", "flags", "final_score", "comment"]


def _long_sheet(tmp_path):
    """A real CSV read back: ids with leading zeros, a risky header, risky answers, a blank."""
    rows = [["Student ID", "Name", "Question", "Answer", "=Note"]]
    answers = ["You need the amount of vinegar, the container size and the rinse time"] + RISKY + [
        "", "tRNA brings amino acids to the ribosome and they join into a protein chain"]
    for i, text in enumerate(answers):
        rows.append([f"00{i}", f"Kid {i}", "asap-sas-1" if i % 2 == 0 else "asap-sas-5", text, "-7" if i == 0 else ""])
    p = tmp_path / "class.csv"
    with open(p, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    sheet = read_sheet(p)
    assert sheet.frame.iloc[:, 3].tolist() == answers
    return sheet, rows


def _session(sheet, mapping):
    items = {it: ItemInfo(item=it, bundle_id="b-" + it, labels=LABELS, default_threshold=0.8)
             for it in ("asap-sas-1", "asap-sas-5", "Q1", "Q2")}
    s = GradingSession(sheet, mapping, items)
    rng = np.random.default_rng(0)
    keys = [a.key for a in s.answers if a.key != 1]          # answer 1 stays unscored
    probs = rng.dirichlet(np.ones(4) * 0.3, size=len(keys))
    probs[0] = [0.01, 0.02, 0.95, 0.02]                      # confident, no flags -> auto, score 2
    s.set_predictions(keys, probs)
    return s


@pytest.fixture
def long_session(tmp_path):
    sheet, rows = _long_sheet(tmp_path)
    mapping = ColumnMapping(layout=LONG, id_column="Student ID", name_column="Name", item_column="Question",
                            answer_column="Answer")
    s = _session(sheet, mapping)
    s.decide(2, 3, comment="=looks like a formula but is a comment")
    s.decide(3, s.predictions[3].score)
    return s, rows


def _expected_added(s, key):
    pred = s.predictions.get(key)
    dec = s.decisions.get(key)
    final = s.final_score(key)
    return [
        int(pred.score) if pred else None,
        round(pred.confidence, 3) if pred else None,
        s.status(key),
        "; ".join(s.flags.get(key, [])),
        int(final) if final is not None else None,
        dec.comment if dec else "",
    ]


def test_graded_frame_long(long_session):
    s, rows = long_session
    df = graded_frame(s)
    assert list(df.columns) == rows[0] + ADDED
    for r, row in enumerate(rows[1:]):
        assert df.iloc[r, :5].tolist() == row
        assert df.iloc[r, 5:].tolist() == _expected_added(s, r)
    assert df["status"].tolist()[:4] == [review.AUTO, review.UNSCORED, review.OVERRIDDEN if s.predictions[2].score != 3
                                         else review.REVIEWED, review.REVIEWED]
    assert df["model_score"][0] == 2 and isinstance(df["model_score"][0], int)
    assert df["final_score"][0] == 2 and df["final_score"][2] == 3
    assert df["model_score"][1] is None and df["final_score"][1] is None
    blank_row = rows[1:].index(next(r for r in rows[1:] if r[3] == ""))
    assert "blank" in df["flags"][blank_row]


def test_xlsx_round_trip_exact_text_and_formula_safety(long_session, tmp_path):
    s, rows = long_session
    out = write_graded_xlsx(s, tmp_path / "graded.xlsx")
    assert out == tmp_path / "graded.xlsx"
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.title == "Graded"
    got = [[c for c in r] for r in ws.iter_rows()]
    header = [c.value for c in got[0]]
    assert header == rows[0] + ADDED
    assert got[0][4].data_type == "s" and got[0][4].value == "=Note"
    for r, row in enumerate(rows[1:], start=1):
        for j, text in enumerate(row):
            cell = got[r][j]
            if text == "":
                assert cell.value is None
            else:   # XLSX keeps line breaks as LF: a raw CR cannot survive XML parsing
                assert cell.value == text.replace("\r", "\n") and cell.data_type == "s", (r, j, cell.value)
        added = [c.value for c in got[r][5:11]]
        assert added == [v if v != "" else None for v in _expected_added(s, r - 1)]
    # the risky answers are strings with Excel's quote prefix, never formulas
    risky_cells = [got[r][3] for r in range(1, len(rows)) if rows[r][3] in RISKY]
    assert len(risky_cells) == len(RISKY)
    assert all(c.data_type == "s" and c.quotePrefix for c in risky_cells)
    assert isinstance(got[1][5].value, int) and isinstance(got[1][6].value, float)
    assert got[1][6].number_format == "0.000"


def test_xlsx_read_back_by_our_reader(long_session, tmp_path):
    s, rows = long_session
    back = read_sheet(write_graded(s, tmp_path / "again.xlsx"))
    assert back.frame.iloc[:, :5].values.tolist() == [[c.replace("\r", "\n") for c in r] for r in rows[1:]]
    assert back.columns[5:] == ADDED


def test_csv_round_trip_with_quote_prefix(long_session, tmp_path):
    s, rows = long_session
    out = write_graded(s, tmp_path / "graded.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert got[0] == rows[0][:4] + ["'=Note"] + ADDED
    for r, row in enumerate(rows[1:], start=1):
        want = [("'" + t if t in RISKY else t) for t in row]
        assert got[r][:5] == want
        exp = ["" if v is None else str(v) for v in _expected_added(s, r - 1)]
        if exp[5].startswith("="):
            exp[5] = "'" + exp[5]
        assert got[r][5:] == exp
    assert got[1][4] == "-7", "plain negative numbers are not formulas and keep their text"


def test_wide_layout_added_columns_per_answer_column(tmp_path):
    p = tmp_path / "wide.csv"
    p.write_text("id,Q1,Teacher note,Q2\n001,Vinegar amount and type of container,x,=2*3\n"
                 "002,,y,Ribosome reads codons and tRNA brings amino acids\n", encoding="utf-8")
    sheet = read_sheet(p)
    mapping = ColumnMapping(layout=WIDE, id_column="id", answer_columns={"Q2": "Q2", "Q1": "Q1"})
    s = _session(sheet, mapping)
    df = graded_frame(s)
    assert list(df.columns) == ["id", "Q1", "Teacher note", "Q2"] + [f"Q1 {a}" for a in ADDED] + [f"Q2 {a}" for a in ADDED]
    key = {(a.row, a.column): a.key for a in s.answers}
    for r in range(2):
        for col in ("Q1", "Q2"):
            assert df.loc[r, [f"{col} {a}" for a in ADDED]].tolist() == _expected_added(s, key[(r, col)])
    ws = openpyxl.load_workbook(write_graded(s, tmp_path / "wide.xlsx")).active
    assert [c.value for c in ws[1]] == list(df.columns)
    assert ws["D2"].value == "=2*3" and ws["D2"].data_type == "s"
    assert ws["A2"].value == "001"


def test_existing_grading_columns_are_not_overwritten(tmp_path):
    p = tmp_path / "regrade.csv"
    p.write_text("id,Answer,model_score\n1,Some answer with words,2\n2,Another answer with words,1\n", encoding="utf-8")
    sheet = read_sheet(p)
    s = _session(sheet, ColumnMapping(layout=LONG, id_column="id", answer_column="Answer", default_item="Q1"))
    df = graded_frame(s)
    assert list(df.columns) == ["id", "Answer", "model_score", "model_score (2)"] + ADDED[1:]
    assert df["model_score"].tolist() == ["2", "1"]


def test_extra_sheets_hook(long_session, tmp_path):
    s, _ = long_session
    seen = []

    def summary(wb):
        seen.append(wb.active.title)
        ws = wb.create_sheet("Summary")
        ws["A1"] = "answers"
        ws["B1"] = len(s.answers)

    out = write_graded_xlsx(s, tmp_path / "with-summary.xlsx", extra_sheets=summary)
    wb = openpyxl.load_workbook(out)
    assert seen == ["Graded"] and wb.sheetnames == ["Graded", "Summary"]
    assert wb["Summary"]["B1"].value == len(s.answers)


def test_bad_suffix_and_missing_folder(long_session, tmp_path):
    s, _ = long_session
    with pytest.raises(SheetError, match=r"graded\.pdf.*\.xlsx or \.csv"):
        write_graded(s, tmp_path / "graded.pdf")
    with pytest.raises(SheetError, match="folder does not exist"):
        write_graded(s, tmp_path / "nope" / "graded.csv")


# ----- atomicity ------------------------------------------------------------------------------

OLD = b"the teacher's previous export"


def _prepare(tmp_path, name):
    target = tmp_path / name
    target.write_bytes(OLD)
    return target


def _assert_untouched(tmp_path, target):
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["class.csv", target.name]), "temp file left behind"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_file_open_elsewhere_leaves_old_file(long_session, tmp_path, monkeypatch, suffix):
    s, _ = long_session
    target = _prepare(tmp_path, "graded" + suffix)

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(SheetError) as info:
        write_graded(s, target)
    assert str(info.value) == (f"graded{suffix} is probably open in another program, such as Excel, so it was not "
                               f"saved; close it there and export again (the old graded{suffix} was not changed)")
    _assert_untouched(tmp_path, target)


def test_disk_full_during_xlsx_save(long_session, tmp_path, monkeypatch):
    s, _ = long_session
    target = _prepare(tmp_path, "graded.xlsx")

    def full(self, f):
        f.write(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    with pytest.raises(SheetError, match=r"^the disk is full, so graded\.xlsx was not saved; free some space"):
        write_graded(s, target)
    _assert_untouched(tmp_path, target)


def test_disk_full_at_csv_fsync(long_session, tmp_path, monkeypatch):
    s, _ = long_session
    target = _prepare(tmp_path, "graded.csv")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SheetError, match="disk is full"):
        write_graded_csv(s, target)
    _assert_untouched(tmp_path, target)


def test_unexpected_error_mid_write_is_a_sentence(long_session, tmp_path, monkeypatch):
    s, _ = long_session
    target = _prepare(tmp_path, "graded.xlsx")

    def broken_save(self, f):
        f.write(b"PK partial")
        raise ValueError("bad cell")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(SheetError, match=r"^graded\.xlsx could not be written .*the old file was not changed"):
        write_graded(s, target)
    _assert_untouched(tmp_path, target)


def test_failing_extra_sheets_hook_writes_nothing(long_session, tmp_path):
    s, _ = long_session
    target = _prepare(tmp_path, "graded.xlsx")

    def broken(wb):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):   # a bug in the hook is the caller's; nothing is written
        write_graded_xlsx(s, target, extra_sheets=broken)
    _assert_untouched(tmp_path, target)


def test_successful_write_replaces_old_file(long_session, tmp_path):
    s, _ = long_session
    target = _prepare(tmp_path, "graded.csv")
    write_graded(s, target)
    assert target.read_bytes() != OLD and target.read_bytes().startswith(b"\xef\xbb\xbfStudent ID,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.csv", "graded.csv"]


def test_folder_not_writable(long_session, tmp_path, monkeypatch):
    s, _ = long_session
    target = _prepare(tmp_path, "graded.xlsx")

    def denied(path, mode="r", *a, **k):    # root may write anywhere, so refuse like the OS would
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(atomic, "open", denied, raising=False)
    with pytest.raises(SheetError) as info:
        write_graded(s, target)
    assert str(info.value) == ("cannot write graded.xlsx because you may not save files in that folder; "
                               "choose another folder such as Documents")
    _assert_untouched(tmp_path, target)


def test_upper_case_suffix(long_session, tmp_path):
    s, rows = long_session
    out = write_graded(s, tmp_path / "GRADED.XLSX")
    assert openpyxl.load_workbook(out).active["A2"].value == rows[1][0]


def test_xlsx_cell_limit_and_confidence_format_with_clashing_names(tmp_path):
    essay = "vinegar " * 5000                     # 40,000 characters: over Excel's cell limit
    p = tmp_path / "class.csv"
    p.write_text(f'id,confidence,Answer\n1,high,"{essay}"\n2,low,short answer with words\n', encoding="utf-8")
    sheet = read_sheet(p)
    s = _session(sheet, ColumnMapping(layout=LONG, id_column="id", answer_column="Answer", default_item="Q1"))
    ws = openpyxl.load_workbook(write_graded(s, tmp_path / "g.xlsx")).active
    header = [c.value for c in ws[1]]
    assert header == ["id", "confidence", "Answer", "model_score", "confidence (2)"] + ADDED[2:]
    assert ws["C2"].value == essay[:EXCEL_CELL_LIMIT - 1] + "…"   # cut to the limit, the cut marked (cut_cells)
    assert ws["E2"].number_format == "0.000" and ws["B2"].value == "high" and ws["B2"].number_format == "General"
    with open(write_graded(s, tmp_path / "g.csv"), encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[1][2] == essay


# ----- issue 9.8: characters XML 1.0 forbids ----------------------------------------------------

FORBIDDEN = "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff\ud800\udfff"


def _hostile_session(tmp_path):
    """Answers, a header, a question id and a comment carrying every kind of XML-forbidden character."""
    import pandas as pd

    from grader_app.core.sheet import Sheet

    answers = ["before\ufffeafter", "=1+\uffff1", "lone \ud800 surrogate", "bell\x07 and nul\x00", "fine, kept whole"]
    frame = pd.DataFrame({"id\uffff": [f"S{i}" for i in range(5)], "Question": ["q\ufffe1", "q\ufffe1", "q2", "q2", "q2"],
                          "Answer": answers}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="id\uffff", item_column="Question", answer_column="Answer")
    items = {it: ItemInfo(item=it, bundle_id="b", labels=LABELS, default_threshold=0.8, title="Title\uffff")
             for it in ("q\ufffe1", "q2")}
    s = GradingSession(Sheet(frame=frame, source=tmp_path / "class\ufffe.csv"), mapping, items)
    s.set_predictions([0, 1, 2, 3, 4], np.tile([0.1, 0.2, 0.6, 0.1], (5, 1)))
    s.decide(0, 3, comment="see \ufffeme\x1b")
    return s, answers


def _xml_char(ch):
    """XML 1.0's Char production."""
    c = ord(ch)
    return c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or 0x10000 <= c <= 0x10FFFF


def _clean(text):
    return "".join(ch for ch in text if _xml_char(ch))


def test_xml_forbidden_characters_are_dropped_from_every_xlsx_string(tmp_path):
    from grader_app.io.summary_sheet import summary_writer

    s, answers = _hostile_session(tmp_path)
    out = write_graded_xlsx(s, tmp_path / "graded.xlsx", extra_sheets=summary_writer(s))
    wb = openpyxl.load_workbook(out)                     # used to fail: "not well-formed (invalid token)"
    ws = wb["Graded"]
    assert [c.value for c in ws[1]][:3] == ["id", "Question", "Answer"]
    assert [ws.cell(row=r, column=3).value for r in range(2, 7)] == [_clean(a) for a in answers]
    assert ws["B2"].value == "q1" and ws["C3"].quotePrefix and ws["C3"].data_type == "s"
    assert ws.cell(row=2, column=9).value == "see me"     # the comment
    summary = wb["Summary"]
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Grading summary of class.csv" in texts and "Question q1 — Title" in texts
    assert all(_xml_char(ch) for t in texts for ch in t)
    assert summary._charts, "the charts survived"
    back = read_sheet(out, sheet_name="Graded")          # the app itself no longer calls it damaged
    assert back.frame["Answer"].tolist() == [_clean(a) for a in answers]
    with open(write_graded_csv(s, tmp_path / "graded.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))                       # the CSV keeps them (only a lone surrogate becomes U+FFFD)
    assert [r[2] for r in rows[1:]] == [a.replace("\ud800", "\ufffd") if not a.startswith("=") else "'" + a
                                        for a in answers]


def test_xlsx_cell_limit_counts_utf16_units_and_never_splits_a_character(tmp_path):
    import pandas as pd

    from grader_app.core.sheet import Sheet

    essay = "🦠" * 20000                               # 20,000 characters but 40,000 UTF-16 units
    frame = pd.DataFrame({"id": ["1"], "Answer": [essay]}, dtype=object)
    s = _session(Sheet(frame=frame), ColumnMapping(layout=LONG, id_column="id", answer_column="Answer", default_item="Q1"))
    got = openpyxl.load_workbook(write_graded(s, tmp_path / "g.xlsx")).active["B2"].value
    assert got == "🦠" * (EXCEL_CELL_LIMIT // 2) + "…"   # 16,383 whole characters (32,766 units) and the mark
    assert len(got.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT


# ----- issue 9.11: formula guarding -------------------------------------------------------------

HIDDEN_FORMULAS = ["＝1+1", "＋SUM(A1)", " =1+1", "\n=1+1", "\u200b=1+1", "\ufeff=1", "\u3000=2", "-1\n", "+1\n",
                   "\u2060@cmd", "\x0b=1", "﹦1", "－1+1", "\u00a0=1", "\u2212 1"]
NOT_FORMULAS = ["-2", "+3.5", "12", "1e5", "hello =1", "", "'=1 already quoted", "x-1"]


@pytest.mark.parametrize("text", HIDDEN_FORMULAS)
def test_hidden_formulas_are_risky(text):
    assert writers.is_risky(text)


@pytest.mark.parametrize("text", NOT_FORMULAS)
def test_plain_text_and_numbers_are_not_risky(text):
    assert not writers.is_risky(text)


def test_hidden_formulas_get_the_guard_in_csv_and_quote_prefix_in_xlsx(tmp_path):
    import pandas as pd

    from grader_app.core.sheet import Sheet

    texts = HIDDEN_FORMULAS + NOT_FORMULAS[:5]
    frame = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "Answer": texts}, dtype=object)
    s = _session(Sheet(frame=frame), ColumnMapping(layout=LONG, id_column="id", answer_column="Answer", default_item="Q1"))
    with open(write_graded(s, tmp_path / "g.csv"), encoding="utf-8-sig", newline="") as f:
        got = [r[1] for r in list(csv.reader(f))[1:]]
    # "\n=1+1" also after its line break, where a program that splits the line elsewhere starts a row (QA s51b #3)
    assert got == ["'" + t.replace("\n=", "\n'=") for t in HIDDEN_FORMULAS] + NOT_FORMULAS[:5]
    ws = openpyxl.load_workbook(write_graded(s, tmp_path / "g.xlsx")).active
    cells = [ws.cell(row=r, column=2) for r in range(2, len(texts) + 2)]
    assert [c.quotePrefix for c in cells] == [True] * len(HIDDEN_FORMULAS) + [False] * 5
    assert all(c.data_type == "s" for c in cells)


# ----- issue 9.10: Ctrl-C during an XLSX write ----------------------------------------------------

def test_keyboard_interrupt_mid_xlsx_write_closes_the_zip(long_session, tmp_path, monkeypatch):
    """The old file stays, no temp file is left, and no ``ZipFile.__del__`` traceback follows."""
    import gc
    import sys

    from openpyxl.writer.excel import ExcelWriter

    s, _ = long_session
    target = _prepare(tmp_path, "graded.xlsx")
    original = ExcelWriter.write_worksheet

    def interrupted(self, ws):
        original(self, ws)          # the archive is open and holds a part when Ctrl-C arrives
        raise KeyboardInterrupt

    unraisable = []
    monkeypatch.setattr(ExcelWriter, "write_worksheet", interrupted)
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    with pytest.raises(KeyboardInterrupt):
        write_graded_xlsx(s, target)
    gc.collect()
    assert [f"{u.exc_type.__name__} in {u.object!r}" for u in unraisable] == []
    _assert_untouched(tmp_path, target)


CTRL_C_CHILD = """
import signal, sys, time
# Ctrl-C as in a terminal, whatever this test run inherited (a shell's background job starts with SIGINT ignored)
signal.signal(signal.SIGINT, signal.default_int_handler)
from openpyxl.writer.excel import ExcelWriter
from grader_app.cli import run_cli

original = ExcelWriter.write_worksheet
def slow(self, ws):
    original(self, ws)
    print("IN ZIP", flush=True)
    # short naps, not one long sleep: should the kernel hand SIGINT to another thread (numpy's BLAS pool), the
    # main thread's sleep would not be interrupted; Python raises KeyboardInterrupt at its next bytecode
    for _ in range(1200):
        time.sleep(0.05)
ExcelWriter.write_worksheet = slow
sys.exit(run_cli(sys.argv[1:]))
"""


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_ctrl_c_during_cli_xlsx_write_prints_one_sentence(tmp_path, tiny_bundle):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    sheet = tmp_path / "answers.csv"
    sheet.write_text("Student ID,Answer\nS1,Ice is less dense than water.\nS2,It is cold.\n", encoding="utf-8")
    target = _prepare(tmp_path, "graded.xlsx")
    script = tmp_path / "child.py"
    script.write_text(CTRL_C_CHILD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]), GRADER_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.Popen([sys.executable, str(script), "score", str(sheet), "--out", str(target), "--answer-column",
                             "Answer", "--bundle", str(tiny_bundle), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "IN ZIP"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130
    assert err == "grader: stopped; nothing was written.\n"
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["answers.csv", "child.py", "graded.xlsx",
                                                                 tiny_bundle.name])
