"""A status's icon on a control, in a dark palette: the results page's main button ("Review 5 answers", then "Export the
grades…") and the columns dialog's model choice ("No model — you score it…") drew the light look's orange (green)
circle, 1.4 to 1.8:1 (1.3 to 1.8:1) from the button's face around it as Fusion paints it, 1.7 to 2.1:1 from the model
choice's (WCAG 1.4.11 asks 3:1 of the parts of a control that tell what it is), and kept it when the palette changed
under them. Now the circle is made lighter on a dark face until it stands 3:1 from every pixel of the face around it,
worked out again when the palette changes. Measured from the pixels of the real
widgets as painted, in three dark palettes, set before the widget is shown and switched to under it; in the light
palette the icon is the light look's, also after a switch from a dark palette back to it."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox

from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.ui import style
from grader_app.ui.mapping_dialog import MappingDialog
from test_dark_palette_words import PALETTES, _wide_sheet
from ui_helpers import results_view, scored_session, tiny_bundles
from wcag import ratio

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WHEN = ["before", "after"]   # the dark palette set before the widget is shown, or switched to under it
LIGHT_CIRCLE = {review.NEEDS_REVIEW: QColor(176, 96, 0), review.UNSCORED: QColor(176, 96, 0),
                review.REVIEWED: QColor(30, 130, 60)}


def _icon_of(widget):
    return widget.itemIcon(widget.currentIndex()) if isinstance(widget, QComboBox) else widget.icon()


def _image(icon, size) -> QImage:
    return icon.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _circle(icon, size) -> QColor:
    """The icon's circle: its commonest opaque colour (the glyph is the lesser part)."""
    image = _image(icon, size)
    seen = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
                   if QColor.fromRgba(image.pixel(x, y)).alpha() == 255)
    return QColor.fromRgb(seen.most_common(1)[0][0])


def painted_glyph(widget) -> tuple[QColor, list[QColor], float, float]:
    """The icon's circle as ``widget`` paints it, the colours of the face around it (two pixels out, left, above and
    below: the words are on its right), the circle's least contrast with them and its glyph's contrast with it."""
    shot = widget.grab().toImage()
    circle = _circle(_icon_of(widget), widget.iconSize())
    box = [(x, y) for y in range(shot.height()) for x in range(shot.width()) if shot.pixel(x, y) == circle.rgb()]
    assert len(box) >= 60, (circle.name(), len(box))   # the circle is drawn (a 16-pixel one, less its glyph)
    xs, ys = [x for x, _ in box], [y for _, y in box]
    left, right, top, bottom = min(xs) - 2, max(xs), min(ys) - 2, max(ys) + 2
    around = {shot.pixel(left, y) for y in range(top, bottom + 1)}
    around |= {shot.pixel(x, y) for x in range(left, right + 1) for y in (top, bottom)}
    face = [QColor.fromRgb(c) for c in around]
    inside = {shot.pixel(x, y) for x in range(min(xs), right + 1) for y in range(min(ys), max(ys) + 1)}
    glyph = max((QColor.fromRgb(c) for c in inside), key=lambda c: ratio(c, circle))
    return circle, face, min(ratio(circle, c) for c in face), ratio(glyph, circle)


def _results(qtbot, tmp_path, when, palette):
    if when == "before":
        palette()
    session = scored_session(tiny_bundles(tmp_path / "bundles"), n_students=6)
    view = results_view(qtbot, session)
    button = view.review_button
    qtbot.waitUntil(lambda: button.text().startswith("Review ") and button.isEnabled())
    _laid_out(qtbot, button)
    if when == "after":
        palette()
    return session, view, button


def _everything_scored(qtbot, session, view) -> None:
    for key in session.review_queue():   # nothing left to review: the next step is the export, its icon a green tick
        p = session.predictions.get(key)
        session.decide(key, p.score if p else 0)
    view.decisions_changed()
    qtbot.waitUntil(lambda: view.review_button.text().startswith("Export"))
    _laid_out(qtbot, view.review_button)


def _laid_out(qtbot, button) -> None:
    """Wait for ``button`` to be as wide as its new words ask (till then its icon is drawn over its edge)."""
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width())


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", WHEN)
def test_the_main_buttons_icon_stands_out_in_a_dark_palette(qtbot, tmp_path, in_palette, palette, when):
    session, view, button = _results(qtbot, tmp_path, when, lambda: in_palette(PALETTES[palette]()))
    for step in ("review", "export"):
        if step == "export":
            _everything_scored(qtbot, session, view)
        circle, face, stands, glyph = painted_glyph(button)
        assert stands >= 3.0, (step, circle.name(), [c.name() for c in face], stands)
        assert glyph >= 3.0, (step, circle.name(), glyph)


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("when", WHEN)
def test_the_model_choices_icon_stands_out_in_a_dark_palette(qtbot, shipped_bundles, in_palette, palette, when):
    if when == "before":
        in_palette(PALETTES[palette]())
    dlg = _no_model(qtbot, shipped_bundles)
    if when == "after":
        in_palette(PALETTES[palette]())
    for combo in dlg.model_combos:
        circle, face, stands, glyph = painted_glyph(combo)
        assert stands >= 3.0, (circle.name(), [c.name() for c in face], stands)
        assert glyph >= 3.0, (circle.name(), glyph)


def _no_model(qtbot, shipped_bundles) -> MappingDialog:
    """The columns dialog of a sheet whose questions (Q1, Q2) no model is for: each one's choice "No model" (its icon in
    sight)."""
    guess = ColumnMapping(layout=WIDE, id_column="ID", answer_columns={"Q1": "Q1", "Q2": "Q2"})
    dlg = MappingDialog(_wide_sheet(), Library.load([shipped_bundles]), guess)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    combos = [dlg.model_combo(q) for q in ("Q1", "Q2")]
    assert all(c is not None and c.currentData() is None for c in combos)
    qtbot.waitUntil(lambda: all(c.isVisible() and c.width() > 40 for c in combos))
    dlg.model_combos = combos
    return dlg


def test_in_the_light_palette_the_icons_are_the_light_looks(qtbot, tmp_path, shipped_bundles, in_palette):
    """As they were, and as they come back when a dark palette switched to under them is switched back."""
    light = QApplication.palette()

    def dark_and_back():
        in_palette(PALETTES["windows-dark"]())
        in_palette(light)
    for when in ("light", "back from dark"):
        switch = dark_and_back if when == "back from dark" else (lambda: None)
        session, view, button = _results(qtbot, tmp_path / when, "after", switch)
        for status in (review.NEEDS_REVIEW, review.REVIEWED):
            if status == review.REVIEWED:
                _everything_scored(qtbot, session, view)
            assert _image(button.icon(), button.iconSize()) == _image(style.status_icon(status), button.iconSize())
            assert painted_glyph(button)[0] == LIGHT_CIRCLE[status], (when, status)
        view.close()
        dlg = _no_model(qtbot, shipped_bundles)
        switch()
        for combo in dlg.model_combos:
            icon = _image(combo.itemIcon(0), combo.iconSize())
            assert icon == _image(style.status_icon(review.UNSCORED), combo.iconSize()), when
            assert painted_glyph(combo)[0] == LIGHT_CIRCLE[review.UNSCORED], when
        dlg.close()
