"""The learning line reads the same when the project is opened again. QA marked ASAP-SAS set 6 one answer at a time:
before closing the line said "needs at least 36 more marks", after opening the project again "Mark about 70 more":
the line follows the last fits (grader_app.learn.progress.steady_target), and the fits were not kept, so the one fit
on every mark restored at once said what it alone read. Now the assistant gives its fits' estimates as plain JSON
(MarkingAssistant.fit_history; the project file keeps it) and takes them back (restore_fit_history), and the first fit
on the same marks is the last one kept, noted anew. Real fits on the shared ASAP-SAS data (skipped without it)."""
from __future__ import annotations

import json

from grader_app.learn.assistant import MarkingAssistant
from test_progress_cannot_help_only_when_so import _asap_class

MARKS = 31


def _marked_live(texts, scores) -> MarkingAssistant:
    """Marked one at a time as the window does: refits as the marks grow, and one on all of them once it pauses."""
    a = MarkingAssistant(texts)
    for i in range(MARKS):
        a.decide([i], scores[i])
        if a.needs_refit():
            a.refit()
        a.progress()                 # the window says the line after each mark
    if a.behind():
        a.refit()
    return a


def _opened_again(texts, scores, groups, history=None) -> MarkingAssistant:
    """The same marks come back at once (each decided on its own, as before) and teach one fit."""
    b = MarkingAssistant(texts, groups=groups)
    if history is not None:
        assert b.restore_fit_history(json.loads(json.dumps(history)))   # through JSON, as the project file holds it
    for i in range(MARKS):
        b.decide([i], scores[i])
    b.refit()
    return b


def test_the_line_is_the_same_before_closing_and_after_opening_again():
    texts, scores = _asap_class(6)
    a = _marked_live(texts, scores)
    before = a.progress_sentence()
    # 35 at least, said as a figure the last marks did not bring down (test_progress_stalled)
    assert before.startswith("Keep marking, but the model cannot promise when") and before.endswith("at least 35 more marks.")
    forgot = _opened_again(texts, scores, a.groups).progress_sentence()
    assert forgot != before   # what QA saw: another figure ("Mark about …" then; beyond progress.REACH now)
    again = _opened_again(texts, scores, a.groups, a.fit_history())
    assert again.progress_sentence() == before
    assert again.fit_history() == a.fit_history()                            # the last fit's entry, not one more


def test_different_marks_after_opening_again_are_a_fit_more():
    texts, scores = _asap_class(6)
    a = _marked_live(texts, scores)
    kept = a.fit_history()
    b = MarkingAssistant(texts, groups=a.groups)
    assert b.restore_fit_history(kept)
    for i in range(MARKS + 1):                                               # a mark the kept fits never learned
        b.decide([i], scores[i])
    b.refit()
    b.progress()
    fits = b.fit_history()["fits"]
    assert fits[:-1] == kept["fits"] and fits[-1][0] == kept["fits"][-1][0] + 1


def _older_digest(a: MarkingAssistant) -> str:
    """The digest of what the last fit learned from as a Grader before the marks' order and first scores were in it
    wrote it: each mark, and its batch numbered in answer order (each mark here a batch of its own, and every mark
    chooses the threshold)."""
    import hashlib

    rows = [[i, str(a.marks[i]), n] for n, i in enumerate(sorted(a.marks))]
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:32]


def test_a_project_saved_before_the_digest_took_the_order_reads_the_same_and_one_it_cannot_read_goes_on():
    """The digest now takes each mark's place in the order and the score it was first given, so a project an older
    Grader saved holds another: its last fit is still the one the same marks give (the line reads as before closing,
    and no fit more is counted), and a digest that is no one's leaves the fits kept as they were, the fit after opening
    counted as one more."""
    texts, scores = _asap_class(6)
    a = _marked_live(texts, scores)
    before, kept = a.progress_sentence(), a.fit_history()
    older = {**kept, "lesson": _older_digest(a)}
    assert older["lesson"] != kept["lesson"]
    again = _opened_again(texts, scores, a.groups, older)
    assert again.progress_sentence() == before
    assert again.fit_history() == kept                                        # saved with today's digest
    unknown = _opened_again(texts, scores, a.groups, {**kept, "lesson": "ab12"})
    unknown.progress()                                                        # the line said: the fit noted
    fits = unknown.fit_history()["fits"]
    assert fits[:-1] == kept["fits"] and fits[-1][0] == kept["fits"][-1][0] + 1


def test_a_project_without_fits_or_with_damaged_ones_starts_afresh():
    texts, scores = _asap_class(6)
    for damaged in (None, {}, {"fits": []}, {"fits": [[1, 2]]}, {"fits": [[2, 5, 50, 47, 3, 0], [1, 6, 50, 47, 3, 0]]},
                    {"fits": [[1, 5, "many", 47, 3, 0]]}, "fits", [1, 2]):
        b = MarkingAssistant(texts[:30])
        assert not b.restore_fit_history(damaged)
        assert b.fit_history() == {"fits": [], "lesson": ""}
