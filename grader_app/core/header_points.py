"""A question's points in a sheet's header: "asap-sas-5 (2 points)", "ASAP-SAS-5 – 2 Punkte", "[4 pts]".

One vocabulary for both uses: matching a header to an installed model's id or title
(:func:`grader_app.core.grading.find_bundle_for`) and the column guess (:mod:`grader_app.io.header_words`, which
imports it: io may use core, not the other way).
"""
from __future__ import annotations

import re

# "(3 marks)", "[4 pts]", "(2 Punkte)", "(out of 3)", "(max. 2)", "(/3)", "(0-2)", "(0–2 points)", "(0 to 3)" anywhere;
# "- 3 marks", "/3", "out of 3" at the end. A range counts from 0 only ("(1-5)" may name questions, not a score range).
UNIT = r"(?:marks?|points?|pts?|pt|punkte?|pkt|puntos?|ptos?|%)\.?"
NUM = r"\d+(?:[.,]\d+)?"
RANGE = rf"0\s*(?:[-–—]|to|bis|a)\s*({NUM})"
IN_BRACKETS = re.compile(
    rf"\s*[(\[]\s*(?:(?:out\s+of|max(?:imum)?\.?)\s*{NUM}\s*(?:{UNIT})?|/\s*{NUM}\s*(?:{UNIT})?|{NUM}\s*{UNIT}"
    rf"|{RANGE}\s*(?:{UNIT})?)"
    r"\s*[)\]]", re.IGNORECASE)
AT_END = re.compile(rf"\s*[-–—:,]?\s*(?:(?<![\w.,]){NUM}\s*{UNIT}|/\s*{NUM}|out\s+of\s+{NUM})\s*$", re.IGNORECASE)


def without_points(header: str) -> str:
    """``header`` without the question's points ("asap-sas-5 (2 points)" -> "asap-sas-5"); as it is if nothing
    else is left ("(2 points)" stays itself)."""
    header = str(header)
    bare = AT_END.sub("", IN_BRACKETS.sub("", header))
    return bare if re.search(r"\w", bare) else header


def points_in(header: str) -> int | float | None:
    """The points a question's header gives it ("Q1 (3 marks)" -> 3, "Frage 2 – 2,5 Punkte" -> 2.5, "Q3 (out of 4)"
    -> 4, "Q4 /5" -> 5, "Q5 (0-2)" -> 2); None when it gives none, or only a share ("(20 %)": a weight, not points)."""
    header = str(header)
    found = IN_BRACKETS.search(header) or AT_END.search(header)
    if found is None or "%" in found.group(0):
        return None
    top = re.search(RANGE, found.group(0), re.IGNORECASE)   # a range's top, not its 0
    number = top.group(1) if top else (n.group(0) if (n := re.search(NUM, found.group(0))) else None)
    if number is None:
        return None
    value = float(number.replace(",", "."))
    return int(value) if value.is_integer() else value
