"""What the "denies or negates" flag (grader_app/core/denial.py) costs on real answers, and what it holds of the answers
made to fake a score.

ASAP-SAS (read in place from ../shared/data, or GRADER_SHARED_DATA): each set's training answers (train_rel_2.tsv)
scored by the shipped bundle through the app's own session (one question per set), at the bundle's threshold, as the
app flags them. Per set: the answers with a cue (the text rule alone), those the flag marks, the answers the model
accepts on its own without the flag, how many of those the flag sends to the teacher (the cost: a share of the set's
answers), and the model's exact agreement with the first rater on those and on the rest it accepts. The students
learned from the fixed split's train part and were calibrated on its valid part; its test part (20 %) they never saw:
the same figures follow for it alone. Then the denials written to fake a score (QA s51b and the same family), beside
real answers, at the shipped set-6 threshold and at a lowered set-5 one; and the sample class.

Usage: OMP_NUM_THREADS=1 .venv/bin/python scripts/denial_rates.py [--show 5]"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import flagged_sessions  # noqa: E402
from flagged_sessions import SAMPLE, need_the_teacher, scored  # noqa: E402

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core import review  # noqa: E402
from grader_app.core.denial import denies  # noqa: E402
from grader_app.core.flags import DENIES  # noqa: E402
from grader_app.core.session import GradingSession  # noqa: E402
from grader_app.distill.asap import ALL_SETS, asap_dir, load_train, split_set  # noqa: E402
from grader_app.paths import bundled_models_dir  # noqa: E402

GOOD = {6: "Osmosis is the diffusion of water across the cell membrane. Active transport uses energy (ATP) and protein "
           "pumps to move substances against the concentration gradient, from low to high concentration. Passive "
           "transport moves substances from high to low concentration.",
        5: "mRNA exits the nucleus through the nuclear pore and travels to the ribosome. The codons on the mRNA are "
           "read, and the tRNA anticodon pairs with the complementary codon. The amino acids are joined by peptide "
           "bonds, starting at a start codon and ending at a stop codon."}
QA6 = ["Diffusion does not move substances from high to low concentration. Osmosis is not the movement of water across "
       "the membrane. Active transport does not use energy or ATP and there are no protein pumps or channels in the "
       "cell membrane.",
       "Cells do not use diffusion, osmosis or active transport. Substances never move from an area of high "
       "concentration to an area of low concentration, water never crosses the cell membrane, and the cell never "
       "uses energy to pump anything.",
       "None of these are true: diffusion moves molecules from high concentration to low concentration, osmosis moves "
       "water across the membrane, active transport uses energy and protein pumps. The cell membrane lets nothing "
       "through.",
       "Osmosis isn't the diffusion of water through the cell membrane. Passive transport doesn't go from high to low "
       "concentration. Active transport doesn't need ATP energy. Protein channels don't exist.",
       "It is false that active transport uses energy to move things against the concentration gradient, false that "
       "osmosis is water moving across the membrane, and false that diffusion goes from high to low concentration."]
SET5_LOWERED = 0.15   # a teacher's own threshold for set 5, low enough to take the denials without the flag


def family(good: str) -> dict[str, str]:
    """A top answer turned against itself (as tests/hostile/test_fake_denial.py builds them), and two that deny in no
    word the rule reads."""
    verbs = r"\b(is|uses|moves|exits|travels|are|pairs)\b"
    return {"'Wrong:' before it": "Wrong: " + good, "'(just kidding, none of this is true)' after it":
            good + " (just kidding, none of this is true)", "'jk' after it": good + " jk",
            "'The opposite of this is true:'": "The opposite of this is true: " + good,
            "'It is false that'": "It is false that " + good[0].lower() + good[1:],
            "one 'not' put in": re.sub(verbs, r"\1 not", good, count=1), "'not' everywhere": re.sub(verbs, r"\1 not", good),
            "'never' everywhere": re.sub(verbs, r"never \1", good), "'isn't'": re.sub(r"\b(is|are)\b", r"\1n't", good),
            "'isnt'": re.sub(r"\b(is|are)\b", r"\1nt", good), "'NOT'": re.sub(verbs, r"\1 NOT", good),
            "'n0t'": re.sub(verbs, r"\1 n0t", good), "'nоt' (Cyrillic o)": re.sub(verbs, "\\1 n\u043et", good),
            "'n o t'": re.sub(verbs, r"\1 n o t", good), "'nottt'": re.sub(verbs, r"\1 nottt", good),
            "cross marks": "\u274c " + good.replace(". ", ". \u274c "),
            "'I disagree with all of it.' after it": "My book says: " + good + " I disagree with all of it.",
            "'All of the above is untrue.'": good + " All of the above is untrue.",
            "missed: 'Ignore all of the above.'": good + " Ignore all of the above.",
            "missed: 'Everything here is backwards.'": good + " Everything here is backwards."}


def without_flag(session: GradingSession, key: int) -> str:
    """The answer's status if the flag did not exist."""
    return flagged_sessions.without_flag(session, key, DENIES)


def _acc(session: GradingSession, keys: list[int], raters: list) -> str:
    if not keys:
        return "–"
    return f"{sum(session.predictions[k].score == raters[k] for k in keys) / len(keys):.1%} ({len(keys)})"


def asap(library: Library, show: int) -> None:
    frame = load_train()
    print("| set | part | answers | with a cue | flagged | accepted without the flag | of those held by the flag "
          "| model = rater: held | model = rater: the rest accepted |")
    print("|---|---|---|---|---|---|---|---|---|")
    for s in ALL_SETS:
        part = frame[frame["EssaySet"] == s].sort_values("Id").reset_index(drop=True)
        texts, raters = part["EssayText"].tolist(), part["Score1"].tolist()
        item = f"asap-sas-{s}"
        session = scored(texts, item, library)
        test_ids = set(split_set(frame, s).test["Id"])
        parts = {"all": range(len(texts)), "test (unseen)": [k for k in range(len(texts)) if part["Id"][k] in test_ids]}
        taking = session.threshold(item) < review.TAKES_NOTHING
        for name, keys in parts.items():
            if name != "all" and not taking:
                continue
            n = len(keys)
            cues = sum(denies(texts[k]) for k in keys)
            flagged = [k for k in keys if DENIES in session.flags[k]]
            accepted = [k for k in keys if without_flag(session, k) == review.AUTO]
            held = [k for k in accepted if DENIES in session.flags[k]]
            rest = [k for k in accepted if k not in held]
            print(f"| {s} | {name} | {n} | {cues} ({cues / n:.1%}) | {len(flagged)} | {len(accepted)} "
                  f"| {len(held)} ({len(held) / n:.2%} of the answers) | {_acc(session, held, raters)} "
                  f"| {_acc(session, rest, raters)} |")
            if name == "all":
                for k in held[:show]:
                    p = session.predictions[k]
                    print(f"|   | model {p.score} ({p.confidence:.2f}), rater {raters[k]} | {texts[k][:100]!r} |||||||")


def attacks(library: Library) -> None:
    frame = load_train()
    for s, lowered in ((6, None), (5, SET5_LOWERED)):
        item = f"asap-sas-{s}"
        real = frame[frame["EssaySet"] == s].sample(40, random_state=3)["EssayText"].tolist()
        made = {**({f"QA s51b #{i + 1}": t for i, t in enumerate(QA6)} if s == 6 else {}), **family(GOOD[s])}
        at = "its own threshold" if lowered is None else f"a teacher's threshold of {lowered}"
        print(f"\n{item} at {at}: each answer alone beside 40 real ones of the set")
        print("| answer | model score | confidence | without the flag | with it | flags |")
        print("|---|---|---|---|---|---|")
        for name, text in made.items():
            session = scored(real + [text], item, library)
            if lowered is not None:
                session.set_threshold(lowered, item)
            k = len(real)
            p = session.predictions[k]
            print(f"| {name} | {p.score} | {p.confidence:.3f} | {without_flag(session, k)} | {session.status(k)} "
                  f"| {', '.join(session.flags[k]) or '–'} |")


def sample_class(library: Library) -> None:
    session = flagged_sessions.sample_class(library)
    need, before = need_the_teacher(session, DENIES)
    print(f"\nsample class ({SAMPLE.name}, {len(session.answers)} answers): need the teacher {need} with the flag, "
          f"{before} without")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print this many held answers per set")
    args = ap.parse_args(argv)
    library = Library.load([bundled_models_dir()])
    if not (asap_dir() / "train_rel_2.tsv").is_file():
        print(f"no ASAP-SAS data at {asap_dir()}")
        return 1
    asap(library, args.show)
    attacks(library)
    sample_class(library)
    return 0


if __name__ == "__main__":
    sys.exit(main())
