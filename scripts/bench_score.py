"""Benchmark: answers per second scoring 10,000 real answers, single thread.

Side by side in one run:
  1. the library: Scorer.predict_proba over the texts (normalise + ONNX), batch 64;
  2. the library as one batch of 10,000 (to show why we score in batches);
  3. `grader score` end to end (read the CSV, flag, score, write XLSX and CSV) in a subprocess.
With --old-ref REF (a git revision), instead: per science set, the graph alone (onnxruntime, one
thread, batches of 64) and the library's Scorer, for the installed bundle and the one committed at
REF, side by side in the same run (interleaved, best of 3), on the set's real answers.
Prints figures; asserts nothing. Usage: .venv/bin/python scripts/bench_score.py [N] [--old-ref REF]
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.distill.asap import SCIENCE_SETS, load_train  # noqa: E402
from grader_app.scoring import Scorer  # noqa: E402


def _graph_speed(model_bytes: bytes, texts: list[str], batch: int = 64) -> float:
    import numpy as np
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(model_bytes, opts, providers=["CPUExecutionProvider"])
    chunks = [np.array(texts[i:i + batch], dtype=object) for i in range(0, len(texts), batch)]
    t = time.perf_counter()
    for c in chunks:
        sess.run(None, {"text": c})
    return len(texts) / (time.perf_counter() - t)


def _scorer_speed(bundle, texts: list[str]) -> float:
    scorer = Scorer(bundle, threads=1)
    scorer.predict_proba(texts[:64])
    t = time.perf_counter()
    scorer.predict_proba(texts, batch_size=64)
    return len(texts) / (time.perf_counter() - t)


def compare(ref: str) -> None:
    """Installed science bundles against those committed at ``ref``, in one run."""
    from grader_app.bundles import read_bundle
    from grader_app.paths import bundled_models_dir
    from grader_app.text import normalise_many

    df = load_train()
    print(f"graph alone and Scorer, one thread, batches of 64, best of 3: installed vs {ref}\n")
    print(f"{'set':>4} {'n':>6} {'graph new':>11} {'graph old':>11} {'scorer new':>11} {'scorer old':>11}  kinds")
    with tempfile.TemporaryDirectory() as tmp:
        for s in SCIENCE_SETS:
            name = f"asap-sas-{s}.gradebundle"
            old_path = Path(tmp) / name
            old_path.write_bytes(subprocess.run(["git", "show", f"{ref}:model_bundles/{name}"], cwd=ROOT,
                                                capture_output=True, check=True).stdout)
            new, old = read_bundle(bundled_models_dir() / name), read_bundle(old_path)
            raw = df[df["EssaySet"] == s]["EssayText"].tolist()
            texts = normalise_many(raw)
            best = {key: 0.0 for key in ("gn", "go", "sn", "so")}
            for _ in range(3):
                best["gn"] = max(best["gn"], _graph_speed(new.model_bytes, texts))
                best["go"] = max(best["go"], _graph_speed(old.model_bytes, texts))
                best["sn"] = max(best["sn"], _scorer_speed(new, raw))
                best["so"] = max(best["so"], _scorer_speed(old, raw))
            kinds = " / ".join(str(b.manifest.get("provenance", {}).get("model", ""))[:40] for b in (new, old))
            print(f"{s:>4} {len(texts):>6} {best['gn']:>11,.0f} {best['go']:>11,.0f} {best['sn']:>11,.0f} "
                  f"{best['so']:>11,.0f}  {kinds}")


def main() -> None:
    args = sys.argv[1:]
    if "--old-ref" in args:
        compare(args[args.index("--old-ref") + 1])
        return
    n = int(args[0]) if args else 10_000
    lib = Library.default()
    df = load_train()
    df = df[df["EssaySet"].isin(SCIENCE_SETS)]
    rows = df.sample(n=n, replace=len(df) < n, random_state=0).reset_index(drop=True)
    rows["item"] = "asap-sas-" + rows["EssaySet"].astype(str)
    print(f"{n} real answers from ASAP-SAS science sets, one thread\n")

    # library, per bundle, batched
    total = 0.0
    for item, part in rows.groupby("item"):
        scorer = Scorer(lib.get(item), threads=1)
        texts = part["EssayText"].tolist()
        scorer.predict_proba(texts[:64])  # warm up
        t = time.perf_counter()
        scorer.predict_proba(texts, batch_size=64)
        total += time.perf_counter() - t
    print(f"library, batches of 64          : {n / total:10,.0f} answers/s  ({total:.2f} s)")

    item, part = next(iter(rows.groupby("item")))
    scorer = Scorer(lib.get(item), threads=1)
    texts = part["EssayText"].tolist()
    t = time.perf_counter()
    scorer.predict_proba(texts, batch_size=len(texts))
    one = time.perf_counter() - t
    print(f"library, one batch of {len(texts):5d}     : {len(texts) / one:10,.0f} answers/s  ({one:.2f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "answers.csv"
        pd.DataFrame({"Student ID": [f"S{i:05d}" for i in range(n)], "Question": rows["item"],
                      "Answer": rows["EssayText"]}).to_csv(sheet, index=False)
        exe = [sys.executable, "-m", "grader_app", "score", str(sheet), "--quiet"]
        for suffix in ("csv", "xlsx"):
            t = time.perf_counter()
            subprocess.run(exe + ["--out", str(Path(tmp) / f"graded.{suffix}")], check=True,
                           env={**os.environ, "OMP_NUM_THREADS": "1"})
            secs = time.perf_counter() - t
            print(f"grader score -> {suffix:4s} (process) : {n / secs:10,.0f} answers/s  ({secs:.2f} s, "
                  "incl. start-up, read, flags, write)")


if __name__ == "__main__":
    main()
