"""Puts tests/bundles on the import path so the scoring tests can use ``bundle_graphs`` (small real
ONNX graphs) and ``reference_scoring`` (the scorer's steps as they were before they were sped up)."""
from __future__ import annotations

import sys
from pathlib import Path

for _dir in (Path(__file__).resolve().parents[1] / "bundles", Path(__file__).resolve().parent):
    if str(_dir) not in sys.path:
        sys.path.insert(0, str(_dir))
