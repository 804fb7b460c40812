"""The progress sentence said "The model would need more marks than there are answers left, so it cannot take any of
the 98 answers left; mark them yourself." from 40 to 53 marks of a teacher's own question of 150 answers (ASAP set 6),
after "Mark about 12 more answers" at 25, and then "The model can take 77 of the 84 answers left" at 54. The estimate
read only the lowest confidence whose out-of-fold errors were at most half the target: one early error there (1 of
40, exactly half the target) taken as the error rate of every answer to come asked for more marks than the sheet had
left, while a confidence just above it, with no error, needed a dozen. Now the estimate is the confidence that needs
the fewest marks (grader_app.learn.progress.marks_to_certify), "cannot take any … mark them yourself" is said only
where not even every answer left, each marked, accepted and right, could let the model take one
(grader_app.learn.progress.fewest_more_marks), and where only the estimate goes beyond the answers left it says the
fewest more marks it needs and how often it agreed with the marks so far. Real fits on real classes: the invented
class of the other learning tests, and 150 answers of the shared ASAP-SAS data's training split (skipped without the
data)."""
from __future__ import annotations

import re

import pytest

from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.progress import fewest_more_marks, marks_to_certify
from test_progress_within_sheet import _marked

CANNOT = "too few for the model to learn enough to take any"


def _lowest_row_reads(a: MarkingAssistant) -> int:
    """The further marks the estimate used to read: off the lowest confidence with errors at most half the target."""
    m = a.model
    rows = [r for r in m.review["table"] if r["accepted"] >= 5 and r["error"] <= a.target_error / 2]
    lowest = min(rows, key=lambda r: r["threshold"])
    found = marks_to_certify([lowest], m.n_marks, a.target_error, a.confidence_level)
    assert found is not None
    return found[0]


def _left(a: MarkingAssistant) -> int:
    return len(a.texts) - len(a.marks)


def test_an_estimate_that_more_marks_bear_out_is_said_not_no_help(ice_class):
    texts, scores = ice_class
    a = _marked(texts, scores, 84, 0.0)                # the first 84 answers, marked right
    assert not a.model.qualified
    assert _lowest_row_reads(a) >= _left(a) == 76      # it used to say it cannot take any of the 76 answers left
    p = a.progress()
    assert not p.beyond_sheet and 0 < p.marks_needed < _left(a) and p.could_take
    assert a.progress_sentence() == (f"Mark at least {p.marks_needed} more answers to this question; if the model agrees "
                                     f"with you on them, it can take about {p.could_take} of the rest.")
    later = _marked(texts, scores, 84 + p.marks_needed, 0.0)   # and about that many more marks do it
    assert later.model.qualified and later.auto_scores()


def test_an_estimate_beyond_the_answers_left_but_not_surely_says_what_it_needs_at_least(ice_class):
    texts, scores = ice_class
    a = _marked(texts, scores, 58, 0.0)
    m = a.model
    needed = marks_to_certify(m.review["table"], m.n_marks, a.target_error, a.confidence_level)[0]
    assert needed >= _left(a) == 102                   # read off its table: more marks than are left
    hopeful = fewest_more_marks(m.review["table"], a.target_error, a.confidence_level)
    assert hopeful < 102                               # but not surely
    p = a.progress()
    assert (p.beyond_sheet, p.marks_needed, p.could_take, p.at_least) == (False, None, None, hopeful)
    table = m.review["table"]
    everything = max(table, key=lambda r: r["answers"])   # the rows count units of answers; the agreement, answers
    assert (p.agreed, p.checked) == (everything["answers"] - everything["answer_errors"], 58)
    assert a.progress_sentence() == (f"Keep marking, since the model needs at least {hopeful} more marks before it can take an "
                                     f"answer; on answers it had not learned from, it agreed with {p.agreed} of your 58 "
                                     "marks and must be at least 95 % right.")
    assert _marked(texts, scores, 92, 0.0).auto_scores()   # 34 more marks, and it takes answers: it could help


def _asap_class(essay_set: int) -> tuple[list[str], list[int]]:
    """150 answers of one ASAP-SAS set's training split (never its test split), in a fixed random order."""
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    part = split_set(load_train(), essay_set).train.sample(150, random_state=7)
    return part["EssayText"].tolist(), part["Score1"].astype(int).tolist()


def _marked_first(texts, scores, k: int) -> MarkingAssistant:
    a = MarkingAssistant(texts)
    for i in range(k):
        a.decide([i], scores[i])
    a.refit()
    return a


def test_one_early_error_in_a_teachers_own_question_no_longer_reads_as_no_help():
    """The situation reproduced: set 6 (membrane transport), 50 answers marked right."""
    texts, scores = _asap_class(6)
    a = _marked_first(texts, scores, 50)
    m = a.model
    assert not m.qualified
    rows = [r for r in m.review["table"] if r["accepted"] >= 5 and r["error"] <= a.target_error / 2]
    assert min(rows, key=lambda r: r["threshold"])["errors"] >= 1       # the early error, at the lowest such row
    assert _lowest_row_reads(a) >= _left(a) == 100                      # read as "cannot take any of the 100"
    p = a.progress()
    sentence = a.progress_sentence()
    assert CANNOT not in sentence and not p.beyond_sheet
    assert sentence == (f"Mark at least {p.marks_needed} more answers to this question; if the model agrees with you on "
                        f"them, it can take about {p.could_take} of the rest.")
    assert p.marks_needed <= 20
    later = _marked_first(texts, scores, 50 + 2 * p.marks_needed)      # about that many more: it takes answers
    assert later.model.qualified and later.auto_scores()


def test_where_not_even_every_answer_left_could_help_it_still_says_so():
    """Set 2 (the plastic stretch investigation): its model, learned from 120 marks, is wrong on its most confident
    answers; 45 confidently right answers would be needed and 30 are left."""
    texts, scores = _asap_class(2)
    a = _marked_first(texts, scores, 120)
    m = a.model
    assert not m.qualified
    assert fewest_more_marks(m.review["table"], a.target_error, a.confidence_level) >= _left(a) == 30
    p = a.progress()
    assert p.beyond_sheet and p.at_least is None
    assert a.progress_sentence() == ("This question has only 30 answers left, too few for the model to learn enough "
                                     "to take any; mark them yourself.")
    assert not _marked_first(texts, scores, 150).model.qualified      # indeed: every answer marked, it takes none


NOT_YET = re.compile(r" The model has not learned from your (?:newest (?:mark|\d+ marks)|latest changes to your marks) yet; "
                     r"it does when you pause\.$")


def figures_sentence(said: str) -> str:
    """A line read between a mark and the fit that learns from it without its last sentence, which says so (what the
    figures before it say is the last fit's): the sentence the figures are read from."""
    return NOT_YET.sub("", said)
