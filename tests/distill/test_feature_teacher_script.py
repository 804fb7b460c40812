"""scripts/feature_teacher.py's features: spelling-tolerant key matches and nearest answers that never count
themselves (a training answer matching itself would make the nearest-answer features a copy of its own score)."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "feature_teacher.py"


@pytest.fixture(scope="module")
def ft():
    spec = importlib.util.spec_from_file_location("feature_teacher", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_misspelt_and_inflected_key_terms_match_and_unrelated_words_do_not(ft):
    assert ft.similar("photosynthesys", "photosynthesis")
    assert ft.similar("concentrations", "concentration")
    assert ft.similar("vinager", "vinegar")   # two edits in a 7-letter word
    assert not ft.similar("cat", "car")        # short words must match exactly
    assert not ft.similar("cell", "membrane")
    assert not ft.similar("rinse", "drying")


def test_key_cover_counts_each_elements_terms_found(ft):
    elements = [["vinegar", "container"], ["drying", "method"], ["rinsed", "distilled", "water"]]
    answer = ft.content(ft.words("You need to know the type of vinager in each contaner and how long to rinse it"))
    cover = ft.key_cover(answer, elements)
    assert cover[0] == 1.0            # both terms, misspelt
    assert cover[1] == 0.0
    assert cover[2] == pytest.approx(1 / 3)   # "rinse" against "rinsed"; no water, no distilled


def test_training_answers_never_count_themselves_as_nearest(ft):
    sims = np.array([[1.0, 0.2, 0.9],
                     [0.2, 1.0, 0.1],
                     [0.9, 0.1, 1.0]])
    y = np.array([0, 1, 0])
    own = ft.neighbour_features(sims, y, K=2, same_rows=True)
    # row 0: nearest score-0 answer is row 2 (0.9), not itself (1.0); nearest score-1 answer is row 1 (0.2)
    assert own[0, 0] == pytest.approx(0.9) and own[0, 2] == pytest.approx(0.2)
    # row 1 is the only score-1 answer: without itself, its best score-1 match is the -1 sentinel
    assert own[1, 2] == pytest.approx(-1.0)
    other = ft.neighbour_features(sims, y, K=2)
    assert other[0, 0] == pytest.approx(1.0)   # rows that are not the training answers keep every match
    assert sims[0, 0] == 1.0                   # the caller's matrix is left as it was


def test_a_score_no_training_answer_has_gives_zero_columns(ft):
    sims = np.array([[0.5, 0.4]])
    out = ft.neighbour_features(sims, np.array([0, 0]), K=3)
    assert out.shape == (1, 6)
    assert np.all(out[:, 2:] == 0.0)
    assert out[0, 0] == pytest.approx(0.5) and out[0, 1] == pytest.approx(0.45)
