"""Pause points: long learning work gives way to the thread that draws the window.

Fitting a model (:mod:`grader_app.learn.marks_model`) and building a question's groups run on a
worker thread in the app, but much of that work is Python that holds the interpreter lock; while
it runs, every piece of the window's own Python (a key press, a repaint of the review) waits for the
lock again and again and a 20 ms reaction can take several times as long. So the learning code
calls :func:`pause_point` between small steps (each row featurised, each evaluation of the
objective, each fold), and the app's task manager installs a hook (:func:`install`) that sleeps
there, without the lock, while the window is busy with what the teacher just did.

No Qt here (the hook comes from ``grader_app.ui.tasks``); without a hook a pause point costs one
function call. The hook must return at once on any thread it does not manage (the command line,
the tests' direct fits).
"""
from __future__ import annotations

import importlib
from typing import Callable, Sequence

_hook: Callable[[], None] | None = None

# what grouping and fitting import on first use, heaviest first; scikit-learn's own import alone
# takes seconds on a slow laptop and creates objects enough to set off full garbage collections
LEARNING_MODULES = (
    "scipy.special", "scipy.sparse", "scipy.linalg", "scipy.optimize", "scipy.stats", "sklearn",
    "sklearn.feature_extraction.text", "sklearn.cluster", "sklearn.model_selection", "sklearn.metrics",
    "grader_app.core.flags", "grader_app.core.groups", "grader_app.learn.assistant",
)


def install(hook: Callable[[], None] | None) -> None:
    """Make ``hook`` the function every pause point calls (None: pause points do nothing)."""
    global _hook
    _hook = hook


def pause_point() -> None:
    """Let the window go first if it is busy (the installed hook decides); otherwise return at once."""
    hook = _hook
    if hook is not None:
        hook()


def warm_up(modules: Sequence[str] = LEARNING_MODULES, after_each: Callable[[], None] | None = None) -> int:
    """Import what learning needs, one module at a time with a pause point between them (the app runs
    this on a worker when a sheet with a question that learns opens, so the first grouping and the
    first fit do not import scikit-learn while the teacher waits); ``after_each`` runs after each
    import (the app freezes the new objects out of the garbage collector's full passes there).
    Returns how many were imported."""
    done = 0
    for name in modules:
        pause_point()
        importlib.import_module(name)
        if after_each is not None:
            after_each()
        done += 1
    return done
