"""Moodle's own words in the German and Spanish catalogues: a teacher follows the export note in Moodle's menus, so
the note must name what Moodle names. A "grade item" is a Bewertungsaspekt / elemento de calificación in Moodle's
language packs; a Bewertungskategorie (grade category) is something else, and a German teacher who followed a note
naming it made categories instead of items (QA s52b, finding 6)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

WORDS = {"de": ("Bewertungsaspekt", "Bewertungskategorie"), "es": ("elemento de calificación", "categoría")}


def _pairs(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(ROOT / "translations" / f"grader_{lang}.ts")
    out = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        text = " ".join(forms) if forms else (translation.text or "" if translation is not None else "")
        out.append((source, text))
    return out


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_every_text_about_a_moodle_grade_item_names_it_as_moodle_does(lang):
    item, wrong = WORDS[lang]
    about_items = [(s, t) for s, t in _pairs(lang)   # Moodle's (Brightspace has grade items of its own words)
                   if "grade item" in s and "Moodle" in s and "grade categor" not in s]
    assert about_items, "the Moodle export notes speak of grade items"
    for source, text in about_items:
        assert item in text, (source, text)
        assert wrong not in text, (source, text)
