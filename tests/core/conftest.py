"""Puts tests/bundles on the import path so the core tests can use
``bundle_graphs``: small real ONNX graphs and hand-made zips; and tests/core itself, for ``plain_classes``."""
from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parents[1] / "bundles")
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
_CORE = str(Path(__file__).resolve().parent)
if _CORE not in sys.path:
    sys.path.insert(0, _CORE)
