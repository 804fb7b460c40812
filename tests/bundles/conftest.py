"""Puts this folder on the import path so tests here (and in tests/core, tests/hostile) can use
``bundle_graphs``: small real ONNX graphs and hand-made zips."""
from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
