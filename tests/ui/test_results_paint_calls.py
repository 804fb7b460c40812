"""When the scores came in, the window froze 150–330 ms, most of it painting the results table: Qt asked each painted
cell for its seven roles through the filter proxy, each a call into the model's Python ``data()`` (1,400 a paint of a
1280×800 window) plus two calls for the row and column counts, and each had to take the interpreter lock back from
the worker holding it. A cell is now answered in one call (``multiData``, through the proxy too) and a paint calls
``data()`` not at all; what the table shows is the same, pixel for pixel, in a light and in a dark palette, a row
chosen and with the focus, a row decided and a comment waiting for its score among them. A real scored session, the
real table."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPalette

from grader_app.ui import results_model as rm
from grader_app.ui.results_controls import results_table
from ui_helpers import scored_session


class CountedModel(rm.ResultsModel):
    """The results model, counting the calls Qt makes into it while the table paints."""

    def __init__(self, session) -> None:
        super().__init__(session)
        self.data_calls = 0
        self.cells = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.data_calls += 1
        return super().data(index, role)

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's names)
        self.cells += 1
        super().multiData(index, roles)

    def answers_row(self, row, column, roles) -> bool:   # a cell of the unfiltered table, answered by its row
        self.cells += 1
        return super().answers_row(row, column, roles)


class RoleByRole(rm.ResultsFilterModel):
    """The filter proxy as Qt's own asks its source: each role of a cell apart, through ``data()``."""

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's names)
        QSortFilterProxyModel.multiData(self, index, roles)


def _shown_table(qtbot, model):
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    table = results_table(proxy)
    qtbot.addWidget(table)
    table.resize(1100, 520)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_paint_of_the_table_asks_each_cell_once_and_data_only_for_its_delegates_words(qtbot, shipped_bundles):
    model = CountedModel(scored_session(shipped_bundles, n_students=15))
    table = _shown_table(qtbot, model)
    model.data_calls = model.cells = 0
    table.viewport().grab()
    view = table.viewport().rect()
    rows = sum(1 for r in range(table.model().rowCount()) if table.visualRect(table.model().index(r, 0)).intersects(view))
    assert rows >= 10
    # only the Status and Flags cells' own questions (the status's short word, the flags' names) are left to data();
    # it was seven calls a cell besides: some 1,400 a paint of the whole window's table
    assert model.data_calls <= 2 * rows
    assert model.cells == rows * len(rm.HEADERS)


def test_the_table_looks_as_it_did_when_asked_role_by_role(qtbot, shipped_bundles, in_palette):
    session = scored_session(shipped_bundles, n_students=15)
    session.decide(2, 1, comment="fine")
    model = rm.ResultsModel(session)
    table = _shown_table(qtbot, model)
    one, each = table.model(), RoleByRole()
    each.setSourceModel(model)
    table.setFocus()

    def drawn(proxy):
        table.setModel(proxy)
        table.choose_row(3)
        return table.viewport().grab().toImage()

    light = None
    for palette in (None, QPalette(QColor(40, 40, 40))):
        if palette is not None:
            in_palette(palette)
        a, b = drawn(one), drawn(each)
        assert a == b, f"the table drawn in one call per cell differs ({'dark' if palette else 'light'} palette)"
        assert drawn(one) == a
        assert a != light   # the dark palette's rows are drawn in it
        light = a
