"""The comment bank without Qt: kept in the project file (read back by a fresh ProjectStore) and in the
teacher's own bank (offered again in a later project for the same question), the most used first,
removed from both, written whole and atomically."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from grader_app.core.comment_bank import (BANK_FILE, BankEntry, CommentBank, UserBank, merged, ordered,
                                          question_identity, user_bank_path)
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.project_store import ProjectStore

PROMPT = "Why does ice float on water?  Explain using density."


def session_for(students, item="Q1", prompt=PROMPT) -> GradingSession:
    frame = pd.DataFrame({"Name": students, "Question": [item] * len(students),
                          "Answer": [f"answer of {s}" for s in students]}, dtype=object)
    mapping = ColumnMapping(name_column="Name", item_column="Question", answer_column="Answer")
    return GradingSession(Sheet(frame=frame), mapping, {item: ItemInfo(item=item, prompt=prompt)})


@pytest.fixture
def user(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_DATA_DIR", str(tmp_path / "userdata"))
    return UserBank()


def test_the_user_bank_lives_in_the_data_folder(user, tmp_path):
    assert user.path == user_bank_path() == tmp_path / "userdata" / BANK_FILE


def test_question_identity_is_the_normalised_text_else_the_item():
    assert question_identity("Q1", PROMPT) == question_identity("question 7", "why does ICE float on water? explain "
                                                                             "using density.")
    assert question_identity("Q1", PROMPT).startswith("text:")
    assert question_identity("  Q1 ") == question_identity("q1") == "item:q1"
    assert question_identity("Q1") != question_identity("Q2")


def test_order_most_used_then_latest_used_then_first_added():
    entries = [BankEntry("a", 0, "2026-01-01"), BankEntry("b", 3, "2026-01-02", "2026-02-01"),
               BankEntry("c", 3, "2026-01-03", "2026-03-01"), BankEntry("d", 0, "2025-12-01")]
    assert [e.text for e in ordered(entries)] == ["c", "b", "d", "a"]
    both = merged([BankEntry("a", 1, "2026-01-05", "2026-01-06")], [BankEntry("a", 4, "2026-01-01", "2026-01-02")])
    assert both == [BankEntry("a", 4, "2026-01-01", "2026-01-06")]


def test_bank_kept_in_the_project_file_and_read_back_by_a_fresh_store(tmp_path, user):
    session = session_for(["Ann", "Ben"])
    store = ProjectStore.open(tmp_path / "class.grader-project")
    bank = CommentBank(session, store, user)
    assert bank.add("Q1", "  Mention density.  ")
    assert bank.add("Q1", "Say why ice is less dense.")
    assert not bank.add("Q1", "Mention density.")           # already there
    assert not bank.add("Q1", "   ")                        # nothing to keep
    store.close()
    fresh = ProjectStore.open(tmp_path / "class.grader-project")
    try:
        assert [e.text for e in fresh.bank_entries("Q1")] == ["Mention density.", "Say why ice is less dense."]
        assert fresh.bank_entries("Q2") == []
        # the project keeps its bank even where the teacher's own bank is gone (another computer)
        user.path.unlink()
        assert CommentBank(session, fresh, UserBank()).texts("Q1") == ["Mention density.", "Say why ice is less dense."]
    finally:
        fresh.close()


def test_offered_in_a_later_project_for_the_same_question(tmp_path, user):
    this_year = session_for(["Ann", "Ben"], item="Q1")
    with ProjectStore.open(tmp_path / "2026.grader-project") as store:
        CommentBank(this_year, store, user).add("Q1", "Mention density.")
    next_year = session_for(["Cai", "Dee", "Eve"], item="Question 3")   # another sheet, same question text
    other = session_for(["Fay"], item="Q1", prompt="Name the parts of a cell.")
    with ProjectStore.open(tmp_path / "2027.grader-project") as store:
        bank = CommentBank(next_year, store, UserBank())
        assert bank.texts("Question 3") == ["Mention density."]
        assert store.bank_entries("Question 3") == []            # offered, not copied until used
        bank.use("Question 3", ["Mention density."])
        assert [(e.text, e.uses) for e in store.bank_entries("Question 3")] == [("Mention density.", 1)]
        assert CommentBank(other, store, UserBank()).texts("Q1") == []   # same id, another question


def test_used_comments_rise_to_the_top_in_project_and_user_bank(tmp_path, user):
    session = session_for(["Ann"])
    with ProjectStore.open(tmp_path / "p.grader-project") as store:
        bank = CommentBank(session, store, user)
        for text in ("First.", "Second.", "Third."):
            bank.add("Q1", text)
        assert bank.texts("Q1") == ["First.", "Second.", "Third."]
        bank.use("Q1", ["Third."])
        bank.use("Q1", ["Third.", "Second."])
        assert bank.texts("Q1") == ["Third.", "Second.", "First."]
        assert [(e.text, e.uses) for e in bank.entries("Q1")] == [("Third.", 2), ("Second.", 1), ("First.", 0)]
    # the teacher's own bank counted the same uses
    assert [(e.text, e.uses) for e in ordered(UserBank().entries(question_identity("Q1", PROMPT)))] == [
        ("Third.", 2), ("Second.", 1), ("First.", 0)]


def test_removed_from_the_project_and_for_later_projects(tmp_path, user):
    session = session_for(["Ann"])
    with ProjectStore.open(tmp_path / "p.grader-project") as store:
        bank = CommentBank(session, store, user)
        bank.add("Q1", "Keep me.")
        bank.add("Q1", "Drop me.")
        bank.remove("Q1", "Drop me.")
        assert bank.texts("Q1") == ["Keep me."]
        assert [e.text for e in store.bank_entries("Q1")] == ["Keep me."]
    assert [e.text for e in UserBank().entries(question_identity("Q1", PROMPT))] == ["Keep me."]


def test_user_bank_file_is_json_written_atomically_and_a_damaged_one_is_kept_aside(user):
    identity = question_identity("Q1", PROMPT)
    user.add(identity, "Mention density.", item="Q1")
    data = json.loads(user.path.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["questions"][identity]["comments"][0]["text"] == "Mention density."
    assert [p.name for p in user.path.parent.iterdir()] == [BANK_FILE]   # no temporary file left behind
    user.path.write_text("{ not json", encoding="utf-8")
    assert user.entries(identity) == []                 # read as empty ...
    user.add(identity, "New one.")
    assert [e.text for e in user.entries(identity)] == ["New one."]
    aside = [p for p in user.path.parent.iterdir() if p.name != BANK_FILE]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{ not json"   # ... never overwritten


def test_a_bank_without_a_project_is_the_teachers_own(user):
    bank = CommentBank(session_for(["Ann"]), None, user)
    assert bank.add("Q1", "Only in my bank.")
    assert bank.texts("Q1") == ["Only in my bank."]
