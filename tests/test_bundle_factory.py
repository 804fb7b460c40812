"""The tests' own bundle maker (tests/bundle_factory.py) needs neither the distillation code nor
scikit-learn, and what it writes scores through the app exactly like its numpy reference."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from bundle_factory import TRAIN, make_bundle, model_for  # tests/ is on sys.path (tests/conftest.py)
from grader_app.bundles import read_bundle
from grader_app.scoring import Scorer
from grader_app.text import normalise_many

TESTS = Path(__file__).resolve().parent


def test_making_bundles_loads_no_distillation_code(tmp_path):
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(TESTS / 'ui')!r})\n"
        "from ui_helpers import make_bundle\n"
        f"make_bundle({str(tmp_path)!r}, 'asap-sas-10', labels=(0, 1, 2))\n"
        "bad = sorted({m.split('.')[0] if not m.startswith('grader_app') else m for m in sys.modules\n"
        "              if m.startswith(('grader_app.distill', 'skl2onnx', 'sklearn', 'torch', 'scipy'))})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert read_bundle(tmp_path / "asap-sas-10.gradebundle").labels == [0, 1, 2]


def test_the_app_scores_a_made_bundle_like_the_numpy_reference(tmp_path):
    bundle = read_bundle(make_bundle(tmp_path, "asap-sas-1"))
    texts = ["The cell membrane controls what enters", "", "mRNA, tRNA and the RIBOSOME!", "no idea at all",
             "zzz unknown words"]
    got = Scorer(bundle, threads=1).predict_proba(texts)
    model = model_for([t for t, _ in TRAIN], [s for _, s in TRAIN], (0, 1, 2, 3))
    want = model.reference_probabilities(normalise_many(texts))
    np.testing.assert_allclose(got, want, atol=1e-5)
    assert got.shape == (5, 4) and len(set(got.argmax(1).tolist())) >= 3  # the answers get different scores
