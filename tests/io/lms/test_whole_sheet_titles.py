"""The one question of a sheet that names none is titled by its answer column's header wherever a file names it (QA: a
teacher's own workbook "Student ID, Name, Email, Cell membrane" has no question column, so its question is keyed
"whole sheet", and the Canvas, Moodle, Google Classroom and points files headed their column "whole sheet", English
whatever the teacher's language, the Moodle note said "(whole sheet: 3)", the report "Question whole sheet"). The key
stays "whole sheet", as the project stores it with the teacher's decisions. A real workbook written to disk, read as
the app reads it, every file written and read back."""
from __future__ import annotations

from openpyxl import load_workbook

import lms_sheets as L
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.io.canvas import write_canvas_csv
from grader_app.io.lms import export_format
from grader_app.io.report import report_parts
from grader_app.io.summary_sheet import summary_writer
from grader_app.io.writers import write_graded_xlsx
from grader_app.learn.library_names import WHOLE_SHEET

ZERO_TO_THREE = (0, 1, 2, 3)


def own_session(folder, header: str = "Cell membrane") -> GradingSession:
    """The teacher's own workbook (lms_sheets.own_class) as the columns dialog maps it, scored 0-3 by a model titled
    "Cells"; every answer marked."""
    s = L.session_for(L.own_class(folder, header), L.by_text, labels=ZERO_TO_THREE)
    s.items[WHOLE_SHEET] = ItemInfo(item=WHOLE_SHEET, title="Cells", labels=ZERO_TO_THREE)
    return s


def cells(rows) -> set[str]:
    return {c for r in rows for c in r}


def test_every_lms_file_and_its_notes_title_the_question_by_the_answer_column(tmp_path):
    s = own_session(tmp_path)
    assert s.item_keys() == [WHOLE_SHEET]                        # the key the project keeps, as before
    written = {key: export_format(key).write(s, tmp_path / f"{key}.csv")
               for key in ("canvas-gradebook", "moodle-gradebook", "google-classroom", "points")}
    heads = {key: L.read_csv(r.path)[0] for key, r in written.items()}
    assert heads["canvas-gradebook"][5:] == ["Cell membrane"]
    assert heads["moodle-gradebook"][5:] == ["Cell membrane"]
    assert heads["google-classroom"][3:] == ["Cell membrane"]
    assert heads["points"][3:] == ["Cell membrane", "Total", "Out of"]
    assert "(Cell membrane: 3)" in written["moodle-gradebook"].note
    for key, r in written.items():
        assert "whole sheet" not in cells(L.read_csv(r.path)) and "whole sheet" not in (r.note or ""), key
    # Ben has no email address: the list of students Google Classroom cannot take heads his score the same way
    classroom = written["google-classroom"]
    assert [u.student for u in classroom.unmatched] == ["Okafor, Ben · S0002"]
    assert L.read_csv(classroom.report)[0][3:] == ["Cell membrane"]
    by_id = write_canvas_csv(s, tmp_path / "canvas.csv")
    assert L.read_csv(by_id.path)[0][5:] == ["Cell membrane"]


def test_the_report_and_the_summary_sheet_name_it_so(tmp_path):
    s = own_session(tmp_path)
    html = "".join(report_parts(s))
    assert "<h2>Question Cell membrane — Cells</h2>" in html and "whole sheet" not in html
    path = write_graded_xlsx(s, tmp_path / "graded.xlsx", extra_sheets=summary_writer(s))
    summary = load_workbook(path).worksheets[-1]
    texts = {str(c.value) for row in summary.iter_rows() for c in row if c.value is not None}
    assert {"Cell membrane", "Question Cell membrane — Cells"} <= texts and "whole sheet" not in texts


def test_an_answer_column_headed_answer_heads_the_files_so_too(tmp_path):
    """A header of the word for an answer names no question, but it is the teacher's own word for the column, in the
    sheet's language: the files take it rather than the English key."""
    s = own_session(tmp_path, "Respuesta")
    assert L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)[0][3] == "Respuesta"
