"""Text written in HTML, as a teacher reads it: an answer given in a rich-text editor (:func:`html_text`, which
:mod:`grader_app.io.lms.cleaning` reads an LMS export's answers with), and a question's name from a column header an
LMS wrote in HTML (:func:`question_name`). Only the standard library's :mod:`html.parser` reads it. Pure Python."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

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
    def __init__(self, pictures: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.pictures = pictures   # a picture's words (its alt text) read where it stands

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BREAK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")
        elif tag == "img":   # a picture in an answer: its words, if it has any
            alt = (dict(attrs).get("alt") or "") if self.pictures else ""
            self.parts.append(f" {alt} " if alt.strip() else " ")

    def handle_endtag(self, tag) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(cell: str, pictures: bool = True) -> str:
    """The text of an answer written in HTML: ``<p>a &amp; b</p><p>c</p>`` is ``"a & b\\nc"``; a picture in it is read
    as its words (its alt text) unless ``pictures`` is False. A cell with no "<" and no "&" holds no tag and no entity:
    the parser would give it back as it is, so it is not parsed."""
    text = cell if "<" not in cell and "&" not in cell else _parsed(cell, pictures)
    lines = (_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _parsed(cell: str, pictures: bool = True) -> str:
    """The text :mod:`html.parser` reads in ``cell`` (:class:`_Text`), before its lines are tidied."""
    parser = _Text(pictures)
    try:
        parser.feed(cell)
        parser.close()
        return "".join(parser.parts)
    except Exception:   # html.parser reads anything; should it ever fail, the tags go and the entities are read
        return unescape(_TAG.sub("\n", cell))


def is_html(cell: str) -> bool:
    return bool(_TAG.search(cell))


# a header is taken as HTML only with a closing tag or a line break of an editor's ("<b>a</b>", "<br>"): "a<b and b>c",
# a header about an inequality, keeps its words
_CLOSED = re.compile(r"</(?:p|div|span|b|strong|i|em|u|s|strike|sub|sup|ul|ol|li|h[1-6]|pre|code|blockquote|table|"
                     r"tr|td|th|a|font|del|ins|mark|small|big|tt|q|cite|abbr|dl|dt|dd)\s*>|<br\s*/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def written_in_html(header: str) -> bool:
    """Whether a column header is written in HTML, as an LMS heads a question with its text ("<p>Name two ...</p>"),
    rather than merely holding an entity ("Salt &amp; water") or a "<" ("a<b and b>c")."""
    text = str(header)
    return bool(_CLOSED.search(text)) and is_html(text)


def question_name(header: str) -> str:
    """A question's name as the teacher reads it, from a column header an LMS wrote in HTML: tags removed, entities
    decoded, on one line with single spaces (Canvas's "4101: <p>Explain <b>osmosis</b></p>" is "4101: Explain
    osmosis", "Salt &amp; water" is "Salt & water"). A picture in the question gives its name no words: its alt text
    ("ice, water") described the picture, and in a title it read as part of the question's sentence. A header with no
    tag and no entity, or one that would leave no words, is given back as it is."""
    text = str(header)
    if written_in_html(text):
        text = " ".join(html_text(text, pictures=False).split("\n"))
    else:
        decoded = _ENTITY.sub(lambda m: unescape(m.group(0)), text)
        if decoded == text:    # no entity it knows ("R&D", "&foo;"): as it is
            return header
        text = decoded
    return " ".join(text.split()) or header
