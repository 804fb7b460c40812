"""A manifest field that is wrong is refused with the bundle's file name first and what to do last (QA: a shipped
bundle whose review threshold was set to 1.5 was refused as "the bundle's review threshold must be a number between 0
and 1", naming neither the file nor a way out; the command line and the window said only that)."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from grader_app.bundles import BundleError, read_bundle
from grader_app.bundles.manifest import FIX
from grader_app.errors import sentence
from grader_app.ui.messages import plain
from in_language import in_language

ROOT = Path(__file__).resolve().parents[2]
FIVE = ROOT / "model_bundles" / "asap-sas-5.gradebundle"
ADVICE = (FIX, "update Grader", "rebuild the bundle", "get a fresh copy from whoever made it")


def _edited(tmp_path: Path, name: str, edit) -> Path:
    """The shipped set-5 bundle with its manifest edited and its own digest dropped (as a Grader before the digest
    wrote it), so that the field check, not the digest, is what refuses it."""
    with zipfile.ZipFile(FIVE) as z:
        manifest, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    manifest.pop("manifest_sha256")
    edit(manifest)
    dest = tmp_path / name
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("model.onnx", model)
    return dest


def test_a_threshold_out_of_range_names_the_file_the_value_and_what_to_do(tmp_path):
    bad = _edited(tmp_path, "science-7b.gradebundle", lambda m: m["review"].update(threshold=1.5))
    with pytest.raises(BundleError) as caught:
        read_bundle(bad)
    assert str(caught.value) == ("science-7b.gradebundle cannot be used: its review threshold must be a number between "
                                 "0 and 1, not 1.5; get a fresh copy from whoever made it")
    assert caught.value.kind == "bundle.bad_manifest"
    assert sentence(caught.value).startswith("science-7b.gradebundle cannot be used")   # a file name keeps its case


@pytest.mark.parametrize("edit", [
    lambda m: m["review"].update(threshold="high"),
    lambda m: m["review"].update(coverage_at_threshold=2),
    lambda m: m["review"].update(qualified="yes"),
    lambda m: m["review"].update(table={"threshold": 0.9}),
    lambda m: m["calibration"].update(temperature=0),
    lambda m: m.update(labels=[0, 1, 1, 3]),
    lambda m: m.update(labels=[0]),
    lambda m: m.update(format_version=2),
    lambda m: m.update(parameters=-1),
    lambda m: m["item"].update(prompt=3),
    lambda m: m["item"].update(rubric={"0": 1}),
    lambda m: m["item"].update(reference_answers="one"),
    lambda m: m["metrics"].update(human_human_qwk=7),
    lambda m: m["metrics"].update(student=[1]),
], ids=["threshold-text", "coverage", "qualified", "table", "temperature", "labels-twice", "one-label", "version",
        "parameters", "prompt", "rubric", "references", "raters", "metrics-table"])
def test_every_wrong_field_is_refused_naming_the_file_and_saying_what_to_do(tmp_path, edit):
    bad = _edited(tmp_path, "mine.gradebundle", edit)
    with pytest.raises(BundleError) as caught:
        read_bundle(bad)
    said = str(caught.value)
    assert said.startswith("mine.gradebundle cannot be used: ") and said.count("mine.gradebundle") == 1
    assert said.endswith(ADVICE), said


def test_the_window_says_it_in_german_with_the_file_name_first(qapp, tmp_path):
    bad = _edited(tmp_path, "science-7b.gradebundle", lambda m: m["review"].update(threshold=1.5))
    with pytest.raises(BundleError) as caught:
        read_bundle(bad)
    with in_language("de"):
        assert plain(caught.value).startswith("science-7b.gradebundle kann nicht verwendet werden: seine Prüfschwelle "
                                              "(review threshold) muss eine Zahl zwischen 0 und 1 sein, nicht 1.5")
