"""A project whose sheet no longer has a column it was made with: a header renamed in Excel ("Cell membrane" to "Cell
membrane answer"), a column deleted. The columns dialog asks again instead of refusing the sheet, and the teacher's
decisions go with the columns chosen where their answers are the same.

* :func:`gone` names the columns the stored choices use that the sheet has no more.
* :func:`prefilled` gives the dialog its choices: the stored ones where the columns are still there; in place of a
  gone column of answers, the sheet's column that holds the same answers (found by the answers' hashes the project
  keeps: the same student, question and text, :func:`~.project_records.digests_of`); in place of another gone column,
  the guess's column for it.
* :func:`changed_columns` says so to the teacher, with what to do, beside those choices.
* :func:`moved` takes each stored answer to the session's same answer once the teacher has chosen: the same student,
  question and text, in the same column or in a column chosen in place of a gone one. A decision is never carried to
  an answer that differs in any of these (:meth:`.project_store.ProjectStore.change_columns` refuses the columns
  when one would be left behind).

Pure Python; no Qt.
"""
from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass, replace

from ..core.session import GradingSession
from ..core.sheet import WIDE, Answer, ColumnMapping, Reading, Sheet, answers_from_sheet
from .errors import SheetError
from .project_records import digests_of
from .project_schema import ProjectError

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


def quoted(columns: list[str]) -> str:
    """Column names as a sentence names them: 'Cell membrane', 'Q2'."""
    return ", ".join(f"'{c}'" for c in columns)


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
              reading: Reading | None = None) -> tuple[ColumnMapping, dict[str, str]]:
    """The choices the columns dialog opens with for a project ``stored`` chose columns of which ``sheet`` lost some
    (see the module's docstring), and each gone column of answers to the column found holding its answers (those
    found by ``digests``, the project's stored answers; ``reading``: the sheet's, as the session reads it)."""
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
    else:
        mapping = replace(mapping, answer_column=stored.answer_column if kept else found.get(stored.answer_column or ""))
    return mapping, found


@dataclass
class ChangedColumns:
    """A project made with columns the sheet no longer has: the columns dialog asks again, starting from ``mapping``
    (:func:`prefilled`) and the models ``chosen`` before (question -> bundle id); ``said`` is why it asks and what to
    do."""

    mapping: ColumnMapping
    chosen: dict
    said: ProjectError


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
    mapping, found = prefilled(sheet, stored, guess, digests, reading_for(sheet))
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
