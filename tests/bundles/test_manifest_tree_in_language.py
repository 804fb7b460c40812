"""A bundle whose manifest.json is JSON but holds what no manifest does (nesting deeper than a manifest's, text that is
not valid Unicode, a number too large to be finite) is said wholly in the window's language, naming the file and what
the teacher can do. The reason was an English sentence after the translated "<file> cannot be used:", ending "rebuild
the bundle", which a teacher cannot do. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
DEEP: list = []
for _ in range(40):
    DEEP = [DEEP]
EXTRAS = {"deep": DEEP, "unicode": "\ud800", "infinite": float("inf")}
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": "Week 3.gradebundle cannot be used", "de": "Week 3.gradebundle kann nicht verwendet werden",
          "es": "Week 3.gradebundle no se puede usar"}
WHY = {
    "deep": {"en": "its manifest.json is nested more than 32 levels deep, which no bundle manifest is",
             "de": "seine Datei manifest.json ist mehr als 32 Ebenen tief verschachtelt, was kein Manifest eines "
                   "Modellpakets ist",
             "es": "su manifest.json está anidado a más de 32 niveles de profundidad, y ningún manifiesto de paquete "
                   "de modelo lo está"},
    "unicode": {"en": "its manifest.json holds text that is not valid Unicode",
                "de": "seine Datei manifest.json enthält Text, der kein gültiges Unicode ist",
                "es": "su manifest.json contiene texto que no es Unicode válido"},
    "infinite": {"en": "its manifest.json holds a number too large to be finite (NaN or Infinity), which a manifest may "
                       "not use",
                 "de": "seine Datei manifest.json enthält eine Zahl, die zu groß ist, um endlich zu sein (NaN oder "
                       "Infinity), was ein Manifest nicht verwenden darf",
                 "es": "su manifest.json contiene un número demasiado grande para ser finito (NaN o Infinity), que un "
                       "manifiesto no puede usar"},
}


@pytest.mark.parametrize("what", list(EXTRAS))
def test_what_no_manifest_holds_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    from grader_app.ui.messages import plain

    listed = json.dumps(manifest(sha256=hashlib.sha256(MODEL).hexdigest(), notes=EXTRAS[what]))
    listed = listed.replace("Infinity", "1e999")   # JSON that reads as infinity, which the JSON reader lets through
    path = tmp_path / "Week 3.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", listed.encode()), honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: f"{CANNOT[lang]}: {WHY[what][lang]}; {FRESH[lang]}." for lang in CANNOT}
