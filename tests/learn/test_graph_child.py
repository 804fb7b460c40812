"""Making models from a marked sheet froze the window for 0.7–1.8 s (a 10 ms timer on the GUI thread missed that long):
the ONNX export imported onnx, which imports ml_dtypes, whose compiled module holds the interpreter lock for all of its
0.6–1.0 s start, on the worker thread that made the models. The window's way (``graph_in_child``) now makes each
model's graph in a child process: the app's process never imports onnx, and the bundle written is the one made here.
A fresh interpreter (the tests' own has onnx loaded long since), a real marked sheet, the real learning."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .invented import invented_class

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from grader_app import workflow
from grader_app.bundles.library import Library
library = Library.load([sys.argv[2]])
bundles, _ = workflow.make_models_from_sheet(library, sys.argv[1], "Mark", None, None, True)
print(json.dumps({"onnx": "onnx" in sys.modules, "ml_dtypes": "ml_dtypes" in sys.modules,
                  "bundles": [(b.id, b.manifest["parameters"], b.model_bytes.hex()) for b in bundles]}))
"""


def test_the_window_makes_models_from_a_sheet_without_importing_onnx(tmp_path):
    texts, scores = invented_class(60, seed=2)
    sheet = tmp_path / "last-year.csv"
    sheet.write_text("Student,Question,Answer,Mark\n" + "".join(
        f'S{i},Why does ice float,"{t}",{s}\n' for i, (t, s) in enumerate(zip(texts, scores))), encoding="utf-8")
    env = {"GRADER_DATA_DIR": str(tmp_path / "data"), "GRADER_SETTINGS_DIR": str(tmp_path / "settings"),
           "GRADER_BUNDLES_DIR": str(tmp_path / "shipped"), "OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"}
    (tmp_path / "shipped").mkdir()
    (tmp_path / "made").mkdir()
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(sheet), str(tmp_path / "made")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    said = json.loads(run.stdout.strip().splitlines()[-1])
    assert not said["onnx"] and not said["ml_dtypes"]
    (bid, parameters, graph), = said["bundles"]
    assert bid == "why-does-ice-float" and parameters > 0

    from grader_app import workflow   # the same sheet made here (onnx imported in this process): the same graph
    from grader_app.bundles.library import Library
    here, _ = workflow.make_models_from_sheet(Library.load([tmp_path / "here"]), sheet, "Mark")
    assert here[0].model_bytes.hex() == graph and here[0].manifest["parameters"] == parameters
