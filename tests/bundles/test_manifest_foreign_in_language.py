"""A bundle whose manifest.json is not a bundle manifest (JSON, but not an object; an object without a field every
manifest has; a field of the wrong JSON type), as in a file some other tool made, is said wholly in the window's
language, naming the file and what the teacher can do. The reason was an English sentence after the translated "<file>
cannot be used:", ending "rebuild the bundle", which a teacher cannot do. Real bundle files, read by the real reader;
the sentence as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from language_checks import cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

GOOD = good_manifest()
MANIFESTS = {
    "list": [GOOD],
    "no_labels": {k: v for k, v in GOOD.items() if k != "labels"},
    "title_number": {**GOOD, "title": 3},
}
WHY = {
    "list": {"en": "its manifest.json is not a bundle manifest (it is not a JSON object)",
             "de": "seine Datei manifest.json ist kein Manifest eines Modellpakets (sie ist kein JSON-Objekt)",
             "es": "su manifest.json no es el manifiesto de un paquete de modelo (no es un objeto JSON)"},
    "no_labels": {"en": "its manifest.json is not a complete bundle manifest (it has no “labels” field)",
                  "de": "seine Datei manifest.json ist kein vollständiges Manifest eines Modellpakets (ihr fehlt das "
                        "Feld „labels“)",
                  "es": "su manifest.json no es un manifiesto completo de paquete de modelo (no tiene el campo "
                        "«labels»)"},
    "title_number": {"en": "its manifest.json is not a bundle manifest Grader can read (its field “title” should be a "
                           "JSON string)",
                     "de": "seine Datei manifest.json ist kein Manifest eines Modellpakets, das Grader lesen kann (ihr "
                           "Feld „title“ sollte vom JSON-Typ string sein)",
                     "es": "su manifest.json no es un manifiesto de paquete de modelo que Grader pueda leer (su campo "
                           "«title» debería ser de tipo JSON string)"},
}


@pytest.mark.parametrize("what", list(MANIFESTS))
def test_a_foreign_manifest_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    assert said_in_each_language(refused(write_bundle(tmp_path, MANIFESTS[what]))) == cannot_be_used(WHY[what])
