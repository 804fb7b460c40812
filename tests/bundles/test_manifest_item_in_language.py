"""A bundle whose manifest gives its question, rubric or reference answers in something other than text is said
wholly in the window's language, naming the file and what the teacher can do. The reason was an English sentence after
the translated "<file> cannot be used:", ending "get a fresh copy from whoever made it, or rebuild the bundle", the
second of which a teacher cannot do. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
ITEMS = {"prompt": {"prompt": 3}, "rubric": {"rubric": {"0": 1}}, "references": {"reference_answers": "one"}}
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": "Week 3.gradebundle cannot be used", "de": "Week 3.gradebundle kann nicht verwendet werden",
          "es": "Week 3.gradebundle no se puede usar"}
WHY = {
    "prompt": {"en": "its question (item prompt) must be text", "de": "seine Frage (item prompt) muss Text sein",
               "es": "su pregunta (item prompt) debe ser texto"},
    "rubric": {"en": "its rubric must give each score a description in text",
               "de": "sein Bewertungsraster muss jeder Punktzahl eine Beschreibung als Text geben",
               "es": "su rúbrica debe dar a cada puntuación una descripción en texto"},
    "references": {"en": "its reference answers must be a list of texts",
                   "de": "seine Musterantworten müssen eine Liste von Texten sein",
                   "es": "sus respuestas de referencia deben ser una lista de textos"},
}


@pytest.mark.parametrize("what", list(ITEMS))
def test_an_item_not_in_text_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    from grader_app.ui.messages import plain

    m = manifest(sha256=hashlib.sha256(MODEL).hexdigest())
    m["item"].update(ITEMS[what])
    path = tmp_path / "Week 3.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", json.dumps(m).encode()),
                              honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: f"{CANNOT[lang]}: {WHY[what][lang]}; {FRESH[lang]}." for lang in CANNOT}
