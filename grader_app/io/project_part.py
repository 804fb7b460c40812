"""A part of a class sheet with the project of the whole: which of a project's answers a sheet holds, and the project
copied for that sheet with only those answers' work. Pure Python; no Qt.

A teacher graded ``quiz.csv`` (70 students), then split it: ``period1.csv`` holds 14 students' rows, to upload per
section or to finish one period first. Its answers are nearly all among the project's, but they are a fifth of them,
so the project's own check (:meth:`.project_store.ProjectStore.check`) would take it for another sheet.
:func:`shared` finds which stored answers the sheet holds (the same student, question and text, by the hashes the
project keeps, matched as the check matches them); :attr:`Shared.part` says when the sheet is such a part; and
:func:`trim` makes a copy of the project (:func:`.project_copy.copy_project`, before it is put in place) this sheet's
own: the decisions, predictions, waiting comments, pulled-out answers and log lines of its answers under its keys, its
answers stamped, the rest left out, and no undo steps (the original keeps them all). The copy then opens like any
project of its sheet.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.sheet import Answer, Sheet, answers_from_sheet
from .project_records import answers_fingerprint_of, digests_of, rekey, set_meta
from .project_setup import rekey_pulled_out
from .project_store import ProjectStore
from .project_undo import forget_steps

NEARLY_ALL = 0.9   # a part: this share of its answers are the project's, which holds more than this share's worth again


@dataclass(frozen=True)
class Shared:
    """What a project file holds of a sheet's answers."""

    keymap: dict[int, int]   # each stored answer key the sheet holds -> the sheet's answer key
    decisions: int           # the project's decisions on those answers
    stored: int              # the answers the project was made for
    answers: list[Answer]    # the sheet's answers, read with the project's columns
    made_for: str            # the file name of the sheet the project was made for

    @property
    def part(self) -> bool:
        """Is the sheet a part of the project's sheet: nearly all its answers the project's, and those clearly fewer
        than the project's (a renamed sheet with a row or two removed is the same sheet, as before)?"""
        found = len(self.keymap)
        return bool(found) and found >= NEARLY_ALL * len(self.answers) and found < NEARLY_ALL * self.stored

    @property
    def offered(self) -> bool:
        """Worth offering: decisions on the sheet's answers, the sheet being the project's (renamed: the project's own
        check takes a sheet holding half its answers, and they are most of this sheet's) or a part of it."""
        found = len(self.keymap)
        whole = found >= 0.5 * max(self.stored, 1) and found > 0.5 * len(self.answers)
        return bool(self.decisions) and (whole or self.part)


def shared(path: Path, sheet: Sheet | None, read_worksheet: Callable[[str | None], Sheet] | None) -> Shared | None:
    """What the project file ``path`` holds of ``sheet``'s answers, or None if it has no setup (or its worksheet cannot
    be had); ``read_worksheet(name)`` reads the project's worksheet of the same file when ``sheet`` is another (or
    None: not read yet)."""
    from .lms import reading_for

    with ProjectStore.open(path, read_only=True) as store:
        setup = store.load_setup()
        if setup is None:
            return None
        stored = store.stored_answers()
        decided = set(store.decided_answers())
    worksheet = setup.get("sheet_name")
    if sheet is None or (worksheet and worksheet != sheet.sheet_name):
        if read_worksheet is None:
            return None
        sheet = read_worksheet(worksheet)
    answers = answers_from_sheet(sheet, setup["mapping"], reading_for(sheet, setup["mapping"]))
    queues: dict[str, deque] = defaultdict(deque)
    for key, digest in enumerate(digests_of(answers)):
        queues[digest].append(key)
    keymap = {old: queues[d].popleft() for old, d in stored if queues.get(d)}
    made_for = setup["sheet_path"].name if setup.get("sheet_path") else path.stem
    return Shared(keymap, sum(1 for old in keymap if old in decided), len(stored), answers, made_for)


def trim(conn: sqlite3.Connection, share: Shared, sheet_path: Path) -> None:
    """Make the project read through ``conn`` (a fresh copy, in one transaction) the project of the part: only the
    work on ``share``'s answers, under the sheet's keys, its answers stamped and its sheet recorded."""
    keymap = share.keymap
    rekey(conn, keymap)   # the log too: the rows of the part's answers under its keys, the others' under none
    rekey_pulled_out(conn, keymap)
    conn.execute("DELETE FROM decision_log WHERE answer_key < 0")
    conn.execute("DELETE FROM meta WHERE name='set_aside'")   # decisions on the whole sheet's rows that are no student
    forget_steps(conn)   # the whole sheet's undo steps: the part's project starts without any
    set_meta(conn, "fingerprint", answers_fingerprint_of(share.answers))
    set_meta(conn, "answers", len(share.answers))
    conn.execute("DELETE FROM answers")
    conn.executemany("INSERT INTO answers(answer_key, digest) VALUES (?, ?)", enumerate(digests_of(share.answers)))
    sheet_path = Path(sheet_path).absolute()
    set_meta(conn, "sheet_path", str(sheet_path))
    set_meta(conn, "sheet_file", sheet_path.name)
