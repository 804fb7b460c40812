"""The helper modules of tests/io whose asserts pytest rewrites, so that a failure inside one shows its values as a
failure in a test does (registered before any test here imports them); and the tiny bundle shipped for the tests
that run the command line (:mod:`scored_by_the_cli`)."""
import pytest

pytest.register_assert_rewrite("formatted_answers", "refused_checkpoints", "reopened_projects", "scored_by_the_cli")


@pytest.fixture
def shipped_bundle(tiny_shipped):
    """The tiny bundle's file, shipped as the only bundle with a user data folder of the test's own
    (``tiny_shipped``), to give ``--bundle``."""
    return next(tiny_shipped.glob("*.gradebundle"))
