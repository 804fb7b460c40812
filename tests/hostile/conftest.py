"""Hostile-input suite: crafted manifests and bundles, real zips, real onnxruntime sessions.

The ONNX graph builders live in ``tests/bundles/bundle_graphs.py`` (shared with the bundle and
core tests), the scoring of faked answers in ``tests/hostile/scored_answers.py``; this puts both folders on the
import path.
"""
from __future__ import annotations

import sys
from pathlib import Path

for _folder in (Path(__file__).resolve().parents[1] / "bundles", Path(__file__).resolve().parent):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))
