"""The "out of" field keeps a half "out of": a sheet that says a question is worth 2.5 showed 2 in it, and touching
the field saved 2 (QA s52t's note on 23e0abb). Real widgets, the interface's own number writing."""
from __future__ import annotations

from grader_app.core.scale import SHEET, Scale
from grader_app.ui.scale_dialog import ScaleField
from in_language import in_language


def test_a_half_out_of_is_shown_and_kept(qtbot):
    field = ScaleField(Scale(top=2.5, half=True, source=SHEET))
    qtbot.addWidget(field)
    assert field.spin.text() == "2.5" and field.half.isChecked()
    assert (field.scale().top, field.scale().half) == (2.5, True)
    field.half.setChecked(False)   # then on again: the field asked for whole points in between, so 3
    field.half.setChecked(True)
    assert field.touched and (field.mine.top, field.mine.half) == (3, True)
    field.spin.setValue(4.5)
    assert (field.mine.top, field.mine.half) == (4.5, True) and field.spin.text() == "4.5"


def test_a_whole_out_of_is_written_whole_and_kept_whole(qtbot):
    field = ScaleField(Scale(top=10, source=SHEET))
    qtbot.addWidget(field)
    assert field.spin.text() == "10" and not field.half.isChecked()
    field.spin.stepUp()
    assert field.mine.top == 11 and isinstance(field.mine.top, int) and not field.mine.half


def test_the_half_is_written_as_the_interface_writes_numbers(qtbot):
    with in_language("de"):
        field = ScaleField(Scale(top=2.5, half=True, source=SHEET))
        qtbot.addWidget(field)
        assert field.spin.text() == "2,5"
