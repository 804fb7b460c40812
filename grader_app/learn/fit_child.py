"""The fitting child process's side (:mod:`grader_app.learn.fit_process` is the app's side).

:func:`child_main` runs in the child that multiprocessing's ``spawn`` starts: it says "started" (so the
parent knows it runs), imports what a fit needs, says "ready", then answers each job with its model (or
the fit's error) until the parent closes its pipe, ends or crashes (end of file), or is no longer its
parent. It keeps each question's texts and hashed features by the job's ``key`` (the most recent
``keep`` questions).

The window still comes first. The child has its own interpreter lock, but on a busy machine it
still takes a processor the GUI thread may want; so the app sends a byte on a third, one-way pipe
when the GUI thread has work the teacher waits for ("p": give way) and another once the event loop
has handled it ("g": go on), and the child, at its pause points (:mod:`grader_app.learn.pausing`:
each row featurised, each evaluation of the objective, each fold), sleeps from a "p" until the next
"g", at most ``GIVE_WAY_MAX_S`` at one point, as a worker thread of the app did.
"""
from __future__ import annotations

import os
import time
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # imported in the child only after it can give way (below): these imports take seconds
    from .fit_job import FitJob

POLL_S = 1.0              # the child checks this often that its parent is still there
GIVE_WAY_MAX_S = 0.25     # the longest the child sleeps at one pause point for the window
KEEP_QUESTIONS = 16       # the child keeps this many questions' texts and features (the least recently used go)
# what a fit imports (the fit itself, and on first use the hashing, the folds, the metrics), one at a
# time with a pause point between two, before the child says "ready"; not onnx: a fit makes no graph
CHILD_MODULES = ("numpy", "scipy.sparse", "scipy.special", "scipy.linalg", "scipy.optimize", "scipy.stats",
                 "sklearn", "sklearn.utils", "sklearn.model_selection", "sklearn.metrics")
PAUSE, GO = b"p", b"g"


class GiveWay:
    """The child's pause-point hook: a "p" read from the control pipe makes it sleep until a "g" (or
    ``GIVE_WAY_MAX_S``). POSIX pipes only (select on a pipe); elsewhere the hook is not installed."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        os.set_blocking(fd, False)
        self.waited = 0.0   # seconds slept for the window (reported with each model)

    def _read(self) -> bytes | None:
        """The last of what the parent sent since the last read (all of it is read); b"" at end of
        file, None when nothing is there."""
        last = None
        while True:
            try:
                got = os.read(self.fd, 4096)
            except BlockingIOError:
                return last
            except OSError:
                return b""
            if not got:
                return last or b""
            last = got[-1:]

    def __call__(self) -> None:
        got = self._read()
        if not got or got[-1:] != PAUSE:
            return
        import select

        t0 = time.monotonic()
        end = t0 + GIVE_WAY_MAX_S
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                break
            got = self._read()
            if got == b"" or (got and got[-1:] == GO):
                break
        self.waited += time.monotonic() - t0


def _memory_mb() -> tuple[float | None, float | None]:
    """(resident, peak resident) memory of this process in MB, where the system says."""
    rss = peak = None
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    if peak is None:
        try:
            import resource

            scale = 1024 * 1024 if os.uname().sysname == "Darwin" else 1024
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
        except (ImportError, AttributeError, OSError):
            pass
    return rss, peak


def _info(hook: GiveWay | None, **extra) -> dict:
    rss, peak = _memory_mb()
    return {"pid": os.getpid(), "rss_mb": rss, "peak_rss_mb": peak,
            "gave_way_s": hook.waited if hook is not None else 0.0, **extra}


def _prepare(control, nice: int) -> GiveWay | None:
    """Signals, priority, one numeric thread, and the pause-point hook."""
    import signal

    from . import pausing

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl+C in a terminal is for the parent
    if nice > 0 and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:
            pass
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)   # one thread for numeric work, as in the app
    except Exception:   # noqa: BLE001  (without it the environment above still holds for new pools)
        pass
    hook = GiveWay(control.fileno()) if control is not None and os.name == "posix" else None
    pausing.install(hook)
    return hook


def child_main(inbox, outbox, control, parent_pid: int, modules: tuple[str, ...] = CHILD_MODULES,
               keep: int = KEEP_QUESTIONS, nice: int = 0) -> None:
    """The child: answer "ready", then one model (or the fit's error) per job, until the parent goes."""
    import importlib

    from .pausing import pause_point

    try:   # the first word: this is the fitting child, running (its imports may take minutes on a busy machine)
        outbox.send(("started", {"pid": os.getpid(), "at": time.time()}))
    except OSError:
        return   # the parent went while this started
    hook = _prepare(control, nice)
    for name in (*modules, "grader_app.learn.fit_job"):   # before "ready", not in the first fit; the window
        pause_point()                                      # may go first between two
        importlib.import_module(name)
    kept: OrderedDict[int, list] = OrderedDict()   # key -> [texts, {(spec, normalisation): features}]
    try:
        outbox.send(("ready", _info(hook, at=time.time())))
    except OSError:
        return   # the parent went while this started
    while True:
        try:
            if not inbox.poll(POLL_S):
                if os.getppid() != parent_pid:
                    return
                continue
            message = inbox.recv()
        except (EOFError, OSError):
            return   # the parent closed its end, ended or crashed
        if message[0] != "fit":
            return
        _, job, with_texts = message
        t0 = time.perf_counter()
        try:
            model = _fit(job, with_texts, kept, keep)
            reply: tuple = ("model", (model, _info(hook, fit_s=time.perf_counter() - t0)))
        except _NoTexts:
            reply = ("texts?", None)
        except Exception as exc:   # noqa: BLE001  (the parent raises it where the fit was asked for)
            reply = ("error", (exc, _info(hook)))
        try:
            outbox.send(reply)
        except (OSError, EOFError):
            return
        except Exception as exc:   # noqa: BLE001  (an answer that does not pickle)
            outbox.send(("error", (RuntimeError(f"the fit's answer could not be sent: {exc!r}"), _info(hook))))


class _NoTexts(Exception):
    """The child does not hold the texts of the job's question (any more)."""


def _fit(job: FitJob, with_texts: bool, kept: OrderedDict, keep: int):
    from dataclasses import replace

    from .fit_job import featurise_job, fit_job

    if with_texts:
        kept[job.key] = [job.texts, {}]
    entry = kept.get(job.key)
    if entry is None:
        raise _NoTexts()
    kept.move_to_end(job.key)
    while len(kept) > max(1, keep):
        kept.popitem(last=False)
    texts, features = entry
    job = replace(job, texts=texts)
    fkey = (job.spec, job.normalisation)
    if fkey not in features:
        features[fkey] = featurise_job(job)
    return fit_job(job, features[fkey])
