"""Feedback for students as a PDF (grader_app/ui/feedback_pdf.py), written through the export dialog's
worker and read back with Qt's own PDF reader (QtPdf): one page per student (a long one runs on to
more, each in their own range), every student's pages hold exactly their own answers, shown as typed
(HTML-like text, a formula, non-ASCII), and none of anyone else's; a page rendered is not blank."""
from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QImage, QPageSize

QtPdf = pytest.importorskip("PySide6.QtPdf", reason="QtPdf (the pyside6-pdf package) reads the PDF back")
QPdfDocument = QtPdf.QPdfDocument

from grader_app.bundles.library import Library  # noqa: E402
from grader_app.core.grading import match_bundles  # noqa: E402
from grader_app.core.session import GradingSession, ItemInfo  # noqa: E402
from grader_app.io.errors import SheetError  # noqa: E402
from grader_app.io.feedback import class_title, feedback_pages  # noqa: E402
from grader_app.ui.export_dialog import FEEDBACK_PDF, ExportDialog  # noqa: E402
from grader_app.ui.feedback_pdf import page_size_for_locale, render_feedback_pdf, write_feedback_pdf  # noqa: E402
from grader_app.workflow import score_all  # noqa: E402
from long_sheets import long_sheet_session  # noqa: E402
from pdf_read import loaded_pdf, page_texts  # noqa: E402
from ui_helpers import gray_pixels  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RUBRIC = {"0": "Not yet: the idea is missing", "1": "Partly: one idea without its reason",
          "2": "Full marks: the idea and its reason"}
ITEMS = ("ice", "moon")
LONG_ANSWER = " ".join(f"Sentence {n} of the longest answer, about why the moon shines." for n in range(140))
# (student id, name) -> answers to ice and moon; every non-blank answer is unique
STUDENTS = {
    ("S01", "Ann Lee"): ("Ice floats: it is less dense than water (S01).", "The moon reflects sunlight (S01)."),
    ("S02", "Schüler ñ"): ("<b>x</b> Wärme & <i>Kälte</i> &amp; ñandú (S02)", "<script>alert('S02')</script> Mond"),
    ("S03", "Ben Okafor"): ("", "=cmd|' /C calc'!A0 (S03)"),
    ("S04", "Cara Díaz"): ("=1+1", LONG_ANSWER),
    ("S05", "Dev Rao"): ("  Two lines (S05):\nfirst,\n    then indented.", "@SUM(A1) +2 -3 (S05)"),
}


def squeeze(text: str) -> str:
    """Text without any white space: what a PDF's text layer and the sheet must agree on, line wraps aside."""
    return "".join(text.split())


def class_session(tmp_path, students: dict, shuffle: bool = False) -> GradingSession:
    """(id, name) -> answers to ice and moon, as the long sheet "Year 9 physics.csv" in ``tmp_path`` (its rows in a
    shuffled order if ``shuffle``) and a session over it, nothing decided; both questions with a title, a prompt and
    the RUBRIC."""
    rows = [(sid, name, q, answers[k]) for (sid, name), answers in students.items() for k, q in enumerate(ITEMS)]
    if shuffle:
        random.Random(5).shuffle(rows)
    items = {q: ItemInfo(item=q, title=f"Question about the {q}", prompt=f"Explain the {q} in two sentences.",
                         labels=(0, 1, 2), rubric=dict(RUBRIC)) for q in ITEMS}
    return long_sheet_session(rows, items, tmp_path / "Year 9 physics.csv", write=True)


@pytest.fixture
def sheet(tmp_path):
    session = class_session(tmp_path, STUDENTS, shuffle=True)   # one student's rows are apart in the sheet
    frame, path = session.sheet.frame, session.sheet.source
    for a in session.answers:
        sid = frame.iat[a.row, 0]
        if (sid, a.item) == ("S05", "moon"):
            continue                                # left open
        session.decide(a.key, (int(sid[1:]) + ITEMS.index(a.item)) % 3, comment=f"Comment for {sid} on {a.item}.")
    return session, path


def student_order(session) -> list[tuple[str, str]]:
    frame = session.sheet.frame
    first = {}
    for r in range(len(frame)):
        first.setdefault((frame.iat[r, 0], frame.iat[r, 1]), r)
    return sorted(first, key=first.get)


def read_pdf(path) -> tuple[QPdfDocument, list[str]]:
    doc = loaded_pdf(path)
    return doc, page_texts(doc)


def pages_by_footer(texts: list[str], names: list[str]) -> dict[str, list[int]]:
    """Which pages each student has, from the footer on every page ("Ann Lee · page 1 of 1")."""
    out: dict[str, list[int]] = {}
    for p, text in enumerate(texts):
        owners = [n for n in names if f"{n} · page " in text]
        assert len(owners) == 1, f"page {p} has footers for {owners}"
        out.setdefault(owners[0], []).append(p)
    return out


def body(text: str) -> str:
    """A page's text without its footer (the class on the left, the student and page on the right, read last)."""
    cut = text.rfind("Year 9 physics")
    assert cut > 0 and " · page " in text[cut:]
    return text[:cut]


def ink(image: QImage) -> float:
    """The share of a rendered page's pixels that are dark (on white)."""
    return float((gray_pixels(image) < 128).mean())


def test_export_dialog_writes_one_page_per_student_with_exactly_their_own_answers(qtbot, sheet, tmp_path,
                                                                                  task_manager):
    session, sheet_path = sheet
    dlg = ExportDialog(session, sheet_path, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_format(FEEDBACK_PDF)
    assert dlg.path_edit.text() == str(tmp_path / "Year 9 physics-feedback.pdf")
    assert "One page per student" in dlg.note_label.text()
    assert dlg.format_buttons[FEEDBACK_PDF].parent() is dlg.format_buttons["feedback-xlsx"].parent()   # beside the sheet
    out = tmp_path / "feedback.pdf"
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.exported, timeout=30000) as sig:
        assert dlg.export() is True
        assert dlg.busy and not dlg.export_button.isEnabled()      # written on the worker: the window goes on
    assert sig.args == [str(out)] and dlg.done_label.text().startswith("✔ Saved feedback.pdf")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    doc, texts = read_pdf(out)
    order = student_order(session)
    names = [name for _sid, name in order]
    owned = pages_by_footer(texts, names)
    assert list(owned) == names                                     # sheet order, every student once
    assert sum(len(p) for p in owned.values()) == doc.pageCount()
    for name, pages in owned.items():
        assert pages == list(range(pages[0], pages[0] + len(pages)))   # a student's pages are together
        assert all(f"{name} · page {k} of {len(pages)}" in texts[p] for k, p in enumerate(pages, start=1))
    assert len(owned["Cara Díaz"]) >= 2 and all(len(owned[n]) == 1 for n in names if n != "Cara Díaz")

    for (sid, name), answers in STUDENTS.items():
        mine = squeeze("".join(body(texts[p]) for p in owned[name]))
        assert texts[owned[name][0]].count(name) >= 2               # the header names them (and the footer)
        assert squeeze(f"Student ID: {sid}") in mine and squeeze("Feedback · Year 9 physics") in mine
        for k, q in enumerate(ITEMS):
            assert squeeze(f"{k + 1}. {q}") in mine               # the sheet's name for it, not the title
            if answers[k]:
                assert squeeze(answers[k]) in mine, (name, answers[k])
        assert (squeeze("(no answer)") in mine) == (sid == "S03")            # the blank one says so, nobody else's
        for (other_sid, other), theirs in STUDENTS.items():
            if other_sid == sid:
                continue
            for text in theirs:
                if text and text != LONG_ANSWER:
                    assert squeeze(text) not in mine, (name, "has", other, text)
            assert f"Comment for {other_sid}" not in mine
        if sid != "S04":
            assert squeeze("Sentence 7 of the longest answer") not in mine

    # scores out of the maximum, the rubric's words and the teacher's comment, on the right page
    ann = squeeze(texts[owned["Ann Lee"][0]])
    assert squeeze(f"Score: 1 out of 2 — {RUBRIC['1']}") in ann and squeeze(f"Score: 2 out of 2 — {RUBRIC['2']}") in ann
    assert squeeze("Teacher's comment: Comment for S01 on ice.") in ann and squeeze("Total: 3 out of 4") in ann
    dev = squeeze(texts[owned["Dev Rao"][0]])
    assert squeeze("Score: not scored yet") in dev and squeeze("Total: not final yet (1 answer still has no score)") in dev

    size = doc.pagePointSize(0)
    for p in (0, owned["Cara Díaz"][-1]):
        image = doc.render(p, QSize(round(size.width()), round(size.height())))
        assert not image.isNull() and 0.005 < ink(image) < 0.5      # printed on, and not a black page
    doc.close()


def test_page_ranges_paper_and_the_sheet_itself(qtbot, sheet, tmp_path):
    session, sheet_path = sheet
    pages = feedback_pages(session)
    pdf, ranges = render_feedback_pdf(pages, class_title(session), QPageSize(QPageSize.PageSizeId.Letter))
    out = tmp_path / "letter.pdf"
    out.write_bytes(pdf)
    doc, texts = read_pdf(out)
    assert [r.start for r in ranges] == [0, *(r.stop for r in ranges[:-1])] and ranges[-1].stop == doc.pageCount()
    owned = pages_by_footer(texts, [p.display_name for p in pages])
    assert [list(r) for r in ranges] == [owned[p.display_name] for p in pages]
    size = doc.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)  # US Letter
    doc.close()

    assert page_size_for_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)).id() == \
        QPageSize.PageSizeId.Letter
    assert page_size_for_locale(QLocale(QLocale.Language.French, QLocale.Country.Canada)).id() == QPageSize.PageSizeId.Letter
    for lang, country in ((QLocale.Language.German, QLocale.Country.Germany),
                          (QLocale.Language.Spanish, QLocale.Country.Spain),
                          (QLocale.Language.English, QLocale.Country.UnitedKingdom)):
        assert page_size_for_locale(QLocale(lang, country)).id() == QPageSize.PageSizeId.A4
    a4 = write_feedback_pdf(session, tmp_path / "a4.pdf", page_size=QPageSize(QPageSize.PageSizeId.A4))
    doc, _ = read_pdf(a4)
    size = doc.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)  # A4
    doc.close()

    before = sheet_path.read_bytes()
    os.link(sheet_path, tmp_path / "hard.pdf")              # the sheet itself under a .pdf name
    with pytest.raises(SheetError, match="sheet of answers itself"):
        write_feedback_pdf(session, tmp_path / "hard.pdf")
    with pytest.raises(SheetError, match=r"ending in \.pdf"):
        write_feedback_pdf(session, tmp_path / "feedback.docx")
    assert sheet_path.read_bytes() == before and (tmp_path / "hard.pdf").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["Year 9 physics.csv", "a4.pdf", "hard.pdf",
                                                                         "letter.pdf"]


def test_the_paper_follows_the_region_not_the_interface_language():
    """The interface's language sets QLocale's default (English on a French system gives en_US): the paper
    must still be the system region's, as it is the teacher's printer."""
    from grader_app.ui.pdf_pages import paper_for

    system_paper = page_size_for_locale(QLocale.system()).id()
    other = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates) \
        if system_paper == QPageSize.PageSizeId.A4 else QLocale(QLocale.Language.German, QLocale.Country.Germany)
    before = QLocale()
    QLocale.setDefault(other)
    try:
        assert page_size_for_locale(QLocale()).id() != system_paper      # the interface's locale would differ
        assert paper_for().id() == system_paper
        assert paper_for(other).id() == page_size_for_locale(other).id()   # an explicit locale still decides
    finally:
        QLocale.setDefault(before)


# ----- layout: the footer with a long name; a heading never alone at a page's foot ------------------------

def pdftotext(path, *args: str) -> str:
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) reads the PDF's words and where they are")
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def small_session(tmp_path, students: dict, prompts: bool = True) -> GradingSession:
    """(id, name) -> answers to ice and moon; every answer scored 1 with a short comment."""
    session = class_session(tmp_path, students)
    for a in session.answers:
        session.decide(a.key, 1, comment="Good.")
    return session


def test_a_very_long_name_is_shortened_in_the_footer_never_cut_or_over_the_edge(qtbot, tmp_path):
    long_name = ("Maximiliana-Alexandrina Bartholomäa Konstanze Wilhelmina von Hohenzollern-Sigmaringen-"
                 "Württemberg-Baden-Durlach")
    session = small_session(tmp_path, {("S01", long_name): ("Ice floats.", "It reflects."),
                                       ("S02", "Ann Lee"): ("Ice floats (S02).", "It reflects (S02).")})
    pdf, _ranges = render_feedback_pdf(feedback_pages(session), class_title(session),
                                       QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "long.pdf"
    out.write_bytes(pdf)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                       pdftotext(out, "-bbox", "-f", "1", "-l", "1"))
    footer = [(float(x0), float(x1), w) for x0, y0, x1, w in words if float(y0) > 842 - 12 / 25.4 * 72 - 30]
    text = " ".join(w for _x0, _x1, w in footer)
    margin = 18 / 25.4 * 72                                 # the feedback PDF's side margins (18 mm)
    assert all(margin - 1 <= x0 and x1 <= 595 - margin + 1 for x0, x1, _w in footer), footer   # on the page
    assert text.startswith("Year 9 physics") and text.endswith("· page 1 of 1")                # both sides whole
    assert "Maximiliana-Alexandrina" in text and "…" in text and "Durlach" not in text   # the name, shortened
    assert sorted(footer) == footer and all(a[1] < b[0] for a, b in zip(footer, footer[1:]))   # no overlap
    assert "Durlach" in pdftotext(out, "-f", "1", "-l", "1")    # the header has it whole
    short = pdftotext(out, "-f", "2", "-l", "2")
    assert "Year 9 physics" in short and "Ann Lee · page 1 of 1" in short    # a short name is not shortened


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(qtbot, tmp_path):
    """Students whose first answer is 30 to 60 lines long: for one of them the second question's heading, its
    prompt or "Your answer" falls at the foot of page 1. After the last heading line on any page come at least
    two lines of what it heads."""
    students = {(f"S{k:02d}", f"Pupil {k}"): ("\n".join(f"line {n} of {k}" for n in range(k)),
                                               "The moon\nreflects\nsunlight.") for k in range(30, 61)}
    session = small_session(tmp_path, students)
    pdf, ranges = render_feedback_pdf(feedback_pages(session), class_title(session), QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "headings.pdf"
    out.write_bytes(pdf)
    headings = {"1. ice", "Explain the ice in two sentences.", "2. moon",
                "Explain the moon in two sentences.", "Your answer"}
    crossed = 0
    for p in range(ranges[-1].stop):
        lines = [ln.strip() for ln in pdftotext(out, "-f", str(p + 1), "-l", str(p + 1)).splitlines()
                 if ln.strip() and "Year 9 physics" not in ln and " · page " not in ln]
        heads = [i for i, ln in enumerate(lines) if ln in headings]
        assert not heads or len(lines) - heads[-1] - 1 >= 2, (p, lines[-4:])
        crossed += "2. moon" in lines and "line 0 of" not in " ".join(lines)
    assert crossed >= 3                   # the second question did start a page, for several students
    assert all(len(r) <= 2 for r in ranges)


def test_the_reminder_is_the_question_a_shipped_model_asks_not_the_start_of_its_procedure(qtbot, tmp_path):
    """asap-sas-1's prompt is a procedure, then the question; asap-sas-7's a story with no question part. A sheet
    scored by the shipped bundles: the page reminds the student of asap-sas-1's question itself, whole, and of
    asap-sas-7 by the start of its story (shortened with "…"), never the procedure's start."""
    rows = [("S01", "Ann Lee", "asap-sas-1", "You would need to know how much vinegar to pour and the container size."),
            ("S01", "Ann Lee", "asap-sas-7", "Rose is hardworking: she works every night after school.")]
    session = long_sheet_session(rows, source=tmp_path / "Year 9 physics.csv", write=True)
    score_all(session, match_bundles(session, Library.load([Path(__file__).resolve().parents[2] / "model_bundles"])))
    assert set(session.predictions) == {0, 1}                        # both scored for real by the shipped models
    out = write_feedback_pdf(session, tmp_path / "feedback.pdf")
    _doc, texts = read_pdf(out)
    page = squeeze(" ".join(texts))
    asked = ("After reading the group’s procedure, describe what additional information you would need in order to "
             "replicate the experiment. Make sure to include at least three pieces of information.")
    assert squeeze(asked) in page
    assert squeeze("A group of students wrote the following procedure") not in page
    story = session.items["asap-sas-7"].prompt.split()
    assert squeeze(" ".join(story[:12])) in page and squeeze(" ".join(story[-12:])) not in page and "…" in page
