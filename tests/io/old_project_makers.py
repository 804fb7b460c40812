"""What the scripts that make older Graders' project files share (``old_numbers/make_project.py``,
``old_blocks/make_project.py``): the teacher's work done through that Grader's own session and store, and the project
closed and kept as a fixture. They run with the older Grader first on the path and import this module by name
(``tests/io`` on ``sys.path``), so it uses only what those Graders had."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from grader_app import workflow


def teachers_work(session, store, by: dict, decided: dict, waiting: dict, pulled_out) -> None:
    """Through the session and its store: each answer of ``decided`` scored with its comment, each of ``waiting``
    given a comment waiting for its score, each of ``pulled_out`` taken out of its group (``by`` gives an answer's
    key from the name these use for it); then every answer printed with its decision, to be looked at."""
    for at, (score, comment) in decided.items():
        session.decide(by[at], score, comment)
    for at, comment in waiting.items():
        session.set_waiting_comment(by[at], comment)
    for at in pulled_out:
        store.save_pulled_out(by[at], True)
    for a in session.answers:
        print(a.key, repr(a.item), a.student, repr(a.text), session.decisions.get(a.key))


def kept_as_fixture(store, session, sheet_path: Path, out: Path) -> None:
    """The project closed and saved as the teacher leaves it, its write-ahead log checkpointed into the file and its
    sheet's stored place cut to the sheet's name, and copied to ``out``."""
    problem = workflow.close_project(store, session, save=True)
    assert not problem, problem
    project = sheet_path.with_suffix(".grader-project")
    con = sqlite3.connect(str(project))   # the log into the file: one file to keep
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # the sheet's stored place was the temporary folder it was made in: keep its name only, so the fixture
    # names no folder of the machine that made it (the sheet beside the project is the one read back anyway)
    con.execute("UPDATE meta SET value = ? WHERE name = 'sheet_path'", (f'"{sheet_path.name}"',))
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    shutil.copyfile(project, out)
    print("written", out)
