"""The results table's narrow columns give way by exactly the room missing (grader_app/ui/results_layout.py,
ColumnFitter.widths): together they take the room left beside the Answer column, to the pixel, and each gives its
share of what is missing, within a pixel. Each share used to be rounded up, so one pixel missing made every column
give one (seven for one), a title or a name cut for room the table had. The real main window on the sample sheet
scored for real at a 16 pt font on a 1024×600 screen, the fitter's own levels and widths."""
from __future__ import annotations

from grader_app.ui import results_model as rm
from sample_sheet import sample_scored

# the bands between two levels (ColumnFitter.levels) where every column gives way in proportion: between the titled and
# the short level the titles are shortened one column after another instead
SHARED = {(0, 1), (1, 2), (2, 3), (4, 5)}


def _band(levels: list[dict[int, int]], room: int) -> tuple[int, int]:
    """The first two neighbouring levels whose widths together take ``room`` or more, and ``room`` or less."""
    totals = [sum(level.values()) for level in levels]
    return next((i, i + 1) for i in range(len(levels) - 1) if totals[i + 1] <= room <= totals[i])


def _off_share(levels: list[dict[int, int]], room: int, widths: dict[int, int]) -> list[str]:
    """The columns whose width is a pixel or more from their share of what ``room`` misses of the upper level."""
    i, j = _band(levels, room)
    upper, lower = levels[i], levels[j]
    over, slack = sum(upper.values()) - room, sum(upper.values()) - sum(lower.values())
    if (i, j) not in SHARED or slack == 0:
        return []
    out = []
    for c, w in widths.items():
        exact = upper[c] - (upper[c] - lower[c]) * over / slack
        if abs(w - exact) >= 1:
            out.append(f"column {c} at {room} px: {w} px, its share {exact:.2f}")
    return out


def test_the_narrow_columns_give_way_by_exactly_the_room_missing(qtbot, make_window, tmp_path, font_16):
    window, _ = sample_scored(qtbot, make_window, tmp_path, "en", (1024, 600))
    fitter = window.results.columns
    levels = fitter.levels()
    natural, floor = levels[0], levels[-1]
    assert rm.STUDENT in natural and rm.STATUS in natural and len(natural) >= 6
    top, bottom = sum(natural.values()), sum(floor.values())
    assert top - bottom > 100   # room enough to give way over

    one_short = fitter.widths(top - 1)   # one pixel missing: one column gives it (every column gave one)
    assert sorted(natural[c] - w for c, w in one_short.items()) == [0] * (len(natural) - 1) + [1]

    wrong, off = [], []
    for room in range(bottom, top + 1):
        widths = fitter.widths(room)
        if sum(widths.values()) != room:
            wrong.append(f"{room} px of room: the columns take {sum(widths.values())}")
        off += _off_share(levels, room, widths)
    assert wrong == [] and off == []

    snug = levels[1]   # beside the Answer column's wanted share too: toward the snug widths, to the pixel
    roomy = [r for r in range(sum(snug.values()), top + 1) if sum(fitter.widths(top, roomy=r).values()) != r]
    assert roomy == []
