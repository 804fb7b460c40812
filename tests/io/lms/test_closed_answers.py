"""A quiz report's multiple-choice, true/false and numeric questions are not ticked for grading (before, every question
column of a Canvas, Moodle, Blackboard or forms download was, so the teacher graded "True" and "B" with a short-answer
model and the upload carried them as new assignments). The rule (grader_app/io/lms/closed_answers.py) is conservative:
its edges, the real answers of every ASAP-SAS set (none ever unticked), and real downloads written to disk and opened
as the app opens them, with the note the columns dialog shows and the Canvas upload read back."""
from __future__ import annotations

import csv
import random

import pytest

from grader_app import workflow
from grader_app.core.session import GradingSession
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.lms import export_format, reading_for, recognise
from grader_app.io.lms.closed_answers import MIN_ANSWERS, closed, still_unticked
from grader_app.io.readers import read_sheet
from quiz_reports import MC, Q1, Q2, Q3, SHORT_ANSWER, TF, WRITTEN, canvas_report


@pytest.mark.parametrize("answers", [
    TF, MC, ["B", "A", "B", "C", "B", "B", "D", "b)"],                    # a choice's letter, however few took each
    ["True"] * 9 + ["False"],                                            # one wrong answer: a truth value still
    ["Wahr", "Falsch", "wahr", "Wahr", "Wahr", "Falsch"],
    ["4.5 m/s", "4.5 m/s", "4.6 m/s", "45", "4,5", "-3", "12.5 %", "4.5"],   # a numeric question, varied numbers
    ["", "-"] * 3 + TF,                                                  # blank answers are not counted
])
def test_choices_letters_truth_values_and_numbers_are_closed(answers):
    assert closed(answers)


@pytest.mark.parametrize("answers", [
    WRITTEN,                                                             # varied written sentences: always ticked
    ["mitochondria"] * 9 + ["ribosome"],                                 # most wrote one word: one value repeated
    ["mitochondria"] * 10,                                               # all wrote it alike
    ["mitochondria"] * 6 + ["Mitochondria"] * 2 + ["nucleus"] * 2,       # the same word with and without a capital
    ["carbon dioxide"] * 5 + ["carbon dioxide."] + ["oxygen"] * 4,      # and with a full stop
    ["mitochondria"] * 6 + ["nucleus"] * 2 + ["the mitochondria", "mitochondira"],   # two students alone: typed
    TF[:MIN_ANSWERS - 1],                                                # too few answers to tell
    [f"choice {i}" for i in range(9)] * 2,                               # more different answers than choices
    ["4.5 metres per second", "about 4.5 m/s", "4.5", "4.5", "4.5", "4.6"],   # a number in words is written
])
def test_written_answers_stay_ticked(answers):
    assert not closed(answers)


def test_no_asap_sas_set_would_be_unticked():
    """Each set's answers whole, and classes of 6 to 40 of them drawn at random (a fixed seed), and of its answers of
    three words or fewer: none is closed."""
    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    frame = load_train()
    rng = random.Random(2012)
    for number, texts in frame.groupby("EssaySet")["EssayText"]:
        texts = [str(t) for t in texts]
        short = [t for t in texts if len(t.split()) <= 3]
        assert not closed(texts), number
        for size in range(6, 41):
            assert not any(closed(rng.sample(texts, size)) for _ in range(10)), (number, size)
            if len(short) >= size:
                assert not any(closed(rng.sample(short, size)) for _ in range(10)), (number, size)


def test_a_canvas_report_opens_with_its_multiple_choice_unticked_and_says_so(tmp_path):
    opened = workflow.open_sheet(canvas_report(tmp_path), with_project=False)   # as the app opens a sheet
    assert opened.mapping is not None and opened.mapping.layout == WIDE
    assert opened.mapping.answer_columns == {Q3: SHORT_ANSWER}   # all three were ticked
    said = [n for n in opened.sheet.notes if getattr(n, "kind", "") == "closed_not_ticked"]
    assert said == ["2 question columns are not ticked (“1001: Which organelle releases energy i…”, “1002: Ice "
                    "floats on water.”): their answers are only choices or numbers (multiple choice, true/false, "
                    "numeric), which your learning platform marks itself; tick them to grade them here too."]
    found = recognise(opened.sheet)
    assert found is not None and found.closed == {Q1: "1001: Which organelle releases energy in a cell?",
                                                  Q2: "1002: Ice floats on water."}
    # ticked back one by one, the note names those still unticked, then is gone
    one = ColumnMapping(layout=WIDE, id_column="sis_id", name_column="name", answer_columns={Q3: SHORT_ANSWER, Q2: "x"})
    assert [n.values["columns"] for n in still_unticked(said, one)] == [[Q1]]
    assert still_unticked(said, ColumnMapping(layout=WIDE, answer_columns={Q1: "a", Q2: "b", Q3: "c"})) == []

    # the gradebook upload carries the written question alone, not the two Canvas marked itself
    sheet = opened.sheet
    s = GradingSession(sheet, opened.mapping, reading=reading_for(sheet, opened.mapping))
    assert {a.item for a in s.answers} == {SHORT_ANSWER}
    for a in s.answers:
        s.decide(a.key, 1)
    out = tmp_path / "canvas.csv"
    export_format("canvas-gradebook").write(s, out)
    with open(out, newline="", encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh))
    assert header[5:] == [SHORT_ANSWER]


def test_a_written_question_where_most_wrote_the_same_word_stays_ticked(tmp_path):
    """"Which organelle…?" as a short-answer question: seven wrote "mitochondria", with a capital or not; a report
    whose questions are all closed keeps them all ticked (nothing would be left to grade)."""
    typed = ["mitochondria"] * 5 + ["Mitochondria"] * 2 + ["nucleus", "the mitochondria", "ribosome"]
    found = recognise(read_sheet(canvas_report(tmp_path, written=typed)))
    assert found is not None and set(found.mapping.answer_columns) == {Q3}   # Q1, Q2 unticked; the typed one not
    assert set(found.closed) == {Q1, Q2}
    everything_closed = canvas_report(tmp_path, written=TF)
    found = recognise(read_sheet(everything_closed))
    assert found is not None and set(found.mapping.answer_columns) == {Q1, Q2, Q3} and not found.closed


def test_a_moodle_report_reads_its_dashes_as_blank_and_leaves_out_the_average_row(tmp_path):
    """Moodle's Responses report: "-" for a question not answered, an "Overall average" row: read as the session
    reads them, so the true/false column is closed with its dashes and the average row's numbers."""
    path = tmp_path / "BIO7-Week 3 quiz-responses.csv"
    head = ["Surname", "First name", "Email address", "State", "Started on", "Completed", "Time taken", "Grade/10.00",
            "Response 1", "Response 2"]
    rows = [head] + [[f"Name{i}", "Ann", f"s{i}@school.example", "Finished", "4 March 2024  10:00 AM",
                      "4 March 2024  10:12 AM", "12 mins", "6.00", WRITTEN[i], "-" if i == 4 else TF[i]]
                     for i in range(10)]
    rows.append(["Overall average", "", "", "", "", "", "", "5.00", "", "0.70"])
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    found = recognise(read_sheet(path))
    assert found is not None and found.system == "Moodle"
    assert list(found.mapping.answer_columns) == ["Response 1"] and list(found.closed) == ["Response 2"]
