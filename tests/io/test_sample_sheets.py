"""The sample sheets in assets/: up to date with their generator, readable, and holding the cases
the app must notice (blanks, copies of the prompt, identical answers, gibberish, a leading "=")."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from grader_app.core import flags
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, WIDE
from grader_app.io import guess_columns, read_sheet, write_graded

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
ITEMS = ["asap-sas-1", "asap-sas-5", "asap-sas-10"]


def _generator():
    spec = importlib.util.spec_from_file_location("make_sample_sheets", ROOT / "scripts" / "make_sample_sheets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generator_is_deterministic_and_assets_are_current(tmp_path):
    gen = _generator()
    a, b = tmp_path / "a", tmp_path / "b"
    assert gen.main(["--out", str(a)]) == 0 and gen.main(["--out", str(b)]) == 0
    for name in ("sample-class.xlsx", "sample-class-wide.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs between runs"
        assert (a / name).read_bytes() == (ASSETS / name).read_bytes(), f"assets/{name} is stale: rerun the generator"


def test_long_sample_reads_and_guesses():
    sheet = read_sheet(ASSETS / "sample-class.xlsx")
    assert sheet.columns == ["Student ID", "Name", "Question", "Answer"]
    assert sheet.header_row == 2 and len(sheet) == 90
    ws = openpyxl.load_workbook(ASSETS / "sample-class.xlsx").active
    assert ws["A1"].value == "Year 9 Science — unit test answers"
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, m.item_column, m.answer_column) == (
        LONG, "Student ID", "Name", "Question", "Answer")
    session = GradingSession(sheet, m)
    assert session.item_keys() == ITEMS
    assert sorted(set(sheet.frame["Student ID"])) == [f"S{i:02d}" for i in range(1, 31)]
    seen = Counter(f for fl in session.flags.values() for f in fl)
    assert seen[flags.BLANK] == 3
    assert seen[flags.DUPLICATE] == 2
    assert seen[flags.NOT_PROSE] >= 1
    assert any("asdf" in a.text for a in session.answers if flags.NOT_PROSE in session.flags[a.key])
    assert [a.text[:1] for a in session.answers].count("=") == 1


def test_wide_sample_matches_long_sample():
    wide = read_sheet(ASSETS / "sample-class-wide.csv")
    long = read_sheet(ASSETS / "sample-class.xlsx")
    assert wide.columns == ["Student ID", "Name"] + ITEMS and len(wide) == 30
    m = guess_columns(wide)
    assert m.layout == WIDE and m.answer_columns == {i: i for i in ITEMS} and m.id_column == "Student ID"
    by_pair = {(r["Student ID"], r["Question"]): r["Answer"] for _, r in long.frame.iterrows()}
    for _, r in wide.frame.iterrows():
        for item in ITEMS:
            assert r[item] == by_pair[(r["Student ID"], item)]


def test_copied_prompt_answers_are_flagged_with_the_real_prompts():
    from grader_app.distill.asap import shared_data_dir

    prompts = shared_data_dir() / "asap_sas" / "prompts"
    if not prompts.is_dir():
        pytest.skip("the shared data folder is not here")
    items = {f"asap-sas-{n}": ItemInfo(item=f"asap-sas-{n}", prompt=(prompts / f"essay_{n}_description.txt")
                                       .read_text(encoding="utf-8", errors="replace"))
             for n in (1, 5, 10)}
    sheet = read_sheet(ASSETS / "sample-class.xlsx")
    session = GradingSession(sheet, guess_columns(sheet), items)
    copied = [session.answers[k].item for k, fl in session.flags.items() if flags.COPIED in fl]
    assert sorted(copied) == ["asap-sas-1", "asap-sas-5"]


def test_sample_formula_answer_survives_export(tmp_path):
    sheet = read_sheet(ASSETS / "sample-class.xlsx")
    items = {i: ItemInfo(item=i, labels=(0, 1, 2, 3)) for i in ITEMS}
    session = GradingSession(sheet, guess_columns(sheet), items)
    session.set_predictions(range(len(session.answers)), np.tile([0.1, 0.2, 0.6, 0.1], (len(session.answers), 1)))
    ws = openpyxl.load_workbook(write_graded(session, tmp_path / "graded.xlsx")).active
    eq = [r for r in ws.iter_rows(min_row=2) if str(r[3].value or "").startswith("=")]
    assert len(eq) == 1 and eq[0][3].data_type == "s" and eq[0][4].value == 2
