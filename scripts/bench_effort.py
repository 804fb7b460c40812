"""How much marking does a teacher save? A simulated teacher on ASAP-SAS science classes.

For each science set (1, 2, 5, 6, 10) classes of 30, 100 and 300 answers are drawn from the fixed
held-out split (``grader_app.distill.asap.split_set(...).test``; a class of 300 needs more answers
than set 2's test split holds, so classes of 300 are drawn from test + valid for every set; the
shipped bundles were calibrated on valid, which flatters their own threshold slightly there). The
teacher's marks are the gold scores (Score1). The simulated teacher follows exactly the policy of
``grader_app.learn.assistant.MarkingAssistant``:

* it takes the assistant's suggestion (a group of answers), gives the group the score most of its
  members deserve (one decision) and corrects each member that deserves another (one decision
  each); a teacher who reads the group does exactly that;
* the model is refitted when the assistant says so (``needs_refit``);
* it stops when no suggestion is left: every answer is decided or the model may take it
  (``auto_scores``), and the model's scores are accepted for those.

The bundles of the bundle columns must not have seen these classes: since commit cec103c the shipped
science bundles are fitted on every scored answer, the test split included, so by default the script
takes the last ones fitted on the train split, ``git show cec103c^:model_bundles/asap-sas-N.gradebundle``
(``--bundles-from-commit REV`` for another commit, ``worktree`` for model_bundles/ as it is).

Compared with marking every answer by hand (100 decisions per 100 answers, 100 % agreement) and with
today's app: the shipped bundle scores every answer and the teacher reviews, one at a time, every
answer below the bundle's threshold or flagged. "with bundle" gives the assistant the bundle's
probabilities (adapted to the teacher's marks, and its own threshold); "without" starts from
nothing. Figures: decisions per 100 answers, answers read per 100 (a group decision reads all its
members), share auto-accepted, and the final grades' exact agreement with gold.

    .venv/bin/python scripts/bench_effort.py                 # the table, the curve, the QWK figures
    .venv/bin/python scripts/bench_effort.py --write-doc     # and write them to docs/effort.md
    .venv/bin/python scripts/bench_effort.py --split train --no-bundle-only --skip-qwk --assistant-fit ordinal

``--split train`` draws the classes from the training split instead (for choices made before looking
at test; the held-out bundles were fitted on train, so only the no-bundle column means anything
there: ``--no-bundle-only`` runs only that one); ``--assistant-fit`` chooses the model the assistant
learns (``grader_app.learn.fit_job.FIT_VARIANTS``; default: the assistant's own).

``--taken-csv PATH`` writes one row per class of the assistant without a bundle: the answers its learned model took on
its own at the end, how many of them are wrong against gold and the bound its last fit claimed, and prints the
realised error of taken answers per set, with the classes where it exceeds 5 % (docs/effort.md, "Is the guarantee
kept when the assistant chooses the marks?"); ``--summarise-taken CSV...`` prints that table for files written before,
together. ``--teacher-first 0.3:own`` has the teacher mark the shortest 30 % of the class herself before following the
assistant (``0.3:unknown``: those marks recorded as before Grader kept why each answer was marked, so they choose the
threshold too); the simulated teacher records every other mark with its suggestion's origin, as the window does.

Single-threaded; ~20–40 minutes on one core. Developer tooling: it reads ../shared/data in place
and may import grader_app.distill.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

SETS = (1, 2, 5, 6, 10)
SIZES = (30, 100, 300)
REPS = {30: 4, 100: 3, 300: 2}
CURVE_AT = (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)   # decisions per 100 answers


def labels_of(essay_set: int) -> list[int]:
    return [0, 1, 2, 3] if essay_set in (1, 2, 5, 6) else [0, 1, 2]


def classes_for(split, size: int, reps: int, seed: int, source_split: str = "test"):
    """(texts, gold, source) per class: disjoint draws from test where they fit, else test + valid;
    ``source_split="train"``: from the training split (disjoint where it fits, else random draws)."""
    first = split.train if source_split == "train" else split.test
    if size * reps <= len(first):
        pool, source = first, source_split
        order = np.random.default_rng(seed).permutation(len(pool))
        chunks = [order[r * size:(r + 1) * size] for r in range(reps)]
    elif source_split == "train":
        pool, source = first, source_split
        rng = np.random.default_rng(seed)
        chunks = [rng.choice(len(pool), size, replace=False) for _ in range(reps)]
    else:
        pool = pd.concat([split.test, split.valid]).reset_index(drop=True) if size > len(first) else first
        source = "test+valid" if size > len(first) else "test"
        rng = np.random.default_rng(seed)
        chunks = [rng.choice(len(pool), size, replace=False) for _ in range(reps)]
    for idx in chunks:
        idx = np.sort(idx)
        yield pool.EssayText.iloc[idx].tolist(), pool.Score1.iloc[idx].to_numpy(), source


REPO = Path(__file__).resolve().parents[1]
# The last science bundles fitted on the train split only (the test split held out). From cec103c on,
# the shipped science bundles were fitted on every scored answer, the test split included, so a class
# drawn from test would be scored by a bundle that has seen it.
HELD_OUT_BUNDLES = "cec103c^"
WORKTREE = "worktree"


class BenchError(SystemExit):
    """The bench cannot run as asked; the message says why (exits with status 2)."""

    def __init__(self, message: str) -> None:
        super().__init__(f"bench_effort: {message}")
        self.message = f"bench_effort: {message}"
        self.code = 2   # (an int code: SystemExit itself prints nothing, so __main__ prints the message)


def bundle_path(essay_set: int, rev: str, into: Path) -> Path:
    """The path of set ``essay_set``'s bundle: ``model_bundles/`` itself for ``rev == "worktree"``, else
    the file as commit ``rev`` holds it (``git show REV:model_bundles/asap-sas-N.gradebundle``) written
    into ``into``."""
    name = f"asap-sas-{essay_set}.gradebundle"
    if rev == WORKTREE:
        return REPO / "model_bundles" / name
    import subprocess

    try:
        out = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:model_bundles/{name}"], capture_output=True,
                             check=False)
    except OSError as exc:
        raise BenchError(f"cannot run git to take the held-out bundles from commit {rev} ({exc.strerror or exc}); "
                         f"install git, or pass --bundles-from-commit {WORKTREE} to use model_bundles/ as it is "
                         "(not held out)") from None
    if out.returncode != 0 or not out.stdout:
        why = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BenchError(f"git has no model_bundles/{name} at commit {rev!r}"
                         + (f" ({why[-1]})" if why else "") + "; a clone with that commit's history is needed, "
                         "or pass another --bundles-from-commit")
    path = into / name
    path.write_bytes(out.stdout)
    return path


def resolve_rev(rev: str) -> str:
    """The short commit id of ``rev`` (for the record), or ``rev`` itself for the working tree."""
    if rev == WORKTREE:
        return rev
    import subprocess

    try:
        out = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", f"{rev}^{{commit}}"],
                             capture_output=True, text=True, check=False)
    except OSError as exc:
        raise BenchError(f"cannot run git to find commit {rev} ({exc.strerror or exc})") from None
    if out.returncode != 0:
        raise BenchError(f"git does not know the commit {rev!r} (--bundles-from-commit); a clone with the "
                         "project's history is needed")
    return out.stdout.strip()


def bundle_for(essay_set: int, rev: str = HELD_OUT_BUNDLES, into: Path | None = None):
    from grader_app.bundles import read_bundle

    if into is None and rev != WORKTREE:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="bench-bundles-") as tmp:
            return read_bundle(bundle_path(essay_set, rev, Path(tmp)))
    return read_bundle(bundle_path(essay_set, rev, into or REPO))


def today(texts, gold, probs, bundle) -> dict:
    """Today's app: every answer below the bundle's threshold, or flagged, reviewed one at a time. The
    model's score is the one the bundle's decision rule picks, its confidence that score's probability."""
    from grader_app.core.decision import decide_many
    from grader_app.core.flags import flags_for_group

    flags = flags_for_group(texts, bundle.prompt)
    labels = np.array(bundle.labels)
    idx = decide_many(probs, bundle.cutpoints)
    conf = probs[np.arange(len(probs)), idx]
    review = np.array([bool(f) for f in flags]) | (conf < bundle.threshold)
    final = np.where(review, gold, labels[idx])
    return {"decisions": int(review.sum()), "read": int(review.sum()), "auto": int((~review).sum()),
            "agree": float((final == gold).mean())}


def simulate(texts, gold, labels, prompt: str = "", prior=None, prior_threshold=None, seed: int = 0,
             fit_variant: str | None = None, first: tuple[float, str] | None = None) -> dict:
    """Follow the assistant's policy until nothing is left; count decisions; agreement with gold.
    ``fit_variant``: the model the assistant learns (``fit_job.FIT_VARIANTS``; None: its default). ``first``: (share,
    origin): before following it, the teacher marks that share of the class herself, the shortest answers first (the
    quickest to read), one decision each, recorded with that origin ("own"; "" as before Grader kept origins)."""
    from grader_app.learn.assistant import MarkingAssistant
    from grader_app.learn.suggestion import ORIGINS

    t0 = time.perf_counter()
    kw = {} if fit_variant is None else {"fit_variant": fit_variant}
    a = MarkingAssistant(texts, labels=labels, prompt=prompt, prior=prior, prior_threshold=prior_threshold,
                         prior_labels=labels if prior is not None else None, seed=seed, **kw)
    n = len(texts)
    gold = np.asarray(gold)
    decisions = read = fits = 0
    curve = []      # (decisions, agreement if the teacher stopped here and took the model's scores)
    if first is not None:
        for i in sorted(range(n), key=lambda j: (len(texts[j]), j))[:int(round(first[0] * n))]:
            a.decide([i], int(gold[i]), origin=first[1])
            decisions += 1
            read += 1
    while True:
        if a.needs_refit():
            a.refit()
            fits += 1
        s = a.suggest_next()
        if s is None:
            break
        members = list(s.members)
        vals, counts = np.unique(gold[members], return_counts=True)
        best = vals[counts == counts.max()]
        score = gold[s.medoid] if gold[s.medoid] in best else best[0]
        origin = ORIGINS[s.reason]   # marked at the assistant's suggestion, as the app records it (core.origins)
        a.decide(members, int(score), origin=origin)
        decisions += 1
        read += len(members)
        for i in members:
            if gold[i] != score:
                a.decide([i], int(gold[i]), origin=origin)   # a member corrected keeps its group's origin
                decisions += 1
        curve.append((decisions, _agreement_now(a, gold)))
    auto = a.auto_scores()
    final = np.array([a.marks.get(i, auto.get(i, -1)) for i in range(n)])
    assert (final >= 0).all(), "an answer was neither decided nor taken"
    m = a.model
    accuracy = m.expected_accuracy() if m is not None else None
    return {"decisions": decisions, "read": read, "auto": len(auto), "agree": float((final == gold).mean()),
            "curve": curve, "fits": fits, "seconds": time.perf_counter() - t0,
            "auto_error": float(np.mean([auto[i] != gold[i] for i in auto])) if auto else 0.0,
            "qualified": bool(m is not None and m.qualified),
            # what the guarantee is about: the answers taken at the end, how many of them are wrong, and the bound
            # the last fit claimed for them (None: no threshold qualified)
            "taken": len(auto), "taken_wrong": int(sum(auto[i] != gold[i] for i in auto)),
            "bound": None if accuracy is None else 1.0 - accuracy,
            "threshold": float(m.threshold) if m is not None and m.qualified else None}


def _agreement_now(a, gold) -> float:
    """If the teacher stopped now: decided answers as decided, the model's taken ones, and the model's
    best guess for the rest."""
    auto = a.auto_scores()
    out = []
    for i in range(len(gold)):
        if i in a.marks:
            out.append(a.marks[i])
        elif i in auto:
            out.append(auto[i])
        else:
            out.append(a.model_score(i))
    return float(np.mean([o == g for o, g in zip(out, gold)]))


def curve_points(curve, n) -> list[float | None]:
    """Agreement at each CURVE_AT decisions per 100 answers (the last value once the run is over)."""
    out = []
    for at in CURVE_AT:
        k = at * n / 100.0
        pts = [agr for d, agr in curve if d <= k]
        out.append(pts[-1] if pts else None)
    return out


def run_effort(sets, sizes, reps, seed: int, log=print, bundles_rev: str = HELD_OUT_BUNDLES, split_name: str = "test",
               fit_variant: str | None = None, no_bundle_only: bool = False, first: tuple[float, str] | None = None):
    """``split_name``: where the classes are drawn from ("test", or "train" for choices made before
    looking at test); ``fit_variant``: the assistant's model; ``no_bundle_only``: only the assistant
    without a bundle (the bundle is still read, for its prompt: the flags need it)."""
    import tempfile

    from grader_app.distill.asap import load_train, split_set
    from grader_app.scoring.model import Scorer

    df = load_train()
    rows = []
    tmp = tempfile.TemporaryDirectory(prefix="bench-bundles-")
    for s in sets:
        split = split_set(df, s)
        bundle = bundle_for(s, bundles_rev, Path(tmp.name))
        log(f"set {s}: bundle {bundle.id} from {bundles_rev}: {bundle.manifest['provenance'].get('data', '')[:160]}")
        scorer = None if no_bundle_only else Scorer(bundle)
        labels = labels_of(s)
        for size in sizes:
            drawn = classes_for(split, size, reps[size], seed + 1000 * s + size, split_name)
            for r, (texts, gold, source) in enumerate(drawn):
                without = simulate(texts, gold, labels, bundle.prompt, seed=seed + r, fit_variant=fit_variant,
                                   first=first)
                row = {"set": s, "size": size, "rep": r, "source": source, "seed": seed + r, "without": without}
                if scorer is None:
                    rows.append(row)
                    log(f"set {s:2d} n={size:3d} #{r} ({source}): without {per100(without, size)} "
                        f"[{without['seconds']:.0f}s, {without['fits']} fits]; took {without['taken']}, "
                        f"{without['taken_wrong']} wrong")
                    continue
                probs = scorer.predict_proba(texts).astype(np.float64)
                base = today(texts, gold, probs, bundle)
                # NB: the assistant reads its prior by arg-max (grader_app.learn.assistant), whatever the
                # bundle's decision rule: this column does not follow an expected-score rule yet
                with_b = simulate(texts, gold, labels, bundle.prompt, prior=probs, prior_threshold=bundle.threshold,
                                  seed=seed + r, fit_variant=fit_variant)
                row.update({"today": base, "with": with_b})
                rows.append(row)
                log(f"set {s:2d} n={size:3d} #{r} ({source}): today {per100(base, size)}; "
                    f"without {per100(without, size)} [{without['seconds']:.0f}s]; "
                    f"with bundle {per100(with_b, size)} [{with_b['seconds']:.0f}s]")
    tmp.cleanup()
    return rows


def per100(res: dict, n: int) -> str:
    return (f"{100 * res['decisions'] / n:5.1f} dec/100, {100 * res['agree']:5.1f} % agree, "
            f"{100 * res['auto'] / n:4.1f} % auto")


COLUMNS = {"today": ("today's app (bundle + review)", "today's app"), "without": ("assistant, no bundle",) * 2,
           "with": ("assistant + bundle",) * 2}


def summarise(rows, sets, sizes) -> list[str]:
    """Markdown tables: per set and size, means over the classes drawn (the columns the rows have)."""
    keys = [k for k in COLUMNS if rows and all(k in r for r in rows)]
    out = ["| set | class | drawn from | by hand | " + " | ".join(COLUMNS[k][0] for k in keys) + " |",
           "|---|---|---|---|" + "---|" * len(keys)]
    means = {}
    for s in sets:
        for size in sizes:
            rs = [r for r in rows if r["set"] == s and r["size"] == size]
            if not rs:
                continue
            cells = []
            for key in keys:
                d = np.mean([100 * r[key]["decisions"] / size for r in rs])
                rd = np.mean([100 * r[key]["read"] / size for r in rs])
                ag = np.mean([100 * r[key]["agree"] for r in rs])
                means.setdefault((size, key), []).append((d, rd, ag))
                cells.append(f"{d:.0f} dec ({rd:.0f} read), {ag:.1f} %")
            out.append(f"| {s} | {size} | {rs[0]['source']} ×{len(rs)} | 100 dec, 100 % | " + " | ".join(cells) + " |")
    out.append("")
    out.append("| class | by hand | " + " | ".join(COLUMNS[k][1] for k in keys) + " |")
    out.append("|---|---|" + "---|" * len(keys))
    for size in sizes:
        cells = []
        for key in keys:
            v = np.array(means.get((size, key), [(np.nan, np.nan, np.nan)]))
            cells.append(f"**{v[:, 0].mean():.0f}** dec/100 ({v[:, 1].mean():.0f} read), {v[:, 2].mean():.1f} %")
        out.append(f"| {size} (mean of sets) | 100 dec/100, 100 % | " + " | ".join(cells) + " |")
    return out


def means_line(rows, sets, sizes) -> list[str]:
    """Per column and class size: the mean over the sets of decisions per 100 (one decimal) and the
    lowest set's agreement (what a choice between the assistant's models is read from)."""
    out = []
    for key in COLUMNS:
        for size in sizes:
            per_set = [[r[key] for r in rows if r["set"] == s and r["size"] == size and key in r] for s in sets]
            per_set = [rs for rs in per_set if rs]
            if not per_set:
                continue
            dec = [np.mean([100 * x["decisions"] / size for x in rs]) for rs in per_set]
            agr = [np.mean([100 * x["agree"] for x in rs]) for rs in per_set]
            out.append(f"{key} n={size}: mean {np.mean(dec):.1f} dec/100 (sets " + " / ".join(f"{d:.1f}" for d in dec)
                       + f"), agreement mean {np.mean(agr):.2f} %, lowest set {min(agr):.2f} %")
    return out


TAKEN_FIELDS = ("set", "size", "rep", "seed", "decisions", "taken", "taken_wrong", "bound", "threshold")


def taken_records(rows, key: str = "without") -> list[dict]:
    """One record per simulated class (column ``key``): the answers the learned model took on its own at the end,
    how many of them are wrong against gold, and the bound its last fit claimed (``bound``: the Clopper–Pearson upper
    bound on the error of what it takes; empty where no threshold qualified)."""
    out = []
    for r in rows:
        res = r.get(key)
        if res is None:
            continue
        out.append({"set": r["set"], "size": r["size"], "rep": r["rep"], "seed": r.get("seed", ""),
                    "decisions": res["decisions"], "taken": res.get("taken", 0),
                    "taken_wrong": res.get("taken_wrong", 0), "bound": res.get("bound"),
                    "threshold": res.get("threshold")})
    return out


def write_taken(records, path: Path) -> Path:
    """The per-class records as CSV (``--taken-csv``)."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=TAKEN_FIELDS)
        w.writeheader()
        for rec in records:
            w.writerow({k: "" if rec.get(k) is None else rec[k] for k in TAKEN_FIELDS})
    return path


def read_taken(path: Path) -> list[dict]:
    """The records :func:`write_taken` wrote (numbers back as numbers; an empty bound or threshold as None)."""
    import csv

    out = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rec: dict = {k: int(row[k]) for k in ("set", "size", "rep", "decisions", "taken", "taken_wrong")}
            rec["seed"] = row.get("seed", "")
            rec.update({k: float(row[k]) if row.get(k) else None for k in ("bound", "threshold")})
            out.append(rec)
    return out


def binomial_interval(k: int, n: int, level: float = 0.95) -> tuple[float, float]:
    """Two-sided exact (Clopper–Pearson) interval for a share seen as ``k`` of ``n``."""
    from scipy import stats

    if n <= 0:
        return 0.0, 1.0
    a = (1.0 - level) / 2.0
    lo = float(stats.beta.ppf(a, k, n - k + 1)) if k > 0 else 0.0
    hi = float(stats.beta.ppf(1.0 - a, k + 1, n - k)) if k < n else 1.0
    return lo, hi


def taken_lines(records, target: float = 0.05) -> list[str]:
    """Per set and pooled: classes, classes where the model took answers, answers taken and wrong, the realised error
    of taken answers (95 % Clopper–Pearson interval), the mean bound claimed, and the classes where the realised error
    exceeds ``target`` (of those that took answers, with a 95 % interval; a class that took nothing cannot), beside the
    number expected if every class's true error were exactly ``target`` (a class taking 7 answers exceeds 5 % with one
    wrong answer, which a true 5 % gives 30 % of the time). The guarantee (error ≤ target at 90 % confidence) allows a
    class whose true error exceeds it in at most about one in ten."""
    from scipy import stats

    out = ["| set | classes | classes that took answers | answers taken | wrong | realised error (95 % interval) | "
           f"claimed bound (mean) | classes over {target:.0%} (95 % interval) | expected at a true {target:.0%} |",
           "|---|---|---|---|---|---|---|---|---|"]
    groups = sorted({r["set"] for r in records})
    for name, rs in [(str(s), [r for r in records if r["set"] == s]) for s in groups] + [("pooled", list(records))]:
        took = [r for r in rs if r["taken"] > 0]
        taken = sum(r["taken"] for r in took)
        wrong = sum(r["taken_wrong"] for r in took)
        over = sum(r["taken_wrong"] > target * r["taken"] for r in took)
        expected = sum(float(stats.binom.sf(np.floor(target * r["taken"]), r["taken"], target)) for r in took)
        bounds = [r["bound"] for r in took if r["bound"] is not None]
        elo, ehi = binomial_interval(wrong, taken)
        lo, hi = binomial_interval(over, len(took))
        err = f"{100 * wrong / taken:.1f} % ({100 * elo:.1f}–{100 * ehi:.1f})" if taken else "–"
        share = f"{over} of {len(took)} ({100 * lo:.0f}–{100 * hi:.0f} %)" if took else "–"
        mean_bound = f"{100 * np.mean(bounds):.1f} %" if bounds else "–"
        out.append(f"| {name} | {len(rs)} | {len(took)} | {taken} | {wrong} | {err} | {mean_bound} | {share} | "
                   f"{expected:.1f} |")
    return out


def curve_table(rows, sizes) -> list[str]:
    out = ["| class | bundle | " + " | ".join(f"{c}" for c in CURVE_AT) + " |",
           "|---|---|" + "---|" * len(CURVE_AT)]
    for size in sizes:
        for key, name in (("without", "no"), ("with", "yes")):
            rs = [r for r in rows if r["size"] == size and key in r]
            if not rs:
                continue
            pts = np.array([[np.nan if v is None else v for v in curve_points(r[key]["curve"], size)] for r in rs])
            cells = []
            for j in range(len(CURVE_AT)):
                col = pts[:, j]
                col = col[~np.isnan(col)]
                cells.append(f"{100 * col.mean():.1f}" if len(col) else "")
            out.append(f"| {size} | {name} | " + " | ".join(cells) + " |")
    return out


# --- the learned model's QWK ------------------------------------------------------------------

def run_qwk(sets, ns=(30, 100, 300), reps: int = 3, seed: int = 0, log=print):
    """A model learned from n marked answers (drawn from the set's train split) scored on the set's
    held-out test answers: QWK and exact agreement; plain TF-IDF + logistic regression alongside."""
    from grader_app.core.metrics import accuracy, quadratic_weighted_kappa
    from grader_app.distill.asap import load_train, split_set
    from grader_app.learn.from_sheet import RECIPE
    from grader_app.learn.marks_model import fit_marks

    fits = {"none": {}, "balanced": {"class_weight": "balanced"},
            "previous": {"class_weight": "auto", "offsets": True},   # grader learn before the ordinal model
            "auto": RECIPE}                                           # what grader learn fits
    df = load_train()
    rows = []
    for s in sets:
        split = split_set(df, s)
        labels = labels_of(s)
        test_texts = split.test.EssayText.tolist()
        test_gold = split.test.Score1.to_numpy()
        for n in ns:
            for r in range(reps):
                pick = np.random.default_rng(seed + 100 * s + r).choice(len(split.train), n, replace=False)
                tr = split.train.iloc[np.sort(pick)]
                texts = tr.EssayText.tolist() + test_texts
                marks = {i: int(v) for i, v in enumerate(tr.Score1)}
                if len(set(marks.values())) < 2:
                    continue
                res = {}
                for key, kw in fits.items():
                    t0 = time.perf_counter()
                    m = fit_marks(texts, marks, labels=labels, seed=seed, **kw)
                    pred = np.array(m.predicted_scores())[n:]
                    res[key] = (quadratic_weighted_kappa(test_gold, pred, labels), accuracy(test_gold, pred),
                                time.perf_counter() - t0, m.metrics.get("qwk"))
                res["tfidf"] = _tfidf_lr(tr.EssayText.tolist(), tr.Score1.to_numpy(), test_texts, test_gold, labels)
                rows.append({"set": s, "n": n, "rep": r, **res})
                log(f"qwk set {s} n={n} #{r}: " + ", ".join(f"{k} {v[0]:.3f}" for k, v in res.items()))
    return rows


def _tfidf_lr(tr_texts, tr_y, te_texts, te_y, labels):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    from grader_app.core.metrics import accuracy, quadratic_weighted_kappa
    from grader_app.text import normalise_many

    feats = FeatureUnion([
        ("w", TfidfVectorizer(token_pattern=r"[a-zA-Z0-9_]+", ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
        ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True))])
    m = make_pipeline(feats, LogisticRegression(C=10.0, max_iter=3000)).fit(normalise_many(tr_texts), tr_y)
    pred = m.predict(normalise_many(te_texts))
    return quadratic_weighted_kappa(te_y, pred, labels), accuracy(te_y, pred), 0.0, None


def qwk_table(rows, sets, ns) -> list[str]:
    out = ["| model, marks | " + " | ".join(f"set {s}" for s in sets) + " | mean QWK | mean exact agreement | "
           "mean fit |", "|---|" + "---|" * (len(sets) + 3)]
    for key, name in (("none", "learned (hashed LR; the assistant's model)"),
                      ("balanced", "learned, balanced class weights"),
                      ("previous", "learned, weighting by CV QWK + checked score offsets (grader learn before)"),
                      ("auto", "**grader learn**: ordinal model, balanced class weights + checked score offsets"),
                      ("tfidf", "plain TF-IDF + LR (C=10)")):
        for n in ns:
            vals, accs, secs = [], [], []
            for s in sets:
                v = [r[key][0] for r in rows if r["set"] == s and r["n"] == n]
                a = [r[key][1] for r in rows if r["set"] == s and r["n"] == n]
                vals.append(np.mean(v) if v else np.nan)
                accs.append(np.mean(a) if a else np.nan)
                secs += [r[key][2] for r in rows if r["set"] == s and r["n"] == n]
            fit = f"{np.mean(secs):.1f} s" if key != "tfidf" and secs else ""
            out.append(f"| {name}, {n} | " + " | ".join(f"{v:.3f}" for v in vals) +
                       f" | **{np.nanmean(vals):.3f}** | {100 * np.nanmean(accs):.1f} % | {fit} |")
    return out


def fit_time(log=print, fit_variant: str | None = None) -> float:
    """Seconds to learn from 75 marks of a class of 150 (set 1), median of 5 (after one warm-up), with
    the assistant's model (``fit_variant``; None: its default)."""
    from grader_app.distill.asap import load_train, split_set
    from grader_app.learn.fit_job import DEFAULT_FIT, FIT_VARIANTS
    from grader_app.learn.marks_model import fit_marks

    kw = FIT_VARIANTS[fit_variant or DEFAULT_FIT]
    split = split_set(load_train(), 1)
    texts = split.test.EssayText.tolist()[:150]
    gold = split.test.Score1.to_numpy()[:150]
    marks = {i: int(gold[i]) for i in range(0, 150, 2)}
    fit_marks(texts, marks, labels=[0, 1, 2, 3], **kw)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        fit_marks(texts, marks, labels=[0, 1, 2, 3], **kw)
        times.append(time.perf_counter() - t0)
    med = float(np.median(times))
    log(f"fit_marks on a class of 150 with 75 marks (features included): median {1000 * med:.0f} ms")
    return med


VARIANT_WORDS = {"plain": "one weight vector per score, no class weights",
                 "ordinal": "the adjacent-category ordinal model, no class weights",
                 "ordinal-balanced": "the adjacent-category ordinal model, balanced class weights"}


def main(argv=None) -> int:
    from grader_app.learn.fit_job import DEFAULT_FIT, FIT_VARIANTS

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sets", default=",".join(map(str, SETS)))
    p.add_argument("--sizes", default=",".join(map(str, SIZES)))
    p.add_argument("--reps", default=None, help="classes per size, e.g. 30:4,100:3,300:2")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--skip-effort", action="store_true")
    p.add_argument("--skip-qwk", action="store_true")
    p.add_argument("--write-doc", action="store_true", help="write docs/effort.md")
    p.add_argument("--bundles-from-commit", default=HELD_OUT_BUNDLES, metavar="REV",
                   help=f"take the science bundles from this commit (git show REV:model_bundles/...; default "
                        f"{HELD_OUT_BUNDLES}, the last ones fitted without the test split); '{WORKTREE}' uses "
                        "model_bundles/ as it is")
    p.add_argument("--split", choices=("test", "train"), default="test",
                   help="draw the classes from the held-out test split (default) or from the training split "
                        "(for choices made before looking at test; the held-out bundles were fitted on train, so "
                        "use --no-bundle-only there)")
    p.add_argument("--assistant-fit", choices=tuple(FIT_VARIANTS), default=None,
                   help=f"the model the assistant learns from the marks (default: the assistant's, {DEFAULT_FIT})")
    p.add_argument("--no-bundle-only", action="store_true",
                   help="run only the assistant without a bundle (no today's-app or assistant + bundle columns)")
    p.add_argument("--summarise-taken", nargs="+", type=Path, default=None, metavar="CSV",
                   help="print the table of --taken-csv for these files together (written by earlier runs), and stop")
    p.add_argument("--taken-csv", type=Path, default=None, metavar="PATH",
                   help="write one row per class (assistant without a bundle): the answers its learned model took, "
                        "how many of them are wrong against gold and the bound it claimed; and print the realised "
                        "error of taken answers per set")
    p.add_argument("--teacher-first", default=None, metavar="SHARE:ORIGIN",
                   help="before following the assistant, the teacher marks this share of the class herself, the "
                        "shortest answers first, recorded as ORIGIN: own, or unknown (as before Grader kept why each "
                        "answer was marked), e.g. 0.3:own (docs/effort.md, 'Is the guarantee kept ...')")
    args = p.parse_args(argv)
    first = None
    if args.teacher_first:
        share, _, origin = args.teacher_first.partition(":")
        if origin not in ("own", "unknown"):
            raise BenchError(f"--teacher-first {args.teacher_first}: say SHARE:own or SHARE:unknown")
        first = (float(share), "" if origin == "unknown" else origin)
    if args.summarise_taken:
        print("\n".join(taken_lines([rec for path in args.summarise_taken for rec in read_taken(path)])))
        return 0
    if args.write_doc and (args.split != "test" or args.no_bundle_only):
        raise BenchError("--write-doc writes the test split's full figures into docs/effort.md; "
                         "not with --split train or --no-bundle-only")
    rev = args.bundles_from_commit
    rev_id = resolve_rev(rev) if not args.skip_effort else rev
    sets = [int(x) for x in args.sets.split(",")]
    sizes = [int(x) for x in args.sizes.split(",")]
    reps = dict(REPS)
    if args.reps:
        reps.update({int(k): int(v) for k, v in (kv.split(":") for kv in args.reps.split(","))})
    t0 = time.perf_counter()
    given = sys.argv[1:] if argv is None else list(argv)
    cmd = "OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_effort.py" + (" " + " ".join(given) if given else "")
    lines: list[str] = [f"Measured with `{cmd}` on {time.strftime('%Y-%m-%d')} (one thread)."]
    variant = args.assistant_fit or DEFAULT_FIT
    secs = fit_time(fit_variant=variant)
    lines += ["", f"The assistant's model: `{variant}` ({VARIANT_WORDS.get(variant, variant)}). Learning from 75 "
              f"marks of a class of 150 (hashed features included): **{1000 * secs:.0f} ms** (median of 5, set 1)."]
    if not args.skip_effort:
        rows = run_effort(sets, sizes, reps, args.seed, bundles_rev=rev, split_name=args.split,
                          fit_variant=args.assistant_fit, no_bundle_only=args.no_bundle_only, first=first)
        table = summarise(rows, sets, sizes)
        curve = curve_table(rows, sizes)
        print("\n".join(table))
        print()
        for line in means_line(rows, sets, sizes):
            print(line)
        print()
        print("Agreement (%) after d decisions per 100 answers (the model's scores for the rest):")
        print("\n".join(curve))
        if args.taken_csv is not None:
            records = taken_records(rows)
            write_taken(records, args.taken_csv)
            print()
            print("What the learned model took on its own (assistant without a bundle), per class in", args.taken_csv)
            print("\n".join(taken_lines(records)))
        drawn = ", ".join(f"{reps[z]} of {z}" for z in sizes)
        where = ("`model_bundles/` as it is (the shipped science bundles were fitted on the test split too: "
                 "not held out)" if rev == WORKTREE else
                 f"commit {rev} ({rev_id}), taken with `git show {rev}:model_bundles/asap-sas-N.gradebundle`")
        if not args.no_bundle_only:
            lines += ["", f"Bundles in the bundle columns: {where}."]
        lines += ["", f"### Teacher's decisions per 100 answers and final exact agreement with gold "
                  f"(classes per set: {drawn})", "", *table, "",
                  "### Agreement (%) after d decisions per 100 answers, if the teacher stopped there and took the "
                  "model's scores for the rest", "", *curve]
    if not args.skip_qwk:
        qrows = run_qwk(sets)
        qt = qwk_table(qrows, sets, (30, 100, 300))
        print("\n".join(qt))
        lines += ["", "### QWK on the set's held-out test answers of a model learned from n marked answers "
                  "(drawn from train, 3 draws each)", "", *qt]
    lines += ["", f"Whole run: {time.perf_counter() - t0:.0f} s."]
    if args.write_doc:
        write_doc(lines)
    return 0


BEGIN, END = "<!-- bench_effort: begin (written by scripts/bench_effort.py) -->", "<!-- bench_effort: end -->"


def write_doc(lines: list[str]) -> Path:
    """Replace the measured part of docs/effort.md (between the markers), keeping the prose around it."""
    doc = Path(__file__).resolve().parents[1] / "docs" / "effort.md"
    block = BEGIN + "\n" + "\n".join(lines) + "\n" + END
    if doc.exists() and BEGIN in doc.read_text(encoding="utf-8"):
        text = doc.read_text(encoding="utf-8")
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1] if END in rest else ""
        doc.write_text(head + block + tail, encoding="utf-8")
    else:
        doc.write_text("# How much marking the assistant saves\n\n" + block + "\n", encoding="utf-8")
    print(f"wrote {doc}")
    return doc


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        print(exc.message, file=sys.stderr)
        sys.exit(exc.code)
