"""A model that gives one score per answer where its manifest lists three is refused saying "1 score", not "1 scores",
in each language: whether its graph declares the one score (the reader refuses it, ``bundle.model_labels``) or only the
run shows it (the probe refuses it, ``bundle.output_labels``). The count of scores is a plural text (``%n``), as the other
counted problems are. Real bundle files, read by the real reader and run by the real probe (onnxruntime in a child
process); the sentence as the window says it (``messages.plain``) in English, German and Spanish, and the English the
command line prints."""
from __future__ import annotations

import hashlib

import pytest
from bundle_graphs import constant_model
from language_checks import FRESH, good_manifest, refused, said_in_each_language, write_bundle

from grader_app.bundles import BundleError, read_bundle
from grader_app.scoring.probe import probe_bundle

NAME = "Week 3.gradebundle"
READ = {   # the graph declares one score: the reader refuses it
    "en": f"{NAME} holds a model whose scores do not match the scores its manifest lists, so it was refused; "
          f"{FRESH['en']} (its model gives 1 score per answer but its manifest lists 3 labels).",
    "de": f"{NAME} enthält ein Modell, dessen Punktzahlen nicht zu den Punktzahlen in seinem Manifest passen, daher wurde "
          f"es abgelehnt; {FRESH['de']} (das Modell gibt je Antwort 1 Punktzahl, sein Manifest nennt aber 3).",
    "es": f"{NAME} contiene un modelo cuyas puntuaciones no coinciden con las que indica su manifiesto, así que se "
          f"rechazó; {FRESH['es']} (el modelo da 1 puntuación por respuesta, pero su manifiesto indica 3).",
}
RUN = {   # the graph declares [N, K]: only its run shows the one score
    "en": f"{NAME} holds a model that gives 1 score per answer but its manifest lists 3 labels; {FRESH['en']}.",
    "de": f"{NAME} enthält ein Modell, das je Antwort 1 Punktzahl gibt, obwohl sein Manifest 3 nennt; {FRESH['de']}.",
    "es": f"{NAME} contiene un modelo que da 1 puntuación por respuesta, pero su manifiesto indica 3; {FRESH['es']}.",
}


def _bundle(tmp_path, declared):
    model = constant_model([1.0], declared=declared)
    return write_bundle(tmp_path, good_manifest(sha256=hashlib.sha256(model).hexdigest()), model)


def test_a_model_declaring_one_score_is_refused_saying_1_score(qapp, tmp_path):
    problem = refused(_bundle(tmp_path, ("N", 1)))
    assert str(problem) + "." == READ["en"]
    assert said_in_each_language(problem) == READ


def test_a_model_giving_one_score_when_run_is_refused_saying_1_score(qapp, tmp_path):
    with pytest.raises(BundleError) as caught:
        probe_bundle(read_bundle(_bundle(tmp_path, ("N", "K"))))
    assert str(caught.value) + "." == RUN["en"]
    assert said_in_each_language(caught.value) == RUN


@pytest.mark.parametrize("width", [2, 5])
def test_a_model_giving_several_scores_still_says_scores(qapp, tmp_path, width):
    model = constant_model([1.0 / width] * width, declared=("N", "K"))
    path = write_bundle(tmp_path, good_manifest(sha256=hashlib.sha256(model).hexdigest(), k=4 if width == 5 else 3), model)
    with pytest.raises(BundleError) as caught:
        probe_bundle(read_bundle(path))
    labels = 4 if width == 5 else 3
    assert said_in_each_language(caught.value)["en"] == (f"{NAME} holds a model that gives {width} scores per answer but "
                                                         f"its manifest lists {labels} labels; {FRESH['en']}.")
