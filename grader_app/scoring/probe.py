"""Running a bundle's model once before trusting it (``grader verify``, adding a bundle to the library).

Reading a bundle checks its files; only running the model shows what it really gives. The graph may
declare its output as ``["N", "K"]`` (skl2onnx does), so the width is checked on the output itself,
and every row must be a probability distribution (``outputs.valid_rows``). The texts are a few test
answers, the empty one included, normalised as the app would.

The run happens in a child process, not in the app: a hostile or broken graph can loop for ever or
ask for gigabytes in one node. The child gets a hard address-space limit (``RLIMIT_AS``; on
Windows, where there is none, only the time limits hold). Each of its two runs has a time limit of its own
(``run_limit.PROBE_SECONDS``, 85 times the slowest shipped model's, ``scoring.run_limit`` says why), past which the
child ends it and says so; the model is refused in one sentence naming its file. One node that computes past it (which
onnxruntime cannot end) is for the parent's time limit on the whole child (``PROBE_TIMEOUT``), which kills it.
It is this same program started again with a hidden first argument (``PROBE_FLAG``), so it works
from source (``python -m grader_app``) and from the frozen app alike; the model bytes go through
its stdin and one JSON line comes back on its stdout.

The child runs the model as the scorer does (``runtime.new_session``: within the app's memory budget,
``runtime.RUN_MEMORY``) and on what the scorer gives it: after the six test answers, a batch of the scorer's size
(``runtime.BATCH``) of answers up to a few thousand characters long. A graph whose memory grows with the batch or with
the answers' length asks for it here, and is refused before it is added (QA s51b, finding 9: N³·K zeros passed six
answers at 3.5 MB and asked 4 GB for the scorer's 64). The budget holds in the app's process too, so what the probe
cannot foresee (a model that waits for a word, a class of a certain size) is refused there, in one sentence.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from ..bundles.errors import BundleError
from ..bundles.manifest import unknown_normalisation
from . import run_limit
from .outputs import check_shape, valid_rows
from .run_limit import TooLong, run_within
from .runtime import BATCH, RUN_MEMORY, new_session, over_budget

PROBE_FLAG = "--probe-model"
PROBE_TEXTS = (
    "",
    "a",
    "Ice floats because it is less dense than water; the molecules form an open lattice.",
    "??? 42 !!! ... ---",
    "Réponse en français, 学生的回答, ответ ученика 🙂",
    " ".join(["a longer answer that goes on and on about the experiment"] * 40),
)
PROBE_TIMEOUT = 20.0             # seconds, the child's start (~0.5-1 s to load onnxruntime) and both runs included
BASE_MEMORY = RUN_MEMORY + (512 << 20)   # address space: Python, NumPy, onnxruntime (~0.2 GB measured), then the budget
MEMORY_PER_MODEL_BYTE = 4        # plus room to hold and load the model itself
MAX_VALUES_BACK = 10_000         # the child sends the values only when the output is this small
RESULT_MARK = "grader-probe-result "


LONGEST = 5_000                  # characters of the batch's longest test answer (real ones: a few hundred)
_WORDS = ("the cell membrane lets water through by osmosis while active transport pumps ions against the gradient "
          "using energy from ATP, and diffusion moves molecules from high to low concentration").split()


def probe_batch(n: int = BATCH, longest: int = LONGEST) -> list[str]:
    """``n`` test answers as a class of a scorer's batch might hold, the i-th about ``longest`` · (i + 1) / ``n``
    characters long, each its own words (a graph may count the different ones)."""
    out = []
    for i in range(n):
        words, size, j = [], 0, 0
        while size < longest * (i + 1) // n:
            word = _WORDS[(i + j) % len(_WORDS)] + ("" if j % 7 else str(i + j))
            words.append(word)
            size += len(word) + 1
            j += 1
        out.append(" ".join(words))
    return out


def memory_cap(model_bytes: bytes) -> int:
    return BASE_MEMORY + MEMORY_PER_MODEL_BYTE * len(model_bytes)


def probe_bundle(bundle, timeout: float = PROBE_TIMEOUT, memory_bytes: int | None = None,
                 run_seconds: float | None = None) -> np.ndarray:
    """Run the bundle's model once on ``PROBE_TEXTS`` in a capped child process; return its output.

    Raises BundleError with one sentence if the model cannot be loaded, fails, runs past ``run_seconds``
    (``run_limit.PROBE_SECONDS`` unless given) on either of its runs or the child past ``timeout`` seconds in all,
    needs more than ``memory_bytes`` of address space, gives an output whose shape is not [answers, labels], or gives a
    row that is not a probability distribution.
    """
    from ..text import get_normaliser

    name = bundle.path.name if bundle.path is not None else bundle.id
    try:
        normalise = get_normaliser(bundle.manifest["normalisation"])
    except ValueError:
        raise unknown_normalisation(name, bundle.manifest["normalisation"]) from None
    texts = [normalise(t) for t in PROBE_TEXTS]
    batch = [normalise(t) for t in probe_batch()]
    cap = memory_bytes if memory_bytes is not None else memory_cap(bundle.model_bytes)
    seconds = run_limit.PROBE_SECONDS if run_seconds is None else float(run_seconds)
    request = json.dumps({"texts": texts, "batch": batch, "seconds": seconds}).encode("utf-8")
    payload = len(request).to_bytes(8, "little") + request + bundle.model_bytes
    cmd = _child_command() + [str(int(cap)), str(int(math.ceil(timeout)) + 1)]
    try:
        proc = subprocess.run(cmd, input=payload, capture_output=True, timeout=timeout, env=_child_env(),
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except subprocess.TimeoutExpired:   # one node computing past the run's limit (or a child that never started)
        raise BundleError.said("bundle.probe_slow", name=name, seconds=f"{timeout:g}") from None
    except OSError as exc:
        raise BundleError.said("bundle.probe_not_started", name=name, detail=exc.strerror or str(exc)) from None
    result = _result_line(proc.stdout)
    if result is None:
        raise BundleError.said("bundle.probe_crashed", name=name, mb=round(cap / (1 << 20)))
    if not result.get("ok"):
        kind, message = result.get("kind"), str(result.get("message", ""))[:200]
        if kind == "memory":
            raise BundleError.said("bundle.probe_memory", name=name, mb=RUN_MEMORY >> 20)
        if kind == "slow":
            raise BundleError.said("bundle.probe_slow", name=name, seconds=f"{seconds:g}")
        if kind == "load":
            raise BundleError.said("bundle.probe_unloadable", name=name, detail=message)
        raise BundleError.said("bundle.probe_failed", name=name, detail=message)
    probs = _checked(result, texts, len(bundle.labels), name)
    _checked(result["batch"], batch, len(bundle.labels), name, long=True)
    return probs


def _checked(result: dict, texts: list[str], k: int, name: str, long: bool = False) -> np.ndarray:
    """One run's output (the child's ``shape``, ``dtype``, ``values``) as [len(texts), k] probabilities; BundleError if
    it is not that, naming the bundle file ``name`` (and the test answer, ``long`` for the batch of long ones)."""
    shape = tuple(int(d) for d in result["shape"])
    check_shape(shape, len(texts), k, name)
    if result.get("values") is None:
        raise BundleError.said("bundle.probe_not_numbers", name=name, dtype=str(result.get("dtype")))
    probs = np.array(result["values"], dtype=np.float64).reshape(shape)
    ok = valid_rows(probs)
    if not ok.all():
        i = int(np.flatnonzero(~ok)[0])
        if texts[i] == "":
            raise BundleError.said("bundle.probe_not_probabilities_empty", name=name)
        raise BundleError.said("bundle.probe_not_probabilities_long" if long else "bundle.probe_not_probabilities",
                               name=name, answer=i + 1, answers=len(texts))
    return probs


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):   # the frozen app: its own executable is the program
        return [sys.executable, PROBE_FLAG]
    return [sys.executable, "-m", "grader_app", PROBE_FLAG]


def _child_env() -> dict:
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = "1"
    if not getattr(sys, "frozen", False):   # the child must import this very package
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _result_line(stdout: bytes) -> dict | None:
    for line in reversed(stdout.decode("utf-8", "replace").splitlines()):
        if line.startswith(RESULT_MARK):
            try:
                out = json.loads(line[len(RESULT_MARK):])
            except ValueError:
                return None
            return out if isinstance(out, dict) else None
    return None


# ----- the child -------------------------------------------------------------------------------------------
def child_main(argv: Sequence[str]) -> int:
    """``grader --probe-model MEMORY_BYTES CPU_SECONDS``: run the model on stdin once and print one JSON line.

    The limits are set first, before the model is read or onnxruntime is loaded.
    """
    try:
        memory, cpu = int(argv[0]), int(argv[1])
    except (IndexError, ValueError):
        return 2
    _limit(memory, cpu)
    try:
        data = sys.stdin.buffer.read()
        n = int.from_bytes(data[:8], "little")
        request = json.loads(data[8:8 + n].decode("utf-8"))
        texts, batch = request["texts"], request.get("batch", [])
        seconds = float(request.get("seconds", run_limit.PROBE_SECONDS))
        model = data[8 + n:]
        del data
    except (ValueError, KeyError, TypeError, MemoryError):
        return 2
    _emit(_run(model, texts, batch, seconds))
    return 0   # a run given up that still computes is not waited for (grader_app.__main__)


def _limit(memory: int, cpu: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit is the only cap
        return
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu)):
        try:
            _, hard = resource.getrlimit(which)
            resource.setrlimit(which, (value if hard == resource.RLIM_INFINITY else min(value, hard), hard))
        except (ValueError, OSError):
            pass


def _run(model: bytes, texts: list, batch: list, seconds: float = run_limit.PROBE_SECONDS) -> dict:
    """The six test answers' output, with the batch's under ``batch``, or the first failure; each run within
    ``seconds``."""
    try:
        from .model import ort  # onnxruntime, loaded the way the app loads it

        try:
            session = new_session(ort, model)   # as the scorer makes a session for a model of the teacher's: in the budget
        except Exception as exc:
            return _failure("load", exc)
        results = []
        for run in (texts, batch):
            try:
                (out,) = run_within(ort, session, ["probabilities"], {"text": np.array(run, dtype=object)}, seconds)
            except TooLong:
                return {"ok": False, "kind": "slow", "message": f"past {seconds:g} s"}
            except Exception as exc:
                return _failure("run", exc)
            arr = np.asarray(out)
            result = {"ok": True, "shape": list(arr.shape), "dtype": str(arr.dtype), "values": None}
            if arr.dtype.kind in "fiub" and arr.size <= MAX_VALUES_BACK:
                result["values"] = arr.astype(np.float64).ravel().tolist()
            results.append(result)
        return {**results[0], "batch": results[1]}
    except MemoryError:
        return {"ok": False, "kind": "memory", "message": "out of memory"}


def _failure(stage: str, exc: BaseException) -> dict:
    """A failed load or run as the child reports it: a refusal of memory as such (what the budget's arena or the
    system says when it refuses, :func:`~.runtime.over_budget`), else the stage it failed at. Not any error whose text
    says "memory" or "alloc": onnxruntime names the node that failed, and a model's own names say what they like (a
    Gather in an attention's "memory_layer" that failed on a test answer was said to ask for more than 512 MB)."""
    text = str(exc).strip().splitlines()
    message = text[0][:300] if text else type(exc).__name__
    return {"ok": False, "kind": "memory" if over_budget(exc) else stage, "message": message}


def _emit(result: dict) -> None:
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    sys.stdout.flush()
