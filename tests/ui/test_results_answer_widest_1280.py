"""The results table at 1280×720 with a 12 pt font in German: the Answer column, what the teacher reads, is the widest
column, and the statuses stay readable. The Status column kept "Automatisch übernommen" whole in 243 px, the widest
column, while the answers had 229 px and showed 24 characters (the median row): a few words. Now, where the answers
would show fewer than :data:`~grader_app.ui.results_layout.ANSWER_READ_CHARS` average characters, a status says its
short word ("Auto", "Zu prüfen"; the whole in its tooltip) and the answers have the room: more than 30 characters.
The real main window on the sample sheet, scored for real; measured as the cells are drawn."""
from __future__ import annotations

from grader_app.core import review
from grader_app.ui import results_model as rm
from grader_app.ui import style
from cell_text import shown_text
from sample_sheet import sample_scored
from settle import settle


def test_at_1280_by_720_and_12_pt_in_german_the_answers_are_the_widest_column(qtbot, make_window, tmp_path, app_font):
    app_font(12)
    window, _session = sample_scored(qtbot, make_window, tmp_path, "de", (1280, 720))
    table = window.results.table
    model = table.model()
    table.selectRow(0)
    widths = {}

    def answers_widest() -> bool:
        widths.update({c: table.columnWidth(c) for c in range(model.columnCount()) if not table.isColumnHidden(c)})
        return max(widths, key=widths.get) == rm.ANSWER

    settle(qtbot, answers_widest)
    assert window.size().toTuple() == (1280, 720)
    assert answers_widest(), widths
    shown = sorted(len(shown_text(table, model.index(r, rm.ANSWER)).removesuffix("\u2026"))
                   for r in range(model.rowCount()) if len(str(model.data(model.index(r, rm.ANSWER)))) > 60)
    assert shown and shown[len(shown) // 2] > 30, shown            # was 24 characters of a long answer
    for r in range(model.rowCount()):                               # each status whole or in its short word
        index = model.index(r, rm.STATUS)
        whole, drawn = str(model.data(index)), shown_text(table, index)
        status = str(model.data(index, rm.StatusRole))
        assert drawn in (whole, style.status_short(status)), (whole, drawn)
    assert not table.horizontalScrollBar().isVisible()
    assert {str(model.data(model.index(r, rm.STATUS), rm.StatusRole)) for r in range(model.rowCount())} >= {
        review.AUTO, review.NEEDS_REVIEW}                          # the long German status is among them
