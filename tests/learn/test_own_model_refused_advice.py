"""A model the teacher made from her own marks that Grader refuses as it writes or tries it is said as hers: what was
wrong, and what she can do (her marks are kept; a mark more or one changed teaches it anew), never "get a fresh copy
from whoever made it", since no one else has one. "Save as model…" said so only of a manifest refused
(tests/learn/test_saved_model_manifest_named.py); a graph refused by the check of ``write_bundle``, and every refusal
of "Make models from a marked sheet" (its manifest or graph as it is written, its scores on Grader's test answers as it
is added), still ended with the advice.

No fit Grader makes fails those checks, so their limits are lowered for the test: the real graph of a real fit holds
more nodes than ``graph_rules.MAX_NODES`` (lowered to 3), and the child that tries a model on test answers is given
too little memory to start (``probe.memory_cap``). The real save, the real marked sheet read and learned from, the
refusal as the window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest

from grader_app import workflow
from grader_app.bundles import BundleError, graph_rules
from grader_app.bundles.library import Library
from grader_app.learn.from_sheet import learn_from_sheet
from grader_app.learn.marks_model import fit_marks
from grader_app.learn.score_column import LearnError
from grader_app.scoring import probe, run_limit
from in_language import in_language
from test_learning_qa import _sheet

# the advice a bundle from someone else gets: a fresh copy, a fixed one from whoever made it
ELSEWHERE = ("fresh copy", "frische Kopie", "neue Kopie", "copia nueva", "whoever made it", "die es erstellt hat",
             "quien lo hizo")
SAVED = {"en": "Ice.gradebundle was not saved, as the model learned from your marks for question Ice failed Grader's "
               "check ({why}); your marks are kept: mark one more answer or change a mark so that it learns again, then "
               "save it again.",
         "de": "Ice.gradebundle wurde nicht gespeichert, da das aus Ihren Bewertungen gelernte Modell für Frage Ice die "
               "Prüfung von Grader nicht bestanden hat ({why}); Ihre Bewertungen bleiben erhalten: bewerten Sie eine "
               "weitere Antwort oder ändern Sie eine Bewertung, damit es erneut lernt, und speichern Sie es dann noch "
               "einmal.",
         "es": "Ice.gradebundle no se guardó, porque el modelo de la pregunta Ice, aprendido de tus correcciones, no pasó "
               "la comprobación de Grader ({why}); tus correcciones se conservan: corrige una respuesta más o cambia una "
               "corrección para que vuelva a aprender, y luego guárdalo de nuevo."}
SHEET = {"en": "Question “Ice” of marks.csv cannot teach a model: the model learned from its marks failed Grader's check "
               "({why}), so it was not added; your sheet and its marks are unchanged: check this question's marks "
               "there, or change one so that it learns anew, then learn again.",
         "de": "Frage „Ice“ von marks.csv kann kein Modell lehren: das aus ihren Bewertungen gelernte Modell hat die "
               "Prüfung von Grader nicht bestanden ({why}) und wurde daher nicht hinzugefügt; Ihre Tabelle und ihre "
               "Bewertungen bleiben unverändert: prüfen Sie dort die Bewertungen dieser Frage oder ändern Sie eine, "
               "damit es neu lernt, und lernen Sie dann erneut.",
         "es": "La pregunta «Ice» de marks.csv no puede enseñar un modelo: el modelo aprendido de sus puntuaciones no "
               "pasó la comprobación de Grader ({why}), por lo que no se añadió; tu hoja y sus puntuaciones no cambian: "
               "revisa allí las puntuaciones de esta pregunta, o cambia una para que aprenda de nuevo, y luego vuelve a "
               "aprender."}
# …refused by a check a second try passes (a busy computer, the program that tries it not started): save it again,
# not "mark one more answer or change a mark"
SAVED_ONCE = {"en": "Ice.gradebundle was not saved, as Grader could not finish checking the model learned from your "
                    "marks for question Ice ({why}); your marks are kept and nothing is lost: save it again when the "
                    "computer is less busy, and if it fails each time, install Grader again or update it.",
              "de": "Ice.gradebundle wurde nicht gespeichert, da Grader das aus Ihren Bewertungen gelernte Modell für "
                    "Frage Ice nicht fertig prüfen konnte ({why}); Ihre Bewertungen bleiben erhalten, und nichts geht "
                    "verloren: speichern Sie es noch einmal, wenn der Computer weniger ausgelastet ist, und wenn es "
                    "jedes Mal misslingt, installieren Sie Grader neu oder aktualisieren Sie es.",
              "es": "Ice.gradebundle no se guardó, porque Grader no pudo terminar de comprobar el modelo de la pregunta "
                    "Ice, aprendido de tus correcciones ({why}); tus correcciones se conservan y no se pierde nada: "
                    "guárdalo de nuevo cuando el ordenador esté menos ocupado y, si falla cada vez, instala Grader de "
                    "nuevo o actualízalo."}
SHEET_ONCE = {"en": "Question “Ice” of marks.csv cannot teach a model: Grader could not finish checking the model "
                    "learned from its marks ({why}), so it was not added; your sheet and its marks are unchanged and "
                    "nothing is lost: learn again when the computer is less busy, and if it fails each time, install "
                    "Grader again or update it.",
              "de": "Frage „Ice“ von marks.csv kann kein Modell lehren: Grader konnte das aus ihren Bewertungen "
                    "gelernte Modell nicht fertig prüfen ({why}) und hat es daher nicht hinzugefügt; Ihre Tabelle und "
                    "ihre Bewertungen bleiben unverändert, und nichts geht verloren: lernen Sie erneut, wenn der "
                    "Computer weniger ausgelastet ist, und wenn es jedes Mal misslingt, installieren Sie Grader neu "
                    "oder aktualisieren Sie es.",
              "es": "La pregunta «Ice» de marks.csv no puede enseñar un modelo: Grader no pudo terminar de comprobar "
                    "el modelo aprendido de sus puntuaciones ({why}), por lo que no se añadió; tu hoja y sus "
                    "puntuaciones no cambian y no se pierde nada: vuelve a aprender cuando el ordenador esté menos "
                    "ocupado y, si falla cada vez, instala Grader de nuevo o actualízalo."}
# the advice of a refusal her model gets by a fault of its own (mark one more answer…), wrong for a one-off one
REMARK = ("mark one more answer", "bewerten Sie eine weitere Antwort", "corrige una respuesta más", "change one so",
          "ändern Sie eine, damit", "cambia una para que")
WHY = {"graph": {"en": "{name} is larger than any bundle should be, so it was refused",
                 "de": "{name} ist größer, als ein Modellpaket sein sollte, und wurde deshalb abgelehnt",
                 "es": "{name} es más grande de lo que debería ser un paquete de modelo, así que se rechazó"},
       "probe": {"en": "{name} holds a model that crashed, or needed more than 1 MB of memory, on Grader's test "
                       "answers, so it was refused",
                 "de": "{name} enthält ein Modell, das bei den Testantworten von Grader abgestürzt ist oder mehr als 1 "
                       "MB Arbeitsspeicher gebraucht hat, daher wurde es abgelehnt",
                 "es": "{name} contiene un modelo que se bloqueó o necesitó más de 1 MB de memoria con las respuestas "
                       "de prueba de Grader, así que se rechazó"},
       "slow": {"en": "{name} was refused: its model took more than 1e-06 seconds to score a batch of test answers, "
                      "where a model of short answers needs a fraction of a second",
                "de": "{name} wurde abgelehnt: sein Modell brauchte mehr als 1e-06 Sekunden, um eine Reihe von "
                      "Testantworten zu bewerten, wo ein Modell für Kurzantworten nur den Bruchteil einer Sekunde braucht",
                "es": "{name} se rechazó: su modelo tardó más de 1e-06 segundos en puntuar un lote de respuestas de "
                      "prueba, cuando un modelo de respuestas cortas necesita una fracción de segundo"},
       "not_started": {"en": "{name} could not be tried out, so it was not added: Grader could not start the program "
                             "that tries a model on test answers (No such file or directory)",
                       "de": "{name} konnte nicht ausprobiert werden und wurde daher nicht hinzugefügt: Grader konnte "
                             "das Programm nicht starten, das ein Modell an Testantworten ausprobiert (No such file or "
                             "directory)",
                       "es": "{name} no se pudo probar, así que no se añadió: Grader no pudo iniciar el programa que "
                             "prueba un modelo con respuestas de prueba (No such file or directory)"}}


def _expected(said: dict, check: str, name: str) -> dict[str, str]:
    return {lang: said[lang].format(why=WHY[check][lang].format(name=name)) for lang in said}


def _said(problem) -> dict[str, str]:
    from grader_app.ui.messages import plain

    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(problem)
    return said


def test_her_saved_model_whose_graph_is_refused_is_said_as_hers(qapp, tmp_path, ice_class, monkeypatch):
    texts, scores = ice_class
    model = fit_marks(texts, {i: s for i, s in enumerate(scores) if i % 2 == 0})
    monkeypatch.setattr(graph_rules, "MAX_NODES", 3)
    library = Library.load([tmp_path / "user"])
    with pytest.raises(BundleError) as caught:
        workflow.save_learned_model(library, model, "Ice", tmp_path / "Ice.gradebundle", answers=len(texts))
    said = _said(caught.value)
    assert said == _expected(SAVED, "graph", "Ice.gradebundle")
    assert str(caught.value) + "." == said["en"]   # the command line's sentence, as the window's English
    assert not any(w in text for w in ELSEWHERE for text in said.values())
    assert not (tmp_path / "user").exists()   # nothing added


def _no_probe_program(monkeypatch, tmp_path):
    """The program that tries a model on test answers cannot be started (it is not there)."""
    monkeypatch.setattr(probe, "_child_command", lambda: [str(tmp_path / "no-such-program")])


@pytest.mark.parametrize("check", ["slow", "not_started"])
def test_her_saved_model_refused_by_a_one_off_check_is_said_as_hers(qapp, tmp_path, ice_class, monkeypatch, check):
    """Tried on Grader's test answers as it is added, her model took longer than a run may (on a slow or busy
    computer, say), or the program that tries it could not start: she is not told to ask whoever made it for a fixed
    copy, to add it again, nor to mark one more answer (her model is sound): nothing is lost, save it again."""
    texts, scores = ice_class
    model = fit_marks(texts, {i: s for i, s in enumerate(scores) if i % 2 == 0})
    if check == "slow":
        monkeypatch.setattr(run_limit, "PROBE_SECONDS", 1e-6)   # no model scores the test answers this fast
    else:
        _no_probe_program(monkeypatch, tmp_path)
    (tmp_path / "user").mkdir()
    library = Library.load([tmp_path / "user"])
    with pytest.raises(BundleError) as caught:
        workflow.save_learned_model(library, model, "Ice", tmp_path / "Ice.gradebundle", answers=len(texts))
    said = _said(caught.value)
    assert said == _expected(SAVED_ONCE, check, "Ice.gradebundle")
    assert str(caught.value) + "." == said["en"]
    assert not any(w in text for w in (*ELSEWHERE, *REMARK, "add it again") for text in said.values())
    assert list((tmp_path / "user").iterdir()) == []   # nothing added


@pytest.mark.parametrize("check", ["graph", "probe", "slow"])
def test_a_model_from_her_marked_sheet_that_is_refused_is_said_as_hers(qapp, tmp_path, ice_class, monkeypatch, check):
    texts, scores = ice_class
    sheet = _sheet(tmp_path / "marks.csv", [(f"S{i}", "Ice", texts[i], scores[i]) for i in range(60)])
    if check == "graph":
        monkeypatch.setattr(graph_rules, "MAX_NODES", 3)
    elif check == "probe":
        monkeypatch.setattr(probe, "memory_cap", lambda model_bytes: 1 << 20)   # the child cannot even start
    else:
        monkeypatch.setattr(run_limit, "PROBE_SECONDS", 1e-6)
    (tmp_path / "user").mkdir()
    library = Library.load([tmp_path / "user"])
    with pytest.raises(LearnError) as caught:
        workflow.make_models_from_sheet(library, sheet, "Score")
    said = _said(caught.value)
    assert said == _expected(SHEET_ONCE if check == "slow" else SHEET, check, "ice.gradebundle")
    assert not any(w in text for w in ELSEWHERE for text in (*said.values(), str(caught.value)))
    assert list((tmp_path / "user").iterdir()) == []   # nothing added
    if check == "graph":   # `grader learn` into a folder of hers: no marks file left there without its model
        with pytest.raises(LearnError):
            learn_from_sheet(sheet, "Score", tmp_path / "out")
        assert list((tmp_path / "out").iterdir()) == []


def test_grader_learn_into_her_models_says_a_refused_model_as_hers(tmp_path, ice_class, monkeypatch, capsys):
    """`grader learn` without --out adds each model to her models as the window does: one refused as it is tried on
    Grader's test answers is said as hers, not "ask whoever made it for a fixed copy"."""
    from grader_app.cli import EXIT_BAD_INPUT, run_cli

    texts, scores = ice_class
    sheet = _sheet(tmp_path / "marks.csv", [(f"S{i}", "Ice", texts[i], scores[i]) for i in range(60)])
    (tmp_path / "shipped").mkdir()
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(tmp_path / "shipped"))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setattr(run_limit, "PROBE_SECONDS", 1e-6)
    code = run_cli(["learn", str(sheet), "--score-column", "Score"])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert err == "grader: " + _expected(SHEET_ONCE, "slow", "ice.gradebundle")["en"] + "\n"
    assert [p for p in (tmp_path / "userdata").rglob("*") if p.is_file() and "gradebundle" in p.name] == []
