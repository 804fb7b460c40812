"""How an LMS export's answers are read (a :class:`grader_app.core.sheet.Reading`): what the model and the
teacher read, while the sheet keeps every cell as the system wrote it.

* HTML. Canvas's Student Analysis, and Moodle's, Brightspace's and Blackboard's downloads for questions
  answered in a rich-text editor (essays), give an answer as the editor stored it:
  ``<p>Ice is less dense &amp; floats.</p>``. Such a question's answers are read as their text: tags
  removed, entities decoded, paragraphs, list items and ``<br>`` as line breaks, runs of spaces as one.
  A question is taken as written in HTML when at least half of its filled answers carry an HTML tag, so a
  short-answer question where one student typed ``<b>x</b>`` or ``a < b`` keeps every answer as written.
  Only the standard library's :mod:`html.parser` reads it.
* Moodle's Responses report writes ``-`` for a question the student did not answer: a blank answer.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Sequence

from ...core.sheet import Reading

# the tags a rich-text editor writes (TinyMCE, Atto, Canvas's RCE, Brightspace's editor)
_TAG = re.compile(r"</?(?:p|br|div|span|b|strong|i|em|u|s|strike|sub|sup|ul|ol|li|h[1-6]|pre|code|blockquote|"
                  r"table|thead|tbody|tr|td|th|img|a|font|hr|del|ins|mark|small|big|tt|q|cite|abbr|dl|dt|dd)"
                  r"(?:\s[^<>]*)?/?>", re.IGNORECASE)
_BREAK = {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table",
          "tr", "hr", "dl", "dt", "dd", "section", "article", "header", "footer"}
_CELL = {"td", "th"}
_HIDDEN = {"script", "style", "head", "title"}
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BREAK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")
        elif tag == "img":   # a picture in an answer: its words, if it has any
            alt = dict(attrs).get("alt") or ""
            self.parts.append(f" {alt} " if alt.strip() else " ")

    def handle_endtag(self, tag) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(cell: str) -> str:
    """The text of an answer written in HTML: ``<p>a &amp; b</p><p>c</p>`` is ``"a & b\\nc"``."""
    parser = _Text()
    try:
        parser.feed(cell)
        parser.close()
        text = "".join(parser.parts)
    except Exception:   # html.parser reads anything; should it ever fail, the tags go and the entities are read
        text = unescape(_TAG.sub("\n", cell))
    lines = (_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def is_html(cell: str) -> bool:
    return bool(_TAG.search(cell))


def html_answers(cells: Sequence[str]) -> list[str]:
    """One question's answers read as text when the question was answered in HTML (see the module), else as they are."""
    filled = [c for c in cells if c.strip()]
    if not filled or 2 * sum(1 for c in filled if is_html(c)) < len(filled):
        return list(cells)
    return [html_text(c) if c.strip() else c for c in cells]


def moodle_answers(cells: Sequence[str]) -> list[str]:
    """Moodle's Responses report: ``-`` is no answer (blank); answers in HTML are read as text."""
    return html_answers(["" if c.strip() == "-" else c for c in cells])


HTML = Reading(texts=html_answers)


def moodle_responses(skip: Sequence[int] = ()) -> Reading:
    """The Responses report's reading; ``skip``: its rows that are no student ("Overall average")."""
    return Reading(texts=moodle_answers, skip=frozenset(skip))
