"""A bundle whose manifest gives wrong figures (labels that are not two or more numeric scores, a score listed twice, a
calibration temperature out of its range, a sha256 that is no SHA-256 digest, a parameter count below zero) is said
wholly in the window's language, naming the file and what the teacher can do. The reason was an English sentence after
the translated "<file> cannot be used:", ending "rebuild the bundle", which a teacher cannot do. Real bundle files,
read by the real reader; the sentence as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
DIGEST = hashlib.sha256(MODEL).hexdigest()
EDITS = {"labels": {"labels": [0]}, "twice": {"labels": [0, 1, 1]},
         "temperature": {"calibration": {"temperature": 0}}, "digest": {"sha256": DIGEST.upper()},
         "parameters": {"parameters": -1}}
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": "Week 3.gradebundle cannot be used", "de": "Week 3.gradebundle kann nicht verwendet werden",
          "es": "Week 3.gradebundle no se puede usar"}
WHY = {
    "labels": {"en": "its labels must be a list of at least two numeric scores (at most 100)",
               "de": "seine Punktzahlen (labels) müssen eine Liste von mindestens zwei Zahlen sein (höchstens 100)",
               "es": "sus puntuaciones (labels) deben ser una lista de al menos dos números (como máximo 100)"},
    "twice": {"en": "its labels contain the same score twice",
              "de": "seine Punktzahlen (labels) enthalten dieselbe Punktzahl zweimal",
              "es": "sus puntuaciones (labels) repiten la misma puntuación"},
    "temperature": {"en": "its calibration temperature must be a positive number from 0.01 to 100, not 0",
                    "de": "seine Kalibrierungstemperatur muss eine positive Zahl von 0.01 bis 100 sein, nicht 0",
                    "es": "su temperatura de calibración debe ser un número positivo de 0.01 a 100, no 0"},
    "digest": {"en": "its sha256 field is not a SHA-256 hex digest",
               "de": "sein Feld sha256 ist keine SHA-256-Prüfsumme in Hexadezimalschreibweise",
               "es": "su campo sha256 no es una suma de control SHA-256 en hexadecimal"},
    "parameters": {"en": "its parameters field must be a count of parameters, not -1",
                   "de": "sein Feld parameters muss eine Anzahl von Parametern sein, nicht -1",
                   "es": "su campo parameters debe ser un número de parámetros, no -1"},
}


@pytest.mark.parametrize("what", list(EDITS))
def test_wrong_figures_are_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    from grader_app.ui.messages import plain

    listed = json.dumps(manifest(**{"sha256": DIGEST, **EDITS[what]})).encode()
    path = tmp_path / "Week 3.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", listed), honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: f"{CANNOT[lang]}: {WHY[what][lang]}; {FRESH[lang]}." for lang in CANNOT}
