"""A bundle whose manifest gives its question, rubric or reference answers in something other than text is said
wholly in the window's language, naming the file and what the teacher can do. The reason was an English sentence after
the translated "<file> cannot be used:", ending "get a fresh copy from whoever made it, or rebuild the bundle", the
second of which a teacher cannot do. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from language_checks import cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

ITEMS = {"prompt": {"prompt": 3}, "rubric": {"rubric": {"0": 1}}, "references": {"reference_answers": "one"}}
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
    m = good_manifest()
    m["item"].update(ITEMS[what])
    assert said_in_each_language(refused(write_bundle(tmp_path, m))) == cannot_be_used(WHY[what])
