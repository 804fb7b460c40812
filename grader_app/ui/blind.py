"""Blind marking: while it is on, the screens show "Student 17" where a student's name and id would be.

:class:`StudentNames` is what every screen asks for a student's label (the results table, its search
and sort, the review screen, a group's members, the comment dialog, the undo sentences); exports never
ask it, so the graded sheet, the LMS files and the reports keep every name and id.

The number of a student is their place in an order drawn from the project's own random key
(``blind_seed`` in the project file), not their row: a sheet sorted by surname would otherwise give
the alphabet away (Student 1 is the Abbott of the class). The numbers stay the same each time the
project is opened; they change only for students added to the sheet later, which may shift others.

:class:`BlindMarking` is the switch (View ▸ Hide student names, Ctrl+Shift+B): remembered per project
in its file the moment it is flipped; a new project starts the way the switch is set.

The columns dialog hides the cells that say who a student is in its preview of the sheet while blind
marking is on (see :mod:`.mapping_dialog`): :func:`looks_like_identity` tells such columns by their
header and :func:`values_look_like_identity` by their cells (names under an unusual header);
:func:`recorded_blind_marking` reads what a sheet's project file says before it is open.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..core.hidden_characters import show_hidden
from ..core.session import GradingSession
from ..core.sheet import Sheet
from ..errors import GraderError
from ..io.project_store import ProjectStore, project_path_for
from .messages import plain_after_colon

SHORTCUT = "Ctrl+Shift+B"
# a header with one of these words, or one of these headers, holds who the student is
IDENTITY_WORDS = {"name", "names", "surname", "firstname", "lastname", "fullname", "forename", "email", "mail",
                  "username", "login", "nombre", "apellido", "apellidos", "correo", "usuario", "vorname", "nachname",
                  "benutzername", "matrikelnummer", "nom", "prénom", "prenom", "matricule", "identifiant"}
IDENTITY_HEADERS = {"id", "sid", "studentid", "userid", "idnumber", "student", "pupil", "learner", "candidate",
                    "matric", "matriculation", "alumno", "estudiante", "schüler", "matrikelnr", "élève", "étudiant"}
NOT_IDENTITY_WORDS = {"question", "item", "prompt", "answer", "response", "task", "comment", "feedback", "text",
                      "pregunta", "respuesta", "frage", "antwort"}


def looks_like_identity(header: str) -> bool:
    """Does a column's header say it holds a student's name, e-mail address, user name or id?"""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(header))   # "StudentID" -> "Student ID"
    words = re.findall(r"[^\W\d_]+", spaced.lower())
    if any(w in NOT_IDENTITY_WORDS for w in words):
        return False
    return any(w in IDENTITY_WORDS for w in words) or "".join(words) in IDENTITY_HEADERS


_PERSON = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){1,3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def values_look_like_identity(values) -> bool:
    """Do a column's cells look like students' names or e-mail addresses, whatever its header says? Most
    non-empty cells (80 %) are two to four capitalised words, or an address, and at least three of them and
    a tenth of the rows differ (a tutor's or a teacher's name repeated on every row is not the students')."""
    cells = [" ".join(str(v).split()) for v in values if v is not None and str(v).strip() and str(v) != "nan"]
    if len(cells) < 3:
        return False
    emails = sum(bool(_EMAIL.match(c)) for c in cells)
    names = sum(bool(_PERSON.match(c)) and all(w[:1].isupper() for w in re.split(r"[ -]", c)) for c in cells)
    distinct = len(set(cells))
    return max(emails, names) >= 0.8 * len(cells) and distinct >= max(3, 0.1 * len(cells))


def recorded_blind_marking(sheet: Sheet, project=None) -> bool | None:
    """What the sheet's project file (``project``, the one the teacher opened, else the sheet's own) says about blind
    marking (None: no project file, or it never said); a quick read-only look, as the project is not open yet."""
    if project is not None:
        path = Path(project)
    elif sheet.source is not None:
        path = project_path_for(sheet.source)
    else:
        return None
    try:
        if not ProjectStore.exists(path):
            return None
        with ProjectStore.open(path, read_only=True) as store:
            return store.blind_marking()
    except (GraderError, OSError):   # unreadable: opening the sheet says so; nothing to go by here
        return None


def neutral_label(n: int) -> str:
    return QCoreApplication.translate("StudentNames", "Student {n}").format(n=n)


class StudentNames:
    """A student's label on screen: who they are, or a neutral number while ``blind``."""

    def __init__(self) -> None:
        self.blind = False
        self._session: GradingSession | None = None
        self._seed = ""
        self._numbers: dict[str, int] | None = None   # student -> number, worked out on first use

    def set_session(self, session: GradingSession | None, seed: str = "") -> None:
        self._session, self._seed, self._numbers = session, seed, None

    def forget_session(self) -> None:
        """The sheet was closed: its session is let go (it would be held until the next sheet's first name)."""
        self._session, self._numbers = None, None

    def number(self, student: str) -> int:
        if self._numbers is None:
            # drawn on the student as a project's hashes name them ("id · name", the id as the sheet writes it: a
            # Brightspace "#id" before reading took the "#" off; core.sheet.hashed_student), so the numbers of a
            # project made before the name came first, or before that, stay the same
            students = {a.student: a.sheet_student or a.student for a in self._session.answers} \
                if self._session is not None else {}
            drawn = sorted(students, key=lambda s: hashlib.sha256(f"{self._seed}\n{students[s]}".encode("utf-8")).digest())
            self._numbers = {s: i + 1 for i, s in enumerate(drawn)}
        return self._numbers.get(student, 0)

    def shown_as(self) -> tuple:
        """What :meth:`who` gives depends on besides the session: whether names are hidden, and then the seed the
        numbers are drawn with and the label's words (the language)."""
        return (True, self._seed, neutral_label(0)) if self.blind else (False,)

    def who(self, session: GradingSession, key: int) -> str:
        student = session.answers[key].student
        if not self.blind:   # a name's hidden characters shown, as an answer's are (a reversing one reads as itself)
            return show_hidden(student)
        if session is not self._session:
            self.set_session(session, self._seed)
        return neutral_label(self.number(student))

    def sort_value(self, session: GradingSession, key: int):
        """What the student column sorts by: the name, or while blind the neutral number (never the name's order)."""
        if not self.blind:
            return session.answers[key].student.lower()
        if session is not self._session:
            self.set_session(session, self._seed)
        return self.number(session.answers[key].student)


class BlindMarking(QObject):
    """The switch and what follows it: the window's pages are told, the project file remembers."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.names = StudentNames()
        self.action: QAction | None = None
        window.results.set_names(self.names)
        window.sessionReady.connect(self._session_ready)
        window.sheetClosed.connect(self.names.forget_session)

    def make_action(self, menu) -> QAction:
        a = QAction(self.tr("&Hide student names (blind marking)"), self.window)
        a.setCheckable(True)
        a.setShortcut(QKeySequence(SHORTCUT))
        a.setStatusTip(self.tr("Show “Student 17” instead of names and ids while you mark; exports keep the names"))
        a.toggled.connect(self.set_blind)
        menu.addAction(a)
        self.action = a
        return a

    def _session_ready(self) -> None:
        w = self.window
        store = w.store
        stored = store.blind_marking() if store is not None else None
        self.names.set_session(w.session, store.blind_seed() if store is not None else "")
        if stored is None:   # a new project starts the way the switch is set, and remembers it
            self._remember(self.names.blind)
            self._show()
        else:
            self._check(stored)
            self.names.blind = stored
            self._show()

    def _check(self, on: bool) -> None:
        if self.action is not None and self.action.isChecked() != on:
            self.action.blockSignals(True)
            self.action.setChecked(on)
            self.action.blockSignals(False)

    def set_blind(self, on: bool) -> None:
        on = bool(on)
        self._check(on)
        if on == self.names.blind:
            return
        self.names.blind = on
        self._show()
        self._remember(on)
        w = self.window
        if on:
            w.statusBar().showMessage(self.tr("Blind marking: names and ids are hidden until you turn it off ({key}); "
                                              "exports still carry them.").format(key=SHORTCUT), 8000)
        else:
            w.statusBar().showMessage(self.tr("Names and ids are shown again."), 5000)

    def _remember(self, on: bool) -> None:
        store = self.window.store
        if store is None:
            return
        try:
            store.save_blind_marking(on)
        except GraderError as exc:
            self.window.news.warn(
                self.tr("Blind marking could not be saved in the project file: {problem}").format(
                    problem=plain_after_colon(exc)),
                10000)

    def _show(self) -> None:
        w = self.window
        w.results.names_changed()
        w.notices.refresh()   # the notes about the sheet name students only while names are shown
        if w.review_view is not None:
            w.review_view.refresh()
