"""The English sentence of each problem of a model bundle (``bundle.*``), part of :data:`grader_app.problem_texts.TEXTS`
(kept apart so that module stays short to read); everything said there holds for them (docs/translations.md)."""
from __future__ import annotations

import re

BUNDLE_TEXTS: dict[str, str] = {
    # a model bundle (bundles.archive, scoring)
    "bundle.bad_manifest": "{name} cannot be used: {detail}",   # a manifest field that is wrong (bundles.manifest)
    # the teacher's own learned model, refused as it is saved: no one else has a copy (model_files.save_learned_model)
    "bundle.own_refused": "{name} was not saved, as the model learned from your marks for question {question} failed "
                          "Grader's check ({detail}); your marks are kept: mark one more answer or change a mark so "
                          "that it learns again, then save it again",
    # …refused by a check that a second try passes (a busy computer, the file changed as it was added): ONE_OFF
    "bundle.own_refused_once": "{name} was not saved, as Grader could not finish checking the model learned from your "
                               "marks for question {question} ({detail}); your marks are kept and nothing is lost: save "
                               "it again when the computer is less busy, and if it fails each time, install Grader "
                               "again or update it",
    "bundle.newer_format": "it was made by a newer version of Grader (bundle format {version}, newer than format "
                           "{known}, which this one reads); update Grader",
    "bundle.other_format": "its bundle format {version} is not one this Grader reads (it reads format {known}); get a"
                           " fresh copy from whoever made it",
    "bundle.unknown_normalisation": "it prepares the answers' text in a way this version of Grader does not know, "
                                    "the text normalisation {normalisation} (it knows {known}); update Grader, or "
                                    "get a fresh copy from whoever made it",
    "bundle.unknown_rule": "it asks for a decision rule this version of Grader does not know, {rule} (it knows "
                           "{known}); update Grader, or get a fresh copy from whoever made it",
    "bundle.review_threshold": "its review threshold must be a number between 0 and 1, not {value}; get a fresh copy "
                               "from whoever made it",
    "bundle.review_qualified": "its review field “qualified” must be true or false; get a fresh copy from whoever "
                               "made it",
    "bundle.review_coverage": "its review coverage_at_threshold must be a number between 0 and 1, not {value}; get a "
                              "fresh copy from whoever made it",
    "bundle.review_target": "its review target_error must be a number between 0 and 1, not {value}; get a fresh copy "
                            "from whoever made it",
    "bundle.review_table": "its review table must be a list of rows; get a fresh copy from whoever made it",
    "bundle.review_rows": "each row of its review table must give threshold, coverage, error and error_upper as "
                          "numbers between 0 and 1; get a fresh copy from whoever made it",
    "bundle.review_unqualified": "its review threshold of {threshold} accepts answers, yet the bundle says no "
                                 "threshold qualified (every answer should come to you); its manifest was edited or "
                                 "built wrongly; get a fresh copy from whoever made it",
    "bundle.review_below_table": "its review threshold of {threshold} is below every row of its own risk table, which "
                                 "says nothing about the answers it accepts; its manifest was edited or built wrongly; "
                                 "get a fresh copy from whoever made it",
    "bundle.review_no_row_passes": "its review threshold of {threshold} accepts answers, yet no row of its own risk "
                                   "table keeps the error within its target of {target}; its manifest was edited or "
                                   "built wrongly; get a fresh copy from whoever made it",
    "bundle.review_below_point": "its review threshold of {threshold} is below {point}, the lowest its own risk table "
                                 "supports at its target error of {target}; its manifest was edited or built wrongly; "
                                 "get a fresh copy from whoever made it",
    "bundle.manifest_key_not_text": "its manifest has a key that is not text, which no bundle manifest has; get a fresh "
                                    "copy from whoever made it",
    "bundle.manifest_not_json_value": "its manifest holds a value of type {type}, which is not JSON; get a fresh copy "
                                      "from whoever made it",
    "bundle.manifest_not_object": "its manifest.json is not a bundle manifest (it is not a JSON object); get a fresh "
                                  "copy from whoever made it",
    "bundle.manifest_no_field": "its manifest.json is not a complete bundle manifest (it has no “{key}” field); get a"
                                " fresh copy from whoever made it",
    "bundle.manifest_field_type": "its manifest.json is not a bundle manifest Grader can read (its field “{key}” "
                                  "should be a JSON {type}); get a fresh copy from whoever made it",
    "bundle.bad_id": "its id {id} is not one Grader can keep as a file name; get a fresh copy from whoever made it "
                     "(an id is up to 64 lower-case letters, digits, “.”, “_” or “-”)",
    "bundle.device_id": "its id {id} is a name Windows keeps for a device, so Grader cannot keep it as a file name; "
                        "get a fresh copy from whoever made it",
    "bundle.empty_title": "its title is empty; get a fresh copy from whoever made it",
    "bundle.bad_title": "its title is not one line of at most {most} characters without control characters; get a "
                        "fresh copy from whoever made it",
    "bundle.bad_labels": "its labels must be a list of at least two numeric scores (at most {most}); get a fresh copy"
                         " from whoever made it",
    "bundle.labels_twice": "its labels contain the same score twice; get a fresh copy from whoever made it",
    "bundle.bad_temperature": "its calibration temperature must be a positive number from {low} to {high}, not "
                              "{value}; get a fresh copy from whoever made it",
    "bundle.bad_digest": "its {field} field is not a SHA-256 hex digest; get a fresh copy from whoever made it",
    "bundle.bad_parameters": "its parameters field must be a count of parameters, not {value}; get a fresh copy from "
                             "whoever made it",
    "bundle.bad_prompt": "its question (item prompt) must be text; get a fresh copy from whoever made it",
    "bundle.bad_rubric": "its rubric must give each score a description in text; get a fresh copy from whoever made "
                         "it",
    "bundle.bad_references": "its reference answers must be a list of texts; get a fresh copy from whoever made it",
    "bundle.bad_raters": "its figure of the raters' agreement (human_human_qwk) is {value}, where it must be a number"
                         " from -1 to 1 or null; get a fresh copy from whoever made it",
    "bundle.bad_metrics_table": "its metrics for the {who} must be a table of figures, not {value}; get a fresh copy "
                                "from whoever made it",
    "bundle.bad_metric": "its metrics give {who} the {metric} {value}, where it must be a number from {low} to "
                         "{high} or null; get a fresh copy from whoever made it",
    "bundle.bad_metric_n": "its metrics give {who} an answer count n of {value}, where it must be a whole number or "
                           "null; get a fresh copy from whoever made it",
    "bundle.cutpoint_infinite": "its decision rule has a cutpoint that is not a finite number; get a fresh copy from "
                                "whoever made it",
    "bundle.cutpoint_too_large": "its decision rule has a cutpoint too large to use, {value}; get a fresh copy from "
                                 "whoever made it",
    "bundle.decision_not_table": "its decision must be a table that names its rule, not {value}; get a fresh copy "
                                 "from whoever made it",
    "bundle.decision_no_rule": "its decision names no rule (it should be one of {known}); get a fresh copy from "
                               "whoever made it",
    "bundle.argmax_cutpoints": "its argmax decision rule takes no cutpoints, yet it gives some; get a fresh copy from"
                               " whoever made it",
    "bundle.cutpoints_missing": "its expected-score decision rule needs its cutpoints as a list of {need} numbers, it"
                                " has none; get a fresh copy from whoever made it",
    "bundle.cutpoints_not_numbers": "its expected-score decision rule needs its cutpoints as a list of {need} "
                                    "numbers, not {value}; get a fresh copy from whoever made it",
    "bundle.manifest_deep": "its manifest.json is nested more than {most} levels deep, which no bundle manifest is; "
                            "get a fresh copy from whoever made it",
    "bundle.manifest_bad_unicode": "its manifest.json holds text that is not valid Unicode; get a fresh copy from "
                                   "whoever made it",
    "bundle.manifest_infinite": "its manifest.json holds a number too large to be finite (NaN or Infinity), which a "
                                "manifest may not use; get a fresh copy from whoever made it",
    "bundle.cutpoints_count": "its expected-score decision rule needs {need} cutpoints for {labels} scores, not "
                              "{given}; get a fresh copy from whoever made it",
    "bundle.cutpoints_order": "its expected-score decision rule's cutpoints must be strictly increasing; get a fresh "
                              "copy from whoever made it",
    "bundle.changed_while_added": "{name} changed while it was being added; add it again",
    "bundle.not_kept_beside": "{name} could not be kept beside your own model of that id; add it again",
    "bundle.not_own": "{name} is not one of your own models; only those can be removed",
    "bundle.missing": "no bundle at {name}; check the file name",
    "bundle.is_folder": "{name} is a folder, not a bundle file",
    "bundle.unreadable": "{name} cannot be read; check that the file is there and readable",
    "bundle.too_big": "{name} is larger than any bundle should be, so it was refused; get a fresh copy from whoever "
                      "made it",
    "bundle.not_zip": "{name} is not a readable bundle (not a zip file); get a fresh copy",
    "bundle.incomplete": "{name} has no {member}, so it is not a complete bundle; get a fresh copy from whoever made it",
    "bundle.member_outside": "{name} holds a file named “{member}” that points outside the bundle, so it was "
                             "refused; get a fresh copy from whoever made it",
    "bundle.member_unexpected": "{name} holds an unexpected file “{member}”; a bundle holds only manifest.json and "
                                "model.onnx, so it was refused; get a fresh copy from whoever made it",
    "bundle.too_many_files": "{name} lists more files than a bundle holds, so it was refused; get a fresh copy from "
                             "whoever made it",
    "bundle.member_twice": "{name} holds {member} twice, so it was refused; get a fresh copy from whoever made it",
    "bundle.compression": "{name} uses a compression method bundles do not use, so it was refused; get a fresh copy "
                          "from whoever made it",
    "bundle.member_too_large": "{name} holds a {member} larger than any bundle should, so it was refused; get a fresh "
                               "copy from whoever made it",
    "bundle.not_onnx": "{name} holds a model.onnx that is not a readable model, so it was refused; get a fresh copy "
                       "from whoever made it",
    "bundle.external_data": "{name} holds a model that needs data files kept outside the bundle, which bundles may "
                            "not use, so it was refused; get a fresh copy from whoever made it",
    # a model that defines functions of its own (ONNX model-local functions): what they do with text cannot be checked
    "bundle.model_functions": "{name} holds a model that defines operations of its own, which bundles may not use, "
                              "so it was refused; get a fresh copy from whoever made it",
    "bundle.model_input": "{name} holds a model that does not read answers the way Grader gives them, so it was "
                          "refused; get a fresh copy from whoever made it (its model should take one input named "
                          "“text”, it takes {inputs})",
    "bundle.model_output": "{name} holds a model that gives Grader no scores, so it was refused; get a fresh copy from "
                           "whoever made it (its model has no output named “probabilities”)",
    "bundle.model_labels": "{name} holds a model whose scores do not match the scores its manifest lists, so it was "
                           "refused; get a fresh copy from whoever made it (its model gives %n scores per answer "
                           "but its manifest lists {labels} labels)",
    "bundle.output_shape": "{name} holds a model that gives an output of shape {shape}, not one row of scores per "
                           "answer; get a fresh copy from whoever made it",
    "bundle.output_labels": "{name} holds a model that gives %n scores per answer but its manifest lists {labels} "
                            "labels; get a fresh copy from whoever made it",
    "bundle.output_rows": "{name} holds a model that does not give one row of scores per answer (rows: {given}, "
                          "answers: {answers}); get a fresh copy from whoever made it",
    "bundle.manifest_not_utf8": "{name} holds a manifest.json that cannot be read, so it was refused; "
                                "get a fresh copy from whoever made it (it is not valid JSON: it is not UTF-8 text)",
    "bundle.manifest_not_json": "{name} holds a manifest.json that cannot be read, so it was refused; "
                                "get a fresh copy from whoever made it (it is not valid JSON)",
    "bundle.manifest_nested": "{name} holds a manifest.json that cannot be read, so it was refused; "
                              "get a fresh copy from whoever made it (it is nested too deeply to be a manifest)",
    "bundle.manifest_nonfinite": "{name} holds a manifest.json that cannot be read, so it was refused; "
                                 "get a fresh copy from whoever made it (it holds NaN or Infinity, which a manifest may "
                                 "not use)",
    "bundle.damaged": "{name} is damaged (a file inside cannot be read); get a fresh copy",
    "bundle.altered": "the model in {name} does not match its recorded hash, so the file is damaged or was altered; "
                      "get a fresh copy from whoever made it",
    "bundle.manifest_altered": "the manifest in {name} does not match its recorded hash, so its scores, thresholds or "
                               "calibration were altered or damaged; get a fresh copy from whoever made it, or "
                               "rebuild the bundle",
    # running a bundle's model: tried on test answers when it is added (scoring.probe), while scoring (scoring.model)
    "bundle.probe_not_started": "{name} could not be tried out, so it was not added: Grader could not start the "
                                "program that tries a model on test answers; add it again, and if that fails too, "
                                "install Grader again or update it ({detail})",
    "bundle.probe_crashed": "{name} holds a model that crashed, or needed more than {mb} MB of memory, on Grader's "
                            "test answers, so it was refused; get a fresh copy from whoever made it",
    "bundle.probe_unloadable": "{name} holds a model this version of Grader cannot load, so it was refused; update "
                               "Grader, or get a fresh copy from whoever made it (onnxruntime: {detail})",
    "bundle.probe_failed": "{name} holds a model that failed on one of Grader's test answers, so it was refused; get a "
                           "fresh copy from whoever made it, or update Grader (onnxruntime: {detail})",
    "bundle.probe_not_numbers": "{name} holds a model that gives something other than numbers where scores should be, "
                                "so it was refused; get a fresh copy from whoever made it (its output is of type "
                                "{dtype})",
    "bundle.probe_not_probabilities": "{name} holds a model whose scores for test answer {answer} of {answers} are not "
                                      "probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it "
                                      "was refused; get a fresh copy from whoever made it",
    "bundle.probe_not_probabilities_empty": "{name} holds a model whose scores for an empty answer are not "
                                            "probabilities (NaN, infinite, negative, above 1 or not adding up to 1), "
                                            "so it was refused; get a fresh copy from whoever made it",
    "bundle.probe_not_probabilities_long": "{name} holds a model whose scores for long answer {answer} of {answers} in "
                                           "a batch of test answers are not probabilities (NaN, infinite, negative, "
                                           "above 1 or not adding up to 1), so it was refused; get a fresh copy from "
                                           "whoever made it",
    "bundle.model_unloadable": "{name} holds a model this version of Grader cannot load, so its answers were not "
                               "scored; update Grader, or get a fresh copy from whoever made it (onnxruntime: "
                               "{detail})",
    "bundle.run_failed": "{name} holds a model that failed while scoring answers, so Grader stopped it; get a fresh "
                         "copy from whoever made it, or update Grader (onnxruntime: {detail})",
}

# the window's own sentence of a model that fails while scoring: what it scored stays, the rest and the teacher's
# decisions are hers (grader score writes nothing); part of :data:`grader_app.problem_texts.WINDOW`
BUNDLE_WINDOW: dict[str, str] = {
    "bundle.model_unloadable": "{name} holds a model this version of Grader cannot load, so its answers were not "
                               "scored: they are left for you, and your decisions are kept; update Grader, or get a "
                               "fresh copy from whoever made it (onnxruntime: {detail})",
    "bundle.run_failed": "{name} holds a model that failed while scoring answers, so Grader stopped it: the answers it "
                         "had not scored are left for you, and your decisions are kept; get a fresh copy from whoever "
                         "made it, or update Grader (onnxruntime: {detail})",
}


FRESH_COPY = "get a fresh copy from whoever made it"   # a refusal's advice, wrong for a model the teacher made herself
# the other advice meant for a model someone else made, each the whole of the clause that gives it (so "add it again"
# cuts no part of "add it again, and if that fails too, …", listed whole): "… (not a zip file); get a fresh copy",
# "… test answers, …; ask whoever made it for a fixed copy", "… while it was being added; add it again", "… on test
# answers; add it again, and if that fails too, install Grader again or update it (…)"
OTHERS_ADVICE = ("get a fresh copy", "ask whoever made it for a fixed copy",
                 "ask whoever made it for a model that only reads the answers' text",
                 "ask whoever made it to save the model without packed tables", "add it again",
                 "add it again, and if that fails too, install Grader again or update it")
# the refusals a second try can pass, her model being sound: too slow on a busy computer, the file changed as it was
# added, the program that tries it not started; her own model refused so is said with that advice (:func:`one_off`)
ONE_OFF = frozenset({"bundle.probe_slow", "bundle.changed_while_added", "bundle.probe_not_started"})
_CLAUSE_END = r"(?=\s*\(|;|$)"


def without_advice(text: str, advice: str = FRESH_COPY, others: tuple[str, ...] = OTHERS_ADVICE) -> str:
    """``text`` (a refusal) without its clause that gives ``advice`` (in the refusal's language), with whatever else
    that clause says ("…; update Grader or get a fresh copy from whoever made it"), its bracket kept: "its id x is not
    one Grader can keep as a file name; get a fresh copy from whoever made it (an id is …)" -> "its id x is not one
    Grader can keep as a file name (an id is …)"; and without a clause that is one of the ``others`` ("…; ask whoever
    made it for a fixed copy")."""
    text = re.sub(r";\s[^;(]*?" + re.escape(advice) + r"[^;(]*?" + _CLAUSE_END, "", text)
    for other in others:
        text = re.sub(r";\s[^;(]*?" + re.escape(other) + _CLAUSE_END, "", text)
    return text


def refuses_own(refused: object) -> bool:
    """Whether ``refused`` (a bundle's refusal) is one a model the teacher made herself can get as Grader writes or
    tries it, and whose sentence gives advice meant for a model someone else made (get a fresh copy from whoever made
    it, ask them for a fixed one, add it again): a manifest field that is wrong, a file that cannot be read back, a
    graph refused, a model that fails its run on test answers (too slow, too much memory, …) or cannot be tried."""
    said = str(refused)   # its English sentence, whose advice is the clause without_advice cuts
    return getattr(refused, "kind", None) == "bundle.bad_manifest" or (
        str(getattr(refused, "kind", "")).startswith("bundle.") and without_advice(said) != said)


def one_off(refused: object) -> bool:
    """Whether ``refused``, a refusal of a model the teacher made herself, is one a second try can pass
    (:data:`ONE_OFF`): said with its own advice, "save it again when the computer is less busy"
    (``bundle.own_refused_once``, ``learn.own_refused_once``), not "mark one more answer or change a mark so that it
    learns again"."""
    return getattr(refused, "kind", None) in ONE_OFF


def own_fault(refused):
    """What was wrong with a model the teacher made herself (``refused`` by :func:`refuses_own`), without the advice
    meant for someone else's: a manifest's reason ("its calibration temperature must be …"), else the refusal itself
    ("x.gradebundle is larger than any bundle should be, so it was refused"). Its class, kind and values kept, so the
    window says it in its language (and cuts the advice there: ``ui.problem_values.WITHOUT_ADVICE``)."""
    detail = refused.values["detail"] if getattr(refused, "kind", None) == "bundle.bad_manifest" else refused
    fault = type(detail)(without_advice(str(detail)))   # the command line's sentence; the window cuts its own
    fault.kind, fault.values = getattr(detail, "kind", None), getattr(detail, "values", {})
    return fault
