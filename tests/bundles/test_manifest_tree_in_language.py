"""A bundle whose manifest.json is JSON but holds what no manifest does (nesting deeper than a manifest's, text that is
not valid Unicode, a number too large to be finite) is said wholly in the window's language, naming the file and what
the teacher can do. The reason was an English sentence after the translated "<file> cannot be used:", ending "rebuild
the bundle", which a teacher cannot do. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import json

import numpy as np
import pytest
from language_checks import FRESH, cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

from grader_app.bundles import BundleError, validate_manifest
from grader_app.errors import sentence

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


BUILT = {"key": {1: "a key that is a number"}, "value": {"answers": np.int64(3)}}
BUILT_WHY = {
    "key": {"en": "its manifest has a key that is not text, which no bundle manifest has",
            "de": "sein Manifest enthält einen Schlüssel, der kein Text ist, was kein Manifest eines Modellpakets hat",
            "es": "su manifiesto tiene una clave que no es texto, algo que ningún manifiesto de paquete de modelo "
                  "tiene"},
    "value": {"en": "its manifest holds a value of type int64, which is not JSON",
              "de": "sein Manifest enthält einen Wert vom Typ int64, der kein JSON ist",
              "es": "su manifiesto contiene un valor de tipo int64, que no es JSON"},
}


@pytest.mark.parametrize("what", list(BUILT))
def test_what_no_json_holds_in_a_manifest_built_in_python_is_said_in_each_language(qapp, what):
    """A key that is not text or a value of no JSON type (a numpy integer, as the code that learns a model holds its
    counts in) comes only from a manifest built in Python, never from a file: the writer and the reader's check say
    it in the window's language too, where it was an English sentence ending "rebuild the bundle"."""
    with pytest.raises(BundleError) as caught:
        validate_manifest(good_manifest(notes=BUILT[what]))
    said = said_in_each_language(caught.value)
    assert said == {lang: sentence(f"{BUILT_WHY[what][lang]}; {FRESH[lang]}") for lang in FRESH}
