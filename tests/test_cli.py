"""`grader score` end to end: real sheets, the real tiny bundle through onnxruntime, files read back."""
import csv
import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from grader_app.cli import run_cli
from sheet_files import written_rows

ANSWERS = [
    ("S01", "Ice is less dense than water because the molecules form an open lattice, so it floats."),
    ("S02", "Ice floats because it is cold."),
    ("S03", ""),
    ("S04", "=1+1"),
    ("S05", "Ice is less dense than water."),
    ("S06", "Ice is less dense than water."),
    ("S07", "Because of hydrogen bonds the molecules in ice are spaced out so it floats."),
]


def long_csv(path, item="tiny-ice"):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Class", "Question", "Answer"])
        for sid, text in ANSWERS:
            w.writerow([sid, "9B", item, text])
    return path


def wide_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Unit test: states of matter"])  # a title row above the header
    ws.append(["Student ID", "Name", "tiny-ice", "Q2"])
    for i, (sid, text) in enumerate(ANSWERS):
        ws.append([sid, f"Student {i}", text, ANSWERS[-1 - i][1]])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.data_type = "s"  # the student typed "=1+1": text, not a formula
    wb.save(path)
    return path


def score(*args, capsys):
    code = run_cli(["score", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_long_sheet_to_xlsx_and_csv(tmp_path, tiny_shipped, capsys):
    sheet = long_csv(tmp_path / "answers.csv")
    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"graded.{suffix}"
        code, stdout, err = score(sheet, "--out", out, capsys=capsys)
        assert code == 0, err
        assert "Scored 7 answers" in stdout and "need you" in stdout
        if suffix == "xlsx":
            ws = openpyxl.load_workbook(out).worksheets[0]
            rows = [[("" if c is None else c) for c in r] for r in ws.iter_rows(values_only=True)]
            formula_cell = ws.cell(row=5, column=4)
            assert formula_cell.value == "=1+1" and formula_cell.data_type == "s"
        else:
            with open(out, newline="", encoding="utf-8-sig") as fh:
                rows = list(csv.reader(fh))
        header = rows[0]
        assert header[:4] == ["Student ID", "Class", "Question", "Answer"]
        assert header[4:] == ["model_score", "confidence", "status", "flags", "final_score", "comment"]
        body = rows[1:]
        assert [str(r[0]) for r in body] == [sid for sid, _ in ANSWERS]
        for r, (_, text) in zip(body, ANSWERS):
            shown = str(r[3])
            assert shown == text or (suffix == "csv" and shown == "'" + text)
            assert str(r[4]) in {"0", "1", "2"}  # every answer has a model score
            assert r[6] in {"auto", "needs review"}
        by_id = {str(r[0]): r for r in body}
        assert by_id["S03"][6] == "needs review" and "blank" in by_id["S03"][7]
        assert "identical" in by_id["S05"][7] and "identical" in by_id["S06"][7]


def test_score_runs_the_workflow_and_applies_each_batch_itself(tmp_path, tiny_shipped, capsys, monkeypatch):
    """`grader score` is the window's pipeline without a window: the workflow's functions, with every
    scored batch applied by the command in the same loop (no other thread writes the session)."""
    import threading

    from grader_app import workflow

    applied = []
    real = workflow.apply_batch

    def counting(session, batch):
        applied.append((len(batch.keys), threading.current_thread() is threading.main_thread()))
        return real(session, batch)

    monkeypatch.setattr(workflow, "apply_batch", counting)
    code, stdout, err = score(long_csv(tmp_path / "answers.csv"), "--out", tmp_path / "g.csv", capsys=capsys)
    assert code == 0, err
    assert sum(n for n, _ in applied) == 7 and all(main for _, main in applied)


def test_wide_sheet_with_title_row(tmp_path, tiny_shipped, capsys):
    sheet = wide_xlsx(tmp_path / "wide.xlsx")
    out = tmp_path / "graded.xlsx"
    code, _, err = score(sheet, "--out", out, "--bundle", tiny_shipped / "tiny-ice.gradebundle", capsys=capsys)
    assert code == 0, err
    ws = openpyxl.load_workbook(out).worksheets[0]
    title, *rows = list(ws.iter_rows(values_only=True))
    assert title[0] == "Unit test: states of matter"        # the title row kept above the header
    header = list(rows[0])
    assert header[:4] == ["Student ID", "Name", "tiny-ice", "Q2"]
    assert len(rows) == 1 + len(ANSWERS)
    for col in ("tiny-ice", "Q2"):
        ms, st = header.index(f"{col} model_score"), header.index(f"{col} status")
        for r, (sid, _) in zip(rows[1:], ANSWERS):
            assert r[0] == sid
            assert r[ms] in (0, 1, 2) and r[st] in ("auto", "needs review")
    for r, (_sid, text) in zip(rows[1:], ANSWERS):
        assert (r[2] or "") == text


def test_threshold_one_sends_everything_to_review(tmp_path, tiny_shipped, capsys):
    sheet = long_csv(tmp_path / "answers.csv")
    out = tmp_path / "graded.csv"
    assert score(sheet, "--out", out, "--threshold", "1", capsys=capsys)[0] == 0
    with open(out, newline="", encoding="utf-8-sig") as fh:
        statuses = [r["status"] for r in csv.DictReader(fh)]
    assert statuses == ["needs review"] * len(ANSWERS)


def _plain_scored(tmp_path, tiny_shipped, capsys, *columns) -> list[dict]:
    """A plain sheet (columns "Who" and "Resp", two answers) scored by the tiny model, its columns named by the flags
    ``columns``; the command must succeed. The rows written."""
    sheet = tmp_path / "plain.csv"
    sheet.write_text("Who,Resp\nA,Ice is less dense than water.\nB,It is cold.\n", encoding="utf-8")
    out = tmp_path / "g.csv"
    code, _, err = score(sheet, "--out", out, "--bundle", tiny_shipped / "tiny-ice.gradebundle", *columns, capsys=capsys)
    assert code == 0, err
    return written_rows(out)


def test_forced_bundle_and_column_overrides(tmp_path, tiny_shipped, capsys):
    rows = _plain_scored(tmp_path, tiny_shipped, capsys, "--answer-column", "Resp", "--id-column", "Who")
    assert [r["Who"] for r in rows] == ["A", "B"] and all(r["model_score"] for r in rows)


def test_column_flags_find_the_column_whatever_its_spaces_and_case(tmp_path, tiny_shipped, capsys):
    """`--answer-column resp --id-column "who "` find "Resp" and "Who" (they were "no column named ..."); the
    graded sheet keeps the file's own headers."""
    rows = _plain_scored(tmp_path, tiny_shipped, capsys, "--answer-column", "resp", "--id-column", "who ")
    assert [r["Who"] for r in rows] == ["A", "B"] and all(r["model_score"] for r in rows)


def _encrypted_xlsx(path):
    # An encrypted OOXML file is an OLE2 compound document; its first bytes are enough to know it.
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le"))
    return path


def _corrupt_xlsx(tmp_path):
    good = wide_xlsx(tmp_path / "good.xlsx")
    data = good.read_bytes()
    bad = tmp_path / "corrupt.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    return bad


def _zip_not_workbook(tmp_path):
    p = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("holiday.txt", "not a workbook")
    return p


def _write(path, data):
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


BAD = {
    "missing": (lambda t: t / "nope.csv", "was not found"),
    "directory": (lambda t: t, "is a folder"),
    "empty": (lambda t: _write(t / "e.csv", ""), "is empty"),
    "header only": (lambda t: _write(t / "h.csv", "Student,Question,Answer\n"), "no answers"),
    "no answer column": (lambda t: _write(t / "n.csv", "id,mark\n1,2\n2,3\n3,1\n"),
                         "no column in this sheet holds text answers"),
    "legacy xls": (lambda t: _write(t / "old.xls", bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600),
                   "Excel 97-2003"),
    "password": (lambda t: _encrypted_xlsx(t / "locked.xlsx"), "password-protected"),
    "corrupt xlsx": (_corrupt_xlsx, "xlsx"),
    "zip not workbook": (_zip_not_workbook, "not an Excel workbook"),
    "unknown item": (lambda t: long_csv(t / "u.csv", item="photosynthesis-7"),
                     "no installed model matches question “photosynthesis-7”"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_inputs_exit_2_with_one_sentence(case, tmp_path, tiny_shipped, capsys):
    make, words = BAD[case]
    d = tmp_path / "in"
    d.mkdir()
    code, stdout, err = score(make(d), "--out", tmp_path / "out.xlsx", capsys=capsys)
    assert code == 2
    assert words.lower() in err.lower()
    assert err.startswith("grader: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.xlsx").exists()


def test_bundle_failing_verification(tmp_path, tiny_shipped, capsys):
    sheet = long_csv(tmp_path / "answers.csv")
    bad = tmp_path / "bad.gradebundle"
    data = (tiny_shipped / "tiny-ice.gradebundle").read_bytes()
    bad.write_bytes(data[:200])
    code, _, err = score(sheet, "--out", tmp_path / "o.csv", "--bundle", bad, capsys=capsys)
    assert code == 2 and "bad.gradebundle" in err and "not a zip" in err


def test_wrong_column_and_bad_out_suffix(tmp_path, tiny_shipped, capsys):
    sheet = long_csv(tmp_path / "answers.csv")
    code, _, err = score(sheet, "--out", tmp_path / "o.csv", "--answer-column", "Reply", capsys=capsys)
    assert code == 2 and "no column named “Reply”" in err and "Student ID" in err
    code, _, err = score(sheet, "--out", tmp_path / "o.pdf", capsys=capsys)
    assert code == 2 and "must end in .xlsx or .csv" in err


def test_console_entry_point_runs_as_a_process(tmp_path, tiny_shipped):
    sheet = long_csv(tmp_path / "answers.csv")
    proc = subprocess.run([sys.executable, "-m", "grader_app", "score", str(tmp_path / "missing.csv"), "--out",
                           str(tmp_path / "o.csv")], capture_output=True, text=True, env=os.environ.copy())
    assert proc.returncode == 2 and "missing.csv was not found" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "grader_app", "score", str(sheet), "--out", str(tmp_path / "o.csv")],
                          capture_output=True, text=True, env=os.environ.copy())
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "o.csv").exists()


def test_bundles_says_what_each_model_takes_on_its_own(tiny_shipped, capsys):
    from grader_app.bundles.archive import read_bundle
    from grader_app.bundles.review_rules import takes_alone

    bundle = read_bundle(next(tiny_shipped.glob("*.gradebundle")))
    assert run_cli(["bundles"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith(bundle.id))
    takes = takes_alone(bundle.manifest["review"])   # the figure the window shows too, at the threshold scoring uses
    if takes is not None:
        assert f"takes {takes.share:.0%} of answers on its own, at most {takes.wrong:.0%} of them wrong" in line
    else:
        assert "takes none on its own: every answer comes to you" in line


def test_bundles_lines_up_its_columns_whatever_the_length_of_an_id_or_title(tiny_shipped, capsys):
    """`grader bundles` padded ids to 16 characters: a longer one (a learned model's, asap-sas-1-learned) pushed its
    line's columns to the right. Each column is now as wide as its widest entry, the title's too."""
    from bundle_factory import make_bundle

    make_bundle(tiny_shipped, "asap-sas-1", title="Short")
    make_bundle(tiny_shipped, "asap-sas-1-learned", title="A much longer title than the others have")
    assert run_cli(["bundles"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split()[0] for ln in lines] == ["asap-sas-1", "asap-sas-1-learned", "tiny-ice"]
    for column in ("QWK", " KB", "(takes"):
        assert len({ln.index(column) for ln in lines}) == 1, (column, lines)
    assert lines[1].startswith("asap-sas-1-learned  QWK")   # as wide as the longest id, and two spaces after it
    assert "A much longer title than the others have  (takes" in lines[1]


def test_bundles_into_a_reader_that_has_left_is_quiet(tmp_path):
    """`grader bundles | head -0`: the reader has closed the pipe before grader prints; no traceback,
    SIGPIPE's status (141), as a shell expects."""
    proc = subprocess.Popen([sys.executable, "-m", "grader_app", "bundles"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "GRADER_DATA_DIR": str(tmp_path / "u")})
    assert proc.stdout is not None
    proc.stdout.close()   # the reader is gone before the first line
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err.decode() and "BrokenPipe" not in err.decode(), err.decode()
    assert proc.returncode == 141, (proc.returncode, err.decode())
