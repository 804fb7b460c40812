"""A bundle whose manifest's review settings were edited or built wrongly (a threshold or a coverage outside 0 to 1, a
'qualified' that is not true or false, a risk table that is not a list of rows, or a row without its four figures) is
said wholly in the window's language, naming the file and what the teacher can do. QA edited a shipped bundle's
threshold to 1.5: the German and Spanish window said "<file> kann nicht verwendet werden: the bundle's review threshold
must be …", the reason in English, ending "or rebuild the bundle", which a teacher cannot do. Real bundle files, read
by the real reader; the sentence as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from language_checks import cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

ROWS = [{"threshold": 0.5, "coverage": 0.6, "error": 0.05, "error_upper": 0.09}]
REVIEWS = {
    "threshold": {"threshold": 1.5, "table": ROWS},
    "qualified": {"threshold": 0.5, "qualified": "yes", "table": ROWS},
    "coverage": {"threshold": 0.5, "coverage_at_threshold": 2, "table": ROWS},
    "table": {"threshold": 0.5, "table": {"threshold": 0.9}},
    "rows": {"threshold": 0.5, "table": [{"threshold": 0.5, "coverage": 0.6}]},
}
WHY = {
    "threshold": {"en": "its review threshold must be a number between 0 and 1, not 1.5",
                  "de": "seine Prüfschwelle (review threshold) muss eine Zahl zwischen 0 und 1 sein, nicht 1.5",
                  "es": "su umbral de revisión (review threshold) debe ser un número entre 0 y 1, no 1.5"},
    "qualified": {"en": "its review field 'qualified' must be true or false",
                  "de": "sein Feld 'qualified' der Prüfung muss true oder false sein",
                  "es": "su campo de revisión 'qualified' debe ser true o false"},
    "coverage": {"en": "its review coverage_at_threshold must be a number between 0 and 1, not 2",
                 "de": "sein Wert coverage_at_threshold der Prüfung muss eine Zahl zwischen 0 und 1 sein, nicht 2",
                 "es": "su valor de revisión coverage_at_threshold debe ser un número entre 0 y 1, no 2"},
    "table": {"en": "its review table must be a list of rows",
              "de": "seine Risikotabelle der Prüfung muss eine Liste von Zeilen sein",
              "es": "su tabla de riesgo de la revisión debe ser una lista de filas"},
    "rows": {"en": "each row of its review table must give threshold, coverage, error and error_upper as numbers "
                   "between 0 and 1",
             "de": "jede Zeile seiner Risikotabelle muss threshold, coverage, error und error_upper als Zahlen "
                   "zwischen 0 und 1 angeben",
             "es": "cada fila de su tabla de riesgo debe dar threshold, coverage, error y error_upper como números "
                   "entre 0 y 1"},
}


@pytest.mark.parametrize("what", list(REVIEWS))
def test_wrong_review_settings_are_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    path = write_bundle(tmp_path, good_manifest(review=REVIEWS[what]))
    assert said_in_each_language(refused(path)) == cannot_be_used(WHY[what])
