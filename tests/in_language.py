"""Grader's interface in one language for a stretch of a test, English again after it.

``with in_language("de"):`` installs Grader's German (the test fails there if its translations do not load) and puts
English back however the block ends, a failed assert inside it included, so that no later line of the test, and no
later test, reads German where it expects English. It lives in ``tests`` (on ``sys.path`` through tests/conftest.py),
not in ``tests/ui``, because a few tests outside ``tests/ui`` read translated messages too. The QApplication must exist
(pytest-qt's ``qapp`` fixture, or any fixture that asks for it).

A context manager, not a fixture parametrised by language, even for the tests parametrised by language: most of them
hold a language for a part of the test only (they gather what it says and compare that once English is back, go through
several languages in turn, or must install it before a window is built, since widgets show the language installed when
they are made), and a ``with`` block shows in the test itself which lines run in which language, where a fixture would
start the language before the body, at a point that depends on the order the fixtures are made in. A fixture that hands
a test its language holds it with this (``with in_language(request.param): yield request.param``).

A UI test that holds one language from where it installs it to its very end needs no block: ``assert
i18n.install(lang)`` is enough there, since tests/ui/conftest.py's autouse ``_english`` installs English before and after
every UI test. Outside ``tests/ui`` nothing does that, so every language there is held with this.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def in_language(code: str) -> Iterator[str]:
    """Grader's translations and number formats for ``code`` installed for the block (it fails if they did not load),
    English installed again when it ends, however it ends (and, where the block went well, it fails if English did not
    load). Yields ``code``."""
    from grader_app.ui import i18n    # Qt: imported only once a test asks for a language

    try:
        assert i18n.install(code), f"Grader's translations for {code!r} did not load"
        yield code
    finally:
        english = i18n.install("en")
    assert english, "Grader's English did not load again"
