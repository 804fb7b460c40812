"""The review's reason for an answer compares its confidence with the threshold in figures that agree with the
comparison. The confidence is rounded down to the whole percent (one figure everywhere:
tests/ui/test_confidence_one_figure.py) and the threshold to the nearest, as the threshold panel shows it; a model's
own threshold is a fraction, so whole percents could say the opposite: 0.821 against 0.8234 read "82 % is below the
82 % it needs", and 0.959 against 0.9585 (an answer whose rule's score is short of it) "95 % reaches the 96 % it needs".
Where whole percents would contradict the comparison both are written to a tenth."""
from __future__ import annotations

import random
import re

import pytest

from grader_app.ui import wording
from grader_app.ui.i18n import percent_against
from ui_helpers import scored_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NBSP = "\u00a0"


def _figure(text: str) -> float:
    match = re.fullmatch(rf"(\d+(?:[.,]\d)?){NBSP}%", text)
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
    ((0.821, 0.179, 0.0, 0.0), 0.8234, ("82.1", "82.4")),   # whole percents: "82 % is below the 82 %"
    ((0.952, 0.048, 0.0, 0.0), 0.954, ("95.2", "95.4")),
    ((0.80, 0.20, 0.0, 0.0), 0.8234, ("80", "82")),         # whole percents agree: as before
])
def test_below_the_threshold_reads_below(qapp, shipped_bundles, row, threshold, shown):
    session, key = _session(shipped_bundles, row, threshold)
    text = wording.why(session, key)
    confidence, needed = shown
    assert f"{confidence}{NBSP}% is below the {needed}{NBSP}% it needs" in text, text


def test_any_confidence_and_threshold_are_written_as_they_compare(qapp):
    """Whole percents where they agree, tenths where they would not: in every case the figures compare as the numbers
    do (below: strictly lower; reaching: at least as high), over 20,000 random pairs near each other."""
    rng = random.Random(11)
    tenths = 0
    for _ in range(20_000):
        t = rng.uniform(0.5, 0.999)
        c = min(1.0, max(0.0, t + rng.uniform(-0.02, 0.02)))
        shown_c, shown_t = percent_against(c, t)
        a, b = _figure(shown_c), _figure(shown_t)
        assert (a < b) if c < t else (a >= b), (c, t, shown_c, shown_t)
        tenths += "." in shown_c
    assert 0 < tenths < 20_000   # both forms were written
