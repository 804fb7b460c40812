"""The helper modules of tests/io whose asserts pytest rewrites, so that a failure inside one shows its values as a
failure in a test does (registered before any test here imports them)."""
import pytest

pytest.register_assert_rewrite("formatted_answers", "refused_checkpoints", "reopened_projects")
