"""A Moodle quiz with a random question: its Responses report, downloaded with the question text, names different
questions on different rows under "Question 2", and Grader grades all of Q2's answers as one question (one scale, one
model, alike answers grouped across questions). It said nothing of it (LMS QA h2); the opening now says so above the
results, before any marking, with what to do to grade them apart, in the window's language, and ``grader score`` on
stderr. Real downloads written as Moodle writes them, opened as the window opens them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.cli import run_cli  # noqa: E402
from grader_app.ui import i18n  # noqa: E402
from ui_helpers import accept_mapping  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GAS = "Name the gas plants take in."
ROOTS = "What do roots take from the soil?"


def responses(folder: Path, drawn: dict[str, str] | None = None, first: dict[str, str] | None = None) -> Path:
    """Moodle's Responses report with "Question text" ticked; ``drawn``: surname -> the question 2 that student was
    given in place of the plants question, ``first`` the same for question 1."""
    head = L.MOODLE_HEAD[:8] + ["Question 1", "Response 1", "Question 2", "Response 2"]
    rows = [head]
    for r in L.read_csv(L.moodle_responses(folder))[1:]:
        q1, q2 = (first or {}).get(r[0], L.ICE), (drawn or {}).get(r[0], L.PLANTS)
        rows.append(r[:8] + [f"<p>{q1}</p>", r[8], f'<p dir="ltr">{q2}</p>', r[9]])
    return L.write_csv(folder / "BIO7-Quiz 3-responses.csv", rows, bom=True)


def prepared_for(path: Path):
    opened = workflow.open_sheet(path, Library.load([]))
    assert opened.mapping is not None, opened.guess_error
    return workflow.prepare_session(path, opened.sheet, opened.mapping, {}, Library.load([]))


def drawn(path: Path):
    prepared = prepared_for(path)
    try:
        return prepared.drawn
    finally:
        prepared.store.close()


def test_a_random_question_is_said_when_the_download_is_opened(tmp_path):
    note = drawn(responses(tmp_path, {"Okafor": GAS, "Diaz": ROOTS}))
    assert note is not None and note.kind == "drawn_at_random"          # was: nothing said
    assert note.startswith("1 question of this quiz is a random question: different students were given different "
                           "questions there (Q2: 3 different questions). Grader grades it as one question all the same")
    assert "make a sheet with one row per answer and a column that names its question" in note


def test_two_random_questions_are_named_in_the_quiz_s_order(tmp_path):
    note = drawn(responses(tmp_path, {"Okafor": GAS}, first={"Diaz": "Why does oil float on water?"}))
    assert note.startswith("2 questions of this quiz are random questions: different students were given different "
                           "questions there (Q1: 2 different questions; Q2: 2 different questions). Grader grades each "
                           "of them as one question all the same")


@pytest.mark.parametrize("make", [lambda folder: responses(folder), L.moodle_responses],
                         ids=["the same question for all", "no question text"])
def test_a_quiz_without_random_questions_says_nothing_of_them(tmp_path, make):
    assert drawn(make(tmp_path)) is None


def open_file(qtbot, window, path: Path) -> None:
    window.open_sheet(path)
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.scoring.busy, timeout=30000)


def test_the_window_says_it_above_the_results_before_any_marking(qtbot, window, tmp_path):
    open_file(qtbot, window, responses(tmp_path, {"Okafor": GAS, "Diaz": ROOTS}))
    [note] = [n for n in window.notices.notes if "random question" in n]
    assert "(Q2: 3 different questions). Grader grades it as one question all the same" in note
    assert window.notices.isVisible() and not window.session.decisions


@pytest.mark.parametrize("lang, said", [
    ("de", "1 Frage dieses Tests ist eine Zufallsfrage"), ("es", "1 pregunta de este cuestionario es aleatoria")])
def test_in_german_and_spanish_the_note_is_in_the_window_s_language(qtbot, make_window, tmp_path, lang, said):
    assert i18n.install(lang)
    window = make_window()
    open_file(qtbot, window, responses(tmp_path, {"Okafor": GAS}))
    [note] = [n for n in window.notices.notes if said in n]
    assert "Q2" in note and "random" not in note


def test_grader_score_says_it_on_stderr_even_when_quiet(tmp_path, tiny_bundle, capsys):
    code = run_cli(["score", str(responses(tmp_path, {"Okafor": GAS})), "--bundle", str(tiny_bundle), "--out",
                    str(tmp_path / "graded.csv"), "--quiet"])
    assert code == 0
    [said] = [line for line in capsys.readouterr().err.splitlines() if "random question" in line]
    assert said.startswith("grader: 1 question of this quiz is a random question") and "(Q2: 2 different" in said
