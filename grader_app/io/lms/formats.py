"""The export formats: each LMS's grade-import file, and the plain points sheet."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import SheetError
from ..paths_check import refuse_overwriting_input
from . import blackboard, brightspace, canvas, google, moodle, plain
from . import export_notes as said
from ._common import Identifiers, own_titles
from .export_files import ExportResult, finish, report_path_for, write_csv
from .ungraded import ungraded_entries
from .reasons import ListWords, NothingMatched, nothing_matched
from .recognition import identifiers_for


@dataclass(frozen=True)
class ExportFormat:
    """One file an LMS (or a teacher) reads grades from.

    ``build(session, identifiers, item_names, words) -> Table`` (``words``: those of the files the teacher reads, the
    list of students left out and the points sheet); :meth:`write` does the rest: the suffix,
    never over the sheet of answers, every cell formula-safe, an atomic write, and the report of
    the students the file could not take (``<name>-unmatched.csv``; an earlier export's report of
    that exact name is deleted when everyone is in the file, so no stale list remains beside it).
    The file is laid out as the table says (an LMS's own delimiter; the points sheet the sheet's); the report is
    read by the teacher, so it has the list separator and decimal mark of the teacher's sheet
    (:mod:`grader_app.io.csv_locale`).
    A file that could take no student is not written at all (:class:`~.reasons.NothingMatched` says why).
    """

    key: str            # "moodle-gradebook"
    name: str           # "Moodle gradebook (CSV import)"
    system: str         # "Moodle"
    suffix: str         # ".csv"
    upload: str         # where the file goes, one sentence
    build: Callable

    def write(self, session, path, identifiers: Identifiers | None = None,
              item_names: dict[str, str] | None = None, words: ListWords | None = None) -> ExportResult:
        """Write the file; ``identifiers`` default to :func:`identifiers_for` the session's sheet,
        ``item_names`` rename questions (item id -> column title), ``words`` are those of the list of students
        left out and of the points sheet (English by default). SheetError (one sentence) if it cannot be written,
        NothingMatched (a SheetError) if no student could go into it; nothing is written then, and a file already
        there is kept."""
        p = Path(path)
        if p.suffix.lower() != self.suffix:
            raise SheetError(f"cannot write {p.name}: the {self.name} file is a {self.suffix} file; "
                             f"choose a name ending in {self.suffix}")
        refuse_overwriting_input(p, [session.sheet.source])
        report_path = report_path_for(p)
        refuse_overwriting_input(report_path, [session.sheet.source])
        ids = identifiers if identifiers is not None else identifiers_for(session.sheet, session.mapping)
        table = self.build(session, ids, dict(item_names or {}), words if words is not None else ListWords())
        if table.unmatched and not table.written:
            # a header alone is no grade file: a teacher who uploads it gets nothing back, and it replaced what was there
            points = next((f.name for f in FORMATS if f.key == "points"), "")
            raise NothingMatched(nothing_matched(p.name, self.system, table.unmatched, points), table.unmatched)
        write_csv(p, table.rows, bom=table.bom, quote_all=table.quote_all, delimiter=table.delimiter)
        notes = list(table.notes)
        if ids.not_students():
            notes.append(said.not_students_left_out(ids.not_students()))
        # the list is the teacher's (no LMS reads it): laid out as their sheet, in their words
        return finish(p, table.written, table.unmatched, notes, self.system, session, words,
                      own_titles(session, dict(item_names or {})),
                      # (the points sheet shows them itself, each with no total: the export dialog says so first)
                      ungraded_entries(session, table.unmatched) if self.key != "points" else ())


FORMATS: tuple[ExportFormat, ...] = tuple(
    ExportFormat(*entry) for module in (canvas, moodle, blackboard, brightspace, google, plain)
    for entry in module.EXPORTS)


def export_format(key: str) -> ExportFormat:
    """The format with this key; KeyError naming the known keys otherwise."""
    for f in FORMATS:
        if f.key == key:
            return f
    raise KeyError(f"no export format {key!r}; known: {', '.join(f.key for f in FORMATS)}")
