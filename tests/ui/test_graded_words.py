"""The graded sheet the window exports names its grading columns and says its status values and flags in the teacher's
language (they were always English), through the real export dialog and the committed catalogues; the file is read
back (reopened to grade, learned from) under any interface language, German under English and the other way round.
The words the io layer knows are tests/io/test_graded_words.py's."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

import ui_helpers
import translation_catalogues
from grader_app import workflow
from grader_app.core import review
from grader_app.core.session import GradingSession
from grader_app.io.columns import guess_columns
from grader_app.io.graded_columns import ADDED, COLUMN_NAMES, STATUS_WORDS
from grader_app.io.readers import read_sheet
from grader_app.learn.from_sheet import guess_score_column, learn_from_sheet
from grader_app.ui import i18n, style
from grader_app.ui.export_dialog import CSV, XLSX, ExportDialog
from grader_app.ui.graded_words import graded_words
from in_language import in_language
from test_export_dialog import build_session
from test_export_fit_and_words import export

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "learn"))
from invented import invented_class  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FORMATS = {".xlsx": XLSX, ".csv": CSV}


@pytest.fixture
def session(tmp_path):
    """Six students, two questions scored by real tiny models; the teacher confirmed one score, changed one and
    scored one the model was unsure of."""
    sheet = ui_helpers.make_long_csv(tmp_path / "class.csv", n_students=6)
    s = build_session(sheet, tmp_path)
    keys = [a.key for a in s.answers]
    s.accept(keys[0])
    s.decide(keys[1], 0 if s.final_score(keys[1]) != 0 else 1, comment="siehe Heft")
    s.decide(keys[2], 2)
    return s


def exported(qtbot, session, task_manager, path: Path, language: str) -> Path:
    with in_language(language):
        dlg = ExportDialog(session, session.sheet.source, task_manager)
        qtbot.addWidget(dlg)
        dlg.show()
        assert export(qtbot, dlg, FORMATS[path.suffix], path) == str(path)
        flags = {k: [style.flag_text(f) for f in v] for k, v in session.flags.items() if v}
    return path, flags


def rows_of(path: Path) -> list[list]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))
    wb = openpyxl.load_workbook(path, read_only=True)
    out = [["" if v is None else v for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    return out


def test_each_language_gives_words_the_reader_knows(qapp):
    """The committed catalogues' words for the grading columns and the status values are ones the io layer reads back
    (else the writer keeps the English ones): a translation changed needs graded_columns changed with it."""
    for code in i18n.SUPPORTED:
        with in_language(code):
            said = graded_words()
            assert tuple(said.columns) == COLUMN_NAMES[code] == said.names(), code
            assert {s: said.status_cell(s) for s in review.STATUSES} == STATUS_WORDS[code], code


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("language", ["de", "es"])
def test_the_graded_sheet_speaks_the_teachers_language_and_reads_back_under_any(qtbot, session, task_manager, tmp_path,
                                                                                language, suffix):
    path, flags = exported(qtbot, session, task_manager, tmp_path / f"graded{suffix}", language)
    head, *rows = rows_of(path)
    names = COLUMN_NAMES[language]
    assert head == ["Student ID", "Name", "Question", "Answer", *names]
    statuses = [r[head.index(names[2])] for r in rows]
    assert statuses == [STATUS_WORDS[language][session.status(a.key)] for a in session.answers]
    seen = {session.status(a.key) for a in session.answers}
    assert {review.REVIEWED, review.OVERRIDDEN} <= seen and seen & {review.AUTO, review.NEEDS_REVIEW}
    for a in session.answers:
        cell = rows[a.row][head.index(names[3])]
        assert cell == "; ".join(flags.get(a.key, [])), a.key
    assert any(flags.values()) and any(f not in style.FLAG_TEXT.values() for f in sum(flags.values(), []))  # translated
    assert rows[session.answers[1].row][head.index(names[5])] == "siehe Heft"
    decided = {a.row: session.final_score(a.key) for a in session.answers if session.status(a.key) in review.TEACHERS}
    for ui in ("en", "de", "es"):
        with in_language(ui):
            sheet = workflow.read_for_grading(path)
        assert sheet.columns == ["Student ID", "Name", "Question", "Answer"], ui
        assert {d.row: float(d.score.replace(",", ".")) for d in sheet.earlier} == decided, ui
        assert next(d for d in sheet.earlier if d.row == session.answers[1].row).comment == "siehe Heft"


@pytest.mark.parametrize("language, other", [("de", "en"), ("es", "de"), ("en", "es")])
def test_a_marked_sheet_exported_in_one_language_is_learned_from_under_another(qtbot, task_manager, tmp_path,
                                                                               language, other):
    """Last year's graded sheet, exported under one interface language, teaches a model under another."""
    texts, scores = invented_class(60, seed=3)
    path = tmp_path / "class.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Student", "Question", "Answer"], *[[f"S{i}", "Q1", t] for i, t in enumerate(texts)]])
    src = read_sheet(path)
    s = GradingSession(src, guess_columns(src))
    for a in s.answers:
        s.decide(a.key, scores[a.row])
    graded, _ = exported(qtbot, s, task_manager, tmp_path / "graded.xlsx", language)
    assert rows_of(graded)[0][-6:] == list(COLUMN_NAMES[language])
    with in_language(other):
        column = guess_score_column(read_sheet(graded))
        result = learn_from_sheet(graded, column, tmp_path / "learned")
    assert column == COLUMN_NAMES[language][ADDED.index("final_score")]
    assert [(it.item, it.n_marks) for it in result.items] == [("Q1", 60)]


def test_every_word_of_the_grading_columns_goes_through_the_catalogue(qtbot, session, task_manager, tmp_path):
    """Each name and status the module marks is translated in the GradedSheet context; words the reader would not know
    («status») are not written: the English ones are."""
    with translation_catalogues.marked_catalogue(
            tmp_path, Path(__file__).resolve().parents[2] / "grader_app/ui/graded_words.py") \
            as sources:
        assert set(ADDED) <= set(sources) and "needs review" in sources
        assert QCoreApplication.translate("GradedSheet", "status") == "«status»"
        path = ui_helpers_export(qtbot, session, task_manager, tmp_path / "graded.csv")
    head, *rows = rows_of(path)
    assert head[-6:] == list(ADDED)
    assert {r[head.index("status")] for r in rows} <= set(review.STATUSES)


def ui_helpers_export(qtbot, session, task_manager, path: Path) -> Path:
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    assert export(qtbot, dlg, FORMATS[path.suffix], path) == str(path)
    return path
