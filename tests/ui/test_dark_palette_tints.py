"""The light tints Grader paints behind words, in a dark palette (Windows 11 and macOS in dark mode, Qt's Fusion on a dark
Linux desktop): the results table's rows of each status and of a flagged answer, the group's member the model scores
otherwise, a member's differing words, and the columns dialog's banners kept the light look's pale yellow, blue, green
and salmon with dark words forced on them. They read, but glared on the dark window: a bright striped table. Now each
is a dark tint of its hue, the palette's own light words on it at 4.5:1 at least (WCAG 1.4.3), a status's icon 3:1
from its row (WCAG 1.4.11), no lighter than the window by more than :data:`MARGIN`. Measured from the pixels of the real
widgets as painted, in three dark palettes, set before the widget is shown and switched to under it; in the light
palette every colour is the light look's, also after a switch from a dark one back to it."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.ui import results_model as rm
from grader_app.ui import style
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.member_words import TINT
from test_dark_palette_words import PALETTES, words_ratio
from test_group_odd_member import _odd_group
from ui_helpers import group_panel, results_view, scored_session, tiny_bundles
from wcag import ratio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "io" / "lms"))
import lms_sheets as L  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARGIN = 0.15   # a tint's HSL lightness at most this much above the dark window's: a dark row, not a glaring one
WHEN = ["before", "after"]   # the dark palette set before the widget is shown, or switched to under it


def lightness(colour: QColor) -> float:
    return colour.lightnessF()


def window_lightness() -> float:
    return lightness(QApplication.palette().color(QPalette.ColorRole.Window))


def commonest(image: QImage, leave: tuple = ()) -> QColor:
    seen = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    for rgb in leave:
        seen.pop(rgb, None)
    return QColor.fromRgb(seen.most_common(1)[0][0])


# ----- the results table ----------------------------------------------------------------------------------------------

def _every_status(tmp_path):
    """A session whose table holds a row of every status and a flagged row of a question being scored (the flag's
    tint: no status colours it): asap-sas-1 scored by a real tiny model, asap-sas-5 by none, "q3" waiting for one."""
    session = scored_session(tiny_bundles(tmp_path / "bundles", items=("asap-sas-1",)), n_students=8,
                             items=("asap-sas-1", "asap-sas-5", "q3"))
    scored = [k for k in session.keys_for("asap-sas-1") if session.predictions.get(k) is not None
              and session.predictions[k].valid and not session.flags.get(k)]
    sure = sorted(session.predictions[k].confidence for k in scored)
    session.set_threshold((sure[len(sure) // 2 - 1] + sure[len(sure) // 2]) / 2, "asap-sas-1")   # half auto-accepted
    queue = [k for k in session.review_queue() if k in scored]
    session.accept(queue[0])
    labels = session.items["asap-sas-1"].labels
    session.decide(queue[1], next(v for v in labels if v != session.predictions[queue[1]].score))
    unscored = [k for k in session.keys_for("asap-sas-5") if session.answers[k].text]
    session.decide(unscored[0], 1)
    return session


def _table(qtbot, tmp_path, when, palette):
    if when == "before":
        palette()
    view = results_view(qtbot, _every_status(tmp_path), width=1200, height=900)
    view.model.set_scoring(["q3"])
    if when == "after":
        palette()
    table = view.table
    table.clearFocus()
    table.selectionModel().clear()
    qtbot.waitUntil(lambda: table.viewport().height() > 100)
    return view, table


def _rows(table) -> dict[str, tuple[QColor, QColor, float, QColor, float]]:
    """Per status shown (and "flag" for the flag's tint): the row's colour, its words' colour and contrast (Status
    column: the words beside the icon), the icon's colour and its contrast with the row."""
    proxy, shot = table.model(), table.viewport().grab().toImage()
    icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
    seen: dict = {}
    for row in range(proxy.rowCount()):
        index = proxy.index(row, rm.STATUS)
        rect = table.visualRect(index)
        if rect.bottom() >= shot.height() or rect.isEmpty():
            continue
        flagged = bool(proxy.index(row, rm.FLAGS).data(rm.FlagsRole))
        status = index.data(rm.StatusRole)
        name = "flag" if flagged and style.status_colour(status) is None else status
        if name in seen:
            continue
        cell = shot.copy(rect.adjusted(2, 2, -2, -2))
        ground = commonest(cell)
        words = shot.copy(QRect(rect.left() + icon + 8, rect.top() + 2, rect.width() - icon - 10, rect.height() - 4))
        _, ink, said = words_ratio(words)
        if name == "flag":   # the flag's icon, in the Flags column
            rect = table.visualRect(proxy.index(row, rm.FLAGS))
        mark = commonest(shot.copy(QRect(rect.left() + 2, rect.top() + 2, icon + 4, rect.height() - 4)),
                         (ground.rgb(),))
        seen[name] = (ground, ink, said, mark, ratio(mark, ground))
    return seen


TINTED = [review.NEEDS_REVIEW, review.UNSCORED, review.OVERRIDDEN, review.REVIEWED, review.DECIDED, "flag"]


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", WHEN)
def test_the_results_rows_are_dark_tints_in_a_dark_palette(qtbot, tmp_path, in_palette, palette, when):
    view, table = _table(qtbot, tmp_path, when, lambda: in_palette(PALETTES[palette]()))
    rows = _rows(table)
    assert set(TINTED) | {review.AUTO, style.SCORING} <= set(rows), sorted(rows)
    window = window_lightness()
    for name, (ground, ink, said, mark, stands) in rows.items():
        assert said >= 4.5, (name, ground.name(), ink.name(), said)
        assert stands >= 3.0, (name, ground.name(), mark.name(), stands)
        assert lightness(ground) <= window + MARGIN, (name, ground.name(), lightness(ground), window)
    # each tint its own: the statuses stay told apart by their colour too, as in the light look
    assert len({rows[n][0].rgb() for n in (review.NEEDS_REVIEW, review.OVERRIDDEN, review.REVIEWED, "flag")}) == 4


def test_in_the_light_palette_the_rows_keep_their_colours(qtbot, tmp_path, in_palette):
    """The light look as it was (and as it comes back after a dark palette): the light tints, dark words on them, the
    icons' own colours."""
    light = QApplication.palette()
    for when in ("light", "back from dark"):
        if when == "back from dark":
            in_palette(PALETTES["windows-dark"]())
            in_palette(light)
        view, table = _table(qtbot, tmp_path / when, None, None)
        rows = _rows(table)
        for name in TINTED:
            ground, ink, _, mark, _ = rows[name]
            assert ground == (style.FLAG_COLOUR if name == "flag" else style.STATUS_COLOUR[name]), (when, name)
            assert ink == rm.DARK_TEXT, (when, name, ink.name())
            assert mark == {review.NEEDS_REVIEW: QColor(176, 96, 0), review.UNSCORED: QColor(176, 96, 0),
                            review.OVERRIDDEN: QColor(40, 90, 200), review.REVIEWED: QColor(30, 130, 60),
                            review.DECIDED: QColor(30, 130, 60), "flag": QColor(190, 50, 30)}[name], (when, name)
        view.close()


# ----- the group's members --------------------------------------------------------------------------------------------

def _group(qtbot, tmp_path, when, palette):
    """The review screen's member list of a group holding a member the model scores otherwise (tinted) and members
    whose words differ from the typical answer's (highlighted)."""
    session = scored_session(tiny_bundles(tmp_path / "bundles"), n_students=12)
    keys, odd = _odd_group(session)
    if when == "before":
        palette()
    panel = group_panel(qtbot)
    panel.set_group(session, keys, keys[0], keys[0])
    qtbot.waitExposed(panel)
    if when == "after":
        palette()
    assert panel.odd == [odd]
    qtbot.waitUntil(lambda: all(m.isVisible() and m.text.height() > 10 for m in panel.members))
    return panel, odd


def _member(panel, odd):
    m = panel.member(odd)
    ground = commonest(m.grab().toImage())
    head = m.head.grab().toImage()
    return ground, words_ratio(head)


def _highlight(panel):
    """The differing words' tint (the commonest colour of a member's text that is not its ground), and the words on
    it: their colour and contrast."""
    k = next(k for k in panel.words if panel.words[k].extra)
    label = panel.member(k).text
    shot = label.grab().toImage()
    ground = commonest(shot)
    tint = commonest(shot, (ground.rgb(),))
    box = [(x, y) for y in range(shot.height()) for x in range(shot.width()) if shot.pixel(x, y) == tint.rgb()]
    xs, ys = [x for x, _ in box], [y for _, y in box]
    _, ink, said = words_ratio(shot.copy(QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)))
    return tint, ink, said


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", WHEN)
def test_the_odd_member_and_differing_words_are_dark_tints_in_a_dark_palette(qtbot, tmp_path, in_palette, palette,
                                                                            when):
    panel, odd = _group(qtbot, tmp_path, when, lambda: in_palette(PALETTES[palette]()))
    window = window_lightness()
    ground, (_, ink, said) = _member(panel, odd)
    assert ground != QApplication.palette().color(QPalette.ColorRole.Window)   # still tinted
    assert said >= 4.5, (ground.name(), ink.name(), said)
    assert lightness(ground) <= window + MARGIN, (ground.name(), window)
    tint, ink, said = _highlight(panel)
    assert said >= 4.5, (tint.name(), ink.name(), said)
    assert lightness(tint) <= window + MARGIN, (tint.name(), window)


def test_in_the_light_palette_the_group_keeps_its_tints(qtbot, tmp_path, in_palette):
    light = QApplication.palette()
    for when in ("light", "back from dark"):
        panel, odd = _group(qtbot, tmp_path / when, "after" if when != "light" else None,
                            lambda: (in_palette(PALETTES["fusion-dark"]()), in_palette(light)))
        ground, (_, ink, _) = _member(panel, odd)
        assert ground == style.FLAG_COLOUR and ink == QColor(0, 0, 0), (when, ground.name(), ink.name())
        tint, ink, _ = _highlight(panel)
        assert tint == QColor(TINT) and ink == QColor(0, 0, 0), (when, tint.name(), ink.name())
        panel.close()


# ----- the columns dialog's banners -----------------------------------------------------------------------------------

def _columns(qtbot, tmp_path, shipped_bundles, when, palette):
    """The columns dialog of a Google Forms export (its banner says so) with its empty "Score" column ticked as answers
    (the note beside the choice says so)."""
    from grader_app.workflow import read_sheet

    if when == "before":
        palette()
    tmp_path.mkdir(parents=True, exist_ok=True)
    dlg = MappingDialog(read_sheet(L.google_forms(tmp_path)), Library.load([shipped_bundles]), None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    answers = dlg.answer_list
    score = next(answers.item(r) for r in range(answers.count()) if answers.item(r).text().startswith("Score"))
    score.setCheckState(Qt.CheckState.Checked)
    if when == "after":
        palette()
    doubt = dlg.wide_answer_doubt
    qtbot.waitUntil(lambda: dlg.lms_banner.isVisible() and doubt.isVisible() and doubt.width() > 20)
    return dlg, (dlg.lms_banner, doubt)


def _banner(label):
    return words_ratio(label.grab().toImage())


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", WHEN)
def test_the_columns_dialogs_banners_are_dark_tints_in_a_dark_palette(qtbot, tmp_path, shipped_bundles, in_palette,
                                                                      palette, when):
    dlg, banners = _columns(qtbot, tmp_path, shipped_bundles, when, lambda: in_palette(PALETTES[palette]()))
    window = window_lightness()
    for label in banners:
        ground, ink, said = _banner(label)
        assert said >= 4.5, (label.objectName(), ground.name(), ink.name(), said)
        assert lightness(ground) <= window + MARGIN, (label.objectName(), ground.name(), window)
        assert ground != QApplication.palette().color(QPalette.ColorRole.Window), label.objectName()   # a banner still


def test_in_the_light_palette_the_banners_keep_their_colours(qtbot, tmp_path, shipped_bundles, in_palette):
    light = QApplication.palette()
    for when in ("light", "back from dark"):
        dlg, (lms, doubt) = _columns(qtbot, tmp_path / when, shipped_bundles, "after" if when != "light" else None,
                                     lambda: (in_palette(PALETTES["windows-dark"]()), in_palette(light)))
        assert _banner(lms)[:2] == (QColor("#dcebff"), QColor("#0b2a57")), when
        assert _banner(doubt)[:2] == (QColor("#fff1cc"), QColor("#4d3300")), when
        dlg.close()
