"""A teacher run's state at the end of each epoch, so that a run that is stopped (a session that ends, a reboot)
goes on from its last finished epoch instead of starting over: a fold of mpnet takes 35-70 minutes on this
machine, and its job is only marked done at the end.

``resume.pt`` in the run's folder holds the weights, the optimiser and schedule, both random generators (the
batches' order and dropout), the figures of the epochs so far and a fingerprint of what the run was asked to do;
a run asked something else (another learning rate, other answers) ignores it and starts over. It is written
atomically after every epoch but the last and removed when the run finishes. It is read with
``torch.load(weights_only=True)``: tensors and plain values only, nothing that could run code.

When the run finishes, ``finished.json`` takes its place: the fingerprint of the finished run. A job stopped
after its teacher was trained but before the teacher labelled its answers (a fold's predictions take minutes)
then finds the trained teacher and does not train it again.
Developer side only (torch), like the rest of ``grader_app.distill``'s teacher.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable

RESUME = "resume.pt"
FINISHED = "finished.json"

__all__ = ["FINISHED", "RESUME", "clear", "fingerprint", "is_finished", "load", "mark_finished", "restore", "save"]


def fingerprint(config: dict, labels: list, train_texts: list[str], valid_texts: list[str], init: str) -> str:
    """What the run was asked to do; the thread count is left out (it does not change what is learned)."""
    import hashlib

    asked = {k: v for k, v in config.items() if k != "threads"}
    answers = hashlib.sha256("\x00".join(train_texts + ["\x01"] + valid_texts).encode("utf-8")).hexdigest()
    return json.dumps({"config": asked, "labels": [str(v) for v in labels], "answers": answers, "init": init},
                      sort_keys=True, default=str)


def save(out: Path, torch: Any, *, fingerprint: str, epoch: int, step: int, best: float, seconds: float,
         meta: dict, model: Any, optimizer: Any, scheduler: Any, rng: Any) -> None:
    state = {"fingerprint": fingerprint, "epoch": epoch, "step": step, "best": best, "seconds": seconds,
             "meta": meta, "model": model.state_dict(), "optimizer": optimizer.state_dict(),
             "scheduler": scheduler.state_dict(), "numpy_rng": rng.bit_generator.state,
             "torch_rng": torch.get_rng_state()}
    tmp = out / f".{RESUME}.{os.getpid()}.tmp"
    torch.save(state, tmp)
    os.replace(tmp, out / RESUME)


def load(out: Path, torch: Any, fingerprint: str, log: Callable[[str], None]) -> dict | None:
    """The state saved by :func:`save` for this very run, or None (none, unreadable, or another run's)."""
    path = out / RESUME
    if not path.is_file():
        return None
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # a half-written or damaged file: the run starts over
        log(f"{path.name} could not be read ({type(exc).__name__}); starting over")
        return None
    if not isinstance(state, dict) or state.get("fingerprint") != fingerprint:
        log(f"{path.name} belongs to a run asked something else; starting over")
        return None
    return state


def restore(state: dict, torch: Any, model: Any, optimizer: Any, scheduler: Any, rng: Any) -> None:
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    rng.bit_generator.state = state["numpy_rng"]
    torch.set_rng_state(state["torch_rng"])


def clear(out: Path) -> None:
    (out / RESUME).unlink(missing_ok=True)


def mark_finished(out: Path, fingerprint: str) -> None:
    """Record, atomically, that the run asked ``fingerprint`` finished and saved its teacher in ``out``."""
    tmp = out / f".{FINISHED}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
    os.replace(tmp, out / FINISHED)


def is_finished(out: Path, fingerprint: str) -> bool:
    """Whether this very run already finished in ``out`` (a run asked something else, or a damaged mark, is not)."""
    try:
        mark = json.loads((out / FINISHED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(mark, dict) and mark.get("fingerprint") == fingerprint
