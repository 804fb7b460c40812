"""The bundle manifest, format version 1 (DESIGN §4): parsed and checked whole, with one-sentence errors.

Everything the app reads from a manifest is checked here, once, when a bundle is read: a manifest
that passes can be listed, shown and used to score without any further guard (no ``KeyError``,
``AttributeError`` or NaN later on). Fields the app does not read may hold any JSON, but the whole
document must be finite (no NaN or Infinity), valid Unicode and at most ``MAX_DEPTH`` levels deep.

The optional ``decision`` field names the rule that turns a row of calibrated probabilities into a
score (``grader_app.core.decision``, ``docs/bundle-format.md``): absent, null or ``{"rule":
"argmax"}`` is the arg-max; ``{"rule": "expected-score", "cutpoints": [c_1, ..., c_{K-1}]}`` counts
the cutpoints the expected score index reaches. The rule's names and :func:`check_cutpoints` live
here, in the bundle format, because the format is the layer below ``core``: ``core.decision``
imports them from here, so the reader and the session accept exactly the same rules.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from typing import Any, Sequence

from ..text import NORMALISERS
from ..errors import Quoted
from .errors import BundleError
from .review_rules import Takes, contradiction, takes_alone

FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")   # always used with fullmatch
MAX_DEPTH = 32
MAX_LABELS = 100
MAX_LABEL = 1e6                      # |score value|
MAX_PARAMETERS = 10 ** 12
TEMPERATURE_RANGE = (0.01, 100.0)    # calibrated temperatures are ~0.5-3; outside this, softmax(log p / T) degenerates
RULE_ARGMAX = "argmax"               # the decision rules a manifest may name (grader_app.core.decision)
RULE_EXPECTED = "expected-score"
RULES = (RULE_ARGMAX, RULE_EXPECTED)
METRIC_RANGES = {"qwk": (-1.0, 1.0), "accuracy": (0.0, 1.0), "macro_f1": (0.0, 1.0)}
RISK_FIELDS = ("threshold", "coverage", "error", "error_upper")
MAX_TITLE = 200
UNSHOWN = ("Cc", "Cf", "Zl", "Zp")   # Unicode categories a title may not hold (controls, soft hyphens, zero-width)
DIGEST_FIELD = "manifest_sha256"     # the manifest's own digest (manifest_digest); optional, checked when present
# device names Windows keeps (a file "con.gradebundle" cannot be written or read there), with or without a suffix
FIX = "get a fresh copy from whoever made it, or rebuild the bundle"   # what to do about a manifest that is wrong
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"{d}{i}" for d in ("com", "lpt") for i in range(10))})

_JSON_TYPES = {int: "integer", str: "string", dict: "object", list: "array"}   # JSON's own names, said in any language
REQUIRED = {
    "format_version": int,
    "id": str,
    "title": str,
    "item": dict,
    "labels": list,
    "normalisation": str,
    "calibration": dict,
    "review": dict,
    "metrics": dict,
    "provenance": dict,
    "sha256": str,
    "parameters": int,
}


class _NonFinite(ValueError):
    pass


def _refuse_constant(name: str):
    raise _NonFinite(name)


def parse_manifest(raw: bytes, name: str = "the bundle") -> dict:
    """Decode and validate ``manifest.json``'s bytes; raise BundleError with one sentence if anything is wrong."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError.said("bundle.manifest_not_utf8", name=name) from None
    try:
        m = json.loads(text, parse_constant=_refuse_constant)
    except _NonFinite:
        raise BundleError.said("bundle.manifest_nonfinite", name=name) from None
    except RecursionError:
        raise BundleError.said("bundle.manifest_nested", name=name) from None
    except ValueError:  # JSONDecodeError, and integers too long to convert
        raise BundleError.said("bundle.manifest_not_json", name=name) from None
    try:
        return validate_manifest(m)
    except BundleError as wrong:   # the file's name first, so that the teacher knows which bundle is meant
        raise BundleError.said("bundle.bad_manifest", name=name, detail=wrong) from None   # said in the window's language


def _show(value: Any, n: int = 40) -> str:
    """A short repr of a value from the manifest, for a message (never a whole hostile string); a text is
    :class:`~grader_app.errors.Quoted`, in “…” as the window's English quotes it (the command line's sentence), which
    the window quotes in the interface's marks (German „…“, Spanish «…»)."""
    if not isinstance(value, str):
        r = repr(value)
        return r if len(r) <= n else r[: n - 1] + "…"
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in value)   # as repr() shows them: "\n"
    text = text if len(text) <= n - 2 else text[: n - 3] + "…"
    return Quoted.of(f"“{text}”", [text])


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _check_tree(m: Any) -> None:
    """Depth, finiteness, Unicode and JSON types over the whole document (iteratively: no recursion). A key that is not
    text and a value of no JSON type come only from a manifest built in Python (the writer's: a model the teacher
    saves, a copy kept beside her own), never from a file; said in the window's language like the others."""
    stack = [(m, 1)]
    while stack:
        v, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BundleError.said("bundle.manifest_deep", most=MAX_DEPTH)
        if isinstance(v, dict):
            for k, x in v.items():
                if not isinstance(k, str):
                    raise BundleError.said("bundle.manifest_key_not_text")
                stack.append((k, depth + 1))
                stack.append((x, depth + 1))
        elif isinstance(v, (list, tuple)):
            stack.extend((x, depth + 1) for x in v)
        elif isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise BundleError.said("bundle.manifest_bad_unicode") from None
        elif isinstance(v, float):
            if not math.isfinite(v):
                raise BundleError.said("bundle.manifest_infinite")
        elif v is not None and not isinstance(v, (bool, int)):
            raise BundleError.said("bundle.manifest_not_json_value", type=type(v).__name__)


def _fits_float(v: Any) -> bool:
    """Whether the number ``v`` (JSON reads a whole number of any length as an int) can be a float."""
    try:
        float(v)
    except OverflowError:
        return False
    return True


def _number_in(v: Any, lo: float, hi: float) -> bool:
    return _is_number(v) and lo <= v <= hi


def validate_manifest(m: Any) -> dict:
    """Return the manifest if it follows format version 1 in full, else raise BundleError."""
    if not isinstance(m, dict):
        raise BundleError.said("bundle.manifest_not_object")
    _refuse_infinite_cutpoints(m.get("decision"))   # before the whole-document check, to name the field
    _check_tree(m)
    fv = m.get("format_version")
    if isinstance(fv, int) and not isinstance(fv, bool) and fv > FORMAT_VERSION:
        raise BundleError.said("bundle.newer_format", version=_show(fv), known=FORMAT_VERSION)
    for key, kind in REQUIRED.items():
        if key not in m:
            raise BundleError.said("bundle.manifest_no_field", key=key)
        if not isinstance(m[key], kind) or (kind is int and isinstance(m[key], bool)):
            raise BundleError.said("bundle.manifest_field_type", key=key, type=_JSON_TYPES.get(kind, kind.__name__))
    if fv != FORMAT_VERSION:
        raise BundleError.said("bundle.other_format", version=_show(fv), known=FORMAT_VERSION)
    if not ID_PATTERN.fullmatch(m["id"]):
        raise BundleError.said("bundle.bad_id", id=_show(m["id"]))
    if m["id"].split(".")[0] in WINDOWS_RESERVED:
        raise BundleError.said("bundle.device_id", id=_show(m["id"]))
    if not m["title"].strip():
        raise BundleError.said("bundle.empty_title")
    if len(m["title"]) > MAX_TITLE or any(unicodedata.category(ch) in UNSHOWN for ch in m["title"]):
        raise BundleError.said("bundle.bad_title", most=MAX_TITLE)
    _check_labels(m["labels"])
    _check_item(m["item"])
    _check_normalisation(m["normalisation"])
    t = m["calibration"].get("temperature", 1.0)
    if not _number_in(t, *TEMPERATURE_RANGE):
        raise BundleError.said("bundle.bad_temperature", low=f"{TEMPERATURE_RANGE[0]:g}",
                               high=f"{TEMPERATURE_RANGE[1]:g}", value=_show(t))
    _check_review(m["review"])
    _check_metrics(m["metrics"])
    _check_decision(m.get("decision"), len(m["labels"]))
    if not re.fullmatch(r"[0-9a-f]{64}", m["sha256"]):
        raise BundleError.said("bundle.bad_digest", field="sha256")
    if DIGEST_FIELD in m and not (isinstance(m[DIGEST_FIELD], str) and re.fullmatch(r"[0-9a-f]{64}", m[DIGEST_FIELD])):
        raise BundleError.said("bundle.bad_digest", field=DIGEST_FIELD)
    if not 0 <= m["parameters"] <= MAX_PARAMETERS:
        raise BundleError.said("bundle.bad_parameters", value=_show(m["parameters"]))
    return m


def _check_labels(labels: list) -> None:
    if not 2 <= len(labels) <= MAX_LABELS or not all(_number_in(v, -MAX_LABEL, MAX_LABEL) for v in labels):
        raise BundleError.said("bundle.bad_labels", most=MAX_LABELS)
    if len(set(labels)) != len(labels):
        raise BundleError.said("bundle.labels_twice")


def _check_item(item: dict) -> None:
    if not isinstance(item.get("prompt", ""), str):
        raise BundleError.said("bundle.bad_prompt")
    rubric = item.get("rubric", {})
    if not isinstance(rubric, dict) or not all(isinstance(v, str) for v in rubric.values()):
        raise BundleError.said("bundle.bad_rubric")
    refs = item.get("reference_answers", [])
    if not isinstance(refs, list) or not all(isinstance(v, str) for v in refs):
        raise BundleError.said("bundle.bad_references")


def _check_normalisation(name: str) -> None:
    if name not in NORMALISERS:
        known = ", ".join(sorted(NORMALISERS))
        raise BundleError.said("bundle.unknown_normalisation", normalisation=_show(name), known=known)


def unknown_normalisation(file: str, normalisation: Any) -> BundleError:
    """The problem of a bundle named ``file`` whose manifest names a text normalisation this version does not know, as
    the reader says it (a Bundle made by hand, never read, reaches the scorer and the probe with one)."""
    known = ", ".join(sorted(NORMALISERS))
    wrong = BundleError.said("bundle.unknown_normalisation", normalisation=_show(normalisation), known=known)
    return BundleError.said("bundle.bad_manifest", name=file, detail=wrong)


def _check_review(review: dict) -> None:
    if not _number_in(review.get("threshold"), 0.0, 1.0):
        raise BundleError.said("bundle.review_threshold", value=_show(review.get("threshold")))
    if review.get("qualified") is not None and not isinstance(review["qualified"], bool):
        raise BundleError.said("bundle.review_qualified")
    target = review.get("target_error")   # read by review_rules where it is a number
    if _is_number(target) and not _number_in(target, 0.0, 1.0):
        raise BundleError.said("bundle.review_target", value=_show(target))
    cover = review.get("coverage_at_threshold")
    if cover is not None and not _number_in(cover, 0.0, 1.0):
        raise BundleError.said("bundle.review_coverage", value=_show(cover))
    table = review.get("table", [])
    if table is not None and not isinstance(table, list):
        raise BundleError.said("bundle.review_table")
    for row in table or []:
        if not isinstance(row, dict) or not all(_number_in(row.get(f), 0.0, 1.0) for f in RISK_FIELDS):
            raise BundleError.said("bundle.review_rows")
    wrong = contradiction(review)   # a threshold its own table or 'qualified' flag does not support (review_rules)
    if wrong is not None:
        kind, values = wrong
        raise BundleError.said(kind, **values)


def check_cutpoints(cutpoints: Sequence[float], n_labels: int) -> tuple[float, ...]:
    """``cutpoints`` as a tuple if they are K − 1 finite, strictly increasing numbers; ValueError
    (one sentence) otherwise."""
    try:
        cuts = tuple(float(c) for c in cutpoints)
    except (TypeError, ValueError):
        raise ValueError("the decision rule's cutpoints must be a list of numbers") from None
    except OverflowError:   # a whole number too large for a float: as far from finite as 1e999
        raise ValueError("the decision rule's cutpoints must be finite numbers") from None
    if len(cuts) != n_labels - 1:
        raise ValueError(f"the decision rule needs {n_labels - 1} cutpoints for {n_labels} scores, not {len(cuts)}")
    if not all(math.isfinite(c) for c in cuts):
        raise ValueError("the decision rule's cutpoints must be finite numbers")
    if any(b <= a for a, b in zip(cuts, cuts[1:])):
        raise ValueError("the decision rule's cutpoints must be strictly increasing")
    return cuts


def _refuse_infinite_cutpoints(decision: Any) -> None:
    """A cutpoint of ±Infinity or NaN (``1e999`` in the JSON reads as infinity), named as such."""
    cuts = decision.get("cutpoints") if isinstance(decision, dict) else None
    if isinstance(cuts, list) and any(isinstance(c, float) and not math.isfinite(c) for c in cuts):
        raise BundleError.said("bundle.cutpoint_infinite")


def _check_decision(decision: Any, n_labels: int) -> None:
    """The optional decision rule: none (arg-max), ``argmax``, or ``expected-score`` with K − 1
    finite, strictly increasing cutpoints."""
    if decision is None:
        return
    if not isinstance(decision, dict):
        raise BundleError.said("bundle.decision_not_table", value=_show(decision))
    rule = decision.get("rule")
    if rule is None:
        raise BundleError.said("bundle.decision_no_rule", known=", ".join(RULES))
    if rule not in RULES:   # a str compared with str only: any other JSON value is simply not equal
        raise BundleError.said("bundle.unknown_rule", rule=_show(rule), known=", ".join(RULES))
    cuts = decision.get("cutpoints")
    if rule == RULE_ARGMAX:
        if cuts is not None:
            raise BundleError.said("bundle.argmax_cutpoints")
        return
    if not isinstance(cuts, list) or not all(_is_number(c) for c in cuts):
        if cuts is None:
            raise BundleError.said("bundle.cutpoints_missing", need=n_labels - 1)
        raise BundleError.said("bundle.cutpoints_not_numbers", need=n_labels - 1, value=_show(cuts))
    # numbers, and finite (_refuse_infinite_cutpoints): what check_cutpoints asks besides, said in the window's language
    too_large = next((c for c in cuts if not _fits_float(c)), None)
    if too_large is not None:   # a whole number of 400 digits: JSON reads it, no float holds it
        raise BundleError.said("bundle.cutpoint_too_large", value=_show(too_large))
    if len(cuts) != n_labels - 1:
        raise BundleError.said("bundle.cutpoints_count", need=n_labels - 1, labels=n_labels, given=len(cuts))
    if any(b <= a for a, b in zip(cuts, cuts[1:])):
        raise BundleError.said("bundle.cutpoints_order")


def _check_metrics(metrics: dict) -> None:
    humans = metrics.get("human_human_qwk")
    if humans is not None and not _number_in(humans, -1.0, 1.0):
        raise BundleError.said("bundle.bad_raters", value=_show(humans))
    for who in ("student", "teacher"):
        if metrics.get(who) is not None and not isinstance(metrics[who], dict):
            raise BundleError.said("bundle.bad_metrics_table", who=who, value=_show(metrics[who]))
    for who, figures in metrics.items():
        if not isinstance(figures, dict):
            continue
        for name, (lo, hi) in METRIC_RANGES.items():
            v = figures.get(name)
            if v is not None and not _number_in(v, lo, hi):
                raise BundleError.said("bundle.bad_metric", who=_show(who, 30), metric=name, value=_show(v),
                                       low=f"{lo:g}", high=f"{hi:g}")
        n = figures.get("n")
        if n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 0):
            raise BundleError.said("bundle.bad_metric_n", who=_show(who, 30), value=_show(n))


def rows_digest(m: dict) -> str:
    """What identifies the rows a bundle's model gives its answers: the hex SHA-256 of the JSON of the fields they
    depend on, the model file's digest (``sha256``), the ``normalisation`` of the texts, the ``calibration`` and the
    ``labels``. Another model under the same id (a Grader update, a colleague's better one) has another; one whose only
    change is its threshold, review table or decision rule has the same (those decide what a row means, not the row).
    ``m`` must have passed :func:`validate_manifest`."""
    body = {k: m.get(k) for k in ("sha256", "normalisation", "calibration", "labels")}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest_digest(m: dict) -> str:
    """The manifest's own digest, as ``manifest_sha256`` records it: the hex SHA-256 of the UTF-8 bytes of
    ``json.dumps(m without manifest_sha256, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``.

    Every other field is covered, ``sha256`` (the model's digest) included, so the model, its hash and the
    manifest are bound together: editing any of them is caught. It is computed over the parsed manifest, so
    the file's own layout (indentation, key order) does not matter; ``m`` must have passed
    :func:`validate_manifest` (text keys, valid Unicode, finite numbers)."""
    body = {k: v for k, v in m.items() if k != DIGEST_FIELD}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def finite_or_none(value: Any) -> Any:
    """A copy of a JSON-like value with every NaN or infinite float replaced by None (JSON null).

    The writer applies it: a metric that could not be measured (NaN) is written as null, which a
    reader accepts, instead of the non-JSON ``NaN`` literal, which it refuses.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite_or_none(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite_or_none(v) for v in value]
    return value


def bundle_takes_alone(m: dict) -> Takes | None:
    """What the bundle of manifest ``m`` takes on its own at its threshold (:func:`.review_rules.takes_alone`), or
    None when it takes nothing: a manifest without its own digest (:data:`DIGEST_FIELD`) takes nothing, whatever its
    review says (``core.session_records.ItemInfo.from_bundle``). The command line's listing and the window's model
    library both show it."""
    if DIGEST_FIELD not in m:
        return None
    return takes_alone(m.get("review") or {})
