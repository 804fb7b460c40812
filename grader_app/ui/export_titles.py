"""The export dialog's names for an LMS file's question columns: the quiz's name before its generic titles.

A download that names its questions only by number ("Q1", "Q2": Moodle's Responses report, Blackboard's and
Brightspace's downloads, many teachers' own sheets) gave every quiz's file the same column titles, and Canvas and
Brightspace put a column into the assignment or grade item that already has its title, over last week's grades (QA
s52b finding 2). While an LMS file that heads a column per question is chosen, :class:`TitlesBox` shows one field,
the quiz's name (prefilled from the name the LMS gave its download, else the sheet's file name), the titles the file
will write ("Week 3 quiz – Q1", as that LMS takes them: :func:`grader_app.io.lms.quiz_titles.file_titles`) and in one
sentence what that LMS does with a title it already has. "Each title…" opens :class:`TitlesEditor`, where any title
can be typed in full. The name and the titles typed are kept in the project file when the file is exported
(``ProjectStore.save_export_titles``), so the same sheet exported again, also another day, gets the same titles.

What the titles are is decided in :mod:`grader_app.io.lms.quiz_titles` (no Qt); this module shows and edits them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..core.session import GradingSession
from ..io.project_schema import ProjectError
from ..io.lms.quiz_titles import (COLUMNS, NAME_LIMIT, clean_name, default_name, every_title, file_titles, has_generic,
                                  named, own_only)
from .i18n import QT_TRANSLATE_NOOP, quoted
from .learning_words import question_name

translate = QCoreApplication.translate
SHOWN = 3          # titles shown in the line under the name; "Each title…" shows them all
SHOWN_LENGTH = 48  # characters of a long title shown there

# what each LMS does with a column whose title it already has, one sentence (checked against its public help pages)
_SAME_TITLE = {
    # Canvas's import takes a column titled like an existing assignment as that assignment (canvas-lms,
    # gradebook_importer.rb; QA s52b finding 2)
    "canvas": QT_TRANSLATE_NOOP("ExportTitles", "Canvas puts a column into the assignment that already has its "
                                "title, replacing that assignment's grades."),
    # Brightspace's help ("Importing grades"): a column is labelled with the grade item's name followed by "Points
    # Grade"; a name it has is that item, a new one makes an item
    "brightspace": QT_TRANSLATE_NOOP("ExportTitles", "Brightspace puts a column into the grade item that already has "
                                     "its name, replacing that item's grades."),
    # Blackboard's help ("Uploading Grade Center items"): a column is matched only by the column id of its own download,
    # and one without makes a new column
    "blackboard": QT_TRANSLATE_NOOP("ExportTitles", "Blackboard makes a new column of each one, even beside a column "
                                    "of the same name."),
    # Moodle's import asks which grade item each column goes into (grade_import_mapping_form); whether a site
    # preselects the item of the same name is uncertain, so the sentence says what to choose either way
    "moodle": QT_TRANSLATE_NOOP("ExportTitles", "Moodle's import asks which grade item each column goes into: choose "
                                "“New grade item” unless it is this quiz's own."),
    # Google Classroom: whether it imports such a file at all is uncertain (QA s52b finding 10): nothing said
}
_SYSTEM_OF = {"canvas-gradebook": "canvas", "canvas": "canvas", "brightspace-grades": "brightspace",
              "blackboard-grade-center": "blackboard", "moodle-gradebook": "moodle", "moodle-gradebook-by-id": "moodle"}


def same_title_words(fmt: str) -> str:
    """What the LMS of export format ``fmt`` does with a column titled like one it has, in the interface's language
    ("" where that is not known)."""
    system = _SYSTEM_OF.get(fmt)
    return translate("ExportTitles", _SAME_TITLE[system]) if system else ""


def _short(title: str) -> str:
    return title if len(title) <= SHOWN_LENGTH else title[:SHOWN_LENGTH - 1].rstrip() + "…"


class TitlesBox(QWidget):
    """The quiz's name for an LMS file's question columns, the titles it gives, and what the LMS does with a title
    it has. ``store``: the project file (its remembered name and titles; None: none kept). ``changed`` when what it
    shows changed (it may be a line longer or shorter)."""

    changed = Signal()

    def __init__(self, session: GradingSession, sheet_path: Path | None, store=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.store = session, store
        remembered, own = getattr(store, "export_titles", None) or (None, {})
        self.own: dict[str, str] = dict(own)   # the titles the teacher typed herself, question -> title
        self.format = ""
        self.generic = has_generic(session)   # some title names its question by number only: the name goes before it
        self.editor: TitlesEditor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.name_label = QLabel(self.tr("&Name for this quiz:"), self)
        self.name_edit = QLineEdit(remembered if remembered is not None
                                   else default_name(sheet_path or session.sheet.source), self)
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setAccessibleName(self.tr("name for this quiz"))
        self.name_edit.setToolTip(self.tr("Written before each question title that is only a number (“Q1”), so that "
                                          "this quiz's columns are not taken for another quiz's."))
        self.name_label.setBuddy(self.name_edit)
        self.each_button = QPushButton(self.tr("Each t&itle…"), self)
        self.each_button.setToolTip(self.tr("Type any column title in full."))
        self.each_button.clicked.connect(self.edit_each)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)   # titles from the sheet, never markup
        if self.generic:   # the name, then the titles it gives under it
            row.addWidget(self.name_label)
            row.addWidget(self.name_edit, 1)
            row.addWidget(self.each_button)
            layout.addLayout(row)
            layout.addWidget(self.preview)
        else:              # no name to give (every title names its question): the titles, and the button beside them
            self.name_label.hide()
            self.name_edit.hide()
            row.addWidget(self.preview, 1)
            row.addWidget(self.each_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        self.name_edit.textChanged.connect(lambda _t: self.refresh())
        self.hide()

    @property
    def name(self) -> str:
        return clean_name(self.name_edit.text())

    def show_for(self, fmt: str) -> None:
        """Shown while ``fmt`` is an LMS file that heads a column per question (hidden for any other)."""
        self.format = fmt
        self.setVisible(fmt in COLUMNS)
        self.refresh()

    def item_names(self) -> dict[str, str]:
        """The titles to export the chosen file with (question -> title, :func:`~grader_app.io.lms.quiz_titles.named`);
        {} for a file that heads no column per question in an LMS (the points sheet, Moodle's worksheet, the teacher's
        own files)."""
        return named(self.session, self.name, self.own) if self.format in COLUMNS else {}

    def titles(self) -> list[tuple[str, str]]:
        """(question, title) as the chosen file writes them."""
        return file_titles(self.session, self.format, self.item_names())

    def refresh(self) -> None:
        if self.format not in COLUMNS:
            self.preview.clear()
            return
        titles = [t for _, t in self.titles()]
        shown = ", ".join(quoted(_short(t)) for t in titles[:SHOWN])
        text = self.tr("Column titles: {titles}.").format(titles=shown) if len(titles) <= SHOWN else \
            self.tr("Column titles: {titles} and %n more.", "", len(titles) - SHOWN).format(titles=shown)
        said = same_title_words(self.format)
        self.preview.setText(f"{text} {said}" if said else text)
        self.preview.setToolTip("\n".join(titles))
        self.updateGeometry()   # its height for the dialog's fit now, not once the layout's request is handled
        self.changed.emit()

    def remember(self) -> None:
        """Keep the name and the titles typed in the project file (an LMS file with these titles is being exported)."""
        if self.store is not None and self.format in COLUMNS:
            try:
                self.store.save_export_titles(self.name, self.own)
            except ProjectError:   # a project that cannot take it (closed, read-only) costs only the remembering
                pass

    def edit_each(self) -> None:
        """Open :class:`TitlesEditor` over every question's title; its OK keeps those typed."""
        self.editor = TitlesEditor(list(every_title(self.session, self.name, self.own).items()), self.session, self)
        self.editor.accepted.connect(self._typed)
        self.editor.open()

    def _typed(self) -> None:
        if self.editor is not None:
            self.own = own_only(self.session, self.name, self.editor.typed())
        self.refresh()


class TitlesEditor(QDialog):
    """Every question's column title, each in a field of its own (a long list scrolls); OK keeps what was typed, an
    emptied field goes back to the title the quiz's name gives."""

    def __init__(self, titles: list[tuple[str, str]], session: GradingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Column titles"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("The title of each question's column in the file. An empty field takes the title your "
                               "quiz's name gives it."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QWidget(self)
        form = QFormLayout(body)
        self.fields: dict[str, QLineEdit] = {}
        for item, title in titles:
            edit = QLineEdit(title, body)
            edit.setAccessibleName(self.tr("title of question {question}").format(
                question=question_name(item, session.mapping)))
            label = QLabel(question_name(item, session.mapping), body)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[item] = edit
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(560, min(420, 140 + 34 * len(titles)))

    def typed(self) -> dict[str, str]:
        """Question -> the title in its field."""
        return {item: edit.text() for item, edit in self.fields.items()}
