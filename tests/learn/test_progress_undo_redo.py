"""The learning line remembers what the last fits estimated ("your last 5 marks brought it little or no closer", "more
than before"); undo cleared that memory, and redo did not bring it back: with the very marks it had said it of, the line
after undo then redo lost "brought it little or no closer" (or counted its marks again from one). Now the estimates put
aside at an undo are the line's memory again once the marks are as they were (a redo), whether the model was fitted
again in between or not. Real fits on the shared ASAP-SAS data's training split (skipped without it), one answer at a
time, refitted as the window refits."""
from __future__ import annotations

from grader_app.learn.assistant import MarkingAssistant
from test_progress_cannot_help_only_when_so import _asap_class
from test_progress_stalled import STALLED


def _marked(texts, scores, upto: int) -> MarkingAssistant:
    a = MarkingAssistant(texts)
    for i in range(upto):
        a.decide([i], scores[i])
        if a.needs_refit():
            a.refit()
        a.progress_sentence()   # the window reads the line after every mark: each fit is noted
    if a.behind():
        a.refit()   # as the window does once the teacher pauses
    return a


def test_undo_then_redo_gives_back_the_lines_memory_of_the_last_fits():
    texts, scores = _asap_class(10)
    a = _marked(texts, scores, 12)
    before = a.progress_sentence()
    assert STALLED.fullmatch(before), before   # "your last N marks brought it little or no closer" (N >= 5)
    last = 11
    # undo, the model fitted again to the marks left (the window does once she pauses), then redo and fitted again
    a.undo([last])
    a.refit()
    undone = a.progress_sentence()
    assert undone != before
    a.decide([last], scores[last])
    a.refit()
    assert a.progress_sentence() == before
    # undo then redo at once, before any fit: the model in use is the one the memory was of
    a.undo([last])
    a.progress_sentence()
    a.decide([last], scores[last])
    assert not a.behind()
    assert a.progress_sentence() == before
    # and marking on goes on from that memory, as it would have without the undo
    b = _marked(texts, scores, 13)
    a.decide([12], scores[12])
    a.refit()
    assert a.progress_sentence() == b.progress_sentence()
