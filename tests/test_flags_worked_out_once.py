"""Opening a quiz download worked every question's flags out twice: the session flagged all answers without the
questions' texts, then each question was given its text from the download (workflow.start_session) and flagged again.
On a Canvas report of 10,000 students and six questions that was seconds of the opening spent for nothing. Now the
texts go in first and each question is flagged once, with the same flags as before (an answer copying its question
back is flagged as copied); a text changed later (the teacher picking a model) still flags the question anew.
The real opening (workflow.open_sheet, workflow.prepare_session) of a real Canvas report written to disk."""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import replace

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core.flags import COPIED
from grader_app.core.session import GradingSession
from grader_app.io.lms import reading_for

QUESTIONS = ["Why does ice float on water in a frozen lake?", "Explain how plants make their food from sunlight.",
             "Describe what happens to a cell placed in salt water."]
COPY = "Why does ice float on water in a frozen lake"   # question 1 written back as the answer
ANSWERS = [["Ice is less dense than the water.", "because it is lighter", "Hydrogen bonds hold it apart.", COPY,
            "density", "It is lighter than the water under it."],
           ["Photosynthesis makes sugar.", "they use light", "Chlorophyll takes in light to make glucose.", "sun",
            "Plants take carbon dioxide and water and make sugar.", "I do not know"],
           ["It shrinks.", "water leaves the cell by osmosis", "it gets smaller", "The cell loses water.", "shrinks",
            "Water moves out because salt is outside."]]


def _canvas_report(folder):
    """A Canvas quiz Student Analysis report: six students, three written questions each followed by its points."""
    path = folder / "Week 6 quiz Quiz Student Analysis Report.csv"
    head = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt"]
    for i, q in enumerate(QUESTIONS):
        head += [f"{2001 + i}: <p>{q}</p>", "2.0"]
    rows = [head + ["n correct", "n incorrect", "score"]]
    for s in range(len(ANSWERS[0])):
        row = [f"Student {s}", str(17000 + s), f"S{s:03}", "Period 3", "4411", "S3", "2024-03-04 10:00:00 UTC", "1"]
        for answers in ANSWERS:
            row += [f"<p>{answers[s]}</p>", "0.0"]
        rows.append(row + ["0", "0", "0.0"])
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    return path


@pytest.fixture
def flagged(monkeypatch):
    """How many times each question's flags are worked out (GradingSession.compute_flags, counted per question)."""
    counts: Counter = Counter()
    real = GradingSession.compute_flags

    def counted(self, items=None):
        items = list(items) if items is not None else None
        counts.update(items if items is not None else self.item_keys())
        return real(self, items)
    monkeypatch.setattr(GradingSession, "compute_flags", counted)
    return counts


def test_opening_a_quiz_download_flags_each_question_once(tmp_path, flagged):
    path, library = _canvas_report(tmp_path), Library.load([])
    opened = workflow.open_sheet(path, library)
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
    try:
        session = prepared.session
        assert len(session.item_keys()) == 3 and all(session.items[i].prompt for i in session.item_keys())
        assert flagged == Counter({item: 1 for item in session.item_keys()})
        first = session.item_keys()[0]
        copied = [a.key for a in session.answers_for(first) if a.text == COPY]
        assert copied and COPIED in session.flags[copied[0]]

        # a text changed later (a model picked in the window) still flags that question anew, and only it
        session.set_item_info(replace(session.items[first], prompt=""))
        assert flagged[first] == 2 and sum(flagged.values()) == 4
        assert COPIED not in session.flags[copied[0]]
    finally:
        prepared.store.close()


def test_the_flags_are_those_worked_out_before_and_again_with_each_text(tmp_path):
    path = _canvas_report(tmp_path)
    library = Library.default()
    opened = workflow.open_sheet(path, library)
    sheet, mapping = opened.sheet, opened.mapping
    items = GradingSession(sheet, mapping, reading=reading_for(sheet, mapping)).item_keys()
    chosen = {items[2]: "asap-sas-1"}   # a model's own text for one question, the download's for the others
    session, _ = workflow.start_session(sheet, mapping, library, chosen=chosen, learning=True)
    assert session.items[items[2]].prompt == library.get("asap-sas-1").prompt != session.items[items[0]].prompt

    # the way before: every answer flagged without texts, then each question flagged again with its text
    before = GradingSession(sheet, mapping, reading=reading_for(sheet, mapping))
    copied = next(a.key for a in before.answers if a.text == COPY)
    assert COPIED not in before.flags[copied]   # the text matters: without it the copy is not seen
    for item in items:
        before.set_item_info(session.items[item])
    assert COPIED in before.flags[copied]
    assert dict(session.flags) == dict(before.flags)
    assert dict(session.lists_ok) == dict(before.lists_ok)
    assert dict(session.english) == dict(before.english)
    assert dict(session.languages) == dict(before.languages)
    assert session._denies == before._denies
