"""What the tests of bundle refusals said in the window's language share: a real bundle file written to a test's
folder (``write_bundle``), the refusal the real reader gives for it (``refused``), that refusal as the window says it
(``messages.plain``) in English, German and Spanish (``said_in_each_language``), and the sentence most bundle refusals
make, "<file> cannot be used: <why>; get a fresh copy …" in each of the three (``cannot_be_used``).

The tests hold what is particular to each refusal, the bundle that causes it and the words expected for it; a test
compares the whole sentence in all three languages with one assert, so a missing or wrong translation fails it. A
plain module (on ``sys.path`` through this folder's conftest), not a fixture, so the test shows what it writes and
reads; the language is held with ``tests/in_language.py``, English put back after each."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from bundle_graphs import constant_model, honest_member, manifest, raw_zip

from grader_app.bundles import BundleError, read_bundle
from in_language import in_language

LANGUAGES = ("en", "de", "es")
NAME = "Week 3.gradebundle"
MODEL = constant_model([0.2, 0.3, 0.5], declared=("N", 3))
DIGEST = hashlib.sha256(MODEL).hexdigest()
FRESH = {"en": "get a fresh copy from whoever made it",
         "de": "holen Sie sich eine frische Kopie von der Person, die es erstellt hat",
         "es": "consigue una copia nueva de quien lo hizo"}
CANNOT = {"en": f"{NAME} cannot be used", "de": f"{NAME} kann nicht verwendet werden",
          "es": f"{NAME} no se puede usar"}


def good_manifest(**edits) -> dict:
    """A valid manifest for ``MODEL`` (three scores, its digest filled in), with ``edits`` over its fields."""
    return manifest(**{"sha256": DIGEST, **edits})


def write_bundle(folder: Path, listed: dict | list | str | bytes, model: bytes = MODEL) -> Path:
    """``folder``/Week 3.gradebundle holding ``listed`` as its manifest.json (a dict or list written as JSON, text or
    bytes as they are) and ``model`` as its model.onnx; its path."""
    if isinstance(listed, (dict, list)):
        listed = json.dumps(listed)
    if isinstance(listed, str):
        listed = listed.encode()
    path = folder / NAME
    path.write_bytes(raw_zip([honest_member("manifest.json", listed), honest_member("model.onnx", model)]))
    return path


def refused(path: Path) -> BundleError:
    """The refusal the real reader gives for the bundle at ``path`` (the test fails if it reads it)."""
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    return caught.value


def said_in_each_language(error: Exception) -> dict[str, str]:
    """``error`` as the window says it, in each of English, German and Spanish. Needs the QApplication (``qapp``)."""
    from grader_app.ui.messages import plain    # Qt: imported only once a test asks for the window's words

    said = {}
    for lang in LANGUAGES:
        with in_language(lang):
            said[lang] = plain(error)
    return said


def cannot_be_used(why: dict[str, str]) -> dict[str, str]:
    """"<file> cannot be used: <why>; get a fresh copy from whoever made it." in each language, ``why`` given in each."""
    return {lang: f"{CANNOT[lang]}: {why[lang]}; {FRESH[lang]}." for lang in LANGUAGES}
