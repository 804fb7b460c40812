"""The results table's Flags cell for an answer with more than one flag, on a 1366×768 screen, in the real main window on
the sample sheet scored for real (its answer that is "not prose or another language" and "only a list of terms"), in
English, German and Spanish: the cell names the most serious flag in its short form and says how many more there are
("just terms +1"), the count drawn whole; the tooltip says every flag whole, that one first. Two short forms side by
side were cut: "not prose…" (nothing said there was a second flag), "keine Pro…" (the first one cut). The Answer column
keeps its share (tests/ui/test_results_answer_room.py): where the column has no room for the count beside the whole
short form (English, German), the short form is cut, never the count."""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from grader_app.core import flags
from grader_app.ui import results_model as rm
from grader_app.ui import style
from grader_app.ui.plain_tip import plain_tip
from grader_app.ui.results_flags import cut_flags
from cell_text import shown_text, text_room
from sample_sheet import sample_scored
from settle import settle
from test_results_answer_room import counted, room_problems
from test_results_flag_words import ANSWER_SHARE


def told(shown: str, names: list[str]) -> str | None:
    """What is wrong with ``shown`` as the cell of an answer with ``names`` (None: right; :func:`counted`)."""
    if counted(shown, names):
        return None
    first = style.flag_short(flags.most_serious_first(names)[0])
    return f"{names} drawn as {shown!r} (the first: {first!r}, and +{len(names) - 1})"


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_1366_by_768_a_cell_with_two_flags_names_the_most_serious_and_counts_the_other(
        qtbot, make_window, tmp_path, language):
    window, _session = sample_scored(qtbot, make_window, tmp_path, language, (1366, 768))
    table = window.results.table
    table.selectRow(0)   # every title in bold, as while the teacher has a row chosen
    model = table.model()
    rows = [r for r in range(model.rowCount()) if len(model.data(model.index(r, rm.FLAGS), rm.FlagsRole)) > 1]
    assert rows   # the sample's "not prose" list of terms
    cell = model.index(rows[0], rm.FLAGS)
    assert sorted(model.data(cell, rm.FlagsRole)) == sorted([flags.NOT_PROSE, flags.TERM_LIST])

    def problems() -> list[str]:
        out = []
        for r in rows:
            index = model.index(r, rm.FLAGS)
            names = model.data(index, rm.FlagsRole)
            wrong = told(shown_text(table, index), names)
            if wrong:
                out.append(f"{wrong} in {table.columnWidth(rm.FLAGS)} px")
        return out + room_problems(table, ANSWER_SHARE[language])

    settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
    assert window.size().toTuple() == (1366, 768)
    assert problems() == [], "\n".join(problems())
    # the list of terms first: given credit it may not deserve, where "not prose" is seen in the answer itself
    assert model.data(cell) == style.flags_more(style.flag_short(flags.TERM_LIST), 1)
    whole = model.data(cell)
    fits = table.fontMetrics().horizontalAdvance(whole) <= text_room(table, cell)
    assert (shown_text(table, cell) == whole) == fits   # whole wherever it fits (Spanish: 140 px)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == plain_tip(
        "\n".join(map(style.flag_text, [flags.TERM_LIST, flags.NOT_PROSE])))
    # any two flags, or three, in this cell (on this sheet or the next): the count whole
    fm, room = table.fontMetrics(), text_room(table, cell)
    wrong = [told(cut_flags(fm, list(names), room), list(names))
             for n in (2, 3) for names in itertools.permutations(flags.ALL_FLAGS, n)]
    assert [w for w in wrong if w] == []


def test_the_most_serious_flag_comes_first():
    assert sorted(flags.BY_WEIGHT) == sorted(flags.ALL_FLAGS)
    order = flags.BY_WEIGHT.index
    for grave in (flags.BLANK, flags.COPIED, flags.DUPLICATE, flags.INVALID_OUTPUT):
        for form in (flags.TOO_LONG, flags.TOO_SHORT, flags.REPEATED, flags.NOT_PROSE):
            assert order(grave) < order(form)
    assert flags.most_serious_first([flags.TOO_SHORT, flags.DUPLICATE, "a rule of tomorrow"]) == [
        flags.DUPLICATE, flags.TOO_SHORT, "a rule of tomorrow"]
