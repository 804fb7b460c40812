"""A model the teacher saves whose manifest Grader would refuse is refused naming the file it was to be saved as, as a
bundle read from disk is. ``write_bundle`` checked the manifest without the file's name (the reader adds it), so such a
refusal was said only "Its calibration temperature must be …", with no word of which model. No fit makes such a
manifest now (a question too long for a title titles its model cut short: tests/learn/test_long_question_model.py), so
the real fit of an invented class is given a calibration temperature outside what a bundle may hold, and saved by the
real ``model_files.save_learned_model`` into a real library folder; the refusal as the window says it in English,
German and Spanish. It ended "get a fresh copy from whoever made it", wrong for a model she made herself: it now says
that her marks are kept and that she can have it learn again (a mark more, or one changed) and save it again."""
from __future__ import annotations

import pytest

from grader_app.bundles import BundleError
from grader_app.bundles.library import Library
from grader_app.bundles.manifest import TEMPERATURE_RANGE
from grader_app.learn.marks_model import fit_marks
from grader_app.model_files import save_learned_model
from in_language import in_language

HOT = 500.0
WHY = {"en": f"its calibration temperature must be a positive number from 0.01 to 100, not {HOT}",
         "de": "seine Kalibrierungstemperatur muss eine positive Zahl von 0,01 bis 100 sein, nicht 500,0",
         "es": "su temperatura de calibración debe ser un número positivo de 0,01 a 100, no 500,0"}
SAID = {"en": "Ice.gradebundle was not saved, as the model learned from your marks for question Ice failed Grader's "
              "check ({t}); your marks are kept: mark one more answer or change a mark so that it learns again, then "
              "save it again.",
        "de": "Ice.gradebundle wurde nicht gespeichert, da das aus Ihren Bewertungen gelernte Modell für Frage Ice die "
              "Prüfung von Grader nicht bestanden hat ({t}); Ihre Bewertungen bleiben erhalten: bewerten Sie eine "
              "weitere Antwort oder ändern Sie eine Bewertung, damit es erneut lernt, und speichern Sie es dann noch "
              "einmal.",
        "es": "Ice.gradebundle no se guardó, porque el modelo de la pregunta Ice, aprendido de tus correcciones, no pasó "
              "la comprobación de Grader ({t}); tus correcciones se conservan: corrige una respuesta más o cambia una "
              "corrección para que vuelva a aprender, y luego guárdalo de nuevo."}
ELSEWHERE = ("fresh copy", "frische Kopie", "copia nueva")   # a bundle from someone else's advice: she made this one


def test_a_saved_model_whose_manifest_is_refused_is_said_naming_its_file(qapp, tmp_path, ice_class):
    from grader_app.ui.messages import plain

    texts, scores = ice_class
    model = fit_marks(texts, {i: s for i, s in enumerate(scores) if i % 2 == 0})
    model.temperature = HOT
    assert HOT > TEMPERATURE_RANGE[1]
    library = Library.load([tmp_path / "user"])
    with pytest.raises(BundleError) as caught:
        save_learned_model(library, model, "Ice", tmp_path / "Ice.gradebundle", answers=len(texts))
    assert str(caught.value) + "." == SAID["en"].format(t=WHY["en"])   # the command line's sentence too
    said = {}
    for lang in SAID:
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: SAID[lang].format(t=WHY[lang]) for lang in SAID}
    assert not any(w in text for w in ELSEWHERE for text in (*said.values(), str(caught.value)))
    assert not (tmp_path / "Ice.gradebundle").exists() and not (tmp_path / "user").exists()   # nothing half written
