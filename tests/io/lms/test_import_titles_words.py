"""Every LMS import file titles a question that Canvas's Student Analysis headed in HTML by its words (QA: the Moodle
gradebook and Google Classroom files were headed "3318801: <p>Use the results ...</p>", and the note after saving
quoted the tags too; only the Canvas file was clean). The report as Canvas writes it, with the columns a teacher adds to
match students elsewhere (Email, Username), exported through each format, the files read back."""
from __future__ import annotations

import csv

import lms_downloads as D
import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms.moodle import ITEM_NAME_LIMIT
from grader_app.io.lms.quiz_titles import every_title

RESULTS = "3318801: <p>Use the results &amp; the\n  table&nbsp;to <b>explain</b></p>"
PLANTS = "3318802: <p>What do plants need?</p>"
LONG = "3318803: <p>Read the procedure <b>carefully</b> &amp; then explain.</p>" + " Lorem ipsum dolor sit amet." * 12
WORDS = ["3318801: Use the results & the table to explain", "3318802: What do plants need?"]

# (format, the file's first question column)
FORMATS = {"moodle-gradebook": 5, "moodle-gradebook-by-id": 5, "google-classroom": 3, "canvas-gradebook": 5,
           "blackboard-grade-center": 4, "brightspace-grades": 1}
FROM_CANVAS = list(FORMATS)[:4]   # Blackboard and Brightspace match on a username the report's own fields never hold


def report(tmp_path, questions=(RESULTS, PLANTS)):
    rows = L.read_csv(D.canvas_student_analysis(tmp_path / "in"))
    head = ["name", "id", "sis_id", "Email", "Username", *rows[0][3:8]]
    for q in questions:
        head += [q, "2.0"]
    out = [[*head, "n correct", "n incorrect", "score"]]
    for r, (email, user) in zip(rows[1:], (("jose@school.example", "jmartinez"), ("li@school.example", "lwei"))):
        answers = [r[8], "0.0", r[10], "0.0", "<p>It is safe.</p>", "0.0"][:2 * len(questions)]
        out.append([*r[:3], email, user, *r[3:8], *answers, "0", "0", "0.0"])
    return L.session_for(L.write_csv(tmp_path / "Week 6 quiz Quiz Student Analysis Report.csv", out), lambda a: 1)


def titles_in(path, key):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        head = next(csv.reader(fh))
    start = FORMATS[key]
    return head[start:start + 2] if key != "brightspace-grades" else head[start:-1]


def test_every_lms_file_titles_an_html_question_by_its_words_and_its_notes_quote_them(tmp_path):
    session = report(tmp_path)
    assert session.item_keys() == WORDS
    assert list(every_title(session, None).values()) == WORDS       # what the export dialog shows, to edit
    for key in FROM_CANVAS:
        result = export_format(key).write(session, tmp_path / f"{key}.csv")
        titles = titles_in(result.path, key)
        assert titles == WORDS, (key, titles)          # no tags, entities decoded, on one line with single spaces
        said = " ".join(str(n) for n in result.notes)
        assert "<p>" not in said and "&amp;" not in said, (key, said)
    moodle = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    assert f"({WORDS[0]}: 2, {WORDS[1]}: 2)" in str(moodle.notes[1])      # each question's maximum, by its words


def test_a_long_html_question_is_cut_to_moodles_limit_after_its_words(tmp_path):
    session = report(tmp_path, (RESULTS, PLANTS, LONG))
    result = export_format("moodle-gradebook").write(session, tmp_path / "moodle.csv")
    with open(result.path, newline="", encoding="utf-8-sig") as fh:
        title = next(csv.reader(fh))[7]
    assert title.startswith("3318803: Read the procedure carefully & then explain. Lorem ipsum dolor sit amet.")
    assert len(title) <= ITEM_NAME_LIMIT and title.endswith("…") and "<" not in title


def test_two_questions_of_the_same_words_keep_columns_of_their_own(tmp_path):
    same = "3318802: <p>What do <i>plants</i> need?</p>"
    session = report(tmp_path, (RESULTS, PLANTS.replace("<p>", "<div>").replace("</p>", "</div>"), same))
    for key in ("moodle-gradebook", "google-classroom"):
        path = export_format(key).write(session, tmp_path / f"{key}.csv").path
        with open(path, newline="", encoding="utf-8-sig") as fh:
            head = next(csv.reader(fh))[FORMATS[key]:]
        assert head == [WORDS[0], WORDS[1], f"{WORDS[1]} (2)"], (key, head)


def test_a_teachers_sheet_headed_in_html_in_every_lms_file_and_a_formula_title_stays_text(tmp_path):
    """A teacher's own sheet headed in HTML, with the usernames Blackboard and Brightspace match on: each file titles
    the questions by their words; "<p>=A1*2 gives?</p>" is titled "=A1*2 gives?", which a spreadsheet would run, so
    the file writes it guarded, as every cell that starts with a formula sign."""
    rows = [["Email", "Username", "Name", "<p>=A1*2 gives?</p>", "<p>Explain <b>osmosis</b> &amp; why</p>"],
            ["ann@school.example", "alee", "Ann Lee", "Twice the cell.", "Water moves through the membrane."],
            ["ben@school.example", "bito", "Ben Ito", "A1 doubled.", "It gets wet because water goes in."],
            ["cy@school.example", "cma", "Cy Ma", "Double of A1.", "Water moves from dilute to concentrated."]]
    session = L.session_for(L.write_csv(tmp_path / "class.csv", rows), lambda a: 1)
    assert session.item_keys() == ["=A1*2 gives?", "Explain osmosis & why"]
    for key in FORMATS:
        titles = titles_in(export_format(key).write(session, tmp_path / f"{key}.csv").path, key)
        assert titles[0].startswith("'=A1*2 gives?") and titles[1].startswith("Explain osmosis & why"), (key, titles)
        if key in ("moodle-gradebook", "google-classroom"):
            assert titles == ["'=A1*2 gives?", "Explain osmosis & why"], key
