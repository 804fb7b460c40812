"""The key-feature kinds (twenty-first to twenty-fifth amendments) beside their plain kinds, per set: mean CV QWK of
each finished keyed job under runs/crossfit-vocab-dec, the plain kinds' as the installed manifest records them (a kind
installed since then shows its new figure), and the installed kind. A keyed pair fitted untied before the
twenty-fourth amendment (its folder under before-24th/) shows that figure in brackets; alone in brackets, it was not
fitted again tied and is no longer a candidate (twenty-fifth).
Usage: .venv/bin/python scripts/keyed_table.py [--sets 1,2,5,6,10]"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.bundles import read_bundle  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

PLAIN = {"hashed_pair": "hashed-pair-bundle", "hashed_lr": "hashed-lr-bundle", "hashed_ordinal": "hashed-ordinal-bundle",
         "hashed_augmented": "hashed-augmented-bundle", "hashed_augmented6": "hashed-augmented6-bundle",
         "hashed_augmented6_shared": "hashed-augmented6-shared-bundle"}


def figure(out: Path, folder: str, s: int) -> float | None:
    p = out / folder / f"set-{s}" / "summary.json"
    if not (p.is_file() and (p.parent / "done.json").is_file()):
        return None
    return float(json.loads(p.read_text(encoding="utf-8"))["figures"]["qwk"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="1,2,5,6,10")
    ap.add_argument("--out", default="runs/crossfit-vocab-dec")
    a = ap.parse_args()
    out = ROOT / a.out
    print("| set | installed | kind | plain | + key features [0, 1] (21st) | + standardised (23rd) |")
    print("|---|---|---|---|---|---|")
    for s in (int(x) for x in a.sets.split(",")):
        metrics = read_bundle(bundled_models_dir() / f"asap-sas-{s}.gradebundle").manifest["metrics"]
        student = metrics["student"]
        recorded = {name[len("candidate_"):]: fig["qwk"] for name, fig in metrics.items() if name.startswith("candidate_")}
        recorded[student["kind"]] = student["qwk"]
        for kind, folder in PLAIN.items():
            keyed = [folder.replace("-bundle", "-key-bundle"), folder.replace("-bundle", "-keyz-bundle")]
            cells = [recorded.get(kind)] + [figure(out, f, s) for f in keyed]
            untied = [None] + [figure(out / "before-24th", f, s) for f in keyed]
            if all(c is None and u is None for c, u in zip(cells[1:], untied[1:])):
                continue
            shown = [" ".join(x for x in ("–" if c is None and u is None else "" if c is None else f"{c:.4f}",
                                           "" if u is None else f"(untied {u:.4f})") if x)
                     for c, u in zip(cells, untied)]
            print(f"| {s} | {student['kind']} {student['qwk']:.4f} | {kind} | {' | '.join(shown)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
