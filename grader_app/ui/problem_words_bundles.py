"""The model bundle's problems (``bundle.*`` of :mod:`grader_app.problem_texts_bundles`) marked for lupdate, part of
:data:`grader_app.ui.problem_words.MARKED` (kept apart so that module stays short to read)."""
from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Numerus

BUNDLE_MARKED = (
    QT_TRANSLATE_NOOP("Problem", "{name} was not saved, as the model learned from your marks for question {question} "
                                 "failed Grader's check ({detail}); your marks are kept: mark one more answer or change "
                                 "a mark so that it learns again, then save it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} was not saved, as Grader could not finish checking the model learned from your "
                                 "marks for question {question} ({detail}); your marks are kept and nothing is lost: save "
                                 "it again when the computer is less busy, and if it fails each time, install Grader "
                                 "again or update it"),
    QT_TRANSLATE_NOOP("Problem", "{name} cannot be used: {detail}"),
    QT_TRANSLATE_NOOP("Problem", "no bundle at {name}; check the file name"),
    QT_TRANSLATE_NOOP("Problem", "{name} is a folder, not a bundle file"),
    QT_TRANSLATE_NOOP("Problem", "{name} cannot be read; check that the file is there and readable"),
    QT_TRANSLATE_NOOP("Problem", "{name} is larger than any bundle should be, so it was refused; get a fresh copy from "
                      "whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not a readable bundle (not a zip file); get a fresh copy"),
    QT_TRANSLATE_NOOP("Problem", "{name} has no {member}, so it is not a complete bundle; get a fresh copy from whoever "
                      "made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a file named “{member}” that points outside the bundle, so it was "
                      "refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds an unexpected file “{member}”; a bundle holds only manifest.json and "
                      "model.onnx, so it was refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} lists more files than a bundle holds, so it was refused; get a fresh copy "
                                 "from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds {member} twice, so it was refused; get a fresh copy from whoever made "
                                 "it"),
    QT_TRANSLATE_NOOP("Problem", "{name} uses a compression method bundles do not use, so it was refused; get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a {member} larger than any bundle should, so it was refused; get a "
                                 "fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model.onnx that is not a readable model, so it was refused; get a "
                                 "fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that needs data files kept outside the bundle, which bundles "
                                 "may not use, so it was refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that defines operations of its own, which bundles may not use, "
                                 "so it was refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that does not read answers the way Grader gives them, so it "
                                 "was refused; get a fresh copy from whoever made it (its model should take one input "
                                 "named “text”, it takes {inputs})"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that gives Grader no scores, so it was refused; get a fresh "
                                 "copy from whoever made it (its model has no output named “probabilities”)"),
    Numerus.translate("Problem", "{name} holds a model whose scores do not match the scores its manifest lists, so it "
                                 "was refused; get a fresh copy from whoever made it (its model gives %n scores "
                                 "per answer but its manifest lists {labels} labels)", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that gives an output of shape {shape}, not one row of scores "
                                 "per answer; get a fresh copy from whoever made it"),
    Numerus.translate("Problem", "{name} holds a model that gives %n scores per answer but its manifest lists "
                                 "{labels} labels; get a fresh copy from whoever made it", "", "count"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that does not give one row of scores per answer (rows: {given}, "
                                 "answers: {answers}); get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a manifest.json that cannot be read, so it was refused; "
                                 "get a fresh copy from whoever made it "
                                 "(it is not valid JSON: it is not UTF-8 text)"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a manifest.json that cannot be read, so it was refused; "
                                 "get a fresh copy from whoever made it "
                                 "(it is not valid JSON)"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a manifest.json that cannot be read, so it was refused; "
                                 "get a fresh copy from whoever made it "
                                 "(it is nested too deeply to be a manifest)"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a manifest.json that cannot be read, so it was refused; "
                                 "get a fresh copy from whoever made it "
                                 "(it holds NaN or Infinity, which a manifest may not use)"),
    QT_TRANSLATE_NOOP("Problem", "it was made by a newer version of Grader (bundle format {version}, newer than "
                                 "format {known}, which this one reads); update Grader"),
    QT_TRANSLATE_NOOP("Problem", "its bundle format {version} is not one this Grader reads (it reads format {known});"
                                 " get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "it prepares the answers' text in a way this version of Grader does not know, the "
                                 "text normalisation {normalisation} (it knows {known}); update Grader, or get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "it asks for a decision rule this version of Grader does not know, {rule} (it knows "
                                 "{known}); update Grader, or get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review threshold must be a number between 0 and 1, not {value}; get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review field “qualified” must be true or false; get a fresh copy from whoever "
                                 "made it"),
    QT_TRANSLATE_NOOP("Problem", "its review coverage_at_threshold must be a number between 0 and 1, not {value}; get"
                                 " a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review target_error must be a number between 0 and 1, not {value}; get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review table must be a list of rows; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "each row of its review table must give threshold, coverage, error and error_upper "
                                 "as numbers between 0 and 1; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review threshold of {threshold} accepts answers, yet the bundle says no "
                                 "threshold qualified (every answer should come to you); its manifest was edited or "
                                 "built wrongly; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review threshold of {threshold} is below every row of its own risk table, which "
                                 "says nothing about the answers it accepts; its manifest was edited or built wrongly; "
                                 "get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review threshold of {threshold} accepts answers, yet no row of its own risk "
                                 "table keeps the error within its target of {target}; its manifest was edited or "
                                 "built wrongly; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its review threshold of {threshold} is below {point}, the lowest its own risk table "
                                 "supports at its target error of {target}; its manifest was edited or built wrongly; "
                                 "get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest has a key that is not text, which no bundle manifest has; get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest holds a value of type {type}, which is not JSON; get a fresh copy "
                                 "from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest.json is not a bundle manifest (it is not a JSON object); get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest.json is not a complete bundle manifest (it has no “{key}” field); get "
                                 "a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest.json is not a bundle manifest Grader can read (its field “{key}” "
                                 "should be a JSON {type}); get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its id {id} is not one Grader can keep as a file name; get a fresh copy from "
                                 "whoever made it (an id is up to 64 lower-case letters, digits, “.”, “_” or “-”)"),
    QT_TRANSLATE_NOOP("Problem", "its id {id} is a name Windows keeps for a device, so Grader cannot keep it as a "
                                 "file name; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its title is empty; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its title is not one line of at most {most} characters without control characters; "
                                 "get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its labels must be a list of at least two numeric scores (at most {most}); get a "
                                 "fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its labels contain the same score twice; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its calibration temperature must be a positive number from {low} to {high}, not "
                                 "{value}; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its {field} field is not a SHA-256 hex digest; get a fresh copy from whoever made "
                                 "it"),
    QT_TRANSLATE_NOOP("Problem", "its parameters field must be a count of parameters, not {value}; get a fresh copy "
                                 "from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its question (item prompt) must be text; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its rubric must give each score a description in text; get a fresh copy from "
                                 "whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its reference answers must be a list of texts; get a fresh copy from whoever made "
                                 "it"),
    QT_TRANSLATE_NOOP("Problem", "its figure of the raters' agreement (human_human_qwk) is {value}, where it must be "
                                 "a number from -1 to 1 or null; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its metrics for the {who} must be a table of figures, not {value}; get a fresh copy"
                                 " from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its metrics give {who} the {metric} {value}, where it must be a number from {low} "
                                 "to {high} or null; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its metrics give {who} an answer count n of {value}, where it must be a whole "
                                 "number or null; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its decision rule has a cutpoint that is not a finite number; get a fresh copy from"
                                 " whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its decision rule has a cutpoint too large to use, {value}; get a fresh copy from "
                                 "whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its decision must be a table that names its rule, not {value}; get a fresh copy "
                                 "from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its decision names no rule (it should be one of {known}); get a fresh copy from "
                                 "whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its argmax decision rule takes no cutpoints, yet it gives some; get a fresh copy "
                                 "from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its expected-score decision rule needs its cutpoints as a list of {need} numbers, "
                                 "it has none; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its expected-score decision rule needs its cutpoints as a list of {need} numbers, "
                                 "not {value}; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest.json is nested more than {most} levels deep, which no bundle manifest "
                                 "is; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest.json holds text that is not valid Unicode; get a fresh copy from "
                                 "whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its manifest.json holds a number too large to be finite (NaN or Infinity), which a "
                                 "manifest may not use; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its expected-score decision rule needs {need} cutpoints for {labels} scores, not "
                                 "{given}; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "its expected-score decision rule's cutpoints must be strictly increasing; get a "
                                 "fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} changed while it was being added; add it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be kept beside your own model of that id; add it again"),
    QT_TRANSLATE_NOOP("Problem", "{name} is not one of your own models; only those can be removed"),
    QT_TRANSLATE_NOOP("Problem", "{name} is damaged (a file inside cannot be read); get a fresh copy"),
    QT_TRANSLATE_NOOP("Problem", "the model in {name} does not match its recorded hash, so the file is damaged or was "
                      "altered; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "the manifest in {name} does not match its recorded hash, so its scores, thresholds or "
                      "calibration were altered or damaged; get a fresh copy from whoever made it, or rebuild the "
                      "bundle"),
    QT_TRANSLATE_NOOP("Problem", "{name} could not be tried out, so it was not added: Grader could not start the "
                                 "program that tries a model on test answers; add it again, and if that fails too, "
                                 "install Grader again or update it ({detail})"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that crashed, or needed more than {mb} MB of memory, on "
                                 "Grader's test answers, so it was refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model this version of Grader cannot load, so it was refused; update "
                                 "Grader, or get a fresh copy from whoever made it (onnxruntime: {detail})"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that failed on one of Grader's test answers, so it was "
                                 "refused; get a fresh copy from whoever made it, or update Grader (onnxruntime: "
                                 "{detail})"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that gives something other than numbers where scores should "
                                 "be, so it was refused; get a fresh copy from whoever made it (its output is of type "
                                 "{dtype})"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model whose scores for test answer {answer} of {answers} are not "
                                 "probabilities (NaN, infinite, negative, above 1 or not adding up to 1), so it was "
                                 "refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model whose scores for an empty answer are not probabilities (NaN, "
                                 "infinite, negative, above 1 or not adding up to 1), so it was refused; get a fresh "
                                 "copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model whose scores for long answer {answer} of {answers} in a batch "
                                 "of test answers are not probabilities (NaN, infinite, negative, above 1 or not "
                                 "adding up to 1), so it was refused; get a fresh copy from whoever made it"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model this version of Grader cannot load, so its answers were not "
                                 "scored: they are left for you, and your decisions are kept; update Grader, or get a "
                                 "fresh copy from whoever made it (onnxruntime: {detail})"),
    QT_TRANSLATE_NOOP("Problem", "{name} holds a model that failed while scoring answers, so Grader stopped it: the "
                                 "answers it had not scored are left for you, and your decisions are kept; get a "
                                 "fresh copy from whoever made it, or update Grader (onnxruntime: {detail})"),
)
