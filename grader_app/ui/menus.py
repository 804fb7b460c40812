"""The main window's menu bar: File, Edit, View (with the Language choice), Help. Each action calls one
of the window's slots; the window enables them (``enable``) as a sheet opens and closes.

Shortcuts: a command with a standard key (Open, Save, Close, Quit, Undo, Redo, Find, Help) takes every key the
platform binds to it (on Windows, Close is Ctrl+F4 and Ctrl+W, Redo Ctrl+Y and Ctrl+Shift+Z), and Ctrl+Q where
the platform binds none to Quit (Windows: the About box promises Ctrl+Q); the frequent commands without a
standard key have one of their own (Ctrl+E, Ctrl+1, Ctrl+2, Ctrl+0, Ctrl+Shift+B). No menu may take a key
the review screen reads (``review_view.KEYS``: digits, letters, arrows, Ctrl+G; its Ctrl+Z, Ctrl+Shift+Z and
Ctrl+Y are the Edit menu's Undo and Redo, which do the same), nor one another command holds: Qt fires neither
of two (tests/ui/test_shortcuts.py). The rare commands (Add a model, Make models, Save as model) have only their
letter in the File menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .i18n import language_menu
from .plain_tip import plain_tip
from .weak_slots import held_weakly, weak_slot

translate = QCoreApplication.translate

START, RESULTS, REVIEW = 0, 1, 2


def _keys(shortcut, fallback: QKeySequence | None = None) -> list[QKeySequence]:
    """The keys of ``shortcut``: every binding of a standard key on this platform (``fallback`` where it has
    none), or the one key given."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        keys = QKeySequence.keyBindings(shortcut)
        return keys or ([fallback] if fallback is not None else [])
    return [QKeySequence(shortcut)]


def _action(window, menu, text: str, slot, shortcut=None, tip: str = "",
            fallback: QKeySequence | None = None) -> QAction:
    """An action in ``menu`` calling ``slot`` (a bound method, or a ``weak_slot``) without its checked flag, a score
    being typed on the review screen given first (:func:`_typed_first`); the window and the method are held weakly, so
    that a window closed and let go of is collected."""
    a = QAction(text, window)
    if shortcut is not None:
        a.setShortcuts(_keys(shortcut, fallback))   # the menu shows the first
    if tip:
        a.setStatusTip(tip)
    a.triggered.connect(held_weakly(window, _typed_first,
                                    slot if getattr(slot, "__self__", None) is None else weak_slot(slot)))
    menu.addAction(a)
    return a


def _typed_first(w, slot) -> None:
    """A menu command (by its key or from the menu) with a score being typed on the review screen ("1" on a question
    out of 10 waits a second for a "0"): the score is given first, as Enter gives it (one undo step), the review staying
    on the answer; then the command does its work on the session with it (an export holds it, Save counts it)."""
    w.sheet_life.give_typed()
    slot()


def build_menus(w) -> None:
    """Add the menus to window ``w``; the actions become its attributes (``w.open_action``, …)."""
    mb = w.menuBar()
    Std = QKeySequence.StandardKey
    f = mb.addMenu(translate("menus", "&File"))
    w.open_action = _action(w, f, translate("menus", "&Open sheet…"), w.choose_sheet, Std.Open,
                            translate("menus", "Open an Excel or CSV sheet of students' answers"))
    w.recent_menu = f.addMenu(translate("menus", "Open &recent"))
    w.recent_menu.aboutToShow.connect(held_weakly(w, _fill_recent))
    w.save_action = _action(w, f, translate("menus", "&Save"), w.save, Std.Save,
                            translate("menus", "Every decision is saved as you make it; this confirms it"))
    w.export_action = _action(w, f, translate("menus", "&Export…"), w.show_export, QKeySequence("Ctrl+E"),
                              translate("menus", "Write the graded sheet, a Canvas gradebook or a printable report"))
    f.addSeparator()
    w.add_model_action = _action(w, f, translate("menus", "&Add a model…"), w.models.choose_bundle, None,
                                 translate("menus", "Add a .gradebundle model to the library"))
    w.learn_sheet_action = _action(
        w, f, translate("menus", "&Make models from a marked sheet…"), w.models.choose_marked_sheet, None,
        translate("menus", "Learn a model per question from a sheet whose answers you have already scored"))
    w.save_model_action = _action(
        w, f, translate("menus", "Save as mo&del…"), w.models.save_learned, None,
        translate("menus", "Save the model learned from your marks on this question, and add it to your models"))
    w.columns_action = _action(w, f, translate("menus", "C&hoose columns…"), w.choose_columns, None,
                               translate("menus", "Choose again which columns hold the students, questions and answers; "
                                                  "your decisions stay with their answers"))
    w.close_action = _action(w, f, translate("menus", "&Close sheet"), w.close_sheet, Std.Close)
    f.addSeparator()
    w.quit_action = _action(w, f, translate("menus", "&Quit"), w.close, Std.Quit,
                            fallback=QKeySequence("Ctrl+Q"))
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    e = mb.addMenu(translate("menus", "&Edit"))
    w.undo_action = _action(w, e, translate("menus", "&Undo"), w.undo, Std.Undo)
    w.redo_action = _action(w, e, translate("menus", "&Redo"), w.redo, Std.Redo)
    e.addSeparator()
    w.find_action = _action(w, e, translate("menus", "&Find…"), w.find, Std.Find,
                            translate("menus", "Search students, answers and comments"))
    w.results.find_shortcut.setEnabled(False)   # Ctrl+F has one owner, this action (two: Qt fires neither)

    v = mb.addMenu(translate("menus", "&View"))
    w.results_action = _action(w, v, translate("menus", "&Results table"), weak_slot(w.show_page, RESULTS),
                               QKeySequence("Ctrl+1"))
    w.review_action = _action(w, v, translate("menus", "Re&view answers that need you"), w.results.request_review,
                              QKeySequence("Ctrl+2"))
    w.start_action = _action(w, v, translate("menus", "&Start screen"), weak_slot(w.show_page, START), QKeySequence("Ctrl+0"))
    v.addSeparator()
    w.blind_action = w.blind.make_action(v)   # checkable, Ctrl+Shift+B; remembered per project
    v.addSeparator()
    w.language_menu = v.addMenu(translate("menus", "&Language"))
    language_menu(w, w.language_menu)

    h = mb.addMenu(translate("menus", "&Help"))
    w.about_action = _action(w, h, translate("menus", "&About Grader and keyboard keys"), w.show_about,
                             Std.HelpContents)
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)


def _fill_recent(w) -> None:
    fill_recent_menu(w.recent_menu, w.settings.recent_sheets(), w.open_sheet)


def fill_recent_menu(menu, paths, open_sheet) -> None:
    menu.clear()
    for p in paths:
        a = menu.addAction(p.name)
        a.setToolTip(plain_tip(str(p)))
        a.triggered.connect(weak_slot(open_sheet, p))   # (the window's method, held weakly)
    if not paths:
        a = menu.addAction(translate("menus", "No recent sheets"))
        a.setEnabled(False)


def enable(w, has_session: bool, page: int) -> None:
    """What the menus offer with (or without) an open sheet on ``page``."""
    for a in (w.export_action, w.columns_action, w.close_action, w.save_action, w.results_action, w.review_action,
              w.undo_action, w.redo_action):
        a.setEnabled(has_session)
    w.find_action.setEnabled(has_session)   # from any page: it shows the results with the cursor in the search box
    w.save_model_action.setEnabled(has_session and bool(w.learning.learned_items()))
