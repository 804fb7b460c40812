"""What the readers say about a sheet, on the columns dialog in the interface's language (it was English in the
German and Spanish window: "Skipped 1 title row above the header (row 3)."). Real files are read."""
from __future__ import annotations

import inspect
import pickle
import sys
from pathlib import Path

import pytest

from grader_app.bundles.library import Library
from grader_app.core.namesakes import Namesake
from grader_app.io import notes as io_notes
from grader_app.io.readers import read_sheet
from grader_app.ui import i18n
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.sheet_notes import EXPORT_KINDS, SAYERS, note_words
from in_language import in_language

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)
import lms_sheets as L  # noqa: E402


def every_note() -> list[io_notes.Note]:
    return [io_notes.read_as("UTF-8", ";"), io_notes.read_as("MacRoman", ",", guessed=True), io_notes.open_quote(12),
            io_notes.quote_closed_late(5, 1), io_notes.quote_closed_late(5, 3), io_notes.cut_off_in_quote(9),
            io_notes.excel_errors(1, "C3 #NAME?"), io_notes.excel_errors(2, "C3 #NAME?, C4 #N/A"),
            io_notes.nul_removed(3),
            io_notes.not_utf8(list(range(2, 12))), io_notes.code_page_guessed("MacRoman"), io_notes.header_again([12]),
            io_notes.survey_labels([2]), io_notes.survey_labels([2, 3]),
            io_notes.section_rows([14]), io_notes.section_rows([14, 30]),
            io_notes.table_totals([5], ["Table1"]), io_notes.table_totals([5, 19], ["Answers", "Marks"]),
            io_notes.title_rows(2, 3),
            io_notes.renamed_columns(["Column 3"]),
            io_notes.extra_fields([4, 9], ["Column 5"]), io_notes.used_sheet("Answers", 3),
            io_notes.formulas_without_results(2, "B4, C7"), io_notes.cells_left_out(1, "Z99"), io_notes.hidden_rows([6, 9]),
            io_notes.merged_down(["C6:C7"], [6, 7]), io_notes.merged_down(["B2:B9", "C6:C7"], list(range(2, 10))),
            io_notes.hidden_columns(["D", "G"], ["Email", "Notes"]), io_notes.hidden_columns(["E"], ["Email"]),
            io_notes.recognised_export("Moodle", "quiz responses export"), io_notes.dashes_not_marked("Score", [3, 7]),
            io_notes.excel_dates("Answer", [3, 5], "2026-03-04", ["3/4", "4/3"]),
            io_notes.excel_dates("Answer", [4], "2026-02-02", ["2/2"]),
            io_notes.words_not_scores("Score", ["abs", "n/a"], [3, 7]),
            io_notes.one_question(["Q1", "q1 "], "Q1"), io_notes.question_from_above("Question", [4, 5, 6]),
            io_notes.summing_rows_left_out([40, 41]), io_notes.graded_before(34), io_notes.graded_before(0, 0, 1, 2),
            io_notes.graded_before(3, 0, 2, 1), io_notes.graded_before(34, scored="again"),
            io_notes.graded_before(2, 1, scored="chosen", unlike=[("changed", "ASAP-SAS 6", "Cell membrane", True)]),
            io_notes.graded_before(0, 0, 0, 1, scored="some", unlike=[("missing", "ASAP-SAS 6", "Q2", False)]),
            io_notes.graded_before(5, scored="none", unlike=[("changed", "ASAP-SAS 6", "Q2", False)]),
            io_notes.graded_before(0, 3, scored="again"), io_notes.off_scale("Paint colour", ["1.5"], [3], ["0", "1", "2"]),
            io_notes.off_scale("Q2", ["0.5", "1.5"], [4, 9], ["0", "1", "2"]),
            io_notes.text_not_taken(["Reflexión", "Notas del alumno"]),
            io_notes.closed_not_ticked(["1001: <p>Ice floats.</p>"], ["1001: Ice floats."]),
            io_notes.closed_not_ticked(["Response 2", "Response 3"], ["Response 2", "Response 3"]),
            io_notes.closed_not_ticked(["Q3", "Q4"], ["Q3", "Q4"], own=True), io_notes.closed_left_out(["2", "4"]),
            io_notes.closed_left_out(["q_12"]),
            io_notes.shared_names([Namesake("Emily Nguyen", ("Emily Nguyen (row 5)", "Emily Nguyen (row 8)"), True),
                                   Namesake("Li Wei", ("Li Wei (row 9)", "Li Wei (row 12)"), False)]),
            io_notes.twice([(["Ñuño Ibáñez · NUNO@school.example"], [3, 4])], moodle=True),
            io_notes.twice([(["Ana Núñez · ana@school.example"], [2, 3]), (["Li Wei · 17", "Bo Ray · 17"], [5, 9])]),
            io_notes.drawn_at_random([("Q2", 3)]), io_notes.drawn_at_random([("Q1", 2), ("Q4", 5)])]


def test_every_kind_of_note_has_its_words_and_survives_a_copy():
    made = {n.kind for n in every_note()}
    constructors = {name for name, f in inspect.getmembers(io_notes, inspect.isfunction)
                    if f.__module__ == io_notes.__name__ and not name.startswith("_")
                    and inspect.signature(f).return_annotation == "Note"}
    assert len(constructors) == len(made) == len(SAYERS) and made == set(SAYERS)
    note = io_notes.title_rows(2, 3)
    again = pickle.loads(pickle.dumps(note))
    assert again == note == "Skipped 2 title rows above the header (row 3)." and again.values == {"count": 2, "header_row": 3}


def test_in_english_the_notes_read_as_the_reader_wrote_them():
    assert i18n.install("en")
    for note in every_note():
        said = note_words(note)
        assert said and "{" not in said and "%n" not in said, said
    same = [n for n in every_note() if n.kind not in ("not_utf8", "used_sheet")]
    assert [note_words(n) for n in same] == [str(n) for n in same]
    assert note_words(io_notes.title_rows(1, 2)) == "Skipped 1 title row above the header (row 2)."
    assert note_words("a plain sentence.") == "a plain sentence."


# the notes that list rows name them as rows ("(rows 4, 9)", "(row 4)"), as the other row notes do: they said
# "(4, 9)" and "…comma?): 4, 9;"; the word in each language, for one row and for more
ROW_WORDS = {"en": ("row", "rows"), "de": ("Zeile", "Zeilen"), "es": ("fila", "filas")}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_notes_that_list_rows_name_them_as_rows(lang):
    one, more = ROW_WORDS[lang]
    made = {"question_from_above": lambda rows: io_notes.question_from_above("Question", rows),
            "summing_rows_left_out": io_notes.summing_rows_left_out,
            "extra_fields": lambda rows: io_notes.extra_fields(rows, ["Column 5"])}
    with in_language(lang):
        for kind, make in made.items():
            single, several = note_words(make([4])), note_words(make([4, 9, 12]))
            if kind == "extra_fields":
                assert f"): {one} 4; " in single and f"): {more} 4, 9, 12; " in several, (single, several)
            else:
                assert f"({one} 4)." in single and f"({more} 4, 9, 12)." in several, (single, several)
            if lang == "en":   # the reader's own sentence reads the same
                assert single == str(make([4])) and several == str(make([4, 9, 12]))


@pytest.mark.parametrize("lang", ["de", "es"])
def test_in_another_language_every_note_is_translated(lang):
    with in_language(lang):
        for note in every_note():
            said = note_words(note)
            assert said != str(note) and "{" not in said and "%n" not in said, said
        assert all(i18n.QCoreApplication.translate("SheetNotes", k) != k for k in EXPORT_KINDS)


def test_the_columns_dialog_says_a_real_sheets_notes_in_german(qtbot, shipped_bundles, tmp_path):
    path = tmp_path / "klasse.csv"
    path.write_bytes("Klasse 9b – Test\n\nStudent;Answer\nS1;Ice floats\x00\nS2;It is cold\n".encode("utf-8"))
    sheet = read_sheet(path)
    assert {getattr(n, "kind", "") for n in sheet.notes} >= {"read_as", "nul_removed", "title_rows"}
    with in_language("de"):
        dlg = MappingDialog(sheet, Library.load([shipped_bundles]), None)
        qtbot.addWidget(dlg)
        shown = " ".join(lab.text() for lab in dlg.findChildren(type(dlg.lms_banner)))
        assert "Als UTF-8-Text gelesen, getrennt durch Semikolon." in shown
        assert "1 NUL-Zeichen (unsichtbares Steuerzeichen) aus dem Text entfernt." in shown
        assert "1 Titelzeile über der Kopfzeile übersprungen (Zeile 3)." in shown and "Skipped" not in shown
        moodle = MappingDialog(read_sheet(L.moodle_responses(tmp_path)), Library.load([shipped_bundles]), None)
        qtbot.addWidget(moodle)
        assert moodle.lms_banner.text() == ("✓ Das ist offenbar ein Export der Testantworten aus Moodle; die Spalten "
                                            "sind für Sie zugeordnet.")


def test_a_real_workbooks_hidden_columns_are_said_in_english_and_in_german(tmp_path):
    import openpyxl

    path = tmp_path / "klasse.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Student", "Question", "Answer", "Notes", "Email"])
    ws.append(["Kid 0", "q1", "ice floats", "talk to parents", "kid0@school.example"])
    ws.column_dimensions["E"].hidden = True
    ws.column_dimensions["G"].hidden = True   # outside the table: not named
    wb.save(path)
    [note] = [n for n in read_sheet(path).notes if getattr(n, "kind", "") == "hidden_columns"]
    assert i18n.install("en")
    assert note_words(note) == str(note) == ("1 column of the sheet is hidden (E: Email); it is read like the others, "
                                             "and the graded workbook keeps it hidden.")
    ws.column_dimensions.group("D", "E", hidden=True)
    wb.save(path)
    [two] = [n for n in read_sheet(path).notes if getattr(n, "kind", "") == "hidden_columns"]
    with in_language("de"):
        assert note_words(note) == ("1 Spalte der Tabelle ist ausgeblendet (E: Email); sie wird wie die anderen "
                                    "gelesen, und die bewertete Tabelle lässt sie ausgeblendet.")
        assert note_words(two) == ("2 Spalten der Tabelle sind ausgeblendet (D: Notes, E: Email); sie werden wie die "
                                   "anderen gelesen, und die bewertete Tabelle lässt sie ausgeblendet.")
