"""A question given its model or text (GradingSession.set_item_info) sets the flags that come with a model's row
(core.model_flags: INVALID_OUTPUT, TERM_LIST, DENIES) anew only on the answers that lose a row: an answer without one
has none of them to lose. It set them on every answer of the question, and opening a download gives each question its
model and then its text, so opening a Canvas report of 10,000 students x 6 questions set them 120,000 times for
nothing. The opening (workflow.open_sheet, workflow.prepare_session, on a real Canvas report written to disk) sets them
on no answer now, with the same flags; a model changed on scored answers still takes their row's flags away."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pandas as pd
import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.core import flags as F
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from quiz_reports import canvas_report


@pytest.fixture
def marked(monkeypatch):
    """The answers whose row's flags were set, each with how many times."""
    counts: Counter = Counter()
    real = GradingSession._mark_output

    def counted(self, key):
        counts[key] += 1
        return real(self, key)
    monkeypatch.setattr(GradingSession, "_mark_output", counted)
    return counts


def test_opening_a_download_sets_no_row_flags(tmp_path, marked):
    path, library = canvas_report(tmp_path), Library.load([])
    opened = workflow.open_sheet(path, library)
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
    try:
        session = prepared.session
        assert session.answers and marked == Counter()   # twice per answer before
        assert set(session.flags) == {a.key for a in session.answers}   # every answer flagged, as before
        assert any(session.flags.values())
    finally:
        prepared.store.close()


DENIAL = "Osmosis does not move water and active transport does not use energy."
TERMS = "osmosis, diffusion, membrane"


def test_a_new_model_takes_the_row_flags_of_the_answers_that_had_a_row(marked):
    texts = ["Osmosis moves water across the cell membrane by diffusion.", DENIAL, TERMS, "Water moves in by osmosis."]
    frame = pd.DataFrame({"id": [f"S{i}" for i in range(len(texts))], "item": ["q"] * len(texts), "answer": texts},
                         dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                         answer_column="answer"))
    info = ItemInfo(item="q", bundle_id="q", labels=(0, 1, 2), default_threshold=0.6)
    session.set_item_info(info)
    session.set_predictions([0, 1, 2], [(0.05, 0.05, 0.9), (0.05, 0.05, 0.9), (float("nan"), 0.5, 0.5)])
    assert session.flags[1] == [F.DENIES] and F.INVALID_OUTPUT in session.flags[2]
    marked.clear()
    session.set_item_info(replace(info, bundle_id="other"))
    assert marked == Counter({0: 1, 1: 1, 2: 1})       # the three with a row; all four before
    assert dict(session.flags) == dict(enumerate(F.flags_for_group(texts)))   # the text's flags alone, as before
