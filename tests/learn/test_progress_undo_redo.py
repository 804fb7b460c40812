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


def test_what_was_put_aside_at_an_undo_goes_through_the_project_file_to_a_redo():
    """The memory put aside at an undo was the assistant's alone: the project opened again (a fresh assistant, the marks
    left restored at once, the fits' estimates taken back from the file) and the mark given again, the line read another
    sentence than before the undo with the very same marks. Now it goes with the fits' estimates (``fit_history``,
    through JSON as the project file holds it); an entry that is not one is left out, the rest still taken back."""
    import json

    texts, scores = _asap_class(10)
    a = _marked(texts, scores, 12)
    before = a.progress_sentence()
    assert STALLED.fullmatch(before), before
    last = 11
    a.undo([last])
    a.refit()
    a.progress_sentence()
    kept = json.loads(json.dumps(a.fit_history()))
    assert len(kept["undone"]) == 1
    kept["undone"] = [[1, 2], "damaged", *kept["undone"], ["a", "b", 1, 2, [[2, 5, 50, 47, 3, 0], [1, 6, 50, 47, 3, 0]]]]

    b = MarkingAssistant(texts, groups=a.groups)   # opened again: the marks left come back at once and teach one fit
    assert b.restore_fit_history(kept)
    for i in range(last):
        b.decide([i], scores[i])
    b.refit()
    assert b.progress_sentence() == a.progress_sentence()
    assert len(b.fit_history()["undone"]) == 1   # the damaged entries left out
    b.decide([last], scores[last])   # the redo
    b.refit()
    assert b.progress_sentence() == before
    assert "undone" not in b.fit_history()   # taken back up: nothing is put aside any more
