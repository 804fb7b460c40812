"""A learned model's ONNX graph made in a child process, so that making models from a marked sheet never imports onnx
into the window's process.

Importing onnx imports ml_dtypes, whose compiled module takes 0.6–1.0 s to start and holds the interpreter lock all
the while: on the worker thread that made the models, the window froze for that long (a 10 ms timer on the GUI thread
missed 0.7–1.8 s) just as it said "Learning a model per question…". The fit itself, scipy's and scikit-learn's imports
included, yields the lock often enough. :class:`GraphChild` builds the graph (and counts its numbers) in one child
process started with ``spawn`` (a fresh interpreter; the frozen app starts itself again for it, as for the fitting
child: ``multiprocessing.freeze_support`` in ``grader_app.__main__``), one child for all the questions of one sheet,
ended when the sheet's models are made. A child that cannot start or dies is noted in the log and the graph is made
here, as before: nothing is lost but the window's smoothness. No Qt.
"""
from __future__ import annotations

import logging
from typing import Any

from .export import graph_here

log = logging.getLogger(__name__)


def _ready() -> None:
    """The child's imports, done while the models are fitted (:meth:`GraphChild.warm`)."""
    import onnx  # noqa: F401


class GraphChild:
    """:func:`graph_here` in a child process; a context manager that ends it. :meth:`warm` starts it and its imports
    while the models are fitted (started when the first graph was due, it added 2–4 s to a sheet's 4–7 s)."""

    def __init__(self) -> None:
        self._pool: Any = None
        self._broken = False

    def warm(self) -> None:
        self._run(_ready)

    def __call__(self, model: Any, prior_model: bytes | None = None,
                 prior_temperature: float = 1.0) -> tuple[bytes, int]:
        made = self._run(graph_here, model, prior_model, prior_temperature)
        return made if made is not None else graph_here(model, prior_model, prior_temperature)

    def _run(self, job, *args) -> Any:
        """``job(*args)`` in the child (started if need be); None if the child cannot (noted once in the log)."""
        if self._broken:
            return None
        try:
            if self._pool is None:
                import concurrent.futures
                import multiprocessing

                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            future = self._pool.submit(job, *args)
            return None if job is _ready else future.result()
        except (OSError, RuntimeError, EOFError) as exc:   # BrokenProcessPool is a RuntimeError
            log.info("the model's graph is made in the app's own process: its child could not (%s)", exc)
            self._broken = True
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "GraphChild":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
