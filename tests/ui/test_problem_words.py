"""Problems in the teacher's language. A German teacher whose graded sheet was open in Excel was told
"Cannot write ... is open in another program" in English: the Qt-free layers say their problems in English
(the command line prints them), and the window showed that English sentence as it was. A problem raised with
``said(kind, ...)`` keeps its kind and values, and the window says it through Qt's translations."""
from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from grader_app.bundles.archive import read_bundle
from grader_app.bundles.errors import BundleError
from grader_app.errors import sentence
from grader_app.io.errors import SheetError
from grader_app.io.writers import atomic_write
from grader_app.problem_texts import TEXTS, WINDOW, counted, window_text
from grader_app.ui import i18n
from grader_app.ui.messages import plain
from grader_app.ui.problem_words import MARKED
from in_language import in_language

ROOT = Path(__file__).resolve().parents[2]


def test_every_problem_text_is_marked_for_translation_as_it_is_written():
    assert sorted(MARKED) == sorted(window_text(kind) for kind in TEXTS)
    assert set(WINDOW) <= set(TEXTS)


def test_the_window_never_tells_the_teacher_to_use_a_command_line_option(qapp):
    """Learning from a marked sheet with two columns of answers said "say which one ... with --answer-column" in the
    window too, where there is no such option: the window has its own sentence (the dialog's choice of the answers'
    column), the command line keeps the option."""
    from grader_app.learn.from_sheet import LearnError

    assert i18n.install("en")
    for kind in TEXTS:
        assert "--" not in window_text(kind), kind
    for kind in WINDOW:   # a window sentence of its own: for an option of the command line, or what the window does
        assert WINDOW[kind] != TEXTS[kind] and ("--answer-column" in TEXTS[kind] or kind in (
            "bundle.run_slow", "bundle.run_failed", "bundle.model_unloadable", "write.locked")), kind
    problem = LearnError.said("learn.no_answer_column", name="marks.csv")
    assert str(problem) == ("no column of marks.csv other than the scores holds text answers; name the answer column "
                            "with --answer-column")
    assert plain(problem) == ("No column of marks.csv other than the scores holds text answers; make the models again "
                              "and choose the column with the answers under “Which column holds the answers?”.")


def _catalogue(path: Path) -> bool:
    """A module that only writes the texts down (problem_texts and the parts it gathers: problem_texts_bundles,
    problem_texts_learning, problem_singulars): a kind written there is not raised by it."""
    return path.parent == ROOT / "grader_app" and (path.name.startswith("problem_texts")
                                                   or path.name == "problem_singulars.py")


def test_every_kind_the_code_raises_has_a_text_and_every_text_is_raised():
    """Only problem_texts.py was left out of the search, so every ``bundle.*`` kind written in problem_texts_bundles
    (and every counted one in problem_singulars) counted as named by the code: a text nothing raises still passed."""
    raised: set[str] = set()
    named: set[str] = set()
    catalogues = sorted(p.name for p in (ROOT / "grader_app").glob("*.py") if _catalogue(p))
    assert catalogues == ["problem_singulars.py", "problem_texts.py", "problem_texts_bundles.py",
                          "problem_texts_learning.py"], catalogues
    for path in (ROOT / "grader_app").rglob("*.py"):
        if _catalogue(path):
            continue
        code = path.read_text(encoding="utf-8")
        raised |= set(re.findall(r'\.said\(\s*"([\w.]+)"', code))
        named |= set(re.findall(r'"((?:write|read|project|bundle|columns)\.\w+)"', code))   # a kind chosen before said(kind)
    assert raised <= set(TEXTS), raised - set(TEXTS)
    assert set(TEXTS) <= raised | named, set(TEXTS) - raised - named


def _read_only_problem(tmp_path) -> SheetError:
    target = tmp_path / "graded.csv"
    target.write_text("the teacher's own file\n", encoding="utf-8")
    target.chmod(0o444)
    try:
        with pytest.raises(SheetError) as caught:
            atomic_write(target, lambda f: f.write(b"graded\n"))
    finally:
        target.chmod(0o644)
    assert target.read_text(encoding="utf-8") == "the teacher's own file\n"
    return caught.value


def _not_a_bundle(tmp_path) -> BundleError:
    path = tmp_path / "set1.gradebundle"
    path.write_bytes(b"this is a text file, not a zip")
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    return caught.value


def test_in_english_the_window_says_what_the_command_line_says(qapp, tmp_path):
    assert i18n.install("en")
    problem = _read_only_problem(tmp_path)
    assert plain(problem) == sentence(problem) == ("Cannot write graded.csv: that file is read-only; choose another file "
                                                   "name, or make the file writable and export again.")
    outer = BundleError.said("bundle.bad_manifest", name="asap-sas-1.gradebundle", detail=_not_a_bundle(tmp_path))
    assert plain(outer) == sentence(outer) == ("asap-sas-1.gradebundle cannot be used: set1.gradebundle is not a "
                                               "readable bundle (not a zip file); get a fresh copy.")


@pytest.mark.parametrize("lang, read_only, unusable", [
    ("de", "graded.csv kann nicht geschrieben werden: die Datei ist schreibgeschützt; wählen Sie einen anderen Dateinamen "
           "oder heben Sie den Schreibschutz auf und exportieren Sie erneut.",
     "asap-sas-1.gradebundle kann nicht verwendet werden: set1.gradebundle ist kein lesbares Modell (keine ZIP-Datei); "
     "besorgen Sie eine neue Kopie."),
    ("es", "No se puede escribir graded.csv: el archivo es de solo lectura; elige otro nombre de archivo, o permite "
           "escribir en él y vuelve a exportar.",
     "asap-sas-1.gradebundle no se puede usar: set1.gradebundle no es un modelo legible (no es un archivo zip); consigue "
     "una copia nueva.")])
def test_in_german_and_spanish_the_window_says_the_problem_and_the_problem_inside_it(qapp, tmp_path, lang, read_only,
                                                                                    unusable):
    problem = _read_only_problem(tmp_path)
    outer = BundleError.said("bundle.bad_manifest", name="asap-sas-1.gradebundle", detail=_not_a_bundle(tmp_path))
    with in_language(lang):
        assert plain(problem) == read_only
        assert plain(outer) == unusable
        assert str(problem).startswith("cannot write graded.csv: that file is read-only")   # the command line's English
        assert plain(SheetError("the sheet is empty; export it again")) == "The sheet is empty; export it again."


def test_every_problem_is_translated_with_its_values_filled_in(qapp):
    """Every problem but those that count something (said with plural forms: tests/ui/test_problem_plurals.py)."""
    values = {"name": "class 7b.xlsx", "what": "OSError", "why": "input/output error", "bundle": "asap-sas-1",
              "detail": "a detail", "member": "model.onnx", "suggestion": "class 7b-graded.xlsx", "encoding": "UTF-16",
              "cap": 200, "sheet": "Klasse 7b", "titles": "'Klasse 7b', 'Notes'",
              "recovered": "class 7b (recovered).grader-project", "more": "the thresholds",
              "column": "Punkte", "value": "2/3", "row": 17, "score": "3", "marks": 61, "question": "Frage 4",
              "columns": "Frage 1, Frage 2", "file": "frage-4.gradebundle", "folder": "Modelle", "low": "0",
              "high": "2", "other": "1", "system": "Canvas", "gone": "'Frage 1'", "found": "'Frage 1 (Antwort)'",
              "id": "asap-sas-6", "mb": 512, "op": "Tile", "seconds": "30", "list": "class 7b-unmatched.csv",
              "suffix": ".parquet", "version": 9, "wal": "class 7b.grader-project-wal",
              # a bundle's manifest and model (bundles.manifest, bundles.archive)
              "known": "1, 2", "normalisation": "lower-v9", "rule": "median-rule", "key": "item", "type": "a list",
              "most": 500, "field": "sha256", "who": "student", "metric": "qwk", "need": 2, "labels": 3, "given": 4,
              "inputs": "'tokens'", "threshold": "0.25", "point": "0.75", "target": "0.08",
              "shape": "[1, 1, 3]", "answers": 6, "answer": 5, "dtype": "object",
              # a question marked above the points an LMS gives it (io.lms_points)
              "title": "Frage 5", "lms": 2, "marked": 3}
    for lang in ("de", "es"):
        with in_language(lang):
            for kind, text in TEXTS.items():
                if counted(kind):
                    continue
                wanted = {k: v for k, v in values.items() if "{" + k + "}" in text}
                said = plain(SheetError.said(kind, **wanted))
                assert said != sentence(text.format(**wanted)), (lang, kind)
                assert all(str(v) in said for v in wanted.values()), (lang, kind, said)


def test_another_librarys_exception_inside_a_problem_is_kept_as_text_and_the_problem_pickles():
    problem = BundleError.said("bundle.bad_manifest", name="asap-sas-1.gradebundle",
                               detail=RuntimeError("[ONNXRuntimeError] bad graph"))
    assert problem.values["detail"] == "[ONNXRuntimeError] bad graph"
    again = pickle.loads(pickle.dumps(problem))
    assert str(again) == str(problem) == "asap-sas-1.gradebundle cannot be used: [ONNXRuntimeError] bad graph"
    assert again.kind == "bundle.bad_manifest"


@pytest.mark.parametrize("lang, expected", [
    ("de", "answers.xlsx ist beschädigt oder keine vollständige Excel-Arbeitsmappe; öffnen Sie die Datei in Excel und "
           "speichern Sie sie erneut, oder speichern Sie sie als CSV."),
    ("es", "answers.xlsx está dañado o no es un libro de Excel completo; ábrelo en Excel y vuelve a guardarlo, o "
           "guárdalo como CSV.")])
def test_a_damaged_workbook_is_said_in_the_teachers_language(qapp, tmp_path, lang, expected):
    import zipfile

    from grader_app.io.readers import read_sheet

    path = tmp_path / "answers.xlsx"
    with zipfile.ZipFile(path, "w") as zf:       # a workbook cut short: its parts name a worksheet that is not there
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='A' r:id='rId1'/></sheets>")
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert str(caught.value).startswith("answers.xlsx is damaged or not a complete Excel workbook")
    with in_language(lang):
        assert plain(caught.value) == expected


def test_a_sheet_with_a_header_and_no_answers_names_its_worksheet_in_german(qapp, tmp_path):
    import openpyxl

    from grader_app.io.readers import read_sheet

    path = tmp_path / "class.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Klasse 7b"
    wb.active.append(["Name", "Antwort"])
    wb.save(path)
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert str(caught.value).startswith("class.xlsx (sheet “Klasse 7b”) has a header row but no answers below it")
    with in_language("de"):
        assert plain(caught.value).startswith("class.xlsx (Blatt „Klasse 7b“) hat eine Kopfzeile, aber keine Antworten")


def test_a_german_or_spanish_sentence_starts_with_a_capital_as_an_english_one_does():
    """QA: the columns dialog showed "⚠ die Spalte „Answer“ ist leer…": the capital was given to English sentences
    only. A German or Spanish sentence's ordinary first word gets one too; a name as the first word stays as spelled."""
    from grader_app.errors import sentence

    assert sentence("die Spalte „Answer“ ist leer") == "Die Spalte „Answer“ ist leer."
    assert sentence("la columna «Answer» está vacía") == "La columna «Answer» está vacía."
    assert sentence("graded.xlsx konnte nicht gespeichert werden") == "graded.xlsx konnte nicht gespeichert werden."
