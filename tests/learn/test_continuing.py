"""The marks a learned model learned from, kept beside it (grader_app.bundles.kept_marks), and the question that goes on
teaching it with the marks given on a later sheet (grader_app.learn.continuing): QA s52a #4, where last year's marks and
this year's never added up. Real files, real fits."""
from __future__ import annotations

import json

import pytest

from grader_app import workflow
from grader_app.bundles.errors import BundleError
from grader_app.bundles.kept_marks import KeptMarks, marks_path, named, read_kept
from grader_app.bundles.library import Library
from grader_app.learn.continuing import ContinuingAssistant
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.learn.in_session import QuestionLearner
from grader_app.learn.marks_model import fit_marks
from grader_app.text import normalise_many


def _kept(ice_class, n=80) -> KeptMarks:
    texts, scores = ice_class
    return KeptMarks(tuple(texts[:n]), tuple(scores[:n]), ("last-year.csv",))


def test_the_marks_file_is_plain_json_and_anything_else_is_refused():
    k = KeptMarks(("Ice is less dense.", 'a "quoted" one\nover two lines'), (1, 2.5), ("ice.csv",))
    data = k.to_bytes()
    assert KeptMarks.from_bytes(data) == k and json.loads(data)["answers"][1] == ['a "quoted" one\nover two lines', 2.5]
    bad = [b"\x80\x04\x95 a pickle", b"[]", b'{"format": "other", "version": 1, "answers": []}',
           b'{"format": "grader kept marks", "version": 1, "answers": [["a", true]]}',
           b'{"format": "grader kept marks", "version": 1, "answers": [["a", NaN]]}',
           b'{"format": "grader kept marks", "version": 1, "answers": [[3, 1]]}']
    for raw in bad:
        with pytest.raises(BundleError, match="does not hold the marks of a model"):
            KeptMarks.from_bytes(raw, "x.marks.json")


def test_a_model_keeps_its_marks_beside_it_checked_copied_in_and_deleted_with_it(tmp_path, ice_class):
    texts, scores = ice_class
    library = Library.load([tmp_path / "shipped", tmp_path / "user"])
    sheet = tmp_path / "last-year.csv"
    sheet.write_text("Question,Answer,Mark\n" + "".join(f'Ice,"{t}",{s}\n' for t, s in zip(texts[:80], scores[:80])),
                     encoding="utf-8")
    (made,), _ = workflow.make_models_from_sheet(library, sheet, "Mark")
    library.add(made)
    assert made.path.parent == tmp_path / "user" and marks_path(made.path) == tmp_path / "user" / "ice.marks.json"
    assert named(made.manifest) and made.manifest["provenance"]["kept_marks"]["answers"] == 80
    kept = read_kept(made)
    assert kept.texts == tuple(texts[:80]) and kept.scores == tuple(scores[:80]) and kept.source == ("last-year.csv",)
    assert "Student" not in marks_path(made.path).read_text(encoding="utf-8")   # answers and marks only

    # changed after the model was made: refused, as a changed model is
    path = marks_path(made.path)
    original = path.read_bytes()
    path.write_bytes(original.replace(b'", 2]', b'", 0]', 1))
    with pytest.raises(BundleError, match="was changed or replaced"):
        read_kept(made)
    path.unlink()
    with pytest.raises(BundleError, match="is missing"):
        read_kept(made)
    path.write_bytes(original)

    # another model of that id added (a colleague's, made from other marks): kept beside hers, with its own marks
    sheet.write_text("Question,Answer,Mark\n" + "".join(f'Ice,"{t}",{s}\n' for t, s in zip(texts[80:], scores[80:])),
                     encoding="utf-8")
    (theirs,) = learn_from_sheet(sheet, "Mark", tmp_path / "elsewhere").items
    beside = workflow.copy_bundle_in(library, theirs.path)
    library.add(beside)
    assert beside.id == "ice-2" and beside.beside is not None and beside.beside.id == "ice"
    assert read_kept(beside).texts == tuple(texts[80:]) and read_kept(made).texts == tuple(texts[:80])
    # removed: its marks go with it (student data kept only while its model is)
    workflow.remove_bundle(library, made.id, made.path)
    assert not made.path.exists() and not path.exists() and marks_path(beside.path).exists()


def test_this_sheets_marks_add_to_the_earlier_ones_which_never_hold_an_answer_of_this_sheet(ice_class):
    texts, scores = ice_class
    earlier = _kept(ice_class)
    now = list(texts[80:160])
    now[0] = texts[3]                                            # word for word an answer marked last year
    a = ContinuingAssistant(now, earlier, labels=(0, 1, 2))
    here = set(normalise_many(now))
    kept = [80 + j for j, t in enumerate(normalise_many(texts[:80])) if t not in here]   # the invented class repeats some
    assert 80 + 3 not in kept and len(kept) >= 70
    e = len(kept)
    # the earlier marks teach from the start, but not that answer's: the model never learns the words it scores here
    assert a.can_fit() and a.counted() == (e, 0) and sorted(a.earlier_marks()) == kept
    a.refit()
    assert a.model.n_marks == e and a.model.probabilities.shape == (80, 3)   # it scores this sheet's answers only
    assert 0 not in a.model.marked and 80 + 3 not in a.model.marked
    assert not a.needs_refit() and not a.behind()                # no refit for ever: the earlier marks are not "new"
    other = next(s for s in (0, 1, 2) if s != scores[3])
    a.decide([0], other)                                         # marked otherwise this year: that mark stands
    a.decide([1, 2], scores[81])
    assert a.counted() == (e, 3)
    assert a.needs_refit()
    model = a.refit()
    assert model.n_marks == e + 3 and model.probabilities.shape == (80, 3)
    assert sorted(model.marked.tolist()) == [0, 1, 2] + kept
    assert model.labels[model.marks[0]] == other
    # a near-copy across the two is one fold group with what it copies: neither vouches for the other
    near = list(texts[80:160])
    near[5] = texts[7] + "."                                     # a full stop more: near-identical, not the same words
    b = ContinuingAssistant(near, earlier, labels=(0, 1, 2))
    assert texts[7] + "." not in texts[:80]
    folds = b.learned_from()[2]
    assert 80 + 7 in b.earlier_marks() and folds[5] == folds[80 + 7]
    # progress counts the earlier marks as marks made
    p = a.progress()
    assert p.decided == e + 3 and p.total == 80 + e and p.need_you + p.auto == 77


def test_the_sheet_the_model_was_made_from_teaches_it_nothing_of_itself(ice_class):
    """QA s52a #11: every answer it scored there was one it had learned from. Now none is."""
    texts, scores = ice_class
    a = ContinuingAssistant(list(texts[:80]), _kept(ice_class), labels=(0, 1, 2))
    assert a.counted() == (0, 0) and a.earlier_marks() == {} and not a.can_fit()   # a model comes with her marks
    a.decide(list(range(40)), 0)
    a.decide(list(range(40, 80)), 2)
    assert a.can_fit() and a.counted() == (0, 80)


def test_a_mark_on_the_questions_scale_that_the_earlier_marks_never_gave_teaches_the_model_too(ice_class):
    """The question is marked on the scale of the sheet its model learned from (ItemInfo.scale, 0 to 2 here), not only on
    the marks that sheet gave: a 1 this year, where last year's marks were all 0 or 2, is learned as a score of its own.
    Only where no scale says more (the model's labels given) do last year's marks limit the scores."""
    texts, scores = ice_class
    j = [i for i in range(80) if scores[i] != 1]
    earlier = KeptMarks(tuple(texts[i] for i in j), tuple(scores[i] for i in j), ("last-year.csv",))
    a = ContinuingAssistant(list(texts[80:160]), earlier)
    assert a.refit().labels == (0, 2)                            # last year's marks alone: 0 and 2
    ones = [i for i in range(80) if scores[80 + i] == 1][:4]
    for i in ones:
        a.decide([i], 1)
    assert a.needs_refit()                                       # a score the model never gave: a fit at once
    model = a.refit()
    assert model.labels == (0, 1, 2) and model.probabilities.shape == (80, 3) and model.n_marks == len(j) + 4
    limited = ContinuingAssistant(list(texts[80:160]), earlier, labels=(0, 2))
    with pytest.raises(ValueError, match="not a score for this question"):
        limited.decide([ones[0]], 1)


def test_a_model_saved_from_the_review_keeps_both_years_marks(tmp_path, ice_class):
    texts, scores = ice_class
    earlier = _kept(ice_class, 60)
    learner = QuestionLearner("Ice", list(range(100, 200)), list(texts[60:160]), earlier, (0, 1, 2))
    a = learner.assistant
    for i in range(20):
        a.decide([i], scores[60 + i])
    model = a.refit()
    kept = learner.kept_marks(model, "this-year.csv")
    here = set(normalise_many(texts[60:160]))
    e = [j for j, t in enumerate(normalise_many(texts[:60])) if t not in here]   # last year's, but words of this sheet
    assert len(kept) == 20 + len(e) and kept.source == ("last-year.csv", "this-year.csv")
    assert sorted(zip(kept.texts, kept.scores)) == sorted([*zip(texts[60:80], scores[60:80]),
                                                           *((texts[j], scores[j]) for j in e)])
    library = Library.load([tmp_path / "shipped", tmp_path / "user"])
    saved = workflow.save_learned_model(library, model, "Ice", tmp_path / "saved" / "ice.gradebundle", "this-year.csv",
                                        100, kept=kept)
    assert read_kept(saved) == kept and marks_path(saved.path).parent == tmp_path / "user"
    # a question without a model keeps this sheet's marks alone
    plain = QuestionLearner("Q", list(range(50)), list(texts[:50]))
    for i in range(50):
        plain.assistant.decide([i], scores[i])
    alone = plain.kept_marks(fit_marks(list(texts[:50]), dict(enumerate(scores[:50]))), "s.csv")
    assert alone.texts == tuple(texts[:50]) and alone.source == ("s.csv",)
