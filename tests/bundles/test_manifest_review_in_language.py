"""A bundle whose manifest's review settings were edited or built wrongly (a threshold or a coverage outside 0 to 1, a
'qualified' that is not true or false, a risk table that is not a list of rows, or a row without its four figures) is
said wholly in the window's language, naming the file and what the teacher can do. QA edited a shipped bundle's
threshold to 1.5: the German and Spanish window said "<file> kann nicht verwendet werden: the bundle's review threshold
must be …", the reason in English, ending "or rebuild the bundle", which a teacher cannot do. Real bundle files, read
by the real reader; the sentence as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
ROWS = [{"threshold": 0.5, "coverage": 0.6, "error": 0.05, "error_upper": 0.09}]
REVIEWS = {
    "threshold": {"threshold": 1.5, "table": ROWS},
    "qualified": {"threshold": 0.5, "qualified": "yes", "table": ROWS},
    "coverage": {"threshold": 0.5, "coverage_at_threshold": 2, "table": ROWS},
    "table": {"threshold": 0.5, "table": {"threshold": 0.9}},
    "rows": {"threshold": 0.5, "table": [{"threshold": 0.5, "coverage": 0.6}]},
}
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": "Week 3.gradebundle cannot be used", "de": "Week 3.gradebundle kann nicht verwendet werden",
          "es": "Week 3.gradebundle no se puede usar"}
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
    from grader_app.ui.messages import plain

    listed = json.dumps(manifest(sha256=hashlib.sha256(MODEL).hexdigest(), review=REVIEWS[what])).encode()
    path = tmp_path / "Week 3.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", listed), honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: f"{CANNOT[lang]}: {WHY[what][lang]}; {FRESH[lang]}." for lang in CANNOT}
