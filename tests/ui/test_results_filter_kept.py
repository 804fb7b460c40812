"""The results filter works a whole pass out at its first row, over words kept between passes (a filter button or a
search took about 0.5 s at 20,000 answers: QA s52g finding 8). The rows it shows must be the ones the row-by-row
filter showed, for every filter and search, after decisions, comments, blind marking, a new seed and a sort. The row by
row filter below compares as the search does since it finds words without their accents ("nunez" finds "Núñez"): in
any case, each letter's combining marks taken off."""
from __future__ import annotations

import re
import unicodedata

from grader_app.core import review
from grader_app.core.hidden_characters import hidden_spans, show_hidden
from grader_app.ui import comment_cell
from grader_app.ui import results_model as rm
from grader_app.ui.learning_words import question_name
from grader_app.ui.text_wrap import shown_part
from ui_helpers import one_question_session, scored_session

_MARK = re.compile(r"⟦U\+[0-9A-F]{4,6}⟧")


def _searchable(text: str) -> str:
    spans = hidden_spans(text)
    if not spans:
        return text
    kept, last = [], 0
    for start, end in spans:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return "\n".join((text, show_hidden(text), "".join(kept)))


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _row_by_row(model: rm.ResultsModel, proxy: rm.ResultsFilterModel) -> list[int]:
    """The keys the filter showed when it looked at one row at a time (its code before the pass was worked out at
    once), in the table's order."""
    s, mode, needle = model.session, proxy.mode(), proxy.search_text()
    out = []
    for row in range(model.rowCount()):
        key = model.key_at(row)
        st = model.status(key)
        if mode == rm.NEEDS_REVIEW and st not in (review.NEEDS_REVIEW, review.UNSCORED):
            continue
        if mode == rm.FLAGGED and not s.flags.get(key):
            continue
        if mode == rm.OVERRIDDEN and st != review.OVERRIDDEN:
            continue
        if mode == rm.REVIEWED and st not in review.TEACHERS:
            continue
        if mode == rm.DIFFERING and key not in proxy._differing:   # identical answers, other scores (6c1f70b)
            continue
        if needle:
            a = s.answers[key]
            who = model.names.who(s, key)
            shown = (who, _MARK.sub("", who)) if "⟦" in who else (who,)
            hay = " ".join((*shown, question_name(a.item, s.mapping), _searchable(shown_part(a.text)[0]),
                            _searchable(comment_cell.comment_of(s, key))))
            hay = _unaccented(hay)
            if needle not in " ".join(hay.split()):
                continue
        out.append(key)
    return out


def _shown(proxy) -> list[int]:
    return [proxy.data(proxy.index(r, 0), rm.KeyRole) for r in range(proxy.rowCount())]


NEEDLES = ("", "good", "  GOOD   work ", "photo", "photosynthesis", "u+200b", "⟦u+202e⟧", "ann", "ann lee", "student 2",
           "q1", "οδος", "ΟΔΟΣ", "work ann", "i̇z", "remark", "x" * 3, "light energy", "nunez", "Núñez", "fotosintesis",
           "FOTOSÍNTESIS", "straße", "strasse")


def _every_filter_and_search(model, proxy) -> int:
    compared = 0
    for mode, _ in rm.FILTERS:
        proxy.set_mode(mode)
        for needle in NEEDLES:
            proxy.set_search(needle)
            assert _shown(proxy) == _row_by_row(model, proxy), (mode, needle)
            compared += 1
    proxy.set_mode(rm.ALL)
    proxy.set_search("")
    return compared


def test_the_rows_shown_are_the_row_by_row_filters_through_every_change(qtbot):
    rows = [("1", "Ann Lee", "Plants use light energy for photosynthesis."),
            ("2", "Bo\u200bb Ray", "photo\u200bsynthesis makes sugar"),       # a zero-width space in the name and the word
            ("3", "Cy", "\u202ereversed text"), ("4", "Dee", ""),
            ("5", "ΟΔΟΣ Ann", "   spaced    out\tanswer  "), ("6", "İz", "İzmir goes UP"),
            ("7", "Ann Lee", "Good work needs words"), ("8", "", "xxx and more"), ("9", "Eve", "Light energy, ΟΔΟΣ."),
            ("10", "Íñigo Núñez", "La fotosíntesis en la Straße")]
    s = one_question_session(rows)
    model = rm.ResultsModel(s)
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    assert _every_filter_and_search(model, proxy) == len(rm.FILTERS) * len(NEEDLES)
    s.decide(0, 1, comment="Good work, Ann")
    s.decide(4, 0, comment="a remark with\u200b a hidden one")
    s.set_waiting_comment(2, "work on this remark")
    proxy.refilter()
    _every_filter_and_search(model, proxy)
    proxy.set_differing({0, 4, 6})   # the "identical, other scores" filter's answers, as the results view gives them
    proxy.set_mode(rm.DIFFERING)
    assert sorted(_shown(proxy)) == [0, 4, 6]
    _every_filter_and_search(model, proxy)
    model.names.set_session(s, "a seed")
    model.names.blind = True   # names hidden: a name finds nobody, "Student 2" finds that label
    model.names_changed()
    proxy.refilter()
    _every_filter_and_search(model, proxy)
    model.names.set_session(s, "another seed")   # other numbers drawn
    proxy.refilter()
    _every_filter_and_search(model, proxy)
    model.names.blind = False
    model.names_changed()
    proxy.refilter()
    _every_filter_and_search(model, proxy)


def test_a_sort_after_decisions_shows_the_rows_the_new_statuses_give(shipped_bundles):
    s = scored_session(shipped_bundles)
    model = rm.ResultsModel(s)
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_mode(rm.NEEDS_REVIEW)
    proxy.set_search("e")
    before = _shown(proxy)
    assert before == _row_by_row(model, proxy) and before
    for key in before[:2]:   # no refilter: the rows stay until the next pass
        s.decide(key, s.items[s.answers[key].item].labels[0], comment="checked")
    assert _shown(proxy) == before
    model.sort(rm.CONFIDENCE)   # Qt's next pass (the source's rows moved) sees the new statuses
    assert _shown(proxy) == _row_by_row(model, proxy)
    assert not set(before[:2]) & set(_shown(proxy))
    proxy.set_mode(rm.REVIEWED)
    assert sorted(_shown(proxy)) == sorted(before[:2]) and _shown(proxy) == _row_by_row(model, proxy)
    model.set_session(scored_session(shipped_bundles, n_students=4))   # another session: its own rows and words
    assert _shown(proxy) == _row_by_row(model, proxy)
