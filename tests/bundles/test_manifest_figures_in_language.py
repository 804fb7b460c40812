"""A bundle whose manifest gives wrong figures (labels that are not two or more numeric scores, a score listed twice, a
calibration temperature out of its range, a sha256 that is no SHA-256 digest, a parameter count below zero) is said
wholly in the window's language, naming the file and what the teacher can do. The reason was an English sentence after
the translated "<file> cannot be used:", ending "rebuild the bundle", which a teacher cannot do. Real bundle files,
read by the real reader; the sentence as the window says it (``messages.plain``) in English, German and Spanish. Its
figures are written as each language writes numbers: "von 0,01 bis 100 …, nicht 250,5", not "0.01" and "250.5"."""
from __future__ import annotations

import pytest
from language_checks import DIGEST, cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

EDITS = {"labels": {"labels": [0]}, "twice": {"labels": [0, 1, 1]},
         "temperature": {"calibration": {"temperature": 250.5}}, "warm": {"calibration": {"temperature": "warm"}},
         "digest": {"sha256": DIGEST.upper()},
         "parameters": {"parameters": -1}}
WHY = {
    "labels": {"en": "its labels must be a list of at least two numeric scores (at most 100)",
               "de": "seine Punktzahlen (labels) müssen eine Liste von mindestens zwei Zahlen sein (höchstens 100)",
               "es": "sus puntuaciones (labels) deben ser una lista de al menos dos números (como máximo 100)"},
    "twice": {"en": "its labels contain the same score twice",
              "de": "seine Punktzahlen (labels) enthalten dieselbe Punktzahl zweimal",
              "es": "sus puntuaciones (labels) repiten la misma puntuación"},
    "temperature": {"en": "its calibration temperature must be a positive number from 0.01 to 100, not 250.5",
                    "de": "seine Kalibrierungstemperatur muss eine positive Zahl von 0,01 bis 100 sein, nicht 250,5",
                    "es": "su temperatura de calibración debe ser un número positivo de 0,01 a 100, no 250,5"},
    # a text where a figure should be: in the interface's quotation marks, not as Python quotes it ('warm')
    "warm": {"en": "its calibration temperature must be a positive number from 0.01 to 100, not “warm”",
             "de": "seine Kalibrierungstemperatur muss eine positive Zahl von 0,01 bis 100 sein, nicht „warm“",
             "es": "su temperatura de calibración debe ser un número positivo de 0,01 a 100, no «warm»"},
    "digest": {"en": "its sha256 field is not a SHA-256 hex digest",
               "de": "sein Feld sha256 ist keine SHA-256-Prüfsumme in Hexadezimalschreibweise",
               "es": "su campo sha256 no es una suma de control SHA-256 en hexadecimal"},
    "parameters": {"en": "its parameters field must be a count of parameters, not -1",
                   "de": "sein Feld parameters muss eine Anzahl von Parametern sein, nicht -1",
                   "es": "su campo parameters debe ser un número de parámetros, no -1"},
}


@pytest.mark.parametrize("what", list(EDITS))
def test_wrong_figures_are_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    path = write_bundle(tmp_path, good_manifest(**EDITS[what]))
    assert said_in_each_language(refused(path)) == cannot_be_used(WHY[what])
