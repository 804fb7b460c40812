"""A model whose output, once it runs, is not one row of scores per answer (more or fewer scores than its manifest's
labels, one row for several answers, an output of three dimensions) is refused in the window's language, naming the
bundle file, and tells the teacher what she can do. Its graph declares the right shape, so only the run shows it. These
were English sentences ("the model in bundle 'week-3' gives …") in the German and the Spanish window, naming the id
rather than the file, with nothing to do. Real bundle files, run by the real probe (onnxruntime in a child process);
the sentence as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib

import pytest
from bundle_graphs import constant_model, identity_model
from language_checks import FRESH, good_manifest, said_in_each_language, write_bundle
from onnx import TensorProto, helper

from grader_app.bundles import BundleError, read_bundle
from grader_app.scoring.probe import PROBE_TEXTS, probe_bundle


def _three_dimensions() -> bytes:
    """Gives a [1, 1, 3] output, declaring [N, 3]."""
    row = helper.make_tensor("row", TensorProto.FLOAT, [1, 1, 3], [0.2, 0.3, 0.5])
    graph = helper.make_graph(
        [helper.make_node("Identity", ["row"], ["probabilities"])], "g",
        [helper.make_tensor_value_info("text", TensorProto.STRING, ["N"])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 3])], initializer=[row])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString()


MODELS = {
    "labels": lambda: constant_model([0.25, 0.25, 0.25, 0.25], declared=("N", "K")),   # four scores, three labels
    "rows": lambda: identity_model(),   # one row, whatever the number of answers
    "shape": _three_dimensions,
}
SAID = {
    "labels": {"en": "Week 3.gradebundle holds a model that gives 4 scores per answer but its manifest lists 3 labels",
               "de": "Week 3.gradebundle enthält ein Modell, das je Antwort 4 Punktzahlen gibt, obwohl sein Manifest 3 "
                     "nennt",
               "es": "Week 3.gradebundle contiene un modelo que da 4 puntuaciones por respuesta, pero su manifiesto "
                     "indica 3"},
    "rows": {"en": "Week 3.gradebundle holds a model that does not give one row of scores per answer (rows: 1, "
                   "answers: {n})",
             "de": "Week 3.gradebundle enthält ein Modell, das nicht je Antwort eine Zeile von Punktzahlen gibt "
                   "(Zeilen: 1, Antworten: {n})",
             "es": "Week 3.gradebundle contiene un modelo que no da una fila de puntuaciones por respuesta (filas: 1, "
                   "respuestas: {n})"},
    "shape": {"en": "Week 3.gradebundle holds a model that gives an output of shape [1, 1, 3], not one row of scores "
                    "per answer",
              "de": "Week 3.gradebundle enthält ein Modell, dessen Ausgabe die Form [1, 1, 3] hat statt einer Zeile "
                    "von Punktzahlen je Antwort",
              "es": "Week 3.gradebundle contiene un modelo cuya salida tiene la forma [1, 1, 3], no una fila de "
                    "puntuaciones por respuesta"},
}


@pytest.mark.parametrize("what", list(MODELS))
def test_an_output_not_one_row_of_scores_per_answer_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    model = MODELS[what]()
    bundle = read_bundle(write_bundle(tmp_path, good_manifest(sha256=hashlib.sha256(model).hexdigest()), model))
    with pytest.raises(BundleError) as caught:
        probe_bundle(bundle)
    said = said_in_each_language(caught.value)
    assert said == {lang: f"{SAID[what][lang].format(n=len(PROBE_TEXTS))}; {FRESH[lang]}." for lang in FRESH}
