"""A question's points in a sheet's header: "asap-sas-5 (2 points)", "ASAP-SAS-5 – 2 Punkte", "[4 pts]".

One vocabulary for both uses: matching a header to an installed model's id or title
(:func:`grader_app.core.grading.find_bundle_for`) and the column guess (:mod:`grader_app.io.header_words`, which
imports it: io may use core, not the other way).
"""
from __future__ import annotations

import re

# "(3 marks)", "[4 pts]", "(2 Punkte)", "(out of 3)", "(max. 2)", "(/3)" anywhere; "- 3 marks", "/3", "out of 3" at the end
UNIT = r"(?:marks?|points?|pts?|pt|punkte?|pkt|puntos?|ptos?|%)\.?"
NUM = r"\d+(?:[.,]\d+)?"
IN_BRACKETS = re.compile(
    rf"\s*[(\[]\s*(?:(?:out\s+of|max(?:imum)?\.?)\s*{NUM}\s*(?:{UNIT})?|/\s*{NUM}\s*(?:{UNIT})?|{NUM}\s*{UNIT})"
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
    -> 4, "Q4 /5" -> 5); None when it gives none, or only a share ("(20 %)": a weight, not points)."""
    header = str(header)
    found = IN_BRACKETS.search(header) or AT_END.search(header)
    if found is None or "%" in found.group(0):
        return None
    number = re.search(NUM, found.group(0))
    if number is None:
        return None
    value = float(number.group(0).replace(",", "."))
    return int(value) if value.is_integer() else value
