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


def _share(share, right, n: int | None = None) -> str:
    """An auto-accepted share and how many of those were right; a handful of answers as counts, not a rounded 0 %."""
    if not share:
        return "0 %"
    if n is not None and n < 20 and right is not None:
        return f"{n} answer{'s' if n != 1 else ''} ({round(right * n)} right)"
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
              "on the set's answers (on a shared, busy machine: compare the two columns, not the absolute figures)."]
    return "\n".join(lines)


KIND_NAMES = {"hashed_kd": "hashed KD", "hashed_hard": "hashed hard", "vocab_kd": "vocab KD (shipped recipe)",
              "vocab_hard": "vocab hard", "baseline_bundle": "baseline bundle kind (TF-IDF + LR ≤ 50k)",
              "hashed_lr": "hashed LR kind (hashed n-grams + LR ≤ 50k)",
              "hashed_ordinal": "hashed ordinal kind (hashed n-grams, adjacent-category logits ≤ 50k)",
              "hashed_pair": "hashed pair kind (hashed LR + hashed ordinal, each ≤ 25k, averaged)",
              "hashed_committee": "hashed committee kind (the hashed LR kind's 3 best configurations, each ≤ 16.7k, averaged)",
              "hashed_pooled": "hashed pooled pair kind (the pair, each half's configuration picked over all ten sets)",
              "hashed_distilled": "hashed distilled pair kind (the pooled pair, also taught the unscored answers by a teacher)",
              "hashed_augmented": "hashed augmented pair kind (the distilled pair, also taught augmented copies of every answer)",
              "hashed_augmented6": "hashed augmented pair kind with six copies of every answer (sixteenth amendment)",
              "hashed_augmented6_shared": "hashed augmented pair kind, six copies sharing one answer's weight "
                                          "(seventeenth amendment)",
              "hashed_lr_key": "keyed hashed LR kind (hashed n-grams + the question's key features, ≤ 50k)",
              "hashed_ordinal_key": "keyed hashed ordinal kind (hashed n-grams + the question's key features, ≤ 50k)",
              "hashed_pair_key": "keyed hashed pair kind (both halves + the question's key features, each ≤ 25k)",
              "hashed_augmented_key": "keyed augmented pair kind (two copies; both halves + the key features)",
              "hashed_augmented6_key": "keyed augmented pair kind (six copies; both halves + the key features)",
              "hashed_augmented6_shared_key": "keyed augmented pair kind (six copies sharing one answer's weight; + the "
                                              "key features)",
              "reference_bundle": "reference kind (the TF-IDF reference, uncapped)"}
KIND_NAMES = {**KIND_NAMES, **{k + "z": v.replace("the key features", "the key features, standardised")
                               for k, v in KIND_NAMES.items() if k.endswith("_key")}}
KIND_NAMES = {**KIND_NAMES, **{k + "_pieces": v.replace("kind", "kind on word pieces alone", 1)   # 29th amendment
                               for k, v in KIND_NAMES.items() if k.startswith("hashed_augmented")}}


def collect_vocab(out: Path) -> list[dict]:
    """The newest ``crossfit-vocab`` summary per set, with the baseline bundle kind (where its job is done)
    and the installation rule applied as ``crossfit-vocab --install`` applies it."""
    from .crossfit_install import newest

    sets = sorted({int(p.parent.name.split("-")[1]) for p in out.glob("set-*/summary.json")})
    return [d for d in (newest(out, s) for s in sets) if d is not None]


def bundle_of(r: dict) -> Path | None:
    """The bundle the rule installs for a row of :func:`collect_vocab`, if it was built."""
    if "bundle_file" in r:
        return Path(r["bundle_file"])
    return Path(r["_dir"]) / r["bundle"] if "bundle" in r else None


def vocab_markdown(rows: list[dict], speeds: dict) -> str:
    """Every student kind out of fold on the same folds, what the rule installed, and its routing."""
    from .asap import SCIENCE_SETS

    kinds = list(KIND_NAMES)
    lines = ["", "## Every student kind, cross-fitted, side by side (`grader-distill crossfit-vocab`)", "",
             "Same folds and the same honest nested CV as above; **vocab** is the shipped recipe's student "
             "(`distill/student.py`: TF-IDF word 1–2 + character 3–5-grams, vocabulary by chi², linear or 8-unit "
             "head, chosen with its weight decay, class weighting, λ, T and transfer set on an inner 80/20 split of "
             "the other folds, then refitted on all of them for the chosen number of steps). QWK is mean ± sd over "
             "the five folds; the kind the rule picks in each set is in bold; the teacher is the one the students "
             "learned from. **TF-IDF baseline** is issue 11's reference model (word 1–2 + char_wb 2–5-grams, "
             "logistic regression C = 10, unrestricted vocabulary: over the students' 50,000-number budget); the "
             "**baseline bundle kind** is what `grader-distill baseline` ships (TF-IDF word or character n-grams + logistic "
             "regression, its grid's best configuration within the 50,000-number budget), cross-validated the "
             "same way (`grader-distill crossfit-baseline`): a candidate of the amended rule; the **hashed LR kind** is "
             "hashed word 1–2-grams with character n-grams or chunks into ≤ 50,000 numbers + logistic regression, its "
             "configuration chosen on inner splits (`grader-distill crossfit-hashed-lr`, fourth amendment); the **hashed "
             "ordinal kind** the same features with one weight per bucket and adjacent-category logits k·z + b_k "
             "(`grader-distill crossfit-hashed-ordinal`, fifth amendment); the **hashed pair kind** the two "
             "of them each in half the budget, probabilities averaged (`grader-distill crossfit-hashed-pair`, sixth "
             "amendment); the **hashed committee kind** the hashed LR kind's three best configurations, each in a third of "
             "the budget, averaged (`grader-distill crossfit-hashed-committee`, seventh amendment); the **hashed pooled pair "
             "kind** the hashed pair kind with each half's configuration picked on the mean inner QWK over all ten sets "
             "(`grader-distill crossfit-hashed-pooled`, eighth amendment); the **hashed distilled pair kind** the pooled "
             "pair also trained on the set's unscored answers with a fixed cross-fitted teacher's probabilities as soft "
             "targets (`grader-distill crossfit-hashed-distilled`, ninth amendment); the **hashed augmented pair kind** the "
             "distilled pair whose transfer set also holds two augmented copies of every answer labelled by the same "
             "teacher (`grader-distill crossfit-hashed-augmented`, tenth amendment); the **reference kind** is "
             "the reference model itself exported as a bundle, outside the 50,000-number budget "
             "(`grader-distill crossfit-reference`), installed by the second amendment only where no capped kind "
             "reaches the reference's CV QWK.", "",
             "| set | n | teacher | TF-IDF baseline | " + " | ".join(KIND_NAMES[k] for k in kinds) + " | teacher QWK |",
             "|---|---|---|---|" + "---|" * len(kinds) + "---|"]
    for r in rows:
        best = r["pick"]["kind"]
        cells = [("**" + _pm(r["kinds"][k]) + "**" if k == best else _pm(r["kinds"][k])) if k in r["kinds"] else "–"
                 for k in kinds]
        t = (r.get("final") or {}).get("teacher") or max(r["teachers"], key=lambda n: r["teachers"][n]["qwk"])
        lines.append(f"| {r['set']} | {r['n']} | {t} | {_pm(r['baseline'])} | " + " | ".join(cells) +
                     f" | {_pm(r['teachers'][t])} |")
    lines += ["", "Auto-accepted out of fold (fold f routed with the temperature and threshold fitted on the other "
              "folds' out-of-fold predictions; in brackets: share of those exactly right):", "",
              "| set | " + " | ".join(KIND_NAMES[k] for k in kinds) + " |", "|---|" + "---|" * len(kinds)]
    for r in rows:
        cells = []
        for k in kinds:
            a = r["kinds"].get(k, {}).get("routing_oof")
            cells.append(_share(a["auto_share"], a["auto_right"], a.get("n_auto")) if a else "–")
        lines.append(f"| {r['set']} | " + " | ".join(cells) + " |")
    lines += ["", "What the rule installed (fitted on every scored answer; threshold from its out-of-fold "
              "predictions; graph speed of the new and the previous bundle in the same run, one thread, batches of 64):",
              "", "| set | installed | CV QWK | − baseline | − teacher | − shipped recipe | threshold | "
              "OOF coverage at it | graph answers/s new / previous |", "|---|---|---|---|---|---|---|---|---|"]
    sci: dict = {"q": [], "b": [], "t": [], "rec": [], "bk": [], "auto": 0, "right": 0.0, "n": 0}
    for r in rows:
        p, fin = r["pick"], r.get("final") or {}
        k = r["kinds"][p["kind"]]
        t = _teacher_qwk(r, fin["teacher"]) if fin else float("nan")
        sp = speeds.get(r["set"], {})
        what = KIND_NAMES[p["kind"]] if p["install"] and bundle_of(r) is not None else "today's bundle kept"
        thr = f"{fin['threshold']:.3f}" if fin else "–"
        cov = f"{fin['coverage_oof']:.0%}" if fin else "–"
        lines.append(f"| {r['set']} | {what} | {_pm(k)} | {k['qwk'] - r['baseline']['qwk']:+.3f} | {k['qwk'] - t:+.3f} | "
                     f"{k['qwk'] - r['kinds']['vocab_kd']['qwk']:+.3f} | {thr} | {cov} | "
                     f"{sp.get('new', 0):,.0f} / {sp.get('shipped', 0):,.0f} |")
        if r["set"] in SCIENCE_SETS:
            a = k["routing_oof"]
            sci["q"].append(k["qwk"])
            sci["b"].append(r["baseline"]["qwk"])
            sci["t"].append(t)
            sci["rec"].append(r["kinds"]["vocab_kd"]["qwk"])
            if "baseline_bundle" in r["kinds"]:
                sci["bk"].append(r["kinds"]["baseline_bundle"]["qwk"])
            sci["auto"] += a["n_auto"]
            sci["right"] += (a["auto_right"] or 0.0) * a["n_auto"]
            sci["n"] += r["n"]
    if sci["q"]:
        lines += ["", f"Science sets here ({len(sci['q'])} of 5): mean CV QWK of the installed kind **{np.mean(sci['q']):.3f}** "
                  f"(shipped recipe {np.mean(sci['rec']):.3f}, TF-IDF baseline {np.mean(sci['b']):.3f}"
                  + (f", baseline bundle kind {np.mean(sci['bk']):.3f}" if len(sci["bk"]) == len(sci["q"]) else "")
                  + ", teacher "
                  f"{np.mean(sci['t']):.3f}); auto-accepted out of fold **{sci['auto'] / sci['n']:.0%}** of their "
                  f"{sci['n']} answers, {sci['right'] / max(1, sci['auto']):.1%} of those exactly right."]
    lines += decision_lines(rows)
    lines += selection_lines(rows)
    below = [(r["set"], r["kinds"][r["pick"]["kind"]]["qwk"] - r["baseline"]["qwk"]) for r in rows
             if r["kinds"][r["pick"]["kind"]]["qwk"] < r["baseline"]["qwk"]]
    lines += ["", "Sets whose installed kind is below the TF-IDF baseline (reference model) in CV: " +
              (", ".join(f"set {s} ({d:+.3f})" for s, d in below) if below else "none") + "."]
    ref = [(r, r["reference_kind_final"]) for r in rows if r.get("reference_kind_final")]
    if ref:
        lines += ["", "Where the reference kind replaces the best capped kind (second amendment): " + (", ".join(
            f"set {r['set']} ({KIND_NAMES[r['pick']['capped_kind']]} {r['pick']['capped_qwk']:.3f} → reference kind "
            f"{r['pick']['qwk']:.3f}, {r['pick']['qwk'] - r['pick']['capped_qwk']:+.3f})"
            for r, _ in ref if r["pick"]["kind"] == "reference_bundle") or "none") + "."]
        lines += ["", "Stored numbers (and strings) and file size of the reference kind's graph fitted on every scored "
                  "answer (no budget): " + ", ".join(f"set {r['set']} {f['parameters']:,} ({_kb(f)} KB)"
                                                      for r, f in ref) + "."]
        rs = [(r["set"], speeds[r["set"]]) for r, _ in ref if r["pick"]["kind"] == "reference_bundle"
              and "replaced" in speeds.get(r["set"], {})]
        if rs:
            lines += ["", "Graph answers/s of the installed reference kind beside the capped bundle it replaces (same "
                      "run, one thread, batches of 64): " + ", ".join(
                          f"set {s} {sp['new']:,.0f} / {sp['replaced']:,.0f}" for s, sp in rs) + "."]
    sizes = [(r["set"], r["baseline_kind_final"]["parameters"]) for r in rows if r.get("baseline_kind_final")]
    if sizes:
        lines += ["", "Stored numbers (and strings) of the baseline bundle kind's graph fitted on every scored answer: " +
                  ", ".join(f"set {s} {n:,}" for s, n in sizes) + " (budget 50,000)."]
    return "\n".join(lines)


def _teacher_qwk(r: dict, teacher: str | None) -> float:
    """The teacher's CV QWK, decided like the students where that figure exists (like with like)."""
    if teacher is None:
        return float("nan")
    return (r.get("teachers_decided") or r["teachers"]).get(teacher, r["teachers"].get(teacher, {})).get("qwk", float("nan"))


def decision_lines(rows: list[dict]) -> list[str]:
    """The installed kind and its teacher with the arg-max and with the decision rule (third amendment)."""
    have = [r for r in rows if "argmax" in r["kinds"][r["pick"]["kind"]]]
    if not have:
        return []
    lines = ["", "The decision rule (third amendment): the installed kind and its teacher out of fold with the arg-max "
             "and with the rule chosen on the other folds (QWK mean over folds; accuracy = exact agreement; the "
             "rule the bundle carries):", "",
             "| set | installed | QWK arg-max → decided | accuracy arg-max → decided | teacher QWK arg-max → decided | "
             "bundle's rule |", "|---|---|---|---|---|---|"]
    for r in have:
        k = r["kinds"][r["pick"]["kind"]]
        a = k["argmax"]
        fin = r.get("final") or {}
        t = fin.get("teacher")
        td = (r.get("teachers_decided") or {}).get(t) if t else None
        tcell = f"{r['teachers'][t]['qwk']:.3f} → {td['qwk']:.3f}" if td else "–"
        dec = (fin.get("decision") or {}).get("decision")
        rule = "cutpoints " + ", ".join(f"{c:.3f}" for c in dec["cutpoints"]) if dec else "arg-max"
        lines.append(f"| {r['set']} | {KIND_NAMES[r['pick']['kind']]} | {a['qwk']:.3f} → {k['qwk']:.3f} | "
                     f"{a['accuracy']:.1%} → {k['accuracy']:.1%} | {tcell} | {rule} |")
    return lines


def selection_corrected(r: dict) -> float | None:
    """The rule's CV QWK without the optimism of picking the best of several kinds on the same folds: for
    each fold f, the capped kind with the best mean QWK on the other folds, scored by its fold-f QWK; the
    mean over the folds (None where a kind's per-fold figures are missing)."""
    from .crossfit_vocab import KINDS

    kinds = {k: np.asarray(v["folds"], dtype=float) for k, v in r["kinds"].items() if k in KINDS and "folds" in v}
    if not kinds or len({len(v) for v in kinds.values()}) != 1:
        return None
    n = len(next(iter(kinds.values())))
    picked = []
    for f in range(n):
        other = [g for g in range(n) if g != f]
        best = max(kinds, key=lambda k: (kinds[k][other].mean(), -list(kinds).index(k)))
        picked.append(kinds[best][f])
    return float(np.mean(picked))


def selection_lines(rows: list[dict]) -> list[str]:
    """The installed kind's CV QWK beside the same rule's, chosen fold by fold (:func:`selection_corrected`)."""
    from .asap import SCIENCE_SETS

    pairs = [(r["set"], r["kinds"][r["pick"]["kind"]]["qwk"], selection_corrected(r)) for r in rows]
    pairs = [(s, q, c) for s, q, c in pairs if c is not None]
    if not pairs:
        return []
    sci = [(q, c) for s, q, c in pairs if s in SCIENCE_SETS]
    text = ("Choosing the best of several kinds on the same folds flatters the winner. The same choice made fold by "
            "fold (for each fold, the capped kind best on the other four, scored on that fold) gives: " +
            ", ".join(f"set {s} {c:.3f} ({c - q:+.3f})" for s, q, c in pairs) + ".")
    if sci:
        text += (f" Science mean {np.mean([c for _, c in sci]):.3f} against the installed kinds' "
                 f"{np.mean([q for q, _ in sci]):.3f}: the figure to expect on answers never seen, before other effects.")
    return ["", text]


def _kb(final: dict) -> str:
    """The bundle's size on disk now (an installed one was re-issued with every kind's figures), else as written."""
    p = Path(final.get("bundle_file", ""))
    return f"{(p.stat().st_size if p.is_file() else final['file_bytes']) / 1024:.0f}"


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
    p.add_argument("--vocab", default="runs/crossfit-vocab", help="crossfit-vocab's folder (every kind side by side)")
    p.add_argument("--previous", default="model_bundles",
                   help="folder of the bundles the new ones are timed against (run before --install, or a copy)")

    def run(args: argparse.Namespace) -> int:
        from ..bundles.archive import read_bundle
        from ..text import normalise_many
        from .crossfit import set_frame

        rows = collect(Path(args.students))
        speeds = {}
        for r in rows:
            texts = normalise_many(set_frame(r["set"])["EssayText"].tolist())
            new = next(r["_dir"].glob("*.gradebundle"))
            shipped = Path(args.previous) / new.name
            speeds[r["set"]] = {"new": graph_speed(read_bundle(new).model_bytes, texts)}
            if shipped.is_file():
                speeds[r["set"]]["shipped"] = graph_speed(read_bundle(shipped).model_bytes, texts)
        vrows = collect_vocab(Path(args.vocab))
        vspeeds = {}
        for r in vrows:
            new = bundle_of(r)
            previous = Path(args.previous) / f"asap-sas-{r['set']}.gradebundle"
            if new is not None and new.is_file() and previous.is_file():
                texts = normalise_many(set_frame(r["set"])["EssayText"].tolist())
                vspeeds[r["set"]] = {"new": graph_speed(read_bundle(new).model_bytes, texts),
                                     "shipped": graph_speed(read_bundle(previous).model_bytes, texts)}
                replaced = r.get("replaced_bundle_file")  # the capped kind the reference kind replaces
                if replaced and Path(replaced).is_file():
                    vspeeds[r["set"]]["replaced"] = graph_speed(read_bundle(Path(replaced)).model_bytes, texts)
        text = markdown(rows, teacher_costs(Path(args.crossfit), [r["set"] for r in rows]), speeds)
        write_section(Path(args.report), text + "\n" + vocab_markdown(vrows, vspeeds) + "\n\n" + END)
        print(f"wrote the cross-fitted students' section of {args.report} ({len(rows)} sets)")
        return 0

    p.set_defaults(func=run)
