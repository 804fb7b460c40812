"""One figure for the same marks (QA, ASAP-SAS set 10): a model made from last year's marked sheet of 250 answers said
"on answers it had not learned from, it agreed with 174 of your 250 marks", and this year's sheet, scored with it and
learning on before a single mark of this year, said "it agreed with 164 of your 250 marks". The session refitted the
same 250 marks with another model (the marking assistant's: one weight vector per score, no class weights, no score
offsets) on folds drawn another way. Now the marks go on teaching the model the sheet made with the recipe it was made
with, and the sheet's model is checked on the folds a session draws for the same marks in the same order, so the two
figures are one until this year's marks add to it.

Real files: last year's sheet written from the shared ASAP-SAS training split (read in place; skipped without it), its
model made by learn_from_sheet as the window does, this year's answers grouped by the learning controller's worker."""
from __future__ import annotations

import csv
from types import SimpleNamespace

import pytest

from grader_app.bundles import read_bundle
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.ui.learning_grouping import group_on_worker
from grader_app.ui.wording import learned_agreement


def _two_years(essay_set: int) -> tuple[list[str], list[int], list[str]]:
    """Last year's 250 marked answers and this year's 250 answers, of the set's training split (never its test split)."""
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    part = split_set(load_train(), essay_set).train.sample(500, random_state=3)
    last, this = part.iloc[:250], part.iloc[250:]
    return last["EssayText"].tolist(), last["Score1"].astype(int).tolist(), this["EssayText"].tolist()


def _made_and_learning(tmp_path, essay_set: int, years=None):
    """The model made from last year's sheet (a LearnedItem), its bundle, and this year's question learning on from it
    (``years``: last year's answers and marks and this year's answers, else :func:`_two_years`)."""
    texts, scores, this_year = years or _two_years(essay_set)
    sheet = tmp_path / "last year.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["answer", "score"])
        w.writerows(zip(texts, scores))
    made = learn_from_sheet(sheet, "score", tmp_path / "models", answer_column="answer").items[0]
    bundle = read_bundle(made.path)
    answers = [SimpleNamespace(text=t) for t in this_year]
    _, learners, unread = group_on_worker((answers, {"answer": list(range(len(answers)))}, {}), {"answer"}, False,
                                          None, {"answer": (bundle, None)})
    assert not unread
    return made, bundle, learners["answer"].assistant


def test_the_model_made_from_a_sheet_and_this_years_line_give_one_figure_for_the_same_marks(tmp_path):
    made, bundle, a = _made_and_learning(tmp_path, 10)
    said_then = learned_agreement(bundle.manifest)   # what the window said when it made the model
    assert said_then.startswith("on answers it had not learned from, it agreed with ") and "of your 250 marks" in said_then

    assert a.counted() == (250, 0)   # no answer of this year is one of last year's word for word
    a.refit()
    p = a.progress()
    assert p.checked == 250
    # before: "it agreed with 177 of your 250 marks" here, 174 when the model was made (QA's draw: 164 against 174)
    assert f"{said_then} and must be" in a.progress_sentence(), (said_then, a.progress_sentence())


def test_an_earlier_answer_left_out_moves_no_other_earlier_mark_to_another_fold(tmp_path):
    """One of last year's answers is on this year's sheet word for word (ASAP-SAS set 6): its mark is left out, but it
    keeps its place in the draw, so every other earlier mark is checked in the fold it was checked in when the model
    was made (left out of the draw, it moved the folds of the marks after it)."""
    made, _, a = _made_and_learning(tmp_path, 6)
    assert a.counted() == (249, 0) and a.left_out() == 1
    a.refit()
    n = len(a.texts)
    then = dict(zip(made.model.marked.tolist(), made.model.folds.tolist()))
    now = dict(zip((a.model.marked - n).tolist(), a.model.folds.tolist()))
    assert len(now) == 249 and all(now[i] == then[i] for i in now), sum(now[i] != then[i] for i in now)


def test_where_the_model_kept_score_offsets_the_line_says_the_figure_the_model_said(tmp_path):
    """ASAP-SAS set 6: the model made from last year's 250 marks kept score offsets for QWK and said "agreed with 213
    of your 250 marks" (each half of the marks scored with offsets tuned on the other half); learning on from it, before
    a mark of this year, the line said 212 (it counted its review table, whose offsets were tuned on all 250 marks)."""
    texts, scores, _ = _two_years(6)
    from grader_app.distill.asap import load_train, split_set
    from grader_app.text import normalise_many

    rest = split_set(load_train(), 6).train.sample(600, random_state=3).iloc[250:]["EssayText"].tolist()
    last = set(normalise_many(texts))   # none of this year's is one of last year's word for word, as the model reads it
    unlike = [t for t, w in zip(rest, normalise_many(rest)) if w not in last][:250]
    made, bundle, a = _made_and_learning(tmp_path, 6, (texts, scores, unlike))
    assert made.model.offsets is not None   # kept: they held up out of fold
    said_then = learned_agreement(bundle.manifest)
    assert a.counted() == (250, 0)
    a.refit()
    p = a.progress()   # it can take answers here, so the line says no agreement: the figure it would say
    assert a.model.offsets is not None and p.checked == 250
    assert said_then.endswith(f"it agreed with {p.agreed} of your 250 marks"), (said_then, p.agreed)
