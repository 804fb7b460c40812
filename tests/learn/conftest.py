"""Fixtures for the learning tests (the invented class lives in invented.py, shared with
tests/test_cli_learn.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
pytest.register_assert_rewrite("formatted_marks", "own_question_marked")   # their asserts show their values on failure

from invented import invented_class  # noqa: E402


@pytest.fixture(scope="session")
def ice_class():
    return invented_class(160, seed=3)
