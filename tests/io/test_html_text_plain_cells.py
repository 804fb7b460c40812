"""An answer cell with no "<" and no "&" holds no tag and no entity: grader_app.io.html_text.html_text gives it back
tidied (its lines stripped, runs of spaces as one, empty lines dropped) without running html.parser over it, which it
did for every answer of a question written in HTML (on a Canvas report of 10,000 students x 6 questions, half of its
answers typed as plain text, seconds of the opening). What it reads is the parser's reading to the character: on a
table of edge cases and on every ASAP-SAS and SemEval-2013 answer, read in place from the shared data."""
from __future__ import annotations

import pytest

from grader_app.io import html_text as H
from grader_app.io.lms.cleaning import html_answers
from shared_answers import real_answers

EDGES = [
    "", " ", "\n", "\r\n", "plain", "  two  spaces \t and a tab ", "line one\nline two", "line one\r\nline two\r\n",
    "\n\n  gaps between \n\n\n lines \n", "no\u00a0break space", "\u00a0\u00a0only nbsp", "form\x0cfeed", "\x0b\x1c\x1d",
    "\u2028line separator\u2029paragraph", "\u3000ideographic space", "zero\u200bwidth", "tab\tonly", "\x00nul",
    "a > b", "x >= y > z", "a ; b", "# not an entity", "100 % sure", "quote \" and ' and `", "=SUM(A1:A2)",
    "emoji 👩\u200d🔬 and ❤️", "Ärger über Öl, ñandú, 水", "ends with a space ", "\t\tleading tabs", "\\n written out",
    "ampersand-free ^p paragraph mark", "-->", "]]>", "/p>",
    # cells the parser reads: each still read by it, as before
    "<p>a &amp; b</p><p>c</p>", "a < b and c > d", "R&D", "&foo;", "&", "<", "a &lt; b", "<br>", "x<br/>y",
    "<p>\u00a0</p>", "<script>x</script>visible", "<img alt='ice'>", "&#65;&#x42;", "<!-- note -->text", "<p>unclosed",
]


@pytest.mark.parametrize("cell", EDGES)
@pytest.mark.parametrize("pictures", [True, False])
def test_a_cell_reads_as_the_parser_reads_it(cell, pictures):
    parsed = H._parsed(cell, pictures)
    lines = (H._SPACE.sub(" ", line).strip() for line in parsed.split("\n"))
    assert H.html_text(cell, pictures) == "\n".join(line for line in lines if line)


@pytest.fixture
def parses(monkeypatch):
    """The cells html.parser was run over."""
    cells: list[str] = []
    real = H._Text.feed

    def counted(self, data):
        cells.append(data)
        return real(self, data)
    monkeypatch.setattr(H._Text, "feed", counted)
    return cells


def test_only_cells_with_a_tag_or_an_entity_are_parsed(parses):
    cells = ["<p>Ice is less dense &amp; floats.</p>", "Ice floats.", "<p>It is lighter</p>", "  because\nit is  cold ",
             "salt & water", "<b>density</b>"]
    assert html_answers(cells) == ["Ice is less dense & floats.", "Ice floats.", "It is lighter", "because\nit is cold",
                                   "salt & water", "density"]
    assert parses == [cells[0], cells[2], cells[4], cells[5]]


def test_every_real_answer_reads_as_the_parser_reads_it():
    texts = real_answers()
    plain = [t for t in texts if "<" not in t and "&" not in t]
    assert len(texts) > 26000 and len(plain) > 0.95 * len(texts)
    for cell in texts:
        parsed = H._parsed(cell)
        lines = (H._SPACE.sub(" ", line).strip() for line in parsed.split("\n"))
        assert H.html_text(cell) == "\n".join(line for line in lines if line), cell
