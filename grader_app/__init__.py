"""Grader: offline scoring of students' short written answers with small distilled models."""
import os as _os

# onnxruntime (1.32 on Linux) otherwise writes a device id and an event database under
# ~/.cache/Microsoft and, on runs of ~10 s, looks up its telemetry host in the DNS. Only this
# variable, read when onnxruntime is loaded, stops both (disable_telemetry_events() does not stop the
# look-ups). Every way in (the app, `grader`, the frozen build, `grader-distill`) imports this package
# before onnxruntime (which the app imports only in grader_app.scoring.runtime), so it is set here.
# Forced rather than defaulted: the offline promise does not depend on the user's environment.
_os.environ["ORT_DISABLE_TELEMETRY"] = "1"

__version__ = "0.1.0"
