"""A project whose sheet no longer has a column it was made with: a header renamed in Excel ("Cell membrane" to "Cell
membrane answer"), a column deleted. The columns dialog asks again instead of refusing the sheet, and the teacher's
decisions go with the columns chosen where their answers are the same.

* :func:`gone` names the columns the stored choices use that the sheet has no more.
* :func:`prefilled` gives the dialog its choices: the stored ones where the columns are still there; in place of a
  gone column of answers, the sheet's column that holds the same answers (found by the answers' hashes the project
  keeps: the same student, question and text, :func:`~.project_records.digests_of`); in place of another gone column,
  the guess's column for it. A wide sheet's column the stored choices do not know (not among the sheet's columns
  when they were made: a question's header renamed and its answers edited too, a question added) is ticked as the
  guess ticks it; a column the sheet had then and the teacher left unticked stays unticked.
* :func:`changed_columns` says so to the teacher, with what to do, beside those choices.
* :func:`new_ids`: a sheet that has gained a column of student ids since its project was made without one (the
  teacher followed the advice for students who share a name, :mod:`grader_app.core.namesakes`) asks for the columns
  again once, that column chosen for the ids; :func:`by_place` then takes each decision to its answer, which the
  project's hashes (they name the student) no longer find: the answer in the same cell, read with the stored columns.
* :func:`new_questions`: a wide sheet that has gained a column the guess takes for a question since its project last
  saw the sheet's columns asks for the columns again, that column ticked (a project that did not keep them: as before).
* :func:`not_this_sheet`: a project whose decided answers are (almost) none of this sheet's texts, whatever the
  columns, was made for another sheet (another class's of the same name): said so, instead of asking for columns
  that do not exist.
* :func:`moved` takes each stored answer to the session's same answer once the teacher has chosen: the same student,
  question and text, in the same column or in a column chosen in place of a gone one. A decision is never carried to
  an answer that differs in any of these (:meth:`.project_store.ProjectStore.change_columns` refuses the columns
  when one would be left behind).

Pure Python; no Qt.
"""
from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field, replace

from ..core.namesakes import tell_apart
from ..core.session import GradingSession
from ..core.sheet import WIDE, Answer, ColumnMapping, Reading, Sheet, answers_from_sheet
from ..errors import Quoted
from .errors import SheetError
from .project_records import digests_of, text_digests
from .project_schema import ProjectError, other_sheet

_ROLES = ("id_column", "name_column", "first_name_column", "item_column")


def answer_columns(mapping: ColumnMapping) -> dict[str, str | None]:
    """The columns of answers ``mapping`` chooses, each with its question (None: the question column's or the
    sheet's one question)."""
    if mapping.layout == WIDE:
        return dict(mapping.answer_columns)
    return {mapping.answer_column: None} if mapping.answer_column else {}


def _used(mapping: ColumnMapping) -> list[str]:
    return [c for c in (*(getattr(mapping, r) for r in _ROLES), *answer_columns(mapping)) if c]


def gone(sheet: Sheet, mapping: ColumnMapping) -> list[str]:
    """The columns ``mapping`` chooses that ``sheet`` does not have, in the order ``mapping`` names them."""
    columns = set(sheet.columns)
    return [c for c in dict.fromkeys(_used(mapping)) if c not in columns]


def quoted(columns: list[str]) -> Quoted:
    """Column names as a problem's sentence names them: in the English quotation marks the window's English uses,
    “Cell membrane”, “Q2”; the window quotes each in the interface's own („Cell membrane“, «Cell membrane»)."""
    return Quoted.of(", ".join(f"“{c}”" for c in columns), columns)


def _as_in(answers: list[Answer], column: str) -> list[str]:
    """The hashes ``answers`` would have had in ``column`` (what the project keeps of an answer names its column)."""
    return digests_of([replace(a, column=column) for a in answers])


def _found_in(sheet: Sheet, trial: ColumnMapping, column: str, stored: Counter[str],
              reading: Reading | None) -> Counter[str]:
    """Per column of answers ``trial`` chooses, how many of its answers are, but for their column, stored answers of
    the gone ``column``."""
    try:
        answers = answers_from_sheet(sheet, trial, reading)
    except (ValueError, KeyError):
        return Counter()
    left, found = Counter(stored), Counter[str]()
    for a, d in zip(answers, _as_in(answers, column)):
        if left[d] > 0:
            left[d] -= 1
            found[a.column] += 1
    return found


def prefilled(sheet: Sheet, stored: ColumnMapping, guess: ColumnMapping | None, digests: list[str],
              reading: Reading | None = None, seen: list[str] | None = None) -> tuple[ColumnMapping, dict[str, str]]:
    """The choices the columns dialog opens with for a project ``stored`` chose columns of which ``sheet`` lost some
    (see the module's docstring), and each gone column of answers to the column found holding its answers (those
    found by ``digests``, the project's stored answers; ``reading``: the sheet's, as the session reads it; ``seen``:
    the sheet's columns when the project last saved its choices, None if it did not keep them)."""
    columns = set(sheet.columns)
    fields: dict = {r: (c if (c := getattr(stored, r)) in columns else None) for r in _ROLES}
    for role, column in fields.items():   # a gone column of the students or questions: the guess's, if it is free
        taken = {c for c in (*fields.values(), *answer_columns(stored)) if c}
        if column is None and getattr(stored, role) and guess is not None:
            fields[role] = g if (g := getattr(guess, role)) in columns and g not in taken else None
    mapping = replace(stored, answer_columns={}, answer_column=None, **fields)
    kept = {c: q for c, q in answer_columns(stored).items() if c in columns}
    wanted = Counter(digests)
    found: dict[str, str] = {}
    for old, question in answer_columns(stored).items():
        if old in columns:
            continue
        free = [c for c in sheet.columns if c not in {*_used(mapping), *kept, *found.values()}]
        if stored.layout == WIDE:   # every free column read at once, as this question's
            counts = _found_in(sheet, replace(mapping, answer_columns=dict.fromkeys(free, str(question))), old,
                               wanted, reading)
        else:
            counts = sum((_found_in(sheet, replace(mapping, answer_column=c), old, wanted, reading) for c in free),
                         Counter[str]())
        if counts:
            found[old] = max(free, key=lambda c: counts[c])   # the first of the most, in the sheet's order
    if stored.layout == WIDE:   # in the stored order, a found column where its gone one was
        mapping = replace(mapping, answer_columns={found.get(c, c): q for c, q in stored.answer_columns.items()
                                                   if c in kept or c in found})
        mapping = replace(mapping, answer_columns=_with_new(mapping, guess, set(seen or answer_columns(stored))))
    else:
        mapping = replace(mapping, answer_column=stored.answer_column if kept else found.get(stored.answer_column or ""))
    return mapping, found


def _with_new(mapping: ColumnMapping, guess: ColumnMapping | None, known: set[str]) -> dict[str, str]:
    """``mapping``'s questions and, after them, the guess's questions in columns not ``known`` to the stored choices
    and not chosen for anything else, each under the guess's name for it unless a question chosen has that name."""
    out = dict(mapping.answer_columns)
    if guess is None or guess.layout != WIDE:
        return out
    used = set(_used(mapping))
    for column, question in guess.answer_columns.items():
        if column in known or column in used:
            continue
        name = next((q for q in (question, column) if q not in out.values()), None)
        if name is not None:
            out[column] = name
    return out


@dataclass
class ChangedColumns:
    """A project made with columns the sheet no longer has: the columns dialog asks again, starting from ``mapping``
    (:func:`prefilled`) and the models ``chosen`` before (question -> bundle id); ``said`` is why it asks and what to
    do."""

    mapping: ColumnMapping
    chosen: dict
    said: ProjectError | None   # None: the teacher asked to choose the columns again (File ▸ Choose columns…)
    scales: dict = field(default_factory=dict)   # what the teacher set questions to be out of (core.scale)
    news: bool = False   # ``said`` is news (a column found new: nothing is wrong), not a problem


def changed_columns(sheet: Sheet, setup: dict, guess: ColumnMapping | None, digests: list[str], decisions: int,
                    name: str) -> ChangedColumns:
    """How to ask again for the columns of the project ``name`` (its ``setup``, the hashes of its answers, how many
    decisions it holds), made with columns ``sheet`` lost (``guess``: the guess made of ``sheet``, if there is one)."""
    from .columns import guess_columns
    from .lms import reading_for

    stored: ColumnMapping = setup["mapping"]
    if guess is None:
        try:
            guess = guess_columns(sheet)
        except (SheetError, ValueError):
            guess = None
    lost = gone(sheet, stored)
    mapping, found = prefilled(sheet, stored, guess, digests, reading_for(sheet), setup.get("sheet_columns"))
    if not decisions:
        said = ProjectError.said("project.columns_gone_undecided", gone=quoted(lost), name=name)
    elif set(lost) <= set(found):
        said = ProjectError.said("project.columns_renamed", gone=quoted(lost), name=name,
                                 found=quoted([found[c] for c in lost]), count=decisions)
    else:
        said = ProjectError.said("project.columns_gone", gone=quoted(lost), name=name, count=decisions)
    return ChangedColumns(mapping, dict(setup.get("item_bundles") or {}), said)


def moved(stored_rows: list[tuple[int, str]], stored: ColumnMapping, session: GradingSession) -> dict[int, int]:
    """Each stored answer key (with its hash) to the key of ``session``'s same answer: the same student, question and
    text in the same column, or in a column of answers ``session`` chooses that ``stored`` did not, in place of one
    of ``stored``'s the sheet has no more. Each session answer takes one stored answer at most."""
    was = answer_columns(stored)
    lost = [c for c in gone(session.sheet, stored) if c in was]
    new = set(answer_columns(session.mapping)) - set(was)
    keys: dict[str, deque] = defaultdict(deque)
    for a, d in zip(session.answers, digests_of(session.answers)):
        keys[d].append(a.key)
    moving = [a for a in session.answers if a.column in new]
    for column in lost:
        for a, d in zip(moving, _as_in(moving, column)):
            keys[d].append(a.key)
    taken: set[int] = set()
    out: dict[int, int] = {}
    for old, d in stored_rows:
        queue = keys.get(d)
        while queue:
            key = queue.popleft()
            if key not in taken:
                taken.add(key)
                out[old] = key
                break
    return out


def by_place(stored_rows: list[tuple[int, str]], stored: ColumnMapping, session: GradingSession) -> dict[int, int]:
    """Each stored answer key (with its hash) to the key of ``session``'s answer in the same cell (row and column),
    of the same question and text: the sheet read with the ``stored`` columns (all still in it) finds each stored
    answer by its hash, and its cell finds the session's. For columns that tell the students otherwise (an id column
    chosen since), where the hashes, which name the student, find nothing. Each session answer takes one at most."""
    try:
        old, _ = tell_apart(answers_from_sheet(session.sheet, stored, session.reading), session.sheet, stored)
    except (ValueError, KeyError):
        return {}
    queues: dict[str, deque] = defaultdict(deque)
    for a, d in zip(old, digests_of(old)):
        queues[d].append(a)
    here = {(a.row, a.column, a.item, a.cell): a.key for a in session.answers}
    out: dict[int, int] = {}
    for key, d in stored_rows:
        if queues.get(d):
            a = queues[d].popleft()
            if (new := here.get((a.row, a.column, a.item, a.cell))) is not None:
                out[key] = new
    return out


def to_columns(stored_rows: list[tuple[int, str]], stored: ColumnMapping, session: GradingSession) -> dict[int, int]:
    """Each stored answer key (with its hash) to the key of its answer under the columns ``session`` reads, which are
    not the ``stored`` ones: :func:`moved` where the sheet lost a column ``stored`` chose, else :func:`by_place`. The
    one rule for a project read with other columns: the window takes its decisions to the columns chosen so
    (:meth:`.project_store.ProjectStore.change_columns`, which refuses the columns when one would be left behind), and
    ``grader score``, which only reads the project, uses those it finds so and leaves the others out
    (:func:`left_behind`)."""
    return (moved if gone(session.sheet, stored) else by_place)(stored_rows, stored, session)


def left_behind(stored_rows: list[tuple[int, str]], stored: ColumnMapping, session: GradingSession,
                keymap: dict[int, int], keys: list[int]) -> dict[str | None, list[int]]:
    """Of the stored answer ``keys`` (those a decision is on), the ones :func:`to_columns` (``keymap``) took to no
    answer of ``session`` though their answer is still in the sheet as it was, by the question it answers (the sheet
    read with the ``stored`` columns; None: an answer in a column the sheet has no more). A key whose answer is not in
    the sheet as it was (edited since) is not among them: it is left out as any edited answer's decision is."""
    wanted = [k for k in keys if k not in keymap]
    if not wanted:
        return {}
    sheet, columns = session.sheet, set(session.sheet.columns)
    lost = gone(sheet, stored)
    readable = replace(stored, answer_columns={c: q for c, q in stored.answer_columns.items() if c in columns})
    try:
        old, _ = tell_apart(answers_from_sheet(sheet, readable, session.reading), sheet, readable)
    except (ValueError, KeyError):
        old = []
    questions: dict[str, deque] = defaultdict(deque)
    for a, d in zip(old, digests_of(old)):
        questions[d].append(a.item)
    digest = dict(stored_rows)
    out: dict[str | None, list[int]] = defaultdict(list)
    for k in wanted:
        if questions.get(digest.get(k, "")):
            out[questions[digest[k]].popleft()].append(k)
        elif lost:
            out[None].append(k)
    return dict(out)


@dataclass
class LeftBehind:
    """What a project read with other columns by ``grader score`` leaves out (:func:`read_with`): the stored keys of
    the decisions those columns do not hold, by the question each answers (None: its column is gone), and how many
    comments waiting for a score are left behind so."""
    decisions: dict[str | None, list[int]] = field(default_factory=dict)
    comments: int = 0

    @property
    def keys(self) -> set[int]:
        return {k for keys in self.decisions.values() for k in keys}


def read_with(store, stored: ColumnMapping, session: GradingSession, made_for: str | None) -> dict[int, int]:
    """The project ``store`` (made for the sheet ``made_for`` with the ``stored`` columns, not the session's) read with
    the session's columns by ``grader score``, which only reads it: each stored answer to its answer there
    (:func:`to_columns`), what is left behind set as ``store.left_behind`` (:func:`left_behind`). A project whose
    decided answers are (almost) none of the sheet's texts is another sheet's, whatever the columns: refused as
    :meth:`.project_store.ProjectStore.check` refuses it. Only a read-only store is read so (ValueError otherwise):
    nothing is written, so the file keeps every decision left behind."""
    if not store.read_only:
        raise ValueError("only a read-only project is read with other columns")
    name, decided = store.path.name, store.decided_answers()
    if not_this_sheet(session.sheet, store.stored_texts(), decided, name, made_for or "") is not None:
        raise other_sheet(name, made_for, session.sheet.source)
    rows = store.stored_answers()
    keymap = to_columns(rows, stored, session)
    comments = left_behind(rows, stored, session, keymap, list(store.waiting_comments()))
    store.left_behind = LeftBehind(left_behind(rows, stored, session, keymap, decided), sum(map(len, comments.values())))
    return keymap


def ids_added(stored: ColumnMapping, mapping: ColumnMapping) -> bool:
    """Is ``mapping`` ``stored`` (which chose no id column) with a column of student ids chosen, and nothing else?"""
    return not stored.id_column and bool(mapping.id_column) and replace(mapping, id_column=None) == stored


def students_moved(stored_rows: list[tuple[int, str]], stored: ColumnMapping, session: GradingSession, name: str,
                   sheet_file: str | None) -> dict[int, int]:
    """:func:`by_place` for the project ``name`` (made for ``sheet_file``), whose ``stored`` columns are the session's
    but for the id column the session chose, all of them still in the sheet; else ProjectError ("other column choices",
    or another sheet when fewer than half of the stored answers are found, as :meth:`.project_store.ProjectStore.check`
    says)."""
    if not ids_added(stored, session.mapping) or gone(session.sheet, stored):
        raise ProjectError.said("project.other_columns", name=name)
    keymap = by_place(stored_rows, stored, session)
    if len(keymap) < 0.5 * max(len(stored_rows), 1):
        raise other_sheet(name, sheet_file, session.sheet.source)
    return keymap


def _guessed(sheet: Sheet, guess: ColumnMapping | None) -> ColumnMapping | None:
    """``guess`` (the guess made of ``sheet``) when there is one, else ``sheet``'s columns guessed now; None when they
    cannot be guessed: :func:`new_ids`, :func:`new_questions` and :func:`ids_unchosen` then find nothing new."""
    from .columns import guess_columns

    if guess is not None:
        return guess
    try:
        return guess_columns(sheet)
    except (SheetError, ValueError):
        return None


def new_ids(sheet: Sheet, setup: dict, guess: ColumnMapping | None, decisions: int, name: str) -> ChangedColumns | None:
    """How to ask again for the columns of the project ``name`` (its ``setup``; ``guess``: the guess made of ``sheet``,
    if there is one), made with no column of student ids, when ``sheet`` has one now that it did not have then (the
    sheet's columns the project last saw, ``setup["sheet_columns"]``; a project saved before it kept them is asked
    once): the stored choices with that column for the ids. None otherwise: a column of ids the project saw and the
    teacher left unchosen is not asked about again."""
    stored: ColumnMapping = setup["mapping"]
    if stored.id_column or (guess := _guessed(sheet, guess)) is None:
        return None
    column, seen = guess.id_column, setup.get("sheet_columns")
    if not column or column not in sheet.columns or column in _used(stored) or (seen is not None and column in seen):
        return None
    if decisions:
        said = ProjectError.said("project.ids_new", column=quoted([column]), name=name, count=decisions)
    else:
        said = ProjectError.said("project.ids_new_undecided", column=quoted([column]), name=name)
    return ChangedColumns(replace(stored, id_column=column), dict(setup.get("item_bundles") or {}), said, news=True)


def new_questions(sheet: Sheet, setup: dict, guess: ColumnMapping | None, name: str) -> ChangedColumns | None:
    """How to ask again for the columns of the wide project ``name`` (its ``setup``) when ``sheet`` has gained a
    column the guess (``guess``, made of ``sheet`` if there is one) ticks as a question since the project last saw the
    sheet's columns (``setup["sheet_columns"]``): the stored choices with those columns ticked, so a question added
    in Excel is not left ungraded without a word (the dialog, one click, rather than a note: the teacher starts
    scoring as before and the question is graded, or unticks it, which the project then remembers; her decisions
    stay with their answers, all in the columns they were in). None for a project saved before it kept the sheet's
    columns (as before), or when there is no such column."""
    stored: ColumnMapping = setup["mapping"]
    seen = setup.get("sheet_columns")
    if seen is None or stored.layout != WIDE or (guess := _guessed(sheet, guess)) is None:
        return None
    mapping = replace(stored, answer_columns=_with_new(stored, guess, set(seen)))
    added = [c for c in mapping.answer_columns if c not in stored.answer_columns]
    if not added:
        return None
    kind = "project.question_new" if len(added) == 1 else "project.questions_new"
    return ChangedColumns(mapping, dict(setup.get("item_bundles") or {}),
                          ProjectError.said(kind, column=quoted(added), name=name), news=True)


def ids_unchosen(sheet: Sheet, mapping: ColumnMapping) -> str | None:
    """The column of ``sheet`` that the guess takes for the students' ids, when ``mapping`` chooses none and does not
    use it otherwise (the note about students who share a name then names it instead of saying there is none)."""
    if mapping.id_column or (guess := _guessed(sheet, None)) is None:
        return None
    return column if (column := guess.id_column) and column in sheet.columns and column not in _used(mapping) else None


NOT_THIS_SHEET = 0.1   # at most this share of a project's decided answers among a sheet's texts: another sheet's


def not_this_sheet(sheet: Sheet, texts: list[str] | None, decided: list[int], name: str,
                   sheet_file: str) -> ProjectError | None:
    """Why the project ``name`` cannot be this sheet's, whatever its columns: the texts of its ``decided`` answers
    (``texts``: the hash of each stored answer's text, :func:`~.project_records.text_digests`; None in a project saved
    before it kept them, which is not judged) are (almost) none of the texts in any cell of ``sheet``. Blank answers
    say nothing. None when enough of them are here."""
    if not texts or not decided:
        return None
    blank = text_digests([Answer(0, 0, "", "", "", "")])[0]
    wanted = [texts[k] for k in decided if 0 <= k < len(texts) and texts[k] != blank]
    if not wanted:
        return None
    cells = [Answer(0, 0, "", "", "", "" if v is None or v != v else str(v))   # v != v: a missing cell (NaN)
             for column in sheet.frame.columns for v in sheet.frame[column]]
    here = set(text_digests(cells))
    found = sum(1 for w in wanted if w in here)
    if found > NOT_THIS_SHEET * len(wanted):
        return None
    if not found:
        return ProjectError.said("project.none_in_sheet", name=name, sheet=sheet_file, count=len(wanted))
    return ProjectError.said("project.few_in_sheet", name=name, sheet=sheet_file, found=found, count=len(wanted))


def ask_again(sheet: Sheet, setup: dict, guess: ColumnMapping | None, store,
              sheet_file: str) -> ChangedColumns | ProjectError | None:
    """What the sheet ``sheet_file`` (opened as ``sheet``; ``guess``: its columns guessed, if they could be) says of
    its project's ``setup`` (``store``: the project, open): the columns to ask again, when the sheet lost a column the
    project was made with (:func:`changed_columns`), gained a column of student ids (:func:`new_ids`) or a question
    (:func:`new_questions`); the problem
    when it lost one and the project's decided answers are (almost) none of its texts (:func:`not_this_sheet`); else
    None."""
    stored: ColumnMapping = setup["mapping"]
    name, decisions = store.path.name, store.decision_count()
    if gone(sheet, stored):
        other = not_this_sheet(sheet, store.stored_texts(), store.decided_answers(), name, sheet_file)
        return other or changed_columns(sheet, setup, guess, [d for _, d in store.stored_answers()], decisions, name)
    ids = new_ids(sheet, setup, guess, decisions, name)
    questions = new_questions(sheet, setup if ids is None else {**setup, "mapping": ids.mapping}, guess, name)
    if ids is not None and questions is not None:   # both new: both ticked, both said
        added = [c for c in questions.mapping.answer_columns if c not in ids.mapping.answer_columns]
        one, values = len(added) == 1, {"column": quoted([questions.mapping.id_column or ""]), "question": quoted(added),
                                        "name": name}
        if decisions:
            ids.said = ProjectError.said("project.ids_question_new" if one else "project.ids_questions_new", **values,
                                         count=decisions)
        else:
            ids.said = ProjectError.said("project.ids_question_new_undecided" if one else
                                         "project.ids_questions_new_undecided", **values)
        ids.mapping = questions.mapping
    return ids or questions
