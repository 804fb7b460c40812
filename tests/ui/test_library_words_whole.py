"""The model library at a 16 pt font in a 1024×600 window, in English, German and Spanish, with the models that come
with Grader (model_bundles/): no word of a cell is cut in its middle. A cell wraps between words, and one with more
lines than it says ends its last line in "…" after a whole word (its whole text in its tooltip).

Before: the model column was 138 px wide (twelve average characters), narrower than "replicating…", so the first model
read "ASAP-SAS 1 / — Science: / replicatin…" in every language (and at the usual font in German in 1024×600, where
it was 81 px). The model column is now at least as wide as the widest
word of a model's title with "…" after it; the rows in sight stay as test_library_rows_in_sight wants them."""
from __future__ import annotations

import pytest
from grader_app.ui import i18n
from grader_app.ui.library_table import FORMS_ROLE
from settle import settle
from test_library_rows_in_sight import MODELS, cells_not_said_whole, library_on_netbook, rows_in_sight

CUT_AFTER = " ,;:—–-("   # what may be left off a word that "…" follows (library_table.ended)


def words_cut(tree) -> list[str]:
    """Each word a cell draws that is not a whole word of its text (a trailing "…" and the punctuation before it
    aside)."""
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        for c in range(tree.columnCount()):
            whole = set()
            for form in item.data(c, FORMS_ROLE) or [item.text(c)]:
                for word in form.split():
                    whole |= {word, word.rstrip(CUT_AFTER)}
            for word in tree.shown(tree.indexFromItem(item, c)).split():
                bare = word[:-1] if word.endswith("…") else word
                if bare and bare not in whole:
                    out.append(f"row {i} column {c}: {word!r} cut inside a word, in a column {tree.columnWidth(c)} px")
    return out


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")   # offscreen Qt (a tooltip)
@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_no_word_of_a_model_is_cut_in_its_middle_at_16_pt(qtbot, make_window, monkeypatch, font_16, language):
    _window, tree = library_on_netbook(qtbot, make_window, monkeypatch, language,
                                       settled=lambda t: rows_in_sight(t) >= 3 and not words_cut(t))
    assert words_cut(tree) == []
    assert rows_in_sight(tree) >= 3
    found = cells_not_said_whole(tree)
    assert found == [], "\n".join(found)


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
@pytest.mark.parametrize(("language", "size", "rows"), [("de", (1024, 600), 6), ("en", (1280, 800), 10)])
def test_no_word_is_cut_at_the_usual_font(qtbot, make_window, monkeypatch, language, size, rows):
    """At the usual font too (in German in 1024×600 the model column was 81 px: "replicatin…" again), with as many
    models in sight as test_library_rows_in_sight wants."""
    monkeypatch.setenv("GRADER_BUNDLES_DIR", str(MODELS))
    assert i18n.install(language)
    window = make_window(size)
    tree = window.start.library.tree
    settle(qtbot, lambda: rows_in_sight(tree) >= rows and not words_cut(tree))
    assert words_cut(tree) == []
    assert rows_in_sight(tree) >= rows
    found = cells_not_said_whole(tree)
    assert found == [], "\n".join(found)
