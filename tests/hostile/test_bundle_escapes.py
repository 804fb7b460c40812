"""Crafted bundles that try to reach outside their place: each is refused in one sentence, or, where nothing in it can
reach anything (a manifest naming paths, a member marked as a link), is read as the bytes it holds and installed as one
file in the teacher's model folder, nothing written anywhere else. A bundle is never unpacked to disk: its two members
are read into memory with a byte cap (``grader_app/bundles/archive.py``).

QA (h5, bundles): these held before this file; it keeps them held. Real zips and a real tar are written to disk."""
from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest

from bundle_graphs import constant_model, manifest, manifest_bytes
from grader_app.bundles import BundleError, read_bundle
from grader_app.bundles.archive import sha256_hex
from grader_app.bundles.library import Library
from grader_app.bundles.manifest import DIGEST_FIELD, manifest_digest

MODEL = constant_model([0.2, 0.3, 0.5])


def _manifest(**over) -> bytes:
    m = manifest(3, sha256=sha256_hex(MODEL), **over)
    m[DIGEST_FIELD] = manifest_digest(m)
    return manifest_bytes(m)


def _zip(path: Path, members, modes: dict | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name)
            info.external_attr = (modes or {}).get(name, 0o644 << 16)
            z.writestr(info, data)
    return path


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("name", ["../../evil.txt", "/var/evil.txt", "C:/evil.txt", "..\\evil.txt",
                                  "sub/../model.onnx", "./model.onnx", "models/", "model.onnx/../../x"])
def test_a_member_named_to_reach_outside_is_refused(tmp_path, name):
    path = _zip(tmp_path / "escape.gradebundle", [("manifest.json", _manifest()), ("model.onnx", MODEL), (name, b"x")])
    with pytest.raises(BundleError) as refused:
        read_bundle(path)
    assert refused.value.kind in ("bundle.member_outside", "bundle.member_unexpected")
    assert _files(tmp_path) == ["escape.gradebundle"]


def test_a_member_marked_as_a_link_is_only_the_bytes_it_holds(tmp_path):
    """A zip member marked as a symbolic link holds its target's name; read, it is those bytes, no model."""
    link = (stat.S_IFLNK | 0o777) << 16
    path = _zip(tmp_path / "link.gradebundle", [("manifest.json", _manifest()), ("model.onnx", b"../../etc/passwd")],
                {"model.onnx": link})
    with pytest.raises(BundleError) as refused:
        read_bundle(path)
    assert refused.value.kind == "bundle.altered"


def test_a_tar_with_a_hard_link_out_is_no_bundle(tmp_path):
    path = tmp_path / "linked.gradebundle"
    with tarfile.open(path, "w") as t:
        for name, data in (("manifest.json", _manifest()), ("model.onnx", MODEL)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
        hard = tarfile.TarInfo("passwd")
        hard.type, hard.linkname = tarfile.LNKTYPE, "/etc/passwd"
        t.addfile(hard)
    with pytest.raises(BundleError) as refused:
        read_bundle(path)
    assert refused.value.kind == "bundle.not_zip"


def test_a_manifest_naming_paths_outside_installs_one_file_in_the_model_folder(tmp_path):
    """Its hashes match (the model's and the manifest's own); the paths it names are words no one reads."""
    given = tmp_path / "given"
    given.mkdir()
    source = _zip(given / "names.gradebundle", [
        ("manifest.json", _manifest(model="../../evil.onnx", files=["../../etc/passwd", "/srv/evil"],
                                    provenance={"teacher": "none", "data": "../../etc/passwd"})),
        ("model.onnx", MODEL)])
    library = Library.load([tmp_path / "shipped", tmp_path / "mine"])
    bundle = library.install(source, lambda b: None)
    assert bundle.path == tmp_path / "mine" / "test-item.gradebundle" and bundle.model_bytes == MODEL
    assert _files(tmp_path) == ["given", "given/names.gradebundle", "mine", "mine/test-item.gradebundle"]
