"""The results table model over a real scored session: model tester, targeted updates, filters."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from grader_app.core import review
from grader_app.core.session import Change
from grader_app.ui import results_model as rm
from ui_helpers import scored_session


def _visible_keys(proxy):
    return [proxy.data(proxy.index(r, 0), rm.KeyRole) for r in range(proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    qtmodeltester.check(model)
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_model_shows_session_values(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    assert model.rowCount() == len(session.answers) == 12
    assert model.columnCount() == len(rm.HEADERS)
    blank = next(a.key for a in session.answers if not a.text)
    assert model.data(model.index(blank, rm.ANSWER)) == "(blank)"
    assert "blank" in model.data(model.index(blank, rm.FLAGS))
    assert model.data(model.index(blank, rm.STATUS)) == "Needs review"
    # colour AND icon AND words for a row that needs the teacher
    assert model.data(model.index(blank, rm.ANSWER), Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.data(model.index(blank, rm.STATUS), Qt.ItemDataRole.DecorationRole).isNull()
    k = 0
    p = session.predictions[k]
    assert model.data(model.index(k, rm.MODEL_SCORE)) == str(p.score)
    assert model.data(model.index(k, rm.CONFIDENCE)) == f"{p.confidence * 100:.0f}\u00a0%"
    assert model.data(model.index(k, rm.CONFIDENCE), rm.SortRole) == p.confidence


def test_decision_emits_one_targeted_change_and_no_reset(qtbot, shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    changes, resets = [], []
    model.dataChanged.connect(lambda a, b, roles=None: changes.append((a.row(), a.column(), b.row(), b.column())))
    model.modelReset.connect(lambda: resets.append(1))
    session.decide(3, 2, comment="good")
    assert changes == [(3, rm.STATUS, 3, rm.COMMENT)]
    assert not resets
    assert model.data(model.index(3, rm.FINAL)) == "2"
    assert model.data(model.index(3, rm.COMMENT)) == "good"
    assert model.data(model.index(3, rm.STATUS)) in ("Confirmed by you", "Changed by you")
    model.detach()
    session.decide(4, 1)
    assert len(changes) == 1


def test_filters_and_search(shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 12
    proxy.set_mode(rm.NEEDS_REVIEW)
    assert sorted(_visible_keys(proxy)) == sorted(session.review_queue())
    proxy.set_mode(rm.FLAGGED)
    assert sorted(_visible_keys(proxy)) == sorted(k for k, f in session.flags.items() if f)
    proxy.set_mode(rm.OVERRIDDEN)
    assert proxy.rowCount() == 0
    key = session.review_queue()[0]
    model_score = session.predictions[key].score
    other = next(v for v in session.items[session.answers[key].item].labels if v != model_score)
    session.decide(key, other)
    proxy.refilter()
    assert _visible_keys(proxy) == [key]
    assert session.status(key) == review.OVERRIDDEN
    proxy.set_mode(rm.ALL)
    proxy.set_search("RIBOSOME")
    keys = _visible_keys(proxy)
    assert keys and all("ribosome" in session.answers[k].text for k in keys)
    proxy.set_search("Student 2")
    assert {session.answers[k].student for k in _visible_keys(proxy)} == {"Student 2 · S002"}
    proxy.set_search("")
    assert proxy.rowCount() == 12


def test_sort_by_confidence_is_numeric(shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(rm.CONFIDENCE, Qt.SortOrder.AscendingOrder)
    confs = [session.predictions[k].confidence for k in _visible_keys(proxy)]
    assert confs == sorted(confs)


def test_threshold_change_repaints_statuses(shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    seen = []
    model.dataChanged.connect(lambda a, b, roles=None: seen.append((a.row(), b.row())))
    before = session.counts()
    change = session.set_threshold(0.0)
    assert change.items == {"asap-sas-1", "asap-sas-5"} and not change.keys
    assert model.apply(change, rm.STATUS, rm.FINAL) == 1
    assert seen == [(0, 11)]
    after = session.counts()
    assert after[review.AUTO] >= before[review.AUTO]
    auto_rows = [r for r in range(model.rowCount()) if model.data(model.index(r, rm.STATUS)) == "Auto-accepted"]
    assert len(auto_rows) == after[review.AUTO]
    assert model.rowCount(model.index(0, 0)) == 0 and model.index(0, 0).parent() == QModelIndex()


def test_sorted_model_maps_rows_to_keys_and_targets_decisions(qtbot, qtmodeltester, shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    model.sort(rm.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    keys = [model.data(model.index(r, 0), rm.KeyRole) for r in range(model.rowCount())]
    confs = [session.predictions[k].confidence for k in keys]
    assert confs == sorted(confs, reverse=True) and sorted(keys) == list(range(12))
    target = keys[0]
    persistent = QPersistentModelIndex(model.index(0, rm.FINAL))
    changes = []
    model.dataChanged.connect(lambda a, b, roles=None: changes.append((a.row(), b.row())))
    session.decide(target, 0)
    assert changes == [(model.row_of(target), model.row_of(target))] == [(0, 0)]
    assert model.data(model.index(0, rm.FINAL)) == "0"
    model.sort(rm.STUDENT, Qt.SortOrder.AscendingOrder)
    assert persistent.isValid() and model.key_at(persistent.row()) == target   # selection follows the answer
    model.sort(-1)
    assert [model.key_at(r) for r in range(12)] == list(range(12))
    qtmodeltester.check(model)


def test_filtered_and_searched_proxy_passes_model_tester(qtbot, qtmodeltester, shipped_bundles):
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    proxy = rm.ResultsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_mode(rm.NEEDS_REVIEW)
    proxy.set_search("the")
    proxy.sort(rm.STATUS, Qt.SortOrder.DescendingOrder)
    assert 0 < proxy.rowCount() < model.rowCount()
    qtmodeltester.check(proxy)


def test_a_change_repaints_only_the_rows_it_names(qtbot, shipped_bundles, monkeypatch):
    """One question's threshold repaints that question's rows; a scored batch its answers' rows; rows
    that are not neighbours go as one signal each until there are too many, then as one span."""
    session = scored_session(shipped_bundles)
    model = rm.ResultsModel(session)
    seen = []
    model.dataChanged.connect(lambda a, b, roles=None: seen.append((a.row(), a.column(), b.row(), b.column())))
    change = session.set_threshold(0.5, "asap-sas-5")
    assert model.apply(change, rm.STATUS, rm.FINAL) == 6
    assert seen == [(r, rm.STATUS, r, rm.FINAL) for r in range(1, 12, 2)]   # the sheet alternates questions
    assert session.set_threshold(0.5, "asap-sas-5") == Change()              # nothing moved: nothing to repaint
    assert model.apply(Change()) == 0 and len(seen) == 6
    seen.clear()
    rows = [session.predictions[k].probabilities for k in (2, 3)]
    assert model.apply(session.set_predictions([2, 3], rows)) == 1
    assert seen == [(2, rm.MODEL_SCORE, 3, rm.COMMENT)]
    seen.clear()
    model.sort(rm.CONFIDENCE, Qt.SortOrder.AscendingOrder)                    # scattered rows now
    many = session.affected_keys(Change(items=frozenset({"asap-sas-1"})))
    monkeypatch.setattr(rm, "MAX_RUNS", 2)
    assert model.apply(Change(keys=frozenset(many))) == 1
    top, bottom = min(model.row_of(k) for k in many), max(model.row_of(k) for k in many)
    assert seen == [(top, rm.MODEL_SCORE, bottom, rm.COMMENT)]
