"""The results table's Flags column on a 1366×768 screen, in the real main window on the sample sheet scored for real,
in English, German and Spanish: each flag is said there in a word or two (:func:`.style.flag_short`), drawn whole, and
the cell's tooltip says it whole, in plain text. The column had room for about ten characters beside its icon (what
the Answer column's share, tests/ui/test_results_answer_room.py, leaves it), and only the sheet's commonest flag was
made to fit: "identical to another answer" (165 px) was drawn as "identica…" in 92 px, "identisch mit einer anderen
Antwort" as "identisc…". A cell with more than one flag names the most serious and counts the others
(tests/ui/test_results_flag_count.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.core import flags
from grader_app.ui import results_model as rm
from grader_app.ui import style
from grader_app.ui.plain_tip import plain_tip
from cell_text import shown_as, shown_text
from sample_sheet import sample_scored
from settle import settle
from test_results_answer_room import room_problems

ANSWER_SHARE = {"en": 0.37, "de": 0.29, "es": 0.29}   # of the table's width, as test_results_answer_room asks


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_1366_by_768_every_flag_is_drawn_whole_in_its_short_form(qtbot, make_window, tmp_path, language):
    window, session = sample_scored(qtbot, make_window, tmp_path, language, (1366, 768))
    table = window.results.table
    table.selectRow(0)   # every title in bold, as while the teacher has a row chosen
    model = table.model()
    single = {}   # a row for each flag that is alone on its answer
    for r in range(model.rowCount()):
        names = model.data(model.index(r, rm.FLAGS), rm.FlagsRole)
        if len(names) == 1:
            single.setdefault(names[0], r)
    assert {flags.BLANK, flags.TOO_SHORT, flags.DUPLICATE, flags.TERM_LIST} <= set(single)   # the sample's
    cell = model.index(single[flags.DUPLICATE], rm.FLAGS)   # a flagged cell, its icon beside its text

    def problems() -> list[str]:
        out = []
        for r in sorted(single.values()):   # the sheet's own, as the table draws them
            index = model.index(r, rm.FLAGS)
            text = str(model.data(index))
            if shown_text(table, index) != text:
                out.append(f"{text!r} drawn as {shown_text(table, index)!r} in {table.columnWidth(rm.FLAGS)} px")
        for f in flags.ALL_FLAGS:   # every flag, on this sheet or the next
            short = style.flag_short(f)
            if shown_as(table, cell, short) != short:
                out.append(f"{f!r}: {short!r} would be drawn as {shown_as(table, cell, short)!r}")
        return out + room_problems(table, ANSWER_SHARE[language])

    settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
    assert window.size().toTuple() == (1366, 768)
    assert problems() == [], "\n".join(problems())
    # the cell's tooltip says each of its flags whole (one a line), as plain text
    for f, r in single.items():
        index = model.index(r, rm.FLAGS)
        assert model.data(index) == style.flag_short(f)
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == plain_tip(style.flag_text(f))
    both = next(r for r in range(model.rowCount()) if len(model.data(model.index(r, rm.FLAGS), rm.FlagsRole)) == 2)
    names = model.data(model.index(both, rm.FLAGS), rm.FlagsRole)
    tip = "\n".join(map(style.flag_text, flags.most_serious_first(names)))   # the one the cell names first
    assert model.data(model.index(both, rm.FLAGS), Qt.ItemDataRole.ToolTipRole) == tip


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_short_forms_are_told_apart_and_no_longer_than_the_sentences(qapp, language):
    from grader_app.ui import i18n
    assert i18n.install(language)   # (the suite's fixture installs English again after each test)
    shorts = {f: style.flag_short(f) for f in flags.ALL_FLAGS}
    assert len(set(shorts.values())) == len(flags.ALL_FLAGS), shorts
    too_long = {f: s for f, s in shorts.items() if not s or len(s) > len(style.flag_text(f))}
    assert not too_long
