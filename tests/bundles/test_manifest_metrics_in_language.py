"""A bundle whose manifest gives impossible metrics (a raters' agreement outside -1 to 1, metrics for the student that
are not a table, an accuracy above 1, an answer count below zero) is said wholly in the window's language, naming the
file and what the teacher can do. The reason was an English sentence after the translated "<file> cannot be used:",
ending "get a fresh copy from whoever made it, or rebuild the bundle", the second of which a teacher cannot do. Real
bundle files, read by the real reader; the sentence as the window says it (``messages.plain``) in English, German and
Spanish."""
from __future__ import annotations

import pytest
from language_checks import cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

EDITS = {"raters": {"human_human_qwk": 7}, "table": {"student": [1]},
         "figure": {"teacher": {"qwk": 0.85, "accuracy": 1.5, "macro_f1": 0.7, "n": 100}},
         "count": {"teacher": {"qwk": 0.85, "accuracy": 0.75, "macro_f1": 0.7, "n": -3}}}
WHY = {
    "raters": {"en": "its figure of the raters' agreement (human_human_qwk) is 7, where it must be a number from -1 to "
                     "1 or null",
               "de": "sein Wert für die Übereinstimmung der Bewertenden (human_human_qwk) ist 7, muss aber eine Zahl "
                     "von -1 bis 1 oder null sein",
               "es": "su cifra de acuerdo entre evaluadores (human_human_qwk) es 7, pero debe ser un número de -1 a 1 "
                     "o null"},
    "table": {"en": "its metrics for the student must be a table of figures, not [1]",
              "de": "seine Kennzahlen für student müssen eine Tabelle von Werten sein, nicht [1]",
              "es": "sus métricas para student deben ser una tabla de cifras, no [1]"},
    "figure": {"en": "its metrics give “teacher” the accuracy 1.5, where it must be a number from 0 to 1 or null",
               "de": "seine Kennzahlen geben „teacher“ den Wert 1.5 für accuracy, er muss aber eine Zahl von 0 bis 1 "
                     "oder null sein",
               "es": "sus métricas dan a «teacher» el valor 1.5 en accuracy, pero debe ser un número de 0 a 1 o null"},
    "count": {"en": "its metrics give “teacher” an answer count n of -3, where it must be a whole number or null",
              "de": "seine Kennzahlen geben „teacher“ die Antwortanzahl n -3, sie muss aber eine ganze Zahl oder null "
                    "sein",
              "es": "sus métricas dan a «teacher» un número de respuestas n de -3, pero debe ser un número entero o "
                    "null"},
}


@pytest.mark.parametrize("what", list(EDITS))
def test_impossible_metrics_are_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    m = good_manifest()
    m["metrics"].update(EDITS[what])
    assert said_in_each_language(refused(write_bundle(tmp_path, m))) == cannot_be_used(WHY[what])
