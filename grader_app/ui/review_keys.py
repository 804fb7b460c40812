"""The review screen's keys: which key does what (:func:`key_command`, no widget), every key it reads (:data:`KEYS`),
the line under the screen that lists them (:data:`KEY_MAP`, in the screen's translation context "ReviewView", the
scores of the question on screen in it: :func:`key_lines`), and
the keys pressed while a text on the screen has the focus, brought to the screen (:class:`KeysFromTexts`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from .filter_guard import passes_when_collected
from ..core.scale import GUESS, GUESS_TYPED, Scale, number
from .i18n import QT_TRANSLATE_NOOP, score

# a digit on a group scores all but the members its card flags as differing from its typical answer (group_split);
# said in a few plain words, as the line holds every key ("(a group: all but those that differ, left open)" was hard
# to parse); {scores}: the question's, "0–2" (it said "0–9" on a question out of 2)
KEY_MAP = QT_TRANSLATE_NOOP("ReviewView", "{scores} score (in a group, answers that differ stay open) · Enter accept the "
                            "model's score · ←/→ or K/J previous/next · N next suggested · ↑/↓ choose in a group · "
                            "P pull out of the group · C comment · Q whole question text · Ctrl+G apply to identical "
                            "answers · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc back to the table")
# the line folded on a short page (review_room): the keys no button names (a score button, Accept, Previous and Next,
# Comment and Back name theirs), and where every key is listed; the whole line is its tooltip
KEY_MAP_SHORT = QT_TRANSLATE_NOOP("ReviewView", "{scores} score · ↑/↓ choose in a group · Q whole question · every key: "
                                  "Help menu")
# Every key key_command reads (tests/ui/test_shortcuts.py holds the two the same): no menu shortcut may take one,
# but the Edit menu's Undo and Redo, doing what its Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y do (a menu key comes first).
_PLAIN = ("Return", "Enter", "Right", "J", "Left", "K", "Up", "Down", "P", "N", "C", "Q", "Esc", "PgUp", "PgDown",
          "Home", "End", ",", ".", "Backspace")   # the last three: a score typed with more than one key (review_scale)
# a digit with Shift too: on an AZERTY (French, Belgian) keyboard the top row's digits are typed with Shift
KEYS = (*"0123456789", *("Shift+" + d for d in "0123456789"), *_PLAIN, *("Shift+" + k for k in _PLAIN),
        "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+G",
        "Ctrl+Shift+G")



def score_keys(scale: Scale | None) -> str:
    """The scores the digit keys give on a question of ``scale``: "0–2" on a model's 0, 1, 2; "0–10" on a question
    out of 10; "0–9" where the scale is Grader's guess, which takes any digit up to 9 (or none on screen)."""
    low: int | float
    high: int | float
    if scale is None or scale.source == GUESS:
        low, high = 0, max(GUESS_TYPED, scale.top if scale is not None else 0)
    elif scale.labels:
        numbers = [n for n in map(number, scale.labels) if n is not None]
        low, high = (min(numbers), max(numbers)) if numbers else (0, GUESS_TYPED)
    else:
        low, high = 0, scale.top
    return score(low) if low == high else f"{score(low)}–{score(high)}"


def key_lines(scale: Scale | None) -> tuple[str, str]:
    """The line of keys under the review and its form folded on a short page, naming the scores of ``scale``."""
    scores = score_keys(scale)
    return (QCoreApplication.translate("ReviewView", KEY_MAP).format(scores=scores),
            QCoreApplication.translate("ReviewView", KEY_MAP_SHORT).format(scores=scores))


K = Qt.Key
_PLAIN_COMMANDS = (   # (keys, the view's method, its arguments), for a key pressed alone or with Shift
    ((K.Key_Return, K.Key_Enter), "accept_model", ()),
    ((K.Key_Right, K.Key_J), "next", ()),
    ((K.Key_Left, K.Key_K), "previous", ()),
    ((K.Key_Up,), "select_member", (-1,)),
    ((K.Key_Down,), "select_member", (1,)),
    ((K.Key_P,), "pull_out", ()),
    ((K.Key_N,), "next_suggested", ()),
    ((K.Key_C,), "edit_comment", ()),
    ((K.Key_Q,), "toggle_whole_question", ()),
    ((K.Key_Escape,), "back", ()),
    ((K.Key_Comma, K.Key_Period), "type_point", ()),
    ((K.Key_Backspace,), "type_back", ()),
)


def key_command(key: int, modifiers) -> tuple[str, tuple] | None:
    """What pressing ``key`` with ``modifiers`` does on the review screen: the name of the
    :class:`~.review_view.ReviewView` method to call and its arguments, or None when the key is not the screen's
    (another chord belongs to the window's menus)."""
    M = Qt.KeyboardModifier
    mods = modifiers & (M.ControlModifier | M.ShiftModifier | M.AltModifier | M.MetaModifier)
    ctrl = bool(mods & M.ControlModifier)
    shift = bool(mods & M.ShiftModifier)
    if ctrl and key == K.Key_Z:
        return "_step", (not shift,)   # undo; with Shift, redo
    if ctrl and key == K.Key_Y and not shift:
        return "redo", ()
    if ctrl and key == K.Key_G:
        return "apply_to_identical", ()
    if mods & ~M.ShiftModifier:
        return None
    if key in (K.Key_PageUp, K.Key_PageDown, K.Key_Home, K.Key_End):
        return "_scroll_card", (key,)   # a long answer on a small screen: the card scrolls from the keyboard
    if K.Key_0 <= key <= K.Key_9:   # with Shift too: the digit typed, whatever keys the layout needs for it (AZERTY)
        return "type_digit", (key - K.Key_0,)   # its score, or the first digit of 10 or 4,5 (review_scale)
    return next(((name, args) for keys, name, args in _PLAIN_COMMANDS if key in keys), None)


class KeysFromTexts(QObject):
    """A click on the answer's text (to select a phrase) gives that label the focus; the screen's keys must still work
    from there: the key presses of whatever inside ``view`` has the focus go to ``view.keyPressEvent`` first."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        if isinstance(new, QWidget) and new is not self.view and self.view.isAncestorOf(new):
            new.removeEventFilter(self)
            new.installEventFilter(self)

    @passes_when_collected
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """The review's keys, pressed while a text on the screen has the focus (Ctrl+C still copies from it);
        the scroll areas around that text would otherwise take the arrows and Page Up/Down for themselves."""
        view = self.view
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and obj is not view \
                and isinstance(obj, QWidget) and view.isAncestorOf(obj):
            if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.SelectAll):
                return False
            event.accept()
            view.keyPressEvent(event)
            return event.isAccepted()
        return super().eventFilter(obj, event)
