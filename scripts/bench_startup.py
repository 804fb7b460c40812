"""The window's start-up from source: seconds from a fresh interpreter to the main window's first paint, and the
peak memory, for the code as it is and with what learning needs (scipy, scikit-learn, onnx) imported first, as
start-up imported it before those imports moved to where they are used. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_startup.py [--runs 5] [--preload scipy.stats,sklearn,onnx]

Each run is a fresh interpreter (``python -c``, this checkout's grader_app) that runs ``grader`` with no sheet on
the shipped bundles, with its own empty data and settings folders (a first start), offscreen; the window notes its
first paint (grader_app/ui/startup_probe.py: ``time.monotonic()``, a clock every process shares) and quits. The
seconds are from just before the interpreter is launched to that paint; the peak resident memory is the
interpreter's own (``ru_maxrss``). A first run of each kind warms the disk cache and is not counted; the kinds
take turns, so a busy machine slows both alike. The median of ``--runs`` runs is printed, with the min and max.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRELOAD = ("scipy.optimize", "scipy.special", "scipy.stats", "sklearn", "onnx")

CHILD = """
import importlib, json, resource, sys
for name in {preload!r}:
    importlib.import_module(name)
from grader_app.__main__ import main
code = main([])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({{"code": code, "peak_mb": peak, "cpu_s": use.ru_utime + use.ru_stime}}))
"""


def one_start(preload: tuple[str, ...], timeout: float) -> tuple[float, float, float]:
    """(seconds to the first paint, peak resident MB, CPU seconds to the quit) of one fresh interpreter."""
    with tempfile.TemporaryDirectory(prefix="grader-startup-") as tmp:
        probe = Path(tmp) / "first-paint"
        env = dict(os.environ, GRADER_STARTUP_PROBE=str(probe), GRADER_DATA_DIR=str(Path(tmp) / "data"),
                   GRADER_SETTINGS_DIR=str(Path(tmp) / "settings"), PYTHONPATH=str(ROOT))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("GRADER_BUNDLES_DIR", None)   # the shipped bundles, read as the window opens
        t0 = time.monotonic()
        proc = subprocess.run([sys.executable, "-c", CHILD.format(preload=preload)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
        if not probe.is_file() or proc.returncode != 0:
            err = proc.stderr.strip().splitlines()
            raise SystemExit(f"bench_startup: the app exited ({proc.returncode}) without painting its window"
                             f"{': ' + err[-1] if err else ''}")
        shown = float(probe.read_text().strip()) - t0
        said = json.loads(proc.stdout.strip().splitlines()[-1])
        return shown, float(said["peak_mb"]), float(said["cpu_s"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="counted starts of each kind (default 5)")
    p.add_argument("--preload", default=",".join(PRELOAD),
                   help=f"the modules the second kind imports first (default {','.join(PRELOAD)})")
    p.add_argument("--timeout", type=float, default=120.0)
    args = p.parse_args(argv)
    preload = tuple(m for m in args.preload.split(",") if m)
    kinds = {"now": (), "preloaded": preload}
    figures: dict[str, list[tuple[float, float, float]]] = {k: [] for k in kinds}
    for modules in kinds.values():   # warm-up, not counted
        one_start(modules, args.timeout)
    for _ in range(max(1, args.runs)):
        for kind, modules in kinds.items():
            figures[kind].append(one_start(modules, args.timeout))

    def row(label: str, runs: list[tuple[float, float, float]]) -> tuple[float, float, float]:
        seconds = [s for s, _, _ in runs]
        med, mem, cpu = (statistics.median(r[i] for r in runs) for i in range(3))
        print(f"  {label:<32} {med:6.2f} s (min {min(seconds):5.2f}, max {max(seconds):5.2f})  {mem:6.0f} MB  {cpu:6.2f} s")
        return med, mem, cpu

    print(f"fresh interpreter -> main window painted ({os.environ.get('QT_QPA_PLATFORM', 'offscreen')}), "
          f"median of {len(figures['now'])} runs")
    print(f"  {'':<32} {'seconds to the window':<33}  {'peak RSS':>9}  {'CPU':>8}")
    now = row("now", figures["now"])
    tops = ", ".join(dict.fromkeys(m.split(".")[0] for m in preload))
    before = row(f"with {tops} first", figures["preloaded"])
    print(f"  {'saved at start-up':<32} {before[0] - now[0]:6.2f} s{'':24}  {before[1] - now[1]:6.0f} MB  "
          f"{before[2] - now[2]:6.2f} s")
    print("  (CPU: user + system seconds of the run, start to quit; unlike wall time it hardly depends on the load)")
    try:
        print(f"machine load {os.getloadavg()[0]:.1f} (1-min average; {os.cpu_count()} cores): the seconds scale with it")
    except (OSError, AttributeError):   # no load average on Windows
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
