"""Grader: offline scoring of students' short written answers with small distilled models."""
import os as _os

# onnxruntime (1.32 on Linux) otherwise writes a device id and an event database under
# ~/.cache/Microsoft and, on runs of ~10 s, looks up its telemetry host in the DNS. Only this
# variable, read when onnxruntime is loaded, stops both (disable_telemetry_events() does not stop the
# look-ups). Every way in (the app, `grader`, the frozen build, `grader-distill`) imports this package
# before onnxruntime, so it is set here. Forced rather than defaulted: the offline promise does not
# depend on the user's environment.
_os.environ["ORT_DISABLE_TELEMETRY"] = "1"

__version__ = "0.1.0"

ORT_LOG_ERROR = 3  # onnxruntime severities: 0 verbose, 1 info, 2 warning, 3 error, 4 fatal


def import_onnxruntime():
    """Import onnxruntime with its own log lines kept off stderr; return the module.

    onnxruntime creates its logging environment when it is imported and may log there at once (e.g.
    "GPU device discovery failed" on a machine with an unreadable /sys/class/drm card), before any
    setting can reach it: the import runs with file descriptor 2 pointed at the null device. After it,
    the default logger only passes errors; each session sets its own severity too.
    """
    import sys

    ort = sys.modules.get("onnxruntime")
    if ort is None:
        try:
            saved = _os.dup(2)
        except OSError:  # no stderr at all (a windowed app): nothing to keep clean
            saved = None
        if saved is not None:
            sys.stderr.flush()
            null = _os.open(_os.devnull, _os.O_WRONLY)
            _os.dup2(null, 2)
            _os.close(null)
        try:
            import onnxruntime as ort
        finally:
            if saved is not None:
                _os.dup2(saved, 2)
                _os.close(saved)
    ort.set_default_logger_severity(ORT_LOG_ERROR)
    return ort
