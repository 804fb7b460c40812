"""A bundle whose model fails when it runs is said in the window's language, naming the bundle file, and tells the
teacher what she can do: when it is tried on test answers before it is added (``scoring.probe``: the test program cannot
start, the model crashes or needs too much memory, onnxruntime cannot load it, it fails on a test answer, it gives text
where scores should be, or rows that are not probabilities) and when it scores (``scoring.model``: it cannot be loaded,
it fails on a batch). These were English sentences in the German and the Spanish window ("the model in bundle
'test-item' cannot be loaded by onnxruntime (…)"), naming the id rather than the file, with nothing to do. What
onnxruntime said comes last, in brackets, for whoever made the model.

Real bundle files, read by the real reader, tried by the real probe (onnxruntime in a child process) and run by the
real scorer; the sentence as the window says it (``messages.plain``) in English, German and Spanish. While scoring, the
window's sentence says the answers not scored and the teacher's decisions are hers; the command line's (``str()``) says
what ``grader score`` does (tests/ui/test_failing_model_in_window.py shows the window keeps them)."""
from __future__ import annotations

import hashlib
import math
import sys

import pytest
from bundle_graphs import (constant_model, fails_on_long_answers_model, row_model, text_scores_model,
                           unknown_operation_model)
from language_checks import FRESH, good_manifest, said_in_each_language, write_bundle

from grader_app.bundles import BundleError, read_bundle
from grader_app.scoring.model import Scorer
from grader_app.scoring.probe import PROBE_TEXTS, probe_batch, probe_bundle
from grader_app.text import get_normaliser

NAME = "Week 3.gradebundle"
GOOD = [0.2, 0.3, 0.5]
NAN = [math.nan] * 3
UPDATE = {"en": "update Grader", "de": "aktualisieren Sie Grader", "es": "actualiza Grader"}
NOT_PROBABILITIES = {
    "en": "are not probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was refused",
    "de": "sind keine Wahrscheinlichkeiten (NaN, unendlich, negativ, über 1 oder nicht 1 in der Summe), daher wurde es "
          "abgelehnt",
    "es": "no son probabilidades (NaN, infinitas, negativas, mayores que 1 o que no suman 1), así que se rechazó"}


def _normalised(texts) -> list[str]:
    return [get_normaliser(good_manifest()["normalisation"])(t) for t in texts]


def _bundle(tmp_path, model: bytes, k: int = 3):
    return read_bundle(write_bundle(tmp_path, good_manifest(k=k, sha256=hashlib.sha256(model).hexdigest()), model))


def _refused(bundle, **kw) -> BundleError:
    with pytest.raises(BundleError) as caught:
        probe_bundle(bundle, **kw)
    return caught.value


def _sentences(template: dict[str, str], **values) -> dict[str, str]:
    return {lang: template[lang].format(name=NAME, fresh=FRESH[lang], update=UPDATE[lang], np=NOT_PROBABILITIES[lang],
                                        **values) for lang in template}


def test_a_model_onnxruntime_cannot_load_is_refused_naming_the_file(qapp, tmp_path):
    problem = _refused(_bundle(tmp_path, unknown_operation_model(3)))
    detail = problem.values["detail"]
    assert "Frobnicate" in detail
    assert said_in_each_language(problem) == _sentences({
        "en": "{name} holds a model this version of Grader cannot load, so it was refused; {update}, or {fresh} "
              "(onnxruntime: {detail}).",
        "de": "{name} enthält ein Modell, das diese Version von Grader nicht laden kann, daher wurde es abgelehnt; "
              "{update} oder {fresh} (onnxruntime: {detail}).",
        "es": "{name} contiene un modelo que esta versión de Grader no puede cargar, así que se rechazó; {update} o "
              "{fresh} (onnxruntime: {detail})."}, detail=detail)


def test_a_model_that_fails_on_a_test_answer_is_refused_naming_the_file(qapp, tmp_path):
    problem = _refused(_bundle(tmp_path, fails_on_long_answers_model(3, words=5)))
    detail = problem.values["detail"]
    assert "Gather" in detail
    assert said_in_each_language(problem) == _sentences({
        "en": "{name} holds a model that failed on one of Grader's test answers, so it was refused; {fresh}, or "
              "{update} (onnxruntime: {detail}).",
        "de": "{name} enthält ein Modell, das bei einer der Testantworten von Grader einen Fehler hatte, daher wurde es "
              "abgelehnt; {fresh}, oder {update} (onnxruntime: {detail}).",
        "es": "{name} contiene un modelo que dio un error con una de las respuestas de prueba de Grader, así que se "
              "rechazó; {fresh} o {update} (onnxruntime: {detail})."}, detail=detail)


@pytest.mark.parametrize("node", ["decoder/attention/memory_layer/Gather", "reallocated_rows/Gather"])
def test_a_model_that_fails_in_a_node_named_for_memory_is_not_said_to_ask_for_memory(tmp_path, node):
    """onnxruntime names the node that failed, and a model's names are its maker's (TensorFlow's attention calls its
    layer "memory_layer"): the probe took any failure whose text held "memory" or "alloc" for a refusal of memory, so
    this model, failing on a test answer, was refused as asking "for more than 512 MB of memory", which it never did."""
    import onnx

    model = onnx.load_from_string(fails_on_long_answers_model(3, words=5))
    (gather,) = [n for n in model.graph.node if n.op_type == "Gather"]
    gather.name = node
    problem = _refused(_bundle(tmp_path, model.SerializeToString()))
    assert problem.kind == "bundle.probe_failed" and node in problem.values["detail"], str(problem)


def test_a_model_that_gives_text_for_scores_is_refused_naming_the_file(qapp, tmp_path):
    problem = _refused(_bundle(tmp_path, text_scores_model(), k=2))
    assert said_in_each_language(problem) == _sentences({
        "en": "{name} holds a model that gives something other than numbers where scores should be, so it was refused; "
              "{fresh} (its output is of type object).",
        "de": "{name} enthält ein Modell, das statt Punktzahlen etwas anderes als Zahlen gibt, daher wurde es abgelehnt; "
              "{fresh} (seine Ausgabe hat den Typ object).",
        "es": "{name} contiene un modelo que da algo que no son números donde deberían ir las puntuaciones, así que se "
              "rechazó; {fresh} (su salida es de tipo object)."})


@pytest.mark.parametrize("which", ["empty", "second", "long"])
def test_scores_that_are_not_probabilities_are_refused_naming_the_file_and_the_answer(qapp, tmp_path, which):
    tests = _normalised(PROBE_TEXTS)
    model = {"empty": row_model(GOOD, {"": NAN}),
             "second": row_model(GOOD, {tests[1]: NAN}),
             "long": row_model(NAN, {t: GOOD for t in tests})}[which]   # the six right, the long ones not
    said = {
        "empty": {"en": "{name} holds a model whose scores for an empty answer {np}; {fresh}.",
                  "de": "{name} enthält ein Modell, dessen Punktzahlen für eine leere Antwort {np}; {fresh}.",
                  "es": "{name} contiene un modelo cuyas puntuaciones para una respuesta vacía {np}; {fresh}."},
        "second": {"en": "{name} holds a model whose scores for test answer 2 of {n} {np}; {fresh}.",
                   "de": "{name} enthält ein Modell, dessen Punktzahlen für Testantwort 2 von {n} {np}; {fresh}.",
                   "es": "{name} contiene un modelo cuyas puntuaciones para la respuesta de prueba 2 de {n} {np}; "
                         "{fresh}."},
        "long": {"en": "{name} holds a model whose scores for long answer 1 of {b} in a batch of test answers {np}; "
                       "{fresh}.",
                 "de": "{name} enthält ein Modell, dessen Punktzahlen für die lange Antwort 1 von {b} in einer Reihe von "
                       "Testantworten {np}; {fresh}.",
                 "es": "{name} contiene un modelo cuyas puntuaciones para la respuesta larga 1 de {b} de un lote de "
                       "respuestas de prueba {np}; {fresh}."}}[which]
    problem = _refused(_bundle(tmp_path, model))
    assert said_in_each_language(problem) == _sentences(said, n=len(PROBE_TEXTS), b=len(probe_batch()))


@pytest.mark.skipif(sys.platform == "win32", reason="the memory cap is RLIMIT_AS (POSIX)")
def test_a_model_whose_test_program_ends_without_a_word_is_refused_naming_the_file(qapp, tmp_path):
    """A test program given 1 MB more than it holds cannot even read the model: it ends without a result, as one whose
    model crashed it does."""
    problem = _refused(_bundle(tmp_path, constant_model(GOOD)), memory_bytes=1 << 20)
    assert said_in_each_language(problem) == _sentences({
        "en": "{name} holds a model that crashed, or needed more than 1 MB of memory, on Grader's test answers, so it "
              "was refused; {fresh}.",
        "de": "{name} enthält ein Modell, das bei den Testantworten von Grader abgestürzt ist oder mehr als 1 MB "
              "Arbeitsspeicher gebraucht hat, daher wurde es abgelehnt; {fresh}.",
        "es": "{name} contiene un modelo que se bloqueó o necesitó más de 1 MB de memoria con las respuestas de prueba "
              "de Grader, así que se rechazó; {fresh}."})


def test_a_test_program_that_cannot_start_is_said_naming_the_file_and_what_to_do(qapp, tmp_path, monkeypatch):
    """The program that tries a model is Grader itself started again: an install whose interpreter is gone cannot."""
    bundle = _bundle(tmp_path, constant_model(GOOD))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "gone" / "python"))
    problem = _refused(bundle)
    detail = problem.values["detail"]
    assert said_in_each_language(problem) == _sentences({
        "en": "{name} could not be tried out, so it was not added: Grader could not start the program that tries a model "
              "on test answers; add it again, and if that fails too, install Grader again or update it ({detail}).",
        "de": "{name} konnte nicht ausprobiert werden und wurde daher nicht hinzugefügt: Grader konnte das Programm "
              "nicht starten, das ein Modell an Testantworten ausprobiert; fügen Sie es erneut hinzu, und wenn das "
              "wieder nicht gelingt, installieren Sie Grader neu oder aktualisieren Sie es ({detail}).",
        "es": "{name} no se pudo probar, así que no se añadió: Grader no pudo iniciar el programa que prueba un modelo "
              "con respuestas de prueba; vuelve a añadirlo y, si vuelve a fallar, instala Grader de nuevo o actualízalo "
              "({detail})."}, detail=detail)


# ----- while scoring: the window's sentence says what stays the teacher's ---------------------------------------
KEPT = {"en": "{name} holds a model that failed while scoring answers, so Grader stopped it: the answers it had not "
              "scored are left for you, and your decisions are kept; {fresh}, or {update} (onnxruntime: {detail}).",
        "de": "{name} enthält ein Modell, das beim Bewerten der Antworten einen Fehler hatte, daher hat Grader es "
              "angehalten: die Antworten, die es noch nicht bewertet hatte, bleiben Ihnen überlassen, und Ihre "
              "Entscheidungen bleiben erhalten; {fresh}, oder {update} (onnxruntime: {detail}).",
        "es": "{name} contiene un modelo que dio un error al puntuar las respuestas, así que Grader lo detuvo: las "
              "respuestas que no había puntuado te quedan a ti, y tus decisiones se conservan; {fresh} o {update} "
              "(onnxruntime: {detail})."}


def test_a_model_that_fails_while_scoring_is_said_naming_the_file_and_what_stays(qapp, tmp_path):
    bundle = _bundle(tmp_path, fails_on_long_answers_model(3, words=1500))
    assert probe_bundle(bundle).shape == (len(PROBE_TEXTS), 3)   # its test answers are all short enough
    with pytest.raises(BundleError) as caught:
        Scorer(bundle).predict_proba(["the cell membrane", "word " * 1600])
    detail = caught.value.values["detail"]
    assert "Gather" in detail
    assert str(caught.value) == (f"{NAME} holds a model that failed while scoring answers, so Grader stopped it; "
                                 f"{FRESH['en']}, or update Grader (onnxruntime: {detail})")   # grader score's
    assert said_in_each_language(caught.value) == _sentences(KEPT, detail=detail)


def test_a_model_onnxruntime_cannot_load_when_scoring_is_said_naming_the_file_and_what_stays(qapp, tmp_path):
    bundle = _bundle(tmp_path, unknown_operation_model(3))   # read, never tried out (an old library's, say)
    with pytest.raises(BundleError) as caught:
        Scorer(bundle)
    detail = caught.value.values["detail"]
    assert "Frobnicate" in detail
    assert said_in_each_language(caught.value) == _sentences({
        "en": "{name} holds a model this version of Grader cannot load, so its answers were not scored: they are left "
              "for you, and your decisions are kept; {update}, or {fresh} (onnxruntime: {detail}).",
        "de": "{name} enthält ein Modell, das diese Version von Grader nicht laden kann, daher wurden seine Antworten "
              "nicht bewertet: diese bleiben Ihnen überlassen, und Ihre Entscheidungen bleiben erhalten; {update} oder "
              "{fresh} (onnxruntime: {detail}).",
        "es": "{name} contiene un modelo que esta versión de Grader no puede cargar, así que sus respuestas no se "
              "puntuaron: te quedan a ti, y tus decisiones se conservan; {update} o {fresh} (onnxruntime: {detail})."},
        detail=detail)
