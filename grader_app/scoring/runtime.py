"""Loading onnxruntime, the one place the app imports it, and the sessions that run the app's models within a budget.

``grader_app/__init__.py`` sets ``ORT_DISABLE_TELEMETRY`` before anything of Grader runs, so this
import (always after the package's) loads onnxruntime with its telemetry off.

A bundle's graph decides how much memory a run asks for, and a hostile one can ask for gigabytes at the sizes the
scorer uses while asking for little at the probe's (QA s51b, finding 9: the shipped set-6 graph plus a side branch of
N³·K zeros asked 1 GB for a batch of 64 answers at K = 1000, in the app's own process, and the OOM killer ended the app).
So every session the app makes (:func:`new_session`: the scorer's and the probe's) takes its memory from one arena that
onnxruntime shares between them, capped at :data:`RUN_MEMORY` in all: a request beyond it is refused where it is made,
before anything is allocated, and the run fails with an error :func:`over_budget` recognises, whatever made the graph
ask (the batch, an answer, a word in it). The real graphs need little: 64 answers of 10,000 characters each take at
most 64 MB of it (sets 1, 6, 10 measured). What the arena does not hold is kept out another way: the model's own
numbers are bounded by the bundle's size (``bundles.archive``); texts, which the arena counts at 32 bytes whatever their
length, and sparse tables, unpacked at load, are refused when a bundle is read (``bundles.graph_rules``); and
onnxruntime's constant folding, which runs the nodes that depend on constants alone while the model loads, outside the
arena (a model of a few hundred bytes filled 2 GB so), runs only for the models that came with Grader (``fold``):
they are as trusted as the program, and their folded weights keep their graphs 8-13 % faster (the Scorer 3-10 %,
measured). Any other model runs those nodes at each batch, within the budget.

The arena keeps what it grew by until it is told to free it: :func:`release_memory`, which the scorer calls when a job
ends, gives a job's memory back (docs/bundle-format.md has the figures).
"""
from __future__ import annotations

import ctypes
import os
import sys
import threading
from types import ModuleType
from typing import Any

import numpy as np

ORT_LOG_ERROR = 3  # onnxruntime severities: 0 verbose, 1 info, 2 warning, 3 error, 4 fatal
ORT_LOG_FATAL = 4  # the app's sessions: a refused run is said in Grader's sentence, not in onnxruntime's error line
RUN_MEMORY = 512 << 20   # bytes onnxruntime may hold for running the app's models, every session together
BATCH = 64               # answers the scorer gives the graph at once (scoring.model.DEFAULT_BATCH); the probe runs one
NOT_FOLDED = ["ConstantFolding"]
# what onnxruntime says when its arena or the system refuses memory (std::bad_alloc: "bad allocation" on Windows)
_BUDGET_MARKS = ("bfc_arena", "Failed to allocate memory", "Available memory of", "std::bad_alloc", "bad allocation")
SHRINK = ("memory.enable_memory_arena_shrinkage", "cpu:0")   # a run option: the arena frees its unused parts after it
# A model that only copies one number (``Identity`` of a float[1], opset 13; tests/scoring/test_release_memory.py reads
# it back with onnx): run with SHRINK by :func:`release_memory`, whatever model the job ran.
RELEASE_MODEL = (b'\x08\x08\x12\x00:=\n\x10\n\x01x\x12\x01y"\x08Identity\x12\x07releaseZ\x0f\n\x01x\x12\n\n\x08\x08\x01\x12\x04'
                 b'\n\x02\x08\x01b\x0f\n\x01y\x12\n\n\x08\x08\x01\x12\x04\n\x02\x08\x01B\x04\n\x00\x10\r')


def import_onnxruntime() -> ModuleType:
    """Import onnxruntime with its own log lines kept off stderr and the app's memory budget set up; return the module.

    onnxruntime creates its logging environment when it is imported and may log there at once (e.g.
    "GPU device discovery failed" on a machine with an unreadable /sys/class/drm card), before any
    setting can reach it: the import runs with file descriptor 2 pointed at the null device. After it,
    the default logger only passes errors; each session sets its own severity too.
    """
    ort = sys.modules.get("onnxruntime")
    if ort is None:
        saved: int | None
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all (a windowed app): nothing to keep clean
            saved = None
        if saved is not None:
            sys.stderr.flush()
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 2)
            os.close(null)
        try:
            import onnxruntime
        finally:
            if saved is not None:
                os.dup2(saved, 2)
                os.close(saved)
        ort = onnxruntime
    ort.set_default_logger_severity(ORT_LOG_ERROR)
    _share_budget(ort)
    return ort


_shared: list[bool] = []   # the budget's arena is registered once per process (onnxruntime refuses a second one)


def _share_budget(ort: ModuleType) -> None:
    if _shared:
        return
    cpu = ort.OrtMemoryInfo("Cpu", ort.OrtAllocatorType.ORT_ARENA_ALLOCATOR, 0, ort.OrtMemType.DEFAULT)
    ort.create_and_register_allocator(cpu, ort.OrtArenaCfg(RUN_MEMORY, -1, -1, -1))   # the rest at its defaults
    _shared.append(True)


def new_session(ort: ModuleType, model_bytes: bytes, fold: bool = False) -> Any:
    """An onnxruntime session for a bundle's model, as the app runs it: one thread, within :data:`RUN_MEMORY` (the shared
    arena), no log lines, constant folding only if ``fold`` (a model that came with Grader). Raises whatever
    onnxruntime raises for a model it cannot load."""
    _share_budget(ort)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.log_severity_level = ORT_LOG_FATAL
    opts.add_session_config_entry("session.use_env_allocators", "1")
    # The other options stay at onnxruntime's defaults: on the shipped science graphs (one thread, batches of 64)
    # optimisation level basic/extended/none, no memory pattern, parallel execution mode and no spinning all ran within
    # ±2 % of them, and no CPU memory arena was 1-7 % slower.
    return ort.InferenceSession(model_bytes, sess_options=opts, providers=["CPUExecutionProvider"],
                                disabled_optimizers=[] if fold else NOT_FOLDED)


_release: list[Any] = []   # the session of RELEASE_MODEL, made at the first release
_release_lock = threading.Lock()


def release_memory(ort: ModuleType) -> None:
    """Give the memory a scoring job used back to the system once it has ended (the scorer calls it when a job ends,
    however it ended). The arena keeps every part it grew by until it is told otherwise, so without this a class of
    long answers left up to the peak of its largest batch (about 100 MB for set 6 at 10,000 characters an answer, up to
    :data:`RUN_MEMORY` for a model that asks) taken while the teacher reviews. A run with :data:`SHRINK` frees every
    part of the shared arena nothing uses at its end, whichever session makes it; a tiny model of Grader's own makes it,
    so that no bundle's model runs again, nor its time limit is waited for, after a Stop or a failure. Then, where the C
    library is glibc, ``malloc_trim`` gives back what it kept of the texts a run copied outside the arena. Runs of other
    jobs under way keep the parts they use. Best effort: a failure here never fails the job (the budget holds anyway)."""
    try:
        shrink_arena(ort)
    except Exception:   # onnxruntime raises several private types; memory not given back is no error of the job
        pass
    _trim_heap()


def shrink_arena(ort: ModuleType) -> None:
    """Free the parts of the shared arena that no run uses now; raises what onnxruntime raises (e.g. when the app's
    sessions do not share the arena: "Did not find an arena based allocator registered for …")."""
    with _release_lock:
        if not _release:
            _release.append(new_session(ort, RELEASE_MODEL))
        session = _release[0]
    options = ort.RunOptions()
    options.add_run_config_entry(*SHRINK)
    session.run(["y"], {"x": np.zeros(1, dtype=np.float32)}, options)


def _trim_heap() -> None:
    if not sys.platform.startswith("linux"):   # Windows and macOS give large blocks back when they are freed
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):   # a C library without it (musl)
        return
    trim(0)


def over_budget(exc: BaseException) -> bool:
    """Whether a failed run was refused memory by the budget (or by the system: both are said as memory)."""
    text = str(exc)
    return isinstance(exc, MemoryError) or any(mark in text for mark in _BUDGET_MARKS)
