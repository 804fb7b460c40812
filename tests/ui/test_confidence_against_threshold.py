"""The review's reason for an answer compares its confidence with the threshold in figures that agree with the
comparison, the threshold written as the threshold panel shows it (i18n.percent_needed: "90 %", a model's own
fractional threshold to a tenth, "82.4 %"). The review said "82 %" for a threshold the panel showed as "82.4 %": two
figures for one threshold. The confidence is rounded down to the whole percent (one figure everywhere:
tests/ui/test_confidence_one_figure.py), to a tenth where that would contradict the comparison (0.8245 against 0.824:
"82 % reaches the 82.4 %"), and both to a hundredth where the confidence lies between the threshold and the panel's
rounded figure of it (0.8201 against 0.8203, shown "82 %"), which no tenth tells apart."""
from __future__ import annotations

import random
import re

import pytest

from grader_app.ui import wording
from bundle_factory import make_bundle
from grader_app.ui.i18n import percent_against, percent_needed
from in_language import in_language
from ui_helpers import results_view, review_view, scored_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NBSP = "\u00a0"


def _figure(text: str) -> float:
    match = re.fullmatch(rf"(\d+(?:[.,]\d\d?)?){NBSP}%", text)
    assert match, text
    return float(match.group(1).replace(",", "."))


def _session(shipped_bundles, row, threshold):
    session = scored_session(shipped_bundles, n_students=3, items=("asap-sas-1",))
    key = next(k for k in session.keys_for("asap-sas-1") if not session.flags.get(k))
    session.set_predictions([key], [row])
    session.set_threshold(threshold, "asap-sas-1")
    assert session.threshold("asap-sas-1") == pytest.approx(threshold)
    return session, key


@pytest.mark.parametrize("row, threshold, shown", [
    ((0.821, 0.179, 0.0, 0.0), 0.8234, ("82", "82.3")),     # was "82.1 % is below the 82.4 %"
    ((0.952, 0.048, 0.0, 0.0), 0.954, ("95", "95.4")),      # was "95.2 % is below the 95.4 %"
    ((0.80, 0.20, 0.0, 0.0), 0.8234, ("80", "82.3")),       # was "80 % is below the 82 %"
    ((0.80, 0.20, 0.0, 0.0), 0.85, ("80", "85")),           # a whole threshold: as before
    ((0.8201, 0.1799, 0.0, 0.0), 0.8203, ("82.01", "82.03")),   # "82 % is below the 82 %": no tenth tells them apart
])
def test_below_the_threshold_reads_below(qapp, shipped_bundles, row, threshold, shown):
    session, key = _session(shipped_bundles, row, threshold)
    text = wording.why(session, key)
    confidence, needed = shown
    assert f"{confidence}{NBSP}% is below the {needed}{NBSP}% it needs" in text, text


def test_any_confidence_and_threshold_are_written_as_they_compare(qapp):
    """Whole percents where they agree, finer where they would not: in every case the figures compare as the numbers
    do (below: strictly lower; reaching: at least as high), over 20,000 random pairs near each other; the threshold is
    the panel's figure but where the confidence lies between the two (hundredths, then)."""
    rng = random.Random(11)
    forms = {0: 0, 1: 0, 2: 0}   # how many confidences were written whole, to a tenth, to a hundredth
    for _ in range(20_000):
        t = rng.uniform(0.5, 0.999)
        c = min(1.0, max(0.0, t + rng.uniform(-0.02, 0.02)))
        shown_c, shown_t = percent_against(c, t)
        a, b = _figure(shown_c), _figure(shown_t)
        assert (a < b) if c < t else (a >= b), (c, t, shown_c, shown_t)
        places = len(shown_c.split(NBSP)[0].partition(".")[2])
        forms[places] += 1
        if places < 2:
            assert shown_t == percent_needed(t), (c, t, shown_c, shown_t)   # the panel's figure
        else:
            assert abs(b - float(percent_needed(t).split(NBSP)[0])) <= 0.05 + 1e-9, (c, t, shown_t)
    assert all(forms.values()) and forms[0] > forms[1] > forms[2], forms   # every form was written, whole the most


@pytest.mark.parametrize("code, fractional", [("en", "82.4"), ("de", "82,4")])
def test_the_review_says_the_threshold_the_panel_shows(qtbot, tmp_path, code, fractional):
    """The real threshold panel and the real review screen on one session, a model whose own threshold is 0.824: both
    say 82.4 % (in German 82,4 %) for an answer below it."""
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1", threshold=0.824)
    session = scored_session(folder, n_students=3, items=("asap-sas-1",))
    key = next(k for k in session.keys_for("asap-sas-1") if not session.flags.get(k))
    session.set_predictions([key], [(0.81, 0.19, 0.0, 0.0)])
    with in_language(code):
        panel = results_view(qtbot, session).threshold
        view = review_view(qtbot, session)
        view.go_to(key)
        said = view.decision_label.text()
        assert panel.spin.text() == f"{fractional} %"
        assert f"81{NBSP}%" in said and f"{fractional}{NBSP}%" in said, said   # was 82 %
        if code == "en":
            assert said.endswith(f"The model is unsure: 81{NBSP}% is below the 82.4{NBSP}% it needs to score alone.")
