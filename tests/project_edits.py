"""Project files made as the window makes them (the sheet opened, scored through onnxruntime, the scores saved, some
answers decided), then edited by hand with sqlite3 as a teacher, a sync tool or a damaged disk may have left them, and
opened again as the window opens them (QA s51b: one bad value locked the teacher out of the sheet, a stored score off
the question's scale reached the exports, stored rows of a replaced model were taken as the new model's)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from test_graded_again import _sheet as class_sheet

from grader_app import workflow
from grader_app.io.project_store import project_path_for


def made_in_the_window(sheet: Path, library, decided: dict[int, tuple]) -> None:
    """``sheet`` opened with the columns guessed and the models the library matches, scored, its scores saved in its
    project, the answers of ``decided`` (key -> (score, comment)) decided; the project closed."""
    opened = workflow.open_sheet(sheet, library)
    _, bundles = workflow.start_session(opened.sheet, opened.mapping, library)
    chosen = {item: (b.id if b else None) for item, b in bundles.items()}
    prepared = workflow.prepare_session(sheet, opened.sheet, opened.mapping, chosen, library)
    workflow.score_all(prepared.session, prepared.bundles)
    prepared.store.save_predictions(prepared.session)
    for key, (score, comment) in decided.items():
        prepared.session.decide(key, score, comment=comment)
    assert not prepared.store.close()


def class_made_in_the_window(folder: Path, library, texts, decided: dict[int, tuple]) -> Path:
    """``folder``/class.csv, one student a text of ``texts`` answering tiny-ice (test_graded_again's sheet), with its
    project made as the window makes it (:func:`made_in_the_window`, ``decided``); the sheet's path."""
    path = class_sheet(folder / "class.csv", texts)
    made_in_the_window(path, library, decided)
    return path


def edit(sheet: Path, *statements: str) -> None:
    """Run ``statements`` on the sheet's project file with a connection of its own, as a hand edit would."""
    con = sqlite3.connect(str(project_path_for(sheet)))
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def reopened(sheet: Path, library) -> workflow.Prepared:
    """``sheet`` opened again as the window opens a sheet whose project knows its columns; the caller closes the store."""
    opened = workflow.open_sheet(sheet, library)
    assert opened.project_error is None, opened.project_error
    assert opened.store is not None and opened.setup is not None
    return workflow.prepare_session(sheet, opened.sheet, opened.setup["mapping"], dict(opened.setup["item_bundles"]),
                                    library, opened.store)


def scored_afresh(sheet: Path, library) -> dict[int, tuple]:
    """Each answer's (model score, confidence rounded, status) as a session with no project gives it."""
    opened = workflow.open_sheet(sheet, library, with_project=False)
    session, bundles = workflow.start_session(opened.sheet, opened.mapping, library)
    workflow.score_all(session, bundles)
    return outcomes(session)


def outcomes(session) -> dict[int, tuple]:
    """Each answer's (model score, confidence rounded to 4 places, status) in ``session``."""
    out = {}
    for a in session.answers:
        p = session.predictions.get(a.key)
        out[a.key] = (p.score if p else None, round(p.confidence, 4) if p else None, session.status(a.key))
    return out
