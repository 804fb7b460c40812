"""Where things live, from source and when frozen by PyInstaller."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding model_bundles/ and assets/ (the repo, or the frozen app's folder)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def bundled_models_dir() -> Path:
    env = os.environ.get("GRADER_BUNDLES_DIR")
    return Path(env) if env else app_root() / "model_bundles"


def assets_dir() -> Path:
    return app_root() / "assets"


def user_data_dir() -> Path:
    env = os.environ.get("GRADER_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "Grader"


def user_bundles_dir() -> Path:
    return user_data_dir() / "bundles"
