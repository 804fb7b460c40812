"""The LMS tests' sheets are built by ``lms_sheets.py`` beside this file; put it on the import path."""
from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
