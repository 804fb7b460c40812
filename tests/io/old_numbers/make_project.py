"""Makes the project files of ``numbers.xlsx`` and ``blocks.xlsx`` as older Graders saved them, each by that Grader's
own code, not by hand: Graders that read an answer cell under a number format as the number it stores ("0.5", "0.75",
"3.5") where today's reads it as Excel shows it ("50%", "3/4", "3.50").

Each sheet's answers are numbers under "0%" (q1), "# ?/?" (q2) and "0.00" (q3), and text (q4). ``numbers.xlsx`` names
the question on every row; ``blocks.xlsx`` names each once, at the top of its answers. What the older Grader read,
by the commit it is (its files say which):

- ``before_fractions.grader-project``: c70a905's parent, b04ae51. Every number as it is stored ("0.5", "0.75", "3.5").
- ``before_formats.grader-project``: 2ee6b12's parent, 96271e5. Fractions and percents as shown ("3/4", "50%", since
  c70a905 and fc194eb), any other number as stored ("3.5").
- ``before_above.grader-project`` (of ``blocks.xlsx``): a641f8c's parent, 7e8207d. Every number as stored, and the
  empty question cells below a question as a question with no name ("").

The teacher's work made here, through that Grader's session and store: scores with comments on number answers of
each format and on a text answer, a comment waiting for its score, an answer pulled out of its group; the tiny
asap-sas-1 bundle of ``tests/bundle_factory.py`` scores q4, as a teacher's model would.

Run it from the repository's root with the older Grader first on the path, once per Grader:

    mkdir -p /tmp/old && git archive b04ae51 grader_app | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old:tests .venv/bin/python tests/io/old_numbers/make_project.py

(and so with 96271e5 and 7e8207d, each in a folder of its own). It refuses a Grader that reads every number format
as shown (that one would make a new project, not an old one). The sheets are written first if they are not here
(with the openpyxl on the path); each file is written beside this script, its write-ahead log checkpointed into it.
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
from grader_app.core.sheet import ColumnMapping  # noqa: E402
from old_project_makers import kept_as_fixture, teachers_work  # noqa: E402

HEADER = ["Student ID", "Name", "Question", "Answer"]
# (student id, name, question, answer, its number format): what each student answered
ROWS = [
    ("S01", "Ana", "q1", 0.5, "0%"), ("S02", "Ben", "q1", 0.25, "0%"), ("S03", "Cyd", "q1", "about half", None),
    ("S01", "Ana", "q2", 0.75, "# ?/?"), ("S02", "Ben", "q2", 1.5, "# ?/?"), ("S03", "Cyd", "q2", 0.75, "# ?/?"),
    ("S01", "Ana", "q3", 3.5, "0.00"), ("S02", "Ben", "q3", 3, "0.00"), ("S03", "Cyd", "q3", "three and a half", None),
    ("S01", "Ana", "q4", "Ice is less dense than water.", None),
    ("S02", "Ben", "q4", "It floats because it is lighter.", None),
    ("S03", "Cyd", "q4", "Because of the hydrogen bonds.", None),
]
# what the teacher did, by (student id, question): score, comment
DECIDED = {
    ("S01", "q1"): (1, "Half is right."), ("S02", "q1"): (0, "A quarter is not half."),
    ("S02", "q2"): (0, "Less than one."), ("S01", "q3"): (2, "Exact."), ("S02", "q3"): (1, "Show the decimals."),
    ("S01", "q4"): (2, "Good."),
}
WAITING = {("S03", "q2"): "Which fraction is it?"}    # a comment waiting for its score
PULLED_OUT = [("S01", "q2")]                           # out of its group (Cyd's same 0.75) by the teacher
MAPPING = dict(layout="long", id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")


def write_sheet(path: Path, named_once: bool) -> None:
    """The sheet: each row's answer under its number format; ``named_once``: a question's cell empty below its first."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Answers"
    ws.append(HEADER)
    for i, (sid, name, item, answer, code) in enumerate(ROWS, start=2):
        first = i == 2 or ROWS[i - 3][2] != item
        ws.append([sid, name, item if first or not named_once else None, answer])
        if code:
            ws.cell(row=i, column=4).number_format = code
    wb.save(path)


def which() -> tuple[str, str]:
    """(the project's name, the sheet's) for the Grader on the path; exits for one this script makes none of."""
    io = Path(grader_app.__file__).parent / "io"
    values = (io / "xlsx_values.py").read_text(encoding="utf-8")
    if (io / "number_formats.py").exists():
        sys.exit("run this with an older Grader first on PYTHONPATH (see its docstring)")
    if not (Path(grader_app.__file__).parent / "core" / "row_questions.py").exists():
        return "before_above", "blocks.xlsx"
    if "def fraction_text" not in values:
        return "before_fractions", "numbers.xlsx"
    if "def percent_text" in values:
        return "before_formats", "numbers.xlsx"
    sys.exit("this Grader reads fractions as shown but not percents: no project is made with it")


def main() -> None:
    name, sheet_name = which()
    for sheet, once in (("numbers.xlsx", False), ("blocks.xlsx", True)):
        if not (HERE / sheet).exists():
            write_sheet(HERE / sheet, once)
    with tempfile.TemporaryDirectory(prefix="grader-old-") as tmp:
        folder = Path(tmp) / "class"
        folder.mkdir()
        sheet_path = folder / sheet_name
        shutil.copyfile(HERE / sheet_name, sheet_path)
        make_bundle(Path(tmp) / "bundles", "asap-sas-1", title="Science: ice")
        library = Library.load([Path(tmp) / "bundles"])
        opened = workflow.open_sheet(sheet_path, library)
        assert opened.store is None, "a project already beside the sheet"
        mapping = ColumnMapping(**MAPPING)
        items = {str(v).strip() for v in opened.sheet.frame["Question"].tolist()}   # "" too, read so before a641f8c
        chosen = {item: ("asap-sas-1" if item == "q4" else None) for item in items}
        prepared = workflow.prepare_session(sheet_path, opened.sheet, mapping, chosen, library)
        session, store = prepared.session, prepared.store
        workflow.score_all(session, prepared.bundles)
        workflow.save_predictions(store, session)
        ids = {a.key: session.sheet.frame["Student ID"].iat[a.row] for a in session.answers}
        question = {a.key: session.sheet.frame["Question"].iat[a.row] or ROWS[a.row][2] for a in session.answers}
        by = {(ids[a.key], question[a.key]): a.key for a in session.answers}
        teachers_work(session, store, by, DECIDED, WAITING, PULLED_OUT)
        kept_as_fixture(store, session, sheet_path, HERE / f"{name}.grader-project")


if __name__ == "__main__":
    main()
