"""Start screen: recent sheets (QSettings), the library list, what a drag says before the drop."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent
from PySide6.QtWidgets import QApplication

from grader_app.bundles.library import Library
from grader_app.ui.drop_zone import IDLE_TEXT, classify
from grader_app.ui.settings import MAX_RECENT, Settings
from grader_app.ui.start_screen import StartScreen
from ui_helpers import drag_event


def test_recent_sheets_persist_newest_first_and_capped(qtbot, tmp_path):
    settings = Settings()
    paths = []
    for i in range(MAX_RECENT + 2):
        p = tmp_path / f"class-{i}.csv"
        p.write_text("a\n")
        paths.append(p)
        settings.add_recent(p)
    settings.add_recent(paths[3])            # reopening moves it to the top, no duplicate
    again = Settings().recent_sheets()       # a fresh QSettings reads the same file
    assert again[0] == paths[3].resolve()
    assert len(again) == MAX_RECENT and len(set(again)) == MAX_RECENT
    assert paths[0].resolve() not in again


def test_recent_item_opens_and_missing_one_is_disabled(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    here = tmp_path / "here.xlsx"
    here.write_bytes(b"x")
    gone = tmp_path / "gone.csv"
    screen.set_recent([here, gone])
    assert screen.recent.count() == 2
    assert not (screen.recent.item(1).flags() & Qt.ItemFlag.ItemIsEnabled)
    assert "moved or deleted" in screen.recent.item(1).text()
    with qtbot.waitSignal(screen.openRequested, timeout=2000) as sig:
        screen.recent.itemActivated.emit(screen.recent.item(0))
    assert sig.args[0] == here


def test_library_lists_title_question_agreement_and_what_it_takes_in_words(qtbot, shipped_bundles):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(Library.load([shipped_bundles]))
    tree = screen.library.tree
    assert screen.library.bundle_ids() == ["asap-sas-1", "asap-sas-5"]
    first = tree.topLevelItem(0)
    assert "Science: cell membrane" in first.text(0)
    assert "cell membrane" in first.text(1)
    assert first.text(2) == "closely"                   # words on screen, the figure in the tooltip
    assert "0.81" in first.toolTip(2)
    assert first.text(3) == "60\u00a0% of answers, at most 18\u00a0% wrong"   # the table row at its threshold 0.5
    assert tree.headerItem().text(2) == "Agrees with teachers"


def test_library_says_when_a_model_takes_nothing_on_its_own_and_shows_a_passage_question(qtbot, tmp_path):
    from ui_helpers import make_bundle

    folder = tmp_path / "lib"
    passage = "\n".join(f"Paragraph {i} of a long article about invasive species in Florida." * 3 for i in range(8))
    make_bundle(folder, "asap-sas-3", threshold=1.0,
                prompt=passage + "\nExplain how pandas are similar to koalas. Support your response.")
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(Library.load([folder]))
    row = screen.library.tree.topLevelItem(0)
    assert row.text(1) == "Explain how pandas are similar to koalas. Support your response."
    assert row.text(3) == "none on its own: every answer comes to you"


def test_drag_feedback_names_the_file_and_resets(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    zone = screen.drop_zone
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "week3.xlsx"))])
    enter = drag_event(QDragEnterEvent, QPointF(10, 10), mime)
    QApplication.sendEvent(zone, enter)
    assert enter.isAccepted() and "week3.xlsx" in zone.title.text()
    QApplication.sendEvent(zone, QDragLeaveEvent())
    assert zone.title.text() == IDLE_TEXT
    # text without a file (e.g. dragged from a browser) is not taken
    text_only = QMimeData()
    text_only.setText("hello")
    enter2 = drag_event(QDragEnterEvent, QPointF(10, 10), text_only)
    QApplication.sendEvent(zone, enter2)
    assert not enter2.isAccepted()
    assert classify(Path("a.XLSX")) == "sheet" and classify(Path("m.gradebundle")) == "bundle"
    assert classify(Path("notes.docx")) is None


def test_two_sheets_at_once_are_refused(qtbot, tmp_path):
    screen = StartScreen()
    qtbot.addWidget(screen)
    opened = []
    screen.openRequested.connect(opened.append)
    screen.handle_paths([tmp_path / "a.csv", tmp_path / "b.csv"])
    assert not opened
    assert "one sheet at a time" in screen.message.text()


def test_a_broken_bundle_in_the_library_is_named_not_hidden(qtbot, shipped_bundles):
    (shipped_bundles / "half.gradebundle").write_bytes(b"PK\x03\x04 not really a zip")
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_library(Library.load([shipped_bundles]))
    assert screen.library.bundle_ids() == ["asap-sas-1", "asap-sas-5"]
    assert not screen.library.problems.isHidden()
    assert "could not be loaded (marked ⚠ in the list): install a fresh copy of Grader." in screen.library.problems.text()
    assert [line.split(" (")[0] for line in screen.library.refused_lines()] == ["⚠ half.gradebundle is not a readable bundle"]


# ----- a 1024 x 600 window at a 14 pt font --------------------------------------------------------------------
def clipped_widgets(root) -> list[str]:
    """The widgets under ``root`` that are cut: smaller than their minimum, a wrapped text shorter than its lines,
    or reaching out of their parent. What scrolls inside an item view or a scroll area is left out."""
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QSplitterHandle, QWidget

    cut = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or isinstance(w, (QSplitterHandle, QScrollBar)):
            continue
        if any(isinstance(a, QAbstractScrollArea) for a in _ancestors(w, root)):
            continue
        name = f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()[:30]!r}"
        need = w.minimumSizeHint()
        if need.isValid() and (w.width() < need.width() or w.height() < need.height()):
            cut.append(f"{name}: {w.size().toTuple()} < minimum {need.toTuple()}")
        if w.hasHeightForWidth():   # a wrapped text, or a box of them (at their least: the rest may give way)
            tall = w.layout().minimumHeightForWidth(w.width()) if w.layout() is not None else w.heightForWidth(w.width())
            if w.height() < tall:
                cut.append(f"{name}: {w.height()} px high, its text needs {tall}")
        if not w.parentWidget().rect().contains(w.geometry()):
            cut.append(f"{name}: {w.geometry().getRect()} outside its parent {w.parentWidget().rect().getRect()}")
    return cut


def _ancestors(w, root):
    p = w.parentWidget()
    while p is not None and p is not root:
        yield p
        p = p.parentWidget()


def test_at_14_points_the_start_screen_fits_a_1024_by_600_window(qtbot, qapp, shipped_bundles, task_manager, tmp_path):
    """The library's heading and its two buttons sat in one row: 1098 px of page at 14 pt. They wrap now."""
    from grader_app.ui.main_window import MainWindow

    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(14)
    qapp.setFont(big)
    try:
        window = MainWindow(library=Library.default(), tasks=task_manager)
        qtbot.addWidget(window)
        recent = tmp_path / "Science 9B" / "year-9-biology.csv"
        recent.parent.mkdir()
        recent.write_text("a\n")
        window.start.set_recent([recent])
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        assert window.start.minimumSizeHint().width() <= 1024 - 40
        assert window.centralWidget().minimumSizeHint().width() <= 1024
        qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600), timeout=3000)
        start = window.start
        assert start.width() <= 1024 and start.isVisible()
        assert clipped_widgets(start) == []
        lib = start.library
        for b in (lib.learn_button, lib.add_button, start.open_button):   # every button on screen, whole
            assert start.rect().contains(b.geometry().translated(b.parentWidget().mapTo(start, b.pos()) - b.pos()))
        window.close()
    finally:
        qapp.setFont(font)


def test_the_remove_button_is_a_button_wide_under_the_right_of_the_list(qtbot, make_window):
    """At 1366×768 the start screen's disabled "Remove…" ran the whole width of the models list under it (alone in its
    row, nothing beside it to take the room): it is now as wide as its words, under the list's right edge."""
    from PySide6.QtCore import QPoint

    window = make_window((1366, 768))
    library = window.start.library
    tree, button = library.tree, library.remove_button
    qtbot.waitUntil(lambda: button.isVisible() and tree.width() > 600, timeout=3000)
    assert not library.problems.isVisible() and not button.isEnabled()   # no model chosen yet
    assert button.width() <= button.sizeHint().width() < tree.width() // 4
    right = button.mapTo(window, QPoint(button.width(), 0)).x()
    assert abs(right - tree.mapTo(window, QPoint(tree.width(), 0)).x()) <= 2
