"""A pasted answer in the students' feedback PDF (grader_app/ui/feedback_pdf.py): a student who pasted a 30-page
document or 20 MB of text made a PDF of hundreds of pages, and laying out their page held the window (one of 1 MB: 246
pages and 80 s, in one step on the GUI thread). The PDF now prints an answer up to ``ANSWER_CHARS`` characters (what a
model reads of it, text.READ_CHARS), cut at a space, then a line saying how many more characters there are, in the
interface's language and digits; the teacher's sheet, the graded sheet and the feedback sheet keep it whole.

The PDF is written through the export dialog (its checks and pages on a worker, the layout a student at a time on the
GUI thread, the bytes on a worker) and read back with pdftotext (poppler-utils)."""
from __future__ import annotations

import csv
import html as html_text
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QLocale

from grader_app.core.session import ItemInfo
from grader_app.io.feedback import class_title, feedback_pages, write_feedback
from grader_app.io.writers import write_graded
from grader_app.text import READ_CHARS
from grader_app.ui import i18n
from grader_app.ui.export_dialog import FEEDBACK_PDF, ExportDialog
from grader_app.ui.feedback_pdf import ANSWER_CHARS, page_html, printed_part, render_feedback_pdf
from long_sheets import long_sheet_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ITEMS = ("cells", "energy")
PARAGRAPH = ("The cell membrane is a phospholipid bilayer with proteins in it. Small molecules such as oxygen and water "
             "pass through it by diffusion, from high to low concentration; larger ones need a channel or a carrier "
             "protein, and moving a substance against its gradient takes energy from ATP. ")


def document(chars: int) -> str:
    """A pasted document of ``chars`` characters: numbered paragraphs (each one's number a marker), blank lines between."""
    parts, n, k = [], 0, 0
    while n < chars:
        part = f"Paragraph {k}. {PARAGRAPH * 3}\n\n"
        parts.append(part)
        n, k = n + len(part), k + 1
    return "".join(parts)[:chars]


def class_with(paste: str, tmp_path, students: int = 6):
    """A long sheet (saved as CSV) of ``students`` students answering two questions; the third pasted ``paste`` as their
    answer to "energy"; every answer scored."""
    rows = []
    for s in range(students):
        for q in ITEMS:
            text = paste if (s, q) == (2, "energy") else f"Answer of S{s} about {q}: diffusion moves water (S{s})."
            rows.append((f"S{s}", f"Student {s}", q, text))
    items = {q: ItemInfo(item=q, title=q, prompt=f"Explain {q} in two sentences.", labels=(0, 1, 2)) for q in ITEMS}
    session = long_sheet_session(rows, items, tmp_path / "Biology 9b.csv", write=True)
    for a in session.answers:
        session.decide(a.key, 1)
    return session


def pdf_pages(path) -> list[str]:
    """Each page's text, as pdftotext reads it."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1]


def squeeze(text: str) -> str:
    """Text without white space, ligatures as their letters (pdftotext gives "diﬀusion"): the PDF and the answer
    agree on it, line wraps aside."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def shown_html(page) -> str:
    """A student's page as laid out, its texts unescaped."""
    return html_text.unescape(page_html(page, "Biology 9b"))


def test_a_pasted_document_is_printed_up_to_the_cut_and_says_how_much_more(qtbot, tmp_path, task_manager):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) reads the PDF back")
    paste = document(95_000)                                  # a 30-page document
    session = class_with(paste, tmp_path)
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_format(FEEDBACK_PDF)
    out = tmp_path / "feedback.pdf"
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.exported, timeout=60000):
        assert dlg.export() is True
        assert dlg.busy                                          # on the workers and in slices: the window goes on

    pages = pdf_pages(out)
    owner = [[n for n in range(6) if f"Student {n} · page " in text] for text in pages]
    assert all(len(o) == 1 for o in owner)
    mine = [p for p, o in enumerate(owner) if o == [2]]
    assert 2 <= len(mine) <= 5 and len(pages) == 5 + len(mine)   # was 26 pages for them: the whole document
    shown, more = printed_part(paste)
    assert 0 < READ_CHARS - len(shown) < 400 and paste.startswith(shown)                 # cut at a space or line break
    assert 0 <= len(paste) - len(shown) - more <= 2
    assert all(len([p for p, o in enumerate(owner) if o == [n]]) == 1 for n in range(6) if n != 2)
    text = squeeze("".join(pages[p] for p in mine))
    last = shown.rsplit("Paragraph ", 1)[1].split(".")[0]        # the last paragraph begun before the cut
    assert squeeze("Paragraph 0. The cell membrane") in text and squeeze(f"Paragraph {last}.") in text
    assert squeeze(f"Paragraph {int(last) + 1}.") not in text and squeeze(shown[-60:]) in text
    said = (f"… (your answer goes on for {QLocale().toString(more)} more characters, not printed here; your "
            "teacher's sheet has it whole)")
    assert "," in QLocale().toString(more) and squeeze(said) in text              # "85,012": the interface's digits
    assert squeeze("Score: 1 out of 2") in text.split(squeeze(said))[1]          # the page goes on after it
    assert not any("goes on for" in pages[p] for p in range(len(pages)) if p not in mine)

    # the sheets keep it whole: the teacher's, the graded one, the feedback sheet
    assert session.sheet.source.read_text(encoding="utf-8").count(paste) == 1
    graded = write_graded(session, tmp_path / "graded.csv")
    with open(graded, encoding="utf-8-sig", newline="") as fh:
        assert [row[3] for row in csv.reader(fh) if row[2] == "energy" and row[0] == "S2"] == [paste]
    merged = write_feedback(session, tmp_path / "feedback.csv")
    with open(merged, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Q2 answer"] for r in rows if r["Student ID"] == "S2"] == [paste]


def test_twenty_megabytes_pasted_make_a_few_pages(qtbot, tmp_path):
    paste = "Osmosis " * 2_500_000                                    # 20,000,000 characters
    session = class_with(paste, tmp_path, students=3)
    pages = feedback_pages(session)
    assert len(pages[2].questions[1].answers[0]) == len(paste)       # the page model keeps it whole
    html = html_text.unescape(page_html(pages[2], class_title(session)))
    assert len(html) < READ_CHARS + 5000                             # what is laid out (was the 20 MB)
    shown, more = printed_part(paste)
    assert more > 19_990_000 and len(shown) + more <= len(paste)
    assert squeeze(f"goes on for {more:,} more characters") in squeeze(html)
    pdf, ranges = render_feedback_pdf(pages, class_title(session))
    assert len(ranges[2]) <= 5 and len(ranges[0]) == len(ranges[1]) == 1
    out = tmp_path / "twenty.pdf"
    out.write_bytes(pdf)
    if shutil.which("pdftotext"):
        assert squeeze(f"{more:,} more characters") in squeeze("".join(pdf_pages(out)))


@pytest.mark.parametrize("lang, words", [
    ("de", ["… (hier nicht gedruckt: noch 1 weiteres Zeichen deiner Antwort; die Tabelle deiner Lehrkraft enthält sie "
            "ganz)", "noch 85.012 weitere Zeichen deiner Antwort"]),
    ("es", ["… (tu respuesta sigue con 1 carácter más, que no se imprime aquí; la hoja de tu docente la tiene entera)",
            "sigue con 85.012 caracteres más, que no se imprimen aquí"]),
    ("en", ["… (your answer goes on for 1 more character, not printed here; your teacher's sheet has it whole)",
            "goes on for 85,012 more characters"]),
])
def test_the_line_after_the_cut_is_in_the_interfaces_language_and_digits(qtbot, tmp_path, lang, words):
    assert i18n.install(lang)
    one_more = class_with("x" * (READ_CHARS + 1), tmp_path, students=3)
    assert squeeze(words[0]) in squeeze(shown_html(feedback_pages(one_more)[2]))
    many = class_with(document(95_000), tmp_path, students=3)
    assert squeeze(words[1]) in squeeze(shown_html(feedback_pages(many)[2]))


def test_where_the_answer_is_cut():
    assert ANSWER_CHARS == READ_CHARS
    assert printed_part("short answer") == ("short answer", 0)
    assert printed_part("x" * ANSWER_CHARS) == ("x" * ANSWER_CHARS, 0)                    # up to the limit: whole
    assert printed_part("x" * (ANSWER_CHARS + 7)) == ("x" * ANSWER_CHARS, 7)              # no space: at the limit
    words = "word " * (ANSWER_CHARS // 5) + "tail"
    shown, more = printed_part(words)
    assert shown == ("word " * (ANSWER_CHARS // 5)).rstrip() and more == 4 + 1           # at the last space
    lines = "a" * (ANSWER_CHARS - 10) + "\n" + "b" * 20
    assert printed_part(lines) == ("a" * (ANSWER_CHARS - 10), 21)                        # at a line break
    far = "y" * 100 + " " + "z" * ANSWER_CHARS
    assert printed_part(far)[0] == far[:ANSWER_CHARS]                 # a space only near the start: at the limit
    accent = "e" * (ANSWER_CHARS - 1) + "e\u0301\u0301" + "e" * 10  # a letter and its accents stay together
    assert printed_part(accent) == ("e" * (ANSWER_CHARS - 1), 13)
    emoji = "x" * (ANSWER_CHARS - 2) + "\U0001f469\u200d\U0001f52c" + "x" * 10          # 👩‍🔬 is not split
    shown, more = printed_part(emoji)
    assert not shown.endswith("\u200d") and (shown + emoji[len(shown):]) == emoji and more == len(emoji) - len(shown)
