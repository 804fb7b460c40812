"""QA (s51b #10): one pasted answer of 20 MB cost 3.5 GB and 25 s to score; nothing capped what the model and the
flags read of an answer, and the CSV reader takes a field of up to 64 MB. A model and the flags now read an answer's
first ``text.READ_CHARS`` characters (about five times the longest of the 22,143 ASAP-SAS answers); an answer longer
than that always goes to the teacher (TOO_LONG), two pastes that begin alike are copies only if they end alike too,
and the answer is still written whole. Real bundles through onnxruntime, real files written and read back."""
from __future__ import annotations

import csv
import random

import pandas as pd
import pytest

from grader_app.core.flags import DUPLICATE, TOO_LONG, copy_key, flags_for_group
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.scoring.model import Scorer
from grader_app.text import READ_CHARS, normalise_many, read_part

WORDS = ("osmosis diffusion membrane water energy protein channel active transport cell concentration gradient "
         "the moves from high to low because").split()


def prose(chars: int, seed: int = 0) -> str:
    r = random.Random(seed)
    out, n = [], 0
    while n < chars:
        w = r.choice(WORDS)
        out.append(w)
        n += len(w) + 1
    return " ".join(out)[:chars]


def test_the_cut_is_well_above_every_real_answer():
    """The figures the cut was chosen from: no ASAP-SAS answer (all ten sets, scored and unlabelled) comes near it, the
    longest (2,083 characters) not to a quarter of it; so no real answer is cut, or flagged for its length alone."""
    from grader_app.distill.asap import asap_dir

    assert read_part("x" * (READ_CHARS + 5)) == "x" * READ_CHARS and read_part("short") == "short"
    folder = asap_dir()
    if not (folder / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    longest = max(len(t) for name in ("train_rel_2.tsv", "unlabeled_private_leaderboard.tsv")
                  for t in pd.read_csv(folder / name, sep="\t", dtype=str, keep_default_na=False)["EssayText"])
    assert longest == 2083 and 4 * longest < READ_CHARS <= 20_000


def test_a_model_reads_only_the_start_of_a_paste(tmp_path, monkeypatch):
    from bundle_factory import make_bundle   # a real tiny graph, through onnxruntime

    from grader_app.bundles.archive import read_bundle

    scorer = Scorer(read_bundle(make_bundle(tmp_path)))
    seen: list[int] = []
    real = scorer._session.run

    def spy(outputs, feeds, options=None):   # what the graph is given
        seen.extend(len(t) for t in feeds["text"])
        return real(outputs, feeds, options)

    monkeypatch.setattr(scorer._session, "run", spy)
    paste = prose(300_000)
    probs = scorer.predict_proba(["water moves by osmosis", paste])
    assert probs.shape[0] == 2 and max(seen) <= READ_CHARS
    same = scorer.predict_proba([read_part(paste)])   # the paste scores as its start
    assert abs(probs[1] - same[0]).max() < 1e-5
    assert max(map(len, normalise_many([paste]))) <= READ_CHARS   # what the models learned from marks read too


def test_a_paste_always_goes_to_the_teacher_even_among_long_answers():
    """Answers of 1,500 words each (no word count is six times the median): the one past the cut is TOO_LONG."""
    long_ones = [prose(READ_CHARS - 500, seed=i) for i in range(5)]
    paste = prose(READ_CHARS * 3, seed=9)
    flags = flags_for_group([*long_ones, paste])
    assert [TOO_LONG in f for f in flags] == [False] * 5 + [True]


def test_two_pastes_that_begin_alike_are_copies_only_if_they_end_alike():
    start = prose(READ_CHARS + 10)
    a, b, c = start + " the end one", start + " another ending", start + " the end one"
    flags = flags_for_group([a, b, c, "water moves by osmosis across the membrane"])
    assert [DUPLICATE in f for f in flags] == [True, False, True, False]
    assert copy_key(a) == copy_key(c) != copy_key(b)


def _session(answer: str) -> GradingSession:
    frame = pd.DataFrame({"id": ["S1", "S2"], "Answer": ["Water moves by osmosis.", answer]}, dtype=object)
    s = GradingSession(Sheet(frame=frame), ColumnMapping(layout=LONG, id_column="id", answer_column="Answer",
                                                         default_item="Q1"))
    s.set_item_info(ItemInfo(item="Q1", bundle_id=None, labels=(0, 1, 2), title="Q1"))
    return s


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_answer_is_still_written_whole(tmp_path, suffix):
    from grader_app.io.readers import read_sheet
    from grader_app.io.writers import write_graded
    from grader_app.io.xlsx_cells import EXCEL_CELL_LIMIT

    paste = prose(READ_CHARS * 3) + " =1+1"
    s = _session(paste)
    assert TOO_LONG in s.flags[1]
    s.decide(1, 2)
    out = write_graded(s, tmp_path / f"graded{suffix}")
    back = read_sheet(out).frame["Answer"].tolist()[1]
    assert back == (paste if suffix == ".csv" else paste[:EXCEL_CELL_LIMIT])   # XLSX: Excel's own cell limit
    if suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            assert list(csv.reader(fh))[2][1] == paste   # as typed: nothing to guard in it
