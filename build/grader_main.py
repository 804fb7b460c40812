"""Entry point PyInstaller freezes: the same `main` as the `grader` console script."""
import os
import sys

# grader_app sets this too; here as well so that nothing the frozen app loads before it (or a change
# there) can let onnxruntime start its telemetry (a device id under ~/.cache, DNS look-ups).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

from grader_app.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
