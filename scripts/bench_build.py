"""Figures for the built app (build/build.py): size on disk, size compressed, cold start.

    python3 scripts/bench_build.py                 # dist/grader, 7 cold starts offscreen
    python3 scripts/bench_build.py --runs 11 --platform xcb   # under a real X server (Xvfb)

Size on disk: every file under dist/grader/ (symlinks not followed). Compressed: the tarball
build.py wrote (dist/grader-*.tar.gz); if there is none, the folder is packed to a temporary
.tar.gz at compression level 6 first. Cold start: wall time from launching the binary to the first
paint event of the main window, read through grader_app/ui/startup_probe.py (the app writes
time.monotonic() at its first paint to the file named by GRADER_STARTUP_PROBE and quits). The
first run is a warm-up of the disk cache and is not counted; the median of the rest is printed
with the min and max, and the median CPU time of those runs (a figure a busy machine barely
changes, unlike wall time). Targets from issue 5: <= 200 MB on disk, <= 1.5 s; printed, not asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 200
TARGET_START_S = 1.5


def dir_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def compressed_size(app: Path) -> tuple[int, str]:
    tarballs = sorted(app.parent.glob("grader-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if tarballs and tarballs[-1].stat().st_mtime >= max(p.stat().st_mtime for p in app.rglob("*") if p.is_file()) - 5:
        return tarballs[-1].stat().st_size, tarballs[-1].name
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "grader.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tf:
            tf.add(app, arcname="grader")
        return out.stat().st_size, "a fresh .tar.gz of dist/grader (level 6)"


CPU_TIMES: list[float] = []


def _children_cpu() -> float:
    """User + system CPU seconds of finished child processes (0 where the OS cannot tell)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def cold_start(exe: Path, platform: str | None, timeout: float) -> float:
    with tempfile.TemporaryDirectory(prefix="grader-bench-") as tmp:
        probe = Path(tmp) / "first-paint"
        env = dict(os.environ)
        env["GRADER_STARTUP_PROBE"] = str(probe)
        env["GRADER_DATA_DIR"] = str(Path(tmp) / "data")          # a first run: no settings, no history
        env["GRADER_SETTINGS_DIR"] = str(Path(tmp) / "settings")
        if platform:
            env["QT_QPA_PLATFORM"] = platform
        else:
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        cpu0 = _children_cpu()
        t0 = time.monotonic()
        proc = subprocess.run([str(exe)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        CPU_TIMES.append(_children_cpu() - cpu0)
        if not probe.is_file():
            err = proc.stderr.decode(errors="replace").strip().splitlines()
            raise SystemExit(f"bench_build: the app exited ({proc.returncode}) without painting a window"
                             f"{': ' + err[-1] if err else ''}; does ui/app.py call startup_probe.install(window)?")
        return float(probe.read_text().strip()) - t0


def bare_start(exe: Path, timeout: float) -> float:
    """Wall time of `grader --version`: the bootloader and Python start, no Qt (a floor for the above)."""
    t0 = time.monotonic()
    subprocess.run([str(exe), "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout,
                   check=True)
    return time.monotonic() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--app", type=Path, default=ROOT / "dist" / "grader", help="the one-folder build")
    p.add_argument("--runs", type=int, default=7, help="counted cold starts (default 7, at least 5)")
    p.add_argument("--platform", default=None, help="QT_QPA_PLATFORM for the runs (default offscreen)")
    p.add_argument("--timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    exe = args.app / ("grader-cli.exe" if sys.platform == "win32" else "grader")
    if not exe.is_file():
        print(f"bench_build: {exe} is missing; build the app first with: python3 build/build.py", file=sys.stderr)
        return 2
    size, n = dir_size(args.app)
    csize, what = compressed_size(args.app)
    print(f"size on disk : {size / 1e6:7.1f} MB in {n} files (target <= {TARGET_MB} MB) "
          f"{'OK' if size / 1e6 <= TARGET_MB else 'OVER'}")
    print(f"compressed   : {csize / 1e6:7.1f} MB ({what})")
    runs = max(5, args.runs)
    cold_start(exe, args.platform, args.timeout)  # warm-up, not counted
    times = [cold_start(exe, args.platform, args.timeout) for _ in range(runs)]
    med = statistics.median(times)
    print(f"cold start   : {med:7.3f} s median to first paint over {runs} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}; platform {args.platform or 'offscreen'}; "
          f"target <= {TARGET_START_S} s) {'OK' if med <= TARGET_START_S else 'OVER'}")
    cpu = statistics.median(CPU_TIMES[1:])
    if cpu > 0:
        print(f"start CPU    : {cpu:7.3f} s median CPU (user + system) per run, start to quit after first paint; "
              "unlike wall time this hardly depends on how busy the machine is")
    bare = statistics.median(bare_start(exe, args.timeout) for _ in range(runs))
    print(f"bare start   : {bare:7.3f} s median for `grader --version` (bootloader + Python, no Qt)")
    try:
        load = os.getloadavg()[0]
        print(f"machine load : {load:.1f} (1-min load average; {os.cpu_count()} cores) - figures above scale with it")
    except (OSError, AttributeError):  # no load average on Windows
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
