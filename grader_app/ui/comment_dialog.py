"""A small dialog to write the teacher's comment on one answer (opened with ``open()``), with the
question's comment bank beside it.

Keys: Ctrl+Enter saves, Escape cancels (once the comment was changed, it asks first: discard it, keep writing, or
save it; the question's own Escape keeps writing, so a typed comment is never lost to a key; the Cancel button and the
window's close box ask the same, while the code's own ``reject()`` closes without asking); Ctrl+1 … Ctrl+9
insert the bank's comment 1 … 9 at the cursor (the dialog is a window of its own, and the editor takes these keys
before any menu shortcut of the main window could: Ctrl+1 there means "results table"); Ctrl+B keeps the comment (or the
selected part of it) in the bank; in the bank's list Enter inserts and Delete removes. The bank is a
:class:`~grader_app.core.comment_bank.CommentBank`: each addition and removal is on disk before the
list shows it. Which bank comments went into the saved comment is :meth:`CommentDialog.used`.
The dialog says first that the student reads the comment (``where_label``): every export that goes to students
carries it (the feedback PDF and sheet, the Moodle upload's feedback column), the graded sheet too; there is no
private note.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPlainTextEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from .filter_guard import passes_when_collected
from ..errors import GraderError
from .problem_words import plain   # a problem in the teacher's language
from .mapping_layout import fit_to_screen
from grader_app.ui.plain_tip import plain_tip

SHORTCUT_ENTRIES = 9   # Ctrl+1 … Ctrl+9
TextRole = Qt.ItemDataRole.UserRole + 1


def _wrapping(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


class CommentDialog(QDialog):
    def __init__(self, comment: str = "", who: str = "", note: str = "", parent: QWidget | None = None,
                 bank=None, item: str | None = None, question: str | None = None) -> None:
        super().__init__(parent)
        self.bank = bank          # a CommentBank, or None: no bank offered
        self.item = item
        self.question = question or item   # the question as the window names it (its key is the bank's)
        self.has_bank = bank is not None and item is not None
        self.inserted: list[str] = []
        self.given = comment              # the comment as the dialog opened with it (Escape asks once it differs)
        self.asking: QMessageBox | None = None   # "Discard this comment?", while it is open
        self.setWindowTitle(self.tr("Comment on {who}'s answer").format(who=who) if who else self.tr("Comment"))
        layout = QVBoxLayout(self)
        # where the comment goes, honestly: the student reads it (feedback PDF and sheet, Moodle's feedback column)
        self.where_label = _wrapping(self.tr("The student will see this comment: it is printed on their feedback (PDF "
                                             "and feedback sheet) and goes into the graded sheet and a Moodle upload's "
                                             "feedback column. Write no note meant only for you here."), self)
        layout.addWidget(self.where_label)
        if note:
            layout.addWidget(_wrapping(note, self))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(comment)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("comment"))
        layout.addWidget(self.editor, 2)

        self.bank_heading = _wrapping("", self)
        f = self.bank_heading.font()
        f.setBold(True)
        self.bank_heading.setFont(f)
        self.bank_list = QTreeWidget(self)   # key, comment, uses: one row per comment
        self.bank_list.setAccessibleName(self.tr("comment bank"))
        self.bank_list.setColumnCount(3)
        self.bank_list.setHeaderLabels([self.tr("Key"), self.tr("Comment"), self.tr("Used")])
        self.bank_list.setRootIsDecorated(False)
        self.bank_list.setUniformRowHeights(True)
        self.bank_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        head = self.bank_list.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.bank_list.itemActivated.connect(lambda it, _col=0: self.insert_text(it.data(0, TextRole)))
        self.bank_list.installEventFilter(self)   # Delete removes the chosen comment
        self.add_button = QPushButton(self.tr("Add to &bank (Ctrl+B)"), self)
        self.add_button.setToolTip(self.tr("Keep this comment (or the part you selected) for this question, "
                                           "in this project and the next time you mark it"))
        self.add_button.clicked.connect(lambda _=False: self.add_to_bank())
        self.remove_button = QPushButton(self.tr("&Remove from bank"), self)
        self.remove_button.setToolTip(self.tr("Take the chosen comment out of this question's bank (Delete)"))
        self.remove_button.clicked.connect(lambda _=False: self.remove_chosen())
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.bank_note = _wrapping("", self)
        self.bank_box = QWidget(self)
        bl = QVBoxLayout(self.bank_box)
        bl.setContentsMargins(0, 0, 0, 0)
        for w in (self.bank_heading, self.bank_list):
            bl.addWidget(w)
        bl.addLayout(row)
        bl.addWidget(self.bank_note)
        layout.addWidget(self.bank_box, 1)
        self.bank_box.setVisible(self.has_bank)

        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Save | std.Cancel, self)
        # the key that saves named where it is seen (a plain Enter is a new line; a tooltip is never seen from the keys)
        buttons.button(std.Save).setText(self.tr("&Save (Ctrl+Enter)"))
        buttons.button(std.Save).setToolTip(self.tr("Save the comment (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.editor.installEventFilter(self)  # Ctrl+Enter saves (a plain Enter is a new line); Ctrl+digit inserts
        self.show_bank()
        fm = self.fontMetrics()   # no larger than the screen: at a 15 pt font it was 1088x720 on a 1024x600 one
        fit_to_screen(self, QSize(fm.horizontalAdvance("M") * 64, fm.height() * 30))
        self.editor.setFocus()

    # ----- the comment -----------------------------------------------------------------------------
    def comment(self) -> str:
        return self.editor.toPlainText().strip()

    def used(self) -> list[str]:
        """The bank comments inserted here that are still in the comment (each counts one use when saved)."""
        text = self.comment()
        return [t for t in dict.fromkeys(self.inserted) if t in text]

    def insert_text(self, text: str | None) -> None:
        """Put ``text`` in at the cursor, a space or a new line away from what is already there."""
        if not text:
            return
        cursor = self.editor.textCursor()
        cursor.removeSelectedText()
        before = self.editor.toPlainText()[:cursor.position()]
        if before and not before[-1].isspace():
            text = " " + text
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.inserted.append(text.strip())
        self.editor.setFocus()

    def insert_entry(self, n: int) -> bool:
        """Insert the bank's comment ``n`` (1-based, as Ctrl+n); False if there is none."""
        if not (1 <= n <= self.bank_list.topLevelItemCount()):
            self.bank_note.setText(self.tr("The bank has no comment {n} for this question.").format(n=n))
            return False
        self.insert_text(self._entry(n - 1))
        return True

    # ----- the bank --------------------------------------------------------------------------------
    def entries(self) -> list[str]:
        return [self._entry(i) for i in range(self.bank_list.topLevelItemCount())]

    def _entry(self, row: int) -> str:
        it = self.bank_list.topLevelItem(row)
        return it.data(0, TextRole) if it is not None else ""

    def show_bank(self) -> None:
        """List the question's bank, the most used first (Ctrl+n against the first nine)."""
        self.bank_list.clear()
        if not self.has_bank:
            return
        problem = ""   # the bank could not be read: said, not hidden under "No comments kept …"
        try:
            entries = self.bank.entries(self.item)
        except GraderError as exc:
            entries, problem = [], plain(exc)
        self.bank_heading.setText(self.tr("Comment bank for question {item}").format(item=self.question))
        for i, e in enumerate(entries):
            key = self.tr("Ctrl+{n}").format(n=i + 1) if i < SHORTCUT_ENTRIES else ""
            uses = self.tr("{n}×").format(n=e.uses) if e.uses else self.tr("not yet")
            it = QTreeWidgetItem([key, " ".join(e.text.split()), uses])
            it.setData(0, TextRole, e.text)
            it.setToolTip(1, plain_tip(e.text))
            self.bank_list.addTopLevelItem(it)
        self.remove_button.setEnabled(bool(entries))
        if problem:
            self.bank_note.setText(problem)
        elif not entries:
            self.bank_note.setText(self.tr("No comments kept for this question yet: write one and press Ctrl+B to "
                                           "keep it; it is offered here, and the next time you mark this question."))
        elif not self.bank_note.text():
            self.bank_note.setText(self.tr("Ctrl+1 … Ctrl+9 (or Enter in the list) insert a comment; Delete in the "
                                           "list removes it. The most used come first."))
        rows = max(1, min(len(entries), SHORTCUT_ENTRIES))
        self.bank_list.setMinimumHeight(self.fontMetrics().lineSpacing() * min(rows, 4) + 12)

    def add_to_bank(self) -> bool:
        """Keep the selected text, or else the whole comment, in this question's bank (on disk at once)."""
        if self.bank is None or self.item is None:
            return False
        text = self.editor.textCursor().selectedText().replace("\u2029", "\n").strip() or self.comment()
        if not text:
            self.bank_note.setText(self.tr("Write the comment first, then keep it in the bank."))
            return False
        try:
            added = self.bank.add(self.item, text)
        except GraderError as exc:
            self.bank_note.setText(plain(exc))
            return False
        self.bank_note.setText(self.tr("Kept in the bank for this question.") if added
                               else self.tr("That comment is already in the bank."))
        self.show_bank()
        return added

    def remove_chosen(self) -> bool:
        it = self.bank_list.currentItem()
        if self.bank is None or self.item is None or it is None:
            self.bank_note.setText(self.tr("Choose a comment in the list first, then remove it."))
            return False
        try:
            self.bank.remove(self.item, it.data(0, TextRole))
        except GraderError as exc:
            self.bank_note.setText(plain(exc))
            return False
        self.bank_note.setText(self.tr("Removed from the bank: {text}").format(text=it.data(0, TextRole)))
        self.show_bank()
        return True

    # ----- Escape, Cancel, the close box: never a typed comment lost without asking ---------------------------
    def changed(self) -> bool:
        """Is the comment other than the one the dialog opened with?"""
        return self.comment() != self.given.strip()

    def cancel(self) -> None:
        """The teacher's way out without saving (Escape, Cancel, the close box): asks first if the comment changed."""
        if self.changed():
            self.ask_discard()
        else:
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.isVisible() and self.changed():   # the close box: it stays open while the question is asked
            event.ignore()
            self.ask_discard()
            return
        super().closeEvent(event)

    def ask_discard(self) -> QMessageBox:
        """Ask (without blocking) whether to discard the changed comment, keep writing it (the default, and Escape)
        or save it."""
        if self.asking is not None:
            return self.asking
        box = self.asking = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard this comment?"),
                                        self.tr("Discard this comment?"), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)   # as every question box: its words as written
        box.setInformativeText(self.tr("You changed this comment. Discarding it keeps the comment as it was before."))
        role = QMessageBox.ButtonRole
        discard = box.addButton(self.tr("&Discard"), role.DestructiveRole)
        keep = box.addButton(self.tr("&Keep writing"), role.RejectRole)
        save = box.addButton(self.tr("&Save"), role.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(button) -> None:
            self.asking = None
            if button is discard:
                self.reject()
            elif button is save:
                self.accept()
            else:
                self.editor.setFocus()
        box.buttonClicked.connect(answered)
        box.open()
        return box

    # ----- keys ------------------------------------------------------------------------------------
    @staticmethod
    def _bank_digit(event) -> int:
        """n for Ctrl+n (1–9, on the main row or the keypad), else 0."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            return event.key() - Qt.Key.Key_0
        return 0

    @passes_when_collected
    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if obj is self.editor and t in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            n = self._bank_digit(event)
            bank_key = n or (ctrl and event.key() == Qt.Key.Key_B)
            if t == QEvent.Type.ShortcutOverride:
                if bank_key and self.has_bank:
                    event.accept()   # the key comes to the editor, not to a menu shortcut
                    return True
                return super().eventFilter(obj, event)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
                self.accept()
                return True
            if bank_key and self.has_bank:
                self.insert_entry(n) if n else self.add_to_bank()
                return True
        if obj is self.bank_list and t == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove_chosen()
            return True
        return super().eventFilter(obj, event)
