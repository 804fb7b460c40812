"""A Blackboard or Brightspace download names its questions "q_1" or "1" and gives each one's text in a column beside
the answers (Blackboard's ``Question``, Brightspace's ``Q Text``): that text is the question's on the student's
feedback (QA: every page read "1. q_1 / Your answer …" or "1. 1 / …", no question at all, while Canvas's pages gave
"5501: Marble experiment: …"). Real downloads are written as those systems write them, opened as the app opens them
(workflow.start_session), and the feedback sheet and PDF are read back."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

_LMS_TESTS = str(Path(__file__).resolve().parents[1] / "io" / "lms")
if _LMS_TESTS not in sys.path:
    sys.path.insert(0, _LMS_TESTS)

import lms_sheets as L  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from grader_app.io.columns import guess_columns  # noqa: E402
from grader_app.io.feedback import write_feedback  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.ui.feedback_pdf import write_feedback_pdf  # noqa: E402
from grader_app.workflow import start_session  # noqa: E402
from test_feedback import read_back  # noqa: E402
from test_feedback_pdf import read_pdf  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def blackboard_by_question_xls(folder: Path) -> Path:
    """Blackboard's "Download Results" by question and user as Blackboard gives it: tab-separated UTF-16 text named
    .xls, the question's text in HTML as its editor stored it."""
    rows = [["Username", "Last Name", "First Name", "Question ID", "Question", "Answer", "Possible Points",
             "Auto Score", "Manual Score"]]
    for user, last, first, a1, a2 in (("alee", "Lee", "Ann", L.A_GOOD, L.P_SOME),
                                      ("bokafor", "Okafor", "Ben", L.A_SOME, L.P_GOOD)):
        rows.append([user, last, first, "q_11", f"<p>{L.ICE}</p>", a1, "2", "", ""])
        rows.append([user, last, first, "q_12", f"<p>{L.PLANTS.replace('food', '<b>food</b>')}</p>", a2, "2", "", ""])
    path = folder / "Test 3 results.xls"
    path.write_bytes("\r\n".join("\t".join(r) for r in rows).encode("utf-16"))
    return path


def moodle_with_question_texts(folder: Path, second=None) -> Path:
    """Moodle's Responses report downloaded with "Question text" ticked: "Question N" before each "Response N", the
    text as the quiz's editor stored it (HTML); ``second``: Okafor's question 2, another (a random question)."""
    head = L.MOODLE_HEAD[:8] + ["Question 1", "Response 1", "Question 2", "Response 2"]
    rows = [head]
    for r in L.read_csv(L.moodle_responses(folder))[1:]:
        plants = second if second and r[0] == "Okafor" else L.PLANTS
        rows.append(r[:8] + [f"<p>{L.ICE}</p>", r[8], plants, r[9]])
    return L.write_csv(folder / "BIO7-Quiz 3-responses.csv", rows, bom=True)


def opened(path: Path):
    """The download opened as the window opens it, no model for any question, every answer marked 1."""
    sheet = read_sheet(path)
    s, bundles = start_session(sheet, guess_columns(sheet), Library.load([]))
    assert not any(bundles.values())
    for a in s.answers:
        s.decide(a.key, 1)
    return s


@pytest.mark.parametrize("download, named", [(L.blackboard_by_user, ("Q1", "Q2")),
                                             (L.blackboard_by_question, ("q_11", "q_12")),
                                             (blackboard_by_question_xls, ("q_11", "q_12")),
                                             (L.brightspace_questions, ("1", "2")),
                                             (moodle_with_question_texts, ("Q1", "Q2"))])
def test_the_downloads_question_text_heads_each_question_of_the_feedback(qtbot, tmp_path, download, named):
    s = opened(download(tmp_path))
    assert tuple(s.item_keys()) == named                          # the download names them so
    assert [s.items[i].prompt for i in named] == [L.ICE, L.PLANTS]   # was "": "(Grader has no text for this question)"
    rows = read_back(write_feedback(s, tmp_path / "feedback.xlsx"))
    assert [(r["Q1 question"], r["Q2 question"]) for r in rows] == [(L.ICE, L.PLANTS)] * len(rows)
    _doc, texts = read_pdf(write_feedback_pdf(s, tmp_path / "feedback.pdf"))
    first = " ".join(texts[0].split())
    assert f"1. {L.ICE} Your answer" in first and f"2. {L.PLANTS} Your answer" in first   # was "1. q_11 Your answer"
    assert f"1. {named[0]} " not in first


def test_a_question_the_download_names_by_its_text_keeps_it_and_one_without_text_keeps_its_name(qtbot, tmp_path):
    """Canvas names a question by its text ("4101: Why does ice float on water?"); a Blackboard download whose
    question cells are empty gives no text, and the question is named as before."""
    s = opened(L.canvas_student_analysis(tmp_path))
    assert [s.items[i].prompt for i in s.item_keys()] == [f"4101: {L.ICE}", f"4102: {L.PLANTS}"]
    rows = L.read_csv(L.blackboard_by_question(tmp_path))
    for r in rows[1:]:
        r[rows[0].index("Question")] = ""
    s = opened(L.write_csv(tmp_path / "no text.csv", rows))
    assert tuple(s.item_keys()) == ("q_11", "q_12") and [s.items[i].prompt for i in s.item_keys()] == ["", ""]
    rows = read_back(write_feedback(s, tmp_path / "feedback.xlsx"))
    assert (rows[0]["Q1 question"], rows[0]["Q2 question"]) == ("q_11", "q_12")


GAS = "Name the gas plants take in."


def test_a_moodle_question_drawn_at_random_shows_each_student_the_question_they_were_given(qtbot, tmp_path):
    """Moodle's "Question 2" names another question for one student (a random question): no text is the question's
    (each student's answer was to their own), so the question has no prompt; but each student's feedback gives the
    question that student was given, from their own row (LMS QA h2: every page printed "Q2"), in the sheet (xlsx and
    csv) and on their PDF page; question 1's, the same for all, stays."""
    s = opened(moodle_with_question_texts(tmp_path, second=f'<p dir="ltr">{GAS}</p>'))
    assert [s.items[i].prompt for i in s.item_keys()] == [L.ICE, ""]
    given = {"Ann": L.PLANTS, "Ben": GAS, "Cara": L.PLANTS}                      # Okafor's question 2 is another
    for name in ("feedback.xlsx", "feedback.csv"):
        rows = read_back(write_feedback(s, tmp_path / name))
        assert {r["First name"]: (r["Q1 question"], r["Q2 question"]) for r in rows} == {
            first: (L.ICE, q2) for first, q2 in given.items()}                  # was "Q2" on every row
    _doc, texts = read_pdf(write_feedback_pdf(s, tmp_path / "feedback.pdf"))
    pages = {first: " ".join(t.split()) for t in texts for first in given if f"{first} " in " ".join(t.split())[:60]}
    assert set(pages) == set(given)
    for first, q2 in given.items():
        assert f"1. {L.ICE} Your answer" in pages[first] and f"2. {q2} Your answer" in pages[first]
        assert "2. Q2 " not in pages[first]


def test_a_name_given_to_a_random_question_for_the_export_is_kept(qtbot, tmp_path):
    """A name given for the question (``item_names``, as a script may) is every student's, as for any question."""
    s = opened(moodle_with_question_texts(tmp_path, second=GAS))
    rows = read_back(write_feedback(s, tmp_path / "feedback.xlsx", item_names={"Q2": "Plants"}))
    assert [r["Q2 question"] for r in rows] == ["Plants"] * 3
