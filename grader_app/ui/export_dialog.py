"""The export dialog: choose a format and a destination; the file is written off the GUI thread.

Formats: the graded XLSX (original columns plus the grading columns, and a "Summary" sheet with
a native bar chart per question), the graded CSV, a Canvas gradebook CSV and a printable PDF
report. Writing runs through the window's :class:`~grader_app.ui.tasks.TaskManager`; a file open
elsewhere, a read-only folder or a full disk shows the writer's one sentence here and changes
nothing in the session. Open the dialog with ``open()`` (never ``exec()``).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from ..core.session import GradingSession
from ..io.errors import SheetError
from .tasks import TaskManager

XLSX = "xlsx"
CSV = "csv"
CANVAS = "canvas"
PDF = "pdf"

# (key, radio text, file suffix, default name ending, file-dialog filter)
FORMATS = (
    (XLSX, "&Graded spreadsheet (.xlsx) with a Summary sheet and a chart per question", ".xlsx", "-graded",
     "Excel workbook (*.xlsx)"),
    (CSV, "Graded sheet as &CSV (.csv)", ".csv", "-graded", "CSV file (*.csv)"),
    (CANVAS, "C&anvas gradebook (.csv): one column per question, students by their id", ".csv", "-canvas",
     "CSV file (*.csv)"),
    (PDF, "&Printable grade report (.pdf)", ".pdf", "-report", "PDF document (*.pdf)"),
)
_BY_KEY = {f[0]: f for f in FORMATS}


def default_destination(sheet_path: Path | None, fmt: str) -> Path:
    """Beside the sheet, named after it; in Documents when the sheet's folder is read-only."""
    from ..io.project_store import _folder_writable

    _, _, suffix, ending, _ = _BY_KEY[fmt]
    documents = Path.home() / "Documents"
    documents = documents if documents.is_dir() else Path.home()
    if sheet_path is None:
        return documents / f"grades{ending}{suffix}"
    sheet_path = Path(sheet_path)
    folder = sheet_path.parent if _folder_writable(sheet_path.parent) else documents
    return folder / f"{sheet_path.stem}{ending}{suffix}"


def _unexpected(exc: BaseException, name: str) -> str:
    return (f"{name} could not be written because of an unexpected problem ({type(exc).__name__}); "
            "your grading is unchanged, try exporting again")


class ExportDialog(QDialog):
    exported = Signal(str)   # the path written
    failed = Signal(str)     # the one-sentence reason

    def __init__(self, session: GradingSession, sheet_path: Path | None, tasks: TaskManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sheet_path = Path(sheet_path) if sheet_path else None
        self.tasks = tasks
        self.task = None
        self._busy = False
        self.last_path: Path | None = None
        self._note: str | None = None   # a warning to show with "Saved" (Canvas: look-alike ids)
        self._auto_path = True
        self.setWindowTitle("Export grades")
        self.setModal(True)
        self._build()
        self.set_format(XLSX)

    # ----- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        box = QGroupBox("Format", self)
        col = QVBoxLayout(box)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for i, (key, text, *_rest) in enumerate(FORMATS):
            rb = QRadioButton(text, box)
            self.format_group.addButton(rb, i)
            self.format_buttons[key] = rb
            col.addWidget(rb)
            rb.toggled.connect(lambda on, k=key: on and self._format_changed(k))
        layout.addWidget(box)

        dest = QLabel("Save &to:", self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("destination file")
        self.path_edit.textEdited.connect(self._path_edited)
        dest.setBuddy(self.path_edit)
        self.browse_button = QPushButton("C&hoose…", self)
        self.browse_button.clicked.connect(self.choose_destination)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addWidget(dest)
        layout.addLayout(row)

        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label.setAccessibleName("export problem")
        self.error_label.setStyleSheet("QLabel { color: palette(link); font-weight: bold; }")
        layout.addWidget(self.error_label)
        self.done_label = QLabel(self)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.done_label)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("&Export", QDialogButtonBox.AcceptRole)
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_summary()

    def _update_summary(self) -> None:
        open_n = sum(1 for a in self.session.answers if self.session.final_score(a.key) is None)
        text = self.session.sentence()
        if open_n:
            text += (f" {open_n} answer{'s' if open_n != 1 else ''} still "
                     f"{'have' if open_n != 1 else 'has'} no score; they are exported with an empty score.")
        self.summary_label.setText(text)

    # ----- choices ----------------------------------------------------------------------------
    @property
    def format(self) -> str:
        for key, rb in self.format_buttons.items():
            if rb.isChecked():
                return key
        return XLSX

    def set_format(self, fmt: str) -> None:
        if fmt not in self.format_buttons:
            raise ValueError(f"unknown export format {fmt!r}")
        self.format_buttons[fmt].setChecked(True)
        self._format_changed(fmt)

    def _format_changed(self, fmt: str) -> None:
        suffix = _BY_KEY[fmt][2]
        if self._auto_path:
            self.path_edit.setText(str(default_destination(self.sheet_path, fmt)))
        else:
            current = Path(self.path_edit.text().strip())
            if current.name and current.suffix.lower() != suffix:
                self.path_edit.setText(str(current.with_suffix(suffix)))
        notes = {
            XLSX: "Your original columns are kept; the grading columns and a Summary sheet are added.",
            CSV: "Your original columns are kept; the grading columns are added. UTF-8, opens in Excel.",
            CANVAS: "Import it in Canvas under Grades ▸ Import. Students are matched by the SIS User ID "
                    "(your student id column); empty cells leave Canvas's grade unchanged.",
            PDF: "A4 report: score distribution per question, what you reviewed and changed, and every "
                 "student's scores.",
        }
        self.note_label.setText(notes[fmt])
        self.error_label.clear()

    def set_destination(self, path) -> None:
        self._auto_path = False
        self.path_edit.setText(str(path))
        self.error_label.clear()
        try:
            self._refuse_input(Path(path).expanduser())
        except SheetError as exc:   # say it at once; Export refuses it again
            self._show_error(str(exc))

    def _refuse_input(self, path: Path) -> None:
        """SheetError if ``path`` is the sheet of answers itself (under any name)."""
        from ..io.paths_check import refuse_overwriting_input

        refuse_overwriting_input(path, [self.sheet_path, self.session.sheet.source])

    def _path_edited(self, _text: str) -> None:
        self._auto_path = False

    def choose_destination(self) -> None:
        _, _, suffix, _, filt = _BY_KEY[self.format]
        dlg = QFileDialog(self, "Export to", self.path_edit.text(), filt)
        dlg.setAcceptMode(QFileDialog.AcceptSave)
        dlg.setDefaultSuffix(suffix.lstrip("."))
        dlg.fileSelected.connect(self.set_destination)
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.file_dialog = dlg
        dlg.open()

    # ----- exporting --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def export(self) -> bool:
        """Start writing the chosen format; the result arrives through ``exported`` or ``failed``."""
        if self.busy:
            return False
        self.error_label.clear()
        self.done_label.clear()
        text = self.path_edit.text().strip()
        if not text:
            self._show_error("No file name was given; type where to save the export or press Choose….")
            return False
        path = Path(text).expanduser()
        fmt = self.format
        suffix = _BY_KEY[fmt][2]
        if path.suffix.lower() != suffix:
            self._show_error(f"{path.name} does not end in {suffix}; this format is saved as a {suffix} file.")
            return False
        try:
            self._refuse_input(path)
            work = self._work_for(fmt, path)
        except SheetError as exc:
            self._show_error(str(exc))
            return False
        except Exception as exc:  # a bug must not cost the teacher the session
            self._show_error(_unexpected(exc, path.name))
            return False
        self.export_button.setEnabled(False)
        self.progress.show()
        self.done_label.setText(f"Saving {path.name}…")
        self._busy = True
        self.task = self.tasks.run(work, on_done=self._done, on_error=lambda exc: self._failed(exc, path),
                                   name=f"export {fmt}")
        return True

    def _work_for(self, fmt: str, path: Path):
        """The function to run off the GUI thread (anything Qt-side is prepared here first)."""
        session = self.session
        self._note = None
        if fmt == XLSX:
            from ..io.summary_sheet import summary_writer
            from ..io.writers import write_graded_xlsx

            return lambda: write_graded_xlsx(session, path, extra_sheets=summary_writer(session))
        if fmt == CSV:
            from ..io.writers import write_graded_csv

            return lambda: write_graded_csv(session, path)
        if fmt == CANVAS:
            from ..io.canvas import canvas_rows, canvas_warning, write_canvas_csv

            canvas_rows(session)  # a missing student id column is reported before any thread starts
            self._note = canvas_warning(session)   # look-alike ids: said after saving
            return lambda: write_canvas_csv(session, path)
        if fmt == PDF:
            from ..io.report import build_report_html
            from .report_pdf import render_pdf, write_pdf_bytes

            # QTextDocument and QPdfWriter are reentrant: the report is laid out on the worker too
            # (about 4 s for 10,000 answers), so the window never freezes.
            return lambda: write_pdf_bytes(render_pdf(build_report_html(session)), path)
        raise ValueError(f"unknown export format {fmt!r}")

    def _done(self, path) -> None:
        self._busy = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.last_path = Path(path)
        note = self._note
        self.done_label.setText(f"✔ Saved {self.last_path.name} in {self.last_path.parent}."
                                + (f" ⚠ {note[:1].upper()}{note[1:]}." if note else ""))
        self.exported.emit(str(path))

    def _failed(self, exc: BaseException, path: Path) -> None:
        self._busy = False
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.done_label.clear()
        self._show_error(str(exc) if isinstance(exc, SheetError) else _unexpected(exc, path.name))

    def _show_error(self, sentence: str) -> None:
        sentence = sentence.strip()
        if sentence and sentence[-1] not in ".!?…":
            sentence += "."
        first = sentence.split(" ", 1)[0]
        if "." not in first.rstrip(".:;,"):  # never change the case of a file name
            sentence = sentence[:1].upper() + sentence[1:]
        self.error_label.setText("⚠ " + sentence)
        self.failed.emit(sentence)

    def error_text(self) -> str:
        return self.error_label.text().removeprefix("⚠ ")

    def reject(self) -> None:
        if self.busy:  # the worker reports back to this dialog; let it finish first
            self.done_label.setText("Still saving; the dialog closes when you press Close after it finishes.")
            return
        super().reject()
