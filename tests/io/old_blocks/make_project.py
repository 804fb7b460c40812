"""Makes ``blocks.grader-project``: the project file of ``blocks.csv`` as Grader saved it before commit a641f8c
("Grading reads an empty question cell as the question above it"), made by that Grader's own code, not by hand.

``blocks.csv`` names each question once, at the top of its block of answers, its question cells empty below. Grader
before a641f8c read those empty cells as a question of its own with no name (item ""), so its project hashes those
answers under "". The teacher's work made here, through that Grader's session and store: scores with comments on
answers of each question (the nameless one's included), a comment waiting for its score, and an answer pulled out of
its group; the tiny asap-sas-1 bundle of ``tests/bundle_factory.py`` scores its question, as a teacher's model would.

Run it from the repository's root with the older Grader first on the path (a641f8c's parent, 7e8207d):

    mkdir -p /tmp/old && git archive 7e8207d grader_app | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old:tests .venv/bin/python tests/io/old_blocks/make_project.py

It refuses to run with a Grader that already reads an empty question cell as the question above (that one would make
a new project, not an old one). The file is written beside this script, its write-ahead log checkpointed into it.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))   # for old_project_makers

import grader_app  # noqa: E402
from bundle_factory import make_bundle  # noqa: E402
from grader_app import workflow  # noqa: E402
from grader_app.bundles.library import Library  # noqa: E402
from old_project_makers import kept_as_fixture, teachers_work  # noqa: E402

# what the teacher did, by the answer's text: score, comment
DECIDED = {
    "Ice is less dense than water.": (2, "Right, say why."),          # asap-sas-1, its question named on its row
    "Its molecules form an open lattice.": (3, "Full marks."),        # under asap-sas-1, its cell empty
    "Because of the hydrogen bonds.": (1, "Only half of it."),        # under asap-sas-1, its cell empty
    "No wind moves the dust.": (1, "Good."),                          # under extra-q, its cell empty
}
WAITING = {"Footprints stay there.": "Why do they stay?"}            # a comment waiting for its score
PULLED_OUT = ["It floats because it is lighter."]                    # taken out of its group by the teacher


def main() -> None:
    if (Path(grader_app.__file__).parent / "core" / "row_questions.py").exists():
        sys.exit("run this with the Grader before a641f8c first on PYTHONPATH (see its docstring)")
    with tempfile.TemporaryDirectory(prefix="grader-old-") as tmp:
        folder = Path(tmp) / "class"
        folder.mkdir()
        sheet_path = folder / "blocks.csv"
        shutil.copyfile(HERE / "blocks.csv", sheet_path)
        make_bundle(Path(tmp) / "bundles", "asap-sas-1", title="Science: cell membrane")
        library = Library.load([Path(tmp) / "bundles"])
        opened = workflow.open_sheet(sheet_path, library)
        assert opened.store is None, "a project already beside the sheet"
        items = sorted({str(v).strip() for v in opened.sheet.frame["Question"].tolist()})
        assert items == ["", "asap-sas-1", "extra-q"], items   # the older reading: a question with no name
        chosen = {"asap-sas-1": "asap-sas-1", "extra-q": None, "": None}
        prepared = workflow.prepare_session(sheet_path, opened.sheet, opened.mapping, chosen, library)
        session, store = prepared.session, prepared.store
        workflow.score_all(session, prepared.bundles)
        workflow.save_predictions(store, session)
        by_text = {a.text: a.key for a in session.answers}
        teachers_work(session, store, by_text, DECIDED, WAITING, PULLED_OUT)
        kept_as_fixture(store, session, sheet_path, HERE / "blocks.grader-project")


if __name__ == "__main__":
    main()
