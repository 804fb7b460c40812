"""The results table's Flags cell for an answer with more than one flag, in the real main window on the sample sheet
scored for real (its answer that is "not prose or another language" and "only a list of terms"), in English, German and
Spanish: the cell names the most serious flag in its short form and says how many flags there are; the tooltip says
every flag whole, that one first. Two short forms side by side were cut: "not prose…" (nothing said there was a second
flag), "keine Pro…" (the first one cut). Then the count came in words ("just terms +1"), but in English and German the
column had no room for them beside the whole short form at 1366×768 (69 px for 82, 72 px for 93) and the Answer column
has none to give (tests/ui/test_results_answer_room.py): the short form was cut, "just t… +1", "nur B… +1". Now, where
the words do not fit, the cell's icon holds the count (the flag's red circle with the number of flags in it) and the
short form is whole; where they fit (Spanish, 140 px), the words say it. At a 16 pt font on a 1024×600 screen, where a
lone flag is cut too, the icon still says the count."""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from grader_app.core import flags
from grader_app.ui import results_model as rm
from grader_app.ui import style
from grader_app.ui.plain_tip import plain_tip
from grader_app.ui.results_flags import flags_shown
from cell_text import shown_icon, shown_text, text_room
from sample_sheet import sample_scored
from settle import settle
from test_results_answer_room import counted, room_problems
from test_results_flag_words import ANSWER_SHARE


def told(table, index) -> str | None:
    """What is wrong with the Flags cell at ``index`` of an answer with more than one flag (None: right; :func:`counted`)."""
    if counted(table, index):
        return None
    names = table.model().data(index, rm.FlagsRole)
    first = style.flag_short(flags.most_serious_first(names)[0])
    return (f"{names} drawn as {shown_text(table, index)!r} (the first: {first!r}, and +{len(names) - 1}) in "
            f"{table.columnWidth(rm.FLAGS)} px")


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_1366_by_768_a_cell_with_two_flags_names_the_most_serious_whole_and_counts_them(
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
        wrong = [told(table, model.index(r, rm.FLAGS)) for r in rows]
        return [w for w in wrong if w] + room_problems(table, ANSWER_SHARE[language])

    settle(qtbot, lambda: not problems())   # the layouts settle over a few turns of the event loop
    assert window.size().toTuple() == (1366, 768)
    assert problems() == [], "\n".join(problems())
    # the list of terms first: given credit it may not deserve, where "not prose" is seen in the answer itself
    assert model.data(cell) == style.flags_more(style.flag_short(flags.TERM_LIST), 1)
    whole, fm, room = model.data(cell), table.fontMetrics(), text_room(table, cell)
    if fm.horizontalAdvance(whole) <= room:   # Spanish: the words, beside the flag
        assert (shown_text(table, cell), shown_icon(table, cell).cacheKey()) == (whole, style.flag_icon().cacheKey())
    else:   # English, German: the short form whole, the icon holding the count
        assert shown_text(table, cell) == style.flag_short(flags.TERM_LIST)
        assert shown_icon(table, cell).cacheKey() == style.flag_count_icon(2).cacheKey()
    assert language == "es" or fm.horizontalAdvance(whole) > room   # (English 82 px for 69, German 93 for 72)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == plain_tip(
        "\n".join(map(style.flag_text, [flags.TERM_LIST, flags.NOT_PROSE])))
    # any two flags, or three, in this cell (on this sheet or the next): the most serious whole, the count said
    wrong = []
    for names in (list(p) for n in (2, 3) for p in itertools.permutations(flags.ALL_FLAGS, n)):
        text, in_icon = flags_shown(fm, names, room)
        first = style.flag_short(flags.most_serious_first(names)[0])
        if fm.horizontalAdvance(text) > room or text not in (first, style.flags_more(first, len(names) - 1)):
            wrong.append(f"{names}: {text!r} in {room} px")
        elif in_icon != (text == first):
            wrong.append(f"{names}: {text!r}, the count {'in' if in_icon else 'not in'} the icon")
    assert wrong == []


def test_the_icon_holds_the_count_of_flags(qapp):
    """Each count's icon differs from the flag's and from the others' (the number is drawn in it)."""
    images = [style.flag_icon().pixmap(16).toImage()] + [style.flag_count_icon(n).pixmap(16).toImage()
                                                          for n in range(2, len(flags.ALL_FLAGS) + 1)]
    assert all(a != b for a, b in itertools.combinations(images, 2))
    assert style.flag_count_icon(2).cacheKey() == style.flag_count_icon(2).cacheKey()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_at_16_pt_on_a_1024_by_600_screen_the_icon_still_counts_the_flags(qtbot, make_window, tmp_path, font_16,
                                                                         language):
    """There a lone flag's short form has no room either (the Answer column at its least:
    tests/ui/test_results_titles_at_16_pt.py): the cell with two flags is drawn as one flag's is, its icon saying there
    are two (it said "+1" alone); where the short form is not whole, the icon alone (it was cut to "j…":
    tests/ui/test_results_flags_at_16_pt.py)."""
    window, _session = sample_scored(qtbot, make_window, tmp_path, language, (1024, 600))
    table = window.results.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if len(model.data(model.index(r, rm.FLAGS), rm.FlagsRole)) == 2)
    cell = model.index(row, rm.FLAGS)
    first = style.flag_short(flags.TERM_LIST)

    def drawn() -> tuple[str, int]:
        return shown_text(table, cell), shown_icon(table, cell).cacheKey()

    def right() -> tuple[str, int]:
        whole = table.fontMetrics().horizontalAdvance(first) <= text_room(table, cell)
        return (first if whole else "", style.flag_count_icon(2).cacheKey())

    settle(qtbot, lambda: drawn() == right())
    assert window.size().toTuple() == (1024, 600)
    assert table.fontMetrics().horizontalAdvance(model.data(cell)) > text_room(table, cell)
    assert drawn() == right()


def test_the_most_serious_flag_comes_first():
    assert sorted(flags.BY_WEIGHT) == sorted(flags.ALL_FLAGS)
    order = flags.BY_WEIGHT.index
    for grave in (flags.BLANK, flags.COPIED, flags.DUPLICATE, flags.INVALID_OUTPUT):
        for form in (flags.TOO_LONG, flags.TOO_SHORT, flags.REPEATED, flags.NOT_PROSE):
            assert order(grave) < order(form)
    assert flags.most_serious_first([flags.TOO_SHORT, flags.DUPLICATE, "a rule of tomorrow"]) == [
        flags.DUPLICATE, flags.TOO_SHORT, "a rule of tomorrow"]
