"""A bundle refused for its model (a model.onnx that is not a model, one that needs data files beside it, one that does
not take the answers' text, one that gives no scores, one whose scores are not the manifest's) is said in the window's
language, naming the bundle file, and tells the teacher what she can do. These were English sentences that began "the
bundle's model …" without the file's name, shown in English in the German and the Spanish window, and the first one
ended "rebuild the bundle", which a teacher cannot do. Real bundle files, read by the real reader; the sentence as the
window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib

import pytest
from bundle_graphs import constant_model, identity_model
from language_checks import FRESH, good_manifest, refused, said_in_each_language, write_bundle



MODELS = {
    "not_onnx": lambda: b"\x08\x01\x3a\xff\xff",
    "external": lambda: identity_model(external=True),
    "input": lambda: identity_model(inputs=("answers",)),
    "output": lambda: identity_model(outputs=("scores",)),
    "labels": lambda: constant_model([0.2, 0.3, 0.5], declared=("N", 3)),
}
LABELS = {"labels": 4}   # the manifest lists four labels, the model gives three scores

EN_FRESH, DE_FRESH, ES_FRESH = FRESH["en"], FRESH["de"], FRESH["es"]
SAID = {
    "not_onnx": {
        "en": f"Week 3.gradebundle holds a model.onnx that is not a readable model, so it was refused; {EN_FRESH}.",
        "de": f"Week 3.gradebundle enthält eine Datei model.onnx, die kein lesbares Modell ist, daher wurde es abgelehnt; "
              f"{DE_FRESH}.",
        "es": f"Week 3.gradebundle contiene un model.onnx que no es un modelo legible, así que se rechazó; {ES_FRESH}."},
    "external": {
        "en": f"Week 3.gradebundle holds a model that needs data files kept outside the bundle, which bundles may not "
              f"use, so it was refused; {EN_FRESH}.",
        "de": f"Week 3.gradebundle enthält ein Modell, das Dateien außerhalb des Modellpakets braucht, was Modellpakete "
              f"nicht dürfen, daher wurde es abgelehnt; {DE_FRESH}.",
        "es": f"Week 3.gradebundle contiene un modelo que necesita archivos de datos fuera del paquete de modelo, algo "
              f"que los paquetes de modelo no pueden usar, así que se rechazó; {ES_FRESH}."},
    "input": {
        "en": f"Week 3.gradebundle holds a model that does not read answers the way Grader gives them, so it was "
              f"refused; {EN_FRESH} (its model should take one input named “text”, it takes “answers”).",
        "de": f"Week 3.gradebundle enthält ein Modell, das Antworten nicht so liest, wie Grader sie übergibt, daher "
              f"wurde es abgelehnt; {DE_FRESH} (das Modell sollte eine Eingabe namens „text“ haben, es hat „answers“).",
        "es": f"Week 3.gradebundle contiene un modelo que no lee las respuestas como Grader se las da, así que se "
              f"rechazó; {ES_FRESH} (el modelo debería tener una sola entrada llamada «text», tiene «answers»)."},
    "output": {
        "en": f"Week 3.gradebundle holds a model that gives Grader no scores, so it was refused; {EN_FRESH} (its model "
              f"has no output named “probabilities”).",
        "de": f"Week 3.gradebundle enthält ein Modell, das Grader keine Punktzahlen liefert, daher wurde es abgelehnt; "
              f"{DE_FRESH} (das Modell hat keine Ausgabe namens „probabilities“).",
        "es": f"Week 3.gradebundle contiene un modelo que no le da puntuaciones a Grader, así que se rechazó; "
              f"{ES_FRESH} (el modelo no tiene ninguna salida llamada «probabilities»)."},
    "labels": {
        "en": f"Week 3.gradebundle holds a model whose scores do not match the scores its manifest lists, so it was "
              f"refused; {EN_FRESH} (its model gives 3 scores per answer but its manifest lists 4 labels).",
        "de": f"Week 3.gradebundle enthält ein Modell, dessen Punktzahlen nicht zu den Punktzahlen in seinem Manifest "
              f"passen, daher wurde es abgelehnt; {DE_FRESH} (das Modell gibt je Antwort 3 Punktzahlen, sein "
              f"Manifest nennt aber 4).",
        "es": f"Week 3.gradebundle contiene un modelo cuyas puntuaciones no coinciden con las que indica su manifiesto, "
              f"así que se rechazó; {ES_FRESH} (el modelo da 3 puntuaciones por respuesta, pero su manifiesto indica "
              f"4)."},
}


@pytest.mark.parametrize("what", list(MODELS))
def test_a_bundle_refused_for_its_model_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    model = MODELS[what]()
    path = write_bundle(tmp_path, good_manifest(k=LABELS.get(what, 3), sha256=hashlib.sha256(model).hexdigest()), model)
    assert said_in_each_language(refused(path)) == SAID[what]
