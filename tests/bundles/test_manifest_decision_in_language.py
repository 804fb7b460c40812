"""A bundle whose manifest's decision rule is wrong (not a table, naming no rule, an argmax rule with cutpoints, an
expected-score rule without them, with cutpoints that are not numbers, too few or out of order, a cutpoint of NaN or
Infinity) is said wholly in the window's language, naming the file and what the teacher can do. The reason was an
English sentence after the translated "<file> cannot be used:", ending "rebuild the bundle", which a teacher cannot do.
Real bundle files, read by the real reader; the sentence as the window says it (``messages.plain``) in English, German
and Spanish."""
from __future__ import annotations

import json

import pytest
from language_checks import cannot_be_used, good_manifest, refused, said_in_each_language, write_bundle

from grader_app.bundles.manifest import check_cutpoints

DECISIONS = {"not_table": "argmax", "no_rule": {}, "argmax": {"rule": "argmax", "cutpoints": [0.5, 1.5]},
             "missing": {"rule": "expected-score"}, "not_numbers": {"rule": "expected-score", "cutpoints": "0.5 1.5"},
             "infinite": {"rule": "expected-score", "cutpoints": [0.5, 1e999]},
             "count": {"rule": "expected-score", "cutpoints": [0.5]},
             "order": {"rule": "expected-score", "cutpoints": [1.5, 0.5]},
             "too_large": {"rule": "expected-score", "cutpoints": [0.5, 10 ** 400]}}
WHY = {
    "not_table": {"en": "its decision must be a table that names its rule, not “argmax”",
                  "de": "seine Entscheidung (decision) muss eine Tabelle sein, die ihre Regel nennt, nicht „argmax“",
                  "es": "su decisión (decision) debe ser una tabla que nombre su regla, no «argmax»"},
    "no_rule": {"en": "its decision names no rule (it should be one of argmax, expected-score)",
                "de": "seine Entscheidung (decision) nennt keine Regel (sie sollte eine von argmax, expected-score "
                      "sein)",
                "es": "su decisión (decision) no nombra ninguna regla (debería ser una de argmax, expected-score)"},
    "argmax": {"en": "its argmax decision rule takes no cutpoints, yet it gives some",
               "de": "seine Entscheidungsregel argmax nimmt keine Schwellenwerte (cutpoints), gibt aber welche an",
               "es": "su regla de decisión argmax no lleva puntos de corte (cutpoints), pero da algunos"},
    "missing": {"en": "its expected-score decision rule needs its cutpoints as a list of 2 numbers, it has none",
                "de": "seine Entscheidungsregel expected-score braucht ihre Schwellenwerte (cutpoints) als Liste von 2 "
                      "Zahlen, hat aber keine",
                "es": "su regla de decisión expected-score necesita sus puntos de corte (cutpoints) como una lista de 2 "
                      "números, y no tiene ninguno"},
    "not_numbers": {"en": "its expected-score decision rule needs its cutpoints as a list of 2 numbers, not “0.5 1.5”",
                    "de": "seine Entscheidungsregel expected-score braucht ihre Schwellenwerte (cutpoints) als Liste "
                          "von 2 Zahlen, nicht „0.5 1.5“",
                    "es": "su regla de decisión expected-score necesita sus puntos de corte (cutpoints) como una lista "
                          "de 2 números, no «0.5 1.5»"},
    "count": {"en": "its expected-score decision rule needs 2 cutpoints for 3 scores, not 1",
              "de": "seine Entscheidungsregel expected-score braucht 2 Schwellenwerte (cutpoints) für 3 Punktzahlen, "
                    "nicht 1",
              "es": "su regla de decisión expected-score necesita 2 puntos de corte (cutpoints) para 3 puntuaciones, "
                    "no 1"},
    "order": {"en": "its expected-score decision rule's cutpoints must be strictly increasing",
              "de": "die Schwellenwerte (cutpoints) seiner Entscheidungsregel expected-score müssen streng aufsteigend "
                    "sein",
              "es": "los puntos de corte (cutpoints) de su regla de decisión expected-score deben ser estrictamente "
                    "crecientes"},
    "too_large": {"en": "its decision rule has a cutpoint too large to use, 100000000000000000000000000000000000000…",
                  "de": "seine Entscheidungsregel hat einen Schwellenwert (cutpoint), der zu groß ist, um ihn zu "
                        "verwenden, 100000000000000000000000000000000000000…",
                  "es": "su regla de decisión tiene un punto de corte (cutpoint) demasiado grande para usarlo, "
                        "100000000000000000000000000000000000000…"},
    "infinite": {"en": "its decision rule has a cutpoint that is not a finite number",
                 "de": "seine Entscheidungsregel hat einen Schwellenwert (cutpoint), der keine endliche Zahl ist",
                 "es": "su regla de decisión tiene un punto de corte (cutpoint) que no es un número finito"},
}


@pytest.mark.parametrize("what", list(DECISIONS))
def test_a_wrong_decision_rule_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    listed = json.dumps(good_manifest(decision=DECISIONS[what]))
    listed = listed.replace("Infinity", "1e999")   # JSON that reads as infinity, as a hand-edited manifest may hold
    assert said_in_each_language(refused(write_bundle(tmp_path, listed))) == cannot_be_used(WHY[what])


def test_a_cutpoint_too_large_for_a_number_is_refused_where_the_session_checks_it_too():
    """The session's own check (a project's cutpoints, core.decision) said nothing but a bare OverflowError for it."""
    with pytest.raises(ValueError, match="cutpoints must be finite numbers"):
        check_cutpoints([0.5, 10 ** 400], 3)
