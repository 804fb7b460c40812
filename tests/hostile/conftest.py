"""Hostile-input suite: crafted manifests and bundles, real zips, real onnxruntime sessions.

The ONNX graph builders live in ``tests/bundles/bundle_graphs.py`` (shared with the bundle and
core tests); this puts that folder on the import path.
"""
from __future__ import annotations

import sys
from pathlib import Path

_BUNDLES_TESTS = str(Path(__file__).resolve().parents[1] / "bundles")
if _BUNDLES_TESTS not in sys.path:
    sys.path.insert(0, _BUNDLES_TESTS)
