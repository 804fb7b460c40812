"""``grader verify`` (the command line) says a text from a bundle's manifest in the quotation marks the window's
English says it in: "its id “Week 3!” …", not as Python quotes it ("its id 'Week 3!' …", which it said while the window
said “Week 3!”). Real bundle files, the real command (``run_cli``) and the real reader; its sentence compared whole with
the English window's (``messages.plain``)."""
from __future__ import annotations

import pytest
from language_checks import good_manifest, refused, said_in_each_language, write_bundle

from grader_app.cli import EXIT_BAD_INPUT, run_cli

EDITS = {"id": ({"id": "Week 3!"}, "its id “Week 3!” is not one"),
         "temperature": ({"calibration": {"temperature": "warm"}}, "not “warm”"),
         "rule": ({"decision": {"rule": "median"}}, "does not know, “median” (it knows"),
         "normalisation": ({"normalisation": "basic-v9"}, "the text normalisation “basic-v9” (it knows")}


@pytest.mark.parametrize("what", list(EDITS))
def test_the_command_line_quotes_a_manifest_text_as_the_window_s_english_does(qapp, tmp_path, capsys, what):
    edits, words = EDITS[what]
    path = write_bundle(tmp_path, good_manifest(**edits))
    code = run_cli(["verify", str(path)])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert words in err
    assert err == f"grader: {said_in_each_language(refused(path))['en']}\n"
