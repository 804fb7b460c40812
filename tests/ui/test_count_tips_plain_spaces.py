"""The lines that count ("13 of 80 answers left to decide", "5 of 80 answers scored", "1 need review · 3 auto-accepted")
hold no-break spaces on screen so that a count never parts where the label wraps (i18n.counted). Their tooltips and
what a screen reader hears held them too: a tooltip could not wrap at "13\u00a0of\u00a080\u00a0answers", and some screen
readers read a no-break space out oddly. Now those carry plain spaces (i18n.plain_spaces) while the labels keep theirs:
the review screen's top line, the results page's counts line and its line while the answers are being scored, on the
real views, their tooltips shown by Qt and their names read through Qt's accessibility interface."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from grader_app.ui import i18n
from ui_helpers import results_view, review_view, scored_session

QUIET = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")   # tooltips offscreen
HELD = ("\u00a0", "\u202f", "\u2060", "\u2011")


def _held(text: str) -> bool:
    return any(c in text for c in HELD)


def _heard(label) -> list[str]:
    """What a screen reader is given of ``label``: its name and its description."""
    face = QAccessible.queryAccessibleInterface(label)
    return [face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)]


def _tip(qtbot, label) -> str:
    """The tooltip Qt shows when the pointer rests on ``label``."""
    QToolTip.hideText()
    pos = QPoint(3, 3)
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, pos, label.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


@QUIET
@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_review_top_lines_tips_and_names_have_plain_spaces(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10)
    for k in [a.key for a in session.answers][:7]:
        session.decide(k, session.predictions[k].score)
    view = review_view(qtbot, session, width=1024, height=600)
    left, place = view.left_label, view.progress_label
    assert _held(left.text()) and _held(left.short)   # drawn held whole: "13 of 20 answers left to decide"
    left.set_shortened(True)    # the top line short of room: the whole words in the tooltip
    tip = _tip(qtbot, left)
    assert left.text().replace("\u00a0", " ") in tip and not _held(tip), repr(tip)
    assert _heard(left)[0] == left.text().replace("\u00a0", " ")
    assert not any(_held(t) for t in _heard(left) + _heard(place)), (_heard(left), _heard(place))
    assert any(left.text().replace("\u00a0", " ") in t for t in _heard(place))   # the place's description counts too
    view.close()
    # a group's "0 of 4 scored" beside it
    fresh = scored_session(shipped_bundles, n_students=10)
    group = review_view(qtbot, fresh, width=1024, height=600, groups=dict.fromkeys(range(4), 0), typical=(0,))
    status = group.status_label
    assert _held(status.text())
    assert not any(_held(t) for t in _heard(status)) and _heard(status)[0] == status.text().replace("\u00a0", " ")


@QUIET
@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_results_counts_tips_and_names_have_plain_spaces(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10)
    view = results_view(qtbot, session, 1024, 600)
    counts = view.counts
    for scoring in (True, False):   # "20 of 20 answers scored" while scoring; the counts per status after
        view.set_scoring(scoring, ["asap-sas-1", "asap-sas-5"])
        view.refresh()
        text = counts.text()
        assert _held(text), repr(text)                     # the label keeps its no-break spaces
        plain = text.replace("\u00a0", " ").replace("\u2011", "-")
        assert _heard(counts)[0] == plain
        assert not any(_held(t) for t in _heard(counts))
        counts.set_folded(True)   # folded on a short page: the whole line in its tooltip
        tip = _tip(qtbot, counts)
        assert tip.startswith(plain) and not _held(tip), repr(tip)
        counts.set_folded(False)


def test_a_label_with_a_name_of_its_own_keeps_it(qtbot):
    from grader_app.ui.review_room import FoldingLabel

    label = FoldingLabel("13\u00a0of\u00a080")
    qtbot.addWidget(label)
    assert label.accessibleName() == "13 of 80"
    label.setText("plain words")
    assert label.accessibleName() == ""                 # its text is what is heard
    label.setAccessibleName("what the model learned")
    label.setText("5\u00a0of\u00a09")
    assert label.accessibleName() == "what the model learned"


def test_plain_spaces():
    assert i18n.plain_spaces("13\u00a0of\u00a080\u202fanswers auto\u2011accepted asap-\u2060sas") == \
        "13 of 80 answers auto-accepted asap-sas"
    assert i18n.plain_spaces("56\u00a0% sure", keep_percent=True) == "56\u00a0% sure"
    assert i18n.plain_spaces("56\u00a0% sure") == "56 % sure"
