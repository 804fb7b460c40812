"""The distill tests' helper module (shipped.py) sits beside them; tests import it by name.

Tests marked ``@pytest.mark.distill`` need the ``distill`` extra (torch, transformers). The README's
test command installs only the app's and the test dependencies, so where torch or transformers is
absent those tests are skipped with that reason instead of failing; CI (.ci/run) installs the
extra and runs them. Test files that need torch throughout use ``pytest.importorskip`` instead.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

DISTILL_EXTRA = ("torch", "transformers")


def missing_distill_extra() -> list[str]:
    """The modules of the distill extra that cannot be imported here."""
    missing = []
    for name in DISTILL_EXTRA:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def pytest_runtest_setup(item):
    if item.get_closest_marker("distill") is not None:
        missing = missing_distill_extra()
        if missing:
            pytest.skip(f"needs the distill extra ({', '.join(missing)} not installed): "
                        "bash scripts/setup-venv.sh test,distill")
