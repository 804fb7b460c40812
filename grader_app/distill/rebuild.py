"""``grader-distill rebuild``: every shipped ASAP-SAS bundle from ../shared/data in one command.

Per essay set (science sets 1, 2, 5, 6, 10 first): the TF-IDF + LR baseline bundle (reused if
already built), the teacher (a finished ``runs/teacher-N-seed1`` run is reused; a missing one is
fine-tuned for the sets in ``--teacher-sets``; every set also gets the cheap ``tfidf-lr`` member,
so the teacher is an ensemble), soft labels, the student sweep, the evaluation on TEST, and the
decision: ``model_bundles/asap-sas-N.gradebundle`` is replaced only when the KD student beats the
current bundle on VALID (both scored by the app's Scorer; the test split is never used to decide).
Finally ``docs/distillation.md`` is written (:mod:`grader_app.distill.report`).

Each finished step is recorded in ``runs/rebuild/state.json``; an interrupted rebuild resumes from
there (``--fresh`` starts over).
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path


from .asap import ALL_SETS, SCIENCE_SETS

STEPS = ("baseline", "teacher", "labels", "student", "evaluate", "install")


def ordered_sets(sets) -> list[int]:
    sets = list(dict.fromkeys(int(s) for s in sets))
    return [s for s in sets if s in SCIENCE_SETS] + [s for s in sets if s not in SCIENCE_SETS]


class State:
    """``runs/rebuild/state.json``: per set, the steps done and their seconds."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"sets": {}}

    def done(self, s: int, step: str) -> bool:
        return step in self.data["sets"].get(str(s), {}).get("done", {})

    def get(self, s: int, step: str):
        return self.data["sets"].get(str(s), {}).get("done", {}).get(step)

    def forget(self, s: int, steps) -> None:
        """Drop these finished steps of set ``s`` (their inputs changed), on disk too."""
        done = self.data["sets"].get(str(s), {}).get("done", {})
        for step in steps:
            done.pop(step, None)
        self._write()

    def mark(self, s: int, step: str, info: dict) -> None:
        if self.path.is_file():  # another rebuild (other sets) may have written meanwhile: merge
            on_disk = json.loads(self.path.read_text(encoding="utf-8"))
            on_disk["sets"][str(s)] = self.data["sets"].get(str(s), {"done": {}})
            self.data = on_disk
        self.data["sets"].setdefault(str(s), {"done": {}})["done"][step] = info
        self._write()

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=2, default=float), encoding="utf-8")
        tmp.replace(self.path)


def finished_teachers(runs: Path, essay_set: int) -> list[str]:
    """The fine-tuned teacher runs of a set that finished (``runs/teacher-N-seed*/teacher.json``)."""
    found = [p.parent for p in Path(runs).glob(f"teacher-{essay_set}-seed*/teacher.json")]
    return [str(p) for p in sorted(found, key=lambda p: (len(p.name), p.name))]


def _is_baseline(path: Path) -> bool:
    from ..bundles import BundleError, read_bundle
    from .baseline import TEACHER_NONE

    try:
        return path.is_file() and read_bundle(path).manifest["provenance"].get("teacher") == TEACHER_NONE
    except BundleError:
        return False


def valid_qwk_of_bundle(path: Path, essay_set: int) -> float:
    """QWK of a bundle on the set's VALID split through the app's Scorer (for the replace decision)."""
    from ..bundles import read_bundle
    from ..core.metrics import quadratic_weighted_kappa
    from ..scoring import Scorer
    from . import asap

    b = read_bundle(path)
    v = asap.split_set(asap.load_train(), essay_set).valid
    probs = Scorer(b, threads=1).predict_proba(v["EssayText"].tolist())
    pred = [b.labels[i] for i in probs.argmax(1)]
    return quadratic_weighted_kappa(v["Score1"].tolist(), pred, labels=b.labels)


def finalise_kd_bundle(student_bundle: Path, ev: dict, valid_metrics: dict, dest: Path) -> Path:
    """Copy the KD bundle with the TEST figures (student, teacher, human-human) in its metrics."""
    from ..bundles import read_bundle
    from .bundling import write_item_bundle

    b = read_bundle(student_bundle)
    m = dict(b.manifest)
    m.pop("sha256", None)
    rows = ev["rows"]

    def pick(row):
        return {k: row[k] for k in ("qwk", "accuracy", "macro_f1", "n")}
    metrics = {"split": "test (fixed seeded split of train_rel_2.tsv, never used for training or selection)",
               "student": pick(rows["kd"]), "validation": valid_metrics,
               "human_human_qwk": ev["human_human_qwk"]}
    if "teacher" in rows:
        metrics["teacher"] = dict(pick(rows["teacher"]), model=rows["teacher"]["model"])
    if "hard" in rows:
        metrics["hard_label_student"] = pick(rows["hard"])
    if "baseline" in rows:
        metrics["baseline"] = pick(rows["baseline"])
    m["metrics"] = metrics
    return write_item_bundle(dest, m, b.model_bytes)


def rebuild(sets=ALL_SETS, runs_dir="runs", bundles_dir="model_bundles", docs="docs/distillation.md",
            teacher_sets=SCIENCE_SETS, teacher_epochs: int = 3, quick: bool = False, fresh: bool = False,
            student_sets=ALL_SETS, log=print) -> dict:
    from tqdm import tqdm

    from . import asap
    from .baseline import build_set
    from .bundling import asap_bundle_id
    from .common import progress_bar
    from .evaluate import evaluate_set
    from .softlabels import LR_MEMBER, label_set
    from .student import train_student_for_set
    from .teacher import TeacherConfig, TeacherMeta, train_teacher_for_set

    runs = Path(runs_dir)
    root = runs / "rebuild"
    if fresh and root.exists():
        shutil.rmtree(root)
    state = State(root / "state.json")
    bundles = Path(bundles_dir)
    df = asap.load_train()
    order = ordered_sets(sets)
    t_all = time.time()
    bar = progress_bar(len(order) * len(STEPS), "rebuild")
    for s in order:
        d = root / f"set-{s}"
        d.mkdir(parents=True, exist_ok=True)
        bid = asap_bundle_id(s)

        def step(name, fn):
            if state.done(s, name):
                log(f"set {s}: {name} already done (resuming)")
                bar.update()
                return state.get(s, name)
            t = time.time()
            info = fn() or {}
            info["seconds"] = round(time.time() - t, 1)
            state.mark(s, name, info)
            log(f"set {s}: {name} done in {tqdm.format_interval(info['seconds'])}")
            bar.update()
            return info

        def do_baseline():
            target = runs / "baseline" / f"{bid}.gradebundle"
            shipped = bundles / f"{bid}.gradebundle"
            if not target.is_file() and _is_baseline(shipped):
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(shipped, target)  # the shipped baseline is the reference
            if not target.is_file():
                build_set(df, s, runs / "baseline", show_progress=False)
            return {"path": str(target)}
        base = step("baseline", do_baseline)

        if s not in student_sets:  # baseline only: evaluate it and keep it shipped
            step("evaluate", lambda: {"eval": evaluate_set(s, d / "student", [], base["path"],
                                                            str(d / "eval.json"), log=log)})

            def keep_baseline():
                dest = bundles / f"{bid}.gradebundle"
                if not dest.is_file():
                    bundles.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(base["path"], dest)
                return {"replaced": False, "current": dest.name, "note": "no student built for this set"}
            step("install", keep_baseline)
            bar.update(3)
            continue

        # a teacher run finished since this set's teacher step (another seed, say): redo from there
        recorded = state.get(s, "teacher")
        if recorded is not None and [m for m in recorded["members"] if m != LR_MEMBER] != finished_teachers(runs, s):
            log(f"set {s}: the finished teacher runs changed; redoing its teacher, labels, student, evaluate, install")
            state.forget(s, STEPS[STEPS.index("teacher"):])

        def do_teacher():
            members = finished_teachers(runs, s)
            if not members and s in teacher_sets:
                tdir = runs / f"teacher-{s}-seed1"
                train_teacher_for_set(s, tdir, TeacherConfig(epochs=teacher_epochs, max_length=96, threads=2),
                                      log=log)
                members.append(str(tdir))
            members.append(LR_MEMBER)
            meta = [TeacherMeta.load(Path(m)).valid for m in members if m != LR_MEMBER]
            return {"members": members, "valid": meta}
        teach = step("teacher", do_teacher)
        members = teach["members"]
        note = "ensemble (mean of probabilities) of " + " and ".join(
            "all-MiniLM-L6-v2 fine-tuned on the train split" if m != LR_MEMBER else
            "word+char TF-IDF logistic regression (out-of-fold on train)" for m in members)

        def do_labels():
            path = label_set(s, members, d / "soft.csv", threads=2, log=log, choose_on_valid=True)
            return {"path": str(path), **json.loads(Path(str(path) + ".teacher.json").read_text())}
        lab = step("labels", do_labels)
        used = lab.get("chosen", members)
        note = "chosen on valid among the members and their mean: " + " and ".join(
            "all-MiniLM-L6-v2 fine-tuned on the train split" if m != LR_MEMBER else
            "word+char TF-IDF logistic regression (out-of-fold on train)" for m in used)
        st = step("student", lambda: {"summary": train_student_for_set(s, d / "soft.csv", d / "student",
                                                                       quick=quick, teacher_note=note, log=log)})
        ev = step("evaluate", lambda: {"eval": evaluate_set(s, d / "student", members, base["path"],
                                                            str(d / "eval.json"), log=log, teacher_used=used)})

        def do_install():
            kd = d / "student" / "student-kd.gradebundle"
            final = finalise_kd_bundle(kd, ev["eval"], {"qwk": st["summary"]["chosen"]["valid_qwk"],
                                                        "accuracy": st["summary"]["chosen"]["valid_accuracy"]},
                                       d / f"{bid}-kd.gradebundle")
            current = bundles / f"{bid}.gradebundle"
            if not current.is_file() and Path(base["path"]).is_file():
                current = Path(base["path"])  # nothing shipped yet: the baseline is what would ship
            kd_q = valid_qwk_of_bundle(final, s)
            cur_q = valid_qwk_of_bundle(current, s) if current.is_file() else float("-inf")
            replaced = kd_q > cur_q
            if replaced:
                bundles.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(final, bundles / f"{bid}.gradebundle")
            elif current != bundles / f"{bid}.gradebundle" and current.is_file():
                shutil.copyfile(current, bundles / f"{bid}.gradebundle")
            log(f"set {s}: KD student valid QWK {kd_q:.4f} vs current {cur_q:.4f} → "
                f"{'replaced' if replaced else 'kept'} {bid}.gradebundle")
            return {"kd_valid_qwk": kd_q, "current_valid_qwk": cur_q, "replaced": replaced,
                    "current": current.name}
        step("install", do_install)
    bar.close()
    total = time.time() - t_all
    from .report import write_report

    write_report(state, root, docs, total_seconds=total, bundles=bundles)
    log(f"rebuild finished in {tqdm.format_interval(total)}; report: {docs}")
    return state.data


def add_parser(subparsers) -> None:
    """``grader-distill rebuild``."""
    from .common import parse_sets

    p = subparsers.add_parser("rebuild", help="rebuild every shipped ASAP-SAS bundle and the report (resumable)",
                              description="Baseline, teacher, soft labels, student, evaluation and install per "
                                          "essay set (science sets first), then docs/distillation.md. Resumes "
                                          "from runs/rebuild/state.json.")
    p.add_argument("--sets", type=parse_sets, default=list(ALL_SETS), metavar="1,2,...")
    p.add_argument("--teacher-sets", type=parse_sets, default=list(SCIENCE_SETS), metavar="1,2,...",
                   help="sets whose missing MiniLM teacher is fine-tuned (others use the tfidf-lr teacher only)")
    p.add_argument("--teacher-epochs", type=int, default=3)
    p.add_argument("--student-sets", type=parse_sets, default=list(ALL_SETS), metavar="1,2,...",
                   help="sets that get a distilled student (the others keep and report the baseline)")
    p.add_argument("--quick", action="store_true", help="a small student sweep")
    p.add_argument("--fresh", action="store_true", help="forget the saved state and start over")
    p.add_argument("--runs", default="runs")
    p.add_argument("--bundles", default="model_bundles")
    p.add_argument("--docs", default="docs/distillation.md")

    def run(args) -> int:
        from .common import DistillError, resolve_data_dir
        from .export import ExportError
        from .softlabels import SoftLabelError
        from .teacher import TeacherError

        resolve_data_dir(None)
        try:
            rebuild(args.sets, args.runs, args.bundles, args.docs, teacher_sets=args.teacher_sets,
                    teacher_epochs=args.teacher_epochs, quick=args.quick, fresh=args.fresh,
                    student_sets=args.student_sets)
        except (SoftLabelError, ExportError, TeacherError) as exc:
            raise DistillError(str(exc)) from None
        return 0
    p.set_defaults(func=run)
