"""What writing each export format takes: a function for the worker, or a :class:`~.pdf_export.PdfRecipe` for the two
PDFs (prepared on a worker, laid out and painted on the GUI thread, written on a worker), what a format must learn
from the sheet before anything is written (``ahead``, on the worker too: the Canvas file's checks read every student's
cells, 1.6 s on the GUI thread for 20,000 answers, QA s52g finding 3), and what to say once it is saved
(:func:`saved_words`). The words the files hold are taken here, on the GUI thread, in the interface's language; no
widget is involved. Every format is written from a snapshot of the session taken as Export is pressed, so the GUI thread
goes on changing the session (a model arriving) without the file mixing the two.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from ..core.session import GradingSession
from ..io.cut_cells import CutCell
from ..io.lms import ExportResult, Recognition, identifiers_for
from ..io.lms.ungraded import ungraded_students
from .export_formats import CANVAS, CSV, FEEDBACK, FEEDBACK_PDF, PDF, XLSX, choice
from .cut_words import cut_words, joined
from .export_notes import listed, notes_words
from .pdf_export import PdfRecipe
from .unmatched_words import list_words, open_word

translate = QCoreApplication.translate


@dataclass
class ExportWork:
    run: Any                    # a function for the worker, or a PdfRecipe
    note: str | None = None     # a warning of whole sentences to show with "Saved" (Canvas: look-alike ids)
    said: list = field(default_factory=list)   # export notes to show with "Saved" (Canvas: scores scaled to its points)
    # a warning known once the file is made (feedback PDF: characters lost; a graded sheet: who has an empty score),
    # said with names unless blind marking is on (its argument)
    later: Callable[[bool], str] | None = None
    # run on the worker before anything is written (its SheetError says why nothing is): (the notes of what to check,
    # the export notes), which :func:`told` turns into ``note`` and ``said``
    ahead: Callable[[], tuple[list, list]] | None = None


def told(work: ExportWork, ahead: tuple[list, list] | None) -> tuple[str | None, list]:
    """(``note``, ``said``) once what ``work.ahead`` learned on the worker is back, in the interface's language."""
    if ahead is None:
        return work.note, work.said
    warnings, said = ahead
    return notes_words(warnings) or None, said


def work_for(session: GradingSession, fmt: str, path: Path, recognition: Recognition | None, store=None,
             titles: dict[str, str] | None = None) -> ExportWork:
    """What writing ``fmt`` to ``path`` takes. A sheet the format cannot take (a Canvas file without the students' ids)
    raises its SheetError here, before anything is written; ``recognition`` is the LMS the sheet came from. A graded
    sheet written is remembered in the project file ``store`` (if any), so an edit made in it later is told from a
    decision changed in Grader (:mod:`grader_app.io.sheet_said`). ``titles``: the question columns' titles of a Canvas
    or LMS file (question -> title, :mod:`.export_titles`; a question left out keeps its own).

    What is written is the session as it is now, when Export is pressed (:meth:`GradingSession.snapshot`, taken here on
    the GUI thread): a model arriving, a threshold moved or a decision changed while the worker writes goes into the
    next export, never into half of this one."""
    session = session.snapshot()
    if fmt == XLSX:
        from ..io.sheet_said import remember_written
        from ..io.summary_sheet import summary_writer
        from ..io.writers import write_graded_xlsx
        from .graded_words import graded_words
        from .summary_words import summary_words

        said = summary_words()   # the Summary sheet's words, taken here in the interface's language
        columns = graded_words()   # and the grading columns'
        empty: list[str] = []   # the students given an empty score, found on the worker
        cut: list[CutCell] = []   # the cells cut to Excel's limit, found as they are written

        def xlsx() -> Path:
            empty.extend(st.label for st in ungraded_students(session))
            return remember_written(store, session, write_graded_xlsx(
                session, path, extra_sheets=summary_writer(session, words=said), words=columns, cut=cut))
        return ExportWork(xlsx, later=lambda blind: joined(empty_words(path.name, empty, blind),
                                                            cut_words(path.name, cut, blind)))
    if fmt == CSV:
        from ..io.sheet_said import remember_written
        from ..io.writers import write_graded_csv
        from .graded_words import graded_words

        columns = graded_words()   # the grading columns' words, taken here in the interface's language
        blank: list[str] = []   # the students given an empty score, found on the worker

        def csv() -> Path:
            blank.extend(st.label for st in ungraded_students(session))
            return remember_written(store, session, write_graded_csv(session, path, words=columns))
        return ExportWork(csv, later=lambda blind: empty_words(path.name, blank, blind))
    if fmt == CANVAS:
        from ..io.canvas import canvas_rows, canvas_warnings, write_canvas_csv
        from ..io.lms.canvas import canvas_points
        from ..io.lms.canvas_file import refuse_without_students

        source = recognition.system if recognition is not None else None   # whose points the sheet's are
        refuse_without_students(session)   # no column telling the students apart (the mapping alone): said now

        def ahead() -> tuple[list, list]:   # on the worker: every student's cells are read
            canvas_rows(session, titles, source=source)   # marks above the points: said before anything is written
            # look-alike ids, attempts; scores scaled to a Canvas sheet's points: both said after saving
            return canvas_warnings(session), canvas_points(session, source)

        left_out = list_words()   # the list of students left out in the teacher's language
        return ExportWork(lambda: write_canvas_csv(session, path, titles, source=source, words=left_out), ahead=ahead)
    if fmt == PDF:
        from ..io.report import report_parts, report_title
        from .report_pdf import report_pdf_steps, report_words, write_pdf_bytes

        # the pieces are made on the worker, laid out and painted on the GUI thread a slice at a time, written on the
        # worker; the words are taken here, on the GUI thread, in the interface's language
        words = report_words()
        return ExportWork(PdfRecipe(prepare=lambda: report_parts(session, words=words),
                                    paint=lambda parts: report_pdf_steps(parts, report_title(session, words=words)),
                                    write=lambda pdf: write_pdf_bytes(pdf, path)))
    if fmt == FEEDBACK_PDF:
        from ..io.feedback import class_title
        from .feedback_pdf import checked_pages, feedback_pdf_steps, undrawn_words
        from .pdf_pages import write_pdf_bytes as write_pages

        undrawn: list[str] = []   # each student's characters the fonts cannot draw, gathered while painting
        return ExportWork(PdfRecipe(
            prepare=lambda: checked_pages(session, path, identifiers=identifiers_for(session.sheet, session.mapping)),
            paint=lambda pages: feedback_pdf_steps(pages, class_title(session), undrawn=undrawn),
            write=lambda made: write_pages(made[0], path)),   # (bytes, each student's pages)
            later=lambda blind: undrawn_words(undrawn))
    c = choice(fmt)
    if c.group == FEEDBACK:
        from ..io.feedback import write_feedback

        from .feedback_words import feedback_words

        opened = open_word()   # the sheet is the teacher's: a second attempt's "open" in their language
        headers = feedback_words()   # and its headers, the merge fields of their letter
        too_long: list[CutCell] = []   # the cells cut to Excel's limit (an .xlsx), found as they are written
        return ExportWork(lambda: write_feedback(session, path, identifiers=identifiers_for(session.sheet, session.mapping),
                                                 open_word=opened, words=headers, cut=too_long),
                          later=lambda blind: cut_words(path.name, too_long, blind))
    if c.lms is not None:
        lms, left_out = c.lms, list_words()   # the list of students left out in the teacher's language
        return ExportWork(lambda: lms.write(session, path, identifiers=identifiers_for(session.sheet, session.mapping),
                                            item_names=titles, words=left_out))
    raise ValueError(f"unknown export format {fmt!r}")


def saved_words(path: Path, result: ExportResult | None, said: list, note: str | None, blind: bool,
                later: Callable[[bool], str] | None = None) -> str:
    """The export dialog's line once ``path`` is written: where, for how many students (an LMS file's ``result``), what
    the export notes say (``said``: when there is no ``result``), the warning ``note`` (not while ``blind``: it
    names students), who got no grade in an LMS file (:func:`ungraded_words`), and ``later(blind)``, a warning of whole
    sentences known once the file was made (naming no student while ``blind``)."""
    text = "✔ " + translate("ExportDialog", "Saved {name} in {folder}.").format(name=path.name, folder=path.parent)
    if result is not None:
        text = "✔ " + translate("ExportDialog", "Saved {name} in {folder}, with %n students.", "", result.written).format(
            name=path.name, folder=path.parent)
        if result.notes:
            text += " " + notes_words(result.notes)
        text += ungraded_words(result, blind)
    elif said:
        text += " " + notes_words(said)
    if note and blind:   # the warning names students: not while names are hidden
        note = translate("ExportDialog", "Some students need a check before the import (different scores for one "
                                         "question, or ids or names that look alike): turn off blind marking (View "
                                         "menu) to see who.")
    text += f" ⚠ {note}" if note else ""
    known = later(blind) if later is not None else ""
    return text + (f" ⚠ {known}" if known else "")


SHOWN = 3   # the students without a grade named after saving; the rest are counted (and in the file's list)


def ungraded_words(result: ExportResult, blind: bool) -> str:
    """(After a space) who got no grade in ``result``'s LMS file because an answer of theirs still has no score: how
    many, the first few (none while ``blind``), and the list beside the file that names them all; "" for none."""
    if not result.ungraded:
        return ""
    n, file = len(result.ungraded), result.path.name
    if blind:
        text = translate("ExportDialog", "%n students got no grade in {file}, because an answer of theirs still has no "
                         "score.", "", n).format(file=file)
    else:
        text = translate("ExportDialog", "%n students got no grade in {file}, because an answer of theirs still has no "
                         "score: {students}.", "", n).format(file=file, students=listed(
                             [u.student for u in result.ungraded], SHOWN))
    text = " ⚠ " + text
    if result.report is not None:
        text += " " + translate("ExportDialog", "All of them are listed in {list}.").format(list=result.report.name)
    return text


def empty_words(file: str, labels: list[str], blind: bool) -> str:
    """Who has an empty score in the graded sheet ``file`` because an answer of theirs still has no score: how many
    and the first few (none while ``blind``; the rest are in the file, their scores empty); "" for none."""
    if not labels:
        return ""
    if blind:
        return translate("ExportDialog", "%n students have an empty score in {file}, because an answer of theirs still "
                         "has no score.", "", len(labels)).format(file=file)
    return translate("ExportDialog", "%n students have an empty score in {file}, because an answer of theirs still has "
                     "no score: {students}.", "", len(labels)).format(file=file, students=listed(labels, SHOWN))


def unexpected_words(exc: BaseException, name: str) -> str:
    """What is said when writing ``name`` failed because of a bug: the session is unchanged."""
    return translate("ExportDialog", "{name} could not be written because of an unexpected problem ({problem}); your "
                     "grading is unchanged, try exporting again").format(name=name, problem=type(exc).__name__)
