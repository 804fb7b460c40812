"""Issue 9 item 5: zip members are read with a hard byte cap, not trusting their declared sizes."""
from __future__ import annotations

import bz2
import hashlib
import json
import tracemalloc
import zipfile
import zlib

import pytest
from bundle_graphs import constant_model, deflate_zeros, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from grader_app.bundles.archive import MAX_MODEL_BYTES

MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
GOOD_MANIFEST = json.dumps(manifest(sha256=hashlib.sha256(MODEL).hexdigest())).encode()
BOMB_MIB = MAX_MODEL_BYTES // (1 << 20) + 100   # inflates past the model cap


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return deflate_zeros(BOMB_MIB)


def _peak_while(fn) -> int:
    tracemalloc.start()
    try:
        fn()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


@pytest.mark.parametrize("member", ["model.onnx", "manifest.json"])
def test_member_declaring_100_bytes_but_inflating_past_the_cap_is_refused_cheaply(tmp_path, bomb, member):
    members = [honest_member("manifest.json", GOOD_MANIFEST), honest_member("model.onnx", MODEL)]
    members = [(member, bomb, zipfile.ZIP_DEFLATED, 100, 0) if m[0] == member else m for m in members]
    path = tmp_path / "bomb.gradebundle"
    path.write_bytes(raw_zip(members))
    assert path.stat().st_size < 2 * len(bomb)

    def read():
        with pytest.raises(BundleError) as info:
            read_bundle(path)
        assert "\n" not in str(info.value) and "bomb.gradebundle" in str(info.value)

    peak = _peak_while(read)
    assert peak < 16 * (1 << 20), f"reading the bomb held {peak / (1 << 20):.0f} MiB"


def test_member_inflating_past_its_declared_size_gives_only_the_declared_bytes(tmp_path):
    """More data than declared: the reader stops at the declared size (then the CRC and hash decide)."""
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    longer = c.compress(MODEL + bytes(1 << 20)) + c.flush()
    path = tmp_path / "liar.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", GOOD_MANIFEST),
                              ("model.onnx", longer, zipfile.ZIP_DEFLATED, len(MODEL), zlib.crc32(MODEL))]))
    assert read_bundle(path).model_bytes == MODEL
    path.write_bytes(raw_zip([honest_member("manifest.json", GOOD_MANIFEST),
                              ("model.onnx", longer, zipfile.ZIP_DEFLATED, len(MODEL) + 10, 0)]))
    with pytest.raises(BundleError, match="damaged"):
        read_bundle(path)


def test_compression_other_than_deflate_or_stored_is_refused(tmp_path):
    """bzip2 and LZMA members are inflated by zipfile without an output limit per read: refused."""
    path = tmp_path / "bz.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", GOOD_MANIFEST),
                              ("model.onnx", bz2.compress(MODEL), zipfile.ZIP_BZIP2, len(MODEL), zlib.crc32(MODEL))]))
    with pytest.raises(BundleError, match="compression"):
        read_bundle(path)


def test_a_member_named_twice_is_refused(tmp_path):
    path = tmp_path / "twice.gradebundle"
    path.write_bytes(raw_zip([honest_member("manifest.json", GOOD_MANIFEST), honest_member("model.onnx", b"x"),
                              honest_member("model.onnx", MODEL)]))
    with pytest.raises(BundleError, match="twice"):
        read_bundle(path)


def test_stored_and_deflated_honest_bundles_read(tmp_path):
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        path = tmp_path / f"ok{method}.gradebundle"
        path.write_bytes(raw_zip([honest_member("manifest.json", GOOD_MANIFEST, method),
                                  honest_member("model.onnx", MODEL, method)]))
        assert read_bundle(path).model_bytes == MODEL


def test_a_file_larger_than_any_bundle_is_refused_before_unzipping(tmp_path):
    path = tmp_path / "huge.gradebundle"
    with open(path, "wb") as fh:
        fh.truncate(MAX_MODEL_BYTES + (64 << 20))   # sparse: no disk used
    with pytest.raises(BundleError, match="larger than any bundle"):
        read_bundle(path)


def _directory_bomb(n: int, zip64: bool) -> bytes:
    """A zip whose central directory lists ``n`` empty entries named "a" (nothing else in it)."""
    import struct

    entry = struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0) + b"a"
    cd = entry * n
    if not zip64:
        return cd + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, n, n, len(cd), 0, 0)
    z64 = struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, len(cd), 0)
    loc = struct.pack("<4sIQI", b"PK\x06\x07", 0, len(cd), 1)
    return cd + z64 + loc + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)


@pytest.mark.parametrize("n,zip64", [(60000, False), (200000, True)])
def test_a_directory_of_many_entries_is_refused_before_it_is_listed(tmp_path, n, zip64):
    """zipfile builds an object per directory entry: millions of them cost a gigabyte before any member
    check. The end record's count is read first; the refusal costs next to nothing."""
    path = tmp_path / "many.gradebundle"
    path.write_bytes(_directory_bomb(n, zip64))
    errors = []

    def read():
        try:
            read_bundle(path)
        except BundleError as exc:
            errors.append(str(exc))
    peak = _peak_while(read)
    assert errors and "lists more files than a bundle holds" in errors[0]
    assert peak < 2 * (65535 + 22) + (1 << 20), peak      # the tail of the file, not its directory
