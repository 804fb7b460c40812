"""The columns dialog's "Scored by" column at a 16 pt font on a 1024×768 screen, in German: a model's name too long
for its combo box is cut with "…" and whole in its tooltip (test_mapping_scored_by_at_16_pt). Two models whose names
begin alike ("Science, Year 9, Unit 3: living cells — ...") were both cut to the same words, and the teacher could
not tell which question had which model. Now a cut that would read like another choice's keeps the part that tells
them apart, the shared beginning left out ("…membranes and transport"); a name that tells itself apart is cut at its
end, as before. The real main window and dialog, on real tiny models."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from grader_app.ui import i18n, mapping_layout
from test_fits_netbook_at_16_pt import columns
from ui_helpers import make_bundle

SHARED = "Science, Year 9, Unit 3: living cells and how they work — "
SCREEN = QRect(0, 0, 1024, 768)


@pytest.fixture
def shipped_bundles(tmp_path):
    """Two real tiny models whose names begin with the same long words: what tells them apart comes last."""
    folder = tmp_path / "shipped_bundles"
    make_bundle(folder, "asap-sas-1", title=SHARED + "membranes and transport")
    make_bundle(folder, "asap-sas-5", title=SHARED + "proteins from mRNA", prompt="Describe protein synthesis.")
    return folder


@pytest.mark.parametrize("language", ["de", "en"])
def test_two_names_that_begin_alike_are_cut_apart(qtbot, make_window, tmp_path, monkeypatch, font_16, language):
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: SCREEN)
    assert i18n.install(language)
    window = make_window((SCREEN.width(), SCREEN.height()))
    dlg = columns(qtbot, window, tmp_path, monkeypatch)
    table = dlg.items_table
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(2) > 0, timeout=3000)
    qtbot.wait(50)   # the layouts settle
    combos = [table.cellWidget(r, 2) for r in range(table.rowCount())]
    assert [c.currentData() for c in combos] == ["asap-sas-1", "asap-sas-5"]
    shown = [c.shown() for c in combos]
    for combo, said in zip(combos, shown):
        text = combo.currentText()
        assert said != text and "…" in said, said   # cut (the test is about names too long for their box) ...
        assert text in combo.toolTip()               # ... and whole in the tooltip
        assert combo.fontMetrics().horizontalAdvance(said) <= combo.text_width(), said   # and it fits
    assert shown[0] != shown[1]
    assert "membran" in shown[0] and "protein" in shown[1], shown   # what tells them apart is in sight
    dlg.reject()


def test_a_name_alone_is_cut_at_its_end(qtbot):
    """Without another choice like it, a cut name keeps its beginning (the way every name was cut before)."""
    from grader_app.ui.eliding_combo import ElidingCombo

    combo = ElidingCombo()
    combo.addItems(["(none)", SHARED + "membranes and transport", "Biology: proteins from mRNA"])
    combo.setCurrentIndex(1)
    combo.resize(combo.fontMetrics().horizontalAdvance(SHARED[:20]) + 40, combo.sizeHint().height())
    qtbot.addWidget(combo)
    assert combo.shown().startswith("Science") and combo.shown().endswith("…")
    combo.addItem(SHARED + "proteins from mRNA")   # now another begins alike: the shared words give way
    assert combo.shown().startswith("…") and "membran" in combo.shown()
