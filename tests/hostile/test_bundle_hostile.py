"""Hostile bundles and arguments: zip bombs, wrong output widths, outputs that are not probabilities."""
from __future__ import annotations

import os

import pytest

from grader_app.cli import run_cli


# ----- grader score --threads ------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["100000", "0", "-3"])
def test_threads_out_of_range_is_one_sentence_exit_2(tmp_path, capsys, value):
    sheet = tmp_path / "a.csv"
    sheet.write_text("Student,Question,Answer\nS1,q1,hello there friend\n", encoding="utf-8")
    code = run_cli(["score", str(sheet), "--out", str(tmp_path / "o.csv"), "--threads", value])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("grader: --threads must be") and str(os.cpu_count()) in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "o.csv").exists()


# ----- crafted zips ----------------------------------------------------------------------------------------
import bz2  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import lzma  # noqa: E402
import math  # noqa: E402
import tracemalloc  # noqa: E402
import zipfile  # noqa: E402
import zlib  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from bundle_graphs import (constant_model, deflate_zeros, honest_member, manifest, raw_zip,  # noqa: E402
                           row_model)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from grader_app.bundles import BundleError, read_bundle  # noqa: E402
from grader_app.bundles.archive import MAX_MANIFEST_BYTES, MAX_MODEL_BYTES, Bundle  # noqa: E402
from grader_app.core import review  # noqa: E402
from grader_app.core.flags import INVALID_OUTPUT  # noqa: E402
from grader_app.workflow import score_all  # noqa: E402
from grader_app.core.session import GradingSession, ItemInfo  # noqa: E402
from grader_app.core.sheet import LONG, ColumnMapping, Sheet  # noqa: E402
from grader_app.scoring.model import Scorer  # noqa: E402

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
GOOD_MANIFEST = json.dumps(manifest(3, sha256=hashlib.sha256(MODEL).hexdigest())).encode()
BOMB = deflate_zeros(MAX_MODEL_BYTES // (1 << 20) + 64)   # ~300 MiB of zeros in ~0.3 MB
MiB = 1 << 20


def _read(tmp_path, zip_bytes: bytes, name: str = "crafted.gradebundle"):
    path = tmp_path / name
    path.write_bytes(zip_bytes)
    return read_bundle(path)


def _refused_in_one_sentence(tmp_path, zip_bytes: bytes) -> str:
    with pytest.raises(BundleError) as info:
        _read(tmp_path, zip_bytes)
    msg = str(info.value)
    assert msg and "\n" not in msg
    return msg


@pytest.mark.parametrize("member", ["model.onnx", "manifest.json"])
@pytest.mark.parametrize("declared", [0, 100, 1000 * 1000, MAX_MANIFEST_BYTES, 8 * MiB])
def test_zip_bomb_refused_within_a_bounded_memory(tmp_path, member, declared):
    good = {"manifest.json": honest_member("manifest.json", GOOD_MANIFEST), "model.onnx": honest_member("model.onnx", MODEL)}
    good[member] = (member, BOMB, zipfile.ZIP_DEFLATED, declared, 0)
    tracemalloc.start()
    try:
        _refused_in_one_sentence(tmp_path, raw_zip(list(good.values())))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # at most the declared size (itself capped) plus a few chunks; never the 300 MiB the bomb holds
    assert peak <= min(declared, MAX_MODEL_BYTES if member == "model.onnx" else MAX_MANIFEST_BYTES) + 16 * MiB


@pytest.mark.parametrize("method,pack", [(zipfile.ZIP_BZIP2, bz2.compress), (zipfile.ZIP_LZMA, None)])
def test_bzip2_and_lzma_members_refused(tmp_path, method, pack):
    if pack is None:   # zipfile's LZMA member: a 4-byte header + properties, then raw LZMA1
        filt = [{"id": lzma.FILTER_LZMA1}]
        props = lzma._encode_filter_properties(filt[0])
        data = b"\x09\x04" + len(props).to_bytes(2, "little") + props + lzma.compress(MODEL, lzma.FORMAT_RAW, filters=filt)
    else:
        data = pack(MODEL)
    msg = _refused_in_one_sentence(tmp_path, raw_zip([honest_member("manifest.json", GOOD_MANIFEST),
                                                      ("model.onnx", data, method, len(MODEL), zlib.crc32(MODEL))]))
    assert "compression" in msg


NAMES = ["manifest.json", "model.onnx", "../model.onnx", "/etc/passwd", "a\\b", "C:x", "model.onnx/", "extra.bin", ""]


@st.composite
def crafted_zips(draw):
    members = []
    for _ in range(draw(st.integers(0, 4))):
        name = draw(st.sampled_from(NAMES))
        source = draw(st.sampled_from(["manifest", "model", "bytes", "bomb"]))
        data = {"manifest": GOOD_MANIFEST, "model": MODEL, "bomb": bytes(2000)}.get(source) or draw(st.binary(max_size=64))
        method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, 99]))
        stored = data if method != zipfile.ZIP_DEFLATED else (lambda c: c.compress(data) + c.flush())(
            zlib.compressobj(6, zlib.DEFLATED, -15))
        if source == "bomb" and method == zipfile.ZIP_DEFLATED:
            stored = deflate_zeros(4)
        honest = draw(st.booleans())
        size = len(data) if honest else draw(st.sampled_from([0, 1, len(data) - 1, len(data) + 1, 2 ** 32 - 1]))
        crc = zlib.crc32(data) if honest else draw(st.integers(0, 2 ** 32 - 1))
        members.append((name, stored, method, max(0, size), crc))
    blob = raw_zip(members)
    if draw(st.booleans()) and blob:   # and maybe a few bytes flipped or the file cut short
        blob = bytearray(blob)
        for _ in range(draw(st.integers(1, 3))):
            i = draw(st.integers(0, len(blob) - 1))
            blob[i] = draw(st.integers(0, 255))
        blob = bytes(blob[:draw(st.integers(0, len(blob)))])
    return blob


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(crafted_zips())
def test_any_crafted_zip_is_a_bundle_or_one_sentence(tmp_path, blob):
    try:
        b = _read(tmp_path, blob)
    except BundleError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:   # only a zip holding exactly the good manifest and model can pass
        assert b.model_bytes == MODEL and b.id == "test-item"


# ----- wrong widths ----------------------------------------------------------------------------------------
def _bundle(model: bytes, k: int, temperature: float = 1.0) -> Bundle:
    """A Bundle in memory, as read_bundle would give it (read_bundle itself is tested above)."""
    m = manifest(k, calibration={"temperature": temperature}, sha256=hashlib.sha256(model).hexdigest())
    return Bundle(manifest=m, model_bytes=model)


def _session(n: int, labels) -> GradingSession:
    frame = pd.DataFrame({"Student": [f"S{i}" for i in range(n)], "Question": ["q"] * n,
                          "Answer": [f"answer number {i} with words" for i in range(n)]}, dtype=object)
    mapping = ColumnMapping(layout=LONG, id_column="Student", item_column="Question", answer_column="Answer")
    s = GradingSession(Sheet(frame), mapping)
    s.set_item_info(ItemInfo(item="q", bundle_id="test-item", labels=tuple(labels), default_threshold=0.0))
    return s


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 6), st.integers(2, 6), st.sampled_from([("N", "K"), ("N", None), None]))
def test_any_output_width_scores_or_is_one_bundle_error(width, k, declared):
    """Whatever the graph declares, a width other than the labels' is one BundleError when scoring."""
    dims = declared if declared is not None else ("N", width)
    model = constant_model([1.0 / width] * width, declared=[d if d is not None else "K" for d in dims])
    b = _bundle(model, k)
    s = _session(3, b.labels)
    if width == k:
        score_all(s, {"q": b})
        assert all(s.predictions[i].valid for i in range(3))
    else:
        scores = "score" if width == 1 else "scores"   # "1 score per answer"
        with pytest.raises(BundleError, match=f"gives {width} {scores} per answer but its manifest lists {k} labels"):
            score_all(s, {"q": b})
        assert s.predictions == {}


# ----- outputs that are not probabilities -------------------------------------------------------------------
values = st.one_of(st.floats(allow_nan=True, allow_infinity=True, width=32),
                   st.sampled_from([0.0, 1.0, -0.0, -1e-3, 1.001, float("nan"), float("inf"), 0.5]))


def _is_distribution(row) -> bool:
    row = np.asarray(row, dtype=np.float32).astype(np.float64)
    return bool(np.isfinite(row).all() and (row >= -1e-6).all() and (row <= 1 + 1e-6).all()
                and abs(row.sum() - 1) <= 1e-3)


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4).flatmap(lambda k: st.tuples(
    st.just(k), st.lists(st.one_of(st.lists(values, min_size=k, max_size=k),
                                   st.lists(st.floats(0, 1), min_size=k, max_size=k).map(
                                       lambda r: [x / sum(r) for x in r] if sum(r) > 0 else [1.0] + [0.0] * (len(r) - 1))),
                         min_size=1, max_size=6))),
       st.sampled_from([1.0, 0.5, 2.0]))
def test_no_row_that_is_not_a_distribution_is_ever_auto_accepted(k_rows, temperature):
    k, rows = k_rows
    texts = [f"answer number {i} with words" for i in range(len(rows))]
    model = row_model([1.0 / k] * k, dict(zip(texts, rows)))
    b = _bundle(model, k, temperature)
    s = _session(len(rows), b.labels)
    score_all(s, {"q": b}, scorers={b.id: Scorer(b)})
    for i, row in enumerate(rows):
        pred = s.predictions[i]
        assert math.isfinite(pred.confidence) and 0.0 <= pred.confidence <= 1.0 + 1e-6
        assert all(math.isfinite(x) for x in pred.probabilities)
        if _is_distribution(row):
            assert pred.valid and INVALID_OUTPUT not in s.flags[i]
        else:
            assert not pred.valid and INVALID_OUTPUT in s.flags[i], row
            assert s.status(i) == review.NEEDS_REVIEW and s.final_score(i) is None


def test_review_screen_will_not_accept_a_score_the_model_never_gave(qtbot):
    """Enter ("accept the model's score"), a comment or "apply to identical" on an invalid model
    output must not record the all-zero row's arg-max as if the model had said it."""
    from PySide6.QtGui import QUndoStack

    from grader_app.ui.review_view import ReviewView

    s = _session(2, (0, 1, 2))
    s.set_predictions([0, 1], np.array([[np.nan, 0.5, 0.5], [0.1, 0.1, 0.8]], dtype=np.float32))
    stack = QUndoStack()
    view = ReviewView(s, stack)
    qtbot.addWidget(view)
    view.set_queue([0, 1])
    assert view.current_key() == 0
    assert view.accept_model() is False and s.decisions == {}
    assert "no model score" in view.message_label.text()
    view._save_comment(0, "look again")   # what the comment dialog's OK does
    assert s.decisions == {}
    view.set_queue([1])
    assert view.accept_model() is True and s.decisions[1].score == 2
