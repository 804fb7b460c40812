"""What writing a group's decisions, and taking them back, costs the project file's writer as Grader did it before
(the ``origin`` column asked of SQLite on every decision written: ``PRAGMA table_info`` of ``decisions`` and
``decision_log``; nothing kept of a decision taken back) and as it does now (asked once per connection; the origin of
each decision taken back kept in ``taken_back``: :mod:`grader_app.io.project_origins`), side by side in one run; prints
figures, asserts nothing.

    nice .venv/bin/python scripts/bench_group_write.py [--group 2000] [--repeats 9]

A made-up class of ``--group`` answers to one question, its project file in a temporary folder. Per variant, in turn,
``--repeats`` times (median):

* rows:   the group's decisions written by ``put_decision`` inside one transaction on a connection of the file, rolled
          back (what the writer does for them, without the commit and its fsync); then, the group scored, its
          decisions taken back the same way;
* commit: the group scored with one key through the store (``restore_many``: one write) until it is on disk (``flush``:
          fsync'd, WAL), then taken back the same way (Ctrl+Z).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from grader_app.core.session import Decision, GradingSession, ItemInfo  # noqa: E402
from grader_app.core.sheet import ColumnMapping, Sheet  # noqa: E402
from grader_app.io import project_origins, project_records  # noqa: E402
from grader_app.io.project_schema import connect  # noqa: E402
from grader_app.io.project_store import ProjectStore  # noqa: E402


def asked_each_time(conn, table: str = "decisions") -> bool:
    """The check as it was: SQLite asked on every call."""
    return any(row[1] == "origin" for row in conn.execute(f"PRAGMA table_info({table})"))


def kept_nothing(conn, key: int) -> None:
    """As it was: nothing kept of a decision taken back."""


# variant -> (the check put_decision uses, what it keeps of a decision taken back)
VARIANTS = {"before": (asked_each_time, kept_nothing),
            "now": (project_origins.has_origin, project_origins.keep_taken_back)}


def session_of(n: int) -> GradingSession:
    rows = [(f"S{i:05d}", f"Student {i}", "q", f"The cell membrane lets water in, said student {i}.") for i in range(n)]
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame=frame, source=Path("bench.csv")), mapping,
                          {"q": ItemInfo(item="q", title="q")})


def rows_ms(path: Path, n: int) -> tuple[float, float]:
    """(ms to write the group's rows, ms to take them back) in a transaction rolled back."""
    conn = connect(str(path), timeout=10.0, isolation_level=None)
    try:
        decision = Decision.now(2, "", "sample")
        conn.execute("BEGIN IMMEDIATE")
        t = time.perf_counter()
        for k in range(n):
            project_records.put_decision(conn, k, decision)
        scored = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        for k in range(n):
            project_records.put_decision(conn, k, None)
        taken = (time.perf_counter() - t) * 1000
        conn.execute("ROLLBACK")
        return scored, taken
    finally:
        conn.close()


def commit_ms(store: ProjectStore, session: GradingSession, n: int) -> tuple[float, float]:
    """(ms until the group's score is on disk, ms until its taking back is)."""
    t = time.perf_counter()
    session.restore_many([(k, Decision.now(2, "", "sample")) for k in range(n)])
    assert store.flush()
    scored = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    session.restore_many([(k, None) for k in range(n)])
    assert store.flush()
    return scored, (time.perf_counter() - t) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--group", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=9)
    args = ap.parse_args()
    got: dict[str, dict[str, list[float]]] = {name: {} for name in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.grader-project"
        session = session_of(args.group)
        with ProjectStore.open(path) as store:
            store.attach(session)
            for _ in range(args.repeats):
                for name, (check, keep) in VARIANTS.items():   # in turn: a busy machine weighs on both alike
                    project_records.has_origin, project_records.keep_taken_back = check, keep
                    measured = (*rows_ms(path, args.group), *commit_ms(store, session, args.group))
                    for what, ms in zip(("rows scored", "rows taken back", "scored", "taken back"), measured):
                        got[name].setdefault(what, []).append(ms)
            project_records.has_origin = project_origins.has_origin
            project_records.keep_taken_back = project_origins.keep_taken_back
    print(f"a group of {args.group:,} decisions, ms, median of {args.repeats}:")
    print(f"  {'':<8}" + "".join(f"{what:>17}" for what in got["now"]))
    for name, figures in got.items():
        print(f"  {name:<8}" + "".join(f"{statistics.median(ms):17.1f}" for ms in figures.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
