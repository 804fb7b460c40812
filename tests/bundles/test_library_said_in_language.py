"""What the model library refuses, said in the window's language: a bundle file that changed while it was being added
(another program wrote it after it was checked), and a model that is not the teacher's own, asked to be removed. Both
were English sentences in the German and the Spanish window. Real bundle files in a real library; the sentence as the
window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from language_checks import good_manifest, said_in_each_language, write_bundle

from grader_app.bundles import BundleError
from grader_app.bundles.library import Library


SAID = {
    "changed": {"en": "Week 3.gradebundle changed while it was being added; add it again.",
                "de": "Week 3.gradebundle hat sich geändert, während es hinzugefügt wurde; fügen Sie es erneut hinzu.",
                "es": "Week 3.gradebundle cambió mientras se añadía; añádelo de nuevo."},
    "not_own": {"en": "Week 3.gradebundle is not one of your own models; only those can be removed.",
                "de": "Week 3.gradebundle ist keines Ihrer eigenen Modelle; nur diese können entfernt werden.",
                "es": "Week 3.gradebundle no es uno de tus propios modelos; solo esos se pueden quitar."},
}


def _write(folder, title: str):
    folder.mkdir(parents=True, exist_ok=True)
    return write_bundle(folder, good_manifest(id="week-3", title=title))


def _changed(tmp_path) -> None:
    lib = Library.load([tmp_path / "shipped", tmp_path / "user"])
    source = _write(tmp_path, "Checked")
    lib.install(source, verify=lambda bundle: _write(tmp_path, "Not what was checked"))


def _not_own(tmp_path) -> None:
    shipped = _write(tmp_path / "shipped", "Came with Grader")
    Library.load([tmp_path / "shipped", tmp_path / "user"]).remove_file("week-3", shipped)


@pytest.mark.parametrize("what,act", [("changed", _changed), ("not_own", _not_own)])
def test_what_the_library_refuses_is_said_in_each_language(qapp, tmp_path, what, act):
    with pytest.raises(BundleError) as caught:
        act(tmp_path)
    assert said_in_each_language(caught.value) == SAID[what]
