"""The review screen: one answer at a time, decided with the keyboard.

Keys: 0–9 set the score, Enter accepts the model's score, Left/Right or K/J move, C writes a
comment, Ctrl+G applies the score to the identical answers, Ctrl+Z / Ctrl+Shift+Z undo and redo,
Escape goes back. Every decision is a command on the window's QUndoStack and goes through the
session's ``restore``, so the project store writes it at once. The keys are read in
``keyPressEvent`` (not as QShortcuts) so they never clash with the main window's menu shortcuts.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from ..core.flags import DUPLICATE
from ..core.session import GradingSession
from .commands import DecideCommand, GroupDecideCommand, _fmt, make_decision
from .comment_dialog import CommentDialog
from .flag_chips import FlagChips
from .messages import plain
from .probability_bars import ProbabilityBars

KEY_MAP = ("0–9 score · Enter accept the model's score · ←/→ or K/J previous/next · C comment · "
           "Ctrl+G apply to identical answers · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc back to the table")


def _wrapping_label(parent: QWidget, text: str = "") -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.PlainText)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return lab


class ReviewView(QWidget):
    decisionMade = Signal(int)
    closeRequested = Signal()

    def __init__(self, session: GradingSession, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.queue: list[int] = []
        self.position = -1
        self._pending_comment: dict[int, str] = {}
        self.comment_dialog: CommentDialog | None = None
        self.save_error: Exception | None = None
        self._pushing = False
        self.setFocusPolicy(Qt.StrongFocus)
        self._build()
        self.undo_stack.indexChanged.connect(self._on_stack_changed)
        self.refresh()

    # ----- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.progress_label = QLabel(self)
        f = self.progress_label.font()
        f.setBold(True)
        self.progress_label.setFont(f)
        self.student_label = QLabel(self)
        self.status_label = QLabel(self)
        top.addWidget(self.progress_label)
        top.addSpacing(16)
        top.addWidget(self.student_label, 1)
        top.addWidget(self.status_label)
        outer.addLayout(top)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setFocusPolicy(Qt.NoFocus)
        body = QWidget(scroll)
        col = QVBoxLayout(body)

        self.question_label = _wrapping_label(body)
        qf = self.question_label.font()
        qf.setBold(True)
        qf.setPointSizeF(max(qf.pointSizeF(), 9.0) * 1.2)
        self.question_label.setFont(qf)
        self.prompt_label = _wrapping_label(body)
        self.rubric_label = _wrapping_label(body)
        heading = QLabel("Answer", body)
        hf = heading.font()
        hf.setBold(True)
        heading.setFont(hf)
        self.answer_label = _wrapping_label(body)
        af = self.answer_label.font()
        af.setPointSizeF(max(af.pointSizeF(), 9.0) * 1.6)
        self.answer_label.setFont(af)
        self.answer_label.setFrameShape(QFrame.StyledPanel)
        self.answer_label.setMargin(12)
        self.answer_label.setAccessibleName("student's answer")

        self.flags_box = FlagChips(body)

        bars_heading = QLabel("The model's probability per score", body)
        bars_heading.setFont(hf)
        self.bars = ProbabilityBars(body)
        self.decision_label = _wrapping_label(body)
        dfont = self.decision_label.font()
        dfont.setBold(True)
        self.decision_label.setFont(dfont)
        self.comment_label = _wrapping_label(body)

        col.addWidget(self.question_label)
        col.addWidget(self.prompt_label)
        col.addWidget(self.rubric_label)
        col.addSpacing(8)
        col.addWidget(heading)
        col.addWidget(self.answer_label)
        col.addWidget(self.flags_box)
        col.addSpacing(8)
        col.addWidget(bars_heading)
        col.addWidget(self.bars)
        col.addWidget(self.decision_label)
        col.addWidget(self.comment_label)
        col.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.message_label = _wrapping_label(self)
        self.message_label.setAccessibleName("message")
        outer.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.prev_button = self._button("◀ Previous (←)", self.previous)
        self.accept_button = self._button("Accept the model's score (Enter)", self.accept_model)
        self.comment_button = self._button("Comment… (C)", self.edit_comment)
        self.group_button = self._button("Apply to the identical answers (Ctrl+G)", self.apply_to_identical)
        self.next_button = self._button("Next (→) ▶", self.next)
        self.back_button = self._button("Back to the table (Esc)", self.closeRequested.emit)
        for b in (self.back_button, self.prev_button, self.accept_button, self.comment_button, self.group_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

        self.keymap_label = _wrapping_label(self, KEY_MAP)
        self.keymap_label.setAccessibleName("keyboard shortcuts")
        outer.addWidget(self.keymap_label)

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setFocusPolicy(Qt.NoFocus)  # keys always reach the review screen itself
        b.clicked.connect(lambda _=False: slot())
        return b

    # ----- the queue --------------------------------------------------------------------------
    def set_queue(self, keys: list[int], start_key: int | None = None) -> None:
        self.queue = [int(k) for k in keys]
        if not self.queue:
            self.position = -1
        elif start_key is not None and start_key in self.queue:
            self.position = self.queue.index(start_key)
        else:
            undecided = [i for i, k in enumerate(self.queue) if k not in self.session.decisions]
            self.position = undecided[0] if undecided else 0
        self.message_label.clear()
        self.refresh()
        self.setFocus()

    def current_key(self) -> int | None:
        return self.queue[self.position] if 0 <= self.position < len(self.queue) else None

    def go_to(self, key: int) -> None:
        if key in self.queue:
            self.position = self.queue.index(key)
            self.refresh()

    def next(self) -> None:
        if self.position < len(self.queue) - 1:
            self.position += 1
            self.message_label.clear()
            self.refresh()

    def previous(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.message_label.clear()
            self.refresh()

    def _advance_to_undecided(self) -> None:
        n = len(self.queue)
        for step in range(1, n + 1):
            i = (self.position + step) % n
            if self.queue[i] not in self.session.decisions:
                self.position = i
                return
        self.message_label.setText(f"All {n} answers here are decided; press Esc to go back to the table.")

    # ----- deciding ---------------------------------------------------------------------------
    def decide(self, score) -> bool:
        """Give the current answer ``score`` (an undoable command); move on to the next undecided answer."""
        key = self.current_key()
        if key is None:
            return False
        comment = self._pending_comment.pop(key, None)
        try:
            decision = make_decision(self.session, key, score, comment)
        except ValueError as exc:
            if comment is not None:
                self._pending_comment[key] = comment
            self.message_label.setText(plain(exc))
            return False
        old = self.session.decisions.get(key)
        self.message_label.clear()
        if old is None or old.score != decision.score or old.comment != decision.comment:
            self._push(DecideCommand(self.session, key, decision))
        self.decisionMade.emit(key)
        self._advance_to_undecided()
        self.refresh()
        return True

    def _model_prediction(self, key: int):
        """The model's prediction if it gave a usable score (not an invalid model output), else None."""
        pred = self.session.predictions.get(key)
        return pred if pred is not None and pred.valid else None

    def accept_model(self) -> bool:
        key = self.current_key()
        if key is None:
            return False
        pred = self._model_prediction(key)
        if pred is None:
            self.message_label.setText("This answer has no model score to accept; type the score instead.")
            return False
        return self.decide(pred.score)

    def apply_to_identical(self) -> bool:
        """Give the current answer's score (the teacher's, else the model's) to all its identical answers."""
        key = self.current_key()
        if key is None:
            return False
        others = self._identical(key)
        if not others:
            self.message_label.setText("No other answer to this question is identical to this one.")
            return False
        dec = self.session.decisions.get(key)
        pred = self._model_prediction(key)
        score = dec.score if dec is not None else (pred.score if pred is not None else None)
        if score is None:
            self.message_label.setText("Type a score for this answer first, then apply it to the identical answers.")
            return False
        keys = [key, *others]
        cmd = GroupDecideCommand(self.session, keys, score)
        self.message_label.setText(f"Score {_fmt(score)} given to {len(keys)} identical answers.")
        self._push(cmd)
        for k in keys:
            self.decisionMade.emit(k)
        self._advance_to_undecided()
        self.refresh()
        return True

    def edit_comment(self) -> None:
        key = self.current_key()
        if key is None:
            return
        dec = self.session.decisions.get(key)
        pred = self._model_prediction(key)
        note = ""
        if dec is None and pred is not None:
            note = f"Saving a comment also accepts the model's score {_fmt(pred.score)}; type another score afterwards to change it."
        elif dec is None:
            note = "The comment is saved with the score you type next."
        text = dec.comment if dec is not None else self._pending_comment.get(key, "")
        dlg = CommentDialog(text, who=self.session.answers[key].student, note=note, parent=self)
        dlg.accepted.connect(lambda: self._save_comment(key, dlg.comment()))
        dlg.finished.connect(lambda _r: (self.setFocus(), dlg.deleteLater()))
        self.comment_dialog = dlg
        dlg.open()

    def _save_comment(self, key: int, comment: str) -> None:
        dec = self.session.decisions.get(key)
        pred = self._model_prediction(key)
        if dec is None and pred is None:
            self._pending_comment[key] = comment
            self.refresh()
            return
        score = dec.score if dec is not None else pred.score
        if dec is not None and dec.comment == comment:
            return
        decision = make_decision(self.session, key, score, comment)
        self._push(DecideCommand(self.session, key, decision, text=f"comment on {self.session.answers[key].student}"))
        self.decisionMade.emit(key)
        self.refresh()

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        i = self.undo_stack.index()
        cmd = self.undo_stack.command(i - 1) if undo else self.undo_stack.command(i)
        if cmd is None:
            self.message_label.setText("Nothing to undo." if undo else "Nothing to redo.")
            return
        self.undo_stack.undo() if undo else self.undo_stack.redo()
        key = getattr(cmd, "key", None)
        if key is not None and key in self.queue:
            self.position = self.queue.index(key)
        self.message_label.setText(("Undone: " if undo else "Redone: ") + cmd.text() + ".")
        self._report(cmd)
        self.refresh()

    def _push(self, cmd) -> None:
        self._pushing = True  # the caller refreshes once, after moving on
        try:
            self.undo_stack.push(cmd)
        finally:
            self._pushing = False
        self._report(cmd)

    def _report(self, cmd) -> None:
        """Say so when a decision could not be written to the project file (it stays in memory)."""
        self.save_error = getattr(cmd, "error", None)
        if self.save_error is not None:
            text = str(self.save_error).strip().rstrip(".") + "."
            self.message_label.setText("⚠ " + text[:1].upper() + text[1:])

    def _on_stack_changed(self, _index: int) -> None:
        if not self._pushing:  # undo/redo from the window's menu, or a command pushed elsewhere
            self.refresh()

    # ----- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier | Qt.AltModifier | Qt.MetaModifier)
        ctrl = bool(mods & Qt.ControlModifier)
        if ctrl and key == Qt.Key_Z:
            self._step(undo=not (mods & Qt.ShiftModifier))
        elif ctrl and key == Qt.Key_Y and not (mods & Qt.ShiftModifier):
            self.redo()
        elif ctrl and key == Qt.Key_G:
            self.apply_to_identical()
        elif mods & ~Qt.ShiftModifier:
            super().keyPressEvent(event)  # other chords belong to the window's menus
        elif Qt.Key_0 <= key <= Qt.Key_9 and not (mods & Qt.ShiftModifier):
            self.decide(key - Qt.Key_0)
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            self.accept_model()
        elif key in (Qt.Key_Right, Qt.Key_J):
            self.next()
        elif key in (Qt.Key_Left, Qt.Key_K):
            self.previous()
        elif key == Qt.Key_C:
            self.edit_comment()
        elif key == Qt.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)

    # ----- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        key = self.current_key()
        n = len(self.queue)
        decided = sum(1 for k in self.queue if k in self.session.decisions)
        for w in (self.prev_button, self.next_button, self.accept_button, self.comment_button, self.group_button):
            w.setEnabled(key is not None)
        if key is None:
            self.progress_label.setText("Nothing to review")
            self.student_label.clear()
            self.status_label.clear()
            self.question_label.setText("No answer is waiting for you here; press Esc to go back to the table.")
            for w in (self.prompt_label, self.rubric_label, self.answer_label, self.decision_label, self.comment_label):
                w.clear()
            self.flags_box.set_flags([])
            self.bars.set_prediction(None, ())
            self.group_button.setText("Apply to the identical answers (Ctrl+G)")
            return
        a = self.session.answers[key]
        info = self.session.items[a.item]
        pred = self.session.predictions.get(key)
        dec = self.session.decisions.get(key)
        self.progress_label.setText(f"{self.position + 1} of {n}")
        self.progress_label.setAccessibleDescription(f"{decided} of {n} decided")
        self.student_label.setText(f"{a.student} · {decided} of {n} decided")
        self.status_label.setText(f"Status: {self.session.status(key)}")
        self.status_label.setToolTip(self._why(key))
        title = f"Question {a.item}" + (f" — {info.title}" if info.title else "")
        self.question_label.setText(title)
        self.prompt_label.setText(info.prompt or "(no question text in the model)")
        if info.rubric:
            lines = [f"{_fmt(k)} — {v}" for k, v in sorted(info.rubric.items(), key=lambda kv: _sort_key(kv[0]))]
            self.rubric_label.setText("Rubric:\n" + "\n".join(lines))
        elif info.labels:
            self.rubric_label.setText("Scores: " + ", ".join(_fmt(v) for v in info.labels))
        else:
            self.rubric_label.setText("No model for this question: type any score 0–9.")
        self.answer_label.setText(a.text if a.text.strip() else "(blank answer)")
        self.flags_box.set_flags(self.session.flags.get(key, []))
        self.bars.set_prediction(pred, info.labels, decided=dec.score if dec else None)
        if dec is not None:
            self.decision_label.setText(f"Your score: {_fmt(dec.score)}")
        elif pred is not None:
            self.decision_label.setText(
                f"Not decided yet. The model says {_fmt(pred.score)} ({pred.confidence * 100:.0f} % sure).")
        else:
            self.decision_label.setText("Not decided yet. Type the score.")
        if dec is None:
            self.decision_label.setText(self.decision_label.text() + " " + self._why(key))
        comment = dec.comment if dec is not None else self._pending_comment.get(key, "")
        self.comment_label.setText(f"Comment: {comment}" if comment else "")
        same = len(self._identical(key))
        self.group_button.setVisible(same > 0)
        self.group_button.setText(f"Apply to the {same} identical answer{'s' if same != 1 else ''} (Ctrl+G)")

    def _why(self, key: int) -> str:
        """Why this answer came to the teacher, in words."""
        a = self.session.answers[key]
        pred = self.session.predictions.get(key)
        flags = self.session.flags.get(key, [])
        if pred is None:
            return "No model scores this question."
        if flags:
            return "Flagged answers always come to you."
        need = self.session.threshold(a.item)
        if pred.confidence < need:
            return f"The model is unsure: {pred.confidence * 100:.0f} % is below the {need * 100:.0f} % it needs to score alone."
        return "The model is confident; you may still change its score."

    def _identical(self, key: int) -> list[int]:
        """``session.identical_to(key)``, skipped when the flags already say there is none (it is O(n))."""
        if DUPLICATE not in self.session.flags.get(key, []):
            return []
        return self.session.identical_to(key)

    def flag_texts(self) -> list[str]:
        return self.flags_box.texts()


def _sort_key(v):
    try:
        return (0, float(v))
    except (TypeError, ValueError):
        return (1, str(v))

