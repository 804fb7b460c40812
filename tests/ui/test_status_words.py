"""The review card said "Status: overridden" and "auto" where the results table said "Changed by you" and
"Auto-accepted": the same answer's status in two words. The card now uses the table's words, in every language."""
from __future__ import annotations

import pytest

from grader_app.core import review
from grader_app.ui.style import STATUS_TEXT, STATUS_WORD, status_text, status_word
from in_language import in_language


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_review_card_and_the_table_name_each_status_alike(qapp, lang):
    assert set(STATUS_WORD) == set(STATUS_TEXT) == set(review.STATUSES)
    with in_language(lang):
        for status in STATUS_TEXT:
            word, text = status_word(status), status_text(status)
            assert word == text[0].lower() + text[1:], (lang, status, word, text)
            assert word != STATUS_WORD[status] or lang == "en"      # translated
