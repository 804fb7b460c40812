"""The manifest's own digest (``manifest_sha256``, docs/bundle-format.md): every bundle the writer makes carries it,
a manifest edited after writing is refused (QA: a shipped bundle's temperature set to 0.01 sent every answer past the
teacher with no error), and a bundle of an older Grader, without it, is read as before."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from grader_app.bundles import BundleError, read_bundle, write_bundle
from grader_app.bundles.manifest import manifest_digest
from test_archive import constant_model, manifest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "model_bundles").glob("*.gradebundle"))
FIVE = ROOT / "model_bundles" / "asap-sas-5.gradebundle"


def _members(path: Path) -> tuple[dict, bytes]:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json")), z.read("model.onnx")


def _zip(dest: Path, manifest_text: str, model: bytes) -> Path:
    """A bundle zip written by hand, as an editor of manifest.json would leave it (the model's bytes untouched)."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest_text)
        z.writestr("model.onnx", model)
    return dest


def _altered(name: str) -> str:
    return (f"the manifest in {name} does not match its recorded hash, so its scores, thresholds or calibration were "
            "altered or damaged; get a fresh copy from whoever made it, or rebuild the bundle")


def test_the_writer_records_the_digest_as_documented_and_it_reads_back(tmp_path):
    path = write_bundle(tmp_path / "t.gradebundle", manifest(), constant_model())
    stored, _ = _members(path)
    body = {k: v for k, v in stored.items() if k != "manifest_sha256"}   # the recipe of docs/bundle-format.md
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert stored["manifest_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert read_bundle(path).manifest == stored


def test_a_digest_handed_to_the_writer_is_replaced_by_the_right_one(tmp_path):
    path = write_bundle(tmp_path / "t.gradebundle", manifest(manifest_sha256="0" * 64, title="Ümlaut ½ 草"),
                        constant_model())
    b = read_bundle(path)
    assert b.title == "Ümlaut ½ 草" and b.manifest["manifest_sha256"] == manifest_digest(b.manifest) != "0" * 64


def test_the_digest_does_not_depend_on_the_files_layout(tmp_path):
    """Indentation and key order are not part of it: the manifest written compactly, keys reversed, still reads."""
    m, model = _members(FIVE)
    text = json.dumps(dict(reversed(list(m.items()))), separators=(",", ":"), ensure_ascii=False)
    assert read_bundle(_zip(tmp_path / "asap-sas-5.gradebundle", text, model)).manifest == m


@pytest.mark.parametrize("edit", [
    lambda m: m["calibration"].update(temperature=0.01),          # every confidence near 1: all auto-accepted
    lambda m: m.update(labels=[0, 1, 2, 4]),                       # a score the rubric does not give
    lambda m: m["decision"].update(cutpoints=[0.1, 0.2, 0.3]),     # higher scores for the same answers
    lambda m: m["review"].update(threshold=min(1.0, m["review"]["threshold"] + 0.01)),   # even a stricter one
], ids=["temperature", "labels", "cutpoints", "threshold"])
def test_a_shipped_bundle_with_its_manifest_edited_is_refused_in_one_sentence(tmp_path, edit):
    m, model = _members(FIVE)
    assert m["calibration"]["temperature"] != 0.01 and m["labels"] == [0, 1, 2, 3] and "cutpoints" in m["decision"]
    edit(m)
    bad = _zip(tmp_path / "asap-sas-5.gradebundle", json.dumps(m, indent=2), model)
    with pytest.raises(BundleError) as caught:
        read_bundle(bad)
    assert str(caught.value) == _altered("asap-sas-5.gradebundle")
    assert caught.value.kind == "bundle.manifest_altered"


def test_a_model_swapped_with_its_sha256_field_updated_is_refused(tmp_path):
    """The digest covers the model's hash field too, so the model and the manifest are bound together."""
    m, _ = _members(FIVE)
    other = (ROOT / "model_bundles" / "asap-sas-6.gradebundle")
    _, model6 = _members(other)
    m["sha256"] = hashlib.sha256(model6).hexdigest()
    with pytest.raises(BundleError, match="^the manifest in asap-sas-5.gradebundle does not match its recorded hash"):
        read_bundle(_zip(tmp_path / "asap-sas-5.gradebundle", json.dumps(m), model6))


def test_a_bundle_without_the_digest_still_reads_as_an_older_grader_wrote_it(tmp_path):
    """It reads (its model scores), but it is not sealed, so it takes nothing on its own
    (tests/hostile/test_unsealed_bundle.py)."""
    m, model = _members(FIVE)
    del m["manifest_sha256"]
    old = read_bundle(_zip(tmp_path / "asap-sas-5.gradebundle", json.dumps(m, indent=2, sort_keys=True), model))
    assert old.manifest == m and old.model_bytes == model and old.temperature == read_bundle(FIVE).temperature
    assert not old.sealed and read_bundle(FIVE).sealed


@pytest.mark.parametrize("value", ["", "ABC", "g" * 64, 12, None])
def test_a_digest_field_that_is_no_digest_is_refused(tmp_path, value):
    m, model = _members(FIVE)
    m["manifest_sha256"] = value
    with pytest.raises(BundleError, match="^asap-sas-5.gradebundle cannot be used: its manifest_sha256 field is not a "
                                          "SHA-256 hex digest; get a fresh copy from whoever made it$"):
        read_bundle(_zip(tmp_path / "asap-sas-5.gradebundle", json.dumps(m), model))


@pytest.mark.skipif(not SHIPPED, reason="no shipped bundles")
@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_shipped_bundle_carries_the_digest_and_it_verifies(path):
    stored, _ = _members(path)
    assert "manifest_sha256" in stored
    assert read_bundle(path).manifest["manifest_sha256"] == manifest_digest(stored)
