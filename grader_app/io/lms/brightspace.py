"""Brightspace (D2L): the quiz's question details in, the grades import CSV out.

In: Quizzes > (quiz) > Statistics > Question Details > Export to CSV (also "Attempt Details"),
one row per answer: ``Org Defined ID``, ``Username``, ``FirstName``, ``LastName``, ``Attempt #``,
``Attempt Start``, ``Attempt End``, ``Section #``, ``Q #``, ``Q Type``, ``Q Title``, ``Q Text``,
``Bonus?``, ``Difficulty``, ``Answer``, ``Answer Match``, ``Score``, ``Out Of``. ``Answer`` holds a
written response; the question is ``Q #``, and ``Q Text`` (else ``Q Title``) its text, which a question without a
model takes as its own (:func:`~.recognition.question_texts`). Multiple-choice questions give one row per choice; their
``Q Type`` ("MC", "T/F": :func:`type_column`) leaves them out, as every closed question
(:func:`.closed_answers.leave_closed_out`), unless the teacher ticks them back.

Out: Grades > Import takes a CSV with an identifier column, ``OrgDefinedId`` or ``Username``, one
column per grade item headed ``<item> Points Grade`` (with ``<Numeric MaxPoints:N>`` after it, so an
item that does not exist yet is created with its maximum; a grade item's name holds no ``<`` or ``>``, written
``‹`` ``›``: :func:`question_columns`, :mod:`.title_rules`), and a last column ``End-of-Line
Indicator`` holding ``#``. Brightspace's own grades export puts a ``#`` in front of every
OrgDefinedId and every Username, so that a spreadsheet opening the file keeps an id such as
``00246`` as text, leading zeros and all; the import drops that ``#`` again. This file does the
same: ``#00246``, ``#alee``. Reading a Brightspace file takes the ``#`` off both (:func:`_clean`), and off the
student's id in the label the app shows (:data:`.cleaning.BRIGHTSPACE`; a project's hashes keep the sheet's).

Checked against Brightspace's public help (D2L's "Importing grades" article and universities' copies of its import
file format; a university's knowledge base on the pound signs of a grades export): the identifier columns
``OrgDefinedId`` and/or ``Username``, ``<item> Points Grade`` for a numeric item, the last column ``End-of-Line
Indicator`` with ``#`` ending every line, and the ``#`` a grades export writes before the ids, which the import takes
off. Not found in that help, so assumed: the `` <Numeric MaxPoints:N>`` after an item's name (Brightspace's own grades
export heads its columns so, and a new item is taken to be created with that maximum), and the question details
download's columns above (those of downloads seen). Its "Q Type" codes are the Question Library's abbreviations,
documented (:data:`.closed_answers.CLOSED_TYPES`).
"""
from __future__ import annotations

from . import export_notes as said
from .cleaning import BRIGHTSPACE, untagged_id
from ._common import (import_titles, FIRST_NAME, LAST_NAME, ORG_DEFINED_ID, USERNAME, Headers, Recognition,
                      best_filled, item_header, long_mapping, points, read_identifiers, recognised)
from .export_files import Table
from .matched_points import matched_with_points
from .reasons import ListWords
from .title_rules import BRIGHTSPACE_MOST, brightspace_title, within

SYSTEM = "Brightspace"
END = "End-of-Line Indicator"


def _clean(field: str, value: str) -> str:
    return untagged_id(value) if field in (USERNAME, ORG_DEFINED_ID) else value


def recognise(sheet) -> Recognition | None:
    h = Headers(sheet)
    org, user = h.find("org defined id", "orgdefinedid"), h.find("username")
    item = h.find("q #", "q#", "question #")
    answer = h.find("answer")
    if not (org or user) or not item or not answer or not h.has("q type", "q text", "q title"):
        return None
    cols = {ORG_DEFINED_ID: org, USERNAME: user, FIRST_NAME: h.find("firstname", "first name"),
            LAST_NAME: h.find("lastname", "last name")}
    mapping = long_mapping(sheet, item, answer, best_filled(sheet, user, org), cols[LAST_NAME] or cols[FIRST_NAME],
                           cols[FIRST_NAME] if cols[LAST_NAME] else None)   # "Cara Diaz", not "Diaz"
    ids = read_identifiers(sheet, cols, SYSTEM, clean=_clean)
    text = best_filled(sheet, h.find("q text"), h.find("q title"))   # the question's text beside its number
    return recognised(SYSTEM, "quiz question details export", mapping, ids, ("brightspace-grades",),
                      reading=BRIGHTSPACE, questions={item: text} if text else None)


def type_column(sheet) -> str | None:
    """The column saying each row's question type ("Q Type": "MC", "T/F", "2+2", "WR", "SA"...), or None."""
    return Headers(sheet).find("q type")


def column_header(title: str, out_of) -> str:
    head = f"{title} Points Grade"
    return f"{head} <Numeric MaxPoints:{points(out_of)}>" if out_of is not None else head


MATCHED_ON = (ORG_DEFINED_ID, USERNAME)   # what Brightspace matches a student by (the one most students have)


def question_columns(session, item_names: dict[str, str]) -> list[str]:
    """Each question's grade item name in the import file (before " Points Grade"): the title of
    :func:`~._common.import_titles`, without the angle brackets the import reads as its own and no longer than a grade
    item's name may be (:func:`.title_rules.brightspace_title`), none like another's."""
    items = session.item_keys()
    names = import_titles(session, item_names)
    return within(items, {i: brightspace_title(item_header(i, names)) for i in items}, BRIGHTSPACE_MOST)


def build_grades(session, identifiers, item_names, words: ListWords) -> Table:
    titles = question_columns(session, item_names)
    m = matched_with_points(session, identifiers, titles, SYSTEM, MATCHED_ON)
    id_header = "OrgDefinedId" if m.key == ORG_DEFINED_ID else "Username"
    rows = [[id_header, *(column_header(t, m.pts.maxima[i]) for t, i in zip(titles, m.items)), END]]
    for st, value in m.good:
        rows.append(["#" + value, *m.scores(st), "#"])   # "#00246": zeros kept
    # plain UTF-8, no BOM: Brightspace's grade import is not documented to take one off, and one left on would stick
    # to the first header (OrgDefinedId or Username, what it matches students by): accents in Excel are not worth that
    return Table(rows=rows, unmatched=m.unmatched(session, words),
                 notes=[said.brightspace_grades(id_header), *m.scaled],
                 written=len(m.good))


EXPORTS = [   # (key, name, system, suffix, where it is uploaded, build)
    ("brightspace-grades", "Brightspace (D2L) grades (CSV import)", SYSTEM, ".csv",
                 "In Brightspace: Grades > Import.", build_grades),
]
