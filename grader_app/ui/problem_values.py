"""How the window writes a problem's values in the teacher's language (:mod:`.problem_words` says the sentence):
figures with the language's decimal mark, texts from a file (the command line's English quotes them “…”) in the
interface's quotation marks, lists of the sheet's names in the sentence's own marks, and a refusal of her own model
without the advice meant for someone else's."""
from __future__ import annotations

import re

from ..errors import GraderError, Quoted
from .i18n import quoted, score
from .problem_advice import without_fresh_copy

__all__ = ["FIGURES", "QUOTED_LISTS", "WITHOUT_ADVICE", "in_marks", "quoted_like", "written_values"]


# the values of a problem that are figures, which the core writes with a decimal point (as the command line says them):
# the window writes them as the teacher reads numbers, "von 0,01 bis 100 …, nicht 250,5" (a value that is no plain
# decimal, such as a manifest's text “warm”, is quoted: in_marks)
FIGURES = {"bundle.bad_temperature": ("low", "high", "value"), "learn.stray_score": ("score", "low", "high"),
           "learn.stray_score_one": ("score", "other"), "learn.one_score": ("score",),
           "learn.one_score_in_sheet": ("score",), "lms.points_unknown": ("lms", "marked")}
# the value of a problem that is a refusal said without its advice to get a fresh copy (the teacher's own model)
WITHOUT_ADVICE = {"bundle.own_refused": "detail", "learn.own_refused": "detail", "bundle.own_refused_once": "detail",
                  "learn.own_refused_once": "detail"}
# a value that lists names from the sheet (the core's English: “Sheet1”, “Quiz”) -> the raw names, and the value its
# sentence quotes: the names are quoted as the sentence's translator quotes that one
QUOTED_LISTS = {"read.no_such_sheet": ("titles", "sheets", "sheet")}
_QUOTE = "[\"'‘’‚“”„«»‹›]"   # a quotation mark of any of the interface's languages


def quoted_like(template: str, key: str, names: list) -> str:
    """``names``, each in the quotation marks ``template`` puts around ``{key}`` (“…” in English, „…“ in German, «…»
    in Spanish), one after the other: so a list of them stands in the sentence's own marks."""
    found = re.search(f"({_QUOTE}?)\\{{{re.escape(key)}\\}}({_QUOTE}?)", template)
    opening, closing = (found.group(1), found.group(2)) if found else ("", "")
    return ", ".join(f"{opening}{name}{closing}" for name in names)


def in_marks(value: Quoted) -> str:
    """A value the command line's English quotes in English marks (“Week 3!”, “tokens”), each of its texts in the
    interface's quotation marks: “Week 3!”, „tokens“, «tokens», as the window's sentences quote."""
    return ", ".join(quoted(text) for text in value.texts)


def written_values(problem: GraderError, kind: str, template: str, words) -> dict:
    """The values of ``problem`` (of ``kind``, said by ``template``) as the window writes them; ``words`` says a value
    that is itself a problem."""
    values = {k: words(v) if isinstance(v, GraderError) else in_marks(v) if isinstance(v, Quoted) and v.texts
              else score(v) if k in FIGURES.get(kind, ()) else v for k, v in problem.values.items()}
    if (cut := WITHOUT_ADVICE.get(kind)) in values:
        values[cut] = without_fresh_copy(str(values[cut]))
    if kind in QUOTED_LISTS and isinstance(names := values.get(QUOTED_LISTS[kind][1]), list):
        values[QUOTED_LISTS[kind][0]] = quoted_like(template, QUOTED_LISTS[kind][2], names)
    return values
