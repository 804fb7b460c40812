"""`grader bundles` and `grader verify` tell the teacher when a file of their own models folder takes the place of a
model that came with Grader, and what to do about a file that was not loaded (QA: an edited copy of asap-sas-5 in the
models folder replaced the shipped one with nothing said)."""
from __future__ import annotations

from bundle_factory import edited_copy, make_bundle, write_tested
from grader_app.cli import run_cli
from grader_app.paths import user_bundles_dir


def test_bundles_says_which_file_of_yours_replaces_a_shipped_model_and_what_to_do_with_one_not_loaded(
        tiny_shipped, tmp_path, capsys):
    shipped = write_tested(tiny_shipped, "asap-sas-5")
    make_bundle(tiny_shipped, "asap-sas-6")
    users = user_bundles_dir()
    edited_copy(shipped, users / "asap-sas-5.gradebundle", threshold=0.9)     # stricter: read, and replaces the shipped
    edited_copy(write_tested(tmp_path / "made", "asap-sas-6"), users / "asap-sas-6.gradebundle", threshold=0.0)
    assert run_cli(["bundles"]) == 0
    out, err = capsys.readouterr()
    line5 = next(ln for ln in out.splitlines() if ln.startswith("asap-sas-5 "))
    assert line5.endswith("(takes 25% of answers on its own, at most 3% of them wrong) (your own)")
    line6 = next(ln for ln in out.splitlines() if ln.startswith("asap-sas-6 "))
    assert "(your own)" not in line6   # the edited copy was refused: the shipped one is listed
    assert (f"grader: asap-sas-5.gradebundle in your models folder ({users}) takes the place of the model that came with "
            "Grader, “Test model asap-sas-5” (asap-sas-5); to use that one again, remove asap-sas-5.gradebundle from "
            "that folder.") in err
    assert ("asap-sas-6.gradebundle cannot be used: its review threshold of 0 is below every row of its own "
            "risk table") in err
    assert err.count("asap-sas-6.gradebundle") == 1   # named once, first (not "X: not loaded: X cannot be used")
    assert (f"  It is in {users}: remove it from that folder, or put a fresh copy from whoever made it in its "
            "place.") in err


def test_verify_says_a_file_of_yours_takes_the_place_of_a_shipped_model(tiny_shipped, capsys):
    shipped = write_tested(tiny_shipped, "asap-sas-5")
    mine = edited_copy(shipped, user_bundles_dir() / "asap-sas-5.gradebundle", threshold=0.9)
    assert run_cli(["verify", str(mine)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("asap-sas-5.gradebundle: OK (asap-sas-5, ")
    assert out.rstrip().endswith("; takes 25% of answers on its own, at most 3% of them wrong)")
    assert "takes the place of the model that came with Grader, “Test model asap-sas-5” (asap-sas-5)" in err
    assert run_cli(["verify", str(shipped)]) == 0   # the shipped file itself: nothing to say
    assert capsys.readouterr().err == ""


def test_verify_refuses_an_edited_threshold_and_says_what_to_do(tiny_shipped, tmp_path, capsys):
    bad = edited_copy(write_tested(tmp_path / "made"), tmp_path / "edited" / "asap-sas-5.gradebundle", threshold=0.0)
    assert run_cli(["verify", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "review threshold of 0 is below every row of its own risk table" in err
    assert err.rstrip().endswith("its manifest was edited or built wrongly; get a fresh copy from whoever made it.")
