"""``grader score``: the decisions the teacher made in the window, read from the project file beside the sheet.

A teacher grades in the window, then scripts the export (``grader score sheet.xlsx --out graded.csv``). The window
keeps those decisions in the sheet's project file (``<sheet>.grader-project``, :mod:`grader_app.io.project_store`), so
the command reads them from there, as the window would when it opens the sheet: the decisions and the thresholds come
back into the session (:meth:`ProjectStore.restore`), so the file written holds the decisions, with their comments, and
the statuses the window would write (``--threshold``, given, still sets the thresholds). The sheet's own earlier
decisions (a graded sheet opened again) are not taken over a second time once the project took them over: what the
teacher undid in the window stays undone.

Read only: the project is opened with ``read_only=True``, which takes no lock and refuses every write, so the command
never changes the teacher's project and never stops a window from opening it. A window that has the project open
(holding its lock, :mod:`grader_app.io.lock`) may still be writing decisions: what was committed when the command read
it is used, and the command says that later decisions are not in the file. Read with other columns than the project's
(a column option given, a column the project was made with gone from the sheet), each decision goes to its answer as
the window takes a project to the columns chosen (:func:`grader_app.io.project_columns.read_with`): those the columns
hold are in the file, the others are said by question, with why and what to do (:func:`columns_line`), and stay in the
project. A project the session does not fit (another sheet, a file that cannot be read) is not used, and the command
says so in one line, with what to do. The command says which in every case: a project's decisions are never used or
left out without a word. A saved
decision or threshold that cannot be read (or a score that is not one of its question's) is left out and said, the
others used (:mod:`grader_app.io.project_readback`); a question whose model has changed since the window saved its rows
is said once the answers are scored, with how many answers' score the model accepts on its own changed
(:mod:`grader_app.io.project_predictions`): the command scores every answer with the installed models, as the window
does once it sees the change. It says so at every run, saying why: it never writes the project, so only the window,
opening the sheet, keeps the new model's scores there.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.numbers import score_text
from ..core.sheet import ColumnMapping
from ..io.project_columns import gone
from ..io.lock import LockHeld, acquire
from ..io.project_places import existing_project_for
from ..io.project_store import SUFFIX, ProjectError, ProjectStore
from .said import quoted


@dataclass
class Beside:
    lines: list[str] = field(default_factory=list)   # what the command says about the project (without "grader: ")
    earlier_taken: bool = False   # the project took over the sheet's earlier decisions already: it is their record
    # what the sheet held when the project last wrote or read it (``io.sheet_said``; None: never), to weigh the sheet's
    # earlier decisions against the project's as the window does (:func:`weigh_earlier`)
    said: dict[str, tuple[str, str | None]] | None = None
    held: int = 0   # the decisions restored from the project (before the sheet's changes since are weighed)
    name: str = ""  # the project file's name
    models: list = field(default_factory=list)   # questions whose stored rows another model made (io.project_predictions)


def workbook_project(sheet_path) -> Path:
    """The project file of the sheet, beside it or in the user's data folder (looked for, never a write tried in the
    sheet's folder), else where it would be beside it: a workbook's worksheets' own project files are beside that."""
    return existing_project_for(sheet_path) or Path(sheet_path).absolute().with_name(Path(sheet_path).stem + SUFFIX)


def restore_beside(sheet_path, session, project: Path | None = None, given: list[str] | tuple = ()) -> Beside:
    """Restore into ``session`` (unannounced) what the project file beside ``sheet_path`` holds (``project``: that of
    the worksheet read, :func:`grader_app.io.worksheet_projects.project_of_worksheet`), read only; what to say about
    it. No project file: nothing. Read with other columns than the project's (``given``: the column options given on
    the command line, :func:`.saved_columns.options_given`), it takes each decision those columns hold as the window
    would take it to them, and says which it leaves out, and why (:func:`columns_line`)."""
    path = project if project is not None else existing_project_for(sheet_path)
    if path is None or not ProjectStore.exists(path):
        return Beside()
    where = "beside the sheet" if path.parent == Path(sheet_path).absolute().parent else "of this sheet"
    try:
        store = ProjectStore.open(path, read_only=True)
    except (ProjectError, OSError) as exc:
        return Beside([_unreadable(path.name, where, exc) + "."])
    try:
        try:
            held = store.decision_count()
            setup = store.load_setup() or {}
        except ProjectError as exc:   # a setting that cannot be read: the file cannot be used
            return Beside([_unreadable(path.name, where, exc) + "."])
        try:
            restored = store.restore(session, partial=True)
        except ProjectError as exc:
            return Beside([f"{path.name} {where} holds {_decisions(held)} made in the window, but {_why(exc)}."])
        left_out, models, behind = store.left_out, store.model_changes, store.left_behind
        taken = store.earlier_taken()
        said = store.sheet_said(Path(sheet_path).name) if taken else None
    finally:
        store.close()
    n = restored["decisions"]
    line = (f"{path.name} {where} holds {_decisions(n)} made in the window; {'it is' if n == 1 else 'they are'} in "
            "this file (the project is only read, not changed)." if n else
            f"{path.name} {where} holds no decisions made in the window on the answers of the columns read here (the "
            "project is only read, not changed)." if behind.decisions else
            f"{path.name} {where} holds no decisions made in the window yet." if not left_out.decisions else
            f"{path.name} {where} holds no other decisions made in the window (the project is only read, not changed).")
    if n and (ids := _ids_since(setup.get("mapping"), session.mapping)):
        line += (f" The project was made without the column {quoted(ids)} for the student ids, which this command uses: each "
                 "decision was matched to its answer by its cell. To make it the project's too, open the sheet in the "
                 "window and choose it there (it asks once; later: File > Choose columns...).")
    if restored.get("dropped"):
        d = restored["dropped"]
        whose = "its answer" if d == 1 else "their answers"
        line += f" {_decisions(d)} {'was' if d == 1 else 'were'} left out because {whose} changed in the sheet since."

    if _open_in_a_window(path):
        line += (" The project is open in a Grader window now: decisions made there from now on are not in this file; "
                 "run the command again when you have finished.")
    lost = gone(session.sheet, setup["mapping"]) if isinstance(setup.get("mapping"), ColumnMapping) else []
    return Beside([line, *columns_line(behind, path.name, given, lost), *left_out_lines(left_out, session, path.name)],
                  taken, said, n, path.name, models)


def columns_line(behind, name: str, given, lost: list[str]) -> list[str]:
    """What the command says of the decisions of the project ``name`` that the columns it read do not hold
    (``behind``: :class:`grader_app.io.project_columns.LeftBehind`), by question: why (the column options ``given``,
    else the columns ``lost``, which the sheet has no more), and what to do; none if none. The comments waiting for a
    score left behind so are counted with them (said alone when no decision is left behind)."""
    n, comments = sum(map(len, behind.decisions.values())), behind.comments
    if not n and not comments:
        return []
    on = [(len(keys), f"on question {quoted(item)}" if item is not None else f"on answers in {_columns(lost)}")
          for item, keys in behind.decisions.items()]
    where = "" if not on else f" {on[0][1]}" if len(on) == 1 else " (" + "; ".join(f"{k} {w}" for k, w in on) + ")"
    waiting = f"{comments} comment{'' if comments == 1 else 's'} waiting for a score"
    what = (f"{_decisions(n)} made in the window{where}" + (f" (and {waiting})" if comments else "") if n else
            f"{waiting}, typed in the window,")
    count = n or comments
    its, it = ("its answer", "it") if count == 1 else ("their answers", "them")
    if lost:
        named = ("that column" if len(lost) == 1 else "those columns") if None in behind.decisions else _columns(lost)
        why = (f"the sheet no longer has {named}, which the project was made with, and the columns this command found "
               f"in {'its' if len(lost) == 1 else 'their'} place do not hold {its} as they were")
        do = ("open the sheet in the window, which asks for the columns again and keeps your decisions with their "
              "answers, then run the command again")
    elif given:
        why = (f"the columns given on the command line ({', '.join(given)}) do not hold {its} as the columns chosen in "
               "the window did (the same student, question and text in the same cell)")
        do = f"leave {'that option' if len(given) == 1 else 'those options'} out to have {it} in this file"
    else:
        why = f"the columns this command read are not those the project was made with, and do not hold {its} as they were"
        do = "open the sheet in the window and check its columns (File > Choose columns…), then run the command again"
    return [f"{what} {'is' if count == 1 else 'are'} not in this file: {why}; "
            f"{do}. {name} keeps {it} (the command only reads the project)."]


def _columns(columns: list[str]) -> str:
    return ("the column " if len(columns) == 1 else "the columns ") + ", ".join(quoted(c) for c in columns)


def left_out_lines(left_out, session, name: str) -> list[str]:
    """What the command says of the saved decisions and thresholds of the project ``name`` that could not be read
    (:class:`grader_app.io.project_readback.LeftOut`): which, and what to do; none if none."""
    lines = []
    if n := len(left_out.unreadable):
        lines.append(f"{_decisions(n, 'saved ')} in {name} could not be read, so {'it is' if n == 1 else 'they are'} not "
                     f"in this file ({_rows(session, left_out.unreadable)}): score {_those(n)} again in the window; the "
                     "other decisions are in it.")
    if n := len(left_out.not_scores):
        named = "; ".join(f"row {_row(session, k)}: {said} for question {quoted(session.answers[k].item)}, {_scale(session, k)}"
                          for k, said in left_out.not_scores[:5]) + (f"; {n - 5} more" if n > 5 else "")
        why = "its score is not a score of its question" if n == 1 else "their scores are not scores of their questions"
        lines.append(f"{_decisions(n, 'saved ')} in {name} {'is' if n == 1 else 'are'} not in this file because {why} "
                     f"({named}): score {_those(n)} again in the window; the other decisions are in it.")
    if items := left_out.thresholds:
        listed = ", ".join(quoted(item) for item in items)
        lines.append(f"The threshold saved in {name} for question {listed} could not be read, so its model's own "
                     "threshold is used." if len(items) == 1 else
                     f"The thresholds saved in {name} for questions {listed} could not be read, so their models' own "
                     "thresholds are used.")
    return lines


def model_lines(beside: Beside, session) -> list[str]:
    """Once the answers are scored: for each question whose model has changed since the project's rows were saved in the
    window, how many answers' score the model accepts on its own changed (said where the project named the model, or
    where something changed: :mod:`grader_app.io.project_predictions`)."""
    from ..io.project_predictions import changed_answers

    lines = []
    for change in beside.models:
        n = changed_answers(session, change)
        if not (n or change.known):
            continue
        what = f"changed for {n} answer{'' if n == 1 else 's'}" if n else "changed for no answer"
        lines.append(f"The model for question {quoted(change.item)} has changed since the sheet was last open in the window, "
                     "so its answers were scored again in this file (the decisions made there stay as they are); the "
                     f"score it accepts on its own {what}. The project is not changed (grader score only reads it), so "
                     "this is said at every run until the sheet is opened in the window, which then keeps the new "
                     "model's scores.")
    return lines


def _row(session, key: int) -> int:
    return session.sheet.row_number(session.answers[key].row)


def _rows(session, keys) -> str:
    shown = ", ".join(f"row {_row(session, k)}" for k in keys[:5])
    return shown + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")


def _scale(session, key: int) -> str:
    labels = session.items[session.answers[key].item].labels
    return "whose scores are " + ", ".join(score_text(v) for v in labels) if labels else "which takes numbers only"


def _those(n: int) -> str:
    return "that answer" if n == 1 else "those answers"


def weigh_earlier(session, beside: Beside):
    """The sheet's earlier decisions weighed against the project's restored into ``session``, as the window weighs them
    when it opens the sheet (:func:`grader_app.workflow.take_over_earlier`), without writing anything: a final score
    changed in the sheet since Grader last wrote or read it is taken over the project's decision (``edited``), one the
    sheet holds as it did then leaves the project's, and where nothing tells which is newer the project's stands
    (``unsure``). A project that has not taken the sheet's decisions over yet: they are taken as the window would."""
    from ..core.earlier import take_over
    from ..io.sheet_said import chooser

    return take_over(session, choose=chooser(session, beside.said, first=not beside.earlier_taken))


def after_weighing(beside: Beside, session) -> list[str]:
    """What the command says, once the sheet's earlier decisions are weighed (:func:`weigh_earlier`), of the decisions
    this file holds, when the sheet's changes since made them more or fewer than the project holds (the lines on those
    changes say which); and of the comments the project keeps waiting for a score (typed in the window on an answer not
    decided, or into the sheet), which this file cannot hold. Nothing without a project."""
    if not beside.name:
        return []
    lines = []
    decided = len(session.decisions)
    if beside.earlier_taken and decided != beside.held:
        lines.append(f"With the changes made in the sheet since Grader last saved or read it (said below), this file "
                     f"holds {_decisions(decided)} of yours, not the project's {beside.held}.")
    if session.waiting_comments:
        keys = sorted(session.waiting_comments)
        n = len(keys)
        rows = ", ".join(f"row {session.sheet.row_number(session.answers[k].row)}" for k in keys[:5])
        rows += f" and {n - 5} more" if n > 5 else ""
        whose = "its answer's score" if n == 1 else "their answers' scores"
        lines.append(f"{n} comment{'' if n == 1 else 's'} waiting for {whose} (◷ in the window) "
                     f"{'is' if n == 1 else 'are'} not in this file "
                     f"({rows}): this file holds the comments of scored "
                     f"answers only; score {'that answer' if n == 1 else 'those answers'} in the window, or give "
                     f"{'it' if n == 1 else 'them'} a final score in the sheet.")
    return lines


def _unreadable(name: str, where: str, exc: BaseException) -> str:
    """The line on the project file ``name`` that the command could not read (``exc``): why, and what puts its
    decisions in a file the command writes. It used to end "…: export from the window", which does not help: the window
    reads the file as the command does and cannot use it either (it says so, with what to do in the window); and
    the problem's own sentence, put in the line as it was, advised opening the sheet again, the window's remedy."""
    kind, values = getattr(exc, "kind", ""), getattr(exc, "values", {})
    none = "so this file does not include the decisions made in the window"
    if kind in ("project.damaged_without_wal", "project.tables_in_wal"):
        wal = values["wal"]
        return (f"{name} {where} could not be read: its latest changes are in the file {wal}, which is not beside it, "
                f"{none}; if you copied {name} from somewhere, copy {wal} from there beside it too and run the command "
                "again")
    if kind in ("project.damaged", "project.unreadable", "project.not_grader"):
        return (f"{name} {where} could not be read: it is damaged or not a Grader project file, {none}, and the window "
                f"cannot read them from it either; if you have an earlier copy of {name}, put it in its place and run "
                "the command again")
    if kind == "project.newer":
        return (f"{name} {where} was saved by a newer Grader (project version {values['version']}), {none}; update "
                "Grader and run the command again")
    if kind == "project.read_failed":
        return f"{name} {where} could not be read ({values['why']}), {none}; check the disk, then run the command again"
    return f"{name} {where} could not be read ({exc}), {none}; run the command again once it can be read"


def _why(exc: ProjectError) -> str:
    """Why the command could use none of a project's decisions (``exc``, what :meth:`ProjectStore.restore` refused it
    with), and what to do to have them in a file. Other columns are no reason: the command reads the window's, and
    gives what the columns given hold (:func:`columns_line`). What would not help is not advised: exporting from the
    window, which refuses another sheet's project as the command does."""
    kind, values = getattr(exc, "kind", ""), getattr(exc, "values", {})
    if kind == "project.other_sheet":
        return ("they are on another sheet's answers (fewer than half of them are in this one), so this file does not "
                "include them; to have them in a file, score the sheet the project was made for")
    if kind == "project.same_name_sheet":
        return (f"it belongs to {values['other']}, another sheet in this folder with the same name but another ending, "
                "and this sheet holds fewer than half of its answers, so this file does not include them; to have them "
                f"in a file, score {values['other']}, and to give this sheet a project of its own, rename it, for "
                f"example to {values['suggestion']}")
    return f"{exc}; this file does not include them"


def _ids_since(stored, mapping) -> str | None:
    """The id column the command's columns use where the project's (``stored``) chose none, the rest alike."""
    if stored is None or stored.id_column or not mapping.id_column or stored.to_dict() == mapping.to_dict():
        return None
    return mapping.id_column


def _decisions(n: int, kind: str = "") -> str:
    return f"{n} {kind}decision{'' if n == 1 else 's'}"


def _open_in_a_window(path: Path) -> bool:
    """Does another window or process hold the project's lock? Asked by taking the lock and letting it go at once."""
    try:
        lock = acquire(path)
    except LockHeld:
        return True
    except OSError:
        return False
    if lock is not None:
        lock.release()
    return False
