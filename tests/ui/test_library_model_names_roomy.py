"""The model library at 1366×768 (a common laptop screen): each model's title and id in three lines, where the
questions stay whole. The Model column was only as wide as let a title and its id fit in the six lines a row may
have there, so "ASAP-SAS 1 — Science: / replicating the vinegar / experiment / (asap-sas-1)" took four lines while
the question beside had room to give; now the column takes the width for three lines when the question is still
said whole beside it (at 1280×800, or in German at 1366×768, where the verdicts' words are longer, it is not, and the
columns stay as they were). The real shipped bundles in the real start screen (the window less its menu bar)."""
from __future__ import annotations

import pytest

from grader_app.ui import i18n
from test_review_model_takes_none import MODELS, library_rows

pytestmark = pytest.mark.skipif(not (MODELS / "asap-sas-1.gradebundle").exists(),
                                reason="the shipped bundles are not in this checkout")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _shown(qtbot, language: str, size: tuple[int, int]) -> list[tuple[str, str]]:
    """Each row's model cell as drawn (its lines broken by "\\n") and its whole text; each question drawn whole."""
    assert i18n.install(language)
    screen, rows = library_rows(qtbot, MODELS)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    tree = screen.library.tree
    out = []
    for item in rows.values():
        question = tree.shown(tree.indexFromItem(item, 1))
        assert _flat(question) == _flat(item.text(1)), question   # never cut for the model's sake
        out.append((tree.shown(tree.indexFromItem(item, 0)), item.text(0)))
    return out


def test_model_names_take_three_lines_at_1366_by_768(qtbot):
    for shown, whole in _shown(qtbot, "en", (1366, 748)):
        assert _flat(shown) == _flat(whole) and len(shown.split("\n")) <= 3, shown


@pytest.mark.parametrize(("language", "size"), [("en", (1280, 780)), ("de", (1366, 748))])
def test_where_the_question_needs_the_room_the_model_gives_it(qtbot, language, size):
    for shown, whole in _shown(qtbot, language, size):
        assert _flat(shown) == _flat(whole), shown
