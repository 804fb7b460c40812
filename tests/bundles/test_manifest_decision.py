"""The manifest's optional ``decision`` rule: read when it is right, refused in one sentence that says
what is wrong and what to do when it is not, on reading and on writing."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle, validate_manifest, write_bundle

MODEL4 = constant_model([0.4, 0.05, 0.15, 0.4], declared=("N", 4))


def write_raw(path, man, *, raw_manifest: bytes | None = None):
    """A bundle zip written without any check, so the manifest can be anything."""
    if isinstance(man, dict):
        man = dict(man, sha256=hashlib.sha256(MODEL4).hexdigest())
    data = raw_manifest if raw_manifest is not None else json.dumps(man).encode("utf-8")
    path.write_bytes(raw_zip([honest_member("manifest.json", data), honest_member("model.onnx", MODEL4)]))
    return path


@pytest.mark.parametrize("decision,rule,cuts", [
    ("absent", "argmax", None),
    (None, "argmax", None),
    ({"rule": "argmax"}, "argmax", None),
    ({"rule": "expected-score", "cutpoints": [0.62, 1.48, 2.31]}, "expected-score", (0.62, 1.48, 2.31)),
    ({"rule": "expected-score", "cutpoints": [0, 1, 2]}, "expected-score", (0.0, 1.0, 2.0)),
    ({"rule": "expected-score", "cutpoints": [-5, 1.5, 1e6], "fitted_on": "out of fold"}, "expected-score",
     (-5.0, 1.5, 1e6)),
])
def test_a_good_rule_or_none_is_read(tmp_path, decision, rule, cuts):
    m = manifest(k=4) if decision == "absent" else manifest(k=4, decision=decision)
    b = read_bundle(write_raw(tmp_path / "ok.gradebundle", m))
    assert b.rule == rule and b.cutpoints == cuts
    assert all(isinstance(c, float) for c in b.cutpoints or ())


@pytest.mark.parametrize("decision,words", [
    ("expected-score", r"decision must be a table that names its rule, not “expected-score”; get a fresh copy"),
    ([0.5, 1.5, 2.5], "decision must be a table"),
    ({}, r"decision names no rule \(it should be one of argmax, expected-score\); get a fresh copy"),
    ({"cutpoints": [0.5, 1.5, 2.5]}, "names no rule"),
    ({"rule": "median"}, "a decision rule this version of Grader does not know, “median” "
                         r"\(it knows argmax, expected-score\)"),
    ({"rule": 3, "cutpoints": [0.5, 1.5, 2.5]}, "does not know, 3 "),
    ({"rule": ["expected-score"], "cutpoints": [0.5, 1.5, 2.5]}, "does not know"),
    ({"rule": "Expected-Score", "cutpoints": [0.5, 1.5, 2.5]}, "does not know"),
    ({"rule": "argmax", "cutpoints": [0.5, 1.5, 2.5]}, "argmax decision rule takes no cutpoints.*get a fresh copy"),
    ({"rule": "expected-score"}, "cutpoints as a list of 3 numbers, it has none; get a fresh copy"),
    ({"rule": "expected-score", "cutpoints": "0.5 1.5 2.5"}, "cutpoints as a list of 3 numbers"),
    ({"rule": "expected-score", "cutpoints": [0.5, "1.5", 2.5]}, "cutpoints as a list of 3 numbers"),
    ({"rule": "expected-score", "cutpoints": [0.5, True, 2.5]}, "cutpoints as a list of 3 numbers"),
    ({"rule": "expected-score", "cutpoints": [0.5, None, 2.5]}, "cutpoints as a list of 3 numbers"),
    ({"rule": "expected-score", "cutpoints": [0.5, 1.5]},
     "decision rule needs 3 cutpoints for 4 scores, not 2; get a fresh copy"),
    ({"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5, 3.5]}, "needs 3 cutpoints for 4 scores, not 4"),
    ({"rule": "expected-score", "cutpoints": []}, "needs 3 cutpoints for 4 scores, not 0"),
    ({"rule": "expected-score", "cutpoints": [0.5, 2.5, 1.5]}, "cutpoints must be strictly increasing; get a fresh copy"),
    ({"rule": "expected-score", "cutpoints": [0.5, 1.5, 1.5]}, "strictly increasing"),
])
def test_a_bad_rule_is_refused_in_one_sentence(tmp_path, decision, words):
    path = write_raw(tmp_path / "bad.gradebundle", manifest(k=4, decision=decision))
    with pytest.raises(BundleError, match=words) as info:
        read_bundle(path)
    text = str(info.value)
    assert "\n" not in text and text.count(";") == 1
    assert text.endswith(("rebuild the bundle", "get a fresh copy from whoever made it"))


def test_a_cutpoint_that_is_not_finite_is_refused_by_name(tmp_path):
    text = json.dumps(manifest(k=4, decision={"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]},
                               sha256=hashlib.sha256(MODEL4).hexdigest()))
    huge = text.replace("2.5]", "1e999]")   # JSON that reads as infinity
    assert "1e999" in huge
    with pytest.raises(BundleError, match="decision rule has a cutpoint that is not a finite number; get a fresh copy"):
        read_bundle(write_raw(tmp_path / "inf.gradebundle", None, raw_manifest=huge.encode()))
    nan = text.replace("2.5]", "NaN]")      # not JSON at all: refused as any NaN is
    with pytest.raises(BundleError, match="NaN or Infinity"):
        read_bundle(write_raw(tmp_path / "nan.gradebundle", None, raw_manifest=nan.encode()))
    for bad in (float("inf"), float("-inf"), float("nan")):   # a manifest built in Python (a writer's)
        with pytest.raises(BundleError, match="not a finite number"):
            validate_manifest(manifest(k=4, decision={"rule": "expected-score", "cutpoints": [0.5, 1.5, bad]}))


def test_the_writer_refuses_a_bad_rule_and_writes_a_good_one(tmp_path):
    bad = manifest(k=4, decision={"rule": "expected-score", "cutpoints": [2.5, 1.5, 0.5]})
    with pytest.raises(BundleError, match="strictly increasing"):
        write_bundle(tmp_path / "bad.gradebundle", bad, MODEL4)
    assert not (tmp_path / "bad.gradebundle").exists()
    good = manifest(k=4, decision={"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]})
    b = read_bundle(write_bundle(tmp_path / "good.gradebundle", good, MODEL4))
    assert b.cutpoints == (0.5, 1.5, 2.5) and b.manifest["decision"]["rule"] == "expected-score"


def test_the_rule_is_checked_against_the_labels_count(tmp_path):
    # three cutpoints are right for four labels and wrong for three
    m3 = manifest(k=3, decision={"rule": "expected-score", "cutpoints": [0.5, 1.5, 2.5]})
    with pytest.raises(BundleError, match="needs 2 cutpoints for 3 scores, not 3"):
        validate_manifest(m3)
    assert validate_manifest(manifest(k=3, decision={"rule": "expected-score", "cutpoints": [0.5, 1.5]}))
