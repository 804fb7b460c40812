"""The shipped models' risk tables for three questions, as a module-scoped fixture for the risk plot's tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from grader_app.bundles.library import Library
from grader_app.core.session import ItemInfo

ROOT = Path(__file__).resolve().parents[2]
ITEMS = ("asap-sas-1", "asap-sas-5", "asap-sas-10")


@pytest.fixture(scope="module")
def tables():
    lib = Library.load([ROOT / "model_bundles"])
    return {it: list(ItemInfo.from_bundle(it, lib.get(it)).risk) for it in ITEMS}
