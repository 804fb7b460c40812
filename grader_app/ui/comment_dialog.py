"""A small dialog to write the teacher's comment on one answer (opened with ``open()``)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class CommentDialog(QDialog):
    def __init__(self, comment: str = "", who: str = "", note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment on {student}'s answer").format(student=who) if who else self.tr("Comment"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your comment goes into the graded sheet beside the score."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if note:
            extra = QLabel(note, self)
            extra.setWordWrap(True)
            layout.addWidget(extra)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(comment)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("comment"))
        layout.addWidget(self.editor)
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Save | std.Cancel, self)
        buttons.button(std.Save).setToolTip(self.tr("Save the comment (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.editor.installEventFilter(self)  # Ctrl+Enter saves (a plain Enter is a new line)
        self.editor.setFocus()

    def comment(self) -> str:
        return self.editor.toPlainText().strip()

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.editor and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(obj, event)
