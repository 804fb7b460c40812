"""What an LMS export says after saving, in the interface's language (grader_app/ui/export_notes.py).

Every kind of note the LMS modules make has its sentence in the window; in English the window says exactly
what the export wrote (the command line's text); a catalogue made by Qt's own lupdate and lrelease from the
module's literals is used for each kind, values filled in; points are written as the teacher reads numbers;
and the export dialog shows the notes of a real export, read back from the file it wrote."""
from __future__ import annotations

import ast
import sys
from dataclasses import replace
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
import translation_catalogues  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from grader_app.io.canvas import canvas_warnings, write_canvas_csv  # noqa: E402
from grader_app.io.lms import export_format, report_path_for  # noqa: E402
from grader_app.io.lms import export_notes as said  # noqa: E402
from grader_app.io.notes import Note  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui import export_notes  # noqa: E402
from grader_app.ui.export_dialog import ExportDialog  # noqa: E402
from ui_helpers import counted  # noqa: E402
from export_clicks import export_as  # noqa: E402
from in_language import in_language  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LMS_MODULES = ROOT / "grader_app" / "io" / "lms"
SAYER_MODULE = ROOT / "grader_app" / "ui" / "export_notes.py"
LONG = ColumnMapping(id_column="Username", name_column="Name", item_column="Question", answer_column="Answer")


def kinds_in_the_lms_modules() -> set[str]:
    """Every kind a Note(...) call in grader_app/io/lms gives (a kindless note is a recognition's own words)."""
    kinds = set()
    for path in sorted(LMS_MODULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Note"):
                continue
            kind = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "kind"), None)
            if kind is None:
                continue
            assert isinstance(kind, ast.Constant) and isinstance(kind.value, str), f"{path.name}:{node.lineno}"
            kinds.add(kind.value)
    return kinds


def long_sheet(path: Path, questions: int) -> Path:
    rows = [["Username", "Name", "Question", "Answer"]]
    for q in range(1, questions + 1):
        rows += [["alee", "Ann Lee", f"q{q}", "Water moves"], ["bok", "Ben Okafor", f"q{q}", "It diffuses"]]
    return L.write_csv(path, rows)


def unmarked(path: Path) -> GradingSession:
    return GradingSession(read_sheet(path), LONG)            # no model, no score: no points possible known


def real_exports(tmp_path: Path, monkeypatch) -> list:
    """Real files from every LMS format, with each variant of its note; each file is read back."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    jobs = [(L.canvas_student_analysis(src), "canvas-gradebook"), (L.moodle_responses(src), "moodle-gradebook"),
            (L.moodle_worksheet(src), "moodle-worksheet"), (L.google_forms(src), "google-classroom"),
            (L.brightspace_questions(src), "brightspace-grades"), (L.blackboard_by_user(src), "blackboard-grade-center")]
    results = []
    for n, (sheet, key) in enumerate(jobs):
        results.append(export_format(key).write(L.session_for(sheet, L.by_text), out / f"{n}-{key}.csv"))
    averaged = tmp_path / "averaged"   # Moodle's "Overall average" row: no student, said so
    averaged.mkdir()
    results.append(export_format("moodle-gradebook").write(
        L.session_for(L.moodle_responses(averaged, average=True), L.by_text), out / "moodle-averaged.csv"))
    scaled = tmp_path / "scaled"   # scored 0-3, the worksheet's Maximum Grade 2: the scores scaled, said so
    scaled.mkdir()
    results.append(export_format("moodle-worksheet").write(
        L.session_for(L.moodle_worksheet(scaled), L.by_text, labels=(0, 1, 2, 3)), out / "moodle-scaled.csv"))
    # the Canvas file by the sheet's own ids, "Participant 5101": ids Canvas may not know, said
    results.append(write_canvas_csv(L.session_for(L.moodle_worksheet(scaled), L.by_text), out / "canvas-by-id.csv"))
    # ... and ids that are email addresses, given as SIS Login IDs too, said
    results.append(write_canvas_csv(L.session_for(L.moodle_responses(scaled), L.by_text), out / "canvas-emails.csv"))
    # what to check before importing the Canvas file, said beside its notes: one student's two attempts scored
    # differently (the cell left empty), ids that differ only in an invisible space (kept apart)
    checked = unmarked(L.write_csv(src / "attempts.csv", [
        ["Username", "Name", "Question", "Answer"], ["alee", "Ann Lee", "q1", "Water moves"],
        ["alee", "Ann Lee", "q1", "Water moves in"], ["bok", "Ben Okafor", "q1", "It diffuses"],
        ["bok\u00a0", "Ben Okafor", "q2", "It diffuses"]]))
    for a, v in zip(checked.answers, (1, 2, 1, 1)):
        checked.decide(a.key, v)
    results.append(replace(write_canvas_csv(checked, out / "canvas-checked.csv"), notes=canvas_warnings(checked)))
    no_org = tmp_path / "no-org"
    no_org.mkdir()
    results.append(export_format("brightspace-grades").write(
        L.session_for(L.brightspace_questions(no_org, with_org_ids=False), L.by_text), out / "bs-username.csv"))
    # eight questions nobody marked: no points possible known, "q1, ..., q6 and 2 more"
    bb_session = unmarked(long_sheet(src / "eight.csv", 8))
    results.append(export_format("blackboard-grade-center").write(bb_session, out / "bb-unknown.csv"))
    one = unmarked(long_sheet(src / "one.csv", 1))
    results.append(export_format("blackboard-grade-center").write(one, out / "bb-one.csv"))
    # an earlier list of students left out, beside a file everyone is in now: deleted, then one that cannot be
    points = export_format("points")
    report_path_for(out / "points.csv").write_text("Row in sheet\n", encoding="utf-8")
    results.append(points.write(one, out / "points.csv"))
    stuck = report_path_for(out / "stuck.csv")
    stuck.write_text("Row in sheet\n", encoding="utf-8")
    real_unlink = Path.unlink

    def refuse(self, *args, **kwargs):
        if self == stuck:
            raise PermissionError(13, "Permission denied", str(self))
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", refuse)
    results.append(points.write(one, out / "stuck.csv"))
    monkeypatch.setattr(Path, "unlink", real_unlink)
    for r in results:
        assert L.read_csv(r.path)[0]                            # a real file, read back
    assert stuck.is_file() and not report_path_for(out / "points.csv").exists()
    return results


def test_every_kind_the_exports_make_has_its_sentence_and_english_says_it_as_written(tmp_path, monkeypatch):
    assert kinds_in_the_lms_modules() == set(export_notes.SAYERS)
    results = real_exports(tmp_path, monkeypatch)
    seen = set()
    for r in results:
        assert r.notes and all(isinstance(n, Note) and n.kind in export_notes.SAYERS for n in r.notes), r.path.name
        for n in r.notes:
            assert export_notes.note_words(n) == str(n), n.kind
            seen.add(n.kind)
        assert export_notes.notes_words(r.notes) == r.note      # the dialog's text is the command line's
    assert seen == set(export_notes.SAYERS)                     # every kind met in a real export
    by_name = {r.path.name: r for r in results}
    # the stale list is its own note, after the format's
    assert [n.kind for n in by_name["points.csv"].notes] == ["points_sheet", "stale_report_deleted"]
    assert by_name["points.csv"].notes[1].values == {"name": "points-unmatched.csv"}
    assert [n.kind for n in by_name["stuck.csv"].notes] == ["points_sheet", "stale_report_kept"]
    # nobody marked "one": both students' totals are empty, and the note says so (it said "and their total")
    assert by_name["points.csv"].note == ("Every student has a row with their points per question; 2 of them have no "
                                          "total yet, because an answer of theirs has no score. "
                                          "The earlier list of students left out, points-unmatched.csv, was deleted: "
                                          "every student is in this file.")
    unknown = by_name["bb-unknown.csv"].notes
    assert [n.kind for n in unknown] == ["blackboard_upload", "blackboard_points", "blackboard_unknown_points"]
    assert "The points possible of q1, q2, q3, q4, q5, q6 and 2 more are not known (no model scores them," in unknown[2]
    assert "of q1 are not known (no model scores it," in by_name["bb-one.csv"].note
    assert "(Q1: 2, Q2: 2)." in by_name["5-blackboard-grade-center.csv"].note
    assert by_name["bs-username.csv"].notes[0].values == {"id_header": "Username"}
    assert [n.kind for n in by_name["moodle-averaged.csv"].notes][-1] == "not_students_left_out"
    assert by_name["moodle-averaged.csv"].notes[-1].values == {"rows": ["Overall average"]}
    assert by_name["1-moodle-gradebook.csv"].notes[0].values == {"column": "Email address"}
    assert by_name["moodle-scaled.csv"].notes[-1] == (
        "Scores were scaled to the points Moodle gives each question (score ÷ highest score × points, rounded to 2 "
        "decimals): Online text 0–3 to 0–2 (2 → 1.33).")
    assert all(n.kind != "scores_scaled" for r in results if r.path.name != "moodle-scaled.csv" for n in r.notes)


def test_every_translate_call_has_literal_words_lupdate_can_read():
    for node in ast.walk(ast.parse(SAYER_MODULE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
            context, text = node.args[:2]
            assert isinstance(context, ast.Constant) and context.value == "ExportNotes", node.lineno
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), node.lineno


def test_an_unknown_kind_or_values_that_do_not_fit_are_shown_as_written():
    assert export_notes.note_words(Note("Something new.", "made_later", x=1)) == "Something new."
    assert export_notes.note_words("A plain sentence.") == "A plain sentence."
    broken = Note("In Moodle do this.", "moodle_gradebook")   # no column
    assert export_notes.note_words(broken) == "In Moodle do this."


def test_points_are_written_as_the_teacher_reads_numbers():
    note = said.blackboard_points([("Q1", "1.5"), ("Q2", "2")])
    assert note.endswith("points possible (Q1: 1.5, Q2: 2).")
    assert export_notes.note_words(note) == str(note)
    with in_language("de"):
        words = export_notes.note_words(note)
    assert "(Q1: 1,5; Q2: 2)" in words and "1.5" not in words


@pytest.fixture
def marked_catalogue(tmp_path, qapp):
    """The module's messages as Qt's lupdate reads them, each "translated" as «its source», installed."""
    with translation_catalogues.marked_catalogue(tmp_path, SAYER_MODULE) as sources:
        yield sources


def test_each_kind_is_said_through_the_catalogue_with_its_values(tmp_path, monkeypatch, marked_catalogue):
    assert all(s and ("ExportNotes" not in s) for s in marked_catalogue)
    for r in real_exports(tmp_path, monkeypatch):
        for n in r.notes:
            words = export_notes.note_words(n)
            assert words.startswith("«") and words != str(n), n.kind
            assert "{" not in words, words                      # every placeholder filled
            for value in n.values.values():
                if isinstance(value, str):
                    assert value in words, (n.kind, value)
    long_list = said.blackboard_unknown_points([f"q{i}" for i in range(1, 9)])
    assert export_notes.note_words(long_list).startswith("«The points possible of q1, q2, q3, q4, q5, q6« and 2 more»")


# ----- the export dialog ----------------------------------------------------------------------------------

def export_in_dialog(qtbot, task_manager, sheet: Path, key: str, path: Path) -> ExportDialog:
    dlg = ExportDialog(L.session_for(sheet, L.by_text), sheet, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    counted(qtbot, dlg)
    export_as(qtbot, dlg, key, path)
    return dlg


BLACKBOARD_NOTE = ("In Blackboard open the Grade Center, choose Work Offline > Upload, pick this file (comma delimiter) "
                   "and tick the question columns; students are matched on Username. Blackboard adds each new column "
                   "as a text column worth 0 points: edit each one (Edit Column Information), choose Score as its "
                   "primary display and set its points possible (Test 3 results by user – Q1: 2, Test 3 results by "
                   "user – Q2: 2).")   # the questions named only "Q1", "Q2": the sheet's name before them


def test_the_dialog_shows_a_real_exports_notes_as_before_in_english(qtbot, tmp_path, task_manager):
    sheet = L.blackboard_by_user(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "bb.csv"
    dlg = export_in_dialog(qtbot, task_manager, sheet, "blackboard-grade-center", path)
    rows = L.read_csv(path)
    assert rows[0][4:] == ["Test 3 results by user – Q1 [Total Pts: 2 Score]",
                           "Test 3 results by user – Q2 [Total Pts: 2 Score]"] and len(rows) == 3
    result = dlg.last_result
    assert result is not None and result.written == 2 and [u.student for u in result.unmatched] == ["Cara Diaz"]
    assert dlg.done_label.text() == f"✔ Saved bb.csv in {out}, with 2 students. {BLACKBOARD_NOTE}"
    assert dlg.done_label.text().endswith(" " + result.note)
    # everyone is in the points sheet: an earlier list of students left out beside it is deleted, and said
    points = out / "points.csv"
    report_path_for(points).write_text("Row in sheet\n", encoding="utf-8")
    dlg = export_in_dialog(qtbot, task_manager, sheet, "points", points)
    assert len(L.read_csv(points)) == 4 and not report_path_for(points).exists()
    assert dlg.done_label.text() == (f"✔ Saved points.csv in {out}, with 3 students. Every student has a row with "
                                     "their points per question and their total. The earlier list of students left "
                                     "out, points-unmatched.csv, was deleted: every student is in this file.")
    assert dlg.last_result is not None and dlg.done_label.text().endswith(" " + dlg.last_result.note)


def test_the_dialog_says_the_notes_through_the_catalogue(qtbot, tmp_path, task_manager, marked_catalogue):
    sheet = L.moodle_responses(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    dlg = export_in_dialog(qtbot, task_manager, sheet, "moodle-gradebook", out / "moodle.csv")
    assert L.read_csv(out / "moodle.csv")[0][:5] == ["First name", "Last name", "Username", "ID number", "Email address"]
    text = dlg.done_label.text()
    assert "«In Moodle choose Grades > Import > CSV file, map from “Email address” to Moodle's email address field," in text
    assert dlg.last_result is not None and text.endswith(" " + " ".join(f"«{n}»" for n in dlg.last_result.notes))


def test_the_dialog_says_the_canvas_files_scores_were_scaled_to_its_points(qtbot, tmp_path, task_manager):
    sheet = L.canvas_html_analysis(tmp_path)          # scored 0-2; the short answer question is worth 1 point
    out = tmp_path / "out"
    out.mkdir()
    dlg = export_in_dialog(qtbot, task_manager, sheet, "canvas-gradebook", out / "canvas.csv")   # a Canvas export's one
    rows = L.read_csv(out / "canvas.csv")
    assert rows[1][5:] == ["2", "1"] and [r[6] for r in rows[2:]] == ["0", "0.5", "0"]   # was "1" of 1 for a 1 of 2
    assert dlg.done_label.text() == (
        f"✔ Saved canvas.csv in {out}, with 3 students. In Canvas open Grades, choose Import, and upload this file; each "
        f"question becomes an assignment column, and empty cells leave a grade unchanged. Scores were scaled to the "
        f"points Canvas gives each question (score ÷ highest score × points, rounded to 2 decimals): 4102: {L.PLANTS} "
        f"0–2 to 0–1 (1 → 0.5).")
