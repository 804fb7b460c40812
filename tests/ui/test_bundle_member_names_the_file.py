"""A model bundle refused for a file inside it, added in the real main window (QA): the sentence names the bundle file,
as every other bundle message does. A member whose name points outside the bundle ("../../evil.txt") or one a bundle
never holds used to be said as "The bundle holds a file named '../../evil.txt' …", leaving the teacher who dropped
several files to guess which one was refused."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest


def with_member(good: Path, out: Path, member: str) -> Path:
    """A copy of the bundle ``good`` with one more file, ``member``, in it."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(member, b"print('x')\n")
    return out


@pytest.mark.parametrize(("member", "why"), [
    ("../../evil.txt", "holds a file named “../../evil.txt” that points outside the bundle, so it was refused"),
    ("model.pkl", "holds an unexpected file “model.pkl”; a bundle holds only manifest.json and model.onnx, so it was refused"),
])
def test_a_refused_member_names_the_bundle_file(qtbot, window, shipped_bundles, tmp_path, member, why):
    bad = with_member(shipped_bundles / "asap-sas-1.gradebundle", tmp_path / "week3-model.gradebundle", member)
    window.models.install(bad)
    qtbot.waitUntil(lambda: window.start.message_kind == "error", timeout=20000)
    said = window.start.message.text()
    assert f"week3-model.gradebundle {why}; get a fresh copy from whoever made it" in said, said
