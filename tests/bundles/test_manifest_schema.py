"""Issue 9 item 4: the whole manifest is validated when a bundle is read; a bad installed bundle is
listed as unusable with its reason and never stops the CLI or the app from starting."""
from __future__ import annotations

import hashlib
import json

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from grader_app.bundles.library import Library
from grader_app.cli import run_cli

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))


def write_raw(path, man, model: bytes = MODEL, *, raw_manifest: bytes | None = None):
    """A bundle zip written without any check, so the manifest can be anything."""
    if isinstance(man, dict):
        man = dict(man, sha256=hashlib.sha256(model).hexdigest())
    data = raw_manifest if raw_manifest is not None else json.dumps(man).encode("utf-8")
    path.write_bytes(raw_zip([honest_member("manifest.json", data), honest_member("model.onnx", model)]))
    return path


def test_valid_manifest_still_reads(tmp_path):
    b = read_bundle(write_raw(tmp_path / "ok.gradebundle", manifest()))
    assert b.id == "test-item" and b.qwk() == 0.8 and b.temperature == 1.0


@pytest.mark.parametrize("change,words", [
    ({"metrics": {"student": "x"}}, "metrics"),
    ({"metrics": {"student": {"qwk": "high"}}}, "metrics"),
    ({"metrics": {"student": {"qwk": 7}}}, "metrics"),
    ({"normalisation": "shout-v9"}, "normalisation"),
    ({"id": "asap-sas-1\n"}, "id"),
    ({"calibration": {"temperature": 1e6}}, "temperature"),
    ({"calibration": {"temperature": 1e-300}}, "temperature"),
    ({"labels": [0, float("nan")]}, "NaN"),
    ({"review": {"threshold": 0.5, "table": 5}}, "table"),
    ({"review": {"threshold": 0.5, "table": [{"threshold": "x"}]}}, "table"),
    ({"item": {"prompt": "p", "rubric": {"1": ["not", "text"]}}}, "rubric"),
    ({"title": "   "}, "title"),
    ({"parameters": -1}, "parameters"),
    # values the library view and `grader bundles` format as numbers (a verified bundle stopped the app opening)
    ({"metrics": {"human_human_qwk": "0.9"}}, "human_human_qwk"),
    ({"metrics": {"human_human_qwk": 3}}, "human_human_qwk"),
    ({"review": {"threshold": 0.5, "qualified": True, "coverage_at_threshold": "half"}}, "coverage_at_threshold"),
    ({"review": {"threshold": 0.5, "qualified": True, "coverage_at_threshold": [0.5]}}, "coverage_at_threshold"),
    ({"review": {"threshold": 0.5, "qualified": "yes"}}, "qualified"),
    # a title is one short line: no escape codes or line breaks to fake a listing row in a terminal
    ({"title": "evil\x1b[2J\x1b[31mRED"}, "title"),
    ({"title": "one\nfake-line   QWK 0.999"}, "title"),
    ({"title": "t" * 201}, "title"),
    # device names Windows keeps: con.gradebundle cannot be written there
    ({"id": "con"}, "Windows"),
    ({"id": "com1"}, "Windows"),
    ({"id": "nul.v2"}, "Windows"),
])
def test_manifest_values_the_app_would_trip_on_are_refused(tmp_path, change, words):
    path = write_raw(tmp_path / "bad.gradebundle", manifest(**change))
    with pytest.raises(BundleError, match=words) as info:
        read_bundle(path)
    assert "\n" not in str(info.value)


def test_ordinary_values_of_those_fields_still_read(tmp_path):
    man = manifest(metrics={"student": {"qwk": 0.8}, "human_human_qwk": 0.93}, title="ASAP-SAS 5 — Biology (mRNA)",
                   review={"threshold": 0.8, "qualified": True, "coverage_at_threshold": 0.42, "table": []})
    b = read_bundle(write_raw(tmp_path / "ok.gradebundle", dict(man, id="console")))
    assert b.id == "console" and b.manifest["metrics"]["human_human_qwk"] == 0.93


def test_infinity_and_nan_literals_refused(tmp_path):
    text = json.dumps(manifest(sha256=hashlib.sha256(MODEL).hexdigest())).replace('"temperature": 1.0',
                                                                                  '"temperature": Infinity')
    assert "Infinity" in text
    with pytest.raises(BundleError, match="NaN or Infinity"):
        read_bundle(write_raw(tmp_path / "inf.gradebundle", None, raw_manifest=text.encode()))


@pytest.mark.parametrize("raw,words", [
    (b"[" * 100_000 + b"]" * 100_000, "nested"),
    (b'{"parameters": ' + b"9" * 5000 + b"}", "not valid JSON"),
    (b'{"title": "\\ud800"}', "Unicode"),
    (b"\xff\xfe{}", "not valid JSON"),
])
def test_hostile_json_is_one_sentence(tmp_path, raw, words):
    with pytest.raises(BundleError, match=words) as info:
        read_bundle(write_raw(tmp_path / "x.gradebundle", None, raw_manifest=raw))
    assert "\n" not in str(info.value)


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A shipped folder with one good bundle and one whose metrics the old reader let through."""
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    write_raw(shipped / "good.gradebundle", manifest(id="good-item", title="Good item"))
    write_raw(shipped / "bad.gradebundle", manifest(id="bad-item", metrics={"student": "x"}))
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(shipped))
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return shipped


def test_library_lists_bad_installed_bundle_as_unusable(installed):
    lib = Library.default()
    assert lib.ids() == ["good-item"]
    assert "metrics" in lib.problems["bad.gradebundle"]


def test_grader_bundles_lists_it_and_exits_0(installed, capsys):
    assert run_cli(["bundles"]) == 0
    out = capsys.readouterr()
    assert "good-item" in out.out
    assert "bad.gradebundle" in out.err and "metrics" in out.err and "Traceback" not in out.err


@pytest.mark.parametrize("question,expected", [("COM1", "q-com1"), ("Nul", "q-nul"), ("con.2", "q-con.2"),
                                               ("Q 2/b", "q-2-b"), ("console", "console")])
def test_a_learned_bundle_never_takes_a_windows_device_name(question, expected):
    from grader_app.bundles.manifest import ID_PATTERN, WINDOWS_RESERVED
    from grader_app.learn.export import bundle_id_for

    bid = bundle_id_for(question)
    assert bid == expected and ID_PATTERN.fullmatch(bid) and bid.split(".")[0] not in WINDOWS_RESERVED


def _two_libraries(tmp_path):
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    write_raw(shipped / "test-item.gradebundle", manifest(title="Shipped test item"))
    return Library.load([shipped, user]), user


def test_installing_a_bundle_with_a_shipped_id_names_the_shipped_one(tmp_path):
    lib, user = _two_libraries(tmp_path)
    mine = write_raw(tmp_path / "mine.gradebundle", manifest(title="My own test item"))
    b = lib.install(mine, verify=lambda bundle: None)
    assert b.path == user / "test-item.gradebundle" and b.replaces is not None
    assert b.replaces.title == "Shipped test item" and lib.get("test-item").title == "My own test item"
    other = write_raw(tmp_path / "other.gradebundle", manifest(id="other-item"))
    assert lib.install(other, verify=lambda bundle: None).replaces is None


def test_what_lands_in_the_library_is_what_was_checked(tmp_path):
    """The file changes after it was read and checked (another program writes it): refused, nothing lands."""
    lib, user = _two_libraries(tmp_path)
    source = write_raw(tmp_path / "mine.gradebundle", manifest(id="mine", title="Checked"))

    def swap_after_check(bundle):
        write_raw(source, manifest(id="mine", title="Not what was checked"))
    with pytest.raises(BundleError, match="mine.gradebundle changed while it was being added"):
        lib.install(source, verify=swap_after_check)
    assert not list(user.glob("*")) if user.exists() else True
    assert lib.get("mine") is None
