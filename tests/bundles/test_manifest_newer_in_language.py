"""A bundle made for another version of Grader (a newer bundle format, another format, a text normalisation or a
decision rule this Grader does not know) is said in the window's language, naming the file and what the teacher can do
(update Grader, or get a fresh copy). These were English sentences after the translated "<file> cannot be used:", so
the German and the Spanish window said half of it in English, and two of them ended "rebuild the bundle", which a
teacher cannot do. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from language_checks import FRESH, good_manifest, refused, said_in_each_language, write_bundle

EDITS = {
    "newer": {"format_version": 2},
    "other": {"format_version": 0},
    "normalisation": {"normalisation": "basic-v9"},
    "rule": {"decision": {"rule": "median"}},
}
DE_FRESH, ES_FRESH = FRESH["de"], FRESH["es"]
SAID = {
    "newer": {
        "en": "Week 3.gradebundle cannot be used: it was made by a newer version of Grader (bundle format 2, newer "
              "than format 1, which this one reads); update Grader.",
        "de": "Week 3.gradebundle kann nicht verwendet werden: es wurde mit einer neueren Version von Grader erstellt "
              "(Paketformat 2, neuer als Format 1, das diese Version liest); aktualisieren Sie Grader.",
        "es": "Week 3.gradebundle no se puede usar: se hizo con una versión más nueva de Grader (formato de paquete 2, "
              "más nuevo que el formato 1, que es el que lee esta versión); actualiza Grader."},
    "other": {
        "en": "Week 3.gradebundle cannot be used: its bundle format 0 is not one this Grader reads (it reads format "
              "1); get a fresh copy from whoever made it.",
        "de": "Week 3.gradebundle kann nicht verwendet werden: sein Paketformat 0 kann dieser Grader nicht lesen (er "
              f"liest Format 1); {DE_FRESH}.",
        "es": "Week 3.gradebundle no se puede usar: su formato de paquete 0 no es uno que este Grader lea (lee el "
              f"formato 1); {ES_FRESH}."},
    "normalisation": {
        "en": "Week 3.gradebundle cannot be used: it prepares the answers' text in a way this version of Grader does "
              "not know, the text normalisation “basic-v9” (it knows basic-v1); update Grader, or get a fresh copy "
              "from whoever made it.",
        "de": "Week 3.gradebundle kann nicht verwendet werden: es bereitet den Text der Antworten auf eine Weise vor, "
              "die diese Version von Grader nicht kennt, die Textnormalisierung „basic-v9“ (sie kennt basic-v1); "
              f"aktualisieren Sie Grader oder {DE_FRESH}.",
        "es": "Week 3.gradebundle no se puede usar: prepara el texto de las respuestas de una forma que esta versión "
              "de Grader no conoce, la normalización de texto «basic-v9» (conoce basic-v1); actualiza Grader o "
              f"{ES_FRESH}."},
    "rule": {
        "en": "Week 3.gradebundle cannot be used: it asks for a decision rule this version of Grader does not know, "
              "“median” (it knows argmax, expected-score); update Grader, or get a fresh copy from whoever made it.",
        "de": "Week 3.gradebundle kann nicht verwendet werden: es verlangt eine Entscheidungsregel, die diese Version "
              "von Grader nicht kennt, „median“ (sie kennt argmax, expected-score); aktualisieren Sie Grader oder "
              f"{DE_FRESH}.",
        "es": "Week 3.gradebundle no se puede usar: pide una regla de decisión que esta versión de Grader no conoce, "
              f"«median» (conoce argmax, expected-score); actualiza Grader o {ES_FRESH}."},
}


@pytest.mark.parametrize("what", list(EDITS))
def test_a_bundle_for_another_grader_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    assert said_in_each_language(refused(write_bundle(tmp_path, good_manifest(**EDITS[what])))) == SAID[what]
