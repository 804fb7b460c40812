"""A bundle whose manifest's review settings were edited or built wrongly (a threshold or a coverage outside 0 to 1, a
'qualified' that is not true or false, a risk table that is not a list of rows, a row without its four figures, or a
threshold its own risk table or 'qualified' flag contradicts) is said wholly in the window's language, naming the file
and what the teacher can do. QA edited a shipped bundle's threshold to 1.5: the German and Spanish window said "<file>
kann nicht verwendet werden: the bundle's review threshold must be …", the reason in English, ending "or rebuild the
bundle", which a teacher cannot do; a threshold its own table contradicts was said "the bundle's review threshold …" in
English in every window. Real bundle files, read by the real reader; the sentence as the window says it
(``messages.plain``) in English, German and Spanish."""
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
    "target": {"threshold": 0.5, "qualified": True, "target_error": 10 ** 400, "table": ROWS},
    # a threshold its own table or 'qualified' flag contradicts (review_rules.contradiction)
    "unqualified": {"threshold": 0.5, "qualified": False, "table": ROWS},
    "below_table": {"threshold": 0.3, "qualified": True, "table": ROWS},
    "no_row_passes": {"threshold": 0.5, "qualified": True, "target_error": 0.01, "table": ROWS},
    "below_point": {"threshold": 0.6, "qualified": True, "target_error": 0.06,
                    "table": ROWS + [{"threshold": 0.7, "coverage": 0.4, "error": 0.02, "error_upper": 0.05}]},
}
CONTRADICTED = ("unqualified", "below_table", "no_row_passes", "below_point")
WRONG = {"en": "its manifest was edited or built wrongly", "de": "sein Manifest wurde bearbeitet oder falsch erstellt",
         "es": "su manifiesto se editó o se construyó mal"}
WHY = {
    "threshold": {"en": "its review threshold must be a number between 0 and 1, not 1.5",
                  "de": "seine Prüfschwelle (review threshold) muss eine Zahl zwischen 0 und 1 sein, nicht 1.5",
                  "es": "su umbral de revisión (review threshold) debe ser un número entre 0 y 1, no 1.5"},
    "qualified": {"en": "its review field “qualified” must be true or false",
                  "de": "sein Feld „qualified“ der Prüfung muss true oder false sein",
                  "es": "su campo de revisión «qualified» debe ser true o false"},
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
    "target": {"en": "its review target_error must be a number between 0 and 1, not "
                     "100000000000000000000000000000000000000…",
               "de": "sein Wert target_error der Prüfung muss eine Zahl zwischen 0 und 1 sein, nicht "
                     "100000000000000000000000000000000000000…",
               "es": "su valor de revisión target_error debe ser un número entre 0 y 1, no "
                     "100000000000000000000000000000000000000…"},
    "unqualified": {"en": "its review threshold of 0.5 accepts answers, yet the bundle says no threshold qualified "
                          "(every answer should come to you)",
                    "de": "seine Prüfschwelle (review threshold) von 0.5 nimmt Antworten an, obwohl das Modellpaket "
                          "angibt, dass keine Schwelle die Prüfung bestanden hat (jede Antwort sollte zu Ihnen kommen)",
                    "es": "su umbral de revisión (review threshold) de 0.5 acepta respuestas, pero el paquete de modelo "
                          "dice que ningún umbral pasó la prueba (toda respuesta debería llegarte a ti)"},
    "below_table": {"en": "its review threshold of 0.3 is below every row of its own risk table, which says nothing "
                          "about the answers it accepts",
                    "de": "seine Prüfschwelle (review threshold) von 0.3 liegt unter jeder Zeile seiner eigenen "
                          "Risikotabelle, die daher nichts über die Antworten sagt, die es annimmt",
                    "es": "su umbral de revisión (review threshold) de 0.3 está por debajo de todas las filas de su "
                          "propia tabla de riesgo, que no dice nada de las respuestas que acepta"},
    "no_row_passes": {"en": "its review threshold of 0.5 accepts answers, yet no row of its own risk table keeps the "
                            "error within its target of 0.01",
                      "de": "seine Prüfschwelle (review threshold) von 0.5 nimmt Antworten an, obwohl keine Zeile "
                            "seiner eigenen Risikotabelle den Fehler innerhalb seines Ziels von 0.01 hält",
                      "es": "su umbral de revisión (review threshold) de 0.5 acepta respuestas, pero ninguna fila de su "
                            "propia tabla de riesgo mantiene el error dentro de su objetivo de 0.01"},
    "below_point": {"en": "its review threshold of 0.6 is below 0.7, the lowest its own risk table supports at its "
                          "target error of 0.06",
                    "de": "seine Prüfschwelle (review threshold) von 0.6 liegt unter 0.7, dem niedrigsten Wert, den "
                          "seine eigene Risikotabelle bei seiner Zielfehlerrate von 0.06 stützt",
                    "es": "su umbral de revisión (review threshold) de 0.6 está por debajo de 0.7, el más bajo que su "
                          "propia tabla de riesgo respalda con su error objetivo de 0.06"},
}


@pytest.mark.parametrize("what", list(REVIEWS))
def test_wrong_review_settings_are_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    path = write_bundle(tmp_path, good_manifest(review=REVIEWS[what]))
    why = {lang: f"{WHY[what][lang]}; {WRONG[lang]}" if what in CONTRADICTED else WHY[what][lang] for lang in WRONG}
    assert said_in_each_language(refused(path)) == cannot_be_used(why)
