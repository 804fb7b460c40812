"""A model the teacher saves whose manifest Grader would refuse is refused naming the file it was to be saved as, as a
bundle read from disk is. ``write_bundle`` checked the manifest without the file's name (the reader adds it), so saving
the model of a question whose heading is longer than a bundle's title may be said only "Its title is not one line of
at most 200 characters …", with no word of which model. A real fit of an invented class, saved by the real
``model_files.save_learned_model`` into a real library folder; the refusal as the window says it in English, German
and Spanish."""
from __future__ import annotations

import pytest

from grader_app.bundles import BundleError
from grader_app.bundles.library import Library
from grader_app.bundles.manifest import MAX_TITLE
from grader_app.learn.marks_model import fit_marks
from grader_app.model_files import save_learned_model
from in_language import in_language

QUESTION = "Explain why ice floats on water " + "and what this means for the fish in a frozen pond " * 5
TITLE = {"en": f"its title is not one line of at most {MAX_TITLE} characters without control characters",
         "de": f"sein Titel ist nicht eine Zeile von höchstens {MAX_TITLE} Zeichen ohne Steuerzeichen",
         "es": f"su título no es una sola línea de como máximo {MAX_TITLE} caracteres sin caracteres de control"}
SAID = {"en": "Ice.gradebundle cannot be used: {t}; get a fresh copy from whoever made it.",
        "de": "Ice.gradebundle kann nicht verwendet werden: {t}; holen Sie sich eine frische Kopie von der Person, die "
              "es erstellt hat.",
        "es": "Ice.gradebundle no se puede usar: {t}; consigue una copia nueva de quien lo hizo."}


def test_a_saved_model_whose_manifest_is_refused_is_said_naming_its_file(qapp, tmp_path, ice_class):
    from grader_app.ui.messages import plain

    assert len(QUESTION) > MAX_TITLE
    texts, scores = ice_class
    model = fit_marks(texts, {i: s for i, s in enumerate(scores) if i % 2 == 0})
    library = Library.load([tmp_path / "user"])
    with pytest.raises(BundleError) as caught:
        save_learned_model(library, model, QUESTION, tmp_path / "Ice.gradebundle", answers=len(texts))
    assert str(caught.value) + "." == SAID["en"].format(t=TITLE["en"])   # the command line's sentence too
    said = {}
    for lang in SAID:
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == {lang: SAID[lang].format(t=TITLE[lang]) for lang in SAID}
    assert not (tmp_path / "Ice.gradebundle").exists() and not (tmp_path / "user").exists()   # nothing half written
