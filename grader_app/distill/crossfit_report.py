"""The cross-fitted students' section of ``docs/distillation.md``, from the job outputs on disk.

``grader-distill crossfit-report`` reads ``runs/crossfit-students/set-*/summary.json`` (written by
``crossfit-student``) and the teacher jobs' ``done.json``, measures each new bundle's graph and the
shipped bundle's graph side by side (answers per second, one thread, batches of 64, in this run), and
writes the markdown between two markers in the report, leaving the rest of the file as it is.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

BEGIN = "<!-- crossfit:begin -->"
END = "<!-- crossfit:end -->"


def _pm(d: dict) -> str:
    return f"{d['qwk']:.3f} ± {d['qwk_sd']:.3f}"


def _share(share, right) -> str:
    if not share:
        return "0 %"
    return f"{share:.0%} ({right:.1%} right)" if right is not None else f"{share:.0%}"


def graph_speed(model_bytes: bytes, texts: list[str], batch: int = 64, repeats: int = 3) -> float:
    """Answers per second of the graph alone (onnxruntime, one thread), best of ``repeats``."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    sess = ort.InferenceSession(model_bytes, opts, providers=["CPUExecutionProvider"])
    chunks = [np.array(texts[i:i + batch], dtype=object) for i in range(0, len(texts), batch)]
    best = 0.0
    for _ in range(repeats):
        t0 = time.perf_counter()
        for c in chunks:
            sess.run(None, {"text": c})
        best = max(best, len(texts) / (time.perf_counter() - t0))
    return best


def collect(students: Path) -> list[dict]:
    out = []
    for p in sorted(students.glob("set-*/summary.json"), key=lambda p: int(p.parent.name.split("-")[1])):
        d = json.loads(p.read_text(encoding="utf-8"))
        d["_dir"] = p.parent
        out.append(d)
    return out


def teacher_costs(crossfit: Path, sets) -> dict:
    costs = {}
    for s in sets:
        done = [json.loads(p.read_text()) for p in sorted((crossfit / "minilm" / f"set-{s}").glob("fold-*/done.json"))]
        if done:
            costs[s] = {"minutes": sum(d["seconds"] for d in done) / 60, "parameters": done[0]["parameters"],
                        "folds": len(done), "oof_qwk": float(np.mean([d["oof_qwk"] for d in done]))}
    return costs


def markdown(rows: list[dict], costs: dict, speeds: dict) -> str:
    from .asap import SCIENCE_SETS

    lines = [BEGIN, "", "## Cross-fitted hashed students (5-fold cross-validation over every scored answer)", "",
             "Made by `grader-distill crossfit-teacher` (MiniLM, one job per set × fold), "
             "`grader-distill crossfit-teacher --train-probs`, `grader-distill crossfit-student` and this table by "
             "`grader-distill crossfit-report`. Every figure is out of fold: the answers of fold f are scored by "
             "models, teachers and thresholds chosen and fitted on the other folds only (QWK: mean ± sd over the "
             "five folds). The student is one ONNX graph of hashed word 1–2-grams and 5-letter chunks into a "
             "linear layer (≤ 50,000 numbers).", "",
             "| set | n | human–human | TF-IDF baseline | teacher used (alone) | KD student | hard-label student | "
             "student − teacher | auto-accepted (right), out of fold |",
             "|---|---|---|---|---|---|---|---|---|"]
    sci = {"base": [], "student": [], "teacher": [], "auto": [], "n": [], "right": []}
    for r in rows:
        s = r["set"]
        chosen = r["final"]["choice"]["teacher"]
        t = r["teachers"][chosen]
        auto = r["routing_oof"]
        lines.append(f"| {s} | {r['n']} | {r['human_human_qwk']:.3f} | {_pm(r['baseline'])} | {chosen}: {_pm(t)} | "
                     f"**{_pm(r['student'])}** | {_pm(r['hard_student'])} | {r['student']['qwk'] - t['qwk']:+.3f} | "
                     f"{_share(auto['auto_share'], auto['auto_right'])} |")
        if s in SCIENCE_SETS:
            sci["base"].append(r["baseline"]["qwk"])
            sci["student"].append(r["student"]["qwk"])
            sci["teacher"].append(t["qwk"])
            sci["auto"].append(auto["n_auto"])
            sci["n"].append(r["n"])
            if auto["auto_right"] is not None:
                sci["right"].append(auto["auto_right"] * auto["n_auto"])
    if sci["student"]:
        auto_share = sum(sci["auto"]) / sum(sci["n"])
        right = sum(sci["right"]) / max(1, sum(sci["auto"]))
        lines += ["", f"Science sets here ({len(sci['student'])} of 5): mean QWK KD student "
                  f"**{np.mean(sci['student']):.3f}**, teacher used {np.mean(sci['teacher']):.3f}, TF-IDF baseline "
                  f"{np.mean(sci['base']):.3f}; auto-accepted **{auto_share:.0%}** of their answers, "
                  f"{right:.1%} of those exactly right."]
    lines += ["", "### Every teacher alone (out of fold) and its cost", "",
              "| set | " + " | ".join(["tfidf-lr", "minilm", "minilm+tfidf-lr"]) + " | MiniLM cost |", "|---|---|---|---|---|"]
    for r in rows:
        cells = [(_pm(r["teachers"][n]) if n in r["teachers"] else "–") for n in ("tfidf-lr", "minilm", "minilm+tfidf-lr")]
        c = costs.get(r["set"])
        cost = (f"{c['minutes']:.0f} min for {c['folds']} folds on 1 thread (2-core machine, shared), "
                f"{c['parameters'] / 1e6:.1f} M parameters" if c else "not trained")
        lines.append(f"| {r['set']} | " + " | ".join(cells) + f" | {cost} |")
    lines += ["", "TF-IDF + logistic regression: seconds per fold, ~50–120 k n-gram weights per class.", "",
              ("### The fixed seeded split, beside: a new student made as the shipped one was "
               "(trained on train with the TF-IDF teacher, calibrated on valid) vs the shipped bundle"),
              "", "| set | test n | TF-IDF baseline | new student | shipped bundle | new: auto (right) | shipped: auto (right) |"
              " graph answers/s new / shipped |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        f = r["fixed_split"]
        sh = f.get("shipped", {})
        sp = speeds.get(r["set"], {})
        lines.append(f"| {r['set']} | {f['n_test']} | {f['baseline']['qwk']:.3f} | {f['student']['qwk']:.3f} | "
                     f"{sh.get('qwk', float('nan')):.3f} | {_share(f['student']['auto_share'], f['student']['auto_right'])} | "
                     f"{_share(sh.get('auto_share'), sh.get('auto_right'))} | "
                     f"{sp.get('new', 0):,.0f} / {sp.get('shipped', 0):,.0f} |")
    lines += ["", "The shipped bundle was trained on train (+ valid for calibration) of the same split, so this "
              "compares like with like; the graph speeds are measured in the same run, one thread, batches of 64, "
              "on the set's answers (on a shared, busy machine: compare the two columns, not the absolute figures).", "", END]
    return "\n".join(lines)


def write_section(report: Path, text: str) -> None:
    old = report.read_text(encoding="utf-8") if report.is_file() else ""
    if BEGIN in old and END in old:
        new = old[: old.index(BEGIN)] + text + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    report.write_text(new, encoding="utf-8")


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("crossfit-report", help="write the cross-fitted students' section of docs/distillation.md")
    p.add_argument("--students", default="runs/crossfit-students")
    p.add_argument("--crossfit", default="runs/crossfit")
    p.add_argument("--report", default="docs/distillation.md")

    def run(args: argparse.Namespace) -> int:
        from ..bundles.archive import read_bundle
        from ..text import normalise_many
        from .crossfit import set_frame

        rows = collect(Path(args.students))
        speeds = {}
        for r in rows:
            texts = normalise_many(set_frame(r["set"])["EssayText"].tolist())
            new = next(r["_dir"].glob("*.gradebundle"))
            shipped = Path("model_bundles") / new.name
            speeds[r["set"]] = {"new": graph_speed(read_bundle(new).model_bytes, texts)}
            if shipped.is_file():
                speeds[r["set"]]["shipped"] = graph_speed(read_bundle(shipped).model_bytes, texts)
        write_section(Path(args.report), markdown(rows, teacher_costs(Path(args.crossfit), [r["set"] for r in rows]), speeds))
        print(f"wrote the cross-fitted students' section of {args.report} ({len(rows)} sets)")
        return 0

    p.set_defaults(func=run)
