"""The bundle manifest, format version 1 (DESIGN §4): schema checks with one-sentence errors."""
from __future__ import annotations

import re
from typing import Any

from .errors import BundleError

FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

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


def validate_manifest(m: Any) -> dict:
    """Return the manifest if it follows format version 1, else raise BundleError."""
    if not isinstance(m, dict):
        raise BundleError("the bundle's manifest.json is not a JSON object; rebuild the bundle")
    fv = m.get("format_version")
    if isinstance(fv, int) and fv > FORMAT_VERSION:
        raise BundleError(
            f"the bundle uses format version {fv}, newer than this app understands ({FORMAT_VERSION}); update Grader")
    for key, kind in REQUIRED.items():
        if key not in m:
            raise BundleError(f"the bundle's manifest has no '{key}' field; rebuild the bundle")
        if not isinstance(m[key], kind) or (kind is int and isinstance(m[key], bool)):
            raise BundleError(f"the bundle's manifest field '{key}' should be a {kind.__name__}; rebuild the bundle")
    if fv != FORMAT_VERSION:
        raise BundleError(f"the bundle has format version {fv!r}, this app reads version {FORMAT_VERSION}")
    if not ID_PATTERN.match(m["id"]):
        raise BundleError(f"the bundle id {m['id']!r} is not valid (lower-case letters, digits, '.', '_' or '-')")
    labels = m["labels"]
    if len(labels) < 2 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in labels):
        raise BundleError("the bundle's labels must be a list of at least two numeric scores")
    if len(set(labels)) != len(labels):
        raise BundleError("the bundle's labels contain the same score twice")
    item = m["item"]
    if not isinstance(item.get("prompt", ""), str):
        raise BundleError("the bundle's item prompt must be text")
    rubric = item.get("rubric", {})
    if not isinstance(rubric, dict):
        raise BundleError("the bundle's rubric must map scores to descriptions")
    t = m["calibration"].get("temperature", 1.0)
    if not isinstance(t, (int, float)) or not t > 0:
        raise BundleError("the bundle's calibration temperature must be a positive number")
    thr = m["review"].get("threshold")
    if not isinstance(thr, (int, float)) or not 0.0 <= thr <= 1.0:
        raise BundleError("the bundle's review threshold must be a number between 0 and 1")
    if not re.fullmatch(r"[0-9a-f]{64}", m["sha256"]):
        raise BundleError("the bundle's sha256 field is not a SHA-256 hex digest; rebuild the bundle")
    return m
