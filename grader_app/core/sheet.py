"""A teacher's answer sheet as read from disk, and which columns mean what.

Readers in ``grader_app.io`` build a :class:`Sheet`; the grading session turns it into answers with a :class:`ColumnMapping`.
Every cell is kept as the exact text it had (no type guessing), so writing the sheet back changes nothing the teacher typed."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from ..errors import GraderError

from .numbers import whole_number_text
from .row_questions import row_questions
from .scored_before import ScoredBy

if TYPE_CHECKING:  # pandas is needed only once a sheet is read; importing it here cost the app's start-up ~0.4 s
    import pandas as pd

LONG = "long"   # one row per answer: student, item, answer columns
WIDE = "wide"   # one row per student, one column per question


@dataclass(frozen=True)
class EarlierDecision:
    """A decision the teacher made when this sheet was graded with Grader before, as its grading columns hold it."""

    row: int            # the frame row of the answer
    column: str         # the answer column the decision belongs to (a wide sheet's); "" in the long layout
    score: str          # the ``final_score`` cell as text
    comment: str = ""
    typed: bool = False  # typed into the sheet on a row whose status did not say the teacher decided (in Excel, say)
    # only a comment typed in (in Excel, say): on an ``auto`` row beside the model's score (``score``: the row's final
    # score, kept with the comment as the teacher's decision), or on a row with no final score (``score`` ""): a comment
    # waiting for its answer's score (``GradingSession.waiting_comments``)
    comment_only: bool = False
    # the status says the teacher decided, but the final score is empty: cleared in the sheet (in Excel, say) after
    # Grader wrote it, the decision taken back (``score`` ""; ``comment`` what the row still holds)
    cleared: bool = False


@dataclass(frozen=True)
class TypedCell:
    """A workbook cell that held a number, a date or a truth value rather than text: the frame keeps its ``text``
    (what the app reads and matches), the graded workbook writes back its ``value`` with its ``number_format``."""

    value: Any                   # int, float, bool, datetime, date or time, as the workbook stored it
    number_format: str           # the cell's number format ("0.00", "yyyy-mm-dd"), "General" when it had none
    text: str                    # the frame's text of the cell, read from that value


@dataclass(frozen=True)
class BesideCell:
    """A workbook cell outside the table (a title row's, a count beside the header, a note far below): the graded
    workbook puts it back where it was (:mod:`grader_app.io.beside_cells`). ``row`` and ``column`` are 1-based, as in
    the teacher's worksheet; ``value`` is the teacher's formula ("=COUNTA(A2:A30)") when ``formula``, else the text,
    number or date it held, in its ``number_format``."""

    row: int
    column: int
    value: Any
    formula: bool = False
    number_format: str = "General"


@dataclass(frozen=True)
class FormulaCell:
    """A cell of the table that holds a formula in the teacher's workbook: where it was there (``row`` and ``column``,
    1-based), the ``formula`` ("=SUM(D2:F2)") and its number format; ``saved`` whether the workbook saved its result,
    which the frame holds (one without, a program wrote: "", Grader cannot see it, :mod:`.unsaved_formulas`). The
    graded workbook writes it back as the formula in a column Grader does not read (:meth:`ColumnMapping.read_columns`),
    and its value in one it does (one without a saved value: the formula still)."""

    row: int
    column: int
    formula: str
    saved: bool = True
    number_format: str = "General"

    @property
    def name(self) -> str:
        """The cell's name as the teacher's spreadsheet shows it ("E4")."""
        letters, c = "", self.column
        while c > 0:
            c, rest = divmod(c - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return f"{letters}{self.row}"


@dataclass
class Sheet:
    frame: pd.DataFrame          # all columns as str (object), original order, original header names
    source: Path | None = None
    sheet_name: str | None = None  # the worksheet the answers came from (XLSX)
    header_row: int = 0          # 0-based row of the header in the file (after title rows)
    notes: list[str] = field(default_factory=list)  # what the reader did, for the user
    # each frame row's 1-based row number in the file, as the teacher's spreadsheet shows it (blank
    # rows dropped by the reader are counted); empty for a sheet built elsewhere: see row_number()
    file_rows: tuple[int, ...] = ()
    sheet_names: tuple[str, ...] = ()   # every worksheet of the workbook, in order (XLSX), to choose another
    # the teacher's decisions of an earlier grading with Grader, whose grading columns the reader set aside
    # (grader_app.io.earlier_grading); a session takes them over with grader_app.core.earlier
    earlier: tuple[EarlierDecision, ...] = ()
    # the rows of those grading columns that hold nothing of the teacher's (the model's final score of an ``auto`` row,
    # or none; no comment), as ``EarlierDecision``s (``score`` the final score cell, ``comment`` ""): only weighed where
    # a project remembers that the sheet held the teacher's score or comment there (grader_app.io.sheet_said), which
    # was then cleared in the sheet since
    plain: tuple[EarlierDecision, ...] = ()
    # the model that scored each question then, as the graded workbook's Summary sheet names it (grader_app.io.scored_by);
    # a question gets it again where it is installed and the same (grader_app.core.scored_before)
    scored_by: tuple[ScoredBy, ...] = ()
    # the cells that were numbers or dates in a workbook, by (frame row, column): the graded workbook writes them so
    # (a CSV has none: its cells are text, "007" an id as much as 7 a number)
    typed: dict[tuple[int, str], TypedCell] = field(default_factory=dict)
    hidden_rows: tuple[int, ...] = ()   # the frame rows hidden (or filtered out) in the workbook
    hidden_columns: tuple[str, ...] = ()   # the frame columns hidden in the workbook, which its graded one hides too
    # each column's place (0-based) in the table, counting the empty columns the reader left out, where it left some
    # out: the graded workbook writes each column at its own letter (empty: the columns follow one another)
    places: dict[str, int] = field(default_factory=dict)
    # a workbook's cells outside the table (its title rows above the header, a count beside it, a note below), which
    # the graded workbook keeps where they were, and the ranges merged among them, (first row, first column, last row,
    # last column) 1-based, that touch no row of the table (a title merged over it)
    beside: tuple[BesideCell, ...] = ()
    merged_beside: tuple[tuple[int, int, int, int], ...] = ()
    # a workbook's table is where its worksheet had it: the 0-based column of the table's first column there (its
    # header in ``header_row``, its rows in ``file_rows``), so the graded workbook writes it there among the cells
    # beside it; None for a table written from A1 (a CSV's)
    first_column: int | None = None
    # the table's cells holding a formula in a workbook, by (frame row, column): see FormulaCell
    formulas: dict[tuple[int, str], FormulaCell] = field(default_factory=dict)
    # a workbook's formatting of the worksheet (grader_app.io.teacher_formatting.SheetFormatting: its cells' fonts,
    # fills, number formats, its columns' widths, ...), which the graded workbook carries over; None for a CSV
    formatting: Any = None
    # a graded sheet opened again: how many of the frame's last columns stood right of the grading columns set aside
    # (a column the teacher added there in Excel), which the graded sheet writes right of the new ones, as they stood
    after_grading: int = 0
    # the typed numbers the frame shows otherwise, by column: {row: (text, number's text)} (stored_values), made once
    _shown_otherwise: dict[str, dict[int, tuple[str, str]]] | None = field(default=None, init=False, repr=False,
                                                                           compare=False)
    _recognised: Any = field(default=None, init=False, repr=False, compare=False)   # io.lms.recognise's, made once

    def row_number(self, r: int) -> int:
        """The 1-based row of the file that holds the frame's row ``r``, to show to the teacher.

        Without ``file_rows`` (a sheet not read from a file) the rows are taken to follow the header
        with none left out."""
        if 0 <= r < len(self.file_rows):
            return self.file_rows[r]
        return self.header_row + 2 + r

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    def __len__(self) -> int:
        return len(self.frame)

    def stored_values(self, column: str, rows: Iterable[int] | None = None) -> list:
        """Column ``column``'s cells (on ``rows``, or all) as the frame holds them, but a workbook's number that its
        format shows otherwise ("85%" for 0.85, "2/3" for 0.67, "007" for 7) as that number's own text ("0.85",
        "0.67", "7"). An answer reads as the student saw it typed (the frame); a teacher's mark or points are the number
        the cell holds, so every reader of those (a marked sheet learned from, an earlier grading's scores, the points
        a sheet gives a question) takes these."""
        values = self.frame.iloc[:, self.columns.index(column)].to_numpy(dtype=object)
        at = range(len(values)) if rows is None else list(rows)
        out = list(values[at])
        if self._shown_otherwise is None:   # once: few cells are, and the review asks for a question's points at each key
            self._shown_otherwise = {}
            for (r, c), cell in self.typed.items():
                own = _number_text(cell.value)
                if own is not None and own != cell.text:
                    self._shown_otherwise.setdefault(c, {})[r] = (cell.text, own)
        otherwise = self._shown_otherwise.get(column)
        if otherwise:
            for i, r in enumerate(at):
                if r in otherwise and out[i] == otherwise[r][0]:
                    out[i] = otherwise[r][1]
        return out


@dataclass
class ColumnMapping:
    """Which columns hold what. ``layout`` decides which fields are used.

    long: ``answer`` holds the text, ``item`` (optional) the question id; with no item column every row belongs to one
    question, ``default_item``. wide: ``answer_columns`` maps each answer column to its question id.
    ``first_name_column`` (optional) holds the first name when ``name_column`` holds only the surname (Moodle's "First
    name" and "Surname"): the student is then "First Last" (:func:`student_name`)."""

    layout: str = LONG
    id_column: str | None = None
    name_column: str | None = None
    item_column: str | None = None
    answer_column: str | None = None
    answer_columns: dict[str, str] = field(default_factory=dict)
    default_item: str | None = None
    first_name_column: str | None = None
    left_out: list[str] = field(default_factory=list)   # long: questions whose rows give no answers (closed ones)
    # long: the questions of the sheet last read with it (GradingSession), for the names the window gives them only
    # (io.headers.question_words): neither saved nor compared
    questions: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def read_columns(self) -> list[str]:
        """The columns whose cells Grader reads to grade: the student's, the question's and the answers'."""
        named = [self.id_column, self.name_column, self.first_name_column]
        named += [self.item_column, self.answer_column] if self.layout == LONG else list(self.answer_columns)
        return [c for c in dict.fromkeys(named) if c]

    def seen_columns(self) -> list[str]:
        """The columns Grader reads whose every cell it must see to grade at all: the student's and the question's. An
        answer's cell whose formula shows nothing yet is one answer left unscored and flagged (``flags.UNSAVED``)."""
        answers = {self.answer_column} if self.layout == LONG else set(self.answer_columns)
        return [c for c in self.read_columns() if c not in answers]

    def to_dict(self) -> dict:
        d: dict[str, Any] = {
            "layout": self.layout, "id_column": self.id_column, "name_column": self.name_column,
            "item_column": self.item_column, "answer_column": self.answer_column,
            "answer_columns": dict(self.answer_columns), "default_item": self.default_item,
            **({"left_out": list(self.left_out)} if self.left_out else {}),   # only when set, as the first name below
        }
        if self.first_name_column:   # only when set: a project saved before it existed compares equal
            d["first_name_column"] = self.first_name_column
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "ColumnMapping":
        fields: dict[str, Any] = {k: d.get(k) for k in ("layout", "id_column", "name_column", "item_column",
                                                          "answer_column", "default_item", "first_name_column")}
        return cls(**fields, answer_columns=dict(d.get("answer_columns") or {}), left_out=list(d.get("left_out") or []))

    def validate(self, sheet: Sheet) -> None:
        """Raise ValueError with one plain sentence if the mapping does not fit the sheet (a column left out: ColumnChoice)."""
        cols = set(sheet.columns)
        named = [("student id", self.id_column), ("student name", self.name_column),
                 ("student's first name", self.first_name_column), ("question", self.item_column)]
        if self.layout == LONG:
            named.append(("answer", self.answer_column))
            if not self.answer_column:
                raise ColumnChoice.said("columns.no_answer_column")
            if not self.item_column and not self.default_item:
                raise ColumnChoice.said("columns.no_question_column")
        elif self.layout == WIDE:
            if not self.answer_columns:
                raise ColumnChoice.said("columns.no_answer_columns")
            for c in self.answer_columns:
                named.append(("answer", c))
        else:
            raise ValueError(f"unknown sheet layout {self.layout!r}")
        for what, col in named:
            if col and col not in cols:
                raise ValueError(f"the sheet has no column named {col!r} for the {what}; the columns are: "
                                 f"{', '.join(sheet.columns)}")


class ColumnChoice(GraderError, ValueError):
    """The columns chosen leave out one the sheet's layout needs (:meth:`ColumnMapping.validate`)."""


@dataclass(frozen=True)
class Answer:
    key: int            # position in the session, stable for a sheet + mapping
    row: int            # row in the sheet's frame
    column: str         # the sheet column holding the text
    student: str        # "name · id", or name, or id, or "row N" (student_label); "name (row N)" for students
    #                     sharing a name in a sheet without ids (core.namesakes)
    item: str           # question id as written in the sheet
    text: str           # what the model and the teacher read (the cell, or as a :class:`Reading` reads it)
    sheet_text: str | None = None   # the cell as the sheet holds it, when ``text`` reads it otherwise
    # the student as a project file's hashes of the answers name them, when ``student`` shows them otherwise: "id ·
    # name" with the id as the sheet's cells write it (Brightspace's "#jmuller"; :func:`hashed_student`), or a shared
    # name (core.namesakes); so the hashes, and blind marking's numbers, stay those of a project saved before
    sheet_student: str | None = None

    @property
    def cell(self) -> str:
        """The answer's cell exactly as in the sheet (what the graded sheet writes back)."""
        return self.text if self.sheet_text is None else self.sheet_text


@dataclass(frozen=True)
class Reading:
    """How the cells of a known export are read as answers (an LMS's: ``grader_app.io.lms.recognise``); the sheet keeps its
    cells as they are, and the graded sheet writes them back unchanged.

    ``texts`` takes one question's cells of one column, in sheet order, and gives what the model and the teacher read of
    each (an answer written in HTML as its text, a system's "-" for no answer as blank). ``skip`` holds the frame rows
    that are no student (a report's "Overall average"): they give no answers. ``student_id`` reads a student's id for
    their label (Brightspace's "#" before a username taken off). The answers' keys are their positions among the
    answers given, so a report's rows at its foot, which are the ones skipped, move no student's key."""

    texts: Callable[[Sequence[str]], Sequence[str]] | None = None
    skip: frozenset[int] = frozenset()
    # the student id as the app shows it ("jmuller" of Brightspace's "#jmuller"); the answer keeps the sheet's
    student_id: Callable[[str], str] | None = None


def student_rows(sheet: Sheet, reading: Reading | None = None) -> list[int]:
    """The frame rows that give answers: all but those ``reading`` leaves out as no student ("Overall average")."""
    skip = reading.skip if reading is not None else frozenset()
    return [r for r in range(len(sheet.frame)) if r not in skip]


def answers_from_sheet(sheet: Sheet, mapping: ColumnMapping, reading: Reading | None = None) -> list[Answer]:
    mapping.validate(sheet)
    df = sheet.frame
    out: list[Answer] = []
    rows = student_rows(sheet, reading)

    read_id = reading.student_id if reading is not None else None

    def who(r: int) -> tuple[str, str | None]:
        """The student of row ``r`` as the app shows them (:func:`student_label`), and as a project's hashes name
        them (:func:`hashed_student`) when that differs."""
        sid = str(df.iat[r, df.columns.get_loc(mapping.id_column)]).strip() if mapping.id_column else ""
        name = student_name(df, r, mapping).strip()
        shown, hashed = student_label(read_id(sid).strip() if read_id else sid, name, r), hashed_student(sid, name, r)
        return shown, (hashed if hashed != shown else None)

    if mapping.layout == LONG:
        answer_column = mapping.answer_column
        assert answer_column is not None   # validate() requires it for a long sheet
        a_idx = df.columns.get_loc(answer_column)
        # an empty question cell under a question is that question (core.row_questions)
        questions = row_questions(df, mapping.item_column) if mapping.item_column else None
        for r in (r for r in rows if questions is None or questions[r] not in mapping.left_out):   # closed: left out
            item = questions[r] if questions is not None else str(mapping.default_item)
            student, written = who(r)
            out.append(Answer(key=len(out), row=r, column=answer_column, student=student, item=item,
                              text=cell_text(df.iat[r, a_idx]), sheet_student=written))
    else:
        for r in rows:
            student, written = who(r)
            for col, item in mapping.answer_columns.items():
                out.append(Answer(key=len(out), row=r, column=col, student=student, item=str(item),
                                  text=cell_text(df.iat[r, df.columns.get_loc(col)]), sheet_student=written))
    return _read(out, reading.texts) if reading is not None and reading.texts is not None else out


def _read(answers: list[Answer], texts: Callable[[Sequence[str]], Sequence[str]]) -> list[Answer]:
    """The answers as ``texts`` reads them, one question of one column at a time (each keeps its cell)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for a in answers:
        groups.setdefault((a.column, a.item), []).append(a.key)
    out = list(answers)
    for keys in groups.values():
        cells = [answers[k].text for k in keys]
        read = list(texts(cells))
        if len(read) != len(cells):
            raise ValueError(f"an answer reading gave {len(read)} texts for {len(cells)} answers")
        for k, cell, text in zip(keys, cells, read):
            if text != cell:
                out[k] = replace(answers[k], text=text, sheet_text=cell)
    return out


def student_label(sid: str, name: str, r: int) -> str:
    """A student as the app shows them, on row ``r`` of the frame: "Harper Nowak · harper.nowak@school.org", their
    name first and their id after it (a column of them reads as names, however long the ids: QA, where an email was
    the id, the table showed only "harper.nowak@school.exa…"), and two students of one name are told apart by their
    ids; the name alone without an id, the id alone without a name, else "row N"."""
    return " · ".join(p for p in (name, sid) if p) or f"row {r + 1}"


def hashed_student(sid: str, name: str, r: int) -> str:
    """A student as a project file's hashes of the answers name them, and as blind marking's neutral numbers are drawn
    on: "id · name", the order the app showed them in before it put the name first, with the id as the sheet writes it
    (Brightspace's "#jmuller"): a project saved by any Grader finds its answers, and the numbers stay the same."""
    return " · ".join(p for p in (sid, name) if p) or f"row {r + 1}"


def student_name(frame: pd.DataFrame, r: int, mapping: ColumnMapping) -> str:
    """The name of the student on ``frame``'s row ``r``: the name column's text exactly as in the sheet ("" for an
    empty cell or no column), or "First Last" (each trimmed) when a first-name column is mapped and both are filled.
    Every place that shows, exports or compares a student's name takes it from here."""
    def text(col: str | None) -> str:
        return cell_text(frame.iat[r, frame.columns.get_loc(col)]) if col and col in frame.columns else ""

    first = text(mapping.first_name_column) if mapping.first_name_column != mapping.name_column else ""
    last = text(mapping.name_column)
    if first.strip() and last.strip():
        return f"{first.strip()} {last.strip()}"
    return last if last.strip() else first


def column_values(frame: pd.DataFrame, col: str):
    """Column ``col``'s values in row order as ``frame.iat`` gives them one by one (numpy's scalars, pandas's
    Timestamp, NA, ...), the column read once."""
    import numpy as np   # here: see pandas above

    series = frame.iloc[:, frame.columns.get_loc(col)]
    plain = isinstance(series.dtype, np.dtype) and series.dtype.kind not in "mM"   # iat gives a Timestamp for these
    return series.to_numpy() if plain else series.array


def student_names(frame: pd.DataFrame, mapping: ColumnMapping) -> list[str]:
    """:func:`student_name` for every row of ``frame``, each column read once rather than one cell at a time (a
    Canvas export read 20,000 cells one by one: QA s52g finding 3)."""
    def texts(col: str | None) -> list[str]:
        if not (col and col in frame.columns):
            return [""] * len(frame)
        return [cell_text(v) for v in column_values(frame, col)]

    first = texts(mapping.first_name_column if mapping.first_name_column != mapping.name_column else None)
    last = texts(mapping.name_column)
    return [f"{f.strip()} {n.strip()}" if f.strip() and n.strip() else n if n.strip() else f for f, n in zip(first, last)]


def cell_text(v) -> str:
    """A cell's value as an answer's text ("" for an empty cell)."""
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return str(v)


def _number_text(v) -> str | None:
    """A workbook's number as its own text (7 -> "7", 0.85 -> "0.85"), as a cell in General reads; None for a date,
    a truth value or anything else."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    if isinstance(v, int):
        return str(v)
    return whole_number_text(v) or format(v, ".15g")
