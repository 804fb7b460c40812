"""Benchmark: the process's memory before, at the peak of and after scoring a large class, and its speed.

Each run is a child process of its own (so each starts clean) that loads a shipped bundle into the library's real
Scorer, scores 64 short answers (the app's first batch: onnxruntime's own start), then scores a synthetic class through
``Scorer.iter_batches`` as the app does (batches of 64, one thread), and prints its RSS (``VmRSS`` of
/proc/self/status, MB): before the class, at the peak (``VmHWM``, reset before the class), and after it (after gc),
with answers per second (wall clock, and per CPU second of the process). Side by side, interleaved:

  today    the memory the runs took is kept (``runtime.release_memory`` made a no-op in the child);
  arena    only the arena is told to free its unused parts (glibc's ``malloc_trim`` made a no-op);
  fix      what the scorer does: the arena's unused parts freed, then glibc's heap trimmed.

The class: ``--answers`` answers (default 20,000), of which ``--long`` (default 10 %) are pasted documents of 3,500 to
10,000 characters and the rest student answers of 200 to 800 characters, from a fixed seed. Linux only (/proc).
Prints figures; asserts nothing.
Usage: .venv/bin/python scripts/bench_memory.py [--answers N] [--long SHARE] [--set K] [--rounds R]
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MODES = ("today", "arena", "fix")
WORDS = ("osmosis water membrane cell energy protein transport active diffusion gradient ions the moves across "
         "because concentration higher lower side molecules pump uses atp channel carrier passive into out of").split()


def status(key: str) -> float:
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(key)


def the_class(n: int, long_share: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)

    def text(lo: int, hi: int) -> str:
        out: list[str] = []
        size, goal = 0, rng.randint(lo, hi)
        while size < goal:
            w = rng.choice(WORDS)
            out.append(w)
            size += len(w) + 1
        return " ".join(out)[:goal]
    return [text(3_500, 10_000) if rng.random() < long_share else text(200, 800) for _ in range(n)]


def child(mode: str, n: int, long_share: float, set_no: int) -> dict:
    from grader_app.bundles import read_bundle
    from grader_app.scoring import model, runtime

    if mode == "today":
        model.release_memory = lambda ort: None   # type: ignore[assignment]
    elif mode == "arena":
        runtime._trim_heap = lambda: None   # type: ignore[assignment]
    texts = the_class(n, long_share)
    scorer = model.Scorer(read_bundle(ROOT / "model_bundles" / f"asap-sas-{set_no}.gradebundle"))
    list(scorer.iter_batches(the_class(64, 0.0, seed=1)))
    gc.collect()
    before = status("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")   # resets VmHWM to the RSS of now (Linux 4.0 and later)
        hwm_reset = True
    except OSError:
        hwm_reset = False
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in scorer.iter_batches(texts, batch_size=model.DEFAULT_BATCH):
        pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = status("VmHWM")
    gc.collect()
    return {"mode": mode, "before": before, "peak": peak, "after": status("VmRSS"), "per_s": n / wall,
            "per_cpu_s": n / cpu, "peak_exact": hwm_reset}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answers", type=int, default=20_000)
    ap.add_argument("--long", type=float, default=0.10, help="share of pasted documents (3,500-10,000 characters)")
    ap.add_argument("--set", type=int, default=6, help="the shipped bundle asap-sas-K")
    ap.add_argument("--rounds", type=int, default=3, help="children per mode, interleaved")
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.answers, args.long, args.set)))
        return
    print(f"set {args.set}, {args.answers:,} answers ({args.long:.0%} of 3,500-10,000 characters, the rest 200-800), "
          f"batches of 64, one thread, {args.rounds} rounds interleaved; RSS in MB")
    results: dict[str, list[dict]] = {m: [] for m in MODES}
    for r in range(args.rounds):
        for mode in MODES:
            out = subprocess.run([sys.executable, __file__, "--child", mode, "--answers", str(args.answers),
                                  "--long", str(args.long), "--set", str(args.set)],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            results[mode].append(got)
            print(f"  round {r + 1} {mode:6s} before {got['before']:6.1f}  peak {got['peak']:6.1f}  "
                  f"after {got['after']:6.1f}  kept {got['after'] - got['before']:+6.1f}  "
                  f"{got['per_s']:6.0f} answers/s  {got['per_cpu_s']:6.0f} per CPU s"
                  + ("" if got["peak_exact"] else "  (peak since the start)"), flush=True)
    print("medians:")
    for mode in MODES:
        rs = results[mode]

        def med(key: str, rs: list[dict] = rs) -> float:
            return statistics.median(x[key] for x in rs)
        print(f"  {mode:6s} before {med('before'):6.1f}  peak {med('peak'):6.1f}  after {med('after'):6.1f}  "
              f"kept {statistics.median(x['after'] - x['before'] for x in rs):+6.1f}  {med('per_s'):6.0f} answers/s  "
              f"{med('per_cpu_s'):6.0f} per CPU s  (best {max(x['per_cpu_s'] for x in rs):.0f})")


if __name__ == "__main__":
    main()
