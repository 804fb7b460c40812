"""The threshold the teacher chooses is in the project file as soon as the choice is made, not 300 ms later.

The threshold was saved only once the slider had rested for 300 ms (a timer on the GUI thread): a crash or a kill in that
wait lost the teacher's choice. Now the end of the gesture queues it to the project's writer thread at once (the GUI
thread waits for no disk): the slider let go, a key pressed on it, a value typed in the box and committed. A gesture
still going on (the slider held and dragged, digits being typed) is written once it rests, so the writer does not
commit every pixel of a drag; closing the sheet, or opening another one, while it goes on writes it too.

Each test waits for the writer on the test's own thread (``ProjectStore.flush``: no Qt event runs, so no timer fires,
as after a kill) and reads the file with a project store of its own, the window's close never run.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from grader_app.io.project_store import ProjectStore
from ui_helpers import accept_mapping, make_long_csv

ITEM = "asap-sas-1"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _opened(qtbot, window, sheet):
    window.open_sheet(sheet)
    accept_mapping(qtbot, window)
    panel = window.results.threshold
    panel.scope.setCurrentIndex(panel.scope.findData(ITEM))
    panel.set_value(0.9)             # a value chosen before (the tests' gestures move it from here)
    qtbot.waitUntil(lambda: _written(window) == 0.9, timeout=5000)   # on disk, however long it takes
    return panel


def _on_disk(path) -> float | None:
    with ProjectStore.open(path, read_only=True) as fresh:
        return fresh.load_thresholds().get(ITEM)


def _written(window) -> float | None:
    """The question's threshold in the project file once the writer has written what was queued, no timer run."""
    assert window.store.flush(10)
    return _on_disk(window.store.path)


def _handle(slider) -> QPoint:
    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    return slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle,
                                         slider).center()


def test_a_slider_let_go_is_on_disk_at_once(qtbot, window, tmp_path):
    panel = _opened(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=5))
    slider = panel.slider
    grip = _handle(slider)
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grip)
    QTest.mouseMove(slider, grip - QPoint(slider.width() // 4, 0))
    dragged = slider.value()
    assert slider.isSliderDown() and dragged < 85 and window.session.threshold(ITEM) == dragged / 100
    assert _written(window) == 0.9   # still dragged: written once it rests, not on every pixel
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       grip - QPoint(slider.width() // 4, 0))
    assert _written(window) == dragged / 100   # was 0.9: saved only 300 ms after the slider rested


def test_a_key_on_the_slider_is_on_disk_at_once(qtbot, window, tmp_path):
    panel = _opened(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=5))
    panel.slider.setFocus()
    QTest.keyClick(panel.slider, Qt.Key.Key_PageDown)
    assert window.session.threshold(ITEM) == 0.85
    assert _written(window) == 0.85   # was 0.9


def test_a_typed_value_is_on_disk_once_committed(qtbot, window, tmp_path):
    panel = _opened(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=5))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    panel.spin.setFocus()
    qtbot.waitUntil(panel.spin.hasFocus, timeout=2000)
    panel.spin.lineEdit().selectAll()
    QTest.keyClicks(panel.spin, "7")
    assert window.session.threshold(ITEM) == 0.07   # the first digit of 72: not the teacher's choice yet
    QTest.keyClicks(panel.spin, "2")
    assert window.session.threshold(ITEM) == 0.72
    assert _written(window) == 0.9    # still being typed
    QTest.keyClick(panel.spin, Qt.Key.Key_Return)
    assert _written(window) == 0.72   # was 0.9
    panel.spin.lineEdit().selectAll()
    QTest.keyClicks(panel.spin, "64")
    assert _written(window) == 0.72
    QTest.keyClick(panel.spin, Qt.Key.Key_Tab)   # typed, and the box left
    assert not panel.spin.hasFocus()
    assert _written(window) == 0.64   # was 0.72


def _held_at(slider, value: int) -> None:
    """The slider pressed and dragged to ``value``, not let go (QAbstractSlider's own calls for a drag)."""
    slider.setSliderDown(True)
    slider.setSliderPosition(value)
    assert slider.value() == value


def test_closing_the_sheet_while_dragging_writes_it(qtbot, window, tmp_path):
    panel = _opened(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=5))
    path = window.store.path
    _held_at(panel.slider, 63)
    with qtbot.waitSignal(window.sheetClosed, timeout=10000):
        window.close_sheet()
    panel.slider.setSliderDown(False)
    assert _on_disk(path) == 0.63


def test_opening_another_sheet_while_dragging_writes_it(qtbot, window, tmp_path):
    panel = _opened(qtbot, window, make_long_csv(tmp_path / "first" / "answers.csv", n_students=5))
    path = window.store.path
    _held_at(panel.slider, 58)
    window.open_sheet(make_long_csv(tmp_path / "second" / "answers.csv", n_students=4))
    accept_mapping(qtbot, window)
    panel.slider.setSliderDown(False)
    assert window.store.path != path
    assert _on_disk(path) == 0.58
