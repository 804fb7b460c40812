"""What a paint of the results table costs the GUI thread, cell by cell: each painted cell is one call into Python
(``multiData``, :mod:`.results_roles`), and Qt's delegate asks it seven roles. Two costs more were left in it:

* the filter proxy mapped each cell to the model's, and Qt's mapping asked the model's row and column counts, two calls
  into Python more per painted cell (some 350 a paint of a 1280×700 window), each of which must hold the interpreter
  lock the scoring worker competes for. Where no filter or search hides a row the proxy's rows are the model's, and the
  cell is answered from its own row;
* of the seven roles, the Font, TextAlignment, CheckState and Decoration roles are nothing in most columns (an icon only
  in the Status and Flags columns, a font only in the Comment column, the figures' alignment only in theirs), but each
  was worked out through the whole chain of :func:`.results_roles.value`.

Together about a third of a paint's Python work on a 300-answer sheet. What the table shows is the same, pixel for
pixel, as when Qt asks each role apart through ``data()`` (filtered and sorted too; the unfiltered table and
both palettes: tests/ui/test_results_paint_calls.py). A real scored session, the real table and view."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from grader_app.ui import results_model as rm
from grader_app.ui import results_roles
from grader_app.ui.results_controls import results_table
from ui_helpers import scored_session

NO_PARENT = QModelIndex()


class Counted(rm.ResultsModel):
    """The results model, counting Qt's questions of its row and column counts."""

    def __init__(self, session) -> None:
        super().__init__(session)
        self.counts = 0

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 (Qt's names)
        self.counts += 1
        return super().rowCount(parent)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802 (Qt's names)
        self.counts += 1
        return super().columnCount(parent)


class RoleByRole(rm.ResultsFilterModel):
    """The filter proxy as Qt's own asks its source: each role of a cell apart, through ``data()``."""

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's names)
        QSortFilterProxyModel.multiData(self, index, roles)


def _shown(qtbot, model):
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    table = results_table(proxy)
    qtbot.addWidget(table)
    table.resize(1100, 520)
    table.show()
    qtbot.waitExposed(table)
    return table


def _painted_cells(table) -> int:
    view, model = table.viewport().rect(), table.model()
    rows = sum(1 for r in range(model.rowCount()) if table.visualRect(model.index(r, 0)).intersects(view))
    assert rows >= 10
    return rows * model.columnCount()


def test_a_paint_of_the_unfiltered_table_does_not_ask_the_counts_per_cell(qtbot, shipped_bundles):
    model = Counted(scored_session(shipped_bundles, n_students=15))
    table = _shown(qtbot, model)
    model.counts = 0
    table.viewport().grab()
    cells = _painted_cells(table)
    assert model.counts < cells // 2, (model.counts, cells)   # a few a row; it was four a cell: 4 × cells


def test_a_painted_cell_works_out_only_the_roles_its_column_can_have(qtbot, shipped_bundles, monkeypatch):
    table = _shown(qtbot, rm.ResultsModel(scored_session(shipped_bundles, n_students=15)))
    asked: list[int] = []
    real = results_roles.value

    def value(model, s, key, col, role, *light):
        asked.append(int(role))
        return real(model, s, key, col, role, *light)
    monkeypatch.setattr(results_roles, "value", value)
    table.viewport().grab()
    cells = _painted_cells(table)
    # seven a cell before; now the text, the colours and, where the column has them, an icon, a font or an alignment
    # (and the Status and Flags cells' delegates' own questions, through data(): two a row at most)
    assert len(asked) <= 4 * cells + 2 * (cells // len(rm.HEADERS)), (len(asked), cells)
    assert int(Qt.ItemDataRole.CheckStateRole) not in asked


def test_the_table_filtered_or_sorted_looks_as_it_did_when_asked_role_by_role(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles, n_students=15)
    session.decide(2, 1, comment="fine")
    model = rm.ResultsModel(session)
    table = _shown(qtbot, model)
    one, each = table.model(), RoleByRole()
    each.setSourceModel(model)
    table.setFocus()

    def drawn(proxy, setup):
        table.setModel(proxy)
        setup(proxy)
        table.choose_row(3)
        qtbot.wait(20)   # the rows laid out (a filter shows fewer: no scroll bar)
        return table.viewport().grab().toImage()

    looks = []
    for setup in (lambda p: p.set_mode(rm.ALL), lambda p: p.set_mode(rm.FLAGGED),
                  lambda p: p.set_mode(rm.NEEDS_REVIEW),
                  lambda p: (p.set_mode(rm.ALL), p.sort(rm.CONFIDENCE, Qt.SortOrder.DescendingOrder))):
        a, b = drawn(one, setup), drawn(each, setup)
        assert a == b
        looks.append(a)
    assert len({img.cacheKey() for img in looks}) == len(looks) and looks[0] != looks[3]   # the rows shown differed
