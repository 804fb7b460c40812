"""A model's own threshold that is not a whole percent shows to a tenth in the threshold panel.

A model's threshold is chosen on its calibration answers (0.824 here). The panel's spin box showed it as "82 %", and
its line "Each question now needs" said "82 %" too, while the results table shows an answer 0.821 sure as "82 %" and
not taken: whole percents misled, where the review's line already says tenths (i18n.percent_against). Now the panel
says 82.4 %, in the interface's number format; a whole threshold still reads "90 %". The real panel of the real results
page, on real bundles (their thresholds in their manifests), in English and German.
"""
from __future__ import annotations

import pytest

from bundle_factory import make_bundle
from in_language import in_language
from ui_helpers import results_view, scored_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NBSP, WJ = "\u00a0", "\u2060"


@pytest.fixture
def session(tmp_path):
    folder = tmp_path / "bundles"
    make_bundle(folder, "asap-sas-1", threshold=0.824)
    make_bundle(folder, "asap-sas-5", threshold=0.9, prompt="Describe protein synthesis.")
    s = scored_session(folder, n_students=8)
    assert (s.threshold("asap-sas-1"), s.threshold("asap-sas-5")) == (0.824, 0.9)
    return s


@pytest.mark.parametrize("code, fractional", [("en", "82.4"), ("de", "82,4")])
def test_the_panel_shows_a_fractional_threshold_to_a_tenth(qtbot, session, code, fractional):
    with in_language(code):
        panel = results_view(qtbot, session).threshold
        assert panel.current_item() == "asap-sas-1"
        assert panel.spin.text() == f"{fractional} %"                  # was "82 %"
        assert f"asap-{WJ}sas-{WJ}1 {fractional}{NBSP}%" in panel.each.text()   # was "82 %"
        assert f"asap-{WJ}sas-{WJ}5 90{NBSP}%" in panel.each.text()    # a whole one stays whole
        panel.scope.setCurrentIndex(1)
        assert panel.spin.text() == "90 %" and panel.slider.value() == 90
    assert session.threshold("asap-sas-1") == 0.824   # shown, not changed


def test_the_arrows_step_from_a_fractional_threshold_to_whole_percents(qtbot, session):
    panel = results_view(qtbot, session).threshold
    assert panel.slider.value() == 82 and panel.spin.value() == pytest.approx(82.4)
    panel.spin.stepBy(1)
    panel.set_value(panel.value())   # (let the slider's settling pass)
    assert session.threshold("asap-sas-1") == 0.83 and panel.spin.text() == "83 %" and panel.slider.value() == 83
    panel.spin.setValue(82.4)        # typed back
    assert session.threshold("asap-sas-1") == 0.824 and panel.slider.value() == 82
    panel.spin.stepBy(-1)
    assert session.threshold("asap-sas-1") == 0.82 and panel.spin.text() == "82 %"

