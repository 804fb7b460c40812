"""``grader score``: the columns the teacher chose in the window, read from the sheet's project file.

The window keeps the columns chosen for a sheet in its project (:meth:`ProjectStore.load_setup`), with the
multiple-choice and true/false question columns she ticked back for grading and those she unticked; opening the sheet
again, it reads them from there rather than guessing them again. The command does the same, so that it grades the
questions the window grades and writes the decisions she made there (on a question she ticked back too): started from
the guess instead, its columns were not the project's, and it could use none of them.

The project's columns are used when the project is this sheet's (its worksheet, the columns it was made with all in the
sheet, its answers this sheet's); a column of student ids the sheet gained since is added, as the window proposes, and
so is a question column it gained since (:func:`~grader_app.io.project_columns.new_questions`, which the window's
columns dialog ticks), graded with the model the command finds for any question and said (:func:`added_lines`), with
the option that leaves it out (``--leave-out-column``, for the run only).
Otherwise (a column gone, which the window asks about again; another sheet's project) the command guesses as before,
and :mod:`.project_beside` says what that means for the project's decisions. A column option given on the command line
is laid over the project's columns; when it changes them, the command says that its own choice was used (:func:`said`),
and :mod:`.project_beside` which decisions its columns do not hold.
The project is opened read only, as :mod:`.project_beside` opens it.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core.sheet import ColumnMapping, Sheet
from ..io.project_store import ProjectError, ProjectStore

COLUMN_OPTIONS = (("--id-column", "id_column"), ("--name-column", "name_column"), ("--item-column", "item_column"),
                  ("--answer-column", "answer_column"), ("--question-column", "question_column"),
                  ("--one-column-per-question", "one_column_per_question"), ("--closed-questions", "closed_questions"),
                  ("--leave-out-column", "leave_out_column"))


@dataclass
class SavedColumns:
    mapping: ColumnMapping   # the columns the window chose (with a column of ids the sheet gained since)
    name: str                # the project file's name
    models: dict[str, str] = field(default_factory=dict)   # question -> id of the model chosen for it there (.saved_models)
    no_model: tuple[str, ...] = ()   # the questions she chose to score herself there ("No model"; .saved_models)
    added: tuple[str, ...] = ()   # question columns the sheet gained since, graded as the window ticks them


@dataclass
class Guess:
    """The sheet's columns guessed once for the whole command (:meth:`of`): ``mapping``, or None and ``error``, why
    they cannot be guessed. It was guessed up to three times on a sheet with a project (for a column of ids added, for
    a question added, and for the guess's notes), each a pass over every cell (about 0.1 s each on 10,000 rows of two
    questions)."""
    mapping: ColumnMapping | None
    error: Exception | None = None

    @classmethod
    def of(cls, sheet: Sheet) -> Guess:
        """``sheet``'s columns guessed, as the window guesses them when it opens the sheet: the guess's notes on the
        sheet (an LMS download's, the question columns left out) are added to ``sheet.notes``, and said."""
        from ..io.columns import guess_columns
        from ..io.errors import SheetError

        try:
            return cls(guess_columns(sheet))
        except (SheetError, ValueError) as exc:
            return cls(None, exc)

    def copy(self) -> ColumnMapping:
        """The guessed columns, a copy of its own to change; why they cannot be guessed raised when they cannot."""
        if self.mapping is None:
            assert self.error is not None
            raise self.error
        return deepcopy(self.mapping)


def saved_columns(project: Path | None, sheet: Sheet, guess: Guess) -> SavedColumns | None:
    """The columns the project file ``project`` holds for ``sheet`` (``guess``: its columns guessed) when they are this
    sheet's (see the module); None when there is no such project, it holds no columns, or they are not this sheet's."""
    from ..io.project_columns import gone, new_ids, new_questions

    if project is None or not ProjectStore.exists(project):
        return None
    try:
        store = ProjectStore.open(project, read_only=True)
    except (ProjectError, OSError):
        return None   # restore_beside says it cannot be read
    try:
        setup = store.load_setup()
        if setup is None or setup.get("sheet_name") not in (None, sheet.sheet_name) or gone(sheet, setup["mapping"]):
            return None
        ids = (new_ids(sheet, setup, guess.mapping, store.decision_count(), project.name)
               if guess.mapping is not None else None)   # no guess: nothing found new, as new_ids finds then
        mapping: ColumnMapping = ids.mapping if ids is not None else setup["mapping"]
        mapping.validate(sheet)
        if not _this_sheets(store, sheet, mapping):
            return None
        questions = (new_questions(sheet, {**setup, "mapping": mapping}, guess.mapping, project.name)
                     if guess.mapping is not None else None)
    except (ProjectError, OSError, ValueError, KeyError):   # not usable: restore_beside says why
        return None
    finally:
        store.close()
    added: tuple[str, ...] = ()
    if questions is not None:
        added = tuple(c for c in questions.mapping.answer_columns if c not in mapping.answer_columns)
        mapping = questions.mapping
    chosen = setup.get("item_bundles") or {}
    models = {str(item): bid for item, bid in chosen.items() if isinstance(bid, str) and bid}
    return SavedColumns(mapping, project.name, models, tuple(str(item) for item, bid in chosen.items() if bid is None),
                        added)


def _this_sheets(store: ProjectStore, sheet: Sheet, mapping: ColumnMapping) -> bool:
    """Are the project's answers this sheet's, read with ``mapping`` (the check the project makes of a session)?"""
    from ..core.session import GradingSession
    from ..io.lms import reading_for

    try:
        store.check(GradingSession(sheet, mapping, reading=reading_for(sheet, mapping), flagged=False))
    except ProjectError:
        return False
    return True


def options_given(args) -> list[str]:
    """The column options given on the command line, as they are spelled there."""
    return [flag for flag, attr in COLUMN_OPTIONS if getattr(args, attr)]


def said(saved: SavedColumns | None, mapping: ColumnMapping, args) -> list[str]:
    """What the command says when the column options given changed the columns the window chose: its own were used.
    A question column the sheet gained since, left out by --leave-out-column, was not chosen there: nothing is said."""
    if saved is None or not (given := options_given(args)):
        return []
    added_left = set(saved.added) & set(args.leave_out_column or ())
    window = replace(saved.mapping, answer_columns={c: q for c, q in saved.mapping.answer_columns.items()
                                                    if c not in added_left})
    if mapping.to_dict() == window.to_dict():
        return []
    return [f"The columns given on the command line ({', '.join(given)}) were used over those chosen in the window, "
            f"which {saved.name} holds; leave {'that option' if len(given) == 1 else 'those options'} out to grade "
            "the columns chosen there."]


def added_lines(saved: SavedColumns | None, mapping: ColumnMapping) -> list[str]:
    """What the command says of the question columns the sheet gained since its project was saved that it grades
    (those ``mapping``, the columns read, still grades): which, and how to leave them out. None: nothing."""
    import shlex

    from .said import quoted

    columns = [c for c in saved.added if c in mapping.answer_columns] if saved is not None else []
    if saved is None or not columns:
        return []
    one = len(columns) == 1
    named = ", ".join(quoted(c) for c in columns)
    options = " ".join(f"--leave-out-column {shlex.quote(c)}" for c in columns)
    return [f"The sheet has {'a new column' if one else 'new columns'} {named}, which {saved.name} was made without, "
            f"so {'it is' if one else 'they are'} graded as {'a question' if one else 'questions'} here, as the window "
            f"ticks {'it' if one else 'them'} when it opens the sheet; to leave {'it' if one else 'them'} out, add "
            f"{options} (this run only), or untick {'it' if one else 'them'} in the window's columns dialog: the "
            "project keeps that choice, and this command follows it."]
