"""Time opening a big quiz download: ``workflow.open_sheet`` then ``workflow.prepare_session`` on a Canvas Student
Analysis report written to disk (10,000 students x 6 written questions by default). Prints figures; asserts nothing.

    OMP_NUM_THREADS=1 nice .venv/bin/python scripts/bench_prepare.py [--rows 10000] [--questions 6] [--runs 3]
        [--against OTHER_CHECKOUT] [--profile]

The answers are the ASAP-SAS training answers from the shared data (``../shared/data``) when present, else made-up
sentences; about half of them come as Canvas writes an essay answer (``<p>…</p>``, "&" as "&amp;"), the others as
plain text. Each run is a fresh process opening the sheet with no project beside it (the first opening) and, in the
same process, once more with the project the first one made (the next opening). ``--against`` names another
checkout's folder (one holding ``grader_app``: ``mkdir ../base && git archive <commit> grader_app | tar -x -C
../base``): its code is timed on the same sheet, run for run alternated with this one, and the medians are printed side
by side: wall-clock seconds, and the CPU seconds of the process (all its threads), which a loaded machine moves less.
``--profile`` prints cProfile's top functions of the first opening by this checkout instead. Compare the two columns
of one run, not runs of different days.
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def answers(n: int) -> list[str]:
    """``n`` student answers: the ASAP-SAS training answers over and over, else made-up sentences."""
    sys.path.insert(0, str(ROOT))
    from grader_app.distill.asap import shared_data_dir

    tsv = shared_data_dir() / "asap_sas" / "train_rel_2.tsv"
    if tsv.exists():
        with open(tsv, encoding="utf-8", newline="") as fh:
            texts = [row["EssayText"] for row in csv.DictReader(fh, delimiter="\t")]
    else:
        rng = random.Random(0)
        pool = "cells membrane water light plant energy protein ribosome density because the and of not".split()
        texts = [" ".join(rng.choice(pool) for _ in range(rng.randint(3, 30))) for _ in range(5000)]
    return (texts * (n // len(texts) + 1))[:n]


def canvas_report(folder: Path, rows: int, questions: int) -> Path:
    """A Canvas quiz Student Analysis report: ``rows`` students, ``questions`` written questions each followed by its
    points column; about half the answers as Canvas writes an essay answer (HTML), the rest plain."""
    rng = random.Random(7)
    texts = answers(rows * questions)
    rng.shuffle(texts)
    path = folder / "Week 6 quiz Quiz Student Analysis Report.csv"
    head = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt"]
    for q in range(questions):
        head += [f"{3001 + q}: <p>Explain what you found in part {q + 1} of the lab and why.</p>", "2.0"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(head + ["n correct", "n incorrect", "score"])
        for s in range(rows):
            row = [f"Student {s}", str(170000 + s), f"S{s:06}", "Period 3", "4411", "S3", "2024-03-04 10:00:00 UTC",
                   "1"]
            for q in range(questions):
                text = texts[s * questions + q]
                row += [f"<p>{html.escape(text, quote=False)}</p>" if rng.random() < 0.5 else text, "0.0"]
            out.writerow(row + ["0", "0", "0.0"])
    return path


def child(tree: str, sheet: str, profile: bool) -> None:
    """One run in this process with ``tree``'s grader_app: the first opening and the next, each timed (JSON out)."""
    sys.path.insert(0, tree)
    from grader_app import workflow
    from grader_app.bundles.library import Library

    assert Path(sys.modules["grader_app"].__file__).resolve().is_relative_to(Path(tree).resolve())
    library = Library.default()
    path = Path(sheet)
    figures = {}
    for opening in ("first", "next"):
        t0, c0 = time.perf_counter(), time.process_time()
        opened = workflow.open_sheet(path, library)
        t1, c1 = time.perf_counter(), time.process_time()
        if opened.store is not None:
            opened.store.close()
        if profile and opening == "first":
            import cProfile
            import pstats
            prof = cProfile.Profile()
            prof.enable()
        t2, c2 = time.perf_counter(), time.process_time()
        prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {}, library)
        t3, c3 = time.perf_counter(), time.process_time()
        if profile and opening == "first":
            prof.disable()
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(45)
        workflow.close_project(prepared.store)
        figures[opening] = {"open_sheet": t1 - t0, "prepare_session": t3 - t2,
                            "open_sheet CPU": c1 - c0, "prepare_session CPU": c3 - c2}
    print(json.dumps(figures))


def run(tree: Path, sheet: Path, profile: bool = False) -> dict:
    for leftover in sheet.parent.glob(sheet.stem + ".grader*"):   # the last run's project: each run opens it first
        leftover.unlink()
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, __file__, "--child", str(tree), "--sheet", str(sheet)]
                         + (["--profile"] if profile else []), env=env, check=True, capture_output=not profile,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1]) if not profile else {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=10000)
    ap.add_argument("--questions", type=int, default=6)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", type=Path, help="another checkout's folder, timed alternately with this one")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sheet", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.sheet, args.profile)
        return 0
    with tempfile.TemporaryDirectory(prefix="grader-bench-prepare-") as folder:
        return measure(args, canvas_report(Path(folder), args.rows, args.questions))


def measure(args: argparse.Namespace, sheet: Path) -> int:
    print(f"Canvas report of {args.rows:,} students x {args.questions} written questions ({sheet.stat().st_size:,} "
          f"bytes)")
    if args.profile:
        run(ROOT, sheet, profile=True)
        return 0
    trees = {"this checkout": ROOT} | ({f"--against {args.against}": args.against.resolve()} if args.against else {})
    times: dict[str, list[dict]] = {name: [] for name in trees}
    for i in range(args.runs):
        for name, tree in (trees.items() if i % 2 == 0 else reversed(trees.items())):
            times[name].append(run(tree, sheet))
    rows = [(opening, step) for opening in ("first", "next")
            for step in ("open_sheet", "prepare_session", "open_sheet CPU", "prepare_session CPU")]
    width = max(24, *(len(name) for name in trees))
    print(f"{f'median of {args.runs} runs, seconds':<37}" + "".join(f" | {name:>{width}}" for name in trees))
    for opening, step in rows:
        cells = "".join(f" | {statistics.median(r[opening][step] for r in times[name]):{width}.2f}" for name in trees)
        print(f"{opening + ' opening, ' + step:<37}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
