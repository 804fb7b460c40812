"""Benchmark the project file and the exports on a 10,000-answer session; prints figures.

    nice .venv/bin/python scripts/bench_store_export.py [--answers 10000]

Answers are ASAP texts from ../shared/data when present (else made-up sentences); predictions are
random (the store and the writers do not care which model made them). Measures: the time to commit
one decision (WAL, synchronous=FULL), saving and restoring all predictions, each export format,
and the PDFs' layout and painting, step by step as the GUI thread runs them (the longest step is
the longest the window can wait). Runs offscreen.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402


def texts(n: int) -> list[str]:
    from grader_app.distill.asap import shared_data_dir

    tsv = shared_data_dir() / "asap_sas" / "train_rel_2.tsv"
    if tsv.exists():
        df = pd.read_csv(tsv, sep="\t", dtype=str, keep_default_na=False)
        out = df["EssayText"].tolist()
        return (out * (n // len(out) + 1))[:n]
    rng = np.random.default_rng(0)
    words = "cells membrane water light plant energy protein ribosome density because the and of".split()
    return [" ".join(rng.choice(words, size=12)) for _ in range(n)]


def stepped(steps) -> tuple[bytes, int, float, float]:
    """Run a GUI-thread generator step by step: its result, the steps, seconds in all, the longest step (ms)."""
    n, longest, start = 0, 0.0, time.perf_counter()
    while True:
        t = time.perf_counter()
        try:
            next(steps)
        except StopIteration as end:
            longest = max(longest, (time.perf_counter() - t) * 1000)
            return end.value, n, time.perf_counter() - start, longest
        n += 1
        longest = max(longest, (time.perf_counter() - t) * 1000)


def print_at_once(html: str) -> bytes:
    """The report as the export made it before it was painted in steps: one QTextDocument, printed at once."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer
    buf.close()
    return bytes(data.data())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--answers", type=int, default=10000)
    ap.add_argument("--decisions", type=int, default=300)
    ap.add_argument("--students", type=int, default=300, help="students in the feedback PDF")
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from grader_app.core.session import GradingSession, ItemInfo
    from grader_app.core.sheet import ColumnMapping, Sheet
    from grader_app.io.canvas import write_canvas_csv
    from grader_app.io.project_store import ProjectStore
    from grader_app.io.feedback import class_title, feedback_pages
    from grader_app.io.report import build_report_html, report_parts, report_title
    from grader_app.io.summary_sheet import summary_writer
    from grader_app.io.writers import write_graded_csv, write_graded_xlsx
    from grader_app.ui.feedback_pdf import feedback_pdf_steps
    from grader_app.ui.report_pdf import report_pdf_steps

    app = QApplication([])  # noqa: F841  (QTextDocument needs it)
    n = args.answers
    items = ["asap-sas-1", "asap-sas-5", "asap-sas-10"]
    per = n // len(items)
    rows = [(f"S{i % per:05d}", f"Student {i % per}", items[i // per % len(items)], t)
            for i, t in enumerate(texts(per * len(items)))]
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    infos = {it: ItemInfo(item=it, bundle_id=it, labels=(0, 1, 2, 3) if it != "asap-sas-10" else (0, 1, 2), title=it)
             for it in items}
    session = GradingSession(Sheet(frame=frame, source=Path("bench.xlsx")),
                             ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question",
                                           answer_column="Answer"), infos)
    rng = np.random.default_rng(1)
    for it in items:
        keys = [a.key for a in session.answers_for(it)]
        session.set_predictions(keys, rng.dirichlet(np.ones(len(infos[it].labels)) * 0.4, size=len(keys)))
    print(f"session: {len(session.answers)} answers, {len(items)} questions")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = ProjectStore.open(tmp / "bench.grader-project")
        t = time.perf_counter()
        store.save_predictions(session)
        print(f"save_predictions: {time.perf_counter() - t:.2f} s")
        store.attach(session)
        lat = []
        for k in range(args.decisions):
            t = time.perf_counter()
            session.decide(k, session.predictions[k].score if k % 2 else 0, comment="c" if k % 5 == 0 else None)
            lat.append((time.perf_counter() - t) * 1000)
        lat.sort()
        print(f"one decision committed (n={len(lat)}): median {statistics.median(lat):.1f} ms, "
              f"p95 {lat[int(0.95 * len(lat)) - 1]:.1f} ms, max {lat[-1]:.1f} ms")
        store.close()
        fresh = GradingSession(session.sheet, session.mapping, infos)
        t = time.perf_counter()
        with ProjectStore.open(tmp / "bench.grader-project") as s2:
            counts = s2.restore(fresh)
        print(f"restore: {time.perf_counter() - t:.2f} s {counts}; project file "
              f"{(tmp / 'bench.grader-project').stat().st_size / 1e6:.1f} MB")
        for name, fn in [
            ("graded XLSX + Summary", lambda: write_graded_xlsx(session, tmp / "g.xlsx", extra_sheets=summary_writer(session))),
            ("graded CSV", lambda: write_graded_csv(session, tmp / "g.csv")),
            ("Canvas CSV", lambda: write_canvas_csv(session, tmp / "c.csv")),
        ]:
            t = time.perf_counter()
            p = fn()
            print(f"{name}: {time.perf_counter() - t:.2f} s, {p.stat().st_size / 1e6:.2f} MB")
        t = time.perf_counter()
        parts = report_parts(session)
        t_parts = time.perf_counter() - t
        pdf, steps, seconds, longest = stepped(report_pdf_steps(parts, report_title(session)))
        print(f"PDF report: pieces {t_parts:.2f} s (on the export worker); layout and painting {seconds:.2f} s in "
              f"{steps} steps on the GUI thread, the longest {longest:.0f} ms; {len(pdf) / 1e6:.2f} MB")
        t = time.perf_counter()
        whole = print_at_once(build_report_html(session))
        print(f"  beside it, the whole report at once (QTextDocument.print_, the export before 2026-12-02, one step "
              f"on a worker): {time.perf_counter() - t:.2f} s, {len(whole) / 1e6:.2f} MB")
        pages = feedback_pages(session)[:args.students]
        (pdf, _ranges), steps, seconds, longest = stepped(feedback_pdf_steps(pages, class_title(session)))
        print(f"feedback PDF, first {len(pages)} students: {seconds:.2f} s in {steps} steps on the GUI thread, "
              f"the longest {longest:.0f} ms ({len(pages) / seconds:.0f} students/s); {len(pdf) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
