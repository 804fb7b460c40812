"""A bundle whose manifest.json cannot be read at all (not UTF-8 text, not JSON, nested too deeply, holding NaN or
Infinity) is said in the window's language and tells the teacher what she can do. These were English sentences ending
"rebuild the bundle", which a teacher cannot do, shown in English in the German and the Spanish window. Real bundle
files, read by the real reader; the sentence as the window says it (``messages.plain``) in English, German and
Spanish."""
from __future__ import annotations

import json

import pytest
from language_checks import good_manifest, refused, said_in_each_language, write_bundle

GOOD = json.dumps(good_manifest())

MANIFESTS = {
    "not_utf8": b"\xff\xfe{}",
    "not_json": GOOD.encode()[:-1],   # cut short of its closing brace
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "nonfinite": GOOD.replace('"temperature": 1.0', '"temperature": NaN').encode(),
}

SAID = {
    "en": "Week 3.gradebundle holds a manifest.json that cannot be read, so it was refused; get a fresh copy from "
          "whoever made it ({why}).",
    "de": "Week 3.gradebundle enthält eine Datei manifest.json, die sich nicht lesen lässt, daher wurde es abgelehnt; "
          "holen Sie sich eine frische Kopie von der Person, die es erstellt hat ({why}).",
    "es": "Week 3.gradebundle contiene un manifest.json que no se puede leer, así que se rechazó; consigue una copia "
          "nueva de quien lo hizo ({why}).",
}
WHY = {
    "not_utf8": {"en": "it is not valid JSON: it is not UTF-8 text", "de": "es ist kein gültiges JSON: es ist kein "
                 "UTF-8-Text", "es": "no es JSON válido: no es texto UTF-8"},
    "not_json": {"en": "it is not valid JSON", "de": "es ist kein gültiges JSON", "es": "no es JSON válido"},
    "nested": {"en": "it is nested too deeply to be a manifest", "de": "es ist zu tief verschachtelt, um ein Manifest "
               "zu sein", "es": "está anidado a demasiada profundidad para ser un manifiesto"},
    "nonfinite": {"en": "it holds NaN or Infinity, which a manifest may not use", "de": "es enthält NaN oder "
                  "Infinity, was ein Manifest nicht verwenden darf", "es": "contiene NaN o Infinity, que un manifiesto "
                  "no puede usar"},
}


@pytest.mark.parametrize("what", list(MANIFESTS))
def test_an_unreadable_manifest_is_said_in_each_language_naming_the_file(qapp, tmp_path, what):
    said = said_in_each_language(refused(write_bundle(tmp_path, MANIFESTS[what])))
    assert said == {lang: SAID[lang].format(why=WHY[what][lang]) for lang in SAID}
