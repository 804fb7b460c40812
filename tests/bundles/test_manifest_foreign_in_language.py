"""A bundle whose manifest.json is not a bundle manifest (JSON, but not an object; an object without a field every
manifest has; a field of the wrong JSON type), as in a file some other tool made, is said wholly in the window's
language, naming the file and what the teacher can do. The reason was an English sentence after the translated "<file>
cannot be used:", ending "rebuild the bundle", which a teacher cannot do. Real bundle files, read by the real reader;
the sentence as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
GOOD = manifest(sha256=hashlib.sha256(MODEL).hexdigest())
MANIFESTS = {
    "list": [GOOD],
    "no_labels": {k: v for k, v in GOOD.items() if k != "labels"},
    "title_number": {**GOOD, "title": 3},
}
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": "Week 3.gradebundle cannot be used", "de": "Week 3.gradebundle kann nicht verwendet werden",
          "es": "Week 3.gradebundle no se puede usar"}
WHY = {
    "list": {"en": "its manifest.json is not a bundle manifest (it is not a JSON object)",
             "de": "seine Datei manifest.json ist kein Manifest eines Modellpakets (sie ist kein JSON-Objekt)",
             "es": "su manifest.json no es el manifiesto de un paquete de modelo (no es un objeto JSON)"},
    "no_labels": {"en": "its manifest.json is not a complete bundle manifest (it has no 'labels' field)",
                  "de": "seine Datei manifest.json ist kein vollständiges Manifest eines Modellpakets (ihr fehlt das "
                        "Feld 'labels')",
                  "es": "su manifest.json no es un manifiesto completo de paquete de modelo (no tiene el campo "
                        "'labels')"},
    "title_number": {"en": "its manifest.json is not a bundle manifest Grader can read (its field 'title' should be a "
                           "JSON string)",
                     "de": "seine Datei manifest.json ist kein Manifest eines Modellpakets, das Grader lesen kann (ihr "
                           "Feld 'title' sollte vom JSON-Typ string sein)",
                     "es": "su manifest.json no es un manifiesto de paquete de modelo que Grader pueda leer (su campo "
                           "'title' debería ser de tipo JSON string)"},
}


@pytest.mark.parametrize("what", list(MANIFESTS))
def test_a_foreign_manifest_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    from grader_app.ui.messages import plain

    listed = json.dumps(MANIFESTS[what]).encode()
    path = tmp_path / "Week 3.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", listed), honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: f"{CANNOT[lang]}: {WHY[what][lang]}; {FRESH[lang]}." for lang in CANNOT}
