"""What the model library refuses, said in the window's language: a bundle file that changed while it was being added
(another program wrote it after it was checked), and a model that is not the teacher's own, asked to be removed. Both
were English sentences in the German and the Spanish window. Real bundle files in a real library; the sentence as the
window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError
from grader_app.bundles.library import Library
from in_language import in_language

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))

SAID = {
    "changed": {"en": "Week 3.gradebundle changed while it was being added; add it again.",
                "de": "Week 3.gradebundle hat sich geändert, während es hinzugefügt wurde; fügen Sie es erneut hinzu.",
                "es": "Week 3.gradebundle cambió mientras se añadía; añádelo de nuevo."},
    "not_own": {"en": "Week 3.gradebundle is not one of your own models; only those can be removed.",
                "de": "Week 3.gradebundle ist keines Ihrer eigenen Modelle; nur diese können entfernt werden.",
                "es": "Week 3.gradebundle no es uno de tus propios modelos; solo esos se pueden quitar."},
}


def _write(path, title: str):
    listed = json.dumps(manifest(id="week-3", title=title, sha256=hashlib.sha256(MODEL).hexdigest())).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw_zip([honest_member("manifest.json", listed), honest_member("model.onnx", MODEL)]))
    return path


def _changed(tmp_path) -> None:
    lib = Library.load([tmp_path / "shipped", tmp_path / "user"])
    source = _write(tmp_path / "Week 3.gradebundle", "Checked")
    lib.install(source, verify=lambda bundle: _write(source, "Not what was checked"))


def _not_own(tmp_path) -> None:
    shipped = _write(tmp_path / "shipped" / "Week 3.gradebundle", "Came with Grader")
    Library.load([tmp_path / "shipped", tmp_path / "user"]).remove_file("week-3", shipped)


@pytest.mark.parametrize("what,act", [("changed", _changed), ("not_own", _not_own)])
def test_what_the_library_refuses_is_said_in_each_language(qapp, tmp_path, what, act):
    from grader_app.ui.messages import plain

    with pytest.raises(BundleError) as caught:
        act(tmp_path)
    said = {}
    for lang in ("en", "de", "es"):
        with in_language(lang):
            said[lang] = plain(caught.value)
    assert said == SAID[what]
