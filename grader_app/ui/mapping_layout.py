"""How the columns dialog keeps to the screen and to the keyboard, whatever the sheet's headers.

A Google Forms or Canvas quiz export names its answer columns after the whole question ("1. After reading
the group's procedure, describe what additional information ... (3 points)"). A combo box is as wide as its
longest entry, so one such header made every column combo, and with them the dialog, wider than a 1024 px
screen, and the per-question table pushed its "Scored by" column out of sight. Here the combos keep a
modest width (the popup is wider, the full header in a tooltip), the question cells are cut short
(whole in a tooltip), and the dialog is sized to the screen it opens on.

Keyboard: an item view moves between its cells on Tab, so the per-question table and the preview kept
Tab for themselves and the buttons below were out of reach. They give Tab back, and the focus goes
through each question's model combo in turn (:func:`chain_focus`). A worksheet is read once the arrow keys
rest on it (:class:`SettledChoice`), not at the first press.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QListWidget, QListWidgetItem, QScrollArea, QTableView,
                               QTableWidgetItem, QWidget)

from .filter_guard import passes_when_collected
from ..io.header_words import shape
from .eliding_combo import ElidingCombo
from .i18n import number
from .learning_words import bundle_title
from grader_app.ui.plain_tip import plain_tip

COMBO_CHARS = 14          # what a column combo shows at the least of a header before eliding it (18 kept the dialog
#                           wider than a 1024 px screen at a 16 pt font in Spanish)
COMBO_LEAST_CHARS = 8     # ... which it may be squeezed down to, beside a models' table short of room (ShareRow)
POPUP_EM = 60             # at most this many "M"s wide, the list a column combo drops down
QUESTION_EM = 12          # the widest the question column of the per-question table grows
NOTE_CHARS = 40           # a question named in a sentence is cut after this many characters
WORKSHEET_CHARS = 36      # what the list of worksheets shows at least of an entry (a name and its saved work)
SETTLE_MS = 600          # a worksheet chosen with the arrow keys is read once they have rested this long
FRAME = QSize(16, 48)     # room for the window frame and the title bar (the available area excludes the taskbar)
SCROLL_LINES = 16         # the least the part of the dialog that scrolls keeps in sight, in lines of text


def saved_work_words(name: str, saved) -> str:
    """A worksheet's entry in the list of worksheets when it has saved work (``saved``: its
    :class:`~grader_app.io.worksheet_projects.SavedWorksheet`): "Period 2 — saved work: 34 of 150 answers decided by
    you". The decisions are the teacher's own (an answer the model took alone is not counted), as its project holds
    them."""
    translate = QCoreApplication.translate
    if saved.decided is None:
        return translate("MappingDialog", "{sheet} — saved work").format(sheet=name)
    if saved.decided == 0:
        return translate("MappingDialog", "{sheet} — saved work: columns chosen, no answer decided yet").format(sheet=name)
    if saved.answers is None or saved.answers < saved.decided:   # a project saved before it counted its answers
        return translate("MappingDialog", "{sheet} — saved work: %n answers decided by you", "",
                         saved.decided).format(sheet=name)
    return translate("MappingDialog", "{sheet} — saved work: {decided} of %n answers decided by you", "",
                     saved.answers).format(sheet=name, decided=saved.decided)


class Measured:
    """The widths of a combo's entries in its font and their tooltips, each worked out once for all the combos that
    list them: the columns dialog's eight choices of a column list every header of the sheet, and each measured them all
    again (for a 60-question sheet of whole questions as headers, 496 measurements where 62 do)."""

    def __init__(self) -> None:
        self._widths: dict[tuple[str, str], int] = {}
        self._tips: dict[str, str] = {}

    def width(self, combo: QComboBox, text: str) -> int:
        key = (combo.font().key(), text)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = combo.fontMetrics().horizontalAdvance(text)
        return found

    def tip(self, text: str) -> str:
        found = self._tips.get(text)
        if found is None:
            found = self._tips[text] = plain_tip(text)
        return found


def compact_combo(combo: QComboBox, chars: int = COMBO_CHARS, measured: Measured | None = None) -> QComboBox:
    """Let ``combo`` be narrow whatever its entries, show each entry whole in its tooltip and the popup wider
    (``measured``: the entries' widths and tooltips shared with other combos that list them)."""
    measured = measured if measured is not None else Measured()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    texts = [combo.itemText(i) for i in range(combo.count())]
    widest = max((measured.width(combo, text) for text in texts), default=0)
    em = combo.fontMetrics().horizontalAdvance("M")
    view.setMinimumWidth(min(widest + em * 3, em * POPUP_EM))
    for i, text in enumerate(texts):
        if combo.itemData(i, Qt.ItemDataRole.ToolTipRole) is None:
            combo.setItemData(i, measured.tip(text), Qt.ItemDataRole.ToolTipRole)
    combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(plain_tip(c.currentText())))
    combo.setToolTip(plain_tip(combo.currentText()))
    return combo


def short(text: str, chars: int = NOTE_CHARS) -> str:
    """``text`` cut to ``chars`` characters (a long question named in a sentence keeps its number, at the start)."""
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def headers_from_the_start(view: QTableView, model: QStandardItemModel, columns: list[str]) -> None:
    """Head ``view``'s columns with ``columns``, each shown from its start ("Question 12: Why...", not its middle,
    centred and cut on both sides: every question of a form looked the same) and whole in its tooltip."""
    model.setHorizontalHeaderLabels(columns)
    for c, column in enumerate(columns):
        model.setHeaderData(c, Qt.Orientation.Horizontal, plain_tip(column), Qt.ItemDataRole.ToolTipRole)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)


def tick_questions(answers: QListWidget, chosen: tuple[QComboBox, ...]) -> bool:
    """When no column is ticked, tick those whose header names one question ("Q1", "Frage 2", "3. Why ...?"): a sheet
    switched to one column per question (its guess failed on answers that are all numbers, or took it for one row per
    answer) had every question to tick by hand, forty clicks for a forty-question quiz. The columns chosen in
    ``chosen`` (the student's id and name) stay unticked. Tells whether any was ticked; ``answers`` says nothing of
    it (the caller updates once)."""
    items = [answers.item(i) for i in range(answers.count())]
    if any(it.checkState() == Qt.CheckState.Checked for it in items):
        return False
    skip = {c.currentData() for c in chosen}   # the student's id and name
    found = [it for it in items if column_of(it) not in skip and shape(it.text())[1]]
    blocked = answers.blockSignals(True)
    for it in found:
        it.setCheckState(Qt.CheckState.Checked)
    answers.blockSignals(blocked)
    return bool(found)


def column_of(it: QListWidgetItem) -> str:
    """The column an item of the answer columns' list ticks (its text is the header's words, an HTML header's
    without its tags)."""
    return it.data(Qt.ItemDataRole.UserRole)


def item_cell(text: str) -> QTableWidgetItem:
    """A cell of the per-question table, its text also its data (a question's id)."""
    it = QTableWidgetItem(text)
    it.setData(Qt.ItemDataRole.UserRole, text)
    return it


def give_back_tab(*views: QAbstractItemView) -> None:
    """Tab leaves these views for the next widget instead of moving between their cells."""
    for v in views:
        v.setTabKeyNavigation(False)


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order."""
    for a, b in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(a, b)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the screen ``widget`` (or its parent) is on that windows may use."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, want: QSize) -> QSize:
    """Resize ``widget`` to ``want``, or less where its screen is smaller (never below its minimum). A window that
    opens it wider than the screen says its screen is (a desktop spread over two screens, a virtual screen that
    reports 800 px) shows there is that width: the dialog may be as wide, less its frame (QA: at a 1366 px window it
    kept to 784 px and cut every model's name; as wide as a window maximised on a 1024 px screen, its frame was past
    the screen's edges)."""
    room = available_geometry(widget).size() - FRAME
    parent = widget.parentWidget()
    if parent is not None:
        room.setWidth(max(room.width(), parent.window().width() - FRAME.width()))
    least = widget.minimumSizeHint()
    size = QSize(max(least.width(), min(want.width(), room.width())),
                 max(least.height(), min(want.height(), room.height())))
    widget.resize(size)
    return size


class ScrollAbove(QScrollArea):
    """The dialog's choices and preview, above its problem line and buttons: all of them shown where the screen has
    room (it asks for their whole size), scrolled up and down where it has not. A Moodle banner, a choice of
    worksheets, the rows left out, the blind-marking note and a problem to fix made the dialog 569 px high at the
    least, Start scoring and Cancel off a 1024x600 screen: it now keeps :data:`SCROLL_LINES` lines at the least.

    What it holds is as wide as it is and as high as it is or as its least height at that width (its wrapped
    sentences whole), whichever is more: not as high as it would like (QScrollArea's own resizing gives a table of
    198 questions its every row and scrolls the whole dialog, where the table scrolls itself)."""

    def __init__(self, content: QWidget, lines: int = SCROLL_LINES) -> None:
        super().__init__()
        self.lines = lines
        self.content = content
        self.setWidget(content)
        self.setFrameShape(QFrame.Shape.NoFrame)   # no box of its own: it looks as the dialog did
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes to the choices in it (each scrolled into sight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # as wide as its choices, always
        content.installEventFilter(self)

    def least_height(self, width: int) -> int:
        """The least height of what it holds at ``width``."""
        content = self.content
        lay = content.layout()
        if lay is not None and lay.hasHeightForWidth():
            return max(lay.minimumHeightForWidth(width), lay.minimumSize().height())
        return content.minimumSizeHint().height()

    def fit(self) -> None:
        width, height = self.width(), self.height()
        need = self.least_height(width)
        if need > height:   # a scroll bar beside it, which takes its width
            width -= self.verticalScrollBar().sizeHint().width()
            need = self.least_height(width)
        self.content.resize(width, max(height, need))

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        least = self.content.minimumSizeHint()
        return QSize(least.width() + self.verticalScrollBar().sizeHint().width(),
                     min(least.height(), self.fontMetrics().height() * self.lines))

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self.fit()

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:
        if watched is self.content and e.type() == QEvent.Type.LayoutRequest:   # it asks for other room
            QTimer.singleShot(0, self, self._relayout)   # once its layout has taken the request in
        return super().eventFilter(watched, e)

    def _relayout(self) -> None:
        self.updateGeometry()
        self.fit()


class ShareRow(QObject):
    """Two boxes side by side, ``first`` giving way to ``second`` where their row is short of room: while ``first`` is
    the wider, it narrows to what leaves ``second`` its wish, to half the row or to its least, whichever is widest (to
    its least while ``second`` is narrower than its size hint: in Spanish at 16 pt on 1024 px, half the row left the
    models' names 8 characters).
    Qt's layout had ``second``, the one with the stretch factor, give up all the room first (Qt 6): at 1024×600 and a
    16 pt font the columns' choice kept its whole width and the table of models beside it gave "Scored by" 110–140
    px, the models' names cut mid-letter."""

    def __init__(self, first: QWidget, second: QWidget, more=lambda: 0) -> None:
        """``more()``: how much wider than its size hint ``second`` would be to show all it holds whole."""
        super().__init__(first)
        self.first, self.second, self.more = first, second, more
        first.installEventFilter(self)
        second.installEventFilter(self)

    @passes_when_collected
    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if e.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self.first.isVisible():
            self.share()   # once laid out: the dialog is sized to the two boxes' whole wish first (fit_to_screen)
        return super().eventFilter(watched, e)

    def share(self) -> None:
        first, second = self.first, self.second
        short = second.sizeHint().width() + max(0, self.more()) - second.width()   # what ``second`` lacks
        starved = second.width() < second.sizeHint().width()   # not even its own least wish (Spanish at 16 pt)
        if short <= 0 or (second.width() >= first.width() and not starved):
            return   # it has what it wishes, or half the row at least (a wider row leaves ``first`` as it is)
        half = first.minimumSizeHint().width() if starved else (first.width() + second.width()) // 2
        most = max(first.minimumSizeHint().width(), first.width() - short, half)
        if most < first.width() and first.maximumWidth() != most:
            first.setMaximumWidth(most)


def snug_rows(table: QTableView, widgets: list[QWidget]) -> None:
    """Rows as high as the widgets in them (a combo in each), not the style's roomier default: more questions show."""
    if widgets:
        table.verticalHeader().setDefaultSectionSize(max(w.sizeHint().height() for w in widgets) + 1)   # + the grid
        for r in range(table.model().rowCount()):
            table.setRowHeight(r, table.verticalHeader().defaultSectionSize())


def width_wanted(table: QTableView, shown_only: bool = False) -> int:
    """How wide ``table`` wants to be to show every cell whole (a model's whole name), beside a vertical scroll bar
    (``shown_only``: its hidden columns not counted)."""
    columns = sum(max(table.columnWidth(c), table.sizeHintForColumn(c)) for c in range(table.model().columnCount())
                  if not (shown_only and table.isColumnHidden(c)))
    return columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()


def model_entries(library) -> list[tuple[str, str, str]]:
    """Each of the library's models as a question's choice of model lists it: (its words, its id, its tooltip with its
    agreement), worked out once for the whole table, not again for each question's choice."""
    entries = []
    for bid in library.ids():
        b = library.bundles[bid]
        words = f"{bundle_title(b)} ({b.id})"   # a model learned from the teacher's marks beside another says so
        qwk = b.qwk()
        tip = words + (" — " + QCoreApplication.translate(
            "MappingDialog", "QWK {qwk} on held-out answers").format(qwk=number(qwk)) if qwk is not None else "")
        entries.append((words, b.id, plain_tip(tip)))
    return entries


def model_combo(entries: list[tuple[str, str, str]], icon, no_model: str) -> QComboBox:
    """A question's choice of model: none (the teacher scores it), or each of ``entries`` (:func:`model_entries`), its
    agreement as tooltip."""
    combo = ElidingCombo()   # a name cut short ends in "…" (its tooltip has it whole: mapping_items.whole_name_tip)
    combo.addItem(icon, no_model, None)
    for words, bid, tip in entries:
        combo.addItem(words, bid)
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    return combo


class SettledChoice(QObject):
    """A combo's choice, told once the teacher has stopped moving through it: the arrow keys and the mouse wheel
    choose each entry on the way (``activated`` each time), and choosing a worksheet reads the workbook again and
    closes the dialog, so the first arrow press used to read the next worksheet, whichever one was wanted."""

    chosen = Signal(str)

    def __init__(self, combo: QComboBox, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(combo)
        self.combo = combo
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(settle_ms)
        self.timer.timeout.connect(self.flush)
        combo.activated.connect(lambda _i: self.timer.start())

    def pending(self) -> bool:
        """A choice is waiting to be told."""
        return self.timer.isActive()

    def flush(self) -> None:
        self.timer.stop()
        data = self.combo.currentData()   # an entry's words may say more than its name (a worksheet's saved work)
        self.chosen.emit(data if isinstance(data, str) else self.combo.currentText())


def worksheet_choice(sheet, worksheets: dict | None = None) -> SettledChoice | None:
    """The workbook's worksheets to choose from, the one read chosen (None for a sheet that has only one); each with
    saved work (``worksheets``: :class:`~grader_app.io.worksheet_projects.SavedWorksheet` by name, read on a worker)
    says so and how far it went (:func:`saved_work_words`). Each entry's data is its worksheet's name."""
    if len(sheet.sheet_names) <= 1:
        return None
    combo = QComboBox()
    for name in sheet.sheet_names:
        saved = (worksheets or {}).get(name)
        combo.addItem(saved_work_words(name, saved) if saved is not None else name, name)
        combo.setItemData(combo.count() - 1, plain_tip(combo.itemText(combo.count() - 1)), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(sheet.sheet_name or "")))
    # as wide as the dialog gives it (the row grows), never wider for its words: the list it drops down shows each whole
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(WORKSHEET_CHARS)
    fm = combo.fontMetrics()
    widest = max(fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    combo.view().setMinimumWidth(min(widest + fm.horizontalAdvance("M") * 3, fm.horizontalAdvance("M") * POPUP_EM))
    combo.setAccessibleName(QCoreApplication.translate("MappingDialog", "Worksheet with the answers"))
    combo.setToolTip(QCoreApplication.translate("MappingDialog", "This workbook has several worksheets; choose the one "
                                                                 "that holds the students' answers."))
    return SettledChoice(combo)
