"""What writing a group's decisions costs the project file's writer, with the ``origin`` column asked of SQLite on every
decision (``PRAGMA table_info`` of ``decisions`` and ``decision_log``, as Grader did before) and asked once per
connection (:mod:`grader_app.io.project_origins`), side by side in one run; prints figures, asserts nothing.

    nice .venv/bin/python scripts/bench_group_write.py [--group 2000] [--repeats 9]

A made-up class of ``--group`` answers to one question, its project file in a temporary folder. Per variant, in turn,
``--repeats`` times (median):

* rows:   the group's decisions written by ``put_decision`` inside one transaction on a connection of the file, rolled
          back (what the writer does for them, without the commit and its fsync);
* commit: the group scored with one key through the store (``restore_many``: one write), waited for (``flush``), then
          taken back the same way; the time until the score is on disk (fsync'd, WAL).
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


VARIANTS = {"asked per decision (before)": asked_each_time, "asked once per connection": project_origins.has_origin}


def session_of(n: int) -> GradingSession:
    rows = [(f"S{i:05d}", f"Student {i}", "q", f"The cell membrane lets water in, said student {i}.") for i in range(n)]
    frame = pd.DataFrame(rows, columns=["Student ID", "Name", "Question", "Answer"], dtype=object)
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame=frame, source=Path("bench.csv")), mapping,
                          {"q": ItemInfo(item="q", title="q")})


def rows_ms(path: Path, n: int) -> float:
    conn = connect(str(path), timeout=10.0, isolation_level=None)
    try:
        decision = Decision.now(2, "", "sample")
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for k in range(n):
            project_records.put_decision(conn, k, decision)
        ms = (time.perf_counter() - t) * 1000
        conn.execute("ROLLBACK")
        return ms
    finally:
        conn.close()


def commit_ms(store: ProjectStore, session: GradingSession, n: int) -> float:
    t = time.perf_counter()
    session.restore_many([(k, Decision.now(2, "", "sample")) for k in range(n)])
    assert store.flush()
    ms = (time.perf_counter() - t) * 1000
    session.restore_many([(k, None) for k in range(n)])
    assert store.flush()
    return ms


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--group", type=int, default=2000)
    ap.add_argument("--repeats", type=int, default=9)
    args = ap.parse_args()
    figures: dict[str, dict[str, list[float]]] = {name: {"rows": [], "commit": []} for name in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.grader-project"
        session = session_of(args.group)
        with ProjectStore.open(path) as store:
            store.attach(session)
            for _ in range(args.repeats):
                for name, check in VARIANTS.items():   # in turn: a busy machine weighs on both alike
                    project_records.has_origin = check
                    figures[name]["rows"].append(rows_ms(path, args.group))
                    figures[name]["commit"].append(commit_ms(store, session, args.group))
            project_records.has_origin = project_origins.has_origin
    print(f"a group of {args.group:,} decisions, median of {args.repeats}:")
    for name, got in figures.items():
        print(f"  {name:<28} rows {statistics.median(got['rows']):6.1f} ms   "
              f"commit {statistics.median(got['commit']):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
