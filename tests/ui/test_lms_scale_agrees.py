"""One scale for a question the teacher marks on their own, in every file (grader_app/io/lms_points.py's question_top;
QA: a Canvas question worth 5 points, marked 0-2 by hand, went into the Canvas gradebook and the points sheet as 2.5
for a 1 once the model learned from those marks had fitted, while the student's feedback said "1 out of 5", and the
same marks gave 1 in a file exported before the model fitted: 79 of 150 rows differed). Such marks are the LMS's
points (docs/lms.md): written as they are, out of the LMS's points, in the LMS file, the points sheet and the
feedback alike, with or without a learned model. Real downloads are written, read as the app reads them, exported
and read back."""
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
from grader_app.io.lms import export_format  # noqa: E402
from grader_app.io.readers import read_sheet  # noqa: E402
from grader_app.learn.marks_model import fit_marks  # noqa: E402
from grader_app.ui.feedback_pdf import write_feedback_pdf  # noqa: E402
from grader_app.workflow import start_session, use_learned_model  # noqa: E402
from test_feedback import as_text, read_back  # noqa: E402
from test_feedback_pdf import read_pdf  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARBLE = "Marble experiment: what else is needed to repeat it?"
DOGHOUSE = "Doghouse colour: which would you choose and why?"
FIRSTS = ("Ana", "Ben", "Cara", "Dan", "Eva", "Finn", "Gia", "Hal", "Ines", "Jon", "Kai", "Lea")
LASTS = ("Garcia", "Okafor", "Diaz", "Evans", "Meyer", "Novak", "Rossi", "Tan", "Silva", "Berg", "Lund", "Moreau")
# answers to the first question, and the teacher's mark (0-2: nobody earned more, though the question is worth 5)
MARBLE_ANSWERS = [("You would need to know how much vinegar, the size of the samples and the container.", 2),
                  ("How much vinegar to pour in and what kind of container to use.", 2),
                  ("The amount of vinegar.", 1),
                  ("What size the containers were.", 1),
                  ("I do not know.", 0),
                  ("Nothing else is needed.", 0)] * 2
DOGHOUSE_ANSWERS = [("White, because it reflects the sunlight and keeps the doghouse cool.", 3),
                    ("Light gray, as it takes in less heat than black.", 2),
                    ("Black.", 0),
                    ("White looks nice.", 1)] * 3


def canvas_download(folder: Path) -> Path:
    """Canvas's Student Analysis of 12 students: the first question worth 5 points, the second 4."""
    rows = [["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt",
             f"5501: {MARBLE}", "5.0", f"5502: {DOGHOUSE}", "4.0", "n correct", "n incorrect", "score"]]
    for n, (first, last) in enumerate(zip(FIRSTS, LASTS)):
        rows.append([f"{first} {last}", str(2001 + n), f"S-{n:02d}", "Period 3", "77", "SEC3",
                     "2024-05-02 09:30:00 UTC", "1", MARBLE_ANSWERS[n][0], "0.0", DOGHOUSE_ANSWERS[n][0], "0.0",
                     "0", "0", "0.0"])
    return L.write_csv(folder / "Unit 4 Quiz Student Analysis Report.csv", rows)


def brightspace_download(folder: Path) -> Path:
    """Brightspace's question details of the same 12 students: question 1 out of 5, question 2 out of 4."""
    rows = [L.BRIGHTSPACE_HEAD]
    for n, (first, last) in enumerate(zip(FIRSTS, LASTS)):
        for q, text, answer, out_of in (("1", MARBLE, MARBLE_ANSWERS[n][0], "5"),
                                        ("2", DOGHOUSE, DOGHOUSE_ANSWERS[n][0], "4")):
            rows.append([f"0{7700 + n}", f"{first.lower()}{n}", first, last, "1", "May 2, 2024 9:00 AM",
                         "May 2, 2024 9:30 AM", "", q, "WR", "", text, "FALSE", "1", answer, "", "", out_of])
    return L.write_csv(folder / "Unit 4 Quiz - Question Details.csv", rows)


def marked(path: Path, learned: bool):
    """The download opened as the app opens it (no model for either question), marked by the teacher; ``learned``: a
    model then learns the first question from those marks (the real learner), as the window's does while marking."""
    sheet = read_sheet(path)
    s, _ = start_session(sheet, guess_columns(sheet), Library.load([]))
    first, second = s.item_keys()
    assert s.items[first].marked_on_teachers_scale and not s.items[first].labels
    marks = dict(MARBLE_ANSWERS + DOGHOUSE_ANSWERS)
    for a in s.answers:
        s.decide(a.key, marks[a.text])
    if learned:
        keys = s.keys_for(first)
        model = fit_marks([s.answers[k].text for k in keys], {i: marks[s.answers[k].text] for i, k in enumerate(keys)})
        use_learned_model(s, first, model)
        assert s.items[first].learned and s.items[first].labels == (0, 1, 2)   # its labels: the marks given
    return s, first


def exported(s, folder: Path, lms: str) -> dict[str, object]:
    """What every real export writes for the first question (per student, in sheet order) and says it is out of."""
    folder.mkdir()
    out: dict[str, object] = {}
    rows = L.read_csv(export_format(lms).write(s, folder / "upload.csv").path)
    if lms == "canvas-gradebook":
        col = next(c for c, h in enumerate(rows[0]) if h.startswith("5501"))
        out["lms"] = [r[col] for r in rows[2:]]
        out["lms out of"] = rows[1][col]
    else:
        col = next(c for c, h in enumerate(rows[0]) if h.startswith("Q1 Points Grade"))
        out["lms"] = [r[col] for r in rows[1:]]
        out["lms out of"] = rows[0][col].split("MaxPoints:")[1].rstrip(">")
    points = L.read_csv(export_format("points").write(s, folder / "points.csv").path)
    col = next(c for c, h in enumerate(points[0]) if h.startswith(("5501", "Q1")))
    out["points"] = [r[col] for r in points[1:]]
    out["points totals"] = [(r[-2], r[-1]) for r in points[1:]]
    sheet = read_back(write_feedback(s, folder / "feedback.xlsx"))
    out["feedback"] = [as_text(r["Q1 score"]) for r in sheet]
    out["feedback out of"] = {as_text(r["Q1 out of"]) for r in sheet}
    out["feedback totals"] = [(as_text(r["Total"]), as_text(r["Out of"])) for r in sheet]
    _doc, texts = read_pdf(write_feedback_pdf(s, folder / "feedback.pdf"))
    out["pdf"] = [" ".join(t.split()) for t in texts]
    return out


@pytest.mark.parametrize("download, lms", [(canvas_download, "canvas-gradebook"),
                                           (brightspace_download, "brightspace-grades")])
def test_a_hand_marked_questions_lms_points_feedback_and_points_sheet_agree_with_or_without_a_learned_model(
        qtbot, tmp_path, download, lms):
    path = download(tmp_path)
    marks = [m for _, m in MARBLE_ANSWERS]
    totals = [(str(m + d), "9") for m, (_, d) in zip(marks, DOGHOUSE_ANSWERS)]
    got = {}
    for learned in (False, True):
        s, _first = marked(path, learned)
        got[learned] = exported(s, tmp_path / f"learned-{learned}", lms)
    for learned, out in got.items():
        # the marks are the LMS's points: written as they are, out of 5, everywhere (a 1 was 2.5 once learned)
        assert out["lms"] == [str(m) for m in marks], learned
        assert out["lms out of"] == "5" and out["feedback out of"] == {"5"}
        assert out["points"] == out["feedback"] == out["lms"]
        assert out["points totals"] == out["feedback totals"] == totals
        assert len(out["pdf"]) == 12 and "Score: 1 out of 5" in out["pdf"][2] and "2.5" not in " ".join(out["pdf"])
    assert got[False] == got[True]                  # the file does not depend on whether the model has fitted


def test_a_learned_models_labels_above_the_marks_now_given_change_no_file(qtbot, tmp_path):
    """A model learned while a 3 stood (its labels 0-3) keeps those labels until it learns again; the teacher has
    changed the 3 to 2 since: what the files say the question is out of, and its scores, are those of the marks."""
    path = canvas_download(tmp_path)
    s, first = marked(path, learned=False)
    keys = s.keys_for(first)
    texts = [s.answers[k].text for k in keys]
    then = {i: s.final_score(k) for i, k in enumerate(keys)}
    then[0] = 3
    use_learned_model(s, first, fit_marks(texts, then))
    assert s.items[first].labels == (0, 1, 2, 3) and s.final_score(keys[0]) == 2
    out = exported(s, tmp_path / "out", "canvas-gradebook")
    assert out["lms"] == [str(m) for _, m in MARBLE_ANSWERS] and out["lms out of"] == "5"
    assert out["feedback out of"] == {"5"} and out["points"] == out["lms"]
