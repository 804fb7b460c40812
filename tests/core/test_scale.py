"""What a question's scores are out of (grader_app/core/scale.py; QA s52a findings 2 and 5: a question worth 10 could
never be given 10, half points could not be typed, and a model learned from last year's marks 0, 4.5 and 10 allowed
only those three). A scale is 0 to its top in whole or half points, or a shipped model's labels; typed scores wait
for their next key only where a longer score on the scale starts with them."""
from __future__ import annotations

from grader_app.core.scale import GUESS, LEARNED, MODEL, SHEET, TEACHER, Scale, learned_scale, scales_from_json


def test_marks_0_4_5_and_10_make_a_scale_0_to_10_in_half_points_not_three_scores():
    scale = Scale.of_marks([0, 4.5, 10, 10, 0])
    assert (scale.top, scale.half, scale.source) == (10, True, LEARNED)
    assert scale.allows(5) and scale.allows(7) and scale.allows(9.5) and scale.allows(0)
    assert not scale.allows(10.5) and not scale.allows(4.25) and not scale.allows(-1) and not scale.allows("7")
    assert len(scale.scores()) == 21 and scale.scores()[:3] == (0, 0.5, 1)


def test_whole_marks_make_a_whole_scale_and_a_name_s_points_raise_its_top():
    assert Scale.of_marks([0, 1, 2]) == Scale(top=2, half=False, source=LEARNED)
    assert Scale.of_marks([0, 1, 2], top=4).top == 4            # "Q1 (4 marks)": nobody got full marks last year
    assert Scale.of_marks([0, 1, 2], top=1).top == 2            # never below the marks given
    assert Scale.of_marks([0, 0.25, 1]) is None                  # quarter points: no step of ours (the labels stay)
    assert Scale.of_marks(["A", "B"]) is None


def test_a_shipped_model_s_scale_is_its_labels():
    scale = Scale.of_labels((0, 1, 2, 3))
    assert (scale.top, scale.source, scale.settable) == (3, MODEL, False)
    assert scale.scores() == (0, 1, 2, 3) and not scale.allows(4) and not scale.allows(1.5)


def test_a_digit_waits_only_where_a_longer_score_starts_with_it():
    ten = Scale(top=10, source=SHEET)
    assert ten.longer("1") and not ten.longer("10") and not ten.longer("2") and not ten.longer("0")
    halves = Scale(top=10, half=True, source=TEACHER)
    assert halves.longer("4") and halves.longer("4.") and not halves.longer("4.5") and not halves.longer("10")
    assert halves.longer("0")                                    # 0.5
    three = Scale(top=3, source=GUESS)                           # a guess takes any digit at once, as the review did
    assert not any(three.longer(str(d)) for d in range(10)) and three.allows(7) and not three.allows(10)
    assert not Scale.of_labels((0, 1, 2, 3)).longer("1")


def test_a_guess_widens_to_the_marks_given_and_every_scale_takes_a_half_given():
    assert Scale(top=3).widened([5, 1]).top == 5
    assert Scale(top=2, source=TEACHER).widened([1.5]).half      # a project saved by a Grader that let one in
    assert Scale.of_labels((0, 1)).widened([7]) == Scale.of_labels((0, 1))


def test_the_project_file_s_value_is_read_leniently():
    assert scales_from_json({"q1": {"top": 10, "half": True}, "q2": {"top": 2}}) == {
        "q1": Scale(top=10, half=True, source=TEACHER), "q2": Scale(top=2, source=TEACHER)}
    bad = {"a": {"top": "ten"}, "b": {"top": 0}, "c": {"top": 1e9}, "d": [2], "e": {"top": 2, "half": "yes"},
           "f": {"top": 2.25}}
    assert scales_from_json(bad) == {} and scales_from_json("nonsense") == {} and scales_from_json(None) == {}
    assert Scale(top=10, half=True).to_json() == {"top": 10, "half": True}


def test_a_learned_model_s_manifest_gives_its_scale_or_its_labels_do():
    prov = {"learned_from": "a teacher's own marks"}
    assert learned_scale({"provenance": prov, "labels": [0, 4.5, 10], "scale": {"top": 10, "half": True}}) == \
        Scale(top=10, half=True, source=LEARNED)
    assert learned_scale({"provenance": prov, "labels": [0, 4.5, 10]}) == Scale(top=10, half=True, source=LEARNED)
    assert learned_scale({"provenance": prov, "labels": [0, 1, 2], "scale": "damaged"}).top == 2
    assert learned_scale({"provenance": {"teacher": "distilled"}, "labels": [0, 1, 2, 3]}) is None   # a shipped one


def test_a_score_on_the_scale_beyond_the_models_labels_is_weighed_in_the_agreement():
    """A model learned from marks 0, 4.5 and 10 scores the question; the teacher gives a 7 (on its scale, not one of its
    labels): the agreement the report and the summary sheet give counts it (it raised KeyError)."""
    import numpy as np
    import pandas as pd

    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import ColumnMapping, Sheet

    frame = pd.DataFrame([(f"S{i}", f"answer {i}") for i in range(4)], columns=["ID", "Answer"], dtype=object)
    info = ItemInfo(item="q1", bundle_id="ice-learned", labels=(0, 4.5, 10), scale=Scale(top=10, half=True))
    s = GradingSession(Sheet(frame=frame), ColumnMapping(id_column="ID", answer_column="Answer", default_item="q1"),
                       {"q1": info})
    s.set_predictions([0, 1, 2, 3], np.array([[0.8, 0.1, 0.1], [0.1, 0.1, 0.8], [0.1, 0.8, 0.1], [0.8, 0.1, 0.1]]))
    for key, score in ((0, 0), (1, 10), (2, 7), (3, 0)):
        s.decide(key, score)                                 # 7: on the question's scale (info.own_scale)
    assert s.score_distribution("q1") == {0: 2, 4.5: 0, 7: 1, 10: 1}    # the report's table counts the 7 too
    ag = s.agreement("q1")
    assert ag["n"] == 4 and ag["changed"] == 1 and ag["exact"] == 0.75 and 0 < ag["qwk"] <= 1
