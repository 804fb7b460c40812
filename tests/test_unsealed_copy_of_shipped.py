"""An unsealed copy of a model that came with Grader (its manifest_sha256 deleted) never takes the place of the sealed
one (QA: an unsealed copy of asap-sas-6, which takes 86 % of answers on its own, was added "✓" in its place, so every
later answer to that question came to the teacher). It is refused when added, not loaded from the models folder, and
`grader bundles` and `grader verify` say so and what to do; the shipped, sealed model stays the question's."""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from grader_app.bundles import BundleError
from grader_app.bundles.library import Library
from grader_app.cli import run_cli
from grader_app.paths import user_bundles_dir

REAL = Path(__file__).resolve().parents[1] / "model_bundles" / "asap-sas-6.gradebundle"
SAID = ("is an unsealed copy of asap-sas-6, the model that came with Grader: Grader keeps using its own, which is "
        "sealed and scores answers without you (an unsealed model takes none on its own); get a sealed copy from "
        "whoever made it")


def unsealed_copy(source: Path, dest: Path, title: str = "My cells model (unsealed)") -> Path:
    """The real bundle ``source`` zipped again with its manifest_sha256 deleted (and its title changed)."""
    with zipfile.ZipFile(source) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    del manifest["manifest_sha256"]
    manifest["title"] = title
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("model.onnx", model)
    return dest


@pytest.fixture
def shipped(tmp_path):
    folder = tmp_path / "shipped"
    folder.mkdir()
    shutil.copy(REAL, folder)
    return folder


def test_adding_an_unsealed_copy_of_a_shipped_model_is_refused_before_it_is_run_or_copied(shipped, tmp_path):
    lib = Library.load([shipped, tmp_path / "mine"])
    dropped = unsealed_copy(REAL, tmp_path / "drops" / "my-cells.gradebundle")
    ran = []
    with pytest.raises(BundleError) as caught:
        lib.install(dropped, verify=ran.append)
    assert str(caught.value) == "my-cells.gradebundle " + SAID
    assert ran == [] and not (tmp_path / "mine").exists()
    assert lib.get("asap-sas-6").path == shipped / "asap-sas-6.gradebundle" and lib.get("asap-sas-6").sealed


def test_one_already_in_the_users_folder_is_not_loaded_and_can_be_removed(shipped, tmp_path):
    mine = tmp_path / "mine"
    unsealed_copy(REAL, mine / "asap-sas-6.gradebundle")
    lib = Library.load([shipped, mine])
    assert lib.get("asap-sas-6").path == shipped / "asap-sas-6.gradebundle" and lib.replaced("asap-sas-6") is None
    assert lib.problems == {"asap-sas-6.gradebundle": "asap-sas-6.gradebundle " + SAID}
    assert lib.refused_in_users("asap-sas-6.gradebundle")
    lib.remove_refused("asap-sas-6.gradebundle")
    lib.forget_refused("asap-sas-6.gradebundle")
    assert not (mine / "asap-sas-6.gradebundle").exists() and not lib.problems and not lib.said


def test_an_unsealed_model_of_an_id_grader_does_not_ship_is_still_added(shipped, tmp_path):
    lib = Library.load([shipped, tmp_path / "mine"])
    other = unsealed_copy(REAL, tmp_path / "x" / "mine.gradebundle")
    with zipfile.ZipFile(other) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    manifest["id"] = "my-cells"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("model.onnx", model)
    added = lib.install(other, verify=lambda b: None)
    assert added.id == "my-cells" and not added.sealed and lib.get("my-cells") is added


def test_grader_bundles_and_verify_say_it_is_not_used(shipped, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    users = user_bundles_dir()
    mine = unsealed_copy(REAL, users / "asap-sas-6.gradebundle")
    assert run_cli(["bundles"]) == 0
    out, err = capsys.readouterr()
    line = next(ln for ln in out.splitlines() if ln.startswith("asap-sas-6 "))
    assert "(your own)" not in line and "none on its own" not in line
    assert "asap-sas-6.gradebundle " + SAID + "." in err
    assert f"  It is in {users}: remove it from that folder" in err
    assert run_cli(["verify", str(mine)]) == 0   # it runs; it would not be used in the shipped one's place
    err = capsys.readouterr().err
    assert "grader: asap-sas-6.gradebundle " + SAID + "." in err and "take its place" not in err
    assert "takes the place" not in err
