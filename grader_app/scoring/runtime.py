"""Loading onnxruntime: the one place the app imports it.

``grader_app/__init__.py`` sets ``ORT_DISABLE_TELEMETRY`` before anything of Grader runs, so this
import (always after the package's) loads onnxruntime with its telemetry off.
"""
from __future__ import annotations

import os
import sys
from types import ModuleType

ORT_LOG_ERROR = 3  # onnxruntime severities: 0 verbose, 1 info, 2 warning, 3 error, 4 fatal


def import_onnxruntime() -> ModuleType:
    """Import onnxruntime with its own log lines kept off stderr; return the module.

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
    return ort
