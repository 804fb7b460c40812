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
"""
from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import Any

ORT_LOG_ERROR = 3  # onnxruntime severities: 0 verbose, 1 info, 2 warning, 3 error, 4 fatal
ORT_LOG_FATAL = 4  # the app's sessions: a refused run is said in Grader's sentence, not in onnxruntime's error line
RUN_MEMORY = 512 << 20   # bytes onnxruntime may hold for running the app's models, every session together
BATCH = 64               # answers the scorer gives the graph at once (scoring.model.DEFAULT_BATCH); the probe runs one
NOT_FOLDED = ["ConstantFolding"]
_BUDGET_MARKS = ("bfc_arena", "Failed to allocate memory", "Available memory of")


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


def over_budget(exc: BaseException) -> bool:
    """Whether a failed run was refused memory by the budget (or by the system: both are said as memory)."""
    text = str(exc)
    return isinstance(exc, MemoryError) or any(mark in text for mark in _BUDGET_MARKS)
