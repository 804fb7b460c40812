"""The export dialog offers one Canvas gradebook, the one that applies to the sheet (QA: the two Canvas choices wrote
byte-identical files for a plain class sheet). Without Canvas's own ids in the sheet both write the sheet's student
id column as SIS User ID, so only "Canvas gradebook by your student id column" is offered, and the LMS column's
Canvas heading says where it is; a sheet from Canvas gets only the LMS gradebook, which fills in Canvas's user ID."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.io.canvas import write_canvas_csv  # noqa: E402
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.ui.export_formats import CANVAS  # noqa: E402
from ui_helpers import export_dialog, make_long_csv, scored_csv_session, tiny_bundles  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_plain_class_sheet_is_offered_one_canvas_gradebook(qtbot, tmp_path, task_manager):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    tiny_bundles(tmp_path / "bundles")
    session = scored_csv_session(sheet, tmp_path / "bundles")
    # why: for this sheet the two writers give the very same bytes
    by_id = write_canvas_csv(session, tmp_path / "by-id.csv").path
    lms = export_format("canvas-gradebook").write(session, tmp_path / "lms.csv").path
    assert by_id.read_bytes() == lms.read_bytes()

    dlg = export_dialog(qtbot, session, sheet, task_manager)
    offered = [k for k, b in dlg.format_buttons.items() if "canvas" in k and b.isVisibleTo(dlg)]
    assert offered == [CANVAS]
    with pytest.raises(ValueError):
        dlg.set_format("canvas-gradebook")
    said = dlg.chooser.canvas_elsewhere
    assert said.isVisibleTo(dlg)
    assert said.text() == "Choose the Canvas gradebook under “Your sheet, graded”."
    assert said.toolTip() == ("Your sheet has no Canvas ids, so both Canvas gradebooks would be the same file: “Canvas "
                              "gradebook by your student id column (.csv)” matches students by your student id column.")
    assert "Canvas" in dlg.chooser.system_labels   # the heading stays, above that sentence
    dlg.close()


def test_a_canvas_export_is_offered_only_the_gradebook_with_canvas_ids(qtbot, tmp_path, task_manager):
    sheet = L.canvas_student_analysis(tmp_path)
    session = L.session_for(sheet, L.by_text)
    lms = export_format("canvas-gradebook").write(session, tmp_path / "lms.csv").path
    by_id = write_canvas_csv(session, tmp_path / "by-id.csv").path
    assert by_id.read_bytes() != lms.read_bytes()   # only the LMS one fills in Canvas's own ID
    assert any(row[1] for row in L.read_csv(lms)[2:])

    dlg = export_dialog(qtbot, session, sheet, task_manager)
    offered = [k for k, b in dlg.format_buttons.items() if "canvas" in k and b.isVisibleTo(dlg)]
    assert offered == ["canvas-gradebook"]
    assert dlg.format == "canvas-gradebook"
    assert dlg.chooser.canvas_elsewhere is None
    dlg.close()


def test_a_moodle_worksheet_to_the_canvas_gradebook_by_student_id_keeps_its_scale_and_says_nothing(qtbot, tmp_path,
                                                                                                   task_manager):
    """QA: the dialog's Canvas file by student id took a Moodle worksheet's Maximum Grade 100 for Canvas's points:
    a 2 on a 0-3 scale went in as 66.67, and the note said Canvas gave those points."""
    from test_export_dialog import export
    from test_points_scaled import ZERO_TO_THREE, moodle_worksheet_out_of_100

    sheet = moodle_worksheet_out_of_100(tmp_path)
    session = L.session_for(sheet, lambda a: 2 if a.row == 0 else 3, labels=ZERO_TO_THREE)
    dlg = export_dialog(qtbot, session, sheet, task_manager)
    rows = L.read_csv(export(qtbot, dlg, CANVAS, tmp_path / "canvas.csv"))
    assert rows[1][5:] == ["3"] and [r[5:] for r in rows[2:]] == [["2"], ["3"]]   # not 100, 66.67
    assert dlg.unmatched_students() == ["Cara Diaz"]    # no participant identifier: listed, not in the file
    assert "scaled" not in dlg.done_label.text()
    dlg.close()
