"""The project file: round trip, every decision on disk without a flush, schema version, wrong project refused."""
from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from grader_app.core.session import Decision, ItemInfo
from grader_app.core.sheet import ColumnMapping
from grader_app.io import project_store
from grader_app.io.project_store import SCHEMA_VERSION, ProjectError, ProjectStore, project_path_for

sys.path.insert(0, str(Path(__file__).resolve().parent))
from failing_disk import failing_writes  # noqa: E402
from project_helpers import ROWS, hand_made_project, make_session, on_disk_once_written, read_decisions  # noqa: E402


def test_each_decision_is_on_disk_once_the_writer_has_had_its_turn(tmp_path):
    """No flush, no close, no later decision: the writer's word that it has written what was queued (not a time a
    busy machine could exceed) and a connection of its own reads each decision as made."""
    s = make_session()
    path = tmp_path / "class.grader-project"
    store = ProjectStore.open(path)
    assert store.journal_mode == "wal"
    store.attach(s)
    s.decide(0, 2)                                  # queued to the store's writer thread, committed there
    on_disk_once_written(store, read_decisions, {0: (2, "")})
    s.decide(1, 0, comment="Talk to Ben")
    on_disk_once_written(store, read_decisions, {0: (2, ""), 1: (0, "Talk to Ben")})
    s.restore(0, None)  # cleared, as undo does
    on_disk_once_written(store, read_decisions, {1: (0, "Talk to Ben")})
    log = store.decision_log()
    assert [e["key"] for e in log] == [0, 1, 0]
    assert log[-1]["score"] is None and log[1]["comment"] == "Talk to Ben"
    con = sqlite3.connect(str(path))
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    store.close()
    assert not s.listeners  # close detaches the listener


def test_round_trip_restores_predictions_decisions_thresholds(tmp_path):
    sheet_path = tmp_path / "class.csv"
    sheet_path.write_text("x")
    s = make_session()
    path = project_path_for(sheet_path)
    assert path == tmp_path / "class.grader-project"
    with ProjectStore.open(path) as store:
        store.save_setup(sheet_path, s.mapping, {"q1": "b-q1", "q2": None}, {"q1": 0.7}, sheet_name="Answers")
        store.save_predictions(s)
        store.attach(s)
        s.decide(2, 1, comment="partly right")
        s.decide(4, 0)
    assert ProjectStore.exists(path)

    fresh = make_session()
    fresh.clear_predictions()
    with ProjectStore.open(path) as store:
        setup = store.load_setup()
        assert setup["sheet_path"] == sheet_path.absolute()
        assert setup["sheet_name"] == "Answers"
        assert setup["mapping"] == s.mapping
        assert setup["item_bundles"] == {"q1": "b-q1", "q2": None}
        assert setup["thresholds"] == {"q1": pytest.approx(0.7)}
        assert setup["decisions"] == 2
        counts = store.restore(fresh)
    assert counts == {"predictions": 6, "decisions": 2, "thresholds": 1, "dropped": 0, "left_out": 0, "set_aside": 0}
    assert fresh.decisions[2].score == 1 and type(fresh.decisions[2].score) is int
    assert fresh.decisions[2].comment == "partly right"
    assert fresh.decisions[2].at == s.decisions[2].at
    assert fresh.final_score(4) == 0
    assert fresh.threshold("q1") == pytest.approx(0.7)
    for k, p in s.predictions.items():
        assert fresh.predictions[k].probabilities == pytest.approx(p.probabilities)
    assert [fresh.status(k) for k in range(6)] == [s.status(k) for k in range(6)]


def test_schema_version_and_newer_project_refused(tmp_path):
    path = tmp_path / "p.grader-project"
    ProjectStore.open(path).close()
    con = sqlite3.connect(str(path))
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "thresholds", "predictions", "decisions", "decision_log"} <= tables
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="newer Grader"):
        ProjectStore.open(path)


def _version_1_file(path) -> None:
    """A project as Grader wrote it before version 2 (no comment bank, no blind marking), by hand."""
    hand_made_project(path, 1, "comment_bank",
                      "INSERT INTO meta(name, value) VALUES ('created', '2025-09-01T08:00:00+00:00')",
                      "INSERT INTO decisions(answer_key, score, comment, decided_at) VALUES (1, '2', 'kept', '')")


def test_a_version_1_project_opens_keeps_its_rows_and_gains_the_bank(tmp_path):
    path = tmp_path / "old.grader-project"
    _version_1_file(path)
    with ProjectStore.open(path, read_only=True) as ro:    # read-only: nothing changes, no bank table yet
        assert ro.schema_version == 1 and ro.bank_entries("q1") == [] and ro.blind_seed() == ""
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        assert read_decisions(path) == {1: (2, "kept")}
        assert len(store.blind_seed()) == 32 and store.blind_marking() is None
        store.bank_add("q1", "Name the process.", "2026-01-01T00:00:00+00:00")
        assert [e.text for e in store.bank_entries("q1")] == ["Name the process."]
    with ProjectStore.open(path) as again:
        created = again._db().execute("SELECT value FROM meta WHERE name='created'").fetchone()[0]
        assert created == "2025-09-01T08:00:00+00:00"   # not made anew
        assert [e.text for e in again.bank_entries("q1")] == ["Name the process."]


def test_blind_marking_is_remembered_in_the_setup(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        seed = store.blind_seed()
        store.save_setup(None, s.mapping, {})
        assert store.load_setup()["blind_marking"] is None
        store.save_blind_marking(True)
    with ProjectStore.open(path) as store:
        assert store.load_setup()["blind_marking"] is True and store.blind_seed() == seed
        store.save_blind_marking(False)
        assert store.blind_marking() is False


def test_project_of_other_sheet_or_mapping_refused(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        store.save_setup(None, s.mapping, {}, {})
        store.attach(s)
        s.decide(0, 1)
    other_sheet = [(f"x{i}", "Zed", "q1", f"Completely different answer {i}.") for i in range(6)]
    with ProjectStore.open(path) as store:
        with pytest.raises(ProjectError, match="belongs to another sheet") as err:
            store.restore(make_session(other_sheet))
        assert str(err.value).count(". ") == 0 and "\n" not in str(err.value)
        other = ColumnMapping(id_column="Name", item_column="Question", answer_column="Answer")
        with pytest.raises(ProjectError, match="other column choices"):
            store.attach(make_session(mapping=other))
        with pytest.raises(ProjectError, match="already holds 1 decision made with other column choices"):
            store.save_setup(None, other, {}, {})
        assert store.restore(make_session())["decisions"] == 1


def test_sorted_or_edited_sheet_keeps_the_decisions_of_unchanged_answers(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        store.save_predictions(s)
        store.attach(s)
        s.decide(0, 2, comment="first row")
        s.decide(5, 0)
    # the teacher sorted the sheet in Excel (rows reversed): every decision follows its answer
    flipped = make_session(list(reversed(ROWS)))
    with ProjectStore.open(path) as store:
        counts = store.restore(flipped)
        assert counts["decisions"] == 2 and counts["dropped"] == 0 and counts["predictions"] == 6
        assert flipped.decisions[5].score == 2 and flipped.decisions[5].comment == "first row"
        assert flipped.decisions[0].score == 0
        assert flipped.predictions[5].probabilities == pytest.approx(s.predictions[0].probabilities)
        store.attach(flipped)           # the project now follows the sorted sheet
        flipped.decide(1, 1)
        assert store.flush()
        assert read_decisions(path) == {5: (2, "first row"), 0: (0, ""), 1: (1, "")}
    # then edited one answer that had a decision: that one decision is dropped, the rest stay
    edited = list(reversed(ROWS))
    edited[5] = ("s1", "Ann", "q1", "Cells split in two.")
    with ProjectStore.open(path) as store:
        fresh = make_session(edited)
        counts = store.restore(fresh)
        assert counts["decisions"] == 2 and counts["dropped"] == 1
        assert set(fresh.decisions) == {0, 1}
        assert [e["comment"] for e in store.decision_log()][0] == "first row"  # the log keeps it


def test_not_a_project_file_refused(tmp_path):
    junk = tmp_path / "junk.grader-project"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ProjectError, match="not a Grader project"):
        ProjectStore.open(junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(str(other))
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="not a Grader project"):
        ProjectStore.open(other)


def test_read_only_folder_falls_back_to_user_data(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(project_store, "_folder_writable", lambda folder: False)
    sheet = tmp_path / "ro" / "class.xlsx"
    p = project_path_for(sheet)
    assert p.parent == tmp_path / "data" / "projects"
    assert p.name.startswith("class-") and p.name.endswith(".grader-project")
    assert project_path_for(tmp_path / "elsewhere" / "class.xlsx") != p  # different sheet, different file
    store = ProjectStore.open(p)  # its folder is created
    store.close()
    assert p.exists()


def test_decision_with_restore_none_and_reopen_keeps_log(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        store.attach(s)
        s.restore(3, Decision(score=1, comment="ok", at="2026-01-01T00:00:00+00:00"))
        s.decide(3, 0)
    with ProjectStore.open(path) as store:
        assert [e["score"] for e in store.decision_log()] == [1, 0]
        assert store.decision_count() == 1


def test_predictions_of_another_model_are_not_restored(tmp_path):
    path = tmp_path / "p.grader-project"
    s = make_session()
    with ProjectStore.open(path) as store:
        store.save_predictions(s)
    fresh = make_session()
    fresh.clear_predictions()
    fresh.set_item_info(ItemInfo(item="q1", bundle_id="another-model", labels=(0, 1, 2)))
    with ProjectStore.open(path) as store:
        counts = store.restore(fresh)
    assert counts["predictions"] == 3  # only q2's, whose model is unchanged
    assert {fresh.answers[k].item for k in fresh.predictions} == {"q2"}


def test_unsaved_decisions_are_kept_reported_and_flushed(tmp_path, monkeypatch):
    path = tmp_path / "p.grader-project"
    s = make_session()
    store = ProjectStore.open(path)
    store.attach(s)
    heard: list[tuple[str, str]] = []
    store.on_error = lambda exc: heard.append((str(exc), threading.current_thread().name))
    failing = failing_writes(monkeypatch)
    s.decide(0, 2)                       # returns at once; the writer thread fails and says so
    assert store.flush() is False
    text, thread = heard[0]
    assert text.startswith("your decision is kept but could not be saved to p.grader-project (1 unsaved); check the disk")
    assert thread.startswith("project writer")
    s.decide(1, 1)
    assert store.flush() is False and heard[-1][0].startswith("2 of your decisions are kept but could not be saved")
    assert s.final_score(0) == 2 and read_decisions(path) == {} and set(store.unsaved) == {0, 1}
    assert "disk is full" in str(store.last_error)
    failing["on"] = False
    assert store.flush() is True
    assert read_decisions(path) == {0: (2, ""), 1: (1, "")}
    assert store.unsaved == {} and store.last_error is None
    assert store.close() == ""


def test_decisions_while_predictions_are_saved_on_another_thread(tmp_path):
    import threading

    rows = [(f"s{i}", f"N{i}", "q1" if i % 2 else "q2", f"answer number {i} about cells") for i in range(3000)]
    s = make_session(rows)
    store = ProjectStore.open(tmp_path / "p.grader-project")
    store.attach(s)
    errors = []

    def save_again_and_again():
        try:
            for _ in range(5):
                store.save_predictions(s)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=save_again_and_again)
    t.start()
    for k in range(0, 200, 2):
        s.decide(k, 1)
    t.join(60)
    assert not t.is_alive() and errors == []
    assert store.flush()
    assert set(read_decisions(store.path)) == set(range(0, 200, 2))
    con = sqlite3.connect(str(store.path))
    assert con.execute("SELECT count(*) FROM predictions").fetchone()[0] == 3000
    con.close()
    store.close()
