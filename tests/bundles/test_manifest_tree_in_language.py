"""A bundle whose manifest.json is JSON but holds what no manifest does (nesting deeper than a manifest's, text that is
not valid Unicode, a number too large to be finite) is said wholly in the window's language, naming the file and what
the teacher can do. The reason was an English sentence after the translated "<file> cannot be used:", ending "rebuild
the bundle", which a teacher cannot do. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import json

import pytest
from language_checks import cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

DEEP: list = []
for _ in range(40):
    DEEP = [DEEP]
EXTRAS = {"deep": DEEP, "unicode": "\ud800", "infinite": float("inf")}
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
    listed = json.dumps(good_manifest(notes=EXTRAS[what]))
    listed = listed.replace("Infinity", "1e999")   # JSON that reads as infinity, which the JSON reader lets through
    assert said_in_each_language(refused(write_bundle(tmp_path, listed))) == cannot_be_used(WHY[what])
