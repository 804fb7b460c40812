"""GUI-thread time of opening the columns dialog on a wide sheet whose headers are whole questions (a Google Forms
quiz of 60 questions), old and new side by side, alternated in one run.

    OMP_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_columns_dialog.py [--questions 60]
        [--rounds 15] [--font-size 16]

The sheet's rows are read in advance, as the worker that reads the sheet does (mapping_rows.rows_read); what is timed
is the dialog's construction on the GUI thread, wall time and CPU time. "old": each of the eight choices of a column
measures every header's width and makes its tooltip itself (mapping_layout.compact_combo given no shared
``Measured``); "new": the headers measured once for all eight. Printed: the median and the min of each, and the part
spent in the eight choices alone. Figures, never asserts.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--font-size", type=float, default=0)
    args = ap.parse_args(argv)

    import pandas as pd
    from PySide6.QtGui import QFont

    from grader_app.bundles.library import Library
    from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
    from grader_app.ui import mapping_columns
    from grader_app.ui.app import make_application
    from grader_app.ui.mapping_dialog import MappingDialog
    from grader_app.ui.mapping_layout import COMBO_CHARS
    from grader_app.ui.mapping_rows import rows_read

    app = make_application([])
    if args.font_size:
        font = QFont(app.font())
        font.setPointSizeF(args.font_size)
        app.setFont(font)
    heads = ["Student ID", "Name"] + [f"{q}. After reading the group's procedure, describe what additional information "
                                      f"you would need for step {q} (3 points)" for q in range(1, args.questions + 1)]
    frame = pd.DataFrame([[f"S{r:03d}", f"Student {r}"] + [f"They would need the vinegar {r} {q}"
                                                           for q in range(args.questions)] for r in range(30)],
                         columns=heads, dtype=object)
    sheet = Sheet(frame)
    library = Library.default()
    mapping = ColumnMapping(layout=WIDE, id_column="Student ID", name_column="Name",
                            answer_columns={h: h.split(".")[0] for h in heads[2:]})
    rows = rows_read(sheet, start=mapping, library=library)

    new_combo = mapping_columns.compact_combo
    spent = {"combos": 0.0}

    def old_combo(combo, chars=COMBO_CHARS, measured=None):   # the old way
        t = time.perf_counter()
        try:
            return new_combo(combo, chars)   # no shared measure: it measures every header itself
        finally:
            spent["combos"] += time.perf_counter() - t

    def shared_combo(combo, chars=COMBO_CHARS, measured=None):
        t = time.perf_counter()
        try:
            return new_combo(combo, chars, measured)
        finally:
            spent["combos"] += time.perf_counter() - t

    def build(way) -> tuple[float, float, float]:
        mapping_columns.compact_combo = way
        spent["combos"] = 0.0
        wall, cpu = time.perf_counter(), time.process_time()
        dialog = MappingDialog(sheet, library, mapping, rows=rows)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        dialog.deleteLater()
        app.processEvents()
        return wall * 1000, cpu * 1000, spent["combos"] * 1000

    for way in (old_combo, shared_combo):   # warm-up: imports, fonts, the library's models
        build(way)
    figures: dict[str, list[tuple[float, float, float]]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        figures["old"].append(build(old_combo))
        figures["new"].append(build(shared_combo))
    mapping_columns.compact_combo = new_combo
    print(f"columns dialog, {args.questions} questions as headers, font {app.font().pointSizeF():g} pt, "
          f"{args.rounds} rounds alternated (ms on the GUI thread)")
    for name, runs in figures.items():
        wall, cpu, combos = zip(*runs)
        print(f"  {name}: dialog wall median {statistics.median(wall):7.1f}  min {min(wall):7.1f}   "
              f"cpu median {statistics.median(cpu):7.1f}   the eight column choices median "
              f"{statistics.median(combos):6.1f}  min {min(combos):6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
