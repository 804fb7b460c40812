"""Hostile manifests: any JSON mutation of a valid manifest either loads into a manifest every reader in
the app can use without a further guard, or is refused with the bundle error class and one sentence.
Never another exception, never a manifest that passes and trips something later (issue 9 item 4)."""
from __future__ import annotations

import hashlib
import json
import math
import zipfile

import numpy as np
import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader_app.bundles import BundleError
from grader_app.bundles.archive import Bundle
from grader_app.bundles.library import Library
from grader_app.bundles.manifest import parse_manifest
from grader_app.cli import run_cli
from grader_app.core import review
from grader_app.core.session import ItemInfo
from grader_app.scoring.model import apply_temperature
from grader_app.text import get_normaliser
from grader_app.scoring.outputs import valid_rows

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
BASE = manifest(3, sha256=hashlib.sha256(MODEL).hexdigest())
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ----- strategies ---------------------------------------------------------------------------------------
EDGE_NUMBERS = [0, 1, -1, 2, 0.5, -0.0, 1e-300, 1e308, -1e308, 10 ** 30, -(10 ** 30), float("nan"),
                float("inf"), float("-inf"), True, False, 3.0, 100.5, 1e6]
TRICKY_TEXT = ["", " ", "\n", "asap-sas-1\n", "ASAP", "a" * 65, "x/../y", "\ud800", "a\udfffb", "é", "0",
               "basic-v1", "basic-v1 ", "NaN", "null", "\x00", "🙂" * 3]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from(EDGE_NUMBERS),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                    st.sampled_from(TRICKY_TEXT))
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


def _paths(v, prefix=()):
    """Every path into a JSON value (as a tuple of keys / indices), the root excluded."""
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            out.append(prefix + (k,))
            out.extend(_paths(x, prefix + (k,)))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            out.append(prefix + (i,))
            out.extend(_paths(x, prefix + (i,)))
    return out


def _get(v, path):
    for p in path:
        v = v[p]
    return v


@st.composite
def mutated_manifests(draw):
    m = json.loads(json.dumps(BASE))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(m)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _get(m, path[:-1])
        how = draw(st.sampled_from(["replace", "replace", "delete", "add", "wrap"]))
        if how == "replace":
            parent[path[-1]] = draw(json_values)
        elif how == "delete":
            del parent[path[-1]]
        elif how == "add":
            target = _get(m, path) if isinstance(_get(m, path), (dict, list)) else parent
            if isinstance(target, dict):
                target[draw(st.sampled_from(["student", "qwk", "table", "threshold", "temperature", "x"]))] = draw(json_values)
            else:
                target.append(draw(json_values))
        else:  # wrap the value in a list or a dict: the wrong shape around the right value
            parent[path[-1]] = draw(st.sampled_from([[parent[path[-1]]], {"value": parent[path[-1]]}]))
    return m


# ----- what "usable" means --------------------------------------------------------------------------------
def assert_usable(m: dict) -> None:
    """Everything the app reads from a manifest, read the way the app reads it."""
    b = Bundle(manifest=m, model_bytes=MODEL)
    assert isinstance(b.id, str) and b.id == b.id.strip() and b.id.encode("utf-8")
    assert isinstance(b.title, str) and b.title.strip() and b.title.encode("utf-8")
    labels = b.labels
    assert len(labels) >= 2 and len(set(labels)) == len(labels)
    assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in labels)
    assert math.isfinite(b.temperature) and b.temperature > 0
    assert 0.0 <= b.threshold <= 1.0
    assert isinstance(b.prompt, str)
    assert all(isinstance(v, str) for v in b.rubric.values())
    q = b.qwk()
    assert q is None or (math.isfinite(q) and -1 <= q <= 1)
    get_normaliser(m["normalisation"])("Some Answer ^p here")
    info = ItemInfo.from_bundle("q1", b)
    for point in info.risk:
        assert all(math.isfinite(x) for x in (point.threshold, point.coverage, point.error, point.error_upper))
    review.expected_accuracy(list(info.risk), b.threshold)
    row = np.array([[0.2, 0.3, 0.5] + [0.0] * (len(labels) - 3)] if len(labels) >= 3 else [[0.4, 0.6]])
    row = row[:, :len(labels)] / row[:, :len(labels)].sum()
    assert valid_rows(apply_temperature(row, b.temperature)).all()
    # the line `grader bundles` prints, and the one-sentence bundle listing
    line = (f"{b.id:16s} QWK {q:.3f}  {b.size_bytes / 1024:7.0f} KB  {b.title}" if q is not None
            else f"{b.id:16s} QWK   n/a  {b.size_bytes / 1024:7.0f} KB  {b.title}")
    line.encode("utf-8")
    assert isinstance(m["parameters"], int) and m["parameters"] >= 0


def assert_one_sentence(exc: BundleError) -> None:
    msg = str(exc)
    assert msg and "\n" not in msg and "\r" not in msg and len(msg) < 400, msg
    assert "Traceback" not in msg


def load(m) -> dict | None:
    raw = json.dumps(m, allow_nan=True).encode("utf-8")
    try:
        out = parse_manifest(raw, "x.gradebundle")
    except BundleError as exc:
        assert_one_sentence(exc)
        return None
    assert_usable(out)
    return out


# ----- properties ---------------------------------------------------------------------------------------
def test_the_base_manifest_loads():
    assert load(BASE) is not None


@FAST
@given(mutated_manifests())
def test_any_mutation_loads_usable_or_is_one_sentence(m):
    load(m)


@FAST
@given(st.sampled_from(sorted(BASE)), json_values)
def test_any_value_for_any_top_level_field(key, value):
    load(dict(BASE, **{key: value}))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=200),
                 st.integers(0, 400).map(lambda n: json.dumps(BASE).encode()[:n]),
                 st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes_as_manifest_json(raw):
    try:
        out = parse_manifest(raw, "x.gradebundle")
    except BundleError as exc:
        assert_one_sentence(exc)
    else:
        assert_usable(out)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated_manifests())
def test_a_mutated_bundle_in_the_library_never_stops_the_listing(tmp_path_factory, m):
    """The whole way in: a real zip in the shipped folder, Library.load and `grader bundles`."""
    folder = tmp_path_factory.mktemp("shipped")
    data = json.dumps(m, allow_nan=True).encode("utf-8")
    (folder / "mutant.gradebundle").write_bytes(
        raw_zip([honest_member("manifest.json", data), honest_member("model.onnx", MODEL)]))
    lib = Library.load([folder])
    assert len(lib.bundles) + len(lib.problems) == 1
    for b in lib.bundles.values():
        assert_usable(b.manifest)
    for why in lib.problems.values():
        assert why and "\n" not in why
    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("GRADER_BUNDLES_DIR", str(folder))
        mp.setenv("GRADER_DATA_DIR", str(folder / "userdata"))
        assert run_cli(["bundles", "--quiet"]) == 0
    finally:
        mp.undo()


def test_the_shipped_bundles_manifests_pass():
    from grader_app.paths import app_root

    found = sorted((app_root() / "model_bundles").glob("*.gradebundle"))
    if not found:
        pytest.skip("no shipped bundles in this checkout")
    for p in found:
        with zipfile.ZipFile(p) as zf:
            assert_usable(parse_manifest(zf.read("manifest.json"), p.name))


# ----- the app itself starts with a bad installed bundle ----------------------------------------------------
def test_main_window_starts_and_lists_the_bad_bundle(qtbot, tmp_path, monkeypatch):
    """metrics {"student": "x"} once passed the reader and broke the main window (AttributeError)."""
    from grader_app.ui.main_window import MainWindow

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    good = dict(BASE, id="good-item", title="Good item")
    bad = dict(BASE, id="bad-item", metrics={"student": "x"})
    for name, m in (("good", good), ("bad", bad)):
        (shipped / f"{name}.gradebundle").write_bytes(raw_zip(
            [honest_member("manifest.json", json.dumps(m).encode()), honest_member("model.onnx", MODEL)]))
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("GRADER_SETTINGS_DIR", str(tmp_path / "settings"))
    w = MainWindow()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.library_loading.ready, timeout=10000)   # read on a worker (ui/library_loading)
    assert w.start.library.bundle_ids() == ["good-item"]
    (text,) = w.start.library.refused_lines()
    assert "bad.gradebundle" in text and "metrics" in text
