"""scripts/bench_build.py on a stand-in app folder: sizes, the tarball choice, a clear refusal."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bench_build.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_build", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_sizes_count_files_once_and_pack_when_there_is_no_tarball(tmp_path):
    app = tmp_path / "dist" / "grader"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "big.bin").write_bytes(b"\0" * 100_000)
    (app / "grader").write_bytes(b"x" * 1000)
    (app / "_internal" / "link.so").symlink_to("big.bin")  # a symlink is not counted twice
    bench = _bench()
    assert bench.dir_size(app) == (101_000, 2)
    size, what = bench.compressed_size(app)
    assert 0 < size < 5_000 and "fresh" in what            # zeros compress well
    tarball = tmp_path / "dist" / "grader-0.1.0-linux-x86_64.tar.gz"
    with tarfile.open(tarball, "w:gz") as tf:
        tf.add(app, arcname="grader")
    size, what = bench.compressed_size(app)
    assert what == tarball.name and size == tarball.stat().st_size


def test_missing_build_is_refused_with_one_sentence(tmp_path):
    res = subprocess.run([sys.executable, str(SCRIPT), "--app", str(tmp_path / "nothing")],
                         capture_output=True, text=True)
    assert res.returncode == 2
    assert "build the app first with: python3 build/build.py" in res.stderr
    assert res.stderr.strip().count("\n") == 0
