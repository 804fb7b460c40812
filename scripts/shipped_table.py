"""Print the markdown table of docs/distillation.md's "What ships in `model_bundles/`" from the installed
bundles' manifests (their CV figures, rule, threshold, size). Usage: .venv/bin/python scripts/shipped_table.py"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader_app.bundles import read_bundle  # noqa: E402
from grader_app.distill.asap import ALL_SETS, SCIENCE_SETS  # noqa: E402
from grader_app.distill.crossfit_report import _share  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

NAMES = {"crossfit-baseline_bundle": "baseline bundle kind (TF-IDF + LR ≤ 50k)",
         "crossfit-hashed_hard": "hashed student, hard labels", "crossfit-hashed_kd": "hashed KD student",
         "crossfit-vocab_hard": "vocabulary student, hard labels",
         "crossfit-vocab_kd": "vocabulary student, KD (the shipped recipe)",
         "crossfit-hashed_lr": "hashed LR kind (hashed n-grams + LR ≤ 50k)",
         "crossfit-hashed_ordinal": "hashed ordinal kind (adjacent-category logits ≤ 50k)",
         "crossfit-hashed_pair": "hashed pair kind (hashed LR + hashed ordinal, each ≤ 25k, averaged)",
         "crossfit-hashed_committee": "hashed committee kind (the hashed LR kind's 3 best configurations averaged)",
         "crossfit-hashed_pooled": "hashed pooled pair kind (the pair, each half's configuration picked over all ten sets)",
         "crossfit-hashed_distilled": "hashed distilled pair kind (the pooled pair, also taught the unscored answers)",
         "crossfit-hashed_augmented": "hashed augmented pair kind (the distilled pair, also taught augmented copies)",
         "crossfit-hashed_augmented6": "hashed augmented pair kind with six copies (sixteenth amendment)",
         "crossfit-hashed_augmented12": "hashed augmented pair kind with twelve copies (thirty-third session)",
         "crossfit-hashed_augmented24": "hashed augmented pair kind with twenty-four copies (thirty-fourth session)",
         "crossfit-hashed_augmented6_shared": "hashed augmented pair kind, six copies at two copies' weight (17th)",
         "crossfit-hashed_lr_key": "keyed hashed LR kind (+ key features, 21st amendment)",
         "crossfit-hashed_ordinal_key": "keyed hashed ordinal kind (+ key features, 21st amendment)",
         "crossfit-hashed_pair_key": "keyed hashed pair kind (+ key features in both halves, 21st amendment)",
         "crossfit-hashed_augmented_key": "keyed augmented pair kind, two copies (22nd amendment)",
         "crossfit-hashed_augmented6_key": "keyed augmented pair kind, six copies (22nd amendment)",
         "crossfit-hashed_augmented6_shared_key": "keyed augmented pair kind, six copies at two copies' weight (22nd)",
         "crossfit-reference_bundle": "reference kind (the TF-IDF reference model, no budget)"}
NAMES = {**NAMES, **{k + "z": v.replace("amendment)", "amendment, standardised: 23rd)")
                                .replace("(22nd)", "(22nd, standardised: 23rd)")
                     for k, v in NAMES.items() if k.endswith("_key")}}
NAMES = {**NAMES, **{k + "_pieces": v.replace("kind", "kind on word pieces alone (29th amendment)", 1)
                     for k, v in NAMES.items() if k.startswith("crossfit-hashed_augmented")}}


def fold_by_fold(metrics: dict) -> float:
    """The rule made fold by fold from the figures a manifest records: for each fold, the capped kind whose QWK over
    the other four folds is best, scored on that fold; the mean over the folds."""
    kinds = {key: v["folds"] for key, v in metrics.items()
             if (key == "student" or key.startswith("candidate_")) and key != "candidate_reference_bundle"
             and isinstance(v, dict) and len(v.get("folds", [])) == 5}
    if metrics["student"].get("kind") == "reference_bundle":
        kinds.pop("student")
    out = []
    for f in range(5):
        best = max(kinds, key=lambda k: sum(q for g, q in enumerate(kinds[k]) if g != f))
        out.append(kinds[best][f])
    return sum(out) / len(out)


def main() -> int:
    sci, every, sci_ff = [], [], []
    print("| set | shipped model | teacher learned from | CV QWK | OOF accuracy | auto-accepted out of fold (right) | "
          "threshold | decision rule | stored numbers | file |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for s in ALL_SETS:
        path = bundled_models_dir() / f"asap-sas-{s}.gradebundle"
        m = read_bundle(path).manifest
        st, kind = m["metrics"]["student"], m["provenance"].get("kind", "")
        name = NAMES.get(kind, kind or "other")
        teacher = m["metrics"].get("teacher", {}).get("model", "none") if "KD" in name else \
            m["provenance"].get("teacher_model", "none")
        auto = _share(st.get("auto_share_oof"), st.get("auto_right_oof"), st.get("n_auto_oof"))
        rule = m.get("decision")
        rule = "cutpoints " + " / ".join(f"{c:g}" for c in rule["cutpoints"]) if rule else "arg-max"
        print(f"| {s} | {name} | {teacher} | {st['qwk']:.3f} ± {st['qwk_sd']:.3f} | {st['accuracy']:.3f} | {auto} | "
              f"{m['review']['threshold']:.3f} | {rule} | {m['parameters']:,} | {path.stat().st_size / 1024:.0f} KB |")
        every.append(st["qwk"])
        if s in SCIENCE_SETS:
            sci.append(st["qwk"])
            sci_ff.append(fold_by_fold(m["metrics"]))
    print(f"| mean, science ({', '.join(map(str, SCIENCE_SETS))}) | | | {sum(sci) / len(sci):.3f} | | | | | | "
          f"{len(sci)} sets |")
    print(f"| mean, all sets | | | {sum(every) / len(every):.3f} | | | | | | {len(every)} sets |")
    print(f"\nThe rule made fold by fold from the recorded per-fold figures (for each fold, the capped kind best on the "
          f"other four): science sets {' / '.join(f'{q:.3f}' for q in sci_ff)}, mean {sum(sci_ff) / len(sci_ff):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
