"""Benchmark: answers per second scoring 10,000 real answers, single thread.

Side by side in one run:
  1. the library: Scorer.predict_proba over the texts (normalise + ONNX), batch 64;
  2. the library as one batch of 10,000 (to show why we score in batches);
  3. `grader score` end to end (read the CSV, flag, score, write XLSX and CSV) in a subprocess.
Prints figures; asserts nothing. Usage: .venv/bin/python scripts/bench_score.py [N]
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


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
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
