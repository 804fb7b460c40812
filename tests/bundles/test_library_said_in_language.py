"""What the model library refuses, said in the window's language: a bundle file that changed while it was being added
(another program wrote it after it was checked), a model that is not the teacher's own, asked to be removed, and a
model added with the id of the teacher's own whose copy kept beside it is not what was written (another program wrote
it before it was read back). All three were English sentences in the German and the Spanish window; the third named the
bundle's id, not the file the teacher added. Real bundle files in a real library; the sentence as the
window says it (``messages.plain``) in English, German and Spanish."""
from __future__ import annotations

import pytest
from bundle_factory import as_learned, make_bundle
from language_checks import good_manifest, said_in_each_language, write_bundle

from grader_app.bundles import BundleError
from grader_app.bundles import library
from grader_app.bundles.library import Library

SAID = {
    "changed": {"en": "Week 3.gradebundle changed while it was being added; add it again.",
                "de": "Week 3.gradebundle hat sich geändert, während es hinzugefügt wurde; fügen Sie es erneut hinzu.",
                "es": "Week 3.gradebundle cambió mientras se añadía; añádelo de nuevo."},
    "not_own": {"en": "Week 3.gradebundle is not one of your own models; only those can be removed.",
                "de": "Week 3.gradebundle ist keines Ihrer eigenen Modelle; nur diese können entfernt werden.",
                "es": "Week 3.gradebundle no es uno de tus propios modelos; solo esos se pueden quitar."},
    "not_kept": {"en": "Week 3.gradebundle could not be kept beside your own model of that id; add it again.",
                 "de": "Week 3.gradebundle konnte nicht neben Ihrem eigenen Modell mit dieser ID gespeichert werden; "
                       "fügen Sie es erneut hinzu.",
                 "es": "Week 3.gradebundle no se pudo guardar junto a tu propio modelo con ese identificador; añádelo "
                       "de nuevo."},
}


def _write(folder, title: str):
    folder.mkdir(parents=True, exist_ok=True)
    return write_bundle(folder, good_manifest(id="week-3", title=title))


def _changed(tmp_path, monkeypatch) -> None:
    lib = Library.load([tmp_path / "shipped", tmp_path / "user"])
    source = _write(tmp_path, "Checked")
    lib.install(source, verify=lambda bundle: _write(tmp_path, "Not what was checked"))


def _not_own(tmp_path, monkeypatch) -> None:
    shipped = _write(tmp_path / "shipped", "Came with Grader")
    Library.load([tmp_path / "shipped", tmp_path / "user"]).remove_file("week-3", shipped)


def _not_kept(tmp_path, monkeypatch) -> None:
    """The teacher's own model (learned from her marks) is week-3; a colleague's week-3 added is kept beside it under
    another id, written by the library's own writer, and another program writes that file again before it is read
    back (the writer runs as it is; the other program's bundle is written after it)."""
    users = tmp_path / "user"
    as_learned(make_bundle(users, "week-3"), "Week 3")
    real = library.write_bundle

    def written_then_overwritten(path, manifest, model_bytes, sealed=True):
        written = real(path, manifest, model_bytes, sealed=sealed)
        real(path, {**manifest, "title": "Written by another program"}, model_bytes, sealed=sealed)
        return written

    monkeypatch.setattr(library, "write_bundle", written_then_overwritten)
    Library.load([tmp_path / "shipped", users]).install(_write(tmp_path, "A colleague's"), verify=lambda bundle: None)


@pytest.mark.parametrize("what,act", [("changed", _changed), ("not_own", _not_own), ("not_kept", _not_kept)])
def test_what_the_library_refuses_is_said_in_each_language(qapp, tmp_path, monkeypatch, what, act):
    with pytest.raises(BundleError) as caught:
        act(tmp_path, monkeypatch)
    assert said_in_each_language(caught.value) == SAID[what]
