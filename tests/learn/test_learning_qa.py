"""Found in a QA pass over learning from the teacher's marks (each failed before its fix): a new score or a
corrected mark is learned at once; a fit decomposes each fold's kernel once, not once per C; questions
named in other alphabets get bundle ids of their own (a second one never overwrites the first in the
library); a question with one scored answer (or one score) is skipped with a sentence that reads."""
from __future__ import annotations

import csv
import zipfile

import numpy as np
import pytest

from grader_app.learn.assistant import MarkingAssistant
from grader_app.learn.export import bundle_id_for
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.learn.marks_model import fit_marks


def _fitted(ice_class, n: int = 60) -> MarkingAssistant:
    texts, scores = ice_class
    a = MarkingAssistant(texts, labels=None)
    for i in range(n):
        a.decide([i], min(scores[i], 1))    # the teacher's scale is 0-1 so far
    a.refit()
    assert a.model is not None and a.model.labels == (0, 1) and not a.needs_refit()
    return a


def test_a_new_score_on_the_scale_is_learned_at_once(ice_class):
    a = _fitted(ice_class)
    a.decide([70], 2)                      # the first 2: the model cannot give a 2 until it refits
    assert a.needs_refit()
    a.refit()
    assert a.model.labels == (0, 1, 2) and not a.needs_refit()


def test_a_corrected_mark_is_learned_at_once(ice_class):
    a = _fitted(ice_class)
    i = next(i for i, s in a.marks.items() if s == 0)
    a.decide([i], 1)                       # the teacher changes a mark: same count, different marks
    assert a.needs_refit()
    a.refit()
    assert not a.needs_refit()
    assert a.model.labels[a.model.marks[list(a.model.marked).index(i)]] == 1


def test_a_score_no_longer_given_leaves_the_scale_at_once(ice_class):
    texts, scores = ice_class
    a = MarkingAssistant(texts)
    for i in range(60):
        a.decide([i], scores[i])
    a.refit()
    twos = [i for i, s in a.marks.items() if s == 2]
    a.decide(twos, 1)                      # every 2 becomes a 1 (one decision, as a group)
    assert a.needs_refit()
    a.refit()
    assert a.model.labels == (0, 1)


def test_the_refit_growth_rule_still_holds_for_new_marks(ice_class):
    a = _fitted(ice_class)
    texts, scores = ice_class
    a.decide([61], min(scores[61], 1))     # one more mark on the known scale: 1 < 5 % of 60
    assert not a.needs_refit()
    a.decide([62, 63], 0)
    assert a.needs_refit()


def test_each_folds_kernel_is_decomposed_once(ice_class, monkeypatch):
    """A 2,000-row marked sheet spent four fifths of its 44 s in eigendecompositions: every C of every
    fold decomposed the same fold kernel again (31 for 6 kernels)."""
    texts, scores = ice_class
    calls = []
    real = np.linalg.eigh

    def counting(a, *args, **kwargs):
        calls.append(np.shape(a))
        return real(a, *args, **kwargs)
    monkeypatch.setattr(np.linalg, "eigh", counting)
    marks = {i: scores[i] for i in range(100)}
    model = fit_marks(texts, marks, ordinal=True, Cs=(0.1, 0.3, 1.0, 3.0, 10.0, 30.0))
    assert len(calls) <= 6, f"{len(calls)} decompositions for 5 folds and the final fit"
    monkeypatch.setattr(np.linalg, "eigh", real)
    again = fit_marks(texts, marks, ordinal=True, Cs=(0.1, 0.3, 1.0, 3.0, 10.0, 30.0))
    assert model.C == again.C and np.allclose(model.probabilities, again.probabilities)


@pytest.mark.parametrize("a,b", [("日本語", "中文"), ("Größe 1", "Grüße 1"), ("Вопрос 1", "Задача 1"),
                                 ("ελληνικά", "עברית")])
def test_questions_in_other_alphabets_get_ids_of_their_own(a, b):
    from grader_app.bundles.manifest import ID_PATTERN

    ia, ib = bundle_id_for(a), bundle_id_for(b)
    assert ia != ib and ID_PATTERN.fullmatch(ia) and ID_PATTERN.fullmatch(ib)
    assert bundle_id_for(a) == ia          # the same question always gets the same id


def test_accented_latin_names_read_as_they_are_spelled():
    assert bundle_id_for("Größe – Frage 1") == "grosse-frage-1"
    assert bundle_id_for("Pregunta año") == "pregunta-ano"
    assert bundle_id_for("Q 2/b") == "q-2-b" and bundle_id_for("COM1") == "q-com1"


def _sheet(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["ID", "Question", "Answer", "Score"])
        w.writerows(rows)
    return path


def test_two_sheets_with_questions_in_other_alphabets_keep_both_models(tmp_path, ice_class):
    """Learned one after the other into the same folder (as the app installs them into the user's models),
    the second question's bundle overwrote the first's: both were "learned.gradebundle"."""
    texts, scores = ice_class
    out = tmp_path / "models"
    for name, item in (("a.csv", "日本語"), ("b.csv", "中文")):
        rows = [(f"S{i}", item, texts[i], scores[i]) for i in range(50)]
        learn_from_sheet(_sheet(tmp_path / name, rows), "Score", out)
    bundles = sorted(out.glob("*.gradebundle"))
    assert len(bundles) == 2
    titles = set()
    for p in bundles:
        with zipfile.ZipFile(p) as z:
            import json

            titles.add(json.loads(z.read("manifest.json"))["title"])
    assert titles == {"日本語", "中文"}


def test_a_question_with_one_scored_answer_is_skipped_in_a_sentence_that_reads(tmp_path, ice_class):
    texts, scores = ice_class
    rows = [(f"S{i}", "Q1", texts[i], scores[i]) for i in range(50)] + [("S99", "Q2", "ice floats", 1)]
    res = learn_from_sheet(_sheet(tmp_path / "m.csv", rows), "Score", tmp_path / "out")
    assert {q: str(why) for q, why in res.skipped.items()} == {
        "Q2": "it has 1 of the 45 marked answers a model needs before it can take any answer on its own; mark at least "
              "44 more answers of this question (another class's answers in the same sheet count too) and learn again"}
    rows = [(f"S{i}", "Q1", texts[i], scores[i]) for i in range(50)] + [(f"T{i}", "Q2", f"ice {i}", 1) for i in range(45)]
    res = learn_from_sheet(_sheet(tmp_path / "m2.csv", rows), "Score", tmp_path / "out2")
    assert str(res.skipped["Q2"]).startswith("all its 45 scored answers have the score 1")
