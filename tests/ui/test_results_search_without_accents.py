"""The results' search found a name or a word only as written, accents and all: a Spanish teacher who typed "nunez"
or "inigo" (as most people type a search, without the accents) was shown no row for Núñez or Íñigo, as if the student
were not in the sheet (QA walkthrough, a Spanish teacher on the keyboard alone). Now the search compares the letters
without their accents, both ways: "nunez" finds "Núñez", "fotosintesis" finds "fotosíntesis", and "José" typed with its
accent finds a "Jose" the sheet wrote without one. The real main window on a real sheet scored for real, the words
typed into the search box that Ctrl+F gives the focus to."""
from __future__ import annotations

import csv

from PySide6.QtWidgets import QApplication

from ui_helpers import ANSWERS, open_and_score

NAMES = ("Íñigo Núñez", "Begoña Peña", "Jose Ortiz", "Ann Lee")


def _sheet(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        for i, name in enumerate(NAMES):
            answer = "La fotosíntesis ocurre en el cloroplasto." if i == 3 else ANSWERS[i % len(ANSWERS)]
            w.writerow([f"S{i + 1:03d}", name, "asap-sas-1", answer])
    return path


def test_search_finds_names_and_words_typed_without_their_accents(qtbot, window, tmp_path):
    s = open_and_score(qtbot, window, _sheet(tmp_path / "class" / "answers.csv"), active=True)
    results = window.results

    def found(typed: str) -> set[str]:
        window.find_action.trigger()   # Edit ▸ Find (Ctrl+F): the search box, its text chosen
        assert QApplication.focusWidget() is results.search
        results.search.clear()
        if typed.isascii():
            qtbot.keyClicks(results.search, typed)
        else:   # (QTest types ASCII only) the words as the keyboard's accents give them
            results.search.setText(typed)
        qtbot.waitUntil(lambda: results.proxy.search_text() != "" and len(results.visible_keys()) < len(s.answers),
                        timeout=3000)
        return {s.answers[k].student.split(" · ")[0] for k in results.visible_keys()}

    assert found("nunez") == {"Íñigo Núñez"}
    assert found("INIGO") == {"Íñigo Núñez"}
    assert found("begona pena") == {"Begoña Peña"}
    assert found("fotosintesis") == {"Ann Lee"}
    assert found("Núñez") == {"Íñigo Núñez"}   # typed with its accents it is found as before
    assert found("José") == {"Jose Ortiz"}      # the sheet wrote "Jose"
